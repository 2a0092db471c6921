/* atom.h — the global atom table.
 *
 * Atoms are interned once for the life of the VM; a term holds the index.
 * The table has a fixed limit (ATOM_LIMIT); interning past it fails with
 * ATOM_NONE and the caller raises system_limit, never crashes.
 * Indices of the atoms in atoms.def are fixed: ATOM_TRUE and so on.
 */
#ifndef BEAMLET_ATOM_H
#define BEAMLET_ATOM_H

#include <stddef.h>
#include <stdint.h>

#include "term.h"

enum {
#define X(c, s) ATOM_##c,
#include "atoms.def"
#undef X
    ATOM_FIXED_COUNT
};

#define ATOM_NONE UINT32_MAX
#define ATOM_LIMIT (1u << 20)
#define ATOM_MAX_LEN 255       /* in characters, as OTP */

typedef struct AtomTable AtomTable;

AtomTable *atom_table_new(void);
void atom_table_free(AtomTable *t);

/* Index of the atom with these UTF-8 bytes, interning it if needed;
 * ATOM_NONE when the table is full or the name is too long. */
/* Whether the term t is the atom called name (false for a non-atom). */
bool atom_is(const AtomTable *t, Term a, const char *name);
uint32_t atom_intern(AtomTable *t, const char *name, size_t len);
/* Index or ATOM_NONE if no such atom exists (list_to_existing_atom). */
uint32_t atom_lookup(const AtomTable *t, const char *name, size_t len);
const char *atom_name(const AtomTable *t, uint32_t idx, size_t *len);
size_t atom_count(const AtomTable *t);

static inline Term atom_term(uint32_t idx) { return term_from_atom(idx); }
#define T_TRUE  term_from_atom(ATOM_TRUE)
#define T_FALSE term_from_atom(ATOM_FALSE)
#define T_OK    term_from_atom(ATOM_OK)
#define T_UNDEFINED term_from_atom(ATOM_UNDEFINED)
#define T_ATOM(c) term_from_atom(ATOM_##c)

#endif
