/* heap.h — allocation on a process heap, and term constructors.
 *
 * heap_alloc never collects garbage: when the heap is full it hands out
 * words from a heap fragment, and the process collects at its next safe
 * point (a function entry), where every live term is in a stack slot.
 * So C code may hold Terms in locals across any number of allocations.
 */
#ifndef BEAMLET_HEAP_H
#define BEAMLET_HEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "term.h"

typedef struct Process Process;

Term *heap_alloc(Process *p, size_t words);

Term heap_tuple(Process *p, size_t arity);       /* elements set to [] */
Term heap_tuple2(Process *p, Term a, Term b);
Term heap_tuple3(Process *p, Term a, Term b, Term c);
Term heap_tuple4(Process *p, Term a, Term b, Term c, Term d);
Term heap_cons(Process *p, Term head, Term tail);
Term heap_float(Process *p, double d);
Term heap_int(Process *p, int64_t v);            /* small or bignum */
Term heap_uint(Process *p, uint64_t v);
Term heap_binary(Process *p, const void *data, size_t nbytes);
Term heap_bitstring(Process *p, const void *data, size_t nbits);
/* A BIN of nbytes whose bytes the caller fills in through *data. */
Term heap_binary_uninit(Process *p, size_t nbytes, uint8_t **data);
Term heap_string(Process *p, const char *s, size_t len);   /* list of bytes */
Term heap_list(Process *p, const Term *elems, size_t n, Term tail);
Term heap_ref(Process *p);                       /* a new unique reference */
Term heap_ref_id(Process *p, uint64_t id);       /* the reference with this id (term_ref_id) */
/* A map from n keys and values, any order; later duplicates win. */
Term heap_map(Process *p, const Term *keys, const Term *vals, size_t n);

/* Map building blocks, for callers that have pairs (maps:from_list,
 * binary_to_term, the loader's literals). heap_map_sort sorts v by key in
 * map-key order (stable), keeps the last of equal keys, and returns how
 * many pairs remain; *dups (if not NULL) tells whether any key repeated.
 * tmp has room for n pairs. */
typedef struct MapPair {
    Term k, v;
} MapPair;
typedef struct AtomTable AtomTable;
size_t heap_map_sort(const AtomTable *atoms, MapPair *v, MapPair *tmp, size_t n, bool *dups);
/* Lay out n sorted, distinct pairs as a map at h (MAP_WORDS(n) words). */
Term heap_map_at(Term *h, const MapPair *v, size_t n);

#endif
