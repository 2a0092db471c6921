/* vm.c — the VM object: process table, messages and mailboxes, the code
 * path and loading modules from it. */
#include "vm.h"

#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "copy.h"
#include "loader.h"

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) { fputs("beamlet: out of memory\n", stderr); abort(); }
    return q;
}

Vm *vm_new(void) {
    Vm *vm = (Vm *)calloc(1, sizeof *vm);
    if (!vm) { fputs("beamlet: out of memory\n", stderr); abort(); }
    vm->atoms = atom_table_new();
    vm->out = stdout;
    vm->err = stderr;
    const char *stress = getenv("BEAMLET_GC_STRESS");
    vm->gc_stress = stress && *stress && strcmp(stress, "0") != 0;
    code_table_new(vm);
    return vm;
}

void vm_free(Vm *vm) {
    if (!vm) return;
    for (uint32_t i = 0; i < vm->nprocs; i++) {
        Process *p = vm->procs[i];
        if (!p) continue;
        free(p->mbox);
        proc_free(p);
    }
    free(vm->procs);
    for (size_t i = 0; i < vm->path.n; i++) free(vm->path.dirs[i]);
    free(vm->path.dirs);
    code_table_free(vm->code);
    atom_table_free(vm->atoms);
    free(vm);
}

void vm_output(Vm *vm, const void *data, size_t len) {
    fwrite(data, 1, len, vm->out);
}

void vm_path_add(Vm *vm, const char *dir, bool at_end) {
    vm->path.dirs = (char **)xrealloc(vm->path.dirs, (vm->path.n + 1) * sizeof(char *));
    char *d = strdup(dir);
    if (!d) abort();
    if (at_end) {
        vm->path.dirs[vm->path.n++] = d;
    } else {
        memmove(vm->path.dirs + 1, vm->path.dirs, vm->path.n * sizeof(char *));
        vm->path.dirs[0] = d;
        vm->path.n++;
    }
}

uint32_t vm_load_image(Vm *vm, const char *name, const uint8_t *data, size_t len, const char *path) {
    char err[512];
    CodeVersion *v = load_bem(vm, data, len, err, sizeof err);
    if (!v) {
        fflush(vm->out);
        fprintf(vm->err, "beamlet: %s: %s\n", name, err);
        return ATOM_BADFILE;
    }
    if (path) {
        v->path = strdup(path);
        if (!v->path) abort();
    }
    uint32_t r = code_install(vm, v);
    if (r != ATOM_OK) code_version_destroy(v);
    return r;
}

bool vm_autoload(Vm *vm, Term module) {
    Module *m = code_module(vm, module);
    if (m && m->current) return true;
    size_t nlen;
    const char *name = atom_name(vm->atoms, term_atom(module), &nlen);
    if (memchr(name, '/', nlen) || nlen == 0) return false;
    for (size_t i = 0; i < vm->path.n; i++) {
        Buf path = {0};
        buf_printf(&path, "%s/%.*s.bem", vm->path.dirs[i], (int)nlen, name);
        size_t len;
        uint8_t *data = load_read_file(path.data, &len);
        if (data) {
            uint32_t r = vm_load_image(vm, path.data, data, len, path.data);
            free(data);
            buf_free(&path);
            return r == ATOM_OK;
        }
        buf_free(&path);
    }
    return false;
}

Process *vm_spawn_process(Vm *vm) {
    if (vm->nprocs == vm->procs_cap) {
        vm->procs_cap = vm->procs_cap ? vm->procs_cap * 2 : 64;
        vm->procs = (Process **)xrealloc(vm->procs, vm->procs_cap * sizeof(Process *));
    }
    Process *p = proc_new(vm);
    p->id = vm->nprocs;
    vm->procs[vm->nprocs++] = p;
    return p;
}

Process *vm_process(Vm *vm, Term pid) {
    if (!term_is_pid(pid)) return NULL;
    uint32_t i = term_pid(pid);
    return i < vm->nprocs ? vm->procs[i] : NULL;
}

Term vm_send(Process *p, Term dest, Term msg) {
    Process *to = NULL;
    if (term_is_pid(dest)) {
        to = vm_process(p->vm, dest);
    } else if (term_is_tuple(dest) && term_tuple_arity(dest) == 2 && term_is_atom(term_tuple_elem(dest, 1))) {
        return msg;                     /* {Name, Node}: no registry yet, dropped */
    } else {
        return proc_raise(p, ATOM_ERROR, T_ATOM(BADARG));
    }
    if (!to) return msg;
    Term copy = to == p ? msg : copy_term(to, msg);
    if (to->mbox_len == to->mbox_cap) {
        to->mbox_cap = to->mbox_cap ? to->mbox_cap * 2 : 8;
        to->mbox = (Term *)xrealloc(to->mbox, to->mbox_cap * sizeof(Term));
    }
    to->mbox[to->mbox_len++] = copy;
    return msg;
}

Term vm_mbox_peek(Process *p) {
    return p->mbox_cursor < p->mbox_len ? p->mbox[p->mbox_cursor] : THE_NON_VALUE;
}

void vm_mbox_remove(Process *p) {
    if (p->mbox_cursor >= p->mbox_len) return;
    memmove(p->mbox + p->mbox_cursor, p->mbox + p->mbox_cursor + 1,
            (p->mbox_len - p->mbox_cursor - 1) * sizeof(Term));
    p->mbox_len--;
    p->mbox_cursor = 0;
}

void vm_mbox_next(Process *p) {
    if (p->mbox_cursor < p->mbox_len) p->mbox_cursor++;
}

void vm_mbox_rewind(Process *p) { p->mbox_cursor = 0; }
