/* bits.h — the bit syntax at run time: building bitstrings from segments
 * (bs_create) and matching segments out of them (bs_get_*, bs_skip, ...).
 * A match keeps its position as a bit offset from the start of the
 * matched bitstring; the interpreter stores it in a frame slot. */
#ifndef BEAMLET_BITS_H
#define BEAMLET_BITS_H

#include <stdbool.h>
#include <stddef.h>

#include "process.h"
#include "term.h"

typedef struct BitSeg {
    unsigned type;      /* SEG_* of bcformat.h */
    unsigned flags;     /* SEGF_* */
    unsigned unit;      /* 1..256 */
    Term value;
    Term size;          /* a small integer, or the atom all, or [] = the default for the type */
} BitSeg;

/* Build a bitstring. Raises badarg (THE_NON_VALUE) on a bad value or size. */
Term bits_create(Process *p, const BitSeg *segs, size_t n);

/* Matching. `bin` is the bitstring being matched, *off the offset in bits
 * from its start. On a match: the value, and *off advanced. No match:
 * THE_NON_VALUE, *off unchanged, no exception raised. */
Term bits_get_integer(Process *p, Term bin, size_t *off, Term size, unsigned unit, unsigned flags);
Term bits_get_float(Process *p, Term bin, size_t *off, Term size, unsigned unit, unsigned flags);
/* size may be the atom all: the rest, which must be a multiple of unit */
Term bits_get_binary(Process *p, Term bin, size_t *off, Term size, unsigned unit, unsigned flags);
Term bits_get_utf8(Process *p, Term bin, size_t *off);
Term bits_get_utf16(Process *p, Term bin, size_t *off, unsigned flags);
Term bits_get_utf32(Process *p, Term bin, size_t *off, unsigned flags);
bool bits_skip(Term bin, size_t *off, Term size, unsigned unit);
bool bits_test_tail(Term bin, size_t off, size_t bits);
/* lit is a bitstring literal that must come next */
bool bits_match_string(Term bin, size_t *off, Term lit);

#endif
