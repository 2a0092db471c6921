/* arith.h — Erlang's arithmetic operators on any terms.
 *
 * The interpreter calls these when its own small+small fast path does not
 * apply; the operator BIFs (erlang:'+'/2 ...) call them too.  Each returns
 * the result, or THE_NON_VALUE after raising: badarith for a non-number,
 * an integer operator on a float, division by zero or a float result that
 * is not finite; system_limit for an integer too large to represent.
 */
#ifndef BEAMLET_ARITH_H
#define BEAMLET_ARITH_H

#include <stdbool.h>

#include "term.h"

typedef struct Process Process;

Term arith_add(Process *p, Term a, Term b);
Term arith_sub(Process *p, Term a, Term b);
Term arith_mul(Process *p, Term a, Term b);
Term arith_fdiv(Process *p, Term a, Term b);    /* '/': always a float */
Term arith_idiv(Process *p, Term a, Term b);    /* div */
Term arith_rem(Process *p, Term a, Term b);
Term arith_band(Process *p, Term a, Term b);
Term arith_bor(Process *p, Term a, Term b);
Term arith_bxor(Process *p, Term a, Term b);
Term arith_bsl(Process *p, Term a, Term b);
Term arith_bsr(Process *p, Term a, Term b);
Term arith_neg(Process *p, Term a);             /* unary - */
Term arith_bnot(Process *p, Term a);

/* The double value of a number; false for a non-number or an integer too
 * large for a double. */
bool arith_to_double(Term t, double *out);
/* A float term for d, or THE_NON_VALUE after raising badarith when d is
 * not finite. */
Term arith_float(Process *p, double d);

#endif
