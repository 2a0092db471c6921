/* alias.c — the table of active aliases: reference id -> owner and mode,
 * open addressing on the id.  An alias of a process that ended is dropped
 * when a message finds it (a dead pid never names a new process), so the
 * table holds, besides the live aliases, at most those of processes that
 * ended while they had some: unalias/demonitor remove the rest. */
#include "alias.h"

#include <stdlib.h>

#include "signal.h"
#include "vm.h"
#include "xalloc.h"

typedef struct Alias {
    uint64_t ref;            /* 0: empty slot; ALIAS_GONE: removed */
    Term owner;
    AliasMode mode;
} Alias;

struct AliasTable {
    Alias *slots;
    size_t cap, used;        /* used counts removed slots too, until a rehash */
};

#define ALIAS_GONE UINT64_MAX

static Alias *find(struct AliasTable *t, uint64_t ref) {
    if (!t || !t->cap) return NULL;
    for (size_t i = (size_t)(ref * 0x9e3779b97f4a7c15u) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        Alias *a = &t->slots[i];
        if (a->ref == ref) return a;
        if (a->ref == 0) return NULL;
    }
}

static void put(struct AliasTable *t, Alias a) {
    for (size_t i = (size_t)(a.ref * 0x9e3779b97f4a7c15u) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        if (t->slots[i].ref == 0 || t->slots[i].ref == ALIAS_GONE) {
            if (t->slots[i].ref == 0) t->used++;
            t->slots[i] = a;
            return;
        }
    }
}

static void grow(struct AliasTable *t) {
    Alias *old = t->slots;
    size_t oldcap = t->cap, live = 0;
    for (size_t i = 0; i < oldcap; i++) live += old[i].ref != 0 && old[i].ref != ALIAS_GONE;
    size_t cap = 16;
    while (cap < 4 * (live + 1)) cap *= 2;
    t->slots = (Alias *)xcalloc(cap, sizeof *t->slots);
    t->cap = cap;
    t->used = 0;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].ref != 0 && old[i].ref != ALIAS_GONE) put(t, old[i]);
    free(old);
}

void alias_add(Vm *vm, uint64_t ref, Term owner, AliasMode mode) {
    struct AliasTable *t = vm->aliases;
    if (!t) {
        t = vm->aliases = (struct AliasTable *)xcalloc(1, sizeof *t);
    }
    if (2 * (t->used + 1) > t->cap) grow(t);
    put(t, (Alias){ref, owner, mode});
}

static void drop(struct AliasTable *t, Alias *a) {
    (void)t;
    a->ref = ALIAS_GONE;
}

bool alias_remove(Vm *vm, uint64_t ref, Term owner) {
    Alias *a = find(vm->aliases, ref);
    if (!a || a->owner != owner) return false;
    drop(vm->aliases, a);
    return true;
}

Process *alias_target(Vm *vm, uint64_t ref) {
    Alias *a = find(vm->aliases, ref);
    if (!a) return NULL;
    Process *p = vm_process(vm, a->owner);
    if (!p || a->mode == ALIAS_REPLY || a->mode == ALIAS_REPLY_DEMONITOR) drop(vm->aliases, a);
    /* the first message through a reply_demonitor alias also removes its
       monitor: no 'DOWN' comes after the reply */
    if (p && a->mode == ALIAS_REPLY_DEMONITOR) sig_demonitor(p, ref);
    return p;
}

void alias_monitor_gone(Vm *vm, uint64_t ref) {
    Alias *a = find(vm->aliases, ref);
    if (a && (a->mode == ALIAS_DEMONITOR || a->mode == ALIAS_REPLY_DEMONITOR)) drop(vm->aliases, a);
}

void alias_free(Vm *vm) {
    if (!vm->aliases) return;
    free(vm->aliases->slots);
    free(vm->aliases);
    vm->aliases = NULL;
}
