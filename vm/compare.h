/* compare.h — Erlang term order and equality.
 * number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring */
#ifndef BEAMLET_COMPARE_H
#define BEAMLET_COMPARE_H

#include <stdbool.h>

#include "atom.h"
#include "term.h"

/* <0, 0, >0 in the standard order; 1 == 1.0 compare equal (==). */
int term_compare(const AtomTable *atoms, Term a, Term b);
/* =:= : 1 and 1.0 differ. */
bool term_exact_eq(Term a, Term b);
/* the exact order used for map keys (integers before floats when equal) */
int term_compare_exact(const AtomTable *atoms, Term a, Term b);

#endif
