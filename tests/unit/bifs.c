/* bifs.c — unit tests of the core BIFs (bif_erlang.c, bif_lists.c,
 * bif_maps.c, etf.c) against results taken from Erlang/OTP 25; each
 * check names the erl expression it mirrors.  Exits 0 when all pass.
 *
 * Weak fallbacks below stand in for pieces owned elsewhere (term order,
 * the other engineers' BIFs) so the file also links on its own; the real
 * definitions win when the whole VM is linked. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bif.h"
#include "code.h"
#include "compare.h"
#include "etf.h"
#include "heap.h"
#include "process.h"
#include "term.h"
#include "vm.h"

#define WEAK __attribute__((weak))

/* ---- weak stand-ins for the VM pieces this test does not own -------- */

WEAK Term proc_raise(Process *p, uint32_t class_atom, Term reason) {
    p->exc_class = term_from_atom(class_atom);
    p->exc_reason = reason;
    p->exc_trace = TERM_NIL;
    return THE_NON_VALUE;
}

static Term trap(Process *p, Term fun, Export *e, const Term *args, unsigned n) {
    p->trap_fun = fun;
    p->trap_export = e;
    for (unsigned i = 0; i < n; i++) p->vm->trap_args[i] = args[i];
    p->trap_arity = n;
    return THE_TRAP;
}
WEAK Term bif_trap_export(Process *p, Export *e, const Term *args, unsigned n) {
    return trap(p, THE_NON_VALUE, e, args, n);
}
WEAK Term bif_trap_fun(Process *p, Term fun, const Term *args, unsigned n) { return trap(p, fun, NULL, args, n); }

/* a tiny export table: the real one is in code.c */
static Export stub_exports[64];
static size_t stub_nexports;
WEAK Export *code_export(Vm *vm, Term module, Term name, unsigned arity) {
    (void)vm;
    for (size_t i = 0; i < stub_nexports; i++)
        if (stub_exports[i].module == module && stub_exports[i].name == name && stub_exports[i].arity == arity)
            return &stub_exports[i];
    if (stub_nexports == 64) abort();
    Export *e = &stub_exports[stub_nexports++];
    e->module = module;
    e->name = name;
    e->arity = arity;
    return e;
}
WEAK unsigned code_fun_arity(Term fun) {
    if (term_boxed_sub(fun) == SUB_EXPORT) return code_fun_export(fun)->arity;
    const CodeVersion *v = (const CodeVersion *)(uintptr_t)term_box_ptr(fun)[FUN_VERSION];
    return v->lambdas[term_box_ptr(fun)[FUN_INDEX]].arity;
}
WEAK Term code_fun_module(Term fun) {
    if (term_boxed_sub(fun) == SUB_EXPORT) return code_fun_export(fun)->module;
    return ((const CodeVersion *)(uintptr_t)term_box_ptr(fun)[FUN_VERSION])->module;
}
WEAK uint32_t code_fun_index(Term fun) { return (uint32_t)term_box_ptr(fun)[FUN_INDEX]; }
WEAK uint32_t code_fun_uniq(Term fun) {
    const uint8_t *m = ((const CodeVersion *)(uintptr_t)term_box_ptr(fun)[FUN_VERSION])->md5;
    return ((uint32_t)m[12] << 24 | (uint32_t)m[13] << 16 | (uint32_t)m[14] << 8 | m[15]) & 0x7ffffff;
}
#pragma weak code_table_new
#pragma weak code_table_free

/* ---- a simple term order, used only when compare.c is not linked ---- */

static int type_rank(Term t) {
    if (term_is_number(t)) return 0;
    if (term_is_atom(t)) return 1;
    if (term_is_ref(t)) return 2;
    if (term_is_fun(t)) return 3;
    if (term_is_pid(t)) return 5;
    if (term_is_tuple(t)) return 6;
    if (term_is_map(t)) return 7;
    if (t == TERM_NIL) return 8;
    if (term_is_cons(t)) return 9;
    return 10;
}

static double num_val(Term t) {
    if (term_is_small(t)) return (double)term_small(t);
    if (term_is_float(t)) return term_float(t);
    double d = 0;
    Term *b = term_box_ptr(t);
    for (size_t i = term_header_arity(b[0]); i > 0; i--) d = d * 18446744073709551616.0 + (double)b[i];
    return term_boxed_sub(t) == SUB_NEGBIG ? -d : d;
}

static int cmp(const AtomTable *at, Term a, Term b, int exact) {
    int ra = type_rank(a), rb = type_rank(b);
    if (ra != rb) return ra < rb ? -1 : 1;
    switch (ra) {
    case 0: {
        if (term_is_small(a) && term_is_small(b)) return term_small(a) < term_small(b) ? -1 : term_small(a) > term_small(b);
        double x = num_val(a), y = num_val(b);
        if (x != y) return x < y ? -1 : 1;
        if (exact) return (int)term_is_float(a) - (int)term_is_float(b);
        return 0;
    }
    case 1: {
        size_t la, lb;
        const char *na = atom_name(at, term_atom(a), &la), *nb = atom_name(at, term_atom(b), &lb);
        int c = memcmp(na, nb, la < lb ? la : lb);
        if (c) return c < 0 ? -1 : 1;
        return la < lb ? -1 : la > lb;
    }
    case 2: return term_box_ptr(a)[1] < term_box_ptr(b)[1] ? -1 : term_box_ptr(a)[1] > term_box_ptr(b)[1];
    case 3:
        if (term_boxed_sub(a) == SUB_EXPORT && term_boxed_sub(b) == SUB_EXPORT) {
            Export *x = code_fun_export(a), *y = code_fun_export(b);
            return x < y ? -1 : x > y;
        }
        return a < b ? -1 : a > b;
    case 5: return a < b ? -1 : a > b;
    case 6: {
        size_t na = term_tuple_arity(a), nb = term_tuple_arity(b);
        if (na != nb) return na < nb ? -1 : 1;
        for (size_t i = 1; i <= na; i++) {
            int c = cmp(at, term_tuple_elem(a, i), term_tuple_elem(b, i), exact);
            if (c) return c;
        }
        return 0;
    }
    case 7: {
        size_t na = term_map_size(a), nb = term_map_size(b);
        if (na != nb) return na < nb ? -1 : 1;
        for (size_t i = 0; i < na; i++) {
            int c = cmp(at, term_map_keys(a)[i], term_map_keys(b)[i], 1);
            if (c) return c;
        }
        for (size_t i = 0; i < na; i++) {
            int c = cmp(at, term_map_vals(a)[i], term_map_vals(b)[i], exact);
            if (c) return c;
        }
        return 0;
    }
    case 8: return 0;
    case 9:
        while (term_is_cons(a) && term_is_cons(b)) {
            int c = cmp(at, term_hd(a), term_hd(b), exact);
            if (c) return c;
            a = term_tl(a);
            b = term_tl(b);
        }
        if (term_is_cons(a) || term_is_cons(b)) return cmp(at, a, b, exact);
        return cmp(at, a, b, exact);
    case 10: {
        BitView x = term_bits(a), y = term_bits(b);
        for (size_t i = 0; i < x.bits && i < y.bits; i++) {
            unsigned bx = (x.data[(x.offset + i) / 8] >> (7 - (x.offset + i) % 8)) & 1;
            unsigned by = (y.data[(y.offset + i) / 8] >> (7 - (y.offset + i) % 8)) & 1;
            if (bx != by) return bx < by ? -1 : 1;
        }
        return x.bits < y.bits ? -1 : x.bits > y.bits;
    }
    default: return a < b ? -1 : a > b;
    }
}

static AtomTable *g_atoms;   /* for the exact-equality fallback only */
WEAK int term_compare(const AtomTable *atoms, Term a, Term b) { return cmp(atoms, a, b, 0); }
WEAK int term_compare_exact(const AtomTable *atoms, Term a, Term b) { return cmp(atoms, a, b, 1); }
WEAK bool term_exact_eq(Term a, Term b) { return cmp(g_atoms, a, b, 1) == 0; }

/* ---- test scaffolding ----------------------------------------------- */

static Vm vm;
static Process proc;
static Process *P = &proc;
static int failures, checks;

static Term A(const char *s) { return term_from_atom(atom_intern(vm.atoms, s, strlen(s))); }
static Term I(int64_t v) { return heap_int(P, v); }
static Term F(double d) { return heap_float(P, d); }
static Term S(const char *s) { return heap_string(P, s, strlen(s)); }
static Term B(const char *s, size_t n) { return heap_binary(P, s, n); }
#define BS(lit) B(lit, sizeof(lit) - 1)
static Term T(int n, ...) {
    va_list ap;
    va_start(ap, n);
    Term t = heap_tuple(P, (size_t)n);
    for (int i = 0; i < n; i++) term_tuple_elems(t)[i] = va_arg(ap, Term);
    va_end(ap);
    return t;
}
/* L(n, e1..en): a proper list; LT(n, tail, e1..en): an improper one */
static Term LT(int n, Term tail, ...) {
    va_list ap;
    va_start(ap, tail);
    Term e[64];
    for (int i = 0; i < n; i++) e[i] = va_arg(ap, Term);
    va_end(ap);
    return heap_list(P, e, (size_t)n, tail);
}
#define L(n, ...) LT(n, TERM_NIL, __VA_ARGS__)
static Term bits(unsigned v, size_t nbits) {   /* <<V:NBits>> for nbits <= 24 */
    uint8_t b[3] = {0, 0, 0};
    uint32_t x = v << (32 - nbits);
    b[0] = (uint8_t)(x >> 24); b[1] = (uint8_t)(x >> 16); b[2] = (uint8_t)(x >> 8);
    return heap_bitstring(P, b, nbits);
}
static Term M(int n, ...) {   /* M(n, k1, v1, ...) */
    va_list ap;
    va_start(ap, n);
    Term k[32], v[32];
    for (int i = 0; i < n; i++) { k[i] = va_arg(ap, Term); v[i] = va_arg(ap, Term); }
    va_end(ap);
    return heap_map(P, k, v, (size_t)n);
}

static Term call(BifFn f, int n, ...) {
    va_list ap;
    va_start(ap, n);
    Term args[8];
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, Term);
    va_end(ap);
    P->exc_class = P->exc_reason = TERM_NIL;
    return f(P, args);
}

static void fail(int line, const char *what) {
    failures++;
    fprintf(stderr, "bifs.c:%d: FAIL %s\n", line, what);
}

#define EQ(expr, expected) do { \
        checks++; \
        Term r_ = (expr), e_ = (expected); \
        if (r_ == THE_NON_VALUE || r_ == THE_TRAP || !term_exact_eq(r_, e_)) fail(__LINE__, #expr " == " #expected); \
    } while (0)
#define RAISES(expr, cls, reason) do { \
        checks++; \
        Term r_ = (expr), x_ = (reason); \
        if (r_ != THE_NON_VALUE || P->exc_class != T_ATOM(cls) || !term_exact_eq(P->exc_reason, x_)) \
            fail(__LINE__, #expr " raises " #cls ":" #reason); \
    } while (0)
#define BADARG(expr) RAISES(expr, ERROR, T_ATOM(BADARG))
#define OK(cond) do { checks++; if (!(cond)) fail(__LINE__, #cond); } while (0)

#define C1(f, a) call(bif_##f, 1, a)
#define C2(f, a, b) call(bif_##f, 2, a, b)
#define C3(f, a, b, c) call(bif_##f, 3, a, b, c)
#define C0(f) call(bif_##f, 0)

static Term tru, fals, undef;

/* ---- the tests ------------------------------------------------------ */

static void test_types(void) {
    Term fun = A("f");
    (void)fun;
    EQ(C1(erlang_is_atom_1, A("a")), tru);
    EQ(C1(erlang_is_atom_1, I(1)), fals);
    EQ(C1(erlang_is_binary_1, BS("ab")), tru);
    EQ(C1(erlang_is_binary_1, bits(1, 3)), fals);          /* is_binary(<<1:3>>) */
    EQ(C1(erlang_is_bitstring_1, bits(1, 3)), tru);
    EQ(C1(erlang_is_boolean_1, tru), tru);
    EQ(C1(erlang_is_boolean_1, A("x")), fals);
    EQ(C1(erlang_is_float_1, F(1.0)), tru);
    EQ(C1(erlang_is_float_1, I(1)), fals);
    EQ(C1(erlang_is_integer_1, I(1)), tru);
    EQ(C1(erlang_is_integer_1, I(INT64_MAX)), tru);
    EQ(C1(erlang_is_list_1, TERM_NIL), tru);
    EQ(C1(erlang_is_list_1, LT(1, I(2), I(1))), tru);        /* is_list([1|2]) */
    EQ(C1(erlang_is_list_1, T(0)), fals);
    EQ(C1(erlang_is_map_1, M(0)), tru);
    EQ(C1(erlang_is_number_1, F(2.5)), tru);
    EQ(C1(erlang_is_number_1, A("a")), fals);
    EQ(C1(erlang_is_pid_1, term_from_pid(0, 0)), tru);
    EQ(C1(erlang_is_port_1, term_from_pid(0, 0)), fals);
    EQ(C1(erlang_is_reference_1, heap_ref(P)), tru);
    EQ(C1(erlang_is_tuple_1, T(0)), tru);
    EQ(C1(erlang_is_function_1, A("a")), fals);
    /* is_function(a, -1) -> badarg; is_function(a, a) -> badarg; is_function(a, 1) -> false */
    BADARG(C2(erlang_is_function_2, A("a"), I(-1)));
    BADARG(C2(erlang_is_function_2, A("a"), A("a")));
    EQ(C2(erlang_is_function_2, A("a"), I(1)), fals);
    /* apply(erlang,is_record,[{a,1},a]) -> true; [{},a] -> false; [x,a] -> false; [{a},1] -> badarg */
    EQ(C2(erlang_is_record_2, T(2, A("a"), I(1)), A("a")), tru);
    EQ(C2(erlang_is_record_2, T(0), A("a")), fals);
    EQ(C2(erlang_is_record_2, A("x"), A("a")), fals);
    BADARG(C2(erlang_is_record_2, T(1, A("a")), I(1)));
    /* is_record({a,1}, a, 2) -> true; erlang:is_record({a,1},a,x) -> badarg; (.., a, 0) -> false */
    EQ(C3(erlang_is_record_3, T(2, A("a"), I(1)), A("a"), I(2)), tru);
    EQ(C3(erlang_is_record_3, T(2, A("a"), I(1)), A("a"), I(3)), fals);
    EQ(C3(erlang_is_record_3, T(2, A("a"), I(1)), A("a"), I(0)), fals);
    BADARG(C3(erlang_is_record_3, T(2, A("a"), I(1)), A("a"), A("x")));
    BADARG(C3(erlang_is_record_3, T(2, A("a"), I(1)), I(1), I(2)));
}

static void test_data(void) {
    Term abc = L(3, A("a"), A("b"), A("c"));
    EQ(C1(erlang_length_1, abc), I(3));
    EQ(C1(erlang_length_1, TERM_NIL), I(0));
    BADARG(C1(erlang_length_1, LT(1, I(2), I(1))));          /* length([1|2]) */
    BADARG(C1(erlang_length_1, A("a")));
    EQ(C1(erlang_hd_1, abc), A("a"));
    BADARG(C1(erlang_hd_1, TERM_NIL));                        /* hd([]) */
    BADARG(C1(erlang_hd_1, A("a")));
    EQ(C1(erlang_tl_1, LT(1, I(2), I(1))), I(2));            /* tl([1|2]) -> 2 */
    BADARG(C1(erlang_tl_1, TERM_NIL));
    Term t3 = T(3, A("a"), A("b"), A("c"));
    EQ(C2(erlang_element_2, I(2), t3), A("b"));
    BADARG(C2(erlang_element_2, I(0), T(1, A("a"))));          /* element(0,{a}) */
    BADARG(C2(erlang_element_2, I(5), T(1, A("a"))));
    BADARG(C2(erlang_element_2, A("a"), T(1, A("a"))));
    BADARG(C2(erlang_element_2, I(1), L(1, A("a"))));
    EQ(C3(erlang_setelement_3, I(1), T(1, A("a")), A("b")), T(1, A("b")));
    BADARG(C3(erlang_setelement_3, I(2), T(1, A("a")), A("b")));
    EQ(t3, T(3, A("a"), A("b"), A("c")));                     /* unchanged */
    EQ(C1(erlang_tuple_size_1, t3), I(3));
    BADARG(C1(erlang_tuple_size_1, TERM_NIL));
    EQ(C1(erlang_size_1, t3), I(3));
    EQ(C1(erlang_size_1, BS("\1\2")), I(2));
    EQ(C1(erlang_size_1, bits(1, 3)), I(0));                   /* size(<<1:3>>) -> 0 */
    EQ(C1(erlang_size_1, bits(1, 9)), I(1));                   /* size(<<1:9>>) -> 1 */
    BADARG(C1(erlang_size_1, TERM_NIL));
    EQ(C1(erlang_byte_size_1, bits(1, 9)), I(2));
    EQ(C1(erlang_bit_size_1, bits(1, 9)), I(9));
    BADARG(C1(erlang_byte_size_1, A("a")));
    BADARG(C1(erlang_bit_size_1, t3));
    RAISES(C1(erlang_map_size_1, A("a")), ERROR, T(2, A("badmap"), A("a")));
    EQ(C1(erlang_map_size_1, M(2, A("a"), I(1), A("b"), I(2))), I(2));
    RAISES(C2(erlang_is_map_key_2, A("a"), A("b")), ERROR, T(2, A("badmap"), A("b")));
    EQ(C2(erlang_is_map_key_2, A("a"), M(1, A("a"), I(1))), tru);
    RAISES(C2(erlang_map_get_2, A("a"), A("b")), ERROR, T(2, A("badmap"), A("b")));
    RAISES(C2(erlang_map_get_2, A("a"), M(0)), ERROR, T(2, A("badkey"), A("a")));
    EQ(C2(erlang_map_get_2, A("a"), M(1, A("a"), I(7))), I(7));

    Term b123 = BS("\1\2\3");
    EQ(C2(erlang_binary_part_2, b123, T(2, I(1), I(2))), BS("\2\3"));
    EQ(C2(erlang_binary_part_2, b123, T(2, I(3), I(-2))), BS("\2\3"));
    BADARG(C2(erlang_binary_part_2, b123, T(2, I(3), I(1))));
    BADARG(C2(erlang_binary_part_2, b123, T(2, I(0), A("a"))));
    BADARG(C2(erlang_binary_part_2, b123, T(3, I(0), I(1), I(1))));
    BADARG(C3(erlang_binary_part_3, b123, I(0), I(4)));
    BADARG(C3(erlang_binary_part_3, b123, I(-1), I(1)));
    EQ(C3(erlang_binary_part_3, b123, I(3), I(0)), BS(""));
    EQ(C3(erlang_binary_part_3, b123, I(3), I(-3)), b123);
    EQ(C3(erlang_binary_part_3, b123, I(1), I(-1)), BS("\1"));
    /* binary_part(<<1,2,3:4>>, 0, 1) -> <<1>>; (0, 3) and (2, 1) -> badarg */
    Term b12x = C2(erlang_append_2, TERM_NIL, TERM_NIL);
    (void)b12x;
    Term bitty = call(bif_erlang_list_to_bitstring_1, 1, L(3, I(1), I(2), bits(3, 4)));
    EQ(C1(erlang_bit_size_1, bitty), I(20));
    EQ(C3(erlang_binary_part_3, bitty, I(0), I(1)), BS("\1"));
    BADARG(C3(erlang_binary_part_3, bitty, I(0), I(3)));
    BADARG(C3(erlang_binary_part_3, bitty, I(2), I(1)));
    /* a large part shares its bytes through a sub-binary */
    {
        char big[300];
        for (int i = 0; i < 300; i++) big[i] = (char)i;
        Term bb = B(big, 300);
        Term part = C3(erlang_binary_part_3, bb, I(10), I(200));
        EQ(part, B(big + 10, 200));
        EQ(C3(erlang_binary_part_3, part, I(5), I(100)), B(big + 15, 100));
        EQ(C1(erlang_binary_to_list_1, C3(erlang_binary_part_3, part, I(0), I(2))), L(2, I(10), I(11)));
    }

    EQ(C1(erlang_tuple_to_list_1, t3), abc);
    EQ(C1(erlang_tuple_to_list_1, T(0)), TERM_NIL);
    BADARG(C1(erlang_tuple_to_list_1, A("a")));
    EQ(C1(erlang_list_to_tuple_1, abc), t3);
    EQ(C1(erlang_list_to_tuple_1, TERM_NIL), T(0));
    BADARG(C1(erlang_list_to_tuple_1, LT(1, A("b"), A("a"))));
    BADARG(C1(erlang_list_to_tuple_1, A("a")));
    Term x = A("x");
    EQ(C2(erlang_make_tuple_2, I(3), x), T(3, x, x, x));
    BADARG(C2(erlang_make_tuple_2, I(-1), x));
    BADARG(C2(erlang_make_tuple_2, I(0x1000000), x));          /* make_tuple(16#1000000, a) */
    /* make_tuple(3, x, [{1,a},{3,b},{1,c}]) -> {c,x,b} */
    EQ(C3(erlang_make_tuple_3, I(3), x, L(3, T(2, I(1), A("a")), T(2, I(3), A("b")), T(2, I(1), A("c")))),
       T(3, A("c"), x, A("b")));
    BADARG(C3(erlang_make_tuple_3, I(3), x, L(1, T(2, I(4), A("a")))));
    BADARG(C3(erlang_make_tuple_3, I(3), x, L(1, T(2, I(0), A("a")))));
    BADARG(C3(erlang_make_tuple_3, I(3), x, L(1, A("a"))));
    BADARG(C3(erlang_make_tuple_3, I(3), x, LT(1, A("b"), T(2, I(1), A("a")))));
    EQ(C2(erlang_append_element_2, T(1, A("a")), A("b")), T(2, A("a"), A("b")));
    BADARG(C2(erlang_append_element_2, A("a"), A("b")));
    EQ(C2(erlang_delete_element_2, I(1), T(2, A("a"), A("b"))), T(1, A("b")));
    EQ(C2(erlang_delete_element_2, I(1), T(1, A("a"))), T(0));
    BADARG(C2(erlang_delete_element_2, I(3), T(2, A("a"), A("b"))));
    BADARG(C2(erlang_delete_element_2, I(1), T(0)));
    EQ(C3(erlang_insert_element_3, I(3), T(2, A("a"), A("b")), A("c")), t3);
    EQ(C3(erlang_insert_element_3, I(1), T(2, A("b"), A("c")), A("a")), t3);
    EQ(C3(erlang_insert_element_3, I(1), T(0), A("c")), T(1, A("c")));
    BADARG(C3(erlang_insert_element_3, I(4), T(2, A("a"), A("b")), A("c")));
    BADARG(C3(erlang_insert_element_3, I(0), T(2, A("a"), A("b")), A("c")));
    EQ(C2(erlang_split_binary_2, b123, I(1)), T(2, BS("\1"), BS("\2\3")));
    EQ(C2(erlang_split_binary_2, b123, I(0)), T(2, BS(""), b123));
    BADARG(C2(erlang_split_binary_2, b123, I(4)));
    BADARG(C2(erlang_split_binary_2, b123, I(-1)));
    /* split_binary(<<1,2,3:4>>, 1) -> {<<1>>,<<2,3:4>>}; (.., 2) -> {<<1,2>>,<<3:4>>}; (.., 3) -> badarg */
    EQ(C2(erlang_split_binary_2, bitty, I(1)), T(2, BS("\1"), call(bif_erlang_list_to_bitstring_1, 1, L(2, I(2), bits(3, 4)))));
    EQ(C2(erlang_split_binary_2, bitty, I(2)), T(2, BS("\1\2"), bits(3, 4)));
    BADARG(C2(erlang_split_binary_2, bitty, I(3)));
}

static void test_append_subtract(void) {
    /* [1,2]++3 -> [1,2|3]; [1|2]++[3] -> badarg; a++[1] -> badarg; []++a -> a */
    EQ(C2(erlang_append_2, L(2, I(1), I(2)), I(3)), LT(2, I(3), I(1), I(2)));
    BADARG(C2(erlang_append_2, LT(1, I(2), I(1)), L(1, I(3))));
    BADARG(C2(erlang_append_2, A("a"), L(1, I(1))));
    EQ(C2(erlang_append_2, TERM_NIL, A("a")), A("a"));
    /* [1,2,3,1,2]--[2,1,5] -> [3,1,2] */
    EQ(C2(erlang_subtract_2, L(5, I(1), I(2), I(3), I(1), I(2)), L(3, I(2), I(1), I(5))), L(3, I(3), I(1), I(2)));
    BADARG(C2(erlang_subtract_2, LT(1, I(2), I(1)), L(1, I(1))));
    BADARG(C2(erlang_subtract_2, L(1, I(1)), LT(1, I(2), I(1))));
    BADARG(C2(erlang_subtract_2, L(1, I(1)), A("a")));
    /* [1,1.0]--[1.0] -> [1] */
    EQ(C2(erlang_subtract_2, L(2, I(1), F(1.0)), L(1, F(1.0))), L(1, I(1)));
    EQ(C2(erlang_subtract_2, L(3, A("a"), A("a"), A("a")), L(2, A("a"), A("a"))), L(1, A("a")));
    EQ(C2(erlang_subtract_2, TERM_NIL, L(1, I(1))), TERM_NIL);
    /* a large case: lists:seq(1,20000) -- lists:seq(2,20000,2) is the odd numbers */
    {
        enum { N = 20000 };
        Term *e = malloc(N * sizeof(Term)), *d = malloc(N / 2 * sizeof(Term)), *o = malloc(N / 2 * sizeof(Term));
        for (int i = 0; i < N; i++) e[i] = I(i + 1);
        for (int i = 0; i < N / 2; i++) { d[i] = I(N - 2 * i); o[i] = I(2 * i + 1); }
        EQ(C2(erlang_subtract_2, heap_list(P, e, N, TERM_NIL), heap_list(P, d, N / 2, TERM_NIL)),
           heap_list(P, o, N / 2, TERM_NIL));
        free(e); free(d); free(o);
    }
}

static Term utf8bin(const char *s) { return B(s, strlen(s)); }

static void test_atoms(void) {
    /* atom_to_list('héllo') -> [104,233,108,108,111]; atom_to_list('ā') -> [257] */
    EQ(C1(erlang_atom_to_list_1, A("h\xc3\xa9llo")), L(5, I(104), I(233), I(108), I(108), I(111)));
    EQ(C1(erlang_atom_to_list_1, A("\xc4\x81")), L(1, I(257)));
    EQ(C1(erlang_atom_to_list_1, A("")), TERM_NIL);
    BADARG(C1(erlang_atom_to_list_1, I(1)));
    /* list_to_atom([1000,98]) -> '\x{3E8}b' */
    EQ(C1(erlang_list_to_atom_1, L(2, I(1000), I(98))), A("\xcf\xa8" "b"));
    EQ(C1(erlang_list_to_atom_1, S("abc")), A("abc"));
    EQ(C1(erlang_list_to_atom_1, TERM_NIL), A(""));
    BADARG(C1(erlang_list_to_atom_1, L(1, I(-1))));
    BADARG(C1(erlang_list_to_atom_1, L(1, A("a"))));
    BADARG(C1(erlang_list_to_atom_1, LT(2, A("c"), I(97), I(98))));   /* "ab"++c */
    BADARG(C1(erlang_list_to_atom_1, L(1, I(0x110000))));
    BADARG(C1(erlang_list_to_atom_1, L(1, I(0xD800))));
    BADARG(C1(erlang_list_to_atom_1, A("a")));
    char s255[256], s256[257];
    memset(s255, 'a', 255); s255[255] = 0;
    memset(s256, 'a', 256); s256[256] = 0;
    EQ(C1(erlang_list_to_atom_1, S(s255)), A(s255));
    RAISES(C1(erlang_list_to_atom_1, S(s256)), ERROR, T_ATOM(SYSTEM_LIMIT));
    /* list_to_existing_atom("nonexistentatomxyz") -> badarg; ("ok") -> ok; 256 chars -> badarg */
    BADARG(C1(erlang_list_to_existing_atom_1, S("nonexistentatomxyz")));
    EQ(C1(erlang_list_to_existing_atom_1, S("ok")), T_OK);
    BADARG(C1(erlang_list_to_existing_atom_1, S(s256)));
    /* atom_to_binary('héllo') -> <<104,195,169,108,108,111>>; ('ā', latin1) -> badarg; ('é', latin1) -> <<233>> */
    EQ(C1(erlang_atom_to_binary_1, A("h\xc3\xa9llo")), utf8bin("h\xc3\xa9llo"));
    BADARG(C2(erlang_atom_to_binary_2, A("\xc4\x81"), A("latin1")));
    EQ(C2(erlang_atom_to_binary_2, A("\xc3\xa9"), A("latin1")), BS("\xe9"));
    EQ(C2(erlang_atom_to_binary_2, A("\xc3\xa9"), A("utf8")), BS("\xc3\xa9"));
    EQ(C2(erlang_atom_to_binary_2, A("a"), A("unicode")), BS("a"));
    BADARG(C2(erlang_atom_to_binary_2, A("a"), A("foo")));
    BADARG(C1(erlang_atom_to_binary_1, I(1)));
    /* binary_to_atom(<<"héllo"/utf8>>) -> 'héllo'; (<<255>>) -> badarg; (<<255>>, latin1) -> 'ÿ' */
    EQ(C1(erlang_binary_to_atom_1, utf8bin("h\xc3\xa9llo")), A("h\xc3\xa9llo"));
    BADARG(C1(erlang_binary_to_atom_1, BS("\xff")));
    EQ(C2(erlang_binary_to_atom_2, BS("\xff"), A("latin1")), A("\xc3\xbf"));
    EQ(C2(erlang_binary_to_atom_2, BS("\xc3\xa9"), A("latin1")), A("\xc3\x83\xc2\xa9"));
    EQ(C2(erlang_binary_to_atom_2, BS(""), A("latin1")), A(""));
    EQ(C2(erlang_binary_to_atom_2, BS("\0"), A("utf8")), term_from_atom(atom_intern(vm.atoms, "\0", 1)));
    BADARG(C2(erlang_binary_to_atom_2, BS("\xff"), A("utf8")));
    BADARG(C2(erlang_binary_to_atom_2, BS("\xed\xa0\x80"), A("utf8")));   /* a surrogate */
    BADARG(C2(erlang_binary_to_atom_2, BS("\xc0\x80"), A("utf8")));       /* overlong */
    BADARG(C2(erlang_binary_to_atom_2, bits(1, 3), A("utf8")));
    BADARG(C2(erlang_binary_to_atom_2, A("a"), A("utf8")));
    BADARG(C2(erlang_binary_to_atom_2, BS("a"), A("foo")));
    RAISES(C2(erlang_binary_to_atom_2, B(s256, 256), A("latin1")), ERROR, T_ATOM(SYSTEM_LIMIT));
    RAISES(C2(erlang_binary_to_atom_2, B(s256, 256), A("utf8")), ERROR, T_ATOM(SYSTEM_LIMIT));
    /* binary_to_existing_atom(<<256 a's>>, utf8) -> badarg; 300 a's and 255 -> system_limit */
    BADARG(C2(erlang_binary_to_existing_atom_2, B(s256, 256), A("utf8")));
    {
        char s301[301];
        memset(s301, 'a', 300);
        s301[300] = (char)255;
        RAISES(C2(erlang_binary_to_atom_2, B(s301, 301), A("utf8")), ERROR, T_ATOM(SYSTEM_LIMIT));
        RAISES(C2(erlang_binary_to_atom_2, B(s301, 301), A("latin1")), ERROR, T_ATOM(SYSTEM_LIMIT));
        /* <<255, 300 a's>> -> badarg; <<254 a's, 255>> -> badarg; <<255 a's, 255>> -> system_limit */
        s301[0] = (char)255;
        BADARG(C2(erlang_binary_to_atom_2, B(s301, 301), A("utf8")));
        memset(s301, 'a', 256);
        s301[254] = (char)255;
        BADARG(C2(erlang_binary_to_atom_2, B(s301, 255), A("utf8")));
        s301[254] = 'a';
        s301[255] = (char)255;
        RAISES(C2(erlang_binary_to_atom_2, B(s301, 256), A("utf8")), ERROR, T_ATOM(SYSTEM_LIMIT));
        /* list_to_atom(lists:duplicate(256,$a) ++ [a]) -> system_limit; (.. ++ b) too */
        RAISES(C1(erlang_list_to_atom_1, C2(erlang_append_2, S(s256), L(1, A("a")))), ERROR, T_ATOM(SYSTEM_LIMIT));
        RAISES(C1(erlang_list_to_atom_1, C2(erlang_append_2, S(s256), A("b"))), ERROR, T_ATOM(SYSTEM_LIMIT));
    }
    /* binary_to_existing_atom(<<"zzzqqq">>, utf8) -> badarg; (<<"ok">>, latin1) -> ok */
    BADARG(C2(erlang_binary_to_existing_atom_2, BS("zzzqqq"), A("utf8")));
    EQ(C2(erlang_binary_to_existing_atom_2, BS("ok"), A("latin1")), T_OK);
}

static void test_binaries(void) {
    Term b123 = BS("\1\2\3");
    EQ(C1(erlang_binary_to_list_1, b123), L(3, I(1), I(2), I(3)));
    BADARG(C1(erlang_binary_to_list_1, bits(1, 3)));
    BADARG(C1(erlang_binary_to_list_1, A("a")));
    /* binary_to_list(<<1,2,3>>, 2, 3) -> [2,3]; (3,2), (0,2), (1,4), (2,1) -> badarg */
    EQ(C3(erlang_binary_to_list_3, b123, I(2), I(3)), L(2, I(2), I(3)));
    EQ(C3(erlang_binary_to_list_3, b123, I(2), I(2)), L(1, I(2)));
    BADARG(C3(erlang_binary_to_list_3, b123, I(3), I(2)));
    BADARG(C3(erlang_binary_to_list_3, b123, I(0), I(2)));
    BADARG(C3(erlang_binary_to_list_3, b123, I(1), I(4)));
    Term bitty = call(bif_erlang_list_to_bitstring_1, 1, L(3, I(1), I(2), bits(3, 4)));
    EQ(C3(erlang_binary_to_list_3, bitty, I(1), I(2)), L(2, I(1), I(2)));   /* (<<1,2,3:4>>,1,2) */
    BADARG(C3(erlang_binary_to_list_3, bitty, I(1), I(3)));
    /* bitstring_to_list(<<1,2:4>>) -> [1,<<2:4>>] */
    EQ(C1(erlang_bitstring_to_list_1, call(bif_erlang_list_to_bitstring_1, 1, L(2, I(1), bits(2, 4)))),
       L(2, I(1), bits(2, 4)));
    EQ(C1(erlang_bitstring_to_list_1, BS("\1\2")), L(2, I(1), I(2)));
    BADARG(C1(erlang_bitstring_to_list_1, A("a")));
    /* list_to_binary([1,<<2>>,[3,[4]]|<<5>>]) -> <<1,2,3,4,5>> */
    EQ(C1(erlang_list_to_binary_1, LT(3, BS("\5"), I(1), BS("\2"), L(2, I(3), L(1, I(4))))), BS("\1\2\3\4\5"));
    EQ(C1(erlang_list_to_binary_1, TERM_NIL), BS(""));
    BADARG(C1(erlang_list_to_binary_1, L(1, I(256))));
    BADARG(C1(erlang_list_to_binary_1, L(1, I(-1))));
    BADARG(C1(erlang_list_to_binary_1, BS("\1")));
    BADARG(C1(erlang_list_to_binary_1, L(1, bits(1, 3))));
    BADARG(C1(erlang_list_to_binary_1, LT(1, I(2), I(1))));
    BADARG(C1(erlang_list_to_binary_1, L(1, A("a"))));
    /* list_to_bitstring([1,<<1:3>>,[<<1:5>>]]) -> <<1,33>>; ([1,<<1:3>>|<<1:4>>]) -> <<1,17:7>> */
    EQ(C1(erlang_list_to_bitstring_1, L(3, I(1), bits(1, 3), L(1, bits(1, 5)))), BS("\1\41"));
    EQ(C1(erlang_list_to_bitstring_1, LT(2, bits(1, 4), I(1), bits(1, 3))), bits((1 << 7) | 17, 15));
    BADARG(C1(erlang_list_to_bitstring_1, bits(1, 3)));
    /* unaligned bytes after a bit fragment: [<<1:1>>, 255, <<3:2>>] -> <<255,251:7>> ... */
    EQ(C1(erlang_list_to_bitstring_1, L(3, bits(1, 1), I(255), bits(3, 2))), bits((1u << 10) | (255u << 2) | 3, 11));
    EQ(C1(erlang_iolist_to_binary_1, BS("\1\2")), BS("\1\2"));
    BADARG(C1(erlang_iolist_to_binary_1, bits(1, 3)));
    BADARG(C1(erlang_iolist_to_binary_1, L(1, A("a"))));
    BADARG(C1(erlang_iolist_to_binary_1, A("a")));
    BADARG(C1(erlang_iolist_to_binary_1, LT(1, bits(1, 5), bits(1, 3))));   /* [<<1:3>>|<<1:5>>] */
    EQ(C2(erlang_split_binary_2, bits(1, 3), I(0)), T(2, BS(""), bits(1, 3)));
    EQ(C1(erlang_iolist_to_binary_1, L(2, S("ab"), BS("c"))), BS("abc"));
    /* iolist_size([1,<<2,3>>,[]|<<4>>]) -> 4 */
    EQ(C1(erlang_iolist_size_1, LT(3, BS("\4"), I(1), BS("\2\3"), TERM_NIL)), I(4));
    EQ(C1(erlang_iolist_size_1, BS("\1\2")), I(2));
    BADARG(C1(erlang_iolist_size_1, bits(1, 3)));
    BADARG(C1(erlang_iolist_size_1, L(1, bits(1, 3))));
    BADARG(C1(erlang_iolist_size_1, A("a")));
    /* a list nested 100000 deep: [[[...[7]...]]] */
    {
        Term deep = L(1, I(7));
        for (int i = 0; i < 100000; i++) deep = heap_cons(P, deep, TERM_NIL);
        EQ(C1(erlang_iolist_size_1, deep), I(1));
        EQ(C1(erlang_iolist_to_binary_1, deep), BS("\7"));
        Term deep2 = L(1, I(8));        /* [[[[8]|<<1>>]|<<1>>] ...] keeps tails on the stack */
        for (int i = 0; i < 100000; i++) deep2 = heap_cons(P, deep2, BS("\1"));
        EQ(C1(erlang_iolist_size_1, deep2), I(100001));
    }
    /* erlang:md5("abc") -> <<144,1,80,152,60,210,79,176,214,150,63,125,40,225,127,114>> */
    Term md5abc = B("\x90\x01\x50\x98\x3c\xd2\x4f\xb0\xd6\x96\x3f\x7d\x28\xe1\x7f\x72", 16);
    EQ(C1(erlang_md5_1, S("abc")), md5abc);
    EQ(C1(erlang_md5_1, BS("abc")), md5abc);
    EQ(C1(erlang_md5_1, L(2, BS("a"), S("bc"))), md5abc);
    BADARG(C1(erlang_md5_1, A("a")));
}

static void test_exceptions(void) {
    RAISES(C1(erlang_error_1, A("x")), ERROR, A("x"));
    RAISES(C2(erlang_error_2, A("x"), L(1, I(1))), ERROR, A("x"));    /* erlang:error(x, [1]) */
    RAISES(C2(erlang_error_2, A("x"), A("none")), ERROR, A("x"));
    RAISES(C3(erlang_error_3, A("x"), L(1, I(1)), TERM_NIL), ERROR, A("x"));
    RAISES(C1(erlang_exit_1, A("y")), EXIT, A("y"));
    RAISES(C1(erlang_throw_1, T(1, A("z"))), THROW, T(1, A("z")));
    /* erlang:raise(foo, a, []) -> badarg (returned, not raised) */
    EQ(C3(erlang_raise_3, A("foo"), A("a"), TERM_NIL), T_ATOM(BADARG));
    EQ(C3(erlang_raise_3, A("error"), A("a"), A("bad")), T_ATOM(BADARG));
    EQ(C3(erlang_raise_3, A("error"), A("a"), L(1, A("bad"))), T_ATOM(BADARG));
    EQ(C3(erlang_raise_3, A("error"), A("a"), L(1, T(4, A("m"), A("f"), I(1), A("bad")))), T_ATOM(BADARG));
    EQ(C3(erlang_raise_3, A("throw"), A("a"), LT(1, A("x"), T(4, A("m"), A("f"), I(1), TERM_NIL))), T_ATOM(BADARG));
    Term st = L(2, T(4, A("m"), A("f"), I(1), L(1, T(2, A("line"), I(3)))), T(3, A("m"), A("g"), L(1, A("a"))));
    RAISES(C3(erlang_raise_3, A("error"), A("a"), st), ERROR, A("a"));
    EQ(P->exc_trace, st);
    RAISES(C3(erlang_raise_3, A("throw"), A("t"), L(1, T(3, A("m"), A("f"), I(1)))), THROW, A("t"));
    RAISES(C3(erlang_raise_3, A("exit"), A("e"), TERM_NIL), EXIT, A("e"));
    /* halt */
    RAISES(C0(erlang_halt_0), EXIT, A("normal"));
    OK(vm.halted == 1 && vm.halt_status == 0);
    vm.halted = 0;
    RAISES(C1(erlang_halt_1, I(3)), EXIT, A("normal"));
    OK(vm.halted == 1 && vm.halt_status == 3);
    vm.halted = 0;
    BADARG(C1(erlang_halt_1, A("a")));                           /* halt(a) -> badarg */
    BADARG(C1(erlang_halt_1, I(-1)));
    OK(vm.halted == 0);
}

static void test_apply(void) {
    /* apply(a, [1]) -> {badfun,a}; apply(a, b) -> badarg; apply(F, [1|2]) -> badarg */
    RAISES(C2(erlang_apply_2, A("a"), L(1, I(1))), ERROR, T(2, A("badfun"), A("a")));
    BADARG(C2(erlang_apply_2, A("a"), A("b")));
    BADARG(C2(erlang_apply_2, A("a"), LT(1, I(2), I(1))));
    /* apply(1, reverse, [[1,2]]) -> badarg; apply(lists, 1, ..) -> badarg; improper args -> badarg */
    BADARG(C3(erlang_apply_3, I(1), A("reverse"), L(1, TERM_NIL)));
    BADARG(C3(erlang_apply_3, A("lists"), I(1), L(1, TERM_NIL)));
    BADARG(C3(erlang_apply_3, A("lists"), A("reverse"), LT(1, A("a"), TERM_NIL)));
    /* 256 arguments are too many */
    {
        Term e[256];
        for (int i = 0; i < 256; i++) e[i] = I(i);
        BADARG(C3(erlang_apply_3, A("m"), A("f"), heap_list(P, e, 256, TERM_NIL)));
        Term r = C3(erlang_apply_3, A("m"), A("f"), heap_list(P, e, 255, TERM_NIL));
        OK(r == THE_TRAP && P->trap_arity == 255 && P->vm->trap_args[254] == I(254));
    }
    Term r = C3(erlang_apply_3, A("lists"), A("reverse"), L(2, I(1), I(2)));
    OK(r == THE_TRAP && P->trap_fun == THE_NON_VALUE && P->trap_export != NULL);
    OK(P->trap_export && P->trap_export->module == A("lists") && P->trap_export->name == A("reverse") &&
       P->trap_export->arity == 2);
    OK(P->trap_arity == 2 && P->vm->trap_args[0] == I(1) && P->vm->trap_args[1] == I(2));
    /* apply(fun lists:reverse/1, [[1]]) traps to the fun */
    Term *h = heap_alloc(P, EXPORT_WORDS);
    h[0] = term_make_header(1, SUB_EXPORT);
    h[1] = (Term)(uintptr_t)code_export(&vm, A("lists"), A("reverse"), 1);
    Term fun = term_make_boxed(h);
    r = C2(erlang_apply_2, fun, L(1, TERM_NIL));
    OK(r == THE_TRAP && P->trap_fun == fun && P->trap_arity == 1 && P->vm->trap_args[0] == TERM_NIL);
    /* erlang:fun_info(fun lists:map/2) */
    EQ(C1(erlang_fun_info_1, fun), L(5, T(2, A("module"), A("lists")), T(2, A("name"), A("reverse")),
                                       T(2, A("arity"), I(1)), T(2, A("env"), TERM_NIL),
                                       T(2, A("type"), A("external"))));
    EQ(C2(erlang_fun_info_2, fun, A("arity")), T(2, A("arity"), I(1)));
    EQ(C2(erlang_fun_info_2, fun, A("pid")), T(2, A("pid"), undef));
    EQ(C2(erlang_fun_info_2, fun, A("index")), T(2, A("index"), undef));
    BADARG(C2(erlang_fun_info_2, fun, A("foo")));
    BADARG(C2(erlang_fun_info_2, fun, I(1)));
    BADARG(C1(erlang_fun_info_1, A("a")));
    BADARG(C2(erlang_fun_info_2, A("a"), A("arity")));
    EQ(C1(erlang_is_function_1, fun), tru);
    EQ(C2(erlang_is_function_2, fun, I(1)), tru);
    EQ(C2(erlang_is_function_2, fun, I(2)), fals);
    EQ(C2(erlang_is_function_2, fun, heap_uint(P, (uint64_t)1 << 62)), fals);   /* is_function(F, 1 bsl 70) */
}

/* a local fun of a fake module version: fun(A) -> A + X end with X = 5 */
static CodeVersion fake_cv;
static FuncInfo fake_funcs[2];
static LambdaInfo fake_lambdas[1];

static Term local_fun(void) {
    fake_cv.module = A("fi");
    for (int i = 0; i < 16; i++) fake_cv.md5[i] = (uint8_t)(i * 17);
    fake_funcs[1].name = A("-main/0-fun-0-");
    fake_funcs[1].arity = 2;
    fake_lambdas[0].func = 1;
    fake_lambdas[0].arity = 1;
    fake_lambdas[0].nfree = 1;
    fake_cv.funcs = fake_funcs;
    fake_cv.nfuncs = 2;
    fake_cv.lambdas = fake_lambdas;
    fake_cv.nlambdas = 1;
    Term *h = heap_alloc(P, FUN_WORDS(1));
    h[0] = term_make_header(FUN_WORDS(1) - 1, SUB_FUN);
    h[FUN_VERSION] = (Term)(uintptr_t)&fake_cv;
    h[FUN_INDEX] = 0;
    h[FUN_NFREE] = 1;
    h[FUN_FREE] = I(5);
    return term_make_boxed(h);
}

static void test_local_fun(void) {
    Term f = local_fun();
    uint8_t md5[16];
    for (int i = 0; i < 16; i++) md5[i] = (uint8_t)(i * 17);
    Term uniq = I((int64_t)(((uint32_t)md5[12] << 24 | (uint32_t)md5[13] << 16 | (uint32_t)md5[14] << 8 | md5[15]) & 0x7ffffff));
    /* erlang:fun_info(F) -> [{pid,..},{module,fi},{new_index,0},{new_uniq,<<..>>},{index,0},
     *                        {uniq,..},{name,'-main/0-fun-0-'},{arity,1},{env,[5]},{type,local}] */
    Term expect[10] = {
        T(2, A("pid"), P->pid), T(2, A("module"), A("fi")), T(2, A("new_index"), I(0)),
        T(2, A("new_uniq"), B((const char *)md5, 16)), T(2, A("index"), I(0)), T(2, A("uniq"), uniq),
        T(2, A("name"), A("-main/0-fun-0-")), T(2, A("arity"), I(1)), T(2, A("env"), L(1, I(5))),
        T(2, A("type"), A("local")),
    };
    EQ(C1(erlang_fun_info_1, f), heap_list(P, expect, 10, TERM_NIL));
    EQ(C2(erlang_fun_info_2, f, A("env")), T(2, A("env"), L(1, I(5))));
    EQ(C2(erlang_fun_info_2, f, A("name")), T(2, A("name"), A("-main/0-fun-0-")));
    EQ(C1(erlang_is_function_1, f), tru);
    EQ(C2(erlang_is_function_2, f, I(1)), tru);
    EQ(C2(erlang_is_function_2, f, I(0)), fals);
    BADARG(C2(erlang_is_function_2, f, I(-1)));
    Term r = C2(erlang_apply_2, f, L(1, I(1)));
    OK(r == THE_TRAP && P->trap_fun == f && P->trap_arity == 1);
    BADARG(C1(erlang_term_to_binary_1, f));          /* local funs have no encoding here */
    OK(term_is_small(C1(erlang_phash2_1, f)));
}

static void test_process(void) {
    EQ(C0(erlang_self_0), P->pid);
    EQ(C0(erlang_node_0), A("nonode@nohost"));
    EQ(C1(erlang_node_1, term_from_pid(0, 0)), A("nonode@nohost"));
    EQ(C1(erlang_node_1, heap_ref(P)), A("nonode@nohost"));
    BADARG(C1(erlang_node_1, A("a")));
    BADARG(C1(erlang_node_1, local_fun()));                  /* node(fun() -> ok end) */
    Term r1 = C0(erlang_make_ref_0), r2 = C0(erlang_make_ref_0);
    OK(term_is_ref(r1) && term_is_ref(r2) && !term_exact_eq(r1, r2));
    EQ(C0(erlang_garbage_collect_0), tru);
    /* {put(a,1), put(a,2), put(b,3), get(), get(a), get(zz), get_keys(), get_keys(2), erase(a),
     *  erase(zz), get(), erase(), get()} ->
     * {undefined,1,undefined,[{a,2},{b,3}],2,undefined,[a,b],[a],2,undefined,[{b,3}],[{b,3}],[]}
     * (OTP's order is its hash order; ours is newest first) */
    Term a = A("a"), b = A("b");
    EQ(C2(erlang_put_2, a, I(1)), undef);
    EQ(C2(erlang_put_2, a, I(2)), I(1));
    EQ(C2(erlang_put_2, b, I(3)), undef);
    EQ(C0(erlang_get_0), L(2, T(2, b, I(3)), T(2, a, I(2))));
    EQ(C1(erlang_get_1, a), I(2));
    EQ(C1(erlang_get_1, A("zz")), undef);
    EQ(C0(erlang_get_keys_0), L(2, b, a));
    EQ(C1(erlang_get_keys_1, I(2)), L(1, a));
    EQ(C2(erlang_put_2, a, I(4)), I(2));                     /* replaces in place */
    EQ(C0(erlang_get_0), L(2, T(2, b, I(3)), T(2, a, I(4))));
    EQ(C1(erlang_erase_1, a), I(4));
    EQ(C1(erlang_erase_1, A("zz")), undef);
    EQ(C0(erlang_get_0), L(1, T(2, b, I(3))));
    EQ(C2(erlang_put_2, I(1), A("one")), undef);
    EQ(C1(erlang_get_1, F(1.0)), undef);                     /* keys match with =:= */
    EQ(C1(erlang_erase_1, b), I(3));
    EQ(C0(erlang_erase_0), L(1, T(2, I(1), A("one"))));
    EQ(C0(erlang_get_0), TERM_NIL);
    /* phash2: deterministic, 27 bits, ranges */
    Term h1 = C1(erlang_phash2_1, L(2, A("a"), BS("xy")));
    EQ(h1, C1(erlang_phash2_1, L(2, A("a"), BS("xy"))));
    OK(term_is_small(h1) && term_small(h1) >= 0 && term_small(h1) < (1 << 27));
    OK(!term_exact_eq(C1(erlang_phash2_1, I(1)), C1(erlang_phash2_1, I(2))));
    Term h2 = C2(erlang_phash2_2, T(2, A("a"), I(1)), I(100));
    OK(term_is_small(h2) && term_small(h2) >= 0 && term_small(h2) < 100);
    EQ(C2(erlang_phash2_2, A("a"), I(1)), I(0));
    BADARG(C2(erlang_phash2_2, A("a"), I(0)));                /* phash2(a, 0) -> badarg */
    BADARG(C2(erlang_phash2_2, A("a"), I((int64_t)1 << 33)));
    Term h3 = C2(erlang_phash2_2, A("a"), I((int64_t)1 << 32));
    OK(term_is_small(h3));
    {   /* a deep term hashes without recursion */
        Term deep = TERM_NIL;
        for (int i = 0; i < 100000; i++) deep = heap_cons(P, deep, TERM_NIL);
        OK(term_is_small(C1(erlang_phash2_1, deep)));
    }
}

static void test_lists(void) {
    /* lists:reverse([1,2],[3]) -> [2,1,3]; ([1|2],[3]) -> badarg; ([1,2],3) -> [2,1|3] */
    EQ(C2(lists_reverse_2, L(2, I(1), I(2)), L(1, I(3))), L(3, I(2), I(1), I(3)));
    BADARG(C2(lists_reverse_2, LT(1, I(2), I(1)), L(1, I(3))));
    EQ(C2(lists_reverse_2, L(2, I(1), I(2)), I(3)), LT(2, I(3), I(2), I(1)));
    BADARG(C2(lists_reverse_2, A("a"), L(1, I(3))));
    /* lists:member(1,[2,1|a]) -> true; (1,[2|a]) -> badarg; (1,a) -> badarg; (1.0,[1]) -> false */
    EQ(C2(lists_member_2, I(1), LT(2, A("a"), I(2), I(1))), tru);
    BADARG(C2(lists_member_2, I(1), LT(1, A("a"), I(2))));
    BADARG(C2(lists_member_2, I(1), A("a")));
    EQ(C2(lists_member_2, F(1.0), L(1, I(1))), fals);
    BADARG(C2(lists_member_2, A("a"), LT(1, A("c"), A("b"))));          /* lists:member(a, [b|c]) */
    EQ(C2(lists_member_2, T(1, A("x")), L(2, I(1), T(1, A("x")))), tru);
    /* lists:keyfind(1,1,[{1.0,a}]) -> {1.0,a} */
    Term t1 = T(2, F(1.0), A("a"));
    EQ(C3(lists_keyfind_3, I(1), I(1), L(1, t1)), t1);
    BADARG(C3(lists_keyfind_3, I(1), I(0), L(1, t1)));
    BADARG(C3(lists_keyfind_3, I(1), A("a"), L(1, t1)));
    BADARG(C3(lists_keyfind_3, I(1), I(0), TERM_NIL));
    BADARG(C3(lists_keyfind_3, I(1), I(1), LT(1, A("b"), T(2, I(2), A("a")))));
    EQ(C3(lists_keyfind_3, I(1), I(1), LT(1, A("b"), T(2, I(1), A("a")))), T(2, I(1), A("a")));
    BADARG(C3(lists_keyfind_3, I(1), I(1), A("a")));
    EQ(C3(lists_keyfind_3, I(1), I(1), L(2, A("x"), T(2, I(1), A("b")))), T(2, I(1), A("b")));
    EQ(C3(lists_keyfind_3, I(1), I(3), L(1, T(2, I(1), A("b")))), fals);
    EQ(C3(lists_keyfind_3, A("k"), I(2), L(2, T(2, A("k"), A("b")), T(2, A("b"), A("k")))), T(2, A("b"), A("k")));
    EQ(C3(lists_keymember_3, I(1), I(1), L(1, T(2, I(1), A("a")))), tru);
    EQ(C3(lists_keymember_3, I(2), I(1), L(1, T(2, I(1), A("a")))), fals);
    BADARG(C3(lists_keymember_3, I(1), I(0), TERM_NIL));
    EQ(C3(lists_keysearch_3, I(1), I(1), L(1, T(2, I(1), A("a")))), T(2, A("value"), T(2, I(1), A("a"))));
    EQ(C3(lists_keysearch_3, I(1), I(1), L(1, T(2, I(2), A("a")))), fals);
}

static void test_maps(void) {
    Term a = A("a"), b = A("b"), c = A("c"), x = A("x");
    Term m1 = M(1, a, I(1));
    Term mab = M(2, a, I(1), b, I(2));
    EQ(C2(maps_get_2, a, m1), I(1));
    RAISES(C2(maps_get_2, a, M(0)), ERROR, T(2, A("badkey"), a));
    RAISES(C2(maps_get_2, a, b), ERROR, T(2, A("badmap"), b));
    EQ(C2(maps_find_2, a, m1), T(2, T_OK, I(1)));
    EQ(C2(maps_find_2, a, M(0)), T_ATOM(ERROR));
    RAISES(C2(maps_find_2, a, b), ERROR, T(2, A("badmap"), b));
    EQ(C3(maps_put_3, a, I(2), m1), M(1, a, I(2)));
    EQ(C3(maps_put_3, b, I(2), m1), mab);
    EQ(C3(maps_put_3, A("0"), I(2), mab), M(3, a, I(1), b, I(2), A("0"), I(2)));
    EQ(C3(maps_put_3, A("z"), I(2), mab), M(3, a, I(1), b, I(2), A("z"), I(2)));
    RAISES(C3(maps_put_3, a, I(2), b), ERROR, T(2, A("badmap"), b));
    EQ(m1, M(1, a, I(1)));                                   /* unchanged */
    EQ(C3(maps_update_3, a, I(2), m1), M(1, a, I(2)));
    RAISES(C3(maps_update_3, b, I(2), m1), ERROR, T(2, A("badkey"), b));
    RAISES(C3(maps_update_3, b, I(2), c), ERROR, T(2, A("badmap"), c));
    EQ(C2(maps_remove_2, a, mab), M(1, b, I(2)));
    EQ(C2(maps_remove_2, x, mab), mab);
    RAISES(C2(maps_remove_2, x, c), ERROR, T(2, A("badmap"), c));
    EQ(C2(maps_take_2, a, mab), T(2, I(1), M(1, b, I(2))));
    EQ(C2(maps_take_2, x, mab), T_ATOM(ERROR));
    RAISES(C2(maps_take_2, x, c), ERROR, T(2, A("badmap"), c));
    EQ(C2(maps_is_key_2, a, m1), tru);
    EQ(C2(maps_is_key_2, b, m1), fals);
    RAISES(C2(maps_is_key_2, a, c), ERROR, T(2, A("badmap"), c));
    /* maps:keys(#{b=>1,a=>2,1=>3,1.0=>4}) -> [1,1.0,a,b]; values -> [3,4,2,1] */
    Term m4 = M(4, b, I(1), a, I(2), I(1), I(3), F(1.0), I(4));
    EQ(C1(maps_keys_1, m4), L(4, I(1), F(1.0), a, b));
    EQ(C1(maps_values_1, m4), L(4, I(3), I(4), I(2), I(1)));
    EQ(C1(maps_to_list_1, m4), L(4, T(2, I(1), I(3)), T(2, F(1.0), I(4)), T(2, a, I(2)), T(2, b, I(1))));
    EQ(C1(maps_to_list_1, M(0)), TERM_NIL);
    RAISES(C1(maps_keys_1, a), ERROR, T(2, A("badmap"), a));
    RAISES(C1(maps_values_1, a), ERROR, T(2, A("badmap"), a));
    RAISES(C1(maps_to_list_1, a), ERROR, T(2, A("badmap"), a));
    /* maps:from_list([{a,1},{b,2},{a,3}]) -> #{a => 3,b => 2} */
    EQ(C1(maps_from_list_1, L(3, T(2, a, I(1)), T(2, b, I(2)), T(2, a, I(3)))), M(2, a, I(3), b, I(2)));
    EQ(C1(maps_from_list_1, TERM_NIL), M(0));
    EQ(C1(maps_size_1, C1(maps_from_list_1, L(2, T(2, I(1), a), T(2, F(1.0), b)))), I(2));
    BADARG(C1(maps_from_list_1, LT(1, b, T(2, a, I(1)))));
    BADARG(C1(maps_from_list_1, L(1, a)));
    BADARG(C1(maps_from_list_1, a));
    BADARG(C1(maps_from_list_1, L(1, T(3, a, I(1), I(2)))));
    /* maps:merge(#{a=>1,b=>2},#{b=>3,c=>4}) -> #{a => 1,b => 3,c => 4} */
    EQ(C2(maps_merge_2, mab, M(2, b, I(3), c, I(4))), M(3, a, I(1), b, I(3), c, I(4)));
    EQ(C2(maps_merge_2, M(0), mab), mab);
    EQ(C2(maps_merge_2, M(2, I(1), a, F(1.0), b), M(1, I(1), c)), M(2, I(1), c, F(1.0), b));
    RAISES(C2(maps_merge_2, a, M(0)), ERROR, T(2, A("badmap"), a));
    RAISES(C2(maps_merge_2, M(0), a), ERROR, T(2, A("badmap"), a));
    RAISES(C2(maps_merge_2, a, b), ERROR, T(2, A("badmap"), a));
    RAISES(C1(maps_size_1, a), ERROR, T(2, A("badmap"), a));
    EQ(C1(maps_size_1, m1), I(1));
    EQ(C0(maps_new_0), M(0));
    /* a big from_list sorts: keys 999..0 then a lookup of each */
    {
        enum { N = 1000 };
        Term *e = malloc(N * sizeof(Term));
        for (int i = 0; i < N; i++) e[i] = T(2, I(N - 1 - i), I(i));
        Term big = C1(maps_from_list_1, heap_list(P, e, N, TERM_NIL));
        EQ(C1(maps_size_1, big), I(N));
        int bad = 0;
        for (int i = 0; i < N; i++) {
            Term v = C2(maps_get_2, I(i), big);
            if (v != I(N - 1 - i)) bad++;
            if (term_map_keys(big)[i] != I(i)) bad++;
        }
        OK(bad == 0);
        free(e);
    }
}

#ifdef BIFS_TEST_ETF
void bifs_test_etf(void);
#endif

/* term_to_binary(T) bytes from erl, and the round trip back */
static void etf_case(int line, Term t, const char *bytes, size_t n) {
    checks++;
    Term bin = C1(erlang_term_to_binary_1, t);
    if (bin == THE_NON_VALUE || !term_exact_eq(bin, B(bytes, n))) {
        fail(line, "term_to_binary bytes");
        return;
    }
    Term back = C1(erlang_binary_to_term_1, bin);
    if (back == THE_NON_VALUE || !term_exact_eq(back, t)) fail(line, "binary_to_term round trip");
}
#define ETF(t, lit) etf_case(__LINE__, t, lit, sizeof(lit) - 1)

static void test_etf(void) {
    ETF(I(1), "\x83\x61\x01");                               /* term_to_binary(1) */
    ETF(I(300), "\x83\x62\x00\x00\x01\x2c");                 /* 300 */
    ETF(I(-1), "\x83\x62\xff\xff\xff\xff");                  /* -1 */
    ETF(I(1LL << 40), "\x83\x6e\x06\x00\x00\x00\x00\x00\x00\x01");   /* 1 bsl 40 */
    ETF(I(-(1LL << 40)), "\x83\x6e\x06\x01\x00\x00\x00\x00\x00\x01"); /* -(1 bsl 40) */
    ETF(heap_uint(P, UINT64_MAX), "\x83\x6e\x08\x00\xff\xff\xff\xff\xff\xff\xff\xff");
    ETF(F(1.5), "\x83\x46\x3f\xf8\x00\x00\x00\x00\x00\x00");   /* 1.5 */
    ETF(A("abc"), "\x83\x64\x00\x03" "abc");                     /* abc */
    ETF(A("h\xc3\xa9"), "\x83\x64\x00\x02h\xe9");                /* 'hé': latin1 ATOM_EXT */
    ETF(A("\xc4\x81"), "\x83\x77\x02\xc4\x81");                 /* 'ā': SMALL_ATOM_UTF8_EXT */
    ETF(TERM_NIL, "\x83\x6a");                               /* [] */
    ETF(S("abc"), "\x83\x6b\x00\x03" "abc");                 /* "abc" */
    ETF(L(2, I(1), I(300)), "\x83\x6c\x00\x00\x00\x02\x61\x01\x62\x00\x00\x01\x2c\x6a");  /* [1,300] */
    ETF(LT(1, A("b"), A("a")), "\x83\x6c\x00\x00\x00\x01\x64\x00\x01" "a" "\x64\x00\x01" "b");  /* [a|b] */
    ETF(T(2, A("a"), I(1)), "\x83\x68\x02\x64\x00\x01" "a" "\x61\x01");                    /* {a,1} */
    ETF(T(0), "\x83\x68\x00");                                                         /* {} */
    ETF(BS("\1\2\3"), "\x83\x6d\x00\x00\x00\x03\1\2\3");                              /* <<1,2,3>> */
    ETF(bits(5, 3), "\x83\x4d\x00\x00\x00\x01\x03\xa0");                             /* <<5:3>> */
    ETF(M(2, A("b"), I(2), A("a"), I(1)), "\x83\x74\x00\x00\x00\x02\x64\x00\x01" "a" "\x61\x01\x64\x00\x01" "b" "\x61\x02");
    ETF(M(0), "\x83\x74\x00\x00\x00\x00");                                           /* #{} */
    ETF(L(2, S("ab"), T(1, F(-0.5))),
        "\x83\x6c\x00\x00\x00\x02\x6b\x00\x02" "ab" "\x68\x01\x46\xbf\xe0\x00\x00\x00\x00\x00\x00\x6a");
    /* pids, references and external funs round-trip; a pid is NEW_PID_EXT */
    ETF(term_from_pid(9, 0), "\x83\x58\x64\x00\x0dnonode@nohost\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00");
    {
        Term ref = heap_ref(P);
        EQ(C1(erlang_binary_to_term_1, C1(erlang_term_to_binary_1, ref)), ref);
        Term *h = heap_alloc(P, EXPORT_WORDS);
        h[0] = term_make_header(1, SUB_EXPORT);
        h[1] = (Term)(uintptr_t)code_export(&vm, A("lists"), A("map"), 2);
        /* term_to_binary(fun lists:map/2) */
        ETF(term_make_boxed(h), "\x83\x71\x64\x00\x05lists\x64\x00\x03map\x61\x02");
        /* a tuple of 256 elements is LARGE_TUPLE_EXT: <<131,105,0,0,1,0,...>> */
        Term big = heap_tuple(P, 256);
        Term bin = C1(erlang_term_to_binary_1, big);
        BitView v = term_bits(bin);
        OK(v.bits >= 48 && memcmp(v.data, "\x83\x69\x00\x00\x01\x00", 6) == 0);
        EQ(C1(erlang_binary_to_term_1, bin), big);
        /* a sub-binary at a bit offset encodes its own bits */
        Term sub = C2(erlang_split_binary_2, C1(erlang_list_to_bitstring_1, L(2, bits(1, 1), BS("\xff\x01"))), I(1));
        EQ(C1(erlang_binary_to_term_1, C1(erlang_term_to_binary_1, term_tuple_elem(sub, 2))), term_tuple_elem(sub, 2));
        /* integers at the small/big boundaries round-trip */
        int64_t edges[] = {MAX_SMALL, MIN_SMALL, (int64_t)1 << 31, -((int64_t)1 << 31), -((int64_t)1 << 31) - 1, 255, 256};
        for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
            EQ(C1(erlang_binary_to_term_1, C1(erlang_term_to_binary_1, I(edges[i]))), I(edges[i]));
        Term b2 = heap_uint(P, UINT64_MAX);
        EQ(C1(erlang_binary_to_term_1, C1(erlang_term_to_binary_1, b2)), b2);
    }
    /* 1 bsl 31 -> <<131,110,4,0,0,0,0,128>>; -(1 bsl 31) -> <<131,98,128,0,0,0>> */
    ETF(I((int64_t)1 << 31), "\x83\x6e\x04\x00\x00\x00\x00\x80");
    ETF(I(-((int64_t)1 << 31)), "\x83\x62\x80\x00\x00\x00");
    /* binary_to_term of bad input -> badarg */
    BADARG(C1(erlang_binary_to_term_1, BS("\x83")));
    BADARG(C1(erlang_binary_to_term_1, BS("\x82\x61\x01")));
    EQ(C1(erlang_binary_to_term_1, BS("\x83\x61\x01\x00")), I(1));       /* trailing bytes are ignored */
    /* a map with a repeated key -> badarg; <<131,77,0,0,0,0,0>> -> <<>>; <<131,77,0,0,0,1,0,0>> -> badarg */
    BADARG(C1(erlang_binary_to_term_1, BS("\x83\x74\x00\x00\x00\x02\x64\x00\x01" "b" "\x61\x02\x64\x00\x01" "b" "\x61\x01")));
    EQ(C1(erlang_binary_to_term_1, BS("\x83\x74\x00\x00\x00\x02\x64\x00\x01" "b" "\x61\x02\x64\x00\x01" "a" "\x61\x01")), M(2, A("a"), I(1), A("b"), I(2)));
    EQ(C1(erlang_binary_to_term_1, BS("\x83\x4d\x00\x00\x00\x00\x00")), BS(""));
    BADARG(C1(erlang_binary_to_term_1, BS("\x83\x4d\x00\x00\x00\x01\x00\x00")));
    EQ(C1(erlang_binary_to_term_1, BS("\x83\x6e\x02\x00\x01\x00")), I(1));   /* a big with a zero top byte */
    EQ(C1(erlang_binary_to_term_1, BS("\x83\x6e\x00\x00")), I(0));
    BADARG(C1(erlang_binary_to_term_1, BS("\x83\x6c\xff\xff\xff\xff\x6a")));
    BADARG(C1(erlang_binary_to_term_1, A("a")));
    /* old atom encodings decode: ATOM_EXT, SMALL_ATOM_EXT (latin1) */
    EQ(C1(erlang_binary_to_term_1, BS("\x83\x64\x00\x01\xe9")), A("\xc3\xa9"));
    EQ(C1(erlang_binary_to_term_1, BS("\x83\x73\x01" "a")), A("a"));
    /* a deep list encodes and decodes without recursion */
    {
        Term deep = TERM_NIL;
        for (int i = 0; i < 100000; i++) deep = heap_cons(P, deep, TERM_NIL);
        Term bin = C1(erlang_term_to_binary_1, deep);
        OK(bin != THE_NON_VALUE);
        Term back = bin == THE_NON_VALUE ? THE_NON_VALUE : C1(erlang_binary_to_term_1, bin);
        int depth = 0;
        while (back != THE_NON_VALUE && term_is_cons(back) && term_tl(back) == TERM_NIL) {
            back = term_hd(back);
            depth++;
        }
        OK(depth == 100000 && back == TERM_NIL);
    }
}

int main(void) {
    vm.atoms = atom_table_new();
    g_atoms = vm.atoms;
    if (code_table_new) code_table_new(&vm);
    proc.vm = &vm;
    proc.pid = term_from_pid(7, 0);
    proc.dict = TERM_NIL;
    proc.exit_reason = THE_NON_VALUE;
    proc.exc_trace = proc.exc_args = TERM_NIL;
    tru = T_TRUE;
    fals = T_FALSE;
    undef = T_UNDEFINED;

    test_types();
    test_data();
    test_append_subtract();
    test_atoms();
    test_binaries();
    test_exceptions();
    test_apply();
    test_local_fun();
    test_process();
    test_lists();
    test_maps();
    test_etf();

    while (proc.frags) {
        HeapFrag *f = proc.frags;
        proc.frags = f->next;
        free(f);
    }
    if (code_table_free && vm.code) code_table_free(vm.code);
    atom_table_free(vm.atoms);
    printf("bifs: %d checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
