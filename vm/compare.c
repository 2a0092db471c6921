/* compare.c — Erlang's term order (==, <), the exact order of map keys and
 * exact equality (=:=).  One comparison walks both terms; list tails and the
 * last element of a tuple are followed in a loop, so long lists (and chains
 * of nested tuples in the last position) do not use C stack. */
#include "compare.h"

#include "bignum.h"
#include "code.h"

typedef enum {
    MODE_ORDER,   /* ==, <: numbers by value, map keys in exact order */
    MODE_EXACT,   /* map-key order: numbers of equal value, integer first */
    MODE_EQ,      /* =:=, only zero / non-zero matters; no atom table */
} Mode;

/* the rank of each type in the standard order */
enum {
    R_NUMBER, R_ATOM, R_REF, R_FUN, R_PORT, R_PID, R_TUPLE, R_MAP, R_NIL, R_LIST, R_BITS,
};

static int rank(Term t) {
    if (term_is_small(t)) return R_NUMBER;
    if (term_is_atom(t)) return R_ATOM;
    if (term_is_pid(t)) return R_PID;
    if (t == TERM_NIL) return R_NIL;
    if (term_is_cons(t)) return R_LIST;
    if (term_is_boxed(t)) {
        switch (term_boxed_sub(t)) {
        case SUB_TUPLE: return R_TUPLE;
        case SUB_POSBIG: case SUB_NEGBIG: case SUB_FLOAT: return R_NUMBER;
        case SUB_BIN: case SUB_SUBBIN: return R_BITS;
        case SUB_MAP: return R_MAP;
        case SUB_FUN: case SUB_EXPORT: return R_FUN;
        case SUB_REF: return R_REF;
        default: break;
        }
    }
    return R_NUMBER;   /* not a term: never happens */
}

static int sgn(int64_t d) { return (d > 0) - (d < 0); }

static int cmp_atoms(const AtomTable *atoms, Term a, Term b) {
    if (a == b) return 0;
    if (!atoms) return term_atom(a) < term_atom(b) ? -1 : 1;
    size_t la, lb;
    const char *sa = atom_name(atoms, term_atom(a), &la);
    const char *sb = atom_name(atoms, term_atom(b), &lb);
    int c = memcmp(sa, sb, la < lb ? la : lb);
    if (c) return c < 0 ? -1 : 1;
    return sgn((int64_t)la - (int64_t)lb);
}

static int cmp_numbers(Term a, Term b, Mode mode) {
    bool fa = term_is_float(a), fb = term_is_float(b);
    if (fa && fb) {
        double x = term_float(a), y = term_float(b);
        return (x > y) - (x < y);
    }
    if (!fa && !fb) return big_compare(a, b);
    if (mode != MODE_ORDER) return fa ? 1 : -1;     /* integers before floats */
    if (fa) return -big_compare_double(b, term_float(a));
    return big_compare_double(a, term_float(b));
}

/* nbits (1..8) bits of v starting at byte i, left-aligned in a byte */
static unsigned bits_byte(const BitView *v, size_t i, unsigned nbits) {
    size_t pos = v->offset + 8 * i;
    unsigned sh = (unsigned)(pos % 8);
    unsigned val = ((unsigned)v->data[pos / 8] << sh) & 0xff;
    if (sh + nbits > 8) val |= v->data[pos / 8 + 1] >> (8 - sh);
    return val & (0xffu << (8 - nbits)) & 0xff;
}

/* bit by bit, then the shorter first */
static int cmp_bits(Term a, Term b) {
    BitView va = term_bits(a), vb = term_bits(b);
    size_t n = va.bits < vb.bits ? va.bits : vb.bits;
    size_t full = n / 8;
    if (va.offset % 8 == 0 && vb.offset % 8 == 0) {
        int c = full ? memcmp(va.data + va.offset / 8, vb.data + vb.offset / 8, full) : 0;
        if (c) return c < 0 ? -1 : 1;
    } else {
        for (size_t i = 0; i < full; i++) {
            unsigned x = bits_byte(&va, i, 8), y = bits_byte(&vb, i, 8);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    if (n % 8) {
        unsigned x = bits_byte(&va, full, (unsigned)(n % 8));
        unsigned y = bits_byte(&vb, full, (unsigned)(n % 8));
        if (x != y) return x < y ? -1 : 1;
    }
    return sgn((int64_t)va.bits - (int64_t)vb.bits);
}

static int cmp(const AtomTable *atoms, Term a, Term b, Mode mode);

static int cmp_funs(const AtomTable *atoms, Term a, Term b, Mode mode) {
    unsigned sa = term_boxed_sub(a), sb = term_boxed_sub(b);
    if (sa != sb) return sa == SUB_FUN ? -1 : 1;       /* local funs first */
    int c;
    if (sa == SUB_EXPORT) {
        Export *ea = code_fun_export(a), *eb = code_fun_export(b);
        if (ea == eb) return 0;
        if ((c = cmp_atoms(atoms, ea->module, eb->module))) return c;
        if ((c = cmp_atoms(atoms, ea->name, eb->name))) return c;
        return sgn((int64_t)ea->arity - (int64_t)eb->arity);
    }
    if ((c = cmp_atoms(atoms, code_fun_module(a), code_fun_module(b)))) return c;
    if ((c = sgn((int64_t)code_fun_index(a) - (int64_t)code_fun_index(b)))) return c;
    if ((c = sgn((int64_t)code_fun_uniq(a) - (int64_t)code_fun_uniq(b)))) return c;
    Term *pa = term_box_ptr(a), *pb = term_box_ptr(b);
    size_t na = (size_t)pa[FUN_NFREE], nb = (size_t)pb[FUN_NFREE];
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = 0; i < na; i++)
        if ((c = cmp(atoms, pa[FUN_FREE + i], pb[FUN_FREE + i], mode))) return c;
    return 0;
}

static int cmp_maps(const AtomTable *atoms, Term a, Term b, Mode mode) {
    size_t na = term_map_size(a), nb = term_map_size(b);
    if (na != nb) return na < nb ? -1 : 1;
    Term *ka = term_map_keys(a), *kb = term_map_keys(b);
    Mode keymode = mode == MODE_EQ ? MODE_EQ : MODE_EXACT;
    int c;
    for (size_t i = 0; i < na; i++)
        if ((c = cmp(atoms, ka[i], kb[i], keymode))) return c;
    Term *va = term_map_vals(a), *vb = term_map_vals(b);
    for (size_t i = 0; i < na; i++)
        if ((c = cmp(atoms, va[i], vb[i], mode))) return c;
    return 0;
}

static int cmp(const AtomTable *atoms, Term a, Term b, Mode mode) {
    for (;;) {
        if (a == b) return 0;
        int ra = rank(a), rb = rank(b);
        if (ra != rb) return ra < rb ? -1 : 1;
        switch (ra) {
        case R_NUMBER:
            return cmp_numbers(a, b, mode);
        case R_ATOM:
            return cmp_atoms(atoms, a, b);
        case R_PID:
            return term_pid_serial(a) != term_pid_serial(b) ? (term_pid_serial(a) < term_pid_serial(b) ? -1 : 1)
                                                           : (term_pid_index(a) < term_pid_index(b) ? -1 : 1);
        case R_REF: {
            uint64_t x = term_box_ptr(a)[1], y = term_box_ptr(b)[1];
            return (x > y) - (x < y);
        }
        case R_FUN:
            return cmp_funs(atoms, a, b, mode);
        case R_MAP:
            return cmp_maps(atoms, a, b, mode);
        case R_BITS:
            return cmp_bits(a, b);
        case R_TUPLE: {
            size_t na = term_tuple_arity(a), nb = term_tuple_arity(b);
            if (na != nb) return na < nb ? -1 : 1;
            if (na == 0) return 0;
            for (size_t i = 1; i < na; i++) {
                int c = cmp(atoms, term_tuple_elem(a, i), term_tuple_elem(b, i), mode);
                if (c) return c;
            }
            a = term_tuple_elem(a, na);
            b = term_tuple_elem(b, nb);
            continue;
        }
        case R_LIST: {
            int c = cmp(atoms, term_hd(a), term_hd(b), mode);
            if (c) return c;
            a = term_tl(a);
            b = term_tl(b);
            continue;
        }
        default:                 /* R_NIL: a == b already handled */
            return 0;
        }
    }
}

int term_compare(const AtomTable *atoms, Term a, Term b) { return cmp(atoms, a, b, MODE_ORDER); }

int term_compare_exact(const AtomTable *atoms, Term a, Term b) { return cmp(atoms, a, b, MODE_EXACT); }

bool term_exact_eq(Term a, Term b) { return cmp(NULL, a, b, MODE_EQ) == 0; }
