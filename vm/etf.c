/* etf.c — encoder and decoder of the external term format (see etf.h).
 * Both walk terms with an explicit stack; the decoder checks every length
 * against the bytes that remain before it allocates anything. */
#include "etf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "compare.h"
#include "heap.h"
#include "vm.h"
#include "xalloc.h"

enum {
    VERSION = 131,
    NEW_FLOAT_EXT = 70, BIT_BINARY_EXT = 77, NEW_PID_EXT = 88, NEWER_REFERENCE_EXT = 90,
    SMALL_INTEGER_EXT = 97, INTEGER_EXT = 98, FLOAT_EXT = 99, ATOM_EXT = 100, PID_EXT = 103,
    SMALL_TUPLE_EXT = 104, LARGE_TUPLE_EXT = 105, NIL_EXT = 106, STRING_EXT = 107, LIST_EXT = 108,
    BINARY_EXT = 109, SMALL_BIG_EXT = 110, LARGE_BIG_EXT = 111, EXPORT_EXT = 113,
    NEW_REFERENCE_EXT = 114, SMALL_ATOM_EXT = 115, MAP_EXT = 116, ATOM_UTF8_EXT = 118,
    SMALL_ATOM_UTF8_EXT = 119,
};

/* ---- encoding ------------------------------------------------------- */

static void put8(Buf *b, unsigned v) { buf_addc(b, (char)(uint8_t)v); }
static void put16(Buf *b, unsigned v) { put8(b, v >> 8); put8(b, v); }
static void put32(Buf *b, uint32_t v) { put16(b, v >> 16); put16(b, v & 0xffff); }

static void put_atom(Buf *b, const AtomTable *at, Term a) {
    size_t len;
    const uint8_t *s = (const uint8_t *)atom_name(at, term_atom(a), &len);
    /* latin1 when every character fits (OTP 25's choice), else UTF-8 */
    uint8_t latin[ATOM_MAX_LEN * 4];
    size_t n = 0;
    bool latin1 = true;
    for (size_t i = 0; i < len && latin1; i++) {
        if (s[i] < 0x80) latin[n++] = s[i];
        else if ((s[i] == 0xc2 || s[i] == 0xc3) && i + 1 < len) { latin[n++] = (uint8_t)(((s[i] & 3) << 6) | (s[i + 1] & 0x3f)); i++; }
        else latin1 = false;
    }
    if (latin1) {
        put8(b, ATOM_EXT);
        put16(b, (unsigned)n);
        buf_add(b, latin, n);
    } else if (len < 256) {
        put8(b, SMALL_ATOM_UTF8_EXT);
        put8(b, (unsigned)len);
        buf_add(b, s, len);
    } else {
        put8(b, ATOM_UTF8_EXT);
        put16(b, (unsigned)len);
        buf_add(b, s, len);
    }
}

/* A big integer from its magnitude (little-endian 64-bit limbs). */
static void put_big(Buf *b, bool neg, const uint64_t *limbs, size_t nlimbs) {
    size_t nbytes = nlimbs * 8;
    while (nbytes > 0 && ((limbs[(nbytes - 1) / 8] >> (8 * ((nbytes - 1) % 8))) & 0xff) == 0) nbytes--;
    if (nbytes < 256) { put8(b, SMALL_BIG_EXT); put8(b, (unsigned)nbytes); }
    else { put8(b, LARGE_BIG_EXT); put32(b, (uint32_t)nbytes); }
    put8(b, neg);
    for (size_t i = 0; i < nbytes; i++) put8(b, (limbs[i / 8] >> (8 * (i % 8))) & 0xff);
}

static void put_int(Buf *b, int64_t v) {
    if (v >= 0 && v <= 255) { put8(b, SMALL_INTEGER_EXT); put8(b, (unsigned)v); }
    else if (v >= INT32_MIN && v <= INT32_MAX) { put8(b, INTEGER_EXT); put32(b, (uint32_t)(int32_t)v); }
    else {
        uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        put_big(b, v < 0, &mag, 1);
    }
}

static uint8_t bit_byte(BitView v, size_t bitpos) {
    size_t off = v.offset + bitpos, i = off / 8, sh = off % 8;
    if (sh == 0) return v.data[i];
    uint8_t hi = (uint8_t)(v.data[i] << sh);
    /* the next byte exists only if the view reaches into it */
    if (bitpos + 8 - sh <= v.bits) hi |= (uint8_t)(v.data[i + 1] >> (8 - sh));
    return hi;
}

static void put_bits(Buf *b, Term t) {
    BitView v = term_bits(t);
    size_t nbytes = (v.bits + 7) / 8, rest = v.bits % 8;
    if (rest == 0) { put8(b, BINARY_EXT); put32(b, (uint32_t)nbytes); }
    else { put8(b, BIT_BINARY_EXT); put32(b, (uint32_t)nbytes); put8(b, (unsigned)rest); }
    if (v.offset % 8 == 0 && rest == 0) { buf_add(b, v.data + v.offset / 8, nbytes); return; }
    for (size_t i = 0; i < nbytes; i++) {
        uint8_t x = bit_byte(v, 8 * i);
        if (i + 1 == nbytes && rest) x &= (uint8_t)(0xff << (8 - rest));
        put8(b, x);
    }
}

/* A proper list of at most 65535 bytes goes out as STRING_EXT. */
static bool is_byte_string(Term l, size_t *n) {
    size_t k = 0;
    for (; term_is_cons(l); l = term_tl(l)) {
        Term h = term_hd(l);
        if (!term_is_small(h) || term_small(h) < 0 || term_small(h) > 255 || ++k > 65535) return false;
    }
    *n = k;
    return l == TERM_NIL;
}

typedef struct TermStack {
    Term *v;
    size_t n, cap;
} TermStack;

static void push(TermStack *s, Term t) {
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 256;
        s->v = (Term *)xrealloc(s->v, s->cap * sizeof(Term));
    }
    s->v[s->n++] = t;
}

bool etf_encode(const AtomTable *at, Term t, Buf *b) {
    TermStack st = {0};
    bool ok = true;
    put8(b, VERSION);
    push(&st, t);
    while (st.n > 0 && ok) {
        Term x = st.v[--st.n];
        if (term_is_small(x)) put_int(b, term_small(x));
        else if (term_is_atom(x)) put_atom(b, at, x);
        else if (x == TERM_NIL) put8(b, NIL_EXT);
        else if (term_is_pid(x)) {
            put8(b, NEW_PID_EXT);
            put_atom(b, at, T_ATOM(NONODE));
            put32(b, term_pid_index(x));
            put32(b, term_pid_serial(x));
            put32(b, 0);
        } else if (term_is_cons(x)) {
            size_t n;
            if (is_byte_string(x, &n)) {
                put8(b, STRING_EXT);
                put16(b, (unsigned)n);
                for (; term_is_cons(x); x = term_tl(x)) put8(b, (unsigned)term_small(term_hd(x)));
                continue;
            }
            n = 0;
            Term l = x;
            for (; term_is_cons(l); l = term_tl(l)) n++;
            if (n > UINT32_MAX) { ok = false; break; }
            put8(b, LIST_EXT);
            put32(b, (uint32_t)n);
            /* elements then the tail: push the tail first, elements reversed */
            push(&st, l);
            size_t base = st.n;
            for (size_t i = 0; i < n; i++) push(&st, TERM_NIL);
            size_t i = 0;
            for (l = x; term_is_cons(l); l = term_tl(l), i++) st.v[base + n - 1 - i] = term_hd(l);
        } else {
            Term *h = term_box_ptr(x);
            switch (term_header_sub(h[0])) {
            case SUB_TUPLE: {
                size_t n = term_header_arity(h[0]);
                if (n < 256) { put8(b, SMALL_TUPLE_EXT); put8(b, (unsigned)n); }
                else { put8(b, LARGE_TUPLE_EXT); put32(b, (uint32_t)n); }
                for (size_t i = n; i > 0; i--) push(&st, h[i]);
                break;
            }
            case SUB_POSBIG: case SUB_NEGBIG:
                put_big(b, term_header_sub(h[0]) == SUB_NEGBIG, h + 1, term_header_arity(h[0]));
                break;
            case SUB_FLOAT: {
                uint64_t bits;
                memcpy(&bits, h + 1, 8);
                put8(b, NEW_FLOAT_EXT);
                put32(b, (uint32_t)(bits >> 32));
                put32(b, (uint32_t)bits);
                break;
            }
            case SUB_BIN: case SUB_SUBBIN: put_bits(b, x); break;
            case SUB_MAP: {
                size_t n = term_map_size(x);
                put8(b, MAP_EXT);
                put32(b, (uint32_t)n);
                for (size_t i = n; i > 0; i--) {
                    push(&st, term_map_vals(x)[i - 1]);
                    push(&st, term_map_keys(x)[i - 1]);
                }
                break;
            }
            case SUB_EXPORT: {
                Export *e = code_fun_export(x);
                put8(b, EXPORT_EXT);
                put_atom(b, at, e->module);
                put_atom(b, at, e->name);
                put8(b, SMALL_INTEGER_EXT);
                put8(b, e->arity);
                break;
            }
            case SUB_REF:
                put8(b, NEWER_REFERENCE_EXT);
                put16(b, 2);
                put_atom(b, at, T_ATOM(NONODE));
                put32(b, 0);
                put32(b, (uint32_t)h[1]);
                put32(b, (uint32_t)(h[1] >> 32));
                break;
            default:            /* local funs */
                ok = false;
                break;
            }
        }
    }
    free(st.v);
    return ok;
}

/* ---- decoding ------------------------------------------------------- */

typedef struct Reader {
    const uint8_t *p, *end;
} Reader;

static bool need(Reader *r, size_t n) { return (size_t)(r->end - r->p) >= n; }
static size_t left(Reader *r) { return (size_t)(r->end - r->p); }
static unsigned get8(Reader *r) { return *r->p++; }
static unsigned get16(Reader *r) { unsigned v = (unsigned)r->p[0] << 8 | r->p[1]; r->p += 2; return v; }
static uint32_t get32(Reader *r) {
    uint32_t v = (uint32_t)r->p[0] << 24 | (uint32_t)r->p[1] << 16 | (uint32_t)r->p[2] << 8 | r->p[3];
    r->p += 4;
    return v;
}

static bool valid_utf8(const uint8_t *s, size_t n) {
    for (size_t i = 0; i < n;) {
        uint8_t c = s[i];
        size_t len;
        uint32_t cp, min;
        if (c < 0x80) { i++; continue; }
        if ((c & 0xe0) == 0xc0) { len = 2; cp = c & 0x1f; min = 0x80; }
        else if ((c & 0xf0) == 0xe0) { len = 3; cp = c & 0x0f; min = 0x800; }
        else if ((c & 0xf8) == 0xf0) { len = 4; cp = c & 0x07; min = 0x10000; }
        else return false;
        if (i + len > n) return false;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xc0) != 0x80) return false;
            cp = cp << 6 | (s[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
        i += len;
    }
    return true;
}

/* An atom of one of the four encodings whose tag was read; ATOM_NONE if bad. */
static uint32_t get_atom_body(Reader *r, const AtomTable *cat, unsigned tag) {
    AtomTable *at = (AtomTable *)(uintptr_t)cat;
    size_t len;
    bool small = tag == SMALL_ATOM_EXT || tag == SMALL_ATOM_UTF8_EXT;
    if (!need(r, small ? 1 : 2)) return ATOM_NONE;
    len = small ? get8(r) : get16(r);
    if (!need(r, len)) return ATOM_NONE;
    const uint8_t *s = r->p;
    r->p += len;
    if (tag == ATOM_UTF8_EXT || tag == SMALL_ATOM_UTF8_EXT) {
        if (!valid_utf8(s, len)) return ATOM_NONE;
        return atom_intern(at, (const char *)s, len);
    }
    if (len > ATOM_MAX_LEN) return ATOM_NONE;
    uint8_t u[2 * ATOM_MAX_LEN];
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < 0x80) u[n++] = s[i];
        else { u[n++] = (uint8_t)(0xc0 | s[i] >> 6); u[n++] = (uint8_t)(0x80 | (s[i] & 0x3f)); }
    }
    return atom_intern(at, (const char *)u, n);
}

static uint32_t get_atom(Reader *r, const AtomTable *at) {
    if (!need(r, 1)) return ATOM_NONE;
    unsigned tag = get8(r);
    if (tag != ATOM_EXT && tag != SMALL_ATOM_EXT && tag != ATOM_UTF8_EXT && tag != SMALL_ATOM_UTF8_EXT)
        return ATOM_NONE;
    return get_atom_body(r, at, tag);
}

static Term get_big(Process *p, Reader *r, size_t nbytes) {
    if (!need(r, 1 + nbytes)) return THE_NON_VALUE;
    unsigned sign = get8(r);
    if (sign > 1) return THE_NON_VALUE;
    const uint8_t *d = r->p;
    r->p += nbytes;
    while (nbytes > 0 && d[nbytes - 1] == 0) nbytes--;
    size_t nlimbs = (nbytes + 7) / 8;
    if (nlimbs <= 1) {
        uint64_t mag = 0;
        for (size_t i = 0; i < nbytes; i++) mag |= (uint64_t)d[i] << (8 * i);
        if (mag <= (uint64_t)MAX_SMALL) return term_from_small(sign ? -(int64_t)mag : (int64_t)mag);
        if (sign && mag == (uint64_t)MAX_SMALL + 1) return term_from_small(MIN_SMALL);
    }
    Term *h = heap_alloc(p, BIG_WORDS(nlimbs));
    h[0] = term_make_header(nlimbs, sign ? SUB_NEGBIG : SUB_POSBIG);
    for (size_t i = 0; i < nlimbs; i++) h[1 + i] = 0;
    for (size_t i = 0; i < nbytes; i++) h[1 + i / 8] |= (uint64_t)d[i] << (8 * (i % 8));
    return term_make_boxed(h);
}

enum { FILL, MAP_DONE };

/* Slots waiting for terms: `left` slots from dest, `stride` words apart.
 * MAP_DONE turns the 2n decoded words at tmp into a map stored at dest. */
typedef struct Slot {
    Term *dest;
    size_t left;
    unsigned stride, kind;
    Term tmp;
} Slot;

typedef struct SlotStack {
    Slot *v;
    size_t n, cap;
} SlotStack;

static void push_slot(SlotStack *s, Slot x) {
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->v = (Slot *)xrealloc(s->v, s->cap * sizeof(Slot));
    }
    s->v[s->n++] = x;
}

/* The map of the pairs k1, v1, ... in the tuple tmp; THE_NON_VALUE if a
 * key repeats (OTP rejects such input). */
static Term build_map(Process *p, Term tmp) {
    size_t n = term_tuple_arity(tmp) / 2;
    MapPair *v = (MapPair *)xrealloc(NULL, (2 * n + 1) * sizeof(MapPair));
    for (size_t i = 0; i < n; i++) { v[i].k = term_tuple_elem(tmp, 2 * i + 1); v[i].v = term_tuple_elem(tmp, 2 * i + 2); }
    bool dups;
    size_t m = heap_map_sort(p->vm->atoms, v, v + n, n, &dups);
    Term r = dups ? THE_NON_VALUE : heap_map_at(heap_alloc(p, MAP_WORDS(m)), v, m);
    free(v);
    return r;
}

/* Decode one item at r into *d; compound items push slots for their parts. */
static bool decode_one(Process *p, Reader *r, Term *d, SlotStack *st) {
    const AtomTable *at = p->vm->atoms;
    if (!need(r, 1)) return false;
    unsigned tag = get8(r);
    switch (tag) {
    case SMALL_INTEGER_EXT:
        if (!need(r, 1)) return false;
        *d = term_from_small(get8(r));
        return true;
    case INTEGER_EXT:
        if (!need(r, 4)) return false;
        *d = term_from_small((int32_t)get32(r));
        return true;
    case SMALL_BIG_EXT: case LARGE_BIG_EXT: {
        size_t n;
        if (!need(r, tag == SMALL_BIG_EXT ? 1 : 4)) return false;
        n = tag == SMALL_BIG_EXT ? get8(r) : get32(r);
        *d = get_big(p, r, n);
        return *d != THE_NON_VALUE;
    }
    case NEW_FLOAT_EXT: {
        if (!need(r, 8)) return false;
        uint64_t bits = (uint64_t)get32(r) << 32;
        bits |= get32(r);
        double f;
        memcpy(&f, &bits, 8);
        if (f != f || f - f != 0) return false;        /* NaN and infinities */
        *d = heap_float(p, f);
        return true;
    }
    case FLOAT_EXT: {
        if (!need(r, 31)) return false;
        char s[32];
        memcpy(s, r->p, 31);
        s[31] = 0;
        r->p += 31;
        char *end;
        double f = strtod(s, &end);
        if (end == s || f != f || f - f != 0) return false;
        *d = heap_float(p, f);
        return true;
    }
    case ATOM_EXT: case SMALL_ATOM_EXT: case ATOM_UTF8_EXT: case SMALL_ATOM_UTF8_EXT: {
        uint32_t a = get_atom_body(r, at, tag);
        if (a == ATOM_NONE) return false;
        *d = term_from_atom(a);
        return true;
    }
    case NIL_EXT:
        *d = TERM_NIL;
        return true;
    case STRING_EXT: {
        if (!need(r, 2)) return false;
        size_t n = get16(r);
        if (!need(r, n)) return false;
        *d = heap_string(p, (const char *)r->p, n);
        r->p += n;
        return true;
    }
    case SMALL_TUPLE_EXT: case LARGE_TUPLE_EXT: {
        size_t n;
        if (!need(r, tag == SMALL_TUPLE_EXT ? 1 : 4)) return false;
        n = tag == SMALL_TUPLE_EXT ? get8(r) : get32(r);
        if (n > left(r)) return false;                  /* each element takes a byte */
        Term t = heap_tuple(p, n);
        *d = t;
        if (n) push_slot(st, (Slot){term_tuple_elems(t), n, 1, FILL, 0});
        return true;
    }
    case LIST_EXT: {
        if (!need(r, 4)) return false;
        size_t n = get32(r);
        if (n >= left(r)) return false;                 /* elements and the tail */
        if (n == 0) { push_slot(st, (Slot){d, 1, 1, FILL, 0}); return true; }
        Term *c = heap_alloc(p, 2 * n);
        for (size_t i = 0; i < n; i++) {
            c[2 * i] = TERM_NIL;
            c[2 * i + 1] = i + 1 < n ? term_make_cons(c + 2 * i + 2) : TERM_NIL;
        }
        *d = term_make_cons(c);
        push_slot(st, (Slot){c + 2 * n - 1, 1, 1, FILL, 0});
        push_slot(st, (Slot){c, n, 2, FILL, 0});
        return true;
    }
    case BINARY_EXT: case BIT_BINARY_EXT: {
        if (!need(r, tag == BINARY_EXT ? 4 : 5)) return false;
        size_t n = get32(r), bits = 8;
        if (tag == BIT_BINARY_EXT) {
            bits = get8(r);
            if (bits > 8 || (n == 0 && bits != 0) || (n > 0 && bits == 0)) return false;
        }
        if (!need(r, n)) return false;
        *d = heap_bitstring(p, r->p, n == 0 ? 0 : (n - 1) * 8 + bits);
        r->p += n;
        return true;
    }
    case MAP_EXT: {
        if (!need(r, 4)) return false;
        size_t n = get32(r);
        if (n > left(r) / 2) return false;
        Term tmp = heap_tuple(p, 2 * n);
        push_slot(st, (Slot){d, 0, 1, MAP_DONE, tmp});
        if (n) push_slot(st, (Slot){term_tuple_elems(tmp), 2 * n, 1, FILL, 0});
        return true;
    }
    case NEW_PID_EXT: case PID_EXT: {
        uint32_t node = get_atom(r, at);
        if (node != ATOM_NONODE || !need(r, tag == NEW_PID_EXT ? 12 : 9)) return false;
        uint32_t id = get32(r), serial = get32(r);
        r->p += tag == NEW_PID_EXT ? 4 : 1;
        if (id > PID_INDEX_MAX) return false;
        *d = term_from_pid(id, serial);
        return true;
    }
    case NEWER_REFERENCE_EXT: case NEW_REFERENCE_EXT: {
        if (!need(r, 2)) return false;
        size_t n = get16(r);
        uint32_t node = get_atom(r, at);
        size_t creation = tag == NEWER_REFERENCE_EXT ? 4 : 1;
        if (node != ATOM_NONODE || n == 0 || n > 5 || !need(r, creation + 4 * n)) return false;
        r->p += creation;
        uint64_t id = get32(r);
        if (n > 1) id |= (uint64_t)get32(r) << 32;
        r->p += 4 * (n > 2 ? n - 2 : 0);
        Term *h = heap_alloc(p, REF_WORDS);
        h[0] = term_make_header(1, SUB_REF);
        h[1] = id;
        *d = term_make_boxed(h);
        return true;
    }
    case EXPORT_EXT: {
        uint32_t m = get_atom(r, at), f = get_atom(r, at);
        if (m == ATOM_NONE || f == ATOM_NONE || !need(r, 2) || get8(r) != SMALL_INTEGER_EXT) return false;
        unsigned arity = get8(r);
        Term *h = heap_alloc(p, EXPORT_WORDS);
        h[0] = term_make_header(1, SUB_EXPORT);
        h[1] = (Term)(uintptr_t)code_export(p->vm, term_from_atom(m), term_from_atom(f), arity);
        *d = term_make_boxed(h);
        return true;
    }
    default:
        return false;
    }
}

Term etf_decode(Process *p, const uint8_t *data, size_t len, size_t *used) {
    Reader r = {data, data + len};
    if (!need(&r, 1) || get8(&r) != VERSION) return THE_NON_VALUE;
    Term result = TERM_NIL;
    SlotStack st = {0};
    push_slot(&st, (Slot){&result, 1, 1, FILL, 0});
    bool ok = true;
    while (st.n > 0 && ok) {
        Slot *top = &st.v[st.n - 1];
        if (top->kind == MAP_DONE) {
            Term m = build_map(p, top->tmp);
            if (m == THE_NON_VALUE) { ok = false; break; }
            *top->dest = m;
            st.n--;
            continue;
        }
        Term *d = top->dest;
        top->dest += top->stride;
        if (--top->left == 0) st.n--;                  /* popped before its parts are pushed */
        ok = decode_one(p, &r, d, &st);
    }
    free(st.v);
    if (!ok) return THE_NON_VALUE;
    if (used) *used = (size_t)(r.p - data);
    return result;
}
