/* bif_num.c — the number BIFs: the operators as functions (erlang:'+'/2
 * ...), comparisons, abs/float/trunc/round/..., conversions between
 * numbers and text, and math:*.  Error reasons follow OTP 25: conversions
 * and type errors of non-operator BIFs raise badarg, arithmetic badarith. */
#include <math.h>

#include "arith.h"
#include "bif.h"
#include "bignum.h"
#include "buf.h"
#include "compare.h"
#include "floatfmt.h"
#include "vm.h"

/* ---- operators ---- */

Term bif_erlang_plus_2(Process *p, Term *args) { return arith_add(p, args[0], args[1]); }
Term bif_erlang_minus_2(Process *p, Term *args) { return arith_sub(p, args[0], args[1]); }
Term bif_erlang_times_2(Process *p, Term *args) { return arith_mul(p, args[0], args[1]); }
Term bif_erlang_fdiv_2(Process *p, Term *args) { return arith_fdiv(p, args[0], args[1]); }
Term bif_erlang_div_2(Process *p, Term *args) { return arith_idiv(p, args[0], args[1]); }
Term bif_erlang_rem_2(Process *p, Term *args) { return arith_rem(p, args[0], args[1]); }
Term bif_erlang_band_2(Process *p, Term *args) { return arith_band(p, args[0], args[1]); }
Term bif_erlang_bor_2(Process *p, Term *args) { return arith_bor(p, args[0], args[1]); }
Term bif_erlang_bxor_2(Process *p, Term *args) { return arith_bxor(p, args[0], args[1]); }
Term bif_erlang_bsl_2(Process *p, Term *args) { return arith_bsl(p, args[0], args[1]); }
Term bif_erlang_bsr_2(Process *p, Term *args) { return arith_bsr(p, args[0], args[1]); }
Term bif_erlang_bnot_1(Process *p, Term *args) { return arith_bnot(p, args[0]); }
Term bif_erlang_neg_1(Process *p, Term *args) { return arith_neg(p, args[0]); }

Term bif_erlang_pos_1(Process *p, Term *args) {
    if (!term_is_number(args[0])) RAISE_BADARITH(p);
    return args[0];
}

static bool is_bool(Term t) { return t == T_TRUE || t == T_FALSE; }
static Term boolean(bool b) { return b ? T_TRUE : T_FALSE; }

Term bif_erlang_not_1(Process *p, Term *args) {
    if (!is_bool(args[0])) RAISE_BADARG(p);
    return boolean(args[0] == T_FALSE);
}

Term bif_erlang_and_2(Process *p, Term *args) {
    if (!is_bool(args[0]) || !is_bool(args[1])) RAISE_BADARG(p);
    return boolean(args[0] == T_TRUE && args[1] == T_TRUE);
}

Term bif_erlang_or_2(Process *p, Term *args) {
    if (!is_bool(args[0]) || !is_bool(args[1])) RAISE_BADARG(p);
    return boolean(args[0] == T_TRUE || args[1] == T_TRUE);
}

Term bif_erlang_xor_2(Process *p, Term *args) {
    if (!is_bool(args[0]) || !is_bool(args[1])) RAISE_BADARG(p);
    return boolean(args[0] != args[1]);
}

static int compare(Process *p, Term *args) { return term_compare(p->vm->atoms, args[0], args[1]); }

Term bif_erlang_eq_2(Process *p, Term *args) { return boolean(compare(p, args) == 0); }
Term bif_erlang_ne_2(Process *p, Term *args) { return boolean(compare(p, args) != 0); }
Term bif_erlang_lt_2(Process *p, Term *args) { return boolean(compare(p, args) < 0); }
Term bif_erlang_le_2(Process *p, Term *args) { return boolean(compare(p, args) <= 0); }
Term bif_erlang_gt_2(Process *p, Term *args) { return boolean(compare(p, args) > 0); }
Term bif_erlang_ge_2(Process *p, Term *args) { return boolean(compare(p, args) >= 0); }

Term bif_erlang_exact_eq_2(Process *p, Term *args) {
    (void)p;
    return boolean(term_exact_eq(args[0], args[1]));
}

Term bif_erlang_exact_ne_2(Process *p, Term *args) {
    (void)p;
    return boolean(!term_exact_eq(args[0], args[1]));
}

/* ---- abs, float, rounding, max/min ---- */

Term bif_erlang_abs_1(Process *p, Term *args) {
    Term a = args[0];
    if (term_is_float(a)) {
        double d = term_float(a);
        return d < 0 ? heap_float(p, -d) : a;       /* -0.0 stays -0.0, as OTP */
    }
    if (!term_is_integer(a)) RAISE_BADARG(p);
    return big_sign(a) < 0 ? big_neg(p, a) : a;
}

Term bif_erlang_float_1(Process *p, Term *args) {
    Term a = args[0];
    if (term_is_float(a)) return a;
    double d;
    if (!term_is_integer(a) || !big_to_double(a, &d)) RAISE_BADARG(p);
    return heap_float(p, d);
}

typedef double (*RoundFn)(double);

static Term float_to_int(Process *p, Term a, RoundFn fn) {
    if (term_is_integer(a)) return a;
    if (!term_is_float(a)) RAISE_BADARG(p);
    return big_from_double(p, fn(term_float(a)));
}

Term bif_erlang_trunc_1(Process *p, Term *args) { return float_to_int(p, args[0], trunc); }
Term bif_erlang_round_1(Process *p, Term *args) { return float_to_int(p, args[0], round); }
Term bif_erlang_ceil_1(Process *p, Term *args) { return float_to_int(p, args[0], ceil); }
Term bif_erlang_floor_1(Process *p, Term *args) { return float_to_int(p, args[0], floor); }

/* when equal, both return their first argument (max(1, 1.0) is 1) */
Term bif_erlang_max_2(Process *p, Term *args) { return compare(p, args) < 0 ? args[1] : args[0]; }
Term bif_erlang_min_2(Process *p, Term *args) { return compare(p, args) > 0 ? args[1] : args[0]; }

/* ---- text ---- */

/* The bytes of a proper list of characters 0..255; false otherwise. */
static bool list_bytes(Term l, Buf *b) {
    while (term_is_cons(l)) {
        Term c = term_hd(l);
        if (!term_is_small(c) || term_small(c) < 0 || term_small(c) > 255) return false;
        buf_addc(b, (char)term_small(c));
        l = term_tl(l);
    }
    return l == TERM_NIL;
}

/* The bytes of a binary (not a bitstring of another length); false otherwise. */
static bool binary_bytes(Term t, Buf *b) {
    if (!term_is_binary(t)) return false;
    BitView v = term_bits(t);
    size_t n = v.bits / 8;
    buf_reserve(b, n);
    if (v.offset % 8 == 0) {
        if (n) memcpy(b->data + b->len, v.data + v.offset / 8, n);
    } else {
        unsigned sh = (unsigned)(v.offset % 8);
        const uint8_t *d = v.data + v.offset / 8;
        for (size_t i = 0; i < n; i++)
            b->data[b->len + i] = (char)(uint8_t)((d[i] << sh) | (d[i + 1] >> (8 - sh)));
    }
    b->len += n;
    b->data[b->len] = 0;
    return true;
}

static bool get_base(Term t, int *base) {
    if (!term_is_small(t) || term_small(t) < 2 || term_small(t) > 36) return false;
    *base = (int)term_small(t);
    return true;
}

static Term int_to_text(Process *p, Term a, Term base_t, bool binary) {
    int base = 10;
    if (!term_is_integer(a)) RAISE_BADARG(p);
    if (base_t != THE_NON_VALUE && !get_base(base_t, &base)) RAISE_BADARG(p);
    Buf b = {0};
    big_to_text(a, base, &b);
    Term r = binary ? heap_binary(p, b.data, b.len) : heap_string(p, b.data, b.len);
    buf_free(&b);
    return r;
}

Term bif_erlang_integer_to_list_1(Process *p, Term *args) { return int_to_text(p, args[0], THE_NON_VALUE, false); }
Term bif_erlang_integer_to_list_2(Process *p, Term *args) { return int_to_text(p, args[0], args[1], false); }
Term bif_erlang_integer_to_binary_1(Process *p, Term *args) { return int_to_text(p, args[0], THE_NON_VALUE, true); }
Term bif_erlang_integer_to_binary_2(Process *p, Term *args) { return int_to_text(p, args[0], args[1], true); }

static Term text_to_int(Process *p, Term t, Term base_t, bool binary) {
    int base = 10;
    if (base_t != THE_NON_VALUE && !get_base(base_t, &base)) RAISE_BADARG(p);
    Buf b = {0};
    bool ok = binary ? binary_bytes(t, &b) : list_bytes(t, &b);
    Term r = THE_NON_VALUE;
    if (ok) ok = big_parse(p, b.data ? b.data : "", b.len, base, &r);
    buf_free(&b);
    if (!ok) RAISE_BADARG(p);
    return r;                   /* THE_NON_VALUE if big_parse raised */
}

Term bif_erlang_list_to_integer_1(Process *p, Term *args) { return text_to_int(p, args[0], THE_NON_VALUE, false); }
Term bif_erlang_list_to_integer_2(Process *p, Term *args) { return text_to_int(p, args[0], args[1], false); }
Term bif_erlang_binary_to_integer_1(Process *p, Term *args) { return text_to_int(p, args[0], THE_NON_VALUE, true); }
Term bif_erlang_binary_to_integer_2(Process *p, Term *args) { return text_to_int(p, args[0], args[1], true); }

enum { FMT_DEFAULT, FMT_SHORT, FMT_DECIMALS, FMT_SCIENTIFIC };

/* float_to_list/2 and float_to_binary/2: the options, the last format wins */
static Term float_to_text(Process *p, Term f, Term opts, bool binary) {
    if (!term_is_float(f)) RAISE_BADARG(p);
    int fmt = FMT_DEFAULT, n = 0;
    bool compact = false;
    for (; term_is_cons(opts); opts = term_tl(opts)) {
        Term o = term_hd(opts);
        if (o == T_ATOM(SHORT)) {
            fmt = FMT_SHORT;
        } else if (o == T_ATOM(COMPACT)) {
            compact = true;
        } else if (term_is_tuple(o) && term_tuple_arity(o) == 2 && term_is_small(term_tuple_elem(o, 2))) {
            Term k = term_tuple_elem(o, 1);
            int64_t v = term_small(term_tuple_elem(o, 2));
            if (k == T_ATOM(DECIMALS) && v >= 0 && v <= 253) fmt = FMT_DECIMALS;
            else if (k == T_ATOM(SCIENTIFIC) && v >= 0 && v <= 249) fmt = FMT_SCIENTIFIC;
            else RAISE_BADARG(p);
            n = (int)v;
        } else {
            RAISE_BADARG(p);
        }
    }
    if (opts != TERM_NIL) RAISE_BADARG(p);
    double d = term_float(f);
    Buf b = {0};
    bool ok = true;
    switch (fmt) {
    case FMT_SHORT: flt_short(d, &b); break;
    case FMT_DECIMALS: ok = flt_decimals(d, n, compact, &b); break;
    case FMT_SCIENTIFIC: ok = flt_scientific(d, n, &b); break;
    default: flt_to_list_default(d, &b); break;
    }
    Term r = THE_NON_VALUE;
    if (ok) r = binary ? heap_binary(p, b.data, b.len) : heap_string(p, b.data, b.len);
    buf_free(&b);
    if (!ok) RAISE_BADARG(p);
    return r;
}

Term bif_erlang_float_to_list_1(Process *p, Term *args) { return float_to_text(p, args[0], TERM_NIL, false); }
Term bif_erlang_float_to_list_2(Process *p, Term *args) { return float_to_text(p, args[0], args[1], false); }
Term bif_erlang_float_to_binary_1(Process *p, Term *args) { return float_to_text(p, args[0], TERM_NIL, true); }
Term bif_erlang_float_to_binary_2(Process *p, Term *args) { return float_to_text(p, args[0], args[1], true); }

static Term text_to_float(Process *p, Term t, bool binary) {
    Buf b = {0};
    double d = 0;
    bool ok = binary ? binary_bytes(t, &b) : list_bytes(t, &b);
    if (ok) ok = flt_parse(b.data ? b.data : "", b.len, &d);
    buf_free(&b);
    if (!ok) RAISE_BADARG(p);
    return heap_float(p, d);
}

Term bif_erlang_list_to_float_1(Process *p, Term *args) { return text_to_float(p, args[0], false); }
Term bif_erlang_binary_to_float_1(Process *p, Term *args) { return text_to_float(p, args[0], true); }

/* ---- math ---- */

/* A math argument: badarg for a non-number, badarith for an integer too
 * large for a double (as OTP). */
static bool math_arg(Process *p, Term t, double *d) {
    if (!term_is_number(t)) {
        proc_raise(p, ATOM_ERROR, T_ATOM(BADARG));
        return false;
    }
    if (!arith_to_double(t, d)) {
        proc_raise(p, ATOM_ERROR, T_ATOM(BADARITH));
        return false;
    }
    return true;
}

/* the result, or badarith when it is NaN or infinite */
static Term math_result(Process *p, double r) {
    if (!isfinite(r)) RAISE_BADARITH(p);
    return heap_float(p, r);
}

static Term math1(Process *p, Term a, double (*fn)(double)) {
    double x;
    if (!math_arg(p, a, &x)) return THE_NON_VALUE;
    return math_result(p, fn(x));
}

static Term math2(Process *p, Term a, Term b, double (*fn)(double, double)) {
    double x, y;
    if (!math_arg(p, a, &x) || !math_arg(p, b, &y)) return THE_NON_VALUE;
    return math_result(p, fn(x, y));
}

Term bif_math_pi_0(Process *p, Term *args) {
    (void)args;
    return heap_float(p, 3.14159265358979323846);
}

Term bif_math_sqrt_1(Process *p, Term *args) { return math1(p, args[0], sqrt); }
Term bif_math_exp_1(Process *p, Term *args) { return math1(p, args[0], exp); }
Term bif_math_log_1(Process *p, Term *args) { return math1(p, args[0], log); }
Term bif_math_log2_1(Process *p, Term *args) { return math1(p, args[0], log2); }
Term bif_math_log10_1(Process *p, Term *args) { return math1(p, args[0], log10); }
Term bif_math_sin_1(Process *p, Term *args) { return math1(p, args[0], sin); }
Term bif_math_cos_1(Process *p, Term *args) { return math1(p, args[0], cos); }
Term bif_math_tan_1(Process *p, Term *args) { return math1(p, args[0], tan); }
Term bif_math_atan_1(Process *p, Term *args) { return math1(p, args[0], atan); }
Term bif_math_floor_1(Process *p, Term *args) { return math1(p, args[0], floor); }
Term bif_math_ceil_1(Process *p, Term *args) { return math1(p, args[0], ceil); }
Term bif_math_pow_2(Process *p, Term *args) { return math2(p, args[0], args[1], pow); }
Term bif_math_atan2_2(Process *p, Term *args) { return math2(p, args[0], args[1], atan2); }
