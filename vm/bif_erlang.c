/* bif_erlang.c — the core erlang:* BIFs: type tests, tuples, lists,
 * binaries, atom/list/binary conversions, iolists, exceptions, apply,
 * the process dictionary and identity.  Semantics and error reasons follow
 * OTP 25; numbers live in bif_num.c and output in bif_io.c. */
#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "code.h"
#include "compare.h"
#include "etf.h"
#include "md5.h"
#include "vm.h"
#include "xalloc.h"

#define MAX_TUPLE 0xffffffu        /* OTP's largest tuple arity */
#define MAX_APPLY_ARGS 255

/* ---- small helpers ------------------------------------------------- */

/* A small non-negative integer argument. */
static bool get_uint(Term t, size_t *out) {
    if (!term_is_small(t) || term_small(t) < 0) return false;
    *out = (size_t)term_small(t);
    return true;
}

bool bif_list_len(Term l, size_t *n) {
    size_t k = 0;
    while (term_is_cons(l)) { k++; l = term_tl(l); }
    *n = k;
    return l == TERM_NIL;
}


/* ---- bit copying (sources may start at any bit) --------------------- */

static uint8_t get8(const uint8_t *s, size_t off) {
    size_t i = off / 8, sh = off % 8;
    if (sh == 0) return s[i];
    return (uint8_t)((s[i] << sh) | (s[i + 1] >> (8 - sh)));
}

/* OR n bits from src at bit soff into dst at bit doff (dst pre-zeroed). */
static void copy_bits(uint8_t *dst, size_t doff, const uint8_t *src, size_t soff, size_t n) {
    if (doff % 8 == 0 && soff % 8 == 0) {
        memcpy(dst + doff / 8, src + soff / 8, n / 8);
        doff += n / 8 * 8;
        soff += n / 8 * 8;
        n %= 8;
    } else {
        for (; n >= 8; n -= 8, doff += 8, soff += 8) {
            uint8_t b = get8(src, soff);
            size_t i = doff / 8, sh = doff % 8;
            dst[i] |= (uint8_t)(b >> sh);
            if (sh) dst[i + 1] |= (uint8_t)(b << (8 - sh));
        }
    }
    for (; n > 0; n--, doff++, soff++) {
        unsigned bit = (src[soff / 8] >> (7 - soff % 8)) & 1;
        dst[doff / 8] |= (uint8_t)(bit << (7 - doff % 8));
    }
}

/* A new bitstring holding nbits of v starting at bit `from`.  Large
 * byte-aligned slices share the bytes through a sub-binary. */
static Term bits_slice(Process *p, Term t, size_t from, size_t nbits) {
    BitView v = term_bits(t);
    if (nbits >= 64 * 8) {
        Term *b = term_box_ptr(t);
        Term base = t;
        size_t off = from;
        if (term_header_sub(b[0]) == SUB_SUBBIN) { base = b[3]; off += (size_t)b[2]; }
        Term *h = heap_alloc(p, SUBBIN_WORDS);
        h[0] = term_make_header(SUBBIN_WORDS - 1, SUB_SUBBIN);
        h[1] = (Term)nbits;
        h[2] = (Term)off;
        h[3] = base;
        return term_make_boxed(h);
    }
    uint8_t *d;
    size_t nbytes = (nbits + 7) / 8;
    Term r = heap_binary_uninit(p, nbytes, &d);
    memset(d, 0, nbytes);
    copy_bits(d, 0, v.data, v.offset + from, nbits);
    term_box_ptr(r)[1] = (Term)nbits;
    return r;
}

static uint8_t view_byte(BitView v, size_t i) { return get8(v.data, v.offset + 8 * i); }

/* ---- UTF-8 ---------------------------------------------------------- */

static size_t utf8_put(uint8_t *o, uint32_t c) {
    if (c < 0x80) { o[0] = (uint8_t)c; return 1; }
    if (c < 0x800) { o[0] = (uint8_t)(0xc0 | c >> 6); o[1] = (uint8_t)(0x80 | (c & 0x3f)); return 2; }
    if (c < 0x10000) {
        o[0] = (uint8_t)(0xe0 | c >> 12); o[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
        o[2] = (uint8_t)(0x80 | (c & 0x3f)); return 3;
    }
    o[0] = (uint8_t)(0xf0 | c >> 18); o[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3f));
    o[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3f)); o[3] = (uint8_t)(0x80 | (c & 0x3f));
    return 4;
}

/* Decode one code point of strict UTF-8 at s[0..n); returns its length,
 * or 0 when the bytes are not valid UTF-8. */
static size_t utf8_get(const uint8_t *s, size_t n, uint32_t *cp) {
    uint8_t b = s[0];
    size_t len;
    uint32_t c, min;
    if (b < 0x80) { *cp = b; return 1; }
    if ((b & 0xe0) == 0xc0) { len = 2; c = b & 0x1f; min = 0x80; }
    else if ((b & 0xf0) == 0xe0) { len = 3; c = b & 0x0f; min = 0x800; }
    else if ((b & 0xf8) == 0xf0) { len = 4; c = b & 0x07; min = 0x10000; }
    else return 0;
    if (len > n) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        c = c << 6 | (s[i] & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return 0;
    *cp = c;
    return len;
}

/* ---- type tests ----------------------------------------------------- */

static Term boolean(bool b) { return b ? T_TRUE : T_FALSE; }

Term bif_erlang_is_atom_1(Process *p, Term *a) { (void)p; return boolean(term_is_atom(a[0])); }
Term bif_erlang_is_binary_1(Process *p, Term *a) { (void)p; return boolean(term_is_binary(a[0])); }
Term bif_erlang_is_bitstring_1(Process *p, Term *a) { (void)p; return boolean(term_is_bitstring(a[0])); }
Term bif_erlang_is_boolean_1(Process *p, Term *a) { (void)p; return boolean(a[0] == T_TRUE || a[0] == T_FALSE); }
Term bif_erlang_is_float_1(Process *p, Term *a) { (void)p; return boolean(term_is_float(a[0])); }
Term bif_erlang_is_function_1(Process *p, Term *a) { (void)p; return boolean(term_is_fun(a[0])); }
Term bif_erlang_is_integer_1(Process *p, Term *a) { (void)p; return boolean(term_is_integer(a[0])); }
Term bif_erlang_is_list_1(Process *p, Term *a) { (void)p; return boolean(term_is_list(a[0])); }
Term bif_erlang_is_map_1(Process *p, Term *a) { (void)p; return boolean(term_is_map(a[0])); }
Term bif_erlang_is_number_1(Process *p, Term *a) { (void)p; return boolean(term_is_number(a[0])); }
Term bif_erlang_is_pid_1(Process *p, Term *a) { (void)p; return boolean(term_is_pid(a[0])); }
Term bif_erlang_is_port_1(Process *p, Term *a) { (void)p; (void)a; return T_FALSE; }
Term bif_erlang_is_reference_1(Process *p, Term *a) { (void)p; return boolean(term_is_ref(a[0])); }
Term bif_erlang_is_tuple_1(Process *p, Term *a) { (void)p; return boolean(term_is_tuple(a[0])); }

Term bif_erlang_is_function_2(Process *p, Term *a) {
    if (term_is_bignum(a[1])) {
        if (term_boxed_sub(a[1]) == SUB_NEGBIG) RAISE_BADARG(p);
        return T_FALSE;
    }
    size_t n;
    if (!get_uint(a[1], &n)) RAISE_BADARG(p);
    return boolean(term_is_fun(a[0]) && code_fun_arity(a[0]) == n);
}

Term bif_erlang_is_record_2(Process *p, Term *a) {
    if (!term_is_atom(a[1])) RAISE_BADARG(p);
    Term t = a[0];
    return boolean(term_is_tuple(t) && term_tuple_arity(t) >= 1 && term_tuple_elem(t, 1) == a[1]);
}

Term bif_erlang_is_record_3(Process *p, Term *a) {
    if (!term_is_atom(a[1]) || !term_is_integer(a[2])) RAISE_BADARG(p);
    Term t = a[0];
    size_t n;
    if (!get_uint(a[2], &n)) return T_FALSE;
    return boolean(term_is_tuple(t) && n >= 1 && term_tuple_arity(t) == n && term_tuple_elem(t, 1) == a[1]);
}

/* ---- lists and tuples ----------------------------------------------- */

Term bif_erlang_length_1(Process *p, Term *a) {
    size_t n;
    if (!bif_list_len(a[0], &n)) RAISE_BADARG(p);
    return term_from_small((int64_t)n);
}

Term bif_erlang_hd_1(Process *p, Term *a) {
    if (!term_is_cons(a[0])) RAISE_BADARG(p);
    return term_hd(a[0]);
}

Term bif_erlang_tl_1(Process *p, Term *a) {
    if (!term_is_cons(a[0])) RAISE_BADARG(p);
    return term_tl(a[0]);
}

Term bif_erlang_element_2(Process *p, Term *a) {
    size_t i;
    if (!get_uint(a[0], &i) || !term_is_tuple(a[1]) || i < 1 || i > term_tuple_arity(a[1])) RAISE_BADARG(p);
    return term_tuple_elem(a[1], i);
}

static Term tuple_copy(Process *p, Term t) {
    size_t n = term_tuple_arity(t);
    Term r = heap_tuple(p, n);
    memcpy(term_tuple_elems(r), term_tuple_elems(t), n * sizeof(Term));
    return r;
}

Term bif_erlang_setelement_3(Process *p, Term *a) {
    size_t i;
    if (!get_uint(a[0], &i) || !term_is_tuple(a[1]) || i < 1 || i > term_tuple_arity(a[1])) RAISE_BADARG(p);
    Term r = tuple_copy(p, a[1]);
    term_tuple_elems(r)[i - 1] = a[2];
    return r;
}

Term bif_erlang_tuple_size_1(Process *p, Term *a) {
    if (!term_is_tuple(a[0])) RAISE_BADARG(p);
    return term_from_small((int64_t)term_tuple_arity(a[0]));
}

Term bif_erlang_size_1(Process *p, Term *a) {
    if (term_is_tuple(a[0])) return term_from_small((int64_t)term_tuple_arity(a[0]));
    if (term_is_bitstring(a[0])) return term_from_small((int64_t)(term_bits(a[0]).bits / 8));
    RAISE_BADARG(p);
}

Term bif_erlang_byte_size_1(Process *p, Term *a) {
    if (!term_is_bitstring(a[0])) RAISE_BADARG(p);
    return term_from_small((int64_t)((term_bits(a[0]).bits + 7) / 8));
}

Term bif_erlang_bit_size_1(Process *p, Term *a) {
    if (!term_is_bitstring(a[0])) RAISE_BADARG(p);
    return heap_uint(p, term_bits(a[0]).bits);
}

Term bif_erlang_map_size_1(Process *p, Term *a) { return bif_maps_size_1(p, a); }
Term bif_erlang_is_map_key_2(Process *p, Term *a) { return bif_maps_is_key_2(p, a); }
Term bif_erlang_map_get_2(Process *p, Term *a) { return bif_maps_get_2(p, a); }

static bool small_int(Term t, int64_t *v) {
    if (!term_is_small(t)) return false;
    *v = term_small(t);
    return true;
}

static Term binary_part(Process *p, Term bin, Term start, Term len) {
    int64_t s, l;
    if (!term_is_bitstring(bin) || !small_int(start, &s) || !small_int(len, &l)) RAISE_BADARG(p);
    int64_t size = (int64_t)(term_bits(bin).bits / 8);
    if (l < 0) { s += l; l = -l; }
    if (s < 0 || s > size || l > size - s) RAISE_BADARG(p);
    return bits_slice(p, bin, (size_t)s * 8, (size_t)l * 8);
}

Term bif_erlang_binary_part_2(Process *p, Term *a) {
    if (!term_is_tuple(a[1]) || term_tuple_arity(a[1]) != 2) RAISE_BADARG(p);
    return binary_part(p, a[0], term_tuple_elem(a[1], 1), term_tuple_elem(a[1], 2));
}

Term bif_erlang_binary_part_3(Process *p, Term *a) { return binary_part(p, a[0], a[1], a[2]); }

Term bif_erlang_tuple_to_list_1(Process *p, Term *a) {
    if (!term_is_tuple(a[0])) RAISE_BADARG(p);
    return heap_list(p, term_tuple_elems(a[0]), term_tuple_arity(a[0]), TERM_NIL);
}

Term bif_erlang_list_to_tuple_1(Process *p, Term *a) {
    size_t n;
    if (!bif_list_len(a[0], &n)) RAISE_BADARG(p);
    if (n > MAX_TUPLE) RAISE_ERROR(p, T_ATOM(SYSTEM_LIMIT));
    Term r = heap_tuple(p, n);
    Term *e = term_tuple_elems(r);
    for (Term l = a[0]; term_is_cons(l); l = term_tl(l)) *e++ = term_hd(l);
    return r;
}

static Term make_tuple(Process *p, Term n_t, Term init, size_t *n) {
    if (!get_uint(n_t, n) || *n > MAX_TUPLE) return THE_NON_VALUE;
    Term r = heap_tuple(p, *n);
    for (size_t i = 0; i < *n; i++) term_tuple_elems(r)[i] = init;
    return r;
}

Term bif_erlang_make_tuple_2(Process *p, Term *a) {
    size_t n;
    Term r = make_tuple(p, a[0], a[1], &n);
    if (r == THE_NON_VALUE) RAISE_BADARG(p);
    return r;
}

Term bif_erlang_make_tuple_3(Process *p, Term *a) {
    size_t n, len;
    if (!bif_list_len(a[2], &len)) RAISE_BADARG(p);
    Term r = make_tuple(p, a[0], a[1], &n);
    if (r == THE_NON_VALUE) RAISE_BADARG(p);
    for (Term l = a[2]; term_is_cons(l); l = term_tl(l)) {
        Term e = term_hd(l);
        size_t i;
        if (!term_is_tuple(e) || term_tuple_arity(e) != 2 || !get_uint(term_tuple_elem(e, 1), &i) || i < 1 || i > n)
            RAISE_BADARG(p);
        term_tuple_elems(r)[i - 1] = term_tuple_elem(e, 2);
    }
    return r;
}

Term bif_erlang_append_element_2(Process *p, Term *a) {
    if (!term_is_tuple(a[0])) RAISE_BADARG(p);
    size_t n = term_tuple_arity(a[0]);
    if (n + 1 > MAX_TUPLE) RAISE_BADARG(p);
    Term r = heap_tuple(p, n + 1);
    memcpy(term_tuple_elems(r), term_tuple_elems(a[0]), n * sizeof(Term));
    term_tuple_elems(r)[n] = a[1];
    return r;
}

Term bif_erlang_delete_element_2(Process *p, Term *a) {
    size_t i;
    if (!get_uint(a[0], &i) || !term_is_tuple(a[1]) || i < 1 || i > term_tuple_arity(a[1])) RAISE_BADARG(p);
    size_t n = term_tuple_arity(a[1]);
    Term r = heap_tuple(p, n - 1);
    Term *s = term_tuple_elems(a[1]), *d = term_tuple_elems(r);
    memcpy(d, s, (i - 1) * sizeof(Term));
    memcpy(d + i - 1, s + i, (n - i) * sizeof(Term));
    return r;
}

Term bif_erlang_insert_element_3(Process *p, Term *a) {
    size_t i;
    if (!get_uint(a[0], &i) || !term_is_tuple(a[1]) || i < 1 || i > term_tuple_arity(a[1]) + 1) RAISE_BADARG(p);
    size_t n = term_tuple_arity(a[1]);
    if (n + 1 > MAX_TUPLE) RAISE_BADARG(p);
    Term r = heap_tuple(p, n + 1);
    Term *s = term_tuple_elems(a[1]), *d = term_tuple_elems(r);
    memcpy(d, s, (i - 1) * sizeof(Term));
    d[i - 1] = a[2];
    memcpy(d + i, s + i - 1, (n - i + 1) * sizeof(Term));
    return r;
}

Term bif_erlang_split_binary_2(Process *p, Term *a) {
    size_t pos;
    if (!term_is_bitstring(a[0]) || !get_uint(a[1], &pos)) RAISE_BADARG(p);
    size_t bits = term_bits(a[0]).bits;
    if (pos > bits / 8) RAISE_BADARG(p);
    Term l = bits_slice(p, a[0], 0, pos * 8);
    Term r = bits_slice(p, a[0], pos * 8, bits - pos * 8);
    return heap_tuple2(p, l, r);
}

/* ---- '++' and '--' -------------------------------------------------- */

Term bif_erlang_append_2(Process *p, Term *a) {
    size_t n;
    if (!bif_list_len(a[0], &n)) RAISE_BADARG(p);
    if (n == 0) return a[1];
    Term *cells = heap_alloc(p, 2 * n);
    size_t i = 0;
    for (Term l = a[0]; term_is_cons(l); l = term_tl(l), i++) {
        cells[2 * i] = term_hd(l);
        cells[2 * i + 1] = i + 1 < n ? term_make_cons(cells + 2 * i + 2) : a[1];
    }
    return term_make_cons(cells);
}

/* Sort terms by the exact order (merge sort; tmp has room for n). */
static void sort_terms(const AtomTable *at, Term *v, Term *tmp, size_t n) {
    if (n < 2) return;
    size_t h = n / 2;
    sort_terms(at, v, tmp, h);
    sort_terms(at, v + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = term_compare_exact(at, v[j], v[i]) < 0 ? v[j++] : v[i++];
    while (i < h) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof(Term));
}

Term bif_erlang_subtract_2(Process *p, Term *a) {
    size_t n, m;
    if (!bif_list_len(a[0], &n) || !bif_list_len(a[1], &m)) RAISE_BADARG(p);
    if (n == 0 || m == 0) return a[0];
    const AtomTable *at = p->vm->atoms;
    /* the right-hand side, sorted; `used` marks elements already removed */
    Term *rhs = (Term *)xmalloc(2 * m * sizeof(Term));
    unsigned char *used = (unsigned char *)calloc(m, 1);
    Term *keep = (Term *)xmalloc(n * sizeof(Term));
    if (!used) { fputs("beamlet: out of memory\n", stderr); abort(); }
    size_t i = 0;
    for (Term l = a[1]; term_is_cons(l); l = term_tl(l)) rhs[i++] = term_hd(l);
    sort_terms(at, rhs, rhs + m, m);
    size_t nkeep = 0;
    for (Term l = a[0]; term_is_cons(l); l = term_tl(l)) {
        Term x = term_hd(l);
        size_t lo = 0, hi = m;
        while (lo < hi) {           /* first index whose element is >= x */
            size_t mid = lo + (hi - lo) / 2;
            if (term_compare_exact(at, rhs[mid], x) < 0) lo = mid + 1; else hi = mid;
        }
        while (lo < m && used[lo] && term_compare_exact(at, rhs[lo], x) == 0) lo++;
        if (lo < m && !used[lo] && term_compare_exact(at, rhs[lo], x) == 0) used[lo] = 1;
        else keep[nkeep++] = x;
    }
    Term r = heap_list(p, keep, nkeep, TERM_NIL);
    free(rhs);
    free(used);
    free(keep);
    return r;
}

/* ---- atoms ---------------------------------------------------------- */

Term bif_erlang_atom_to_list_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_BADARG(p);
    size_t len;
    const uint8_t *s = (const uint8_t *)atom_name(p->vm->atoms, term_atom(a[0]), &len);
    Term cps[ATOM_MAX_LEN * 4];
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t k = utf8_get(s + i, len - i, &c);
        if (!k) { c = s[i]; k = 1; }       /* never: atom names are valid UTF-8 */
        cps[n++] = term_from_small(c);
        i += k;
    }
    return heap_list(p, cps, n, TERM_NIL);
}

/* The UTF-8 text of a list of code points into buf (room for 4*256 bytes);
 * -1 not a string of code points, -2 too long, else the byte length. */
static long chars_to_utf8(Term l, uint8_t *buf) {
    size_t n = 0, chars = 0;
    for (; term_is_cons(l); l = term_tl(l)) {
        Term h = term_hd(l);
        if (!term_is_small(h)) return -1;
        int64_t c = term_small(h);
        if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return -1;
        if (++chars > ATOM_MAX_LEN) return -2;     /* OTP: system_limit whatever follows */
        n += utf8_put(buf + n, (uint32_t)c);
    }
    return l == TERM_NIL ? (long)n : -1;
}

Term bif_erlang_list_to_atom_1(Process *p, Term *a) {
    uint8_t buf[4 * (ATOM_MAX_LEN + 1)];
    long n = chars_to_utf8(a[0], buf);
    if (n == -1) RAISE_BADARG(p);
    if (n == -2) RAISE_ERROR(p, T_ATOM(SYSTEM_LIMIT));
    uint32_t idx = atom_intern(p->vm->atoms, (const char *)buf, (size_t)n);
    if (idx == ATOM_NONE) RAISE_ERROR(p, T_ATOM(SYSTEM_LIMIT));
    return term_from_atom(idx);
}

Term bif_erlang_list_to_existing_atom_1(Process *p, Term *a) {
    uint8_t buf[4 * (ATOM_MAX_LEN + 1)];
    long n = chars_to_utf8(a[0], buf);
    if (n < 0) RAISE_BADARG(p);
    uint32_t idx = atom_lookup(p->vm->atoms, (const char *)buf, (size_t)n);
    if (idx == ATOM_NONE) RAISE_BADARG(p);
    return term_from_atom(idx);
}

enum { ENC_BAD, ENC_LATIN1, ENC_UTF8 };

static int encoding(Term t) {
    if (t == T_ATOM(LATIN1)) return ENC_LATIN1;
    if (t == T_ATOM(UTF8) || t == T_ATOM(UNICODE)) return ENC_UTF8;
    return ENC_BAD;
}

static Term atom_to_binary(Process *p, Term atom, int enc) {
    if (!term_is_atom(atom) || enc == ENC_BAD) RAISE_BADARG(p);
    size_t len;
    const uint8_t *s = (const uint8_t *)atom_name(p->vm->atoms, term_atom(atom), &len);
    if (enc == ENC_UTF8) return heap_binary(p, s, len);
    uint8_t out[ATOM_MAX_LEN * 4];
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t k = utf8_get(s + i, len - i, &c);
        if (!k) { c = s[i]; k = 1; }
        if (c > 255) RAISE_BADARG(p);
        out[n++] = (uint8_t)c;
        i += k;
    }
    return heap_binary(p, out, n);
}

Term bif_erlang_atom_to_binary_1(Process *p, Term *a) { return atom_to_binary(p, a[0], ENC_UTF8); }
Term bif_erlang_atom_to_binary_2(Process *p, Term *a) { return atom_to_binary(p, a[0], encoding(a[1])); }

/* binary_to_atom and binary_to_existing_atom: the UTF-8 name in buf.
 * -1 badarg, -2 system_limit, else the byte length. */
static long binary_atom_name(Term bin, int enc, uint8_t *buf) {
    if (!term_is_binary(bin) || enc == ENC_BAD) return -1;
    BitView v = term_bits(bin);
    size_t nbytes = v.bits / 8, n = 0, chars = 0;
    if (enc == ENC_LATIN1) {
        if (nbytes > ATOM_MAX_LEN) return -2;
        for (size_t i = 0; i < nbytes; i++) n += utf8_put(buf + n, view_byte(v, i));
        return (long)n;
    }
    /* OTP scans in order: a 256th character is system_limit even when it
     * is not valid UTF-8; an invalid sequence before it is badarg */
    size_t window = nbytes < 4 * ATOM_MAX_LEN + 4 ? nbytes : 4 * ATOM_MAX_LEN + 4;
    for (size_t i = 0; i < window; i++) buf[i] = view_byte(v, i);
    size_t i = 0;
    for (; i < nbytes; chars++) {
        uint32_t c;
        if (chars == ATOM_MAX_LEN) return -2;
        size_t k = utf8_get(buf + i, window - i, &c);
        if (!k) return -1;
        i += k;
    }
    return (long)nbytes;
}

static Term binary_to_atom(Process *p, Term bin, int enc, bool existing) {
    uint8_t buf[4 * ATOM_MAX_LEN + 4];
    long n = binary_atom_name(bin, enc, buf);
    if (n == -1 || (n == -2 && existing)) RAISE_BADARG(p);
    if (n == -2) RAISE_ERROR(p, T_ATOM(SYSTEM_LIMIT));
    uint32_t idx = existing ? atom_lookup(p->vm->atoms, (const char *)buf, (size_t)n)
                            : atom_intern(p->vm->atoms, (const char *)buf, (size_t)n);
    if (idx == ATOM_NONE) {
        if (existing) RAISE_BADARG(p);
        RAISE_ERROR(p, T_ATOM(SYSTEM_LIMIT));
    }
    return term_from_atom(idx);
}

Term bif_erlang_binary_to_atom_1(Process *p, Term *a) { return binary_to_atom(p, a[0], ENC_UTF8, false); }
Term bif_erlang_binary_to_atom_2(Process *p, Term *a) { return binary_to_atom(p, a[0], encoding(a[1]), false); }
Term bif_erlang_binary_to_existing_atom_2(Process *p, Term *a) {
    return binary_to_atom(p, a[0], encoding(a[1]), true);
}

/* ---- binaries and lists --------------------------------------------- */

static Term bytes_to_list(Process *p, BitView v, size_t from, size_t n, Term tail) {
    if (n == 0) return tail;
    Term *c = heap_alloc(p, 2 * n);
    for (size_t i = 0; i < n; i++) {
        c[2 * i] = term_from_small(view_byte(v, from + i));
        c[2 * i + 1] = i + 1 < n ? term_make_cons(c + 2 * i + 2) : tail;
    }
    return term_make_cons(c);
}

Term bif_erlang_binary_to_list_1(Process *p, Term *a) {
    if (!term_is_binary(a[0])) RAISE_BADARG(p);
    BitView v = term_bits(a[0]);
    return bytes_to_list(p, v, 0, v.bits / 8, TERM_NIL);
}

Term bif_erlang_binary_to_list_3(Process *p, Term *a) {
    size_t s, e;
    if (!term_is_bitstring(a[0]) || !get_uint(a[1], &s) || !get_uint(a[2], &e)) RAISE_BADARG(p);
    BitView v = term_bits(a[0]);
    if (s < 1 || s > e || e > v.bits / 8) RAISE_BADARG(p);
    return bytes_to_list(p, v, s - 1, e - s + 1, TERM_NIL);
}

Term bif_erlang_bitstring_to_list_1(Process *p, Term *a) {
    if (!term_is_bitstring(a[0])) RAISE_BADARG(p);
    BitView v = term_bits(a[0]);
    size_t nbytes = v.bits / 8;
    Term tail = TERM_NIL;
    if (v.bits % 8) tail = heap_cons(p, bits_slice(p, a[0], nbytes * 8, v.bits % 8), TERM_NIL);
    return bytes_to_list(p, v, 0, nbytes, tail);
}

/* Walk an iolist (bytes, bitstrings, nested lists, bitstring tails)
 * without recursion.  With out == NULL it only counts; else it writes the
 * bits at out (pre-zeroed).  Returns false on a malformed list, or on a
 * bitstring that is not whole bytes unless allow_bits. */
static bool iol_walk(Term t, bool allow_bits, uint8_t *out, size_t *nbits) {
    Term small_stack[64];
    Term *stack = small_stack;
    size_t sp = 0, cap = 64, pos = 0;
    bool ok = true;
    Term x = t;
    for (;;) {
        if (term_is_cons(x)) {
            Term h = term_hd(x), tl = term_tl(x);
            if (term_is_small(h)) {
                int64_t b = term_small(h);
                if (b < 0 || b > 255) { ok = false; break; }
                if (out) {
                    uint8_t c = (uint8_t)b;
                    copy_bits(out, pos, &c, 0, 8);
                }
                pos += 8;
                x = tl;
                continue;
            }
            if (term_is_list(h)) {
                if (tl != TERM_NIL) {
                    if (sp == cap) {
                        cap *= 2;
                        Term *ns = (Term *)xmalloc(cap * sizeof(Term));
                        memcpy(ns, stack, sp * sizeof(Term));
                        if (stack != small_stack) free(stack);
                        stack = ns;
                    }
                    stack[sp++] = tl;
                }
                x = h;
                continue;
            }
            if (!term_is_bitstring(h)) { ok = false; break; }
            x = tl;
            t = h;                  /* fall through to add the bitstring */
        } else if (term_is_bitstring(x)) {
            t = x;
            x = TERM_NIL;
        } else if (x == TERM_NIL) {
            if (sp == 0) break;
            x = stack[--sp];
            continue;
        } else {
            ok = false;
            break;
        }
        BitView v = term_bits(t);
        if (!allow_bits && v.bits % 8) { ok = false; break; }
        if (out) copy_bits(out, pos, v.data, v.offset, v.bits);
        pos += v.bits;
    }
    if (stack != small_stack) free(stack);
    *nbits = pos;
    return ok;
}

/* The bitstring made of an iolist; THE_NON_VALUE when malformed. */
static Term iol_to_bits(Process *p, Term t, bool allow_bits) {
    size_t nbits;
    if (!iol_walk(t, allow_bits, NULL, &nbits)) return THE_NON_VALUE;
    uint8_t *d;
    size_t nbytes = (nbits + 7) / 8;
    Term r = heap_binary_uninit(p, nbytes, &d);
    memset(d, 0, nbytes);
    iol_walk(t, allow_bits, d, &nbits);
    term_box_ptr(r)[1] = (Term)nbits;
    return r;
}

Term bif_erlang_list_to_binary_1(Process *p, Term *a) {
    if (!term_is_list(a[0])) RAISE_BADARG(p);
    Term r = iol_to_bits(p, a[0], false);
    if (r == THE_NON_VALUE) RAISE_BADARG(p);
    return r;
}

Term bif_erlang_list_to_bitstring_1(Process *p, Term *a) {
    if (!term_is_list(a[0])) RAISE_BADARG(p);
    Term r = iol_to_bits(p, a[0], true);
    if (r == THE_NON_VALUE) RAISE_BADARG(p);
    return r;
}

Term bif_iolist_to_binary(Process *p, Term t) {
    if (term_is_binary(t)) return t;
    return term_is_list(t) ? iol_to_bits(p, t, false) : THE_NON_VALUE;
}

Term bif_erlang_iolist_to_binary_1(Process *p, Term *a) {
    if (term_is_binary(a[0])) return a[0];
    if (!term_is_list(a[0])) RAISE_BADARG(p);
    Term r = iol_to_bits(p, a[0], false);
    if (r == THE_NON_VALUE) RAISE_BADARG(p);
    return r;
}

Term bif_erlang_iolist_size_1(Process *p, Term *a) {
    size_t nbits;
    if (!term_is_list(a[0]) && !term_is_binary(a[0])) RAISE_BADARG(p);
    if (!iol_walk(a[0], false, NULL, &nbits)) RAISE_BADARG(p);
    return heap_uint(p, nbits / 8);
}

Term bif_erlang_md5_1(Process *p, Term *a) {
    uint8_t digest[16];
    if (term_is_binary(a[0])) {
        BitView v = term_bits(a[0]);
        if (v.offset % 8 == 0) {
            md5_digest(v.data + v.offset / 8, v.bits / 8, digest);
            return heap_binary(p, digest, 16);
        }
    } else if (!term_is_list(a[0])) {
        RAISE_BADARG(p);
    }
    size_t nbits;
    if (!iol_walk(a[0], false, NULL, &nbits)) RAISE_BADARG(p);
    uint8_t *buf = (uint8_t *)calloc(nbits / 8 + 1, 1);
    if (!buf) { fputs("beamlet: out of memory\n", stderr); abort(); }
    iol_walk(a[0], false, buf, &nbits);
    md5_digest(buf, nbits / 8, digest);
    free(buf);
    return heap_binary(p, digest, 16);
}

/* ---- the external term format (etf.c) ------------------------------- */

Term bif_erlang_term_to_binary_1(Process *p, Term *a) {
    Buf b = {0};
    bool ok = etf_encode(p->vm->atoms, a[0], &b);
    Term r = ok ? heap_binary(p, b.data, b.len) : THE_NON_VALUE;
    buf_free(&b);
    if (!ok) RAISE_BADARG(p);
    return r;
}

Term bif_erlang_binary_to_term_1(Process *p, Term *a) {
    if (!term_is_binary(a[0])) RAISE_BADARG(p);
    BitView v = term_bits(a[0]);
    size_t n = v.bits / 8;
    Term r;
    if (v.offset % 8 == 0) {
        r = etf_decode(p, v.data + v.offset / 8, n, NULL);
    } else {
        uint8_t *tmp = (uint8_t *)xmalloc(n);
        for (size_t i = 0; i < n; i++) tmp[i] = view_byte(v, i);
        r = etf_decode(p, tmp, n, NULL);
        free(tmp);
    }
    if (r == THE_NON_VALUE) RAISE_BADARG(p);
    return r;
}

/* ---- exceptions and control ----------------------------------------- */

Term bif_erlang_error_1(Process *p, Term *a) { return proc_raise(p, ATOM_ERROR, a[0]); }
/* error(Reason, Args): the caller's frame in the stack trace shows Args. */
static Term error_args(Process *p, Term *a) {
    proc_raise(p, ATOM_ERROR, a[0]);
    if (term_is_list(a[1])) {
        p->exc_args = a[1];
        p->exc_frame_args = true;
    }
    return THE_NON_VALUE;
}
Term bif_erlang_error_2(Process *p, Term *a) { return error_args(p, a); }
Term bif_erlang_error_3(Process *p, Term *a) { return error_args(p, a); }
Term bif_erlang_exit_1(Process *p, Term *a) { return proc_raise(p, ATOM_EXIT, a[0]); }
Term bif_erlang_throw_1(Process *p, Term *a) { return proc_raise(p, ATOM_THROW, a[0]); }

/* An arity or an argument list, as in a stack frame. */
static bool frame_arity(Term t) {
    size_t n;
    return (term_is_small(t) && term_small(t) >= 0) || bif_list_len(t, &n);
}

/* One stack frame: {M, F, ArityOrArgs, Location} or {Fun, ArityOrArgs,
 * Location}, or the older forms without Location. */
static bool valid_frame(Term f) {
    size_t n;
    if (!term_is_tuple(f)) return false;
    Term *e = term_tuple_elems(f);
    switch (term_tuple_arity(f)) {
    case 3:
        if (term_is_fun(e[0])) return frame_arity(e[1]) && bif_list_len(e[2], &n);
        return term_is_atom(e[0]) && term_is_atom(e[1]) && frame_arity(e[2]);
    case 4:
        return term_is_atom(e[0]) && term_is_atom(e[1]) && frame_arity(e[2]) && bif_list_len(e[3], &n);
    default:
        return false;
    }
}

/* raise(Class, Reason, Stacktrace): on bad arguments it returns badarg
 * instead of raising, as OTP does. */
Term bif_erlang_raise_3(Process *p, Term *a) {
    uint32_t cls;
    if (a[0] == T_ATOM(ERROR)) cls = ATOM_ERROR;
    else if (a[0] == T_ATOM(EXIT)) cls = ATOM_EXIT;
    else if (a[0] == T_ATOM(THROW)) cls = ATOM_THROW;
    else return T_ATOM(BADARG);
    Term l = a[2];
    for (; term_is_cons(l); l = term_tl(l))
        if (!valid_frame(term_hd(l))) return T_ATOM(BADARG);
    if (l != TERM_NIL) return T_ATOM(BADARG);
    proc_raise(p, cls, a[1]);
    p->exc_trace = a[2];
    p->exc_trace_given = true;
    return THE_NON_VALUE;
}

/* The arguments of an apply into args; false if not a proper list of at
 * most 255 elements. */
static bool apply_args(Term l, Term *args, unsigned *n) {
    unsigned k = 0;
    for (; term_is_cons(l); l = term_tl(l)) {
        if (k == MAX_APPLY_ARGS) return false;
        args[k++] = term_hd(l);
    }
    *n = k;
    return l == TERM_NIL;
}

Term bif_erlang_apply_2(Process *p, Term *a) {
    Term args[MAX_APPLY_ARGS];
    unsigned n;
    if (!apply_args(a[1], args, &n)) RAISE_BADARG(p);
    if (!term_is_fun(a[0])) RAISE_ERROR(p, heap_tuple2(p, T_ATOM(BADFUN), a[0]));
    return bif_trap_fun(p, a[0], args, n);
}

Term bif_erlang_apply_3(Process *p, Term *a) {
    Term args[MAX_APPLY_ARGS];
    unsigned n;
    if (!term_is_atom(a[0]) || !term_is_atom(a[1]) || !apply_args(a[2], args, &n)) RAISE_BADARG(p);
    Export *e = code_export(p->vm, a[0], a[1], n);
    return bif_trap_export(p, e, args, n);
}

static Term halt(Process *p, int status) {
    p->vm->halted = 1;
    p->vm->halt_status = status;
    return proc_raise(p, ATOM_EXIT, T_ATOM(NORMAL));
}

Term bif_erlang_halt_0(Process *p, Term *a) { (void)a; return halt(p, 0); }

Term bif_erlang_halt_1(Process *p, Term *a) {
    Term s = a[0];
    if (term_is_small(s) && term_small(s) >= 0) return halt(p, (int)(term_small(s) & 0x7fffffff));
    if (term_is_atom(s) && s == term_from_atom(atom_lookup(p->vm->atoms, "abort", 5))) return halt(p, 134);
    size_t n;
    if (bif_list_len(s, &n)) {
        /* a slogan: OTP writes a crash dump and exits with status 1 */
        for (Term l = s; term_is_cons(l); l = term_tl(l)) {
            Term c = term_hd(l);
            if (!term_is_small(c) || term_small(c) < 0 || term_small(c) > 0x10ffff) RAISE_BADARG(p);
        }
        return halt(p, 1);
    }
    RAISE_BADARG(p);
}

/* beamlet:stop_when_idle(Status), for init:stop/0,1: like OTP's orderly
 * stop, it is asynchronous.  The scheduler halts with Status once no
 * process can run and no input is waiting for a reader (sched.c), so the
 * caller and the shell go on until then. */
Term bif_beamlet_stop_when_idle_1(Process *p, Term *a) {
    if (!term_is_small(a[0]) || term_small(a[0]) < 0) RAISE_BADARG(p);
    p->vm->stop_requested = true;
    p->vm->stop_status = (int)(term_small(a[0]) & 0x7fffffff);
    return T_OK;
}

/* ---- funs ----------------------------------------------------------- */

/* The value of one fun_info item, or THE_NON_VALUE for an unknown item. */
static Term fun_item(Process *p, Term f, Term item) {
    bool ext = term_boxed_sub(f) == SUB_EXPORT;
    Term v;
    if (item == T_ATOM(ARITY)) v = term_from_small(code_fun_arity(f));
    else if (item == T_ATOM(MODULE)) v = code_fun_module(f);
    else if (item == T_ATOM(TYPE)) v = ext ? T_ATOM(EXTERNAL) : T_ATOM(LOCAL);
    else if (item == T_ATOM(NAME)) {
        if (ext) v = code_fun_export(f)->name;
        else {
            const CodeVersion *cv = (const CodeVersion *)(uintptr_t)term_box_ptr(f)[FUN_VERSION];
            uint32_t i = code_fun_index(f);
            v = T_ATOM(EMPTY);
            if (cv->funcs && i < cv->nlambdas && cv->lambdas[i].func < cv->nfuncs)
                v = cv->funcs[cv->lambdas[i].func].name;
        }
    } else if (item == T_ATOM(ENV)) {
        v = ext ? TERM_NIL
                : heap_list(p, term_box_ptr(f) + FUN_FREE, (size_t)term_box_ptr(f)[FUN_NFREE], TERM_NIL);
    } else if (item == T_ATOM(PID)) v = ext ? T_UNDEFINED : p->pid;
    else if (item == T_ATOM(INDEX) || item == T_ATOM(NEW_INDEX))
        v = ext ? T_UNDEFINED : term_from_small(code_fun_index(f));
    else if (item == T_ATOM(UNIQ)) v = ext ? T_UNDEFINED : term_from_small(code_fun_uniq(f));
    else if (item == T_ATOM(NEW_UNIQ)) {
        if (ext) v = T_UNDEFINED;
        else {
            const CodeVersion *cv = (const CodeVersion *)(uintptr_t)term_box_ptr(f)[FUN_VERSION];
            v = heap_binary(p, cv->md5, 16);
        }
    } else return THE_NON_VALUE;
    return heap_tuple2(p, item, v);
}

Term bif_erlang_fun_info_2(Process *p, Term *a) {
    if (!term_is_fun(a[0])) RAISE_BADARG(p);
    Term r = fun_item(p, a[0], a[1]);
    if (r == THE_NON_VALUE) RAISE_BADARG(p);
    return r;
}

Term bif_erlang_fun_info_1(Process *p, Term *a) {
    static const uint32_t local[] = {ATOM_PID, ATOM_MODULE, ATOM_NEW_INDEX, ATOM_NEW_UNIQ, ATOM_INDEX,
                                     ATOM_UNIQ, ATOM_NAME, ATOM_ARITY, ATOM_ENV, ATOM_TYPE};
    static const uint32_t external[] = {ATOM_MODULE, ATOM_NAME, ATOM_ARITY, ATOM_ENV, ATOM_TYPE};
    if (!term_is_fun(a[0])) RAISE_BADARG(p);
    bool ext = term_boxed_sub(a[0]) == SUB_EXPORT;
    const uint32_t *items = ext ? external : local;
    size_t n = ext ? 5 : 10;
    Term v[10];
    for (size_t i = 0; i < n; i++) v[i] = fun_item(p, a[0], term_from_atom(items[i]));
    return heap_list(p, v, n, TERM_NIL);
}

/* ---- identity ------------------------------------------------------- */

Term bif_erlang_self_0(Process *p, Term *a) { (void)a; return p->pid; }
Term bif_erlang_node_0(Process *p, Term *a) { (void)p; (void)a; return T_ATOM(NONODE); }

Term bif_erlang_node_1(Process *p, Term *a) {
    if (!term_is_pid(a[0]) && !term_is_ref(a[0])) RAISE_BADARG(p);
    return T_ATOM(NONODE);
}

Term bif_erlang_make_ref_0(Process *p, Term *a) { (void)a; return heap_ref(p); }
Term bif_erlang_garbage_collect_0(Process *p, Term *a) { (void)p; (void)a; return T_TRUE; }

/* ---- the process dictionary: a list of {Key, Value}, newest first ---- */

Term bif_erlang_put_2(Process *p, Term *a) {
    size_t i = 0;
    for (Term l = p->dict; term_is_cons(l); l = term_tl(l), i++) {
        Term kv = term_hd(l);
        if (!term_exact_eq(term_tuple_elem(kv, 1), a[0])) continue;
        /* copy the cells before the entry, share the rest */
        Term old = term_tuple_elem(kv, 2);
        Term *c = heap_alloc(p, 2 * (i + 1));
        Term m = p->dict;
        for (size_t j = 0; j <= i; j++, m = term_tl(m)) {
            c[2 * j] = j == i ? heap_tuple2(p, a[0], a[1]) : term_hd(m);
            c[2 * j + 1] = j == i ? term_tl(m) : term_make_cons(c + 2 * j + 2);
        }
        p->dict = term_make_cons(c);
        return old;
    }
    p->dict = heap_cons(p, heap_tuple2(p, a[0], a[1]), p->dict);
    return T_UNDEFINED;
}

Term bif_erlang_get_0(Process *p, Term *a) { (void)a; return p->dict; }

Term bif_erlang_get_1(Process *p, Term *a) {
    for (Term l = p->dict; term_is_cons(l); l = term_tl(l)) {
        Term kv = term_hd(l);
        if (term_exact_eq(term_tuple_elem(kv, 1), a[0])) return term_tuple_elem(kv, 2);
    }
    return T_UNDEFINED;
}

static Term dict_keys(Process *p, bool all, Term val) {
    size_t n;
    bif_list_len(p->dict, &n);
    Term *ks = (Term *)xmalloc(n * sizeof(Term));
    size_t k = 0;
    for (Term l = p->dict; term_is_cons(l); l = term_tl(l)) {
        Term kv = term_hd(l);
        if (all || term_exact_eq(term_tuple_elem(kv, 2), val)) ks[k++] = term_tuple_elem(kv, 1);
    }
    Term r = heap_list(p, ks, k, TERM_NIL);
    free(ks);
    return r;
}

Term bif_erlang_get_keys_0(Process *p, Term *a) { (void)a; return dict_keys(p, true, TERM_NIL); }
Term bif_erlang_get_keys_1(Process *p, Term *a) { return dict_keys(p, false, a[0]); }

Term bif_erlang_erase_0(Process *p, Term *a) {
    (void)a;
    Term d = p->dict;
    p->dict = TERM_NIL;
    return d;
}

Term bif_erlang_erase_1(Process *p, Term *a) {
    size_t i = 0;
    for (Term l = p->dict; term_is_cons(l); l = term_tl(l), i++) {
        Term kv = term_hd(l);
        if (!term_exact_eq(term_tuple_elem(kv, 1), a[0])) continue;
        Term tail = term_tl(l);
        if (i > 0) {
            Term *c = heap_alloc(p, 2 * i);
            Term m = p->dict;
            for (size_t j = 0; j < i; j++, m = term_tl(m)) {
                c[2 * j] = term_hd(m);
                c[2 * j + 1] = j + 1 < i ? term_make_cons(c + 2 * j + 2) : tail;
            }
            tail = term_make_cons(c);
        }
        p->dict = tail;
        return term_tuple_elem(kv, 2);
    }
    return T_UNDEFINED;
}

/* ---- phash2: a portable 32-bit hash of a term (not OTP's values) ----- */

typedef struct Hasher {
    uint64_t h;
} Hasher;

static void mix(Hasher *s, uint64_t x) {
    for (int i = 0; i < 8; i++, x >>= 8) s->h = (s->h ^ (x & 0xff)) * 0x100000001b3ULL;
}

static void mix_bytes(Hasher *s, const uint8_t *d, size_t n) {
    for (size_t i = 0; i < n; i++) s->h = (s->h ^ d[i]) * 0x100000001b3ULL;
}

static void mix_atom(Hasher *s, const AtomTable *at, Term a) {
    size_t len;
    const char *name = atom_name(at, term_atom(a), &len);
    mix(s, 4);
    mix(s, len);
    mix_bytes(s, (const uint8_t *)name, len);
}

/* Hash a term without recursion: equal terms (=:=) hash equal, and the
 * value does not depend on addresses or atom indices. */
static uint32_t hash_term(const AtomTable *at, Term t) {
    Hasher s = {0xcbf29ce484222325ULL};
    Term small_stack[64];
    Term *stack = small_stack;
    size_t sp = 0, cap = 64;
    stack[sp++] = t;
    while (sp > 0) {
        Term x = stack[--sp];
        size_t need = 0;
        if (term_is_tuple(x)) need = term_tuple_arity(x);
        else if (term_is_map(x)) need = 2 * term_map_size(x);
        else if (term_is_cons(x)) need = 2;
        else if (term_is_boxed_sub(x, SUB_FUN)) need = (size_t)term_box_ptr(x)[FUN_NFREE];
        if (sp + need > cap) {
            while (sp + need > cap) cap *= 2;
            Term *ns = (Term *)xmalloc(cap * sizeof(Term));
            memcpy(ns, stack, sp * sizeof(Term));
            if (stack != small_stack) free(stack);
            stack = ns;
        }
        if (term_is_small(x)) { mix(&s, 1); mix(&s, (uint64_t)term_small(x)); }
        else if (term_is_atom(x)) mix_atom(&s, at, x);
        else if (term_is_pid(x)) { mix(&s, 5); mix(&s, (x >> 4)); }
        else if (x == TERM_NIL) mix(&s, 10);
        else if (term_is_cons(x)) {
            mix(&s, 11);
            stack[sp++] = term_tl(x);
            stack[sp++] = term_hd(x);
        } else if (term_is_boxed(x)) {
            Term *b = term_box_ptr(x);
            switch (term_header_sub(b[0])) {
            case SUB_TUPLE: {
                size_t n = term_header_arity(b[0]);
                mix(&s, 9);
                mix(&s, n);
                for (size_t i = n; i > 0; i--) stack[sp++] = b[i];
                break;
            }
            case SUB_POSBIG: case SUB_NEGBIG: {
                size_t n = term_header_arity(b[0]);
                mix(&s, term_header_sub(b[0]));
                for (size_t i = 1; i <= n; i++) mix(&s, b[i]);
                break;
            }
            case SUB_FLOAT: {
                double d = term_float(x);
                uint64_t bits;
                if (d == 0) d = 0;          /* -0.0 =:= 0.0 in OTP 25 */
                memcpy(&bits, &d, sizeof bits);
                mix(&s, 3);
                mix(&s, bits);
                break;
            }
            case SUB_BIN: case SUB_SUBBIN: {
                BitView v = term_bits(x);
                mix(&s, 12);
                mix(&s, v.bits);
                for (size_t i = 0; i < v.bits / 8; i++) s.h = (s.h ^ view_byte(v, i)) * 0x100000001b3ULL;
                if (v.bits % 8) {
                    uint8_t last = 0;
                    copy_bits(&last, 0, v.data, v.offset + v.bits / 8 * 8, v.bits % 8);
                    mix(&s, last);
                }
                break;
            }
            case SUB_MAP: {
                size_t n = term_map_size(x);
                mix(&s, 13);
                mix(&s, n);
                for (size_t i = n; i > 0; i--) {
                    stack[sp++] = term_map_vals(x)[i - 1];
                    stack[sp++] = term_map_keys(x)[i - 1];
                }
                break;
            }
            case SUB_FUN: {
                size_t n = (size_t)b[FUN_NFREE];
                mix(&s, 7);
                mix_atom(&s, at, code_fun_module(x));
                mix(&s, code_fun_index(x));
                mix(&s, code_fun_uniq(x));
                for (size_t i = n; i > 0; i--) stack[sp++] = b[FUN_FREE + i - 1];
                break;
            }
            case SUB_EXPORT: {
                Export *e = code_fun_export(x);
                mix(&s, 8);
                mix_atom(&s, at, e->module);
                mix_atom(&s, at, e->name);
                mix(&s, e->arity);
                break;
            }
            case SUB_REF: mix(&s, 6); mix(&s, b[1]); break;
            default: mix(&s, 15); break;
            }
        }
    }
    if (stack != small_stack) free(stack);
    uint64_t h = s.h;                 /* final avalanche (murmur3 fmix64) */
    h ^= h >> 33; h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return (uint32_t)h;
}

Term bif_erlang_phash2_1(Process *p, Term *a) {
    return term_from_small(hash_term(p->vm->atoms, a[0]) & ((1u << 27) - 1));
}

Term bif_erlang_phash2_2(Process *p, Term *a) {
    uint64_t range;
    if (term_is_small(a[1]) && term_small(a[1]) >= 1 && term_small(a[1]) <= ((int64_t)1 << 32))
        range = (uint64_t)term_small(a[1]);
    else
        RAISE_BADARG(p);
    return term_from_small((int64_t)(hash_term(p->vm->atoms, a[0]) % range));
}
