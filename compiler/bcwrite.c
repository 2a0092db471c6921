/* bcwrite.c — the .bem writer: interning tables for atoms and literals,
 * the other tables as plain arrays, and the final layout (header, vsn, MD5
 * over Atom..Code, sections in the order docs/bytecode.md fixes). */
#include "bcwrite.h"

#include <stdlib.h>
#include <string.h>

#include "bcformat.h"
#include "crc32.h"
#include "md5.h"
#include "xalloc.h"

#define SMALL_MAX_60 ((int64_t)((1ULL << 59) - 1))
#define SMALL_MIN_60 (-(int64_t)(1ULL << 59))

static uint32_t hash_bytes(const char *s, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static void tab_rehash(BcwTab *t) {
    size_t cap = t->hcap ? t->hcap * 2 : 64;
    uint32_t *h = calloc(cap, sizeof *h);
    if (!h) { fputs("beamletc: out of memory\n", stderr); abort(); }
    for (size_t i = 0; i < t->n; i++) {
        size_t j = hash_bytes(t->items[i].s, t->items[i].len) & (cap - 1);
        while (h[j]) j = (j + 1) & (cap - 1);
        h[j] = (uint32_t)i + 1;
    }
    free(t->hash);
    t->hash = h;
    t->hcap = cap;
}

/* Index of s in t, adding it when new. */
static uint32_t tab_intern(BcwTab *t, const char *s, size_t len) {
    if ((t->n + 1) * 2 > t->hcap) tab_rehash(t);
    size_t j = hash_bytes(s, len) & (t->hcap - 1);
    for (; t->hash[j]; j = (j + 1) & (t->hcap - 1)) {
        BcwStr *e = &t->items[t->hash[j] - 1];
        if (e->len == len && memcmp(e->s, s, len) == 0) return t->hash[j] - 1;
    }
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 32;
        t->items = xrealloc(t->items, t->cap * sizeof *t->items);
    }
    char *copy = xrealloc(NULL, len + 1);
    memcpy(copy, s, len);
    copy[len] = 0;
    t->items[t->n].s = copy;
    t->items[t->n].len = len;
    t->hash[j] = (uint32_t)t->n + 1;
    return (uint32_t)t->n++;
}

static void tab_free(BcwTab *t) {
    for (size_t i = 0; i < t->n; i++) free(t->items[i].s);
    free(t->items);
    free(t->hash);
    memset(t, 0, sizeof *t);
}

static uint32_t push_entry(BcwEntry **v, size_t *n, size_t *cap, BcwEntry e) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *v = xrealloc(*v, *cap * sizeof **v);
    }
    (*v)[*n] = e;
    return (uint32_t)(*n)++;
}

void bcw_init(Bcw *w, const char *module, size_t len) {
    memset(w, 0, sizeof *w);
    bcw_atom(w, module, len);
}

void bcw_free(Bcw *w) {
    tab_free(&w->atoms);
    tab_free(&w->lits);
    free(w->imports);
    free(w->exports);
    free(w->funcs);
    free(w->lambdas);
    free(w->lines);
    buf_free(&w->code);
    buf_free(&w->attr);
    buf_free(&w->cinf);
    buf_free(&w->vsn);
    free(w->line_file);
    memset(w, 0, sizeof *w);
}

uint32_t bcw_atom(Bcw *w, const char *name, size_t len) { return tab_intern(&w->atoms, name, len); }
uint32_t bcw_literal(Bcw *w, const void *enc, size_t len) { return tab_intern(&w->lits, enc, len); }

uint32_t bcw_import(Bcw *w, uint32_t mod_atom, uint32_t fun_atom, uint32_t arity) {
    for (size_t i = 0; i < w->nimports; i++) {
        BcwEntry *e = &w->imports[i];
        if (e->a == mod_atom && e->b == fun_atom && e->c == arity) return (uint32_t)i;
    }
    return push_entry(&w->imports, &w->nimports, &w->cimports, (BcwEntry){mod_atom, fun_atom, arity, 0});
}

uint32_t bcw_func(Bcw *w, uint32_t name_atom, uint32_t arity, uint32_t first, uint32_t count) {
    return push_entry(&w->funcs, &w->nfuncs, &w->cfuncs, (BcwEntry){name_atom, arity, first, count});
}

void bcw_export(Bcw *w, uint32_t fun_atom, uint32_t arity, uint32_t func_index) {
    push_entry(&w->exports, &w->nexports, &w->cexports, (BcwEntry){fun_atom, arity, func_index, 0});
}

uint32_t bcw_lambda(Bcw *w, uint32_t func_index, uint32_t arity, uint32_t nfree) {
    return push_entry(&w->lambdas, &w->nlambdas, &w->clambdas, (BcwEntry){func_index, arity, nfree, 0});
}

void bcw_line(Bcw *w, uint32_t instr, uint32_t line) {
    if (w->nlines) {
        BcwEntry *last = &w->lines[w->nlines - 1];
        if (last->b == line) return;               /* same line continues */
        if (last->a == instr) { last->b = line; return; }
    }
    push_entry(&w->lines, &w->nlines, &w->clines, (BcwEntry){instr, line, 0, 0});
}

/* ---- encoders ---- */

void bcw_uv(Buf *b, uint64_t v) {
    uint8_t tmp[10];
    int n = 0;
    do {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        if (v) byte |= 0x80;
        tmp[n++] = byte;
    } while (v);
    buf_add(b, tmp, (size_t)n);
}

void bcw_sv(Buf *b, int64_t v) {
    bcw_uv(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

void bcw_str(Buf *b, const char *s, size_t len) {
    bcw_uv(b, len);
    buf_add(b, s, len);
}

/* Big integer from little-endian magnitude bytes (leading zeros trimmed). */
static void t_big_le(Buf *b, int negative, const uint8_t *mag, size_t n) {
    while (n > 0 && mag[n - 1] == 0) n--;
    /* Fits a small? */
    if (n <= 8) {
        uint64_t u = 0;
        for (size_t i = n; i-- > 0;) u = u << 8 | mag[i];
        if (!negative && u <= (uint64_t)SMALL_MAX_60) { bcw_t_int(b, (int64_t)u); return; }
        if (negative && u <= (uint64_t)SMALL_MAX_60 + 1) { bcw_t_int(b, -(int64_t)u); return; }
    }
    buf_addc(b, LIT_BIG);
    buf_addc(b, negative ? 1 : 0);
    bcw_uv(b, n);
    buf_add(b, mag, n);
}

void bcw_t_int(Buf *b, int64_t v) {
    if (v >= SMALL_MIN_60 && v <= SMALL_MAX_60) {
        buf_addc(b, LIT_SMALL);
        bcw_sv(b, v);
        return;
    }
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    uint8_t mag[8];
    for (int i = 0; i < 8; i++) mag[i] = (uint8_t)(u >> (8 * i));
    size_t n = 8;
    while (n > 0 && mag[n - 1] == 0) n--;
    buf_addc(b, LIT_BIG);
    buf_addc(b, v < 0 ? 1 : 0);
    bcw_uv(b, n);
    buf_add(b, mag, n);
}

void bcw_t_float(Buf *b, double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    buf_addc(b, LIT_FLOAT);
    for (int i = 0; i < 8; i++) buf_addc(b, (char)(uint8_t)(u >> (8 * i)));
}

void bcw_t_atom(Buf *b, uint32_t atom) {
    buf_addc(b, LIT_ATOM);
    bcw_uv(b, atom);
}

void bcw_t_nil(Buf *b) { buf_addc(b, LIT_NIL); }

int bcw_t_decimal(Buf *b, const char *text) {
    int neg = 0;
    const char *p = text;
    if (*p == '-' || *p == '+') neg = *p++ == '-';
    if (*p < '0' || *p > '9') return -1;
    size_t ndig = strlen(p);
    size_t cap = ndig / 2 + 2;          /* bytes: log256(10) < 1/2 */
    uint8_t *mag = calloc(cap, 1);
    if (!mag) return -1;
    size_t n = 0;
    for (; *p; p++) {
        if (*p == '_') continue;
        if (*p < '0' || *p > '9') { free(mag); return -1; }
        unsigned carry = (unsigned)(*p - '0');
        for (size_t i = 0; i < n; i++) {
            unsigned v = mag[i] * 10u + carry;
            mag[i] = (uint8_t)v;
            carry = v >> 8;
        }
        if (carry && n < cap) mag[n++] = (uint8_t)carry;
    }
    t_big_le(b, neg, mag, n);
    free(mag);
    return 0;
}

void bcw_t_unsigned_be(Buf *b, const uint8_t *mag, size_t n) {
    uint8_t *le = malloc(n ? n : 1);
    if (!le) { fputs("beamletc: out of memory\n", stderr); abort(); }
    for (size_t i = 0; i < n; i++) le[i] = mag[n - 1 - i];
    t_big_le(b, 0, le, n);
    free(le);
}

/* ---- layout ---- */

static void u16le(Buf *b, unsigned v) {
    buf_addc(b, (char)(v & 0xff));
    buf_addc(b, (char)(v >> 8));
}

static void u32le(Buf *b, uint32_t v) {
    for (int i = 0; i < 4; i++) buf_addc(b, (char)(uint8_t)(v >> (8 * i)));
}

static void entries(Buf *b, const BcwEntry *e, size_t n, int fields) {
    bcw_uv(b, n);
    for (size_t i = 0; i < n; i++) {
        bcw_uv(b, e[i].a);
        if (fields > 1) bcw_uv(b, e[i].b);
        if (fields > 2) bcw_uv(b, e[i].c);
        if (fields > 3) bcw_uv(b, e[i].d);
    }
}

static void section(Buf *out, const char *id, const Buf *payload) {
    buf_add(out, id, 4);
    u32le(out, (uint32_t)payload->len);
    if (payload->len) buf_add(out, payload->data, payload->len);
}

void bcw_finish(Bcw *w, Buf *out) {
    enum { S_ATOM, S_LITR, S_IMPT, S_EXPT, S_FUNC, S_LAMB, S_CODE, S_LINE, S_ATTR, S_CINF, S_N };
    static const char *ids[S_N] = {"Atom", "Litr", "Impt", "Expt", "Func", "Lamb", "Code", "Line", "Attr", "CInf"};
    Buf s[S_N];
    memset(s, 0, sizeof s);

    bcw_uv(&s[S_ATOM], w->atoms.n);
    for (size_t i = 0; i < w->atoms.n; i++) bcw_str(&s[S_ATOM], w->atoms.items[i].s, w->atoms.items[i].len);
    bcw_uv(&s[S_LITR], w->lits.n);
    for (size_t i = 0; i < w->lits.n; i++) buf_add(&s[S_LITR], w->lits.items[i].s, w->lits.items[i].len);
    entries(&s[S_IMPT], w->imports, w->nimports, 3);
    entries(&s[S_EXPT], w->exports, w->nexports, 3);
    entries(&s[S_FUNC], w->funcs, w->nfuncs, 4);
    entries(&s[S_LAMB], w->lambdas, w->nlambdas, 3);
    bcw_uv(&s[S_CODE], w->ninstr);
    if (w->code.len) buf_add(&s[S_CODE], w->code.data, w->code.len);
    const char *lf = w->line_file ? w->line_file : "";
    bcw_str(&s[S_LINE], lf, strlen(lf));
    entries(&s[S_LINE], w->lines, w->nlines, 2);
    if (w->attr.len) buf_add(&s[S_ATTR], w->attr.data, w->attr.len);
    else bcw_t_nil(&s[S_ATTR]);
    if (w->cinf.len) buf_add(&s[S_CINF], w->cinf.data, w->cinf.len);
    else bcw_t_nil(&s[S_CINF]);

    uint8_t digest[16];
    Md5 m;
    md5_init(&m);
    for (int i = S_ATOM; i <= S_CODE; i++) md5_update(&m, s[i].data, s[i].len);
    md5_final(&m, digest);

    size_t start = out->len;
    buf_add(out, BEM_MAGIC, 4);
    u16le(out, BEM_FORMAT_VERSION);
    u16le(out, 0);
    bcw_str(out, w->atoms.items[0].s, w->atoms.items[0].len);
    if (w->vsn.len) {
        buf_add(out, w->vsn.data, w->vsn.len);
    } else {               /* [MD5 as a big-endian unsigned integer] */
        buf_addc(out, LIT_LIST);
        bcw_uv(out, 1);
        bcw_t_unsigned_be(out, digest, 16);
        bcw_t_nil(out);
    }
    buf_add(out, digest, 16);
    u32le(out, S_N);
    for (int i = 0; i < S_N; i++) {
        section(out, ids[i], &s[i]);
        buf_free(&s[i]);
    }
    /* trailer: CRC-32 of the whole file before it */
    u32le(out, crc32_ieee(out->data + start, out->len - start));
}
