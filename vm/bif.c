/* bif.c — the table of every C BIF, built from bifs.def.
 * The VM binds each row to its export entry at start-up; the compiler reads
 * the same rows for guard and auto-import flags. */
#include "bif.h"

const BifDef bif_table[] = {
#define BIF(m, n, a, f, fl) {m, n, a, f, fl},
#include "bifs.def"
#undef BIF
};

const size_t bif_count = sizeof bif_table / sizeof bif_table[0];
