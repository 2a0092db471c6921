/* bignum.h — arbitrary-precision integers on top of GMP.
 *
 * A bignum term (POSBIG/NEGBIG) is a header followed by its magnitude as
 * GMP limbs, least significant first, with no leading zero limb; an
 * integer that fits a small is always a small.  GMP works on read-only
 * views of those limbs (mpz_roinit_n: no allocation); a result is computed
 * into a temporary mpz_t and copied onto the process heap.  Every big_*
 * function takes integers only (small or big: the caller checks types) and
 * returns a normalised integer term, or THE_NON_VALUE after raising
 * (system_limit when a result would exceed BIG_MAX_LIMBS, as OTP does).
 */
#ifndef BEAMLET_BIGNUM_H
#define BEAMLET_BIGNUM_H

#include <gmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "term.h"

typedef struct Process Process;

/* OTP's limit on a bignum's size on 64-bit machines: 2^19 - 1 limbs
 * (1 bsl 33554367 is the largest power of two it can build). */
#define BIG_MAX_LIMBS (((size_t)1 << 19) - 1)

/* A read-only mpz view of an integer term.  The view points into the term
 * (or into `limb` for a small), so keep the BigView alive while using z and
 * never pass z as an output operand. */
typedef struct BigView {
    mpz_t z;
    mp_limb_t limb;
} BigView;
mpz_srcptr big_view(BigView *v, Term t);

/* Set the (initialised) out to the value of an integer term. */
void big_to_mpz(Term t, mpz_t out);
/* The normalised integer term for z; THE_NON_VALUE after raising
 * system_limit when it is too large. */
Term big_from_mpz(Process *p, mpz_srcptr z);

Term big_add(Process *p, Term a, Term b);
Term big_sub(Process *p, Term a, Term b);
Term big_mul(Process *p, Term a, Term b);
/* div truncates toward zero; rem has the sign of the dividend.  The
 * divisor must not be zero (the caller raises badarith). */
Term big_div(Process *p, Term a, Term b);
Term big_rem(Process *p, Term a, Term b);
/* bitwise operators on the infinite two's complement representation */
Term big_band(Process *p, Term a, Term b);
Term big_bor(Process *p, Term a, Term b);
Term big_bxor(Process *p, Term a, Term b);
Term big_bnot(Process *p, Term a);
Term big_neg(Process *p, Term a);
/* a bsl n / a bsr n; n is any integer (negative shifts the other way);
 * a left shift that cannot be represented raises system_limit. */
Term big_bsl(Process *p, Term a, Term n);
Term big_bsr(Process *p, Term a, Term n);

/* -1, 0 or 1 */
int big_sign(Term a);
int big_compare(Term a, Term b);
/* Exact comparison of an integer with a finite double: <0, 0, >0. */
int big_compare_double(Term a, double d);

/* The double for an integer, converted as OTP does (a bignum is folded limb
 * by limb from the most significant one); false when it is not finite. */
bool big_to_double(Term a, double *out);
/* The integer whose value is the integral, finite double d. */
Term big_from_double(Process *p, double d);

/* Append the integer's text in base 2..36 (upper-case letters, '-' sign). */
void big_to_text(Term a, int base, Buf *out);
/* Parse [+-]digits in base 2..36 (letters in either case).  Returns false
 * when the text is not an integer; on success *out is the integer, or
 * THE_NON_VALUE after raising system_limit. */
bool big_parse(Process *p, const char *s, size_t len, int base, Term *out);

#endif
