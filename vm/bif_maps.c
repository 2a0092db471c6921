/* bif_maps.c — the maps:* BIFs on the flat sorted map layout of term.h
 * (header, n, keys in term_compare_exact order, values).  Every one
 * raises {badmap, M} for a non-map, as OTP 25. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "compare.h"
#include "vm.h"

static Term badmap(Process *p, Term m) { return proc_raise(p, ATOM_ERROR, heap_tuple2(p, T_ATOM(BADMAP), m)); }
static Term badkey(Process *p, Term k) { return proc_raise(p, ATOM_ERROR, heap_tuple2(p, T_ATOM(BADKEY), k)); }

/* Binary search: the index of key, or -(insertion point) - 1. */
static long map_find(const AtomTable *at, Term map, Term key) {
    const Term *ks = term_map_keys(map);
    size_t lo = 0, hi = term_map_size(map);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = term_compare_exact(at, ks[mid], key);
        if (c == 0) return (long)mid;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return -(long)lo - 1;
}

/* An uninitialised map of n pairs. */
static Term map_new(Process *p, size_t n) {
    Term *h = heap_alloc(p, MAP_WORDS(n));
    h[0] = term_make_header(1 + 2 * n, SUB_MAP);
    h[1] = (Term)n;
    return term_make_boxed(h);
}

Term bif_maps_get_2(Process *p, Term *a) {
    if (!term_is_map(a[1])) return badmap(p, a[1]);
    long i = map_find(p->vm->atoms, a[1], a[0]);
    if (i < 0) return badkey(p, a[0]);
    return term_map_vals(a[1])[i];
}

Term bif_maps_find_2(Process *p, Term *a) {
    if (!term_is_map(a[1])) return badmap(p, a[1]);
    long i = map_find(p->vm->atoms, a[1], a[0]);
    if (i < 0) return T_ATOM(ERROR);
    return heap_tuple2(p, T_OK, term_map_vals(a[1])[i]);
}

Term bif_maps_is_key_2(Process *p, Term *a) {
    if (!term_is_map(a[1])) return badmap(p, a[1]);
    return map_find(p->vm->atoms, a[1], a[0]) >= 0 ? T_TRUE : T_FALSE;
}

/* A copy of map with value v at index i. */
static Term map_replace(Process *p, Term map, size_t i, Term v) {
    size_t n = term_map_size(map);
    Term r = map_new(p, n);
    memcpy(term_map_keys(r), term_map_keys(map), 2 * n * sizeof(Term));
    term_map_vals(r)[i] = v;
    return r;
}

Term bif_maps_put_3(Process *p, Term *a) {
    Term map = a[2];
    if (!term_is_map(map)) return badmap(p, map);
    long i = map_find(p->vm->atoms, map, a[0]);
    if (i >= 0) {
        if (term_map_vals(map)[i] == a[1]) return map;
        return map_replace(p, map, (size_t)i, a[1]);
    }
    size_t at = (size_t)(-i - 1), n = term_map_size(map);
    Term r = map_new(p, n + 1);
    Term *ks = term_map_keys(r), *vs = term_map_vals(r);
    const Term *ok = term_map_keys(map), *ov = term_map_vals(map);
    memcpy(ks, ok, at * sizeof(Term));
    memcpy(vs, ov, at * sizeof(Term));
    ks[at] = a[0];
    vs[at] = a[1];
    memcpy(ks + at + 1, ok + at, (n - at) * sizeof(Term));
    memcpy(vs + at + 1, ov + at, (n - at) * sizeof(Term));
    return r;
}

Term bif_maps_update_3(Process *p, Term *a) {
    Term map = a[2];
    if (!term_is_map(map)) return badmap(p, map);
    long i = map_find(p->vm->atoms, map, a[0]);
    if (i < 0) return badkey(p, a[0]);
    return map_replace(p, map, (size_t)i, a[1]);
}

/* A copy of map without the pair at index i. */
static Term map_without(Process *p, Term map, size_t i) {
    size_t n = term_map_size(map);
    Term r = map_new(p, n - 1);
    Term *ks = term_map_keys(r), *vs = term_map_vals(r);
    const Term *ok = term_map_keys(map), *ov = term_map_vals(map);
    memcpy(ks, ok, i * sizeof(Term));
    memcpy(ks + i, ok + i + 1, (n - i - 1) * sizeof(Term));
    memcpy(vs, ov, i * sizeof(Term));
    memcpy(vs + i, ov + i + 1, (n - i - 1) * sizeof(Term));
    return r;
}

Term bif_maps_remove_2(Process *p, Term *a) {
    if (!term_is_map(a[1])) return badmap(p, a[1]);
    long i = map_find(p->vm->atoms, a[1], a[0]);
    if (i < 0) return a[1];
    return map_without(p, a[1], (size_t)i);
}

Term bif_maps_take_2(Process *p, Term *a) {
    if (!term_is_map(a[1])) return badmap(p, a[1]);
    long i = map_find(p->vm->atoms, a[1], a[0]);
    if (i < 0) return T_ATOM(ERROR);
    Term v = term_map_vals(a[1])[i];
    return heap_tuple2(p, v, map_without(p, a[1], (size_t)i));
}

Term bif_maps_keys_1(Process *p, Term *a) {
    if (!term_is_map(a[0])) return badmap(p, a[0]);
    return heap_list(p, term_map_keys(a[0]), term_map_size(a[0]), TERM_NIL);
}

Term bif_maps_values_1(Process *p, Term *a) {
    if (!term_is_map(a[0])) return badmap(p, a[0]);
    return heap_list(p, term_map_vals(a[0]), term_map_size(a[0]), TERM_NIL);
}

Term bif_maps_to_list_1(Process *p, Term *a) {
    Term m = a[0];
    if (!term_is_map(m)) return badmap(p, m);
    size_t n = term_map_size(m);
    if (n == 0) return TERM_NIL;
    Term *c = heap_alloc(p, 2 * n + 3 * n);
    Term *tup = c + 2 * n;
    for (size_t i = 0; i < n; i++) {
        tup[3 * i] = term_make_header(2, SUB_TUPLE);
        tup[3 * i + 1] = term_map_keys(m)[i];
        tup[3 * i + 2] = term_map_vals(m)[i];
        c[2 * i] = term_make_boxed(tup + 3 * i);
        c[2 * i + 1] = i + 1 < n ? term_make_cons(c + 2 * i + 2) : TERM_NIL;
    }
    return term_make_cons(c);
}

Term bif_maps_size_1(Process *p, Term *a) {
    if (!term_is_map(a[0])) return badmap(p, a[0]);
    return term_from_small((int64_t)term_map_size(a[0]));
}

Term bif_maps_new_0(Process *p, Term *a) {
    (void)a;
    return map_new(p, 0);
}

Term bif_maps_merge_2(Process *p, Term *a) {
    Term x = a[0], y = a[1];
    if (!term_is_map(x)) return badmap(p, x);
    if (!term_is_map(y)) return badmap(p, y);
    size_t nx = term_map_size(x), ny = term_map_size(y);
    if (nx == 0) return y;
    if (ny == 0) return x;
    const AtomTable *at = p->vm->atoms;
    const Term *kx = term_map_keys(x), *vx = term_map_vals(x);
    const Term *ky = term_map_keys(y), *vy = term_map_vals(y);
    size_t i = 0, j = 0, n = 0;
    while (i < nx && j < ny) {          /* count the union */
        int c = term_compare_exact(at, kx[i], ky[j]);
        if (c <= 0) i++;
        if (c >= 0) j++;
        n++;
    }
    n += (nx - i) + (ny - j);
    Term r = map_new(p, n);
    Term *ks = term_map_keys(r), *vs = term_map_vals(r);
    i = j = n = 0;
    while (i < nx || j < ny) {
        int c = i == nx ? 1 : j == ny ? -1 : term_compare_exact(at, kx[i], ky[j]);
        if (c < 0) { ks[n] = kx[i]; vs[n] = vx[i]; i++; }
        else { ks[n] = ky[j]; vs[n] = vy[j]; j++; if (c == 0) i++; }   /* the second map wins */
        n++;
    }
    return r;
}

Term bif_maps_from_list_1(Process *p, Term *a) {
    size_t n = 0;
    Term l = a[0];
    for (; term_is_cons(l); l = term_tl(l)) {
        Term t = term_hd(l);
        if (!term_is_tuple(t) || term_tuple_arity(t) != 2) RAISE_BADARG(p);
        n++;
    }
    if (l != TERM_NIL) RAISE_BADARG(p);
    MapPair *v = (MapPair *)malloc((2 * n + 1) * sizeof(MapPair));
    if (!v) { fputs("beamlet: out of memory\n", stderr); abort(); }
    size_t i = 0;
    for (l = a[0]; term_is_cons(l); l = term_tl(l), i++) {
        v[i].k = term_tuple_elem(term_hd(l), 1);
        v[i].v = term_tuple_elem(term_hd(l), 2);
    }
    size_t m = heap_map_sort(p->vm->atoms, v, v + n, n, NULL);
    Term r = heap_map_at(heap_alloc(p, MAP_WORDS(m)), v, m);
    free(v);
    return r;
}
