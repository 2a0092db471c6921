/* bignum.c — integer arithmetic on small and big integers through GMP.
 * Fast paths handle small operands in plain C; everything else reads the
 * operands through read-only mpz views and copies the result to the heap. */
#include "bignum.h"

#include <math.h>
#include <stdlib.h>

#include "atom.h"
#include "heap.h"
#include "process.h"

_Static_assert(sizeof(mp_limb_t) == sizeof(Term), "GMP limbs must be one word");
_Static_assert(GMP_NAIL_BITS == 0, "GMP must not use nail bits");

mpz_srcptr big_view(BigView *v, Term t) {
    if (term_is_small(t)) {
        int64_t i = term_small(t);
        v->limb = i < 0 ? (mp_limb_t)0 - (mp_limb_t)i : (mp_limb_t)i;
        return mpz_roinit_n(v->z, &v->limb, i < 0 ? -1 : i > 0 ? 1 : 0);
    }
    Term *h = term_box_ptr(t);
    size_t n = term_header_arity(h[0]);
    while (n > 0 && h[n] == 0) n--;          /* defensive: stay normalised */
    mp_size_t sz = (mp_size_t)n;
    if (term_header_sub(h[0]) == SUB_NEGBIG) sz = -sz;
    return mpz_roinit_n(v->z, (const mp_limb_t *)(h + 1), sz);
}

void big_to_mpz(Term t, mpz_t out) {
    BigView v;
    mpz_set(out, big_view(&v, t));
}

Term big_from_mpz(Process *p, mpz_srcptr z) {
    size_t n = mpz_size(z);
    int sign = mpz_sgn(z);
    if (n == 0) return term_from_small(0);
    if (n == 1) {
        mp_limb_t l = mpz_getlimbn(z, 0);
        if (sign > 0 && l <= (mp_limb_t)MAX_SMALL) return term_from_small((int64_t)l);
        if (sign < 0 && l <= (mp_limb_t)MAX_SMALL + 1) return term_from_small(-(int64_t)(l - 1) - 1);
    }
    if (n > BIG_MAX_LIMBS) return proc_raise(p, ATOM_ERROR, T_ATOM(SYSTEM_LIMIT));
    Term *h = heap_alloc(p, BIG_WORDS(n));
    h[0] = term_make_header(n, sign < 0 ? SUB_NEGBIG : SUB_POSBIG);
    memcpy(h + 1, mpz_limbs_read(z), n * sizeof(Term));
    return term_make_boxed(h);
}

/* ---- the generic GMP path ---- */

typedef void (*MpzOp2)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static Term gmp2(Process *p, Term a, Term b, MpzOp2 op) {
    BigView va, vb;
    mpz_t r;
    mpz_init(r);
    op(r, big_view(&va, a), big_view(&vb, b));
    Term t = big_from_mpz(p, r);
    mpz_clear(r);
    return t;
}

/* an integer's size in limbs */
static size_t limbs_of(Term t) {
    return term_is_small(t) ? 1 : term_header_arity(term_boxed_header(t));
}

static Term too_big(Process *p) { return proc_raise(p, ATOM_ERROR, T_ATOM(SYSTEM_LIMIT)); }

Term big_add(Process *p, Term a, Term b) {
    if (term_is_small(a) && term_is_small(b)) return heap_int(p, term_small(a) + term_small(b));
    return gmp2(p, a, b, mpz_add);
}

Term big_sub(Process *p, Term a, Term b) {
    if (term_is_small(a) && term_is_small(b)) return heap_int(p, term_small(a) - term_small(b));
    return gmp2(p, a, b, mpz_sub);
}

Term big_mul(Process *p, Term a, Term b) {
    if (term_is_small(a) && term_is_small(b)) {
        int64_t r;
        if (!__builtin_mul_overflow(term_small(a), term_small(b), &r)) return heap_int(p, r);
    }
    if (big_sign(a) == 0 || big_sign(b) == 0) return term_from_small(0);
    /* do not let GMP build a product far beyond the limit */
    if (limbs_of(a) + limbs_of(b) > BIG_MAX_LIMBS + 2) return too_big(p);
    return gmp2(p, a, b, mpz_mul);
}

Term big_div(Process *p, Term a, Term b) {
    if (term_is_small(a) && term_is_small(b)) return heap_int(p, term_small(a) / term_small(b));
    return gmp2(p, a, b, mpz_tdiv_q);
}

Term big_rem(Process *p, Term a, Term b) {
    if (term_is_small(a) && term_is_small(b)) return term_from_small(term_small(a) % term_small(b));
    return gmp2(p, a, b, mpz_tdiv_r);
}

Term big_band(Process *p, Term a, Term b) {
    if (term_is_small(a) && term_is_small(b)) return term_from_small(term_small(a) & term_small(b));
    return gmp2(p, a, b, mpz_and);
}

Term big_bor(Process *p, Term a, Term b) {
    if (term_is_small(a) && term_is_small(b)) return term_from_small(term_small(a) | term_small(b));
    return gmp2(p, a, b, mpz_ior);
}

Term big_bxor(Process *p, Term a, Term b) {
    if (term_is_small(a) && term_is_small(b)) return term_from_small(term_small(a) ^ term_small(b));
    return gmp2(p, a, b, mpz_xor);
}

Term big_bnot(Process *p, Term a) {
    if (term_is_small(a)) return term_from_small(~term_small(a));
    BigView va;
    mpz_t r;
    mpz_init(r);
    mpz_com(r, big_view(&va, a));
    Term t = big_from_mpz(p, r);
    mpz_clear(r);
    return t;
}

Term big_neg(Process *p, Term a) {
    if (term_is_small(a)) return heap_int(p, -term_small(a));
    BigView va;
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, big_view(&va, a));
    Term t = big_from_mpz(p, r);
    mpz_clear(r);
    return t;
}

/* a shifted left by s bits (s < 0: right, rounding toward minus infinity) */
static Term shift(Process *p, Term a, int64_t s) {
    if (big_sign(a) == 0) return term_from_small(0);
    if (term_is_small(a)) {
        int64_t v = term_small(a);
        if (s <= 0) {
            if (s <= -63) return term_from_small(v < 0 ? -1 : 0);
            return term_from_small(v >> -s);
        }
        if (s < 60 && v <= (MAX_SMALL >> s) && v >= (MIN_SMALL >> s))
            return term_from_small((int64_t)((uint64_t)v << s));
    }
    BigView va;
    mpz_srcptr z = big_view(&va, a);
    if (s > 0) {
        /* size of the result in bits, checked before GMP allocates it */
        uint64_t bits = (uint64_t)mpz_sizeinbase(z, 2) + (uint64_t)s;
        if ((uint64_t)s > (uint64_t)BIG_MAX_LIMBS * 64 || bits > (uint64_t)BIG_MAX_LIMBS * 64)
            return too_big(p);
    }
    mpz_t r;
    mpz_init(r);
    if (s >= 0) mpz_mul_2exp(r, z, (mp_bitcnt_t)s);
    else if ((uint64_t)-s >= (uint64_t)mpz_sizeinbase(z, 2))
        mpz_set_si(r, mpz_sgn(z) < 0 ? -1 : 0);
    else mpz_fdiv_q_2exp(r, z, (mp_bitcnt_t)-s);
    Term t = big_from_mpz(p, r);
    mpz_clear(r);
    return t;
}

/* a shift by a bignum count: everything or nothing */
static Term shift_huge(Process *p, Term a, bool left) {
    if (big_sign(a) == 0) return term_from_small(0);
    if (left) return too_big(p);
    return term_from_small(big_sign(a) < 0 ? -1 : 0);
}

Term big_bsl(Process *p, Term a, Term n) {
    if (!term_is_small(n)) return shift_huge(p, a, big_sign(n) > 0);
    return shift(p, a, term_small(n));
}

Term big_bsr(Process *p, Term a, Term n) {
    if (!term_is_small(n)) return shift_huge(p, a, big_sign(n) < 0);
    return shift(p, a, -term_small(n));
}

int big_sign(Term a) {
    if (term_is_small(a)) {
        int64_t v = term_small(a);
        return (v > 0) - (v < 0);
    }
    return term_boxed_sub(a) == SUB_NEGBIG ? -1 : 1;
}

int big_compare(Term a, Term b) {
    if (term_is_small(a) && term_is_small(b)) {
        int64_t x = term_small(a), y = term_small(b);
        return (x > y) - (x < y);
    }
    BigView va, vb;
    int c = mpz_cmp(big_view(&va, a), big_view(&vb, b));
    return (c > 0) - (c < 0);
}

int big_compare_double(Term a, double d) {
    if (term_is_small(a)) {
        int64_t v = term_small(a);
        /* |v| <= 2^53 converts exactly */
        if (v <= ((int64_t)1 << 53) && v >= -((int64_t)1 << 53)) {
            double x = (double)v;
            return (x > d) - (x < d);
        }
    }
    BigView va;
    int c = mpz_cmp_d(big_view(&va, a), d);
    return (c > 0) - (c < 0);
}

bool big_to_double(Term a, double *out) {
    if (term_is_small(a)) {
        *out = (double)term_small(a);
        return true;
    }
    /* as OTP: fold the limbs from the most significant, rounding each step */
    Term *h = term_box_ptr(a);
    size_t n = term_header_arity(h[0]);
    double d = 0.0;
    for (size_t i = n; i > 0; i--) {
        d = d * 18446744073709551616.0 + (double)h[i];
        if (!isfinite(d)) return false;
    }
    *out = term_header_sub(h[0]) == SUB_NEGBIG ? -d : d;
    return true;
}

Term big_from_double(Process *p, double d) {
    if (d > -1152921504606846976.0 && d < 1152921504606846976.0)   /* |d| < 2^60 */
        return heap_int(p, (int64_t)d);
    mpz_t r;
    mpz_init_set_d(r, d);
    Term t = big_from_mpz(p, r);
    mpz_clear(r);
    return t;
}

void big_to_text(Term a, int base, Buf *out) {
    if (base < 2 || base > 36) base = 10;
    if (term_is_small(a)) {
        int64_t v = term_small(a);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        char tmp[72];
        size_t i = sizeof tmp;
        do {
            unsigned dgt = (unsigned)(m % (unsigned)base);
            tmp[--i] = (char)(dgt < 10 ? '0' + dgt : 'A' + dgt - 10);
            m /= (unsigned)base;
        } while (m);
        if (v < 0) tmp[--i] = '-';
        buf_add(out, tmp + i, sizeof tmp - i);
        return;
    }
    BigView va;
    mpz_srcptr z = big_view(&va, a);
    size_t n = mpz_sizeinbase(z, base) + 2;
    buf_reserve(out, n);
    mpz_get_str(out->data + out->len, -base, z);
    out->len += strlen(out->data + out->len);
}

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

bool big_parse(Process *p, const char *s, size_t len, int base, Term *out) {
    if (base < 2 || base > 36) return false;
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i == len) return false;
    for (size_t j = i; j < len; j++)
        if (digit_value((unsigned char)s[j]) >= base) return false;
    /* fast path: fits in 59 bits for sure */
    if (len - i <= 11 || (base <= 10 && len - i <= 17)) {
        int64_t v = 0;
        for (; i < len; i++) v = v * base + digit_value((unsigned char)s[i]);
        *out = term_from_small(neg ? -v : v);
        return true;
    }
    char *tmp = (char *)malloc(len - i + 1);
    if (!tmp) { fputs("beamlet: out of memory\n", stderr); abort(); }
    memcpy(tmp, s + i, len - i);
    tmp[len - i] = 0;
    mpz_t r;
    mpz_init(r);
    int bad = mpz_set_str(r, tmp, base);
    free(tmp);
    if (bad) {
        mpz_clear(r);
        return false;
    }
    if (neg) mpz_neg(r, r);
    *out = big_from_mpz(p, r);
    mpz_clear(r);
    return true;
}
