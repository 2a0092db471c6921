/* heap.c — allocation on a process heap and the term constructors.
 *
 * heap_alloc bumps htop; when the heap is full it takes the words from a
 * heap fragment instead and never collects: the collector (gc.c) runs at
 * the process's next safe point and moves fragments into the new heap. */
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "process.h"
#include "vm.h"

#define FRAG_MIN_WORDS 64

/* A fragment is at least FRAG_MIN_WORDS and as big as all before it, so
 * a process that allocates much between collections mallocs rarely and
 * one that gets a small message while it waits stays small. */
static Term *frag_alloc(Process *p, size_t n) {
    HeapFrag *f = p->frags;
    if (!f || f->size - f->used < n) {
        size_t size = n > FRAG_MIN_WORDS ? n : FRAG_MIN_WORDS;
        if (size < p->frag_words) size = p->frag_words;
        f = (HeapFrag *)malloc(sizeof *f + size * sizeof(Term));
        if (!f) { fputs("beamlet: out of memory\n", stderr); abort(); }
        f->size = size;
        f->used = 0;
        f->next = p->frags;
        p->frags = f;
    }
    Term *r = f->words + f->used;
    f->used += n;
    p->frag_words += n;
    return r;
}

Term *heap_alloc(Process *p, size_t n) {
    if ((size_t)(p->hend - p->htop) >= n) {
        Term *r = p->htop;
        p->htop += n;
        return r;
    }
    return frag_alloc(p, n);
}

Term heap_tuple(Process *p, size_t arity) {
    Term *h = heap_alloc(p, TUPLE_WORDS(arity));
    h[0] = term_make_header(arity, SUB_TUPLE);
    for (size_t i = 1; i <= arity; i++) h[i] = TERM_NIL;
    return term_make_boxed(h);
}

Term heap_tuple2(Process *p, Term a, Term b) {
    Term *h = heap_alloc(p, 3);
    h[0] = term_make_header(2, SUB_TUPLE);
    h[1] = a;
    h[2] = b;
    return term_make_boxed(h);
}

Term heap_tuple3(Process *p, Term a, Term b, Term c) {
    Term *h = heap_alloc(p, 4);
    h[0] = term_make_header(3, SUB_TUPLE);
    h[1] = a;
    h[2] = b;
    h[3] = c;
    return term_make_boxed(h);
}

Term heap_tuple4(Process *p, Term a, Term b, Term c, Term d) {
    Term *h = heap_alloc(p, 5);
    h[0] = term_make_header(4, SUB_TUPLE);
    h[1] = a;
    h[2] = b;
    h[3] = c;
    h[4] = d;
    return term_make_boxed(h);
}

Term heap_cons(Process *p, Term head, Term tail) {
    Term *c = heap_alloc(p, 2);
    c[0] = head;
    c[1] = tail;
    return term_make_cons(c);
}

Term heap_float(Process *p, double d) {
    Term *h = heap_alloc(p, FLOAT_WORDS);
    h[0] = term_make_header(1, SUB_FLOAT);
    memcpy(h + 1, &d, sizeof d);
    return term_make_boxed(h);
}

Term heap_uint(Process *p, uint64_t v) {
    if (v <= (uint64_t)MAX_SMALL) return term_from_small((int64_t)v);
    Term *h = heap_alloc(p, BIG_WORDS(1));
    h[0] = term_make_header(1, SUB_POSBIG);
    h[1] = v;
    return term_make_boxed(h);
}

Term heap_int(Process *p, int64_t v) {
    if (small_fits(v)) return term_from_small(v);
    Term *h = heap_alloc(p, BIG_WORDS(1));
    h[0] = term_make_header(1, v < 0 ? SUB_NEGBIG : SUB_POSBIG);
    h[1] = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return term_make_boxed(h);
}

Term heap_binary_uninit(Process *p, size_t nbytes, uint8_t **data) {
    size_t words = BIN_WORDS(nbytes);
    Term *h = heap_alloc(p, words);
    h[0] = term_make_header(words - 1, SUB_BIN);
    h[1] = (Term)nbytes * 8;
    h[words - 1] = 0;                 /* keep the padding defined */
    *data = (uint8_t *)(h + 2);
    return term_make_boxed(h);
}

Term heap_bitstring(Process *p, const void *data, size_t nbits) {
    uint8_t *d;
    size_t nbytes = (nbits + 7) / 8;
    Term t = heap_binary_uninit(p, nbytes, &d);
    if (nbytes) memcpy(d, data, nbytes);
    if (nbits % 8) d[nbytes - 1] &= (uint8_t)(0xff << (8 - nbits % 8));
    term_box_ptr(t)[1] = (Term)nbits;
    return t;
}

Term heap_binary(Process *p, const void *data, size_t nbytes) {
    uint8_t *d;
    Term t = heap_binary_uninit(p, nbytes, &d);
    if (nbytes) memcpy(d, data, nbytes);
    return t;
}

Term heap_string(Process *p, const char *s, size_t len) {
    if (len == 0) return TERM_NIL;
    Term *c = heap_alloc(p, 2 * len);
    for (size_t i = 0; i < len; i++) {
        c[2 * i] = term_from_small((uint8_t)s[i]);
        c[2 * i + 1] = i + 1 < len ? term_make_cons(c + 2 * i + 2) : TERM_NIL;
    }
    return term_make_cons(c);
}

Term heap_list(Process *p, const Term *elems, size_t n, Term tail) {
    if (n == 0) return tail;
    Term *c = heap_alloc(p, 2 * n);
    for (size_t i = 0; i < n; i++) {
        c[2 * i] = elems[i];
        c[2 * i + 1] = i + 1 < n ? term_make_cons(c + 2 * i + 2) : tail;
    }
    return term_make_cons(c);
}

Term heap_ref(Process *p) { return heap_ref_id(p, ++p->vm->next_ref); }

Term heap_ref_id(Process *p, uint64_t id) {
    Term *h = heap_alloc(p, REF_WORDS);
    h[0] = term_make_header(1, SUB_REF);
    h[1] = id;
    return term_make_boxed(h);
}

static void merge_sort(const AtomTable *atoms, MapPair *v, MapPair *tmp, size_t n) {
    if (n < 2) return;
    size_t h = n / 2;
    merge_sort(atoms, v, tmp, h);
    merge_sort(atoms, v + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = term_compare_exact(atoms, v[j].k, v[i].k) < 0 ? v[j++] : v[i++];
    while (i < h) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof(MapPair));
}

size_t heap_map_sort(const AtomTable *atoms, MapPair *v, MapPair *tmp, size_t n, bool *dups) {
    merge_sort(atoms, v, tmp, n);
    /* equal keys are adjacent, in input order: keep the last of each run */
    size_t m = 0;
    bool rep = false;
    for (size_t i = 0; i < n; i++) {
        if (m > 0 && term_compare_exact(atoms, v[m - 1].k, v[i].k) == 0) {
            v[m - 1] = v[i];
            rep = true;
        } else {
            v[m++] = v[i];
        }
    }
    if (dups) *dups = rep;
    return m;
}

Term heap_map_at(Term *h, const MapPair *v, size_t n) {
    h[0] = term_make_header(1 + 2 * n, SUB_MAP);
    h[1] = (Term)n;
    for (size_t i = 0; i < n; i++) {
        h[2 + i] = v[i].k;
        h[2 + n + i] = v[i].v;
    }
    return term_make_boxed(h);
}

Term heap_map(Process *p, const Term *keys, const Term *vals, size_t n) {
    MapPair *v = (MapPair *)malloc((2 * n + 1) * sizeof(MapPair));
    if (!v) { fputs("beamlet: out of memory\n", stderr); abort(); }
    for (size_t i = 0; i < n; i++) v[i] = (MapPair){keys[i], vals[i]};
    size_t m = heap_map_sort(p->vm->atoms, v, v + n, n, NULL);
    Term r = heap_map_at(heap_alloc(p, MAP_WORDS(m)), v, m);
    free(v);
    return r;
}
