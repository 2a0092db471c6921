/* pretty.c — ~p layout with OTP 25 io_lib_pretty's rules.
 *
 * Two phases.  measure() turns the term into a tree of Nodes: a TEXT node
 * is a piece printed as it is ("atomic": numbers, atoms, strings, printable
 * binaries, and the depth-cut forms like {...}); LIST, TUPLE, MAP, PAIR and
 * BIN (a non-printable binary, kept as its comma-separated pieces) are
 * containers.  Every node knows its one-line length in characters.  Then
 * the layout walks the tree with the current column (Col), the line length
 * (Ll), the per-line cap (M), the indentation (Ind, a count of spaces), the
 * number of closing brackets that follow (LD), and the characters already
 * on the line for the cap (W).  The "cind" functions dry-run the layout to
 * choose the tagged-tuple style (aligned, TInd -1, or indented by 4).
 */
#include "pretty.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "print.h"

#define MAX_NEST 4000   /* deeper terms fall back to one ~w line */

enum { K_TEXT, K_LIST, K_TUPLE, K_MAP, K_PAIR, K_BIN };

typedef struct Node {
    uint8_t kind;
    bool tagged;        /* TUPLE: first element an atom, size > 1 */
    bool dots;          /* container: the elements end in "..." */
    int len;            /* one-line length, characters */
    size_t off, nbytes; /* TEXT: the text in the arena */
    uint32_t first, count; /* containers: child ids in kids[first..first+count) */
    int32_t tail;       /* LIST: improper tail node, or -1 */
} Node;

typedef struct Pp {
    const AtomTable *atoms;
    const PrettyOpts *o;
    Node *nodes;
    size_t nnodes, cap;
    uint32_t *kids;
    size_t nkids, kcap;
    Buf text;           /* arena of TEXT node strings */
    Buf *out;
    int Ll, M;
    int nest;
    bool too_deep;
} Pp;

/* ---- measuring -------------------------------------------------------- */

static uint32_t new_node(Pp *p, uint8_t kind) {
    if (p->nnodes == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 64;
        Node *n = realloc(p->nodes, p->cap * sizeof *n);
        if (!n) abort();
        p->nodes = n;
    }
    Node *n = &p->nodes[p->nnodes];
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->tail = -1;
    return (uint32_t)p->nnodes++;
}

/* Close a TEXT node over the arena text written since `start`. */
static uint32_t text_node(Pp *p, size_t start) {
    uint32_t id = new_node(p, K_TEXT);
    Node *n = &p->nodes[id];
    n->off = start;
    n->nbytes = p->text.len - start;
    n->len = (int)print_char_count(p->text.data + start, n->nbytes);
    return id;
}

static uint32_t text_lit(Pp *p, const char *s) {
    size_t start = p->text.len;
    buf_adds(&p->text, s);
    return text_node(p, start);
}

/* A growable list of child ids, copied into kids[] when complete. */
typedef struct Ids { uint32_t *v; size_t n, cap; } Ids;
static void ids_push(Ids *a, uint32_t id) {
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 8;
        uint32_t *v = realloc(a->v, a->cap * sizeof *v);
        if (!v) abort();
        a->v = v;
    }
    a->v[a->n++] = id;
}
static uint32_t container(Pp *p, uint8_t kind, Ids *a, bool dots, int32_t tail, int base) {
    if (p->nkids + a->n > p->kcap) {
        while (p->nkids + a->n > p->kcap) p->kcap = p->kcap ? p->kcap * 2 : 64;
        uint32_t *k = realloc(p->kids, p->kcap * sizeof *k);
        if (!k) abort();
        p->kids = k;
    }
    uint32_t id = new_node(p, kind);
    Node *n = &p->nodes[id];
    n->first = (uint32_t)p->nkids;
    n->count = (uint32_t)a->n;
    n->dots = dots;
    n->tail = tail;
    if (a->n) memcpy(p->kids + p->nkids, a->v, a->n * sizeof *a->v);
    p->nkids += a->n;
    /* list_length: base + elements + separators (+ tail or dots) */
    int len = base;
    for (size_t i = 0; i < a->n; i++) len += p->nodes[a->v[i]].len + (i > 0);
    if (dots) len += 3 + (a->n > 0);
    if (tail >= 0) len += p->nodes[tail].len + 1;
    p->nodes[id].len = len;
    free(a->v);
    return id;
}

static int dec(int d) { return d < 0 ? d : d - 1; }

static unsigned bin_byte(BitView v, size_t i) {
    size_t bit = v.offset + i * 8;
    if (bit % 8 == 0) return v.data[bit / 8];
    return ((v.data[bit / 8] << (bit % 8)) | (v.data[bit / 8 + 1] >> (8 - bit % 8))) & 0xff;
}

/* A printable binary as <<"...">>, <<"..."...>>, or with /utf8. */
static uint32_t bin_string(Pp *p, const uint32_t *cs, size_t n, bool prefix, bool utf8) {
    size_t start = p->text.len;
    buf_adds(&p->text, "<<\"");
    for (size_t i = 0; i < n; i++) print_quoted_char(&p->text, cs[i], '"', true);
    buf_addc(&p->text, '"');
    if (utf8) buf_adds(&p->text, "/utf8");
    buf_adds(&p->text, prefix ? "...>>" : ">>");
    return text_node(p, start);
}

/* io_lib_pretty's printable_bin0 with no chars limit: a node for the binary
 * as a string, or UINT32_MAX when it is not printable. d is the depth left
 * for the bytes (the binary's own depth - 1). */
static uint32_t printable_bin(Pp *p, Term t, int d) {
    BitView v = term_bits(t);
    size_t size = v.bits / 8;
    size_t len = d >= 0 ? (4 * (size_t)d < size ? 4 * (size_t)d : size) : size;
    if (len == 0) return UINT32_MAX;
    uint32_t *cs = malloc(len * sizeof *cs);
    if (!cs) abort();
    uint32_t r = UINT32_MAX;
    if (p->o->unicode) {
        /* valid UTF-8 for the first len characters? then decode while
         * printable (latin1 range, io:printable_range() default) */
        char *bytes = malloc(size ? size : 1);
        if (!bytes) abort();
        for (size_t i = 0; i < size; i++) bytes[i] = (char)bin_byte(v, i);
        bool valid = true;
        size_t pos = 0;
        for (size_t k = 0; k < len && pos < size; k++) {
            size_t q = pos;
            uint32_t c = print_utf8_next(bytes, size, &q);
            if ((c >= 0x80 && q == pos + 1) || (c >= 0xd800 && c <= 0xdfff)) { valid = false; break; }
            pos = q;
        }
        if (valid) {
            size_t n = 0, i = 0, left = len;
            while (left > 0 && i < size) {
                size_t q = i;
                uint32_t c = print_utf8_next(bytes, size, &q);
                if ((c >= 0x80 && q == i + 1) || !print_is_printable_char(c)) break;
                cs[n++] = c;
                i = q;
                left--;
            }
            if (i == size) r = bin_string(p, cs, n, false, n != size);
            else if (d > 0 && (int64_t)len - (int64_t)left >= d) r = bin_string(p, cs, n, true, i != n);
            free(bytes);
            free(cs);
            return r;
        }
        free(bytes);
    }
    size_t np = 0;
    while (np < len && print_is_printable_char(bin_byte(v, np))) {
        cs[np] = bin_byte(v, np);
        np++;
    }
    if (np == len) r = bin_string(p, cs, len, len != size, false);
    else if (d > 0 && (int64_t)np >= d) r = bin_string(p, cs, np, true, false);
    free(cs);
    return r;
}

/* io_lib:write_binary(Bin, D) as its pieces ("1", "2", "3:5", "..."). */
static uint32_t bin_pieces(Pp *p, Term t, int d) {
    BitView v = term_bits(t);
    size_t nbytes = v.bits / 8, rest = v.bits % 8;
    Ids a = {0};
    for (size_t i = 0; i < nbytes || (i == nbytes && rest); i++) {
        size_t start = p->text.len;
        if (d == 1) { ids_push(&a, text_lit(p, "...")); break; }
        if (i < nbytes) buf_printf(&p->text, "%u", bin_byte(v, i));
        else {
            unsigned x = 0;
            for (size_t k = 0; k < rest; k++) {
                size_t bit = v.offset + nbytes * 8 + k;
                x = (x << 1) | ((v.data[bit / 8] >> (7 - bit % 8)) & 1);
            }
            buf_printf(&p->text, "%u:%zu", x, rest);
        }
        ids_push(&a, text_node(p, start));
        d = dec(d);
    }
    return container(p, K_BIN, &a, false, -1, 4);
}

static uint32_t measure(Pp *p, Term t, int d);

static uint32_t measure_list(Pp *p, Term t, int d) {
    if (p->o->strings && d != 1 && print_is_printable_list(t)) {
        size_t start = p->text.len;
        print_string(&p->text, t, p->o->unicode);
        return text_node(p, start);
    }
    Ids a = {0};
    bool dots = false;
    int32_t tail = -1;
    while (term_is_cons(t)) {
        if (d == 1) { dots = true; break; }
        ids_push(&a, measure(p, term_hd(t), dec(d)));
        d = dec(d);
        t = term_tl(t);
    }
    if (!dots && !term_is_nil(t) && !term_is_cons(t)) {
        if (d == 1) dots = true;            /* the tail is cut like an element */
        else tail = (int32_t)measure(p, t, dec(d));
    }
    return container(p, K_LIST, &a, dots, tail, 2);
}

static uint32_t measure(Pp *p, Term t, int d) {
    if (term_is_nil(t)) return text_lit(p, "[]");
    if (term_is_atom(t)) {
        size_t start = p->text.len;
        print_atom_enc(p->atoms, &p->text, t, p->o->unicode);
        return text_node(p, start);
    }
    bool box = term_is_cons(t) || term_is_tuple(t) || term_is_map(t);
    if (box && p->nest >= MAX_NEST) { p->too_deep = true; return text_lit(p, "..."); }
    if (term_is_cons(t)) {
        p->nest++;
        uint32_t r = measure_list(p, t, d);
        p->nest--;
        return r;
    }
    if (term_is_tuple(t)) {
        size_t n = term_tuple_arity(t);
        if (n == 0) return text_lit(p, "{}");
        if (d == 1) return text_lit(p, "{...}");
        p->nest++;
        Ids a = {0};
        bool dots = false;
        int dd = d;
        for (size_t i = 1; i <= n; i++) {
            if (dd == 1) { dots = true; break; }
            ids_push(&a, measure(p, term_tuple_elem(t, i), dec(dd)));
            dd = dec(dd);
        }
        p->nest--;
        uint32_t id = container(p, K_TUPLE, &a, dots, -1, 2);
        p->nodes[id].tagged = term_is_atom(term_tuple_elem(t, 1)) && n > 1;
        return id;
    }
    if (term_is_map(t)) {
        size_t n = term_map_size(t);
        if (n == 0) return text_lit(p, "#{}");
        if (d == 1) return text_lit(p, "#{...}");
        p->nest++;
        Ids a = {0};
        bool dots = false;
        int dd = d, d0 = dec(d);
        for (size_t i = 0; i < n; i++) {
            if (dd == 1) { dots = true; break; }
            Ids kv = {0};
            ids_push(&kv, measure(p, term_map_keys(t)[i], d0));
            ids_push(&kv, measure(p, term_map_vals(t)[i], d0));
            uint32_t pair = container(p, K_PAIR, &kv, false, -1, 0);
            p->nodes[pair].len += 4 - 1;   /* " => " instead of the "," counted */
            ids_push(&a, pair);
            dd = dec(dd);
        }
        p->nest--;
        return container(p, K_MAP, &a, dots, -1, 3);
    }
    if (term_is_bitstring(t)) {
        BitView v = term_bits(t);
        if (v.bits == 0) return text_lit(p, "<<>>");
        if (d == 1) return text_lit(p, "<<...>>");
        if (p->o->strings && v.bits % 8 == 0) {
            uint32_t s = printable_bin(p, t, dec(d));
            if (s != UINT32_MAX) return s;
        }
        return bin_pieces(p, t, d);
    }
    size_t start = p->text.len;
    print_term(p->atoms, &p->text, t, -1);
    return text_node(p, start);
}

/* ---- writing on one line ------------------------------------------------ */

static Node *N(Pp *p, uint32_t id) { return &p->nodes[id]; }
static uint32_t kid(Pp *p, const Node *n, uint32_t i) { return p->kids[n->first + i]; }

static void emit(Pp *p, const char *s) { buf_adds(p->out, s); }
static void spaces(Pp *p, int n) { for (int i = 0; i < n; i++) buf_addc(p->out, ' '); }
static void newline(Pp *p, int ind) { buf_addc(p->out, '\n'); spaces(p, ind); }

static void write_node(Pp *p, uint32_t id) {
    Node *n = N(p, id);
    switch (n->kind) {
    case K_TEXT: buf_add(p->out, p->text.data + n->off, n->nbytes); return;
    case K_PAIR:
        write_node(p, kid(p, n, 0));
        emit(p, " => ");
        write_node(p, kid(p, n, 1));
        return;
    default: break;
    }
    const char *open = n->kind == K_LIST ? "[" : n->kind == K_TUPLE ? "{" : n->kind == K_MAP ? "#{" : "<<";
    const char *close = n->kind == K_LIST ? "]" : n->kind == K_TUPLE ? "}" : n->kind == K_MAP ? "}" : ">>";
    emit(p, open);
    for (uint32_t i = 0; i < n->count; i++) {
        if (i) emit(p, ",");
        write_node(p, kid(p, n, i));
    }
    if (n->dots) emit(p, n->count == 0 ? "..." : n->kind == K_LIST ? "|..." : ",...");
    if (n->tail >= 0) { emit(p, "|"); write_node(p, (uint32_t)n->tail); }
    emit(p, close);
}

/* ---- layout --------------------------------------------------------------- */

static bool atomic(Pp *p, uint32_t id) {
    Node *n = N(p, id);
    if (n->kind == K_TEXT) return true;
    if (n->kind == K_PAIR) return N(p, kid(p, n, 0))->kind == K_TEXT && N(p, kid(p, n, 1))->kind == K_TEXT;
    return false;
}

/* LD for element i of n: 0 if more elements follow, else one more bracket. */
static int last_depth(const Node *n, uint32_t i, int ld) { return i + 1 < n->count ? 0 : ld + 1; }

static bool fits(Pp *p, uint32_t id, int col, int ld, int w) {
    int len = N(p, id)->len;
    return len < p->Ll - col - ld && len + w + ld <= p->M;
}

/* Whether element e (length+1 with its comma) can be appended at col. */
static bool fill_ok(Pp *p, uint32_t e, int col, int ld1, int w) {
    int elen = 1 + N(p, e)->len;
    if (!atomic(p, e)) return false;
    if (ld1 == 0) return elen + 1 < p->Ll - col && w + elen + 1 <= p->M;
    return elen < p->Ll - col - ld1 && w + elen + ld1 <= p->M;
}

static void pp(Pp *p, uint32_t id, int col, int tind, int ind, int ld, int w);

static int pp_element(Pp *p, uint32_t e, int col, int tind, int ind, int ld, int w) {
    if (fits(p, e, col, ld, w) && atomic(p, e)) { write_node(p, e); return N(p, e)->len; }
    pp(p, e, col, tind, ind, ld, w);
    return p->Ll;
}

/* Elements from index `from` on, after the first has been written. */
static void pp_tail(Pp *p, const Node *n, uint32_t from, int col0, int col, int tind, int ind, int ld,
                    const char *sep, int w) {
    for (uint32_t i = from; i < n->count; i++) {
        uint32_t e = kid(p, n, i);
        int ld1 = last_depth(n, i, ld);
        if (fill_ok(p, e, col, ld1, w)) {
            emit(p, ",");
            write_node(p, e);
            col += 1 + N(p, e)->len;
            w += 1 + N(p, e)->len;
        } else {
            emit(p, ",");
            newline(p, ind);
            int we = pp_element(p, e, col0, tind, ind, ld1, 0);
            col = col0 + we;
            w = we;
        }
    }
    if (n->dots) { emit(p, sep); emit(p, "..."); return; }
    if (n->tail >= 0) {
        uint32_t e = (uint32_t)n->tail;
        int len = N(p, e)->len;
        emit(p, sep);
        if (len + 1 < p->Ll - col - (ld + 1) && len + 1 + w + (ld + 1) <= p->M && atomic(p, e)) {
            write_node(p, e);
        } else {
            newline(p, ind);
            pp(p, e, col0, tind, ind, ld + 1, 0);
        }
    }
}

static void pp_list(Pp *p, const Node *n, uint32_t from, int col0, int tind, int ind, int ld, const char *sep,
                    int w) {
    if (from >= n->count) {
        if (n->dots) emit(p, "...");
        return;
    }
    int we = pp_element(p, kid(p, n, from), col0, tind, ind, last_depth(n, from, ld), w);
    pp_tail(p, n, from + 1, col0, col0 + we, tind, ind, ld, sep, w + we);
}

static int pp_pair(Pp *p, uint32_t pair, int col, int tind, int ind, int ld, int w) {
    if (fits(p, pair, col, ld, w)) {
        write_node(p, pair);
        return atomic(p, pair) ? N(p, pair)->len : p->Ll;
    }
    Node *n = N(p, pair);
    int i = tind > 0 ? tind : 4;
    pp(p, kid(p, n, 0), col, tind, ind, ld, w);
    emit(p, " =>");
    newline(p, ind + i);
    pp(p, kid(p, n, 1), col + i, tind, ind + i, ld, 0);
    return p->Ll;
}

static void pp_map(Pp *p, const Node *n, int col, int tind, int ind, int ld, int w) {
    if (n->count == 0) {
        if (n->dots) emit(p, "...");
        return;
    }
    int col0 = col;
    int pw = pp_pair(p, kid(p, n, 0), col, tind, ind, last_depth(n, 0, ld), w);
    col = col0 + pw;
    w = pw;
    for (uint32_t i = 1; i < n->count; i++) {
        uint32_t e = kid(p, n, i);
        int ld1 = last_depth(n, i, ld);
        if (fill_ok(p, e, col, ld1, w)) {
            emit(p, ",");
            write_node(p, e);
            col += 1 + N(p, e)->len;
            w += 1 + N(p, e)->len;
        } else {
            emit(p, ",");
            newline(p, ind);
            pw = pp_pair(p, e, col0, tind, ind, ld1, 0);
            col = col0 + pw;
            w = pw;
        }
    }
    if (n->dots) emit(p, ",...");
}

static void pp_tag_tuple(Pp *p, const Node *n, int col, int tind, int ind, int ld, int w) {
    if (n->count == 0) {
        if (n->dots) emit(p, "...");
        return;
    }
    uint32_t tag = kid(p, n, 0);
    int tlen = N(p, tag)->len;
    int tagind = tlen + 2, tcol = col + tagind;
    write_node(p, tag);
    if (tind > 0 && tagind > tind) {
        pp_tail(p, n, 1, col + tind, tcol, tind, ind + tind, ld, ",", w + tlen);
    } else {
        emit(p, ",");
        pp_list(p, n, 1, tcol, tind, ind + tagind, ld, ",", w + tlen + 1);
    }
}

static void pp_binary(Pp *p, const Node *n, int col, int ind, int ld, int w) {
    int a = p->Ll - col, b = p->M - 4 - w;
    int nn = (a < b ? a : b) - ld;
    if (nn < 8) nn = 8;
    int n0 = nn;
    emit(p, "<<");
    for (uint32_t i = 0; i < n->count; i++) {
        uint32_t e = kid(p, n, i);
        int len = N(p, e)->len;
        if (i + 1 < n->count) {
            if (nn - (len + 1) < 0) {
                newline(p, ind);
                write_node(p, e);
                emit(p, ",");
                nn = n0 - (len + 1);
            } else {
                write_node(p, e);
                emit(p, ",");
                nn -= len + 1;
            }
        } else {
            if (len > nn) newline(p, ind);
            write_node(p, e);
        }
    }
    emit(p, ">>");
}

static void pp(Pp *p, uint32_t id, int col, int tind, int ind, int ld, int w) {
    if (fits(p, id, col, ld, w)) { write_node(p, id); return; }
    Node *n = N(p, id);
    switch (n->kind) {
    case K_LIST:
        emit(p, "[");
        pp_list(p, n, 0, col + 1, tind, ind + 1, ld, "|", w + 1);
        emit(p, "]");
        return;
    case K_TUPLE:
        emit(p, "{");
        if (n->tagged) pp_tag_tuple(p, n, col, tind, ind, ld, w + 1);
        else pp_list(p, n, 0, col + 1, tind, ind + 1, ld, ",", w + 1);
        emit(p, "}");
        return;
    case K_MAP:
        emit(p, "#{");
        pp_map(p, n, col + 2, tind, ind + 2, ld, w + 1);
        emit(p, "}");
        return;
    case K_BIN:
        pp_binary(p, n, col + 2, ind + 2, ld, w);
        return;
    default:
        write_node(p, id);
    }
}

/* ---- the dry run choosing the tuple style ------------------------------- */

static bool cind(Pp *p, uint32_t id, int col, int ind, int ld, int w);

static bool cind_element(Pp *p, uint32_t e, int col, int ind, int ld, int w, int *we) {
    if (fits(p, e, col, ld, w) && atomic(p, e)) { *we = N(p, e)->len; return true; }
    *we = p->Ll;
    return cind(p, e, col, ind, ld, w);
}

static bool cind_tail(Pp *p, const Node *n, uint32_t from, int col0, int col, int ind, int ld, int w) {
    for (uint32_t i = from; i < n->count; i++) {
        uint32_t e = kid(p, n, i);
        int ld1 = last_depth(n, i, ld);
        if (fill_ok(p, e, col, ld1, w)) {
            col += 1 + N(p, e)->len;
            w += 1 + N(p, e)->len;
        } else {
            int we;
            if (!cind_element(p, e, col0, ind, ld1, 0, &we)) return false;
            col = col0 + we;
            w = we;
        }
    }
    if (n->dots || n->tail < 0) return true;
    uint32_t e = (uint32_t)n->tail;
    int len = N(p, e)->len;
    if (len + 1 < p->Ll - col - (ld + 1) && len + 1 + w + (ld + 1) <= p->M && atomic(p, e)) return true;
    return cind(p, e, col, ind, ld + 1, 0);
}

static bool cind_list(Pp *p, const Node *n, uint32_t from, int col0, int ind, int ld, int w) {
    if (from >= n->count) return true;
    int we;
    if (!cind_element(p, kid(p, n, from), col0, ind, last_depth(n, from, ld), w, &we)) return false;
    return cind_tail(p, n, from + 1, col0, col0 + we, ind, ld, w + we);
}

static bool cind_pair(Pp *p, uint32_t pair, int col, int ind, int ld, int w, int *pw) {
    if (fits(p, pair, col, ld, w)) {
        *pw = atomic(p, pair) ? N(p, pair)->len : p->Ll;
        return true;
    }
    Node *n = N(p, pair);
    *pw = p->Ll;
    if (!cind(p, kid(p, n, 0), col, ind, ld, w)) return false;
    int i = ind > 0 ? ind : 4;
    return cind(p, kid(p, n, 1), col + i, ind, ld, 0);
}

static bool cind_map(Pp *p, const Node *n, int col, int ind, int ld, int w) {
    if (n->count == 0) return true;
    int col0 = col, pw;
    if (!cind_pair(p, kid(p, n, 0), col, ind, last_depth(n, 0, ld), w, &pw)) return false;
    col = col0 + pw;
    w += pw;
    for (uint32_t i = 1; i < n->count; i++) {
        uint32_t e = kid(p, n, i);
        int ld1 = last_depth(n, i, ld);
        if (fill_ok(p, e, col, ld1, w)) {
            col += 1 + N(p, e)->len;
            w += 1 + N(p, e)->len;
        } else {
            if (!cind_pair(p, e, col0, ind, ld1, 0, &pw)) return false;
            col = col0 + pw;
            w = pw;
        }
    }
    return true;
}

static bool cind_tag_tuple(Pp *p, const Node *n, int col, int ind, int ld, int w) {
    if (n->count == 0) return true;
    int tlen = N(p, kid(p, n, 0))->len;
    int tagind = tlen + 2, tcol = col + tagind;
    if (ind > 0 && tagind > ind) {
        int col1 = col + ind;
        if (p->M + col1 <= p->Ll || col1 <= p->Ll / 2) return cind_tail(p, n, 1, col1, tcol, ind, ld, w + tlen);
        return false;
    }
    if (p->M + tcol < p->Ll || tcol < p->Ll / 2) return cind_list(p, n, 1, tcol, ind, ld, w + tlen + 1);
    return false;
}

static bool cind(Pp *p, uint32_t id, int col, int ind, int ld, int w) {
    if (fits(p, id, col, ld, w)) return true;
    Node *n = N(p, id);
    switch (n->kind) {
    case K_LIST: return cind_list(p, n, 0, col + 1, ind, ld, w + 1);
    case K_TUPLE:
        if (n->tagged) return cind_tag_tuple(p, n, col, ind, ld, w + 1);
        return cind_list(p, n, 0, col + 1, ind, ld, w + 1);
    case K_MAP: return cind_map(p, n, col + 2, ind, ld, w + 2);
    default: return true;
    }
}

/* ---- entry ------------------------------------------------------------ */

void pretty_default_opts(PrettyOpts *o) {
    o->line_length = 80;
    o->column = 1;
    o->depth = -1;
    o->line_max_chars = -1;
    o->strings = true;
    o->unicode = false;
}

void pretty_print(const AtomTable *atoms, Buf *b, Term t, const PrettyOpts *o) {
    int col = o->column <= 0 ? 1 : o->column;
    if (o->depth == 0) { buf_adds(b, "..."); return; }
    if (term_is_atom(t)) { print_atom_enc(atoms, b, t, o->unicode); return; }
    if (!(term_is_list(t) || term_is_tuple(t) || term_is_map(t) || term_is_bitstring(t))) {
        print_term(atoms, b, t, -1);
        return;
    }
    Pp p;
    memset(&p, 0, sizeof p);
    p.atoms = atoms;
    p.o = o;
    p.out = b;
    uint32_t root = measure(&p, t, o->depth < 0 ? -1 : o->depth);
    if (p.too_deep) {
        print_term_enc(atoms, b, t, o->depth, o->unicode);
    } else {
        int len = p.nodes[root].len;
        p.Ll = o->line_length;
        p.M = o->line_max_chars < 0 ? len : o->line_max_chars;
        if (p.Ll == 0 || (len < p.Ll - col && len <= p.M)) {
            write_node(&p, root);
        } else {
            int tind = 1;
            if (cind(&p, root, col, -1, 0, 0)) tind = -1;
            else if (cind(&p, root, col, 4, 0, 0)) tind = 4;
            pp(&p, root, col, tind, col - 1, 0, 0);
        }
    }
    free(p.nodes);
    free(p.kids);
    buf_free(&p.text);
}
