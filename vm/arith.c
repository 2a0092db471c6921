/* arith.c — the arithmetic operators on mixtures of small, big and float:
 * integers go to bignum.c, anything with a float is computed in doubles
 * and checked for overflow, anything else is badarith. */
#include "arith.h"

#include <math.h>

#include "atom.h"
#include "bignum.h"
#include "heap.h"
#include "process.h"

static Term badarith(Process *p) { return proc_raise(p, ATOM_ERROR, T_ATOM(BADARITH)); }

bool arith_to_double(Term t, double *out) {
    if (term_is_float(t)) {
        *out = term_float(t);
        return true;
    }
    if (term_is_integer(t)) return big_to_double(t, out);
    return false;
}

Term arith_float(Process *p, double d) {
    if (!isfinite(d)) return badarith(p);
    return heap_float(p, d);
}

typedef enum { OP_ADD, OP_SUB, OP_MUL, OP_DIV } FloatOp;

/* a op b where at least one is a float (or '/' on any numbers) */
static Term float_op(Process *p, Term a, Term b, FloatOp op) {
    double x, y, r;
    if (!term_is_number(a) || !term_is_number(b)) return badarith(p);
    if (!arith_to_double(a, &x) || !arith_to_double(b, &y)) return badarith(p);
    switch (op) {
    case OP_ADD: r = x + y; break;
    case OP_SUB: r = x - y; break;
    case OP_MUL: r = x * y; break;
    default:
        if (y == 0.0) return badarith(p);
        r = x / y;
        break;
    }
    return arith_float(p, r);
}

Term arith_add(Process *p, Term a, Term b) {
    if (term_is_integer(a) && term_is_integer(b)) return big_add(p, a, b);
    return float_op(p, a, b, OP_ADD);
}

Term arith_sub(Process *p, Term a, Term b) {
    if (term_is_integer(a) && term_is_integer(b)) return big_sub(p, a, b);
    return float_op(p, a, b, OP_SUB);
}

Term arith_mul(Process *p, Term a, Term b) {
    if (term_is_integer(a) && term_is_integer(b)) return big_mul(p, a, b);
    return float_op(p, a, b, OP_MUL);
}

Term arith_fdiv(Process *p, Term a, Term b) { return float_op(p, a, b, OP_DIV); }

Term arith_idiv(Process *p, Term a, Term b) {
    if (!term_is_integer(a) || !term_is_integer(b) || big_sign(b) == 0) return badarith(p);
    return big_div(p, a, b);
}

Term arith_rem(Process *p, Term a, Term b) {
    if (!term_is_integer(a) || !term_is_integer(b) || big_sign(b) == 0) return badarith(p);
    return big_rem(p, a, b);
}

Term arith_band(Process *p, Term a, Term b) {
    if (!term_is_integer(a) || !term_is_integer(b)) return badarith(p);
    return big_band(p, a, b);
}

Term arith_bor(Process *p, Term a, Term b) {
    if (!term_is_integer(a) || !term_is_integer(b)) return badarith(p);
    return big_bor(p, a, b);
}

Term arith_bxor(Process *p, Term a, Term b) {
    if (!term_is_integer(a) || !term_is_integer(b)) return badarith(p);
    return big_bxor(p, a, b);
}

Term arith_bsl(Process *p, Term a, Term b) {
    if (!term_is_integer(a) || !term_is_integer(b)) return badarith(p);
    return big_bsl(p, a, b);
}

Term arith_bsr(Process *p, Term a, Term b) {
    if (!term_is_integer(a) || !term_is_integer(b)) return badarith(p);
    return big_bsr(p, a, b);
}

Term arith_neg(Process *p, Term a) {
    if (term_is_integer(a)) return big_neg(p, a);
    if (term_is_float(a)) return heap_float(p, -term_float(a));
    return badarith(p);
}

Term arith_bnot(Process *p, Term a) {
    if (!term_is_integer(a)) return badarith(p);
    return big_bnot(p, a);
}
