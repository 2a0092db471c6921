/* atom.c — the global atom table: open-addressing hash from names to
 * indices, and an array from indices to names.  Atoms are never freed. */
#include "atom.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

typedef struct AtomEntry {
    char *name;
    uint32_t len;
    uint32_t hash;
} AtomEntry;

struct AtomTable {
    AtomEntry *atoms;
    size_t n, cap;
    uint32_t *slots;          /* index + 1, 0 = empty */
    size_t nslots;            /* a power of two */
};

static uint32_t hash_name(const char *s, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static void rehash(AtomTable *t, size_t nslots) {
    free(t->slots);
    t->slots = (uint32_t *)xrealloc(NULL, nslots * sizeof *t->slots);
    memset(t->slots, 0, nslots * sizeof *t->slots);
    t->nslots = nslots;
    for (size_t i = 0; i < t->n; i++) {
        size_t j = t->atoms[i].hash & (nslots - 1);
        while (t->slots[j]) j = (j + 1) & (nslots - 1);
        t->slots[j] = (uint32_t)i + 1;
    }
}

AtomTable *atom_table_new(void) {
    AtomTable *t = (AtomTable *)xrealloc(NULL, sizeof *t);
    memset(t, 0, sizeof *t);
    rehash(t, 1024);
    static const char *const fixed[] = {
#define X(c, s) s,
#include "atoms.def"
#undef X
    };
    for (size_t i = 0; i < ATOM_FIXED_COUNT; i++) {
        uint32_t idx = atom_intern(t, fixed[i], strlen(fixed[i]));
        if (idx != i) { fprintf(stderr, "beamlet: atoms.def has a duplicate: %s\n", fixed[i]); abort(); }
    }
    return t;
}

void atom_table_free(AtomTable *t) {
    if (!t) return;
    for (size_t i = 0; i < t->n; i++) free(t->atoms[i].name);
    free(t->atoms);
    free(t->slots);
    free(t);
}

uint32_t atom_lookup(const AtomTable *t, const char *name, size_t len) {
    uint32_t h = hash_name(name, len);
    size_t j = h & (t->nslots - 1);
    while (t->slots[j]) {
        const AtomEntry *e = &t->atoms[t->slots[j] - 1];
        if (e->hash == h && e->len == len && memcmp(e->name, name, len) == 0) return t->slots[j] - 1;
        j = (j + 1) & (t->nslots - 1);
    }
    return ATOM_NONE;
}

uint32_t atom_intern(AtomTable *t, const char *name, size_t len) {
    uint32_t idx = atom_lookup(t, name, len);
    if (idx != ATOM_NONE) return idx;
    /* OTP limits atoms to 255 characters (not bytes) */
    size_t chars = 0;
    for (size_t i = 0; i < len; i++) chars += ((uint8_t)name[i] & 0xc0) != 0x80;
    if (chars > ATOM_MAX_LEN || t->n >= ATOM_LIMIT) return ATOM_NONE;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 1024;
        t->atoms = (AtomEntry *)xrealloc(t->atoms, t->cap * sizeof *t->atoms);
    }
    AtomEntry *e = &t->atoms[t->n];
    e->name = (char *)xrealloc(NULL, len + 1);
    memcpy(e->name, name, len);
    e->name[len] = 0;
    e->len = (uint32_t)len;
    e->hash = hash_name(name, len);
    t->n++;
    if (t->n * 2 > t->nslots) rehash(t, t->nslots * 2);
    else {
        size_t j = e->hash & (t->nslots - 1);
        while (t->slots[j]) j = (j + 1) & (t->nslots - 1);
        t->slots[j] = (uint32_t)t->n;
    }
    return (uint32_t)t->n - 1;
}

const char *atom_name(const AtomTable *t, uint32_t idx, size_t *len) {
    if (idx >= t->n) { if (len) *len = 0; return ""; }
    if (len) *len = t->atoms[idx].len;
    return t->atoms[idx].name;
}

size_t atom_count(const AtomTable *t) { return t->n; }

bool atom_is(const AtomTable *t, Term a, const char *name) {
    if (!term_is_atom(a)) return false;
    size_t len;
    const char *s = atom_name(t, term_atom(a), &len);
    return s && strlen(name) == len && memcmp(s, name, len) == 0;
}
