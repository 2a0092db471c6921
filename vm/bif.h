/* bif.h — built-in functions implemented in C.
 *
 * A BIF takes its process and its arguments (args[0..arity-1]) and returns
 * a term, or:
 *   THE_NON_VALUE after proc_raise(): it raised; the interpreter unwinds.
 *   THE_TRAP after bif_trap_*(): it asks the interpreter to call a fun or
 *   an export with new arguments in its place (apply/2,3 work this way).
 * A BIF may allocate (heap_alloc never collects) but must not keep terms
 * anywhere but its return value and the process's fields.
 */
#ifndef BEAMLET_BIF_H
#define BEAMLET_BIF_H

#include "atom.h"
#include "heap.h"
#include "process.h"
#include "term.h"

typedef Term (*BifFn)(Process *p, Term *args);

enum { BF_GUARD = 1, BF_AUTO = 2 };

typedef struct BifDef {
    const char *module, *name;
    unsigned arity;
    BifFn fn;
    unsigned flags;
} BifDef;

extern const BifDef bif_table[];
extern const size_t bif_count;

#define BIF(m, n, a, f, fl) Term f(Process *p, Term *args);
#include "bifs.def"
#undef BIF

/* Tail-call the export M:F/len(args) or the fun with these arguments. */
Term bif_trap_export(Process *p, Export *e, const Term *args, unsigned n);
Term bif_trap_fun(Process *p, Term fun, const Term *args, unsigned n);

/* A file name (a flat character list, an atom or a binary) as a
 * NUL-terminated UTF-8 string in b; false if t is none of these or holds a
 * NUL (bif_file.c). */
typedef struct Buf Buf;
bool bif_file_name(Process *p, Term t, Buf *b);
/* The length of a proper list; false for anything else (bif_erlang.c). */
bool bif_list_len(Term l, size_t *n);
/* Whether l is a proper list. */
static inline bool bif_is_proper_list(Term l) {
    size_t n;
    return bif_list_len(l, &n);
}
/* iodata as one binary (t itself if it is one); THE_NON_VALUE if t is not
 * iodata (bif_erlang.c). */
Term bif_iolist_to_binary(Process *p, Term t);

#endif
