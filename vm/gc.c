/* gc.c — the per-process copying collector (Cheney, two spaces).
 * The roots are copied first, then the to-space is scanned word by word
 * until it holds no pointer into from-space; a moved object leaves a
 * forwarding mark, so a shared subterm is copied once and sharing is kept.
 * Nothing recurses: a term's depth never reaches the C stack.
 *
 * From-space is the used part of the old heap block plus every heap
 * fragment.  A pointer outside it points into a module's literal area and
 * is left as it is (literals are never copied or written to).
 *
 * Forwarding marks, written over the from-space original:
 *   boxed object: its header becomes the boxed term of the copy (tag 10,
 *                 which no header has);
 *   cons cell:    head = THE_FORWARD, tail = the cons term of the copy.
 *
 * Sizing: the to-space is first U = old used words + fragment words +
 * need, an upper bound of live data plus the room asked for.  It is kept
 * as the new heap when it leaves room for at least half the live data
 * again (U >= 1.5 x live + need) and is not oversized (U <= 4 x
 * max(live + need, minimum)) -- the usual case for a process in a steady
 * state.  Otherwise (the heap must grow, or most of it was garbage) the
 * live data is copied a second time, O(live), into a heap of 2 x live +
 * need rounded up to the next size of a Fibonacci-like sequence (64, 104,
 * 168, ... words, then +20% steps).  So the heap stays within about 1.5..4
 * x (live + need): a process that allocates a lot but keeps little stays
 * small, and a growing one copies each live word about twice per doubling.
 */
#include "gc.h"

#include "code.h"
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Above this many words heap sizes grow by 20% a step, not by Fibonacci. */
#define GC_LARGE_HEAP_WORDS ((size_t)1 << 20)

typedef struct Range {
    uintptr_t lo, hi;            /* [lo, hi), byte addresses */
} Range;

/* The roots are listed in evacuate_roots: a new Process field that can
 * hold a heap term must be added there. */

/* One copying pass: where from-space is, and the to-space being filled. */
/* A purge's literal chunks, with the copies made of their objects so far
 * (an open-addressing map: the literal area is shared by every process,
 * so no forwarding mark may be written into it). */
typedef struct LitMove {
    const LitChunk *chunks;
    uintptr_t *from;             /* object address, 0 = empty */
    Term *to;
    size_t cap, n;
} LitMove;

typedef struct Gc {
    LitMove *lits;               /* NULL except in a purge */
    uintptr_t heap_lo;           /* used part of the old heap block */
    size_t heap_bytes;
    Range *frags;                /* used parts of the fragments, sorted by lo */
    size_t nfrags;
    uintptr_t frag_lo, frag_hi;  /* hull of all fragments: a quick reject */
    Term *htop, *hend;           /* to-space: next free word, end */
} Gc;

static void out_of_memory(void) {
    fputs("beamlet: out of memory (process heap)\n", stderr);
    abort();
}

static Term *alloc_words(size_t words) {
    if (words > SIZE_MAX / sizeof(Term)) out_of_memory();
    Term *w = (Term *)malloc(words * sizeof(Term));
    if (!w) out_of_memory();
    return w;
}

/* The heap size to use for at least `words` words: 64, 104, 168, 272, ...
 * (each the sum of the two before), then +20% a step for large heaps. */
static size_t heap_size_for(size_t words) {
    size_t a = 40, b = GC_MIN_HEAP_WORDS;
    while (b < words) {
        size_t step = b < GC_LARGE_HEAP_WORDS ? a : b / 5;
        if (b > SIZE_MAX - step) return words;
        a = b;
        b += step;
    }
    return b;
}

static bool in_from(const Gc *g, const void *ptr) {
    uintptr_t a = (uintptr_t)ptr;
    if (a - g->heap_lo < g->heap_bytes) return true;
    if (a < g->frag_lo || a >= g->frag_hi) return false;
    /* the last fragment starting at or below a */
    size_t lo = 0, hi = g->nfrags;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->frags[mid].lo <= a) lo = mid; else hi = mid;
    }
    return a >= g->frags[lo].lo && a < g->frags[lo].hi;
}

static Term *to_alloc(Gc *g, size_t words) {
    if ((size_t)(g->hend - g->htop) < words) {
        /* cannot happen: to-space is at least as large as from-space */
        fputs("beamlet: internal error: GC to-space overflow\n", stderr);
        abort();
    }
    Term *r = g->htop;
    g->htop += words;
    return r;
}

static bool in_chunks(const LitChunk *c, const void *ptr) {
    for (; c; c = c->next)
        if ((const Term *)ptr >= c->words && (const Term *)ptr < c->words + c->used) return true;
    return false;
}

static size_t lit_hash(uintptr_t a, size_t cap) { return (size_t)((a >> 3) * 0x9e3779b97f4a7c15ULL) & (cap - 1); }

static void lit_put(LitMove *m, uintptr_t from, Term to) {
    if ((m->n + 1) * 2 > m->cap) {
        LitMove bigger = {m->chunks, NULL, NULL, m->cap ? m->cap * 2 : 64, 0};
        bigger.from = (uintptr_t *)calloc(bigger.cap, sizeof(uintptr_t));
        bigger.to = (Term *)malloc(bigger.cap * sizeof(Term));
        if (!bigger.from || !bigger.to) out_of_memory();
        for (size_t i = 0; i < m->cap; i++)
            if (m->from[i]) lit_put(&bigger, m->from[i], m->to[i]);
        free(m->from);
        free(m->to);
        *m = bigger;
    }
    size_t i = lit_hash(from, m->cap);
    while (m->from[i]) i = (i + 1) & (m->cap - 1);
    m->from[i] = from;
    m->to[i] = to;
    m->n++;
}

static Term *to_alloc(Gc *g, size_t words);

/* A term outside from-space: in a purge, one in the dying literal area is
 * copied (once per collection) like a heap object; anything else stays. */
static Term evacuate_literal(Gc *g, Term t, const Term *obj) {
    LitMove *m = g->lits;
    if (!in_chunks(m->chunks, obj)) return t;
    if (m->cap) {
        for (size_t i = lit_hash((uintptr_t)obj, m->cap); m->from[i]; i = (i + 1) & (m->cap - 1))
            if (m->from[i] == (uintptr_t)obj) return m->to[i];
    }
    size_t words = term_is_cons(t) ? 2 : 1 + term_header_arity(obj[0]);
    Term *n = to_alloc(g, words);
    memcpy(n, obj, words * sizeof(Term));
    Term r = term_is_cons(t) ? term_make_cons(n) : term_make_boxed(n);
    lit_put(m, (uintptr_t)obj, r);
    return r;
}

/* Move t's top-level cell or object to to-space (once) and return the
 * term that now stands for it.  Immediates and literals come back as is. */
static Term evacuate(Gc *g, Term t) {
    switch (term_tag(t)) {
    case TAG_LIST: {
        Term *c = term_cons_ptr(t);
        if (!in_from(g, c)) return g->lits ? evacuate_literal(g, t, c) : t;
        if (c[0] == THE_FORWARD) return c[1];
        Term *n = to_alloc(g, 2);
        n[0] = c[0];
        n[1] = c[1];
        c[0] = THE_FORWARD;
        c[1] = term_make_cons(n);
        return c[1];
    }
    case TAG_BOXED: {
        Term *b = term_box_ptr(t);
        if (!in_from(g, b)) return g->lits ? evacuate_literal(g, t, b) : t;
        Term h = b[0];
        if (term_tag(h) == TAG_BOXED) return h;       /* already moved */
        size_t words = 1 + term_header_arity(h);
        Term *n = to_alloc(g, words);
        memcpy(n, b, words * sizeof(Term));
        b[0] = term_make_boxed(n);
        return b[0];
    }
    default:
        return t;   /* immediates (and a zero word in an unset field) */
    }
}

static void evacuate_range(Gc *g, Term *w, size_t n) {
    for (size_t i = 0; i < n; i++) w[i] = evacuate(g, w[i]);
}

/* Scan to-space from `scan` until it catches up with the allocation
 * pointer.  Each word is a header (an object of 1 + arity words) or the
 * head of a cons cell (no term has tag 00). */
static void scan_to_space(Gc *g, Term *scan) {
    while (scan < g->htop) {
        Term w = *scan;
        if (!term_is_header(w)) {
            scan[0] = evacuate(g, scan[0]);
            scan[1] = evacuate(g, scan[1]);
            scan += 2;
            continue;
        }
        size_t arity = term_header_arity(w);
        switch (term_header_sub(w)) {
        case SUB_TUPLE:
            evacuate_range(g, scan + 1, arity);
            break;
        case SUB_MAP:                     /* n, then n keys and n values */
            if (arity >= 1) evacuate_range(g, scan + 2, arity - 1);
            break;
        case SUB_FUN:                     /* version, index, nfree: raw */
            if (arity >= FUN_FREE) evacuate_range(g, scan + FUN_FREE, arity - (FUN_FREE - 1));
            break;
        case SUB_SUBBIN:                  /* bits, offset: raw; the BIN */
            if (arity >= 3) scan[3] = evacuate(g, scan[3]);
            break;
        default:                          /* BIN, FLOAT, bignums, REF, EXPORT */
            break;
        }
        scan += 1 + arity;
    }
}

static void evacuate_roots(Gc *g, Process *p, uint32_t top, Term *extra, size_t nextra) {
    evacuate_range(g, p->stack, top);
    p->dict = evacuate(g, p->dict);
    if (p->mbox) evacuate_range(g, p->mbox + p->mbox_head, p->mbox_len);
    p->exit_reason = evacuate(g, p->exit_reason);
    p->exc_class = evacuate(g, p->exc_class);
    p->exc_reason = evacuate(g, p->exc_reason);
    p->exc_trace = evacuate(g, p->exc_trace);
    p->exc_args = evacuate(g, p->exc_args);
    p->trap_fun = evacuate(g, p->trap_fun);
    unsigned ntrap = p->trap_arity;         /* a trap pending for p: its arguments */
    if (ntrap > sizeof p->vm->trap_args / sizeof p->vm->trap_args[0])
        ntrap = sizeof p->vm->trap_args / sizeof p->vm->trap_args[0];
    evacuate_range(g, p->vm->trap_args, ntrap);
    if (extra) evacuate_range(g, extra, nextra);
}

static int range_cmp(const void *a, const void *b) {
    uintptr_t x = ((const Range *)a)->lo, y = ((const Range *)b)->lo;
    return x < y ? -1 : x > y;
}

/* Copy everything reachable from the roots into [to, to + size).
 * From-space: [heap, heap + used) and the fragments in `frags`.
 * Returns the number of words copied. */
static size_t copy_live(Process *p, uint32_t top, Term *extra, size_t nextra,
                        Term *heap, size_t used, HeapFrag *frags,
                        Term *to, size_t size, LitMove *lits) {
    Gc g;
    g.lits = lits;
    g.heap_lo = (uintptr_t)heap;
    g.heap_bytes = heap ? used * sizeof(Term) : 0;
    g.frags = NULL;
    g.nfrags = 0;
    g.frag_lo = UINTPTR_MAX;
    g.frag_hi = 0;
    for (HeapFrag *f = frags; f; f = f->next) g.nfrags++;
    if (g.nfrags) {
        g.frags = (Range *)malloc(g.nfrags * sizeof *g.frags);
        if (!g.frags) out_of_memory();
        size_t i = 0;
        for (HeapFrag *f = frags; f; f = f->next, i++) {
            g.frags[i].lo = (uintptr_t)f->words;
            g.frags[i].hi = (uintptr_t)(f->words + f->used);
        }
        qsort(g.frags, g.nfrags, sizeof *g.frags, range_cmp);
        g.frag_lo = g.frags[0].lo;
        for (i = 0; i < g.nfrags; i++)
            if (g.frags[i].hi > g.frag_hi) g.frag_hi = g.frags[i].hi;
    }
    g.htop = to;
    g.hend = to + size;
    evacuate_roots(&g, p, top, extra, nextra);
    scan_to_space(&g, to);
    free(g.frags);
    return (size_t)(g.htop - to);
}

void gc_init_heap(Process *p, size_t words) {
    if (words <= PROC_INLINE_HEAP) {
        p->heap = p->htop = p->heap0;
        p->hend = p->heap0 + PROC_INLINE_HEAP;
        return;
    }
    size_t size = heap_size_for(words);
    p->heap = alloc_words(size);
    p->htop = p->heap;
    p->hend = p->heap + size;
}

static void collect(Process *p, uint32_t top, size_t need, Term *extra, size_t nextra, LitMove *lits);

void gc_collect(Process *p, uint32_t top, size_t need, Term *extra, size_t nextra) {
    collect(p, top, need, extra, nextra, NULL);
}

static void collect(Process *p, uint32_t top, size_t need, Term *extra, size_t nextra, LitMove *lits) {
    size_t used = p->heap ? (size_t)(p->htop - p->heap) : 0;
    size_t limit = SIZE_MAX / (4 * sizeof(Term));
    if (used > limit || p->frag_words > limit || need > limit) out_of_memory();
    size_t bound = used + p->frag_words + need;
    if (bound > limit) out_of_memory();
    size_t size = bound > GC_MIN_HEAP_WORDS ? bound : GC_MIN_HEAP_WORDS;

    Term *to = alloc_words(size);
    size_t live = copy_live(p, top, extra, nextra, p->heap, used, p->frags, to, size, lits);

    /* from-space is garbage now */
    if (p->heap != p->heap0) free(p->heap);
    for (HeapFrag *f = p->frags, *next; f; f = next) {
        next = f->next;
        free(f);
    }
    p->frags = NULL;
    p->frag_words = 0;

    size_t want = live + need;
    size_t base_words = want > GC_MIN_HEAP_WORDS ? want : GC_MIN_HEAP_WORDS;
    if (size < want + live / 2 || size > 4 * base_words) {
        /* too tight or mostly garbage: move into a right-sized heap */
        size_t size2 = heap_size_for(2 * live + need);
        Term *to2 = alloc_words(size2);
        size_t live2 = copy_live(p, top, extra, nextra, to, live, NULL, to2, size2, NULL);
        (void)live2;   /* == live: the same graph */
        free(to);
        to = to2;
        size = size2;
    }
    p->heap = to;
    p->htop = to + live;
    p->hend = to + size;
    p->heap_live_after_gc = live;
}

size_t gc_heap_words(const Process *p) {
    size_t n = p->heap ? (size_t)(p->hend - p->heap) : 0;
    for (const HeapFrag *f = p->frags; f; f = f->next) n += f->size;
    return n;
}

void gc_free_heap(Process *p) {
    if (p->heap != p->heap0) free(p->heap);
    for (HeapFrag *f = p->frags, *next; f; f = next) {
        next = f->next;
        free(f);
    }
    p->heap = p->htop = p->hend = NULL;
    p->frags = NULL;
    p->frag_words = 0;
    p->heap_live_after_gc = 0;
}

/* ---- purge: literals of a version about to be freed ---------------------- */

static bool refers(const Term *w, size_t n, const LitChunk *lits) {
    for (size_t i = 0; i < n; i++) {
        Term t = w[i];
        if ((term_is_cons(t) && in_chunks(lits, term_cons_ptr(t))) ||
            (term_is_boxed(t) && in_chunks(lits, term_box_ptr(t))))
            return true;
    }
    return false;
}

bool gc_refers_to(const Process *p, const LitChunk *lits) {
    if (!lits) return false;
    if (refers(p->stack, p->top, lits)) return true;
    if (p->heap && refers(p->heap, (size_t)(p->htop - p->heap), lits)) return true;
    for (const HeapFrag *f = p->frags; f; f = f->next)
        if (refers(f->words, f->used, lits)) return true;
    if (p->mbox && refers(p->mbox + p->mbox_head, p->mbox_len, lits)) return true;
    const Term roots[] = {p->dict, p->exit_reason, p->exc_class, p->exc_reason, p->exc_trace, p->exc_args, p->trap_fun};
    return refers(roots, sizeof roots / sizeof roots[0], lits);
}

void gc_collect_literals(Process *p, const LitChunk *lits) {
    size_t words = 0;
    for (const LitChunk *c = lits; c; c = c->next) words += c->used;
    /* as at a function entry: slots above top are not live */
    for (uint32_t i = p->top; i < p->stack_hw; i++) p->stack[i] = TERM_NIL;
    p->stack_hw = p->top;
    LitMove m = {lits, NULL, NULL, 0, 0};
    collect(p, p->top, words, NULL, 0, &m);
    free(m.from);
    free(m.to);
}
