/* code.c — the module table and the export entries (see code.h for the
 * version states).  Exports hash on (module, name, arity) and never move. */
#include "code.h"

#include "interp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"
#include "xalloc.h"

#define EXPORT_BUCKETS 4096

struct CodeTable {
    Export *buckets[EXPORT_BUCKETS];
    Module **mods;              /* open addressing on the module atom */
    size_t nmods, modcap;
    CodeVersion **versions;     /* every version ever loaded (for code_find_func) */
    size_t nversions, vercap;
};

static size_t export_hash(Term m, Term f, unsigned a) {
    uint64_t h = (m * 0x9e3779b97f4a7c15ULL) ^ (f * 0xc2b2ae3d27d4eb4fULL) ^ a;
    return (size_t)(h ^ (h >> 29)) % EXPORT_BUCKETS;
}

Export *code_export_lookup(Vm *vm, Term module, Term name, unsigned arity) {
    for (Export *e = vm->code->buckets[export_hash(module, name, arity)]; e; e = e->next)
        if (e->module == module && e->name == name && e->arity == arity) return e;
    return NULL;
}

Export *code_export(Vm *vm, Term module, Term name, unsigned arity) {
    Export *e = code_export_lookup(vm, module, name, arity);
    if (e) return e;
    e = (Export *)xcalloc(1, sizeof *e);
    e->module = module;
    e->name = name;
    e->arity = arity;
    size_t h = export_hash(module, name, arity);
    e->next = vm->code->buckets[h];
    vm->code->buckets[h] = e;
    return e;
}

CodeTable *code_table_new(Vm *vm) {
    CodeTable *t = (CodeTable *)xcalloc(1, sizeof *t);
    vm->code = t;
    t->modcap = 256;
    t->mods = (Module **)xcalloc(t->modcap, sizeof *t->mods);
    for (size_t i = 0; i < bif_count; i++) {
        const BifDef *b = &bif_table[i];
        Term m = term_from_atom(atom_intern(vm->atoms, b->module, strlen(b->module)));
        Term f = term_from_atom(atom_intern(vm->atoms, b->name, strlen(b->name)));
        code_export(vm, m, f, b->arity)->bif = b->fn;
    }
    Term beamlet = term_from_atom(atom_intern(vm->atoms, "beamlet", 7));
    Export *grew = code_export(vm, beamlet, term_from_atom(atom_intern(vm->atoms, "$mbox_grew", 10)), 1);
    code_export(vm, beamlet, term_from_atom(atom_intern(vm->atoms, "recv_wait", 9)), 2)->code =
        interp_recv_wait_code(grew);
    return t;
}

void code_version_free(CodeVersion *v) {
    if (!v || v->purged) return;
    free(v->code);
    v->code = NULL;
    free(v->funcs);
    v->funcs = NULL;
    v->nfuncs = 0;
    free(v->lines);
    v->lines = NULL;
    free(v->imports);
    v->imports = NULL;
    free(v->exports);
    v->exports = NULL;
    v->nexports = 0;
    free(v->literals);
    v->literals = NULL;
    v->nliterals = 0;
    for (LitChunk *c = v->lit_area, *n; c; c = n) {
        n = c->next;
        free(c);
    }
    v->lit_area = NULL;
    v->lit_words = 0;
    /* these lived in the literal area */
    v->vsn = v->attributes = v->compile_info = v->file = TERM_NIL;
    /* the lambda table stays: funs of this version still point at it */
    v->purged = true;
}

void code_version_destroy(CodeVersion *v) {
    if (!v) return;
    code_version_free(v);
    free(v->lambdas);
    free(v->path);
    free(v);
}

void code_table_free(CodeTable *t) {
    if (!t) return;
    for (size_t i = 0; i < EXPORT_BUCKETS; i++) {
        Export *e = t->buckets[i];
        while (e) { Export *n = e->next; free(e); e = n; }
    }
    for (size_t i = 0; i < t->modcap; i++) free(t->mods[i]);
    free(t->mods);
    for (size_t i = 0; i < t->nversions; i++) code_version_destroy(t->versions[i]);
    free(t->versions);
    free(t);
}

static Module **module_slot(CodeTable *t, Term name) {
    size_t i = (size_t)(term_atom(name) * 2654435761u) & (t->modcap - 1);
    while (t->mods[i] && t->mods[i]->name != name) i = (i + 1) & (t->modcap - 1);
    return &t->mods[i];
}

Module *code_module(Vm *vm, Term name) { return *module_slot(vm->code, name); }

static Module *module_get(Vm *vm, Term name) {
    CodeTable *t = vm->code;
    Module **slot = module_slot(t, name);
    if (*slot) return *slot;
    if ((t->nmods + 1) * 2 > t->modcap) {
        Module **old = t->mods;
        size_t oldcap = t->modcap;
        t->modcap *= 2;
        t->mods = (Module **)xcalloc(t->modcap, sizeof *t->mods);
        for (size_t i = 0; i < oldcap; i++)
            if (old[i]) *module_slot(t, old[i]->name) = old[i];
        free(old);
        slot = module_slot(t, name);
    }
    Module *m = (Module *)xcalloc(1, sizeof *m);
    m->name = name;
    *slot = m;
    t->nmods++;
    return m;
}

/* Point the module's exports at version v (NULL: no current code). */
static void repoint_exports(Vm *vm, Term module, CodeVersion *v) {
    CodeTable *t = vm->code;
    for (size_t i = 0; i < EXPORT_BUCKETS; i++)
        for (Export *e = t->buckets[i]; e; e = e->next)
            if (e->module == module) { e->code = NULL; e->version = NULL; }
    if (!v) return;
    for (size_t i = 0; i < v->nexports; i++) {
        const FuncInfo *f = &v->funcs[v->exports[i]];
        Export *e = code_export(vm, module, f->name, f->arity);
        e->code = f->start;
        e->version = v;
    }
}

uint32_t code_install(Vm *vm, CodeVersion *v) {
    Module *m = module_get(vm, v->module);
    if (m->current && m->old) return ATOM_NOT_PURGED;
    CodeTable *t = vm->code;
    if (t->nversions == t->vercap) {
        t->vercap = t->vercap ? t->vercap * 2 : 64;
        t->versions = (CodeVersion **)realloc(t->versions, t->vercap * sizeof *t->versions);
        if (!t->versions) { fputs("beamlet: out of memory\n", stderr); abort(); }
    }
    t->versions[t->nversions++] = v;
    if (m->current) m->old = m->current;
    m->current = v;
    repoint_exports(vm, v->module, v);
    return ATOM_OK;
}

bool code_is_bif_module(Vm *vm, Term module) {
    for (size_t i = 0; i < EXPORT_BUCKETS; i++)
        for (Export *e = vm->code->buckets[i]; e; e = e->next)
            if (e->module == module && e->bif) return true;
    return false;
}

Term *code_modules(Vm *vm, size_t *n) {
    CodeTable *t = vm->code;
    size_t cap = t->nmods + 64, k = 0;
    Term *v = (Term *)malloc(cap * sizeof(Term));
    if (!v) { fputs("beamlet: out of memory\n", stderr); abort(); }
    for (size_t i = 0; i < t->modcap; i++)
        if (t->mods[i]) v[k++] = t->mods[i]->name;
    /* modules that are only BIFs */
    for (size_t i = 0; i < EXPORT_BUCKETS; i++)
        for (Export *e = t->buckets[i]; e; e = e->next) {
            if (!e->bif) continue;
            size_t j = 0;
            while (j < k && v[j] != e->module) j++;
            if (j < k) continue;
            if (k == cap) {
                cap *= 2;
                v = (Term *)realloc(v, cap * sizeof(Term));
                if (!v) { fputs("beamlet: out of memory\n", stderr); abort(); }
            }
            v[k++] = e->module;
        }
    *n = k;
    return v;
}

bool code_delete(Vm *vm, Term module) {
    Module *m = code_module(vm, module);
    if (!m || !m->current || m->old) return false;
    m->old = m->current;
    m->current = NULL;
    repoint_exports(vm, module, NULL);
    return true;
}

void code_drop_old(Vm *vm, Term module) {
    Module *m = code_module(vm, module);
    if (!m || !m->old) return;
    code_version_free(m->old);
    m->old = NULL;
}

const FuncInfo *code_find_func(Vm *vm, const Word *pc, CodeVersion **version) {
    CodeTable *t = vm->code;
    for (size_t i = t->nversions; i-- > 0;) {
        CodeVersion *v = t->versions[i];
        if (v->purged || pc < v->code || pc >= v->code + v->code_words) continue;
        size_t lo = 0, hi = v->nfuncs;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (pc < v->funcs[mid].start) hi = mid;
            else if (pc >= v->funcs[mid].end) lo = mid + 1;
            else {
                if (version) *version = v;
                return &v->funcs[mid];
            }
        }
    }
    return NULL;
}

uint32_t code_line_of(const CodeVersion *v, const Word *pc) {
    size_t lo = 0, hi = v->nlines;
    while (lo < hi) {               /* last entry with entry.pc <= pc */
        size_t mid = (lo + hi) / 2;
        if (v->lines[mid].pc <= pc) lo = mid + 1; else hi = mid;
    }
    return lo ? v->lines[lo - 1].line : 0;
}

static CodeVersion *fun_version(Term fun) { return (CodeVersion *)(uintptr_t)term_box_ptr(fun)[FUN_VERSION]; }

Term code_fun_module(Term fun) {
    if (term_boxed_sub(fun) == SUB_EXPORT) return code_fun_export(fun)->module;
    return fun_version(fun)->module;
}

uint32_t code_fun_index(Term fun) { return (uint32_t)term_box_ptr(fun)[FUN_INDEX]; }

uint32_t code_fun_uniq(Term fun) {
    const uint8_t *m = fun_version(fun)->md5;
    /* 27 bits of the module MD5, like OTP's old_uniq */
    return ((uint32_t)m[12] << 24 | (uint32_t)m[13] << 16 | (uint32_t)m[14] << 8 | m[15]) & 0x7ffffff;
}

unsigned code_fun_arity(Term fun) {
    if (term_boxed_sub(fun) == SUB_EXPORT) return code_fun_export(fun)->arity;
    CodeVersion *v = fun_version(fun);
    return v->lambdas[code_fun_index(fun)].arity;
}
