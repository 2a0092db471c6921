/* tests/unit/gc.c — unit test of the copying collector (vm/gc.c): terms of
 * every kind survive collections intact, sharing is kept, literals are not
 * touched, memory is reclaimed, and huge/deep terms do not recurse.
 * Exits 0 on success; prints the failing check otherwise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc.h"
#include "heap.h"
#include "process.h"
#include "term.h"
#include "vm.h"

#ifdef GC_UNIT_STUBS
/* Built alone (gc.c + heap.c): heap_map is not used here. */
int term_compare_exact(const AtomTable *atoms, Term a, Term b) {
    (void)atoms;
    return a < b ? -1 : a > b;
}
#endif

static int failures;

#define CHECK(cond) do { \
    if (!(cond)) { \
        fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        failures++; \
        if (failures > 20) exit(1); \
    } \
} while (0)

#define STACK_WORDS 4096

typedef struct Env {
    Vm vm;
    Process p;
} Env;

static Env *env_new(void) {
    Env *e = (Env *)calloc(1, sizeof *e);
    e->p.vm = &e->vm;
    e->p.stack = (Term *)calloc(STACK_WORDS, sizeof(Term));
    e->p.stack_size = STACK_WORDS;
    e->p.dict = TERM_NIL;
    e->p.exc_class = e->p.exc_reason = e->p.exc_trace = e->p.exc_args = TERM_NIL;
    e->p.trap_fun = THE_NON_VALUE;
    gc_init_heap(&e->p, 0);
    return e;
}

static void env_free(Env *e) {
    gc_free_heap(&e->p);
    free(e->p.stack);
    free(e);
}

/* ---- a fake literal area: terms that live outside every heap ---- */

typedef struct Literals {
    Term words[64];
    Term tuple;      /* {7, [8 | 9], <<"lit">>} */
    Term list;       /* [8 | 9] */
    Term bin;
} Literals;

static void literals_init(Literals *l) {
    Term *w = l->words;
    memset(w, 0, sizeof l->words);
    /* cons [8 | 9] at 0 */
    w[0] = term_from_small(8);
    w[1] = term_from_small(9);
    l->list = term_make_cons(w);
    /* binary "lit" at 2: header, bits, bytes */
    w[2] = term_make_header(2, SUB_BIN);
    w[3] = 24;
    memcpy(&w[4], "lit", 3);
    l->bin = term_make_boxed(w + 2);
    /* tuple at 6 */
    w[6] = term_make_header(3, SUB_TUPLE);
    w[7] = term_from_small(7);
    w[8] = l->list;
    w[9] = l->bin;
    l->tuple = term_make_boxed(w + 6);
}

/* ---- an iterative walker: a structural hash, and pointer validation ---- */

typedef struct Walk {
    Term *stack;
    size_t n, cap;
} Walk;

static void walk_push(Walk *w, Term t) {
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 1024;
        w->stack = (Term *)realloc(w->stack, w->cap * sizeof(Term));
        if (!w->stack) abort();
    }
    w->stack[w->n++] = t;
}

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h * 0x100000001b3ULL;
}

/* Is ptr a word the process may point to: its heap's used part or the
 * literal area?  (NULL lits: heap only.) */
static bool valid_ptr(const Process *p, const Literals *lits, const Term *ptr) {
    if (p->heap && ptr >= p->heap && ptr < p->htop) return true;
    for (const HeapFrag *f = p->frags; f; f = f->next)
        if (ptr >= f->words && ptr < f->words + f->used) return true;
    if (lits && ptr >= lits->words && ptr < lits->words + 64) return true;
    return false;
}

static int bad_pointers;

/* The walk visits a DAG as a tree; it stops after this many nodes (the
 * pre-order is the same for any copy, so a cut-off hash still compares). */
#define WALK_BUDGET 200000
#define WALK_BUDGET_SMALL 4000

/* The structural hash of t (the same for any copy of t).  If p is given,
 * every pointer met must point into p's heap or the literals. */
static uint64_t term_hash_n(Term t, const Process *p, const Literals *lits, size_t budget) {
    Walk w = {0};
    uint64_t h = 1469598103934665603ULL;
    walk_push(&w, t);
    while (w.n && budget--) {
        Term x = w.stack[--w.n];
        switch (term_tag(x)) {
        case TAG_LIST: {
            Term *c = term_cons_ptr(x);
            if (p && !valid_ptr(p, lits, c)) { bad_pointers++; goto out; }
            h = mix(h, 'L');
            walk_push(&w, c[1]);
            walk_push(&w, c[0]);
            break;
        }
        case TAG_BOXED: {
            Term *b = term_box_ptr(x);
            if (p && !valid_ptr(p, lits, b)) { bad_pointers++; goto out; }
            Term hd = b[0];
            if (!term_is_header(hd)) { bad_pointers++; goto out; }
            size_t n = term_header_arity(hd);
            h = mix(h, hd);
            switch (term_header_sub(hd)) {
            case SUB_TUPLE:
                for (size_t i = n; i >= 1; i--) walk_push(&w, b[i]);
                break;
            case SUB_MAP:
                h = mix(h, b[1]);
                for (size_t i = n; i >= 2; i--) walk_push(&w, b[i]);
                break;
            case SUB_FUN:
                h = mix(mix(mix(h, b[1]), b[2]), b[3]);
                for (size_t i = n; i >= FUN_FREE; i--) walk_push(&w, b[i]);
                break;
            case SUB_SUBBIN: {
                if (p && !valid_ptr(p, lits, term_box_ptr(b[3]))) { bad_pointers++; goto out; }
                BitView v = term_bits(x);
                h = mix(mix(h, v.bits), v.offset);
                for (size_t i = 0; i < (v.offset + v.bits + 7) / 8; i++) h = mix(h, v.data[i]);
                walk_push(&w, b[3]);
                break;
            }
            case SUB_BIN: {
                BitView v = term_bits(x);
                h = mix(h, v.bits);
                for (size_t i = 0; i < (v.bits + 7) / 8; i++) h = mix(h, v.data[i]);
                break;
            }
            default:
                for (size_t i = 1; i <= n; i++) h = mix(h, b[i]);
                break;
            }
            break;
        }
        default:
            h = mix(h, x);
            break;
        }
    }
out:
    free(w.stack);
    return h;
}

static uint64_t term_hash(Term t, const Process *p, const Literals *lits) {
    return term_hash_n(t, p, lits, WALK_BUDGET);
}

static void collect(Env *e, uint32_t top, size_t need) {
    gc_collect(&e->p, top, need, NULL, 0);
    CHECK(e->p.frags == NULL);
    CHECK(e->p.frag_words == 0);
    CHECK((size_t)(e->p.hend - e->p.htop) >= need);
    CHECK((size_t)(e->p.htop - e->p.heap) == e->p.heap_live_after_gc);
}

/* ---- term builders for kinds heap.c has no constructor for ---- */

static Term make_map(Process *p, const Term *keys, const Term *vals, size_t n) {
    Term *h = heap_alloc(p, MAP_WORDS(n));
    h[0] = term_make_header(1 + 2 * n, SUB_MAP);
    h[1] = (Term)n;
    for (size_t i = 0; i < n; i++) {
        h[2 + i] = keys[i];
        h[2 + n + i] = vals[i];
    }
    return term_make_boxed(h);
}

static Term make_fun(Process *p, Word raw_version, const Term *free_vars, size_t nfree) {
    Term *h = heap_alloc(p, FUN_WORDS(nfree));
    h[0] = term_make_header(FUN_WORDS(nfree) - 1, SUB_FUN);
    h[FUN_VERSION] = raw_version;
    h[FUN_INDEX] = 3;
    h[FUN_NFREE] = (Term)nfree;
    for (size_t i = 0; i < nfree; i++) h[FUN_FREE + i] = free_vars[i];
    return term_make_boxed(h);
}

static Term make_subbin(Process *p, Term bin, size_t offset, size_t bits) {
    Term *h = heap_alloc(p, SUBBIN_WORDS);
    h[0] = term_make_header(3, SUB_SUBBIN);
    h[1] = (Term)bits;
    h[2] = (Term)offset;
    h[3] = bin;
    return term_make_boxed(h);
}

static Term make_bignum(Process *p, bool neg, const Word *limbs, size_t n) {
    Term *h = heap_alloc(p, BIG_WORDS(n));
    h[0] = term_make_header(n, neg ? SUB_NEGBIG : SUB_POSBIG);
    memcpy(h + 1, limbs, n * sizeof(Word));
    return term_make_boxed(h);
}

static Term make_export(Process *p, Word raw) {
    Term *h = heap_alloc(p, EXPORT_WORDS);
    h[0] = term_make_header(1, SUB_EXPORT);
    h[1] = raw;
    return term_make_boxed(h);
}

static void make_garbage(Process *p, size_t n) {
    Term l = TERM_NIL;
    for (size_t i = 0; i < n; i++)
        l = heap_cons(p, heap_tuple2(p, term_from_small((int64_t)i), heap_float(p, 0.5)), l);
    (void)l;
}

/* A mixed term: a list of n records of every kind, some literal parts. */
static Term make_mixed(Process *p, const Literals *lits, size_t n) {
    Term l = TERM_NIL;
    for (size_t i = 0; i < n; i++) {
        char buf[64];
        int len = snprintf(buf, sizeof buf, "binary number %zu with some padding", i);
        Term bin = heap_binary(p, buf, (size_t)len);
        Term sub = make_subbin(p, bin, 3 + i % 5, 8 * 5 + i % 7);
        Word limbs[3] = {i * 0x9e3779b97f4a7c15ULL, (Word)term_make_cons(p->heap), (Word)i};
        Term big = make_bignum(p, i % 2, limbs, 1 + i % 3);
        Term fl = heap_float(p, (double)i / 3.0);
        Term keys[3] = {term_from_small(1), term_from_atom(5), fl};
        Term vals[3] = {bin, lits->tuple, heap_string(p, "abc", 3)};
        Term map = make_map(p, keys, vals, 3);
        Term fv[2] = {sub, heap_cons(p, big, term_from_small(-1))};   /* improper */
        /* a raw word that looks like a heap pointer must not be followed */
        Term fun = make_fun(p, (Word)term_make_boxed(p->heap), fv, i % 3);
        Term rec = heap_tuple(p, 8);
        Term *el = term_tuple_elems(rec);
        el[0] = term_from_small((int64_t)i);
        el[1] = sub;
        el[2] = big;
        el[3] = map;
        el[4] = fun;
        el[5] = heap_ref(p);
        el[6] = i % 4 == 0 ? lits->list : make_export(p, 0x1234567ULL);
        el[7] = heap_tuple(p, 0);
        l = heap_cons(p, rec, l);
        make_garbage(p, i % 4);
    }
    return l;
}

/* ---- tests ---- */

static void test_empty(void) {
    Env *e = env_new();
    collect(e, 0, 0);
    collect(e, 0, 100);
    CHECK(gc_heap_words(&e->p) >= 100);
    gc_free_heap(&e->p);
    /* a process with no heap at all: everything went to fragments */
    Term t = heap_tuple2(&e->p, term_from_small(1), TERM_NIL);
    e->p.stack[0] = t;
    uint64_t h = term_hash(t, NULL, NULL);
    collect(e, 1, 0);
    CHECK(term_hash(e->p.stack[0], &e->p, NULL) == h);
    CHECK(gc_heap_words(&e->p) >= GC_MIN_HEAP_WORDS);
    env_free(e);
}

static void test_mixed(void) {
    Env *e = env_new();
    Literals lits;
    literals_init(&lits);
    Literals lits_copy = lits;
    Process *p = &e->p;
    make_garbage(p, 100);
    p->stack[0] = make_mixed(p, &lits, 500);
    make_garbage(p, 100);
    p->stack[1] = term_from_atom(42);
    p->stack[2] = heap_tuple3(p, lits.tuple, lits.bin, heap_float(p, 2.5));
    p->stack[3] = heap_list(p, (Term[]){term_from_small(1), term_from_small(2)}, 2, term_from_small(3));
    p->dict = heap_cons(p, heap_tuple2(p, term_from_atom(1), heap_string(p, "value", 5)), TERM_NIL);
    p->exc_class = term_from_atom(3);
    p->exc_reason = heap_tuple2(p, term_from_atom(4), heap_int(p, MAX_SMALL + 5));
    p->exc_trace = heap_cons(p, heap_tuple(p, 4), TERM_NIL);
    p->exc_args = heap_list(p, (Term[]){heap_float(p, 1.0)}, 1, TERM_NIL);
    p->trap_fun = make_fun(p, 0, (Term[]){heap_float(p, 3.0)}, 1);
    p->trap_arity = 2;
    p->vm->trap_args[0] = heap_string(p, "trap", 4);
    p->vm->trap_args[1] = lits.list;
    p->vm->trap_args[2] = (Term)0xdead0;   /* beyond trap_arity: never looked at */
    Term mbox[3] = {heap_tuple2(p, term_from_atom(7), heap_float(p, 7.0)), lits.tuple,
                    heap_string(p, "message", 7)};
    p->mbox = mbox;
    p->mbox_len = 3;
    p->mbox_cap = 3;
    Term extra[2] = {heap_tuple2(p, term_from_small(9), heap_binary(p, "x", 1)), TERM_NIL};
    make_garbage(p, 1000);

    enum { NROOTS = 17 };
    Term *roots[NROOTS] = {&p->stack[0], &p->stack[1], &p->stack[2], &p->stack[3], &p->dict,
                           &p->exc_class, &p->exc_reason, &p->exc_trace, &p->exc_args,
                           &p->trap_fun, &p->vm->trap_args[0], &p->vm->trap_args[1], &extra[0], &extra[1],
                           &mbox[0], &mbox[1], &mbox[2]};
    uint64_t hashes[NROOTS];
    for (int i = 0; i < NROOTS; i++) hashes[i] = term_hash(*roots[i], NULL, NULL);
    size_t before = gc_heap_words(p);
    for (int round = 0; round < 6; round++) {
        gc_collect(p, 4, round * 50, extra, 2);
        CHECK(p->frags == NULL);
        CHECK((size_t)(p->hend - p->htop) >= (size_t)round * 50);
        for (int i = 0; i < NROOTS; i++) {
            bad_pointers = 0;
            CHECK(term_hash(*roots[i], p, &lits) == hashes[i]);
            CHECK(bad_pointers == 0);
        }
        CHECK(p->vm->trap_args[2] == (Term)0xdead0);
        /* literal pointers are kept, literals untouched */
        CHECK(term_tuple_elem(p->stack[2], 1) == lits.tuple);
        CHECK(term_tuple_elem(p->stack[2], 2) == lits.bin);
        CHECK(p->vm->trap_args[1] == lits.list);
        CHECK(memcmp(&lits, &lits_copy, sizeof lits) == 0);
        make_garbage(p, 300);
    }
    /* the garbage is gone; the heap is 2..4 x live */
    CHECK(p->heap_live_after_gc + 1000 * 7 < before);
    gc_collect(p, 4, 0, extra, 2);
    CHECK(gc_heap_words(p) <= 4 * p->heap_live_after_gc);
    CHECK(mbox[1] == lits.tuple);
    p->mbox = NULL;
    p->mbox_len = p->mbox_cap = 0;
    env_free(e);
}

static void test_sharing(void) {
    Env *e = env_new();
    Process *p = &e->p;
    Term t = heap_tuple2(p, term_from_small(1), heap_float(p, 1.5));
    Term l = heap_string(p, "shared", 6);
    Term bin = heap_binary(p, "0123456789", 10);
    Term sub1 = make_subbin(p, bin, 8, 16);
    Term sub2 = make_subbin(p, bin, 16, 30);
    make_garbage(p, 50);
    p->stack[0] = heap_tuple4(p, t, t, l, l);
    p->stack[1] = t;
    p->stack[2] = heap_cons(p, l, heap_cons(p, sub1, sub2));
    p->stack[3] = bin;
    p->stack[4] = l;
    /* a chain where every link is shared twice: {X, X} nested 40 deep
     * (2^40 paths; copying it must stay linear) */
    Term x = heap_float(p, 9.0);
    for (int i = 0; i < 40; i++) x = heap_tuple2(p, x, x);
    p->stack[5] = x;
    make_garbage(p, 50);
    for (int round = 0; round < 3; round++) {
        collect(e, 6, 0);
        Term s0 = p->stack[0];
        CHECK(term_tuple_elem(s0, 1) == p->stack[1]);
        CHECK(term_tuple_elem(s0, 2) == p->stack[1]);
        CHECK(term_tuple_elem(s0, 3) == p->stack[4]);
        CHECK(term_tuple_elem(s0, 4) == p->stack[4]);
        Term s2 = p->stack[2];
        CHECK(term_hd(s2) == p->stack[4]);
        Term sb1 = term_hd(term_tl(s2)), sb2 = term_tl(term_tl(s2));
        CHECK(term_box_ptr(sb1)[3] == p->stack[3]);
        CHECK(term_box_ptr(sb2)[3] == p->stack[3]);
        BitView v = term_bits(sb1);
        CHECK(v.bits == 16 && v.offset == 8 && memcmp(v.data + 1, "12", 2) == 0);
        Term y = p->stack[5];
        size_t depth = 0;
        while (term_is_tuple(y)) {
            CHECK(term_tuple_elem(y, 1) == term_tuple_elem(y, 2));
            y = term_tuple_elem(y, 1);
            depth++;
        }
        CHECK(depth == 40 && term_is_float(y) && term_float(y) == 9.0);
        /* 40 tuples of 3 words + 1 float + the rest: linear, not 2^40 */
        CHECK(p->heap_live_after_gc < 400);
    }
    env_free(e);
}

static void test_fragments_and_need(void) {
    Env *e = env_new();
    Process *p = &e->p;
    /* fill well past the 64-word heap: many fragments */
    Term l = TERM_NIL;
    for (int i = 0; i < 20000; i++) l = heap_cons(p, heap_int(p, (int64_t)((uint64_t)i << 58)), l);
    CHECK(p->frags != NULL);
    p->stack[0] = l;
    uint64_t h = term_hash(l, NULL, NULL);
    collect(e, 1, 0);
    bad_pointers = 0;
    CHECK(term_hash(p->stack[0], p, NULL) == h && bad_pointers == 0);
    /* a big need is honoured, then the heap shrinks back */
    collect(e, 1, 1000000);
    CHECK(gc_heap_words(p) >= p->heap_live_after_gc + 1000000);
    p->stack[0] = TERM_NIL;
    collect(e, 1, 0);
    CHECK(p->heap_live_after_gc == 0);
    CHECK(gc_heap_words(p) == GC_MIN_HEAP_WORDS);
    env_free(e);
}

/* Allocate 2 GB in total while keeping a small, changing live set; the
 * heap must stay small.  Collections happen as the interpreter does them:
 * whenever the heap overflowed into fragments. */
static void test_bounded(void) {
    Env *e = env_new();
    Process *p = &e->p;
    const size_t total_words = ((size_t)2 << 30) / sizeof(Term);
    size_t allocated = 0, max_after = 0, ngc = 0, iter = 0;
    p->stack[0] = TERM_NIL;
    uint64_t h = term_hash(TERM_NIL, NULL, NULL);
    while (allocated < total_words) {
        Term *start = p->htop;
        size_t frag_before = p->frag_words;
        if (iter % 16 == 0) {
            /* a new live set of 300 {i, <<bytes>>} replaces the old one */
            Term l = TERM_NIL;
            for (int i = 0; i < 300; i++)
                l = heap_cons(p, heap_tuple2(p, term_from_small(i + (int64_t)iter),
                                             heap_binary(p, "live data", 9)), l);
            p->stack[0] = l;
            h = term_hash(l, NULL, NULL);
        }
        make_garbage(p, 1000 + iter % 500);
        allocated += (size_t)(p->htop - start) + (p->frag_words - frag_before);
        if (p->frags) {
            collect(e, 1, 16);
            ngc++;
            if (gc_heap_words(p) > max_after) max_after = gc_heap_words(p);
            size_t base_words = p->heap_live_after_gc + 16;
            if (base_words < GC_MIN_HEAP_WORDS) base_words = GC_MIN_HEAP_WORDS;
            CHECK(gc_heap_words(p) <= 4 * base_words);
            CHECK(gc_heap_words(p) >= p->heap_live_after_gc + p->heap_live_after_gc / 2 + 16);
        }
        if (iter % 1024 == 0) CHECK(term_hash(p->stack[0], p, NULL) == h);
        iter++;
    }
    CHECK(term_hash(p->stack[0], p, NULL) == h);
    /* live: 300 * (2 + 3 + 4) words */
    CHECK(max_after < 32768);
    CHECK(ngc > 1000);
    printf("  bounded: %zu words allocated, %zu collections, max heap %zu words\n",
           allocated, ngc, max_after);
    env_free(e);
}

static void test_long_list(void) {
    Env *e = env_new();
    Process *p = &e->p;
    const int64_t n = 10 * 1000 * 1000;
    Term l = TERM_NIL;
    for (int64_t i = n; i >= 1; i--) l = heap_cons(p, term_from_small(i), l);
    p->stack[0] = l;
    for (int round = 0; round < 2; round++) {
        collect(e, 1, 0);
        CHECK(p->heap_live_after_gc == (size_t)(2 * n));
        int64_t i = 1;
        Term x = p->stack[0];
        bool ok = true;
        while (term_is_cons(x)) {
            if (term_hd(x) != term_from_small(i)) ok = false;
            i++;
            x = term_tl(x);
        }
        CHECK(ok && x == TERM_NIL && i == n + 1);
    }
    /* a list of 1M floats: boxed heads */
    Term fl = TERM_NIL;
    for (int i = 0; i < 1000000; i++) fl = heap_cons(p, heap_float(p, i), fl);
    p->stack[0] = fl;
    collect(e, 1, 0);
    CHECK(p->heap_live_after_gc == 4 * 1000000);
    int i = 1000000;
    Term x = p->stack[0];
    bool ok = true;
    while (term_is_cons(x)) {
        i--;
        if (term_float(term_hd(x)) != i) ok = false;
        x = term_tl(x);
    }
    CHECK(ok && i == 0);
    env_free(e);
}

static void test_deep(void) {
    Env *e = env_new();
    Process *p = &e->p;
    const int n = 1000000;
    Term t = term_from_atom(0);
    for (int i = 0; i < n; i++) t = heap_tuple2(p, t, term_from_small(i));
    p->stack[0] = t;
    /* deep in the head position of conses too: [[[... ]]] */
    Term l = TERM_NIL;
    for (int i = 0; i < n; i++) l = heap_cons(p, l, TERM_NIL);
    p->stack[1] = l;
    for (int round = 0; round < 2; round++) {
        collect(e, 2, 0);
        Term x = p->stack[0];
        int i = n;
        bool ok = true;
        while (term_is_tuple(x)) {
            i--;
            if (term_tuple_elem(x, 2) != term_from_small(i)) ok = false;
            x = term_tuple_elem(x, 1);
        }
        CHECK(ok && i == 0 && x == term_from_atom(0));
        Term y = p->stack[1];
        int d = 0;
        while (term_is_cons(y)) {
            if (term_tl(y) != TERM_NIL) ok = false;
            y = term_hd(y);
            d++;
        }
        CHECK(ok && d == n && y == TERM_NIL);
    }
    env_free(e);
}

/* Random graphs: roots are rebuilt from each other, with garbage and
 * collections at random points; each root's hash must never change. */
static uint64_t rng_next(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void test_random(void) {
    Env *e = env_new();
    Literals lits;
    literals_init(&lits);
    Process *p = &e->p;
    enum { NR = 48 };
    uint64_t hashes[NR];
    uint64_t s = 0x12345678abcdefULL;
    for (int i = 0; i < NR; i++) {
        p->stack[i] = term_from_small(i);
        hashes[i] = term_hash_n(p->stack[i], NULL, NULL, WALK_BUDGET_SMALL);
    }
    for (int step = 0; step < 20000; step++) {
        int r = (int)(rng_next(&s) % NR);
        Term old = p->stack[rng_next(&s) % NR];
        Term t;
        switch (rng_next(&s) % 9) {
        case 0: t = heap_tuple2(p, old, term_from_small(step)); break;
        case 1: t = heap_cons(p, heap_float(p, step), old); break;
        case 2: t = heap_cons(p, old, old); break;
        case 3: {
            Term k[2] = {term_from_small(1), term_from_small(2)};
            Term v[2] = {old, heap_binary(p, "map value", 9)};
            t = make_map(p, k, v, 2);
            break;
        }
        case 4: t = make_fun(p, rng_next(&s), (Term[]){old, lits.tuple}, 2); break;
        case 5: {
            Term b = heap_binary(p, "abcdefghijklmnop", 16);
            t = heap_tuple2(p, make_subbin(p, b, step % 9, 40), old);
            break;
        }
        case 6: {
            Word limbs[2] = {rng_next(&s), rng_next(&s)};
            t = heap_tuple3(p, make_bignum(p, step % 2, limbs, 2), old, lits.list);
            break;
        }
        case 7: make_garbage(p, rng_next(&s) % 200); t = old; break;
        default: t = term_is_cons(old) ? term_tl(old) : old; break;
        }
        /* keep the chains short enough for the tree-walking hash */
        if (step % 50 == 0) t = term_from_small(step);
        p->stack[r] = t;
        hashes[r] = term_hash_n(t, NULL, NULL, WALK_BUDGET_SMALL);
        if (p->frags || rng_next(&s) % 64 == 0) {
            collect(e, NR, rng_next(&s) % 100);
            for (int i = 0; i < NR; i++) {
                bad_pointers = 0;
                CHECK(term_hash_n(p->stack[i], p, &lits, WALK_BUDGET_SMALL) == hashes[i]);
                CHECK(bad_pointers == 0);
            }
        }
    }
    env_free(e);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(void) {
    static const struct {
        const char *name;
        void (*fn)(void);
    } tests[] = {
        {"empty", test_empty},
        {"mixed", test_mixed},
        {"sharing", test_sharing},
        {"fragments_and_need", test_fragments_and_need},
        {"random", test_random},
        {"deep", test_deep},
        {"long_list", test_long_list},
        {"bounded", test_bounded},
    };
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        double t0 = now();
        int f0 = failures;
        tests[i].fn();
        printf("gc %-20s %s (%.2fs)\n", tests[i].name, failures == f0 ? "ok" : "FAILED", now() - t0);
    }
    if (failures) {
        fprintf(stderr, "gc: %d checks failed\n", failures);
        return 1;
    }
    return 0;
}
