/* bif_lists.c — the lists:* functions OTP implements in C for speed:
 * reverse/2, member/2 and the key searches.  Error reasons follow OTP 25
 * (badarg for improper lists and bad positions). */
#include "bif.h"
#include "compare.h"
#include "vm.h"

Term bif_lists_reverse_2(Process *p, Term *a) {
    size_t n = 0;
    Term l = a[0];
    for (; term_is_cons(l); l = term_tl(l)) n++;
    if (l != TERM_NIL) RAISE_BADARG(p);
    if (n == 0) return a[1];
    /* one block: the last cell built is the first of the result */
    Term *c = heap_alloc(p, 2 * n), r = a[1];
    for (l = a[0]; term_is_cons(l); l = term_tl(l), c += 2) {
        c[0] = term_hd(l);
        c[1] = r;
        r = term_make_cons(c);
    }
    return r;
}

Term bif_lists_member_2(Process *p, Term *a) {
    Term l = a[1];
    for (; term_is_cons(l); l = term_tl(l))
        if (term_exact_eq(term_hd(l), a[0])) return T_TRUE;
    if (l != TERM_NIL) RAISE_BADARG(p);
    return T_FALSE;
}

/* The first tuple whose N-th element equals (==) Key; [] when none;
 * THE_NON_VALUE after raising badarg. */
static Term keyfind(Process *p, Term *a) {
    Term key = a[0], l = a[2];
    if (!term_is_small(a[1]) || term_small(a[1]) < 1) RAISE_BADARG(p);
    size_t n = (size_t)term_small(a[1]);
    /* == is word equality unless numbers or compound terms are involved */
    bool simple = term_is_atom(key) || term_is_pid(key) || key == TERM_NIL;
    const AtomTable *at = p->vm->atoms;
    for (; term_is_cons(l); l = term_tl(l)) {
        Term t = term_hd(l);
        if (!term_is_tuple(t) || term_tuple_arity(t) < n) continue;
        Term e = term_tuple_elem(t, n);
        if (simple ? e == key : term_compare(at, e, key) == 0) return t;
    }
    if (l != TERM_NIL) RAISE_BADARG(p);
    return TERM_NIL;
}

Term bif_lists_keyfind_3(Process *p, Term *a) {
    Term t = keyfind(p, a);
    if (t == THE_NON_VALUE) return t;
    return t == TERM_NIL ? T_FALSE : t;
}

Term bif_lists_keymember_3(Process *p, Term *a) {
    Term t = keyfind(p, a);
    if (t == THE_NON_VALUE) return t;
    return t == TERM_NIL ? T_FALSE : T_TRUE;
}

Term bif_lists_keysearch_3(Process *p, Term *a) {
    Term t = keyfind(p, a);
    if (t == THE_NON_VALUE) return t;
    if (t == TERM_NIL) return T_FALSE;
    uint32_t value = atom_intern(p->vm->atoms, "value", 5);
    return heap_tuple2(p, term_from_atom(value), t);
}
