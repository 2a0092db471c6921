/* copy.c — deep copy of a term, iterative over list tails so long lists
 * do not grow the C stack (nesting in heads and tuples recurses). */
#include "copy.h"

#include <string.h>

#include "heap.h"

static size_t boxed_words(const Term *h) { return 1 + term_header_arity(h[0]); }

size_t copy_size(Term t) {
    size_t n = 0;
    for (;;) {
        if (term_is_cons(t)) {
            n += 2 + copy_size(term_hd(t));
            t = term_tl(t);
            continue;
        }
        if (!term_is_boxed(t)) return n;
        const Term *h = term_box_ptr(t);
        switch (term_header_sub(h[0])) {
        case SUB_TUPLE:
            n += boxed_words(h);
            for (size_t i = 1; i <= term_header_arity(h[0]); i++) n += copy_size(h[i]);
            return n;
        case SUB_MAP: {
            size_t m = (size_t)h[1];
            n += MAP_WORDS(m);
            for (size_t i = 0; i < 2 * m; i++) n += copy_size(h[2 + i]);
            return n;
        }
        case SUB_FUN: {
            size_t nf = (size_t)h[FUN_NFREE];
            n += FUN_WORDS(nf);
            for (size_t i = 0; i < nf; i++) n += copy_size(h[FUN_FREE + i]);
            return n;
        }
        case SUB_SUBBIN: {
            /* copied as a fresh binary of just its bits */
            size_t bits = (size_t)h[1];
            return n + BIN_WORDS((bits + 7) / 8);
        }
        default:
            return n + boxed_words(h);
        }
    }
}

Term copy_term(Process *to, Term t) {
    if (!term_is_cons(t) && !term_is_boxed(t)) return t;
    Term *hp = heap_alloc(to, copy_size(t));
    return copy_term_to(&hp, t);
}

/* Take n words at *hp. */
static inline Term *take(Term **hp, size_t n) {
    Term *r = *hp;
    *hp += n;
    return r;
}

Term copy_term_to(Term **hp, Term t) {
    Term result = TERM_NIL, *hole = &result;
    for (;;) {
        if (term_is_cons(t)) {
            Term *c = take(hp, 2);
            c[0] = copy_term_to(hp, term_hd(t));
            *hole = term_make_cons(c);
            hole = &c[1];
            t = term_tl(t);
            continue;
        }
        if (!term_is_boxed(t)) { *hole = t; return result; }
        const Term *h = term_box_ptr(t);
        size_t w = boxed_words(h);
        Term r;
        switch (term_header_sub(h[0])) {
        case SUB_TUPLE: {
            size_t n = term_header_arity(h[0]);
            Term *d = take(hp, w);
            d[0] = h[0];
            for (size_t i = 1; i <= n; i++) d[i] = copy_term_to(hp, h[i]);
            r = term_make_boxed(d);
            break;
        }
        case SUB_MAP: {
            size_t m = (size_t)h[1];
            Term *d = take(hp, MAP_WORDS(m));
            d[0] = term_make_header(1 + 2 * m, SUB_MAP);
            d[1] = (Term)m;
            for (size_t i = 0; i < 2 * m; i++) d[2 + i] = copy_term_to(hp, h[2 + i]);
            r = term_make_boxed(d);
            break;
        }
        case SUB_FUN: {
            size_t nf = (size_t)h[FUN_NFREE];
            Term *d = take(hp, FUN_WORDS(nf));
            memcpy(d, h, FUN_FREE * sizeof(Term));
            for (size_t i = 0; i < nf; i++) d[FUN_FREE + i] = copy_term_to(hp, h[FUN_FREE + i]);
            r = term_make_boxed(d);
            break;
        }
        case SUB_SUBBIN: {
            BitView v = term_bits(t);
            size_t nbytes = (v.bits + 7) / 8;
            Term *d = take(hp, BIN_WORDS(nbytes));
            d[0] = term_make_header(BIN_WORDS(nbytes) - 1, SUB_BIN);
            d[BIN_WORDS(nbytes) - 1] = 0;           /* padding bytes of the last word */
            uint8_t *dst = (uint8_t *)(d + 2);
            r = term_make_boxed(d);
            if (v.offset % 8 == 0) {
                memcpy(dst, v.data + v.offset / 8, nbytes);
            } else {
                size_t last = (v.offset + v.bits - 1) / 8;    /* last source byte used */
                for (size_t i = 0; i < nbytes; i++) {
                    size_t bit = v.offset + 8 * i;
                    unsigned hi = v.data[bit / 8], lo = bit / 8 + 1 <= last ? v.data[bit / 8 + 1] : 0;
                    dst[i] = (uint8_t)((hi << (bit % 8)) | (lo >> (8 - bit % 8)));
                }
            }
            if (v.bits % 8) dst[nbytes - 1] &= (uint8_t)(0xff << (8 - v.bits % 8));
            term_box_ptr(r)[1] = (Term)v.bits;
            break;
        }
        default: {
            Term *d = take(hp, w);
            memcpy(d, h, w * sizeof(Term));
            r = term_make_boxed(d);
            break;
        }
        }
        *hole = r;
        return result;
    }
}
