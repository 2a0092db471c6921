/* vm.c — the VM object: process table, messages and mailboxes, the code
 * path and loading modules from it. */
#include "vm.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alias.h"
#include "code.h"
#include "copy.h"
#include "loader.h"
#include "print.h"
#include "report.h"
#include "reg.h"
#include "sched.h"
#include "tty.h"
#include "xalloc.h"

Vm *vm_new(void) {
    Vm *vm = (Vm *)calloc(1, sizeof *vm);
    if (!vm) { fputs("beamlet: out of memory\n", stderr); abort(); }
    vm->atoms = atom_table_new();
    vm->out = stdout;
    vm->err = stderr;
    const char *stress = getenv("BEAMLET_GC_STRESS");
    vm->gc_stress = stress && *stress && strcmp(stress, "0") != 0;
    code_table_new(vm);
    vm->start_us = sched_now_us();
    return vm;
}

void vm_free(Vm *vm) {
    if (!vm) return;
    tty_stop(vm);             /* the terminal's modes back first */
    /* a main process that an exit signal ended is out of the table, kept for main.c */
    if (vm->main && vm->main->status == PROC_EXITING) proc_free(vm->main);
    for (uint32_t i = 0; i < vm->procs_cap; i++) proc_free(vm->procs[i]);
    free(vm->procs);
    sched_free(vm);
    alias_free(vm);
    free(vm->reg);
    for (size_t i = 0; i < vm->path.n; i++) free(vm->path.dirs[i]);
    free(vm->path.dirs);
    code_table_free(vm->code);
    atom_table_free(vm->atoms);
    free(vm);
}

void vm_output(Vm *vm, const void *data, size_t len) {
    if (vm->tty && tty_output(vm, vm->out, data, len)) return;
    fwrite(data, 1, len, vm->out);
}

void vm_error_output(Vm *vm, const void *data, size_t len) {
    FILE *f = vm->err ? vm->err : stderr;
    if (vm->tty && tty_output(vm, f, data, len)) return;
    fwrite(data, 1, len, f);
    fflush(f);
}

void vm_path_add(Vm *vm, const char *dir, bool at_end) {
    vm->path.dirs = (char **)xrealloc(vm->path.dirs, (vm->path.n + 1) * sizeof(char *));
    char *d = xstrdup(dir);
    if (at_end) {
        vm->path.dirs[vm->path.n++] = d;
    } else {
        memmove(vm->path.dirs + 1, vm->path.dirs, vm->path.n * sizeof(char *));
        vm->path.dirs[0] = d;
        vm->path.n++;
    }
}

char *vm_abs_path(const char *path) {
    char buf[PATH_MAX];
    return xstrdup(realpath(path, buf) ? buf : path);
}

char *vm_find_on_path(Vm *vm, Term module) {
    size_t n;
    const char *name = atom_name(vm->atoms, term_atom(module), &n);
    if (n == 0 || memchr(name, '/', n)) return NULL;
    for (size_t i = 0; i < vm->path.n; i++) {
        Buf b = {0};
        buf_printf(&b, "%s/%.*s.bem", vm->path.dirs[i], (int)n, name);
        struct stat st;
        bool found = stat(b.data, &st) == 0 && S_ISREG(st.st_mode);
        char *r = found ? vm_abs_path(b.data) : NULL;
        buf_free(&b);
        if (found) return r;
    }
    return NULL;
}

CodeVersion *vm_prepare_load(Vm *vm, const uint8_t *data, size_t len, Term expect, const char *name,
                             bool report_failed) {
    char err[512];
    CodeVersion *v = load_bem(vm, data, len, err, sizeof err);
    if (v && (!expect || v->module == expect)) return v;
    /* the report erts would print: where, and why */
    const char *where = "beamlet";
    Buf why = {0};
    if (v) {
        where = "beam/beam_load.c(180)";
        buf_adds(&why, "module name in object code is ");
        print_atom(vm->atoms, &why, v->module);
        code_version_destroy(v);
    } else if (strstr(err, "bad magic") || strstr(err, "truncated")) {
        where = "beam/beam_load.c(144)";
        buf_adds(&why, "corrupt file header");
    } else {
        buf_adds(&why, err);
    }
    Buf b = {0};
    if (report_failed) {
        buf_printf(&b, "Loading of %s failed: badfile", name);
        report_error_text(vm, b.data);
        b.len = 0;
    }
    buf_printf(&b, "%s: Error loading module ", where);
    if (expect) print_atom(vm->atoms, &b, expect); else buf_adds(&b, name);
    buf_printf(&b, ":\n  %.*s\n", (int)why.len, why.data);
    report_error_text(vm, b.data);
    buf_free(&b);
    buf_free(&why);
    return NULL;
}

uint32_t vm_finish_load(Vm *vm, CodeVersion *v, const char *name, const char *path, bool report_failed) {
    if (code_install(vm, v) != ATOM_OK) {
        code_version_destroy(v);
        if (report_failed) {
            Buf b = {0};
            buf_printf(&b, "Loading of %s failed: not_purged", name);
            report_error_text(vm, b.data);
            buf_free(&b);
        }
        return ATOM_NOT_PURGED;
    }
    if (path) v->path = vm_abs_path(path);
    return ATOM_OK;
}

bool vm_autoload(Vm *vm, Term module) {
    Module *m = code_module(vm, module);
    if (m && m->current) return true;
    char *path = vm_find_on_path(vm, module);
    if (!path) return false;
    size_t len;
    uint8_t *data = load_read_file(path, &len);
    bool ok = false;
    if (data) {
        CodeVersion *v = vm_prepare_load(vm, data, len, module, path, true);
        ok = v && vm_finish_load(vm, v, path, path, true) == ATOM_OK;
        free(data);
    }
    free(path);
    return ok;
}

/* ---- the process table ------------------------------------------------
 * Pid numbers count up as in OTP (<0.N.0>), skipping numbers whose slot is
 * taken, and wrap around with the next serial only at PID_INDEX_MAX, so a
 * pid is never reused.  A process sits in slot N mod the table size (a
 * power of two); the table doubles when half full, and since two live
 * processes never share a slot, they never share one after doubling. */

static void table_grow(Vm *vm) {
    uint32_t cap = vm->procs_cap ? vm->procs_cap * 2 : 1024;
    Process **t = (Process **)calloc(cap, sizeof(Process *));
    if (!t) { fputs("beamlet: out of memory\n", stderr); abort(); }
    for (uint32_t i = 0; i < vm->procs_cap; i++) {
        Process *p = vm->procs[i];
        if (p) t[term_pid_index(p->pid) & (cap - 1)] = p;
    }
    free(vm->procs);
    vm->procs = t;
    vm->procs_cap = cap;
}

Process *vm_spawn_process(Vm *vm) {
    if (vm->nprocs >= vm->procs_cap / 2 && vm->procs_cap <= PID_INDEX_MAX / 2) table_grow(vm);
    while (vm->procs[vm->pid_cursor & (vm->procs_cap - 1)]) {
        if (++vm->pid_cursor > PID_INDEX_MAX) {
            vm->pid_cursor = 0;
            vm->pid_serial++;
        }
    }
    Process *p = proc_new(vm);
    uint32_t n = vm->pid_cursor;
    p->pid = term_from_pid(n, vm->pid_serial);
    vm->procs[n & (vm->procs_cap - 1)] = p;
    vm->nprocs++;
    if (++vm->pid_cursor > PID_INDEX_MAX) {
        vm->pid_cursor = 0;
        vm->pid_serial++;
    }
    return p;
}

Process *vm_process(Vm *vm, Term pid) {
    if (!term_is_pid(pid) || !vm->procs_cap) return NULL;
    Process *p = vm->procs[term_pid_index(pid) & (vm->procs_cap - 1)];
    return p && p->pid == pid ? p : NULL;
}

void vm_forget_process(Vm *vm, Process *p) {
    uint32_t i = term_pid_index(p->pid) & (vm->procs_cap - 1);
    if (vm->procs_cap && vm->procs[i] == p) {
        vm->procs[i] = NULL;
        vm->nprocs--;
    }
}

/* ---- messages --------------------------------------------------------- */

static void mbox_append(Process *to, Term msg) {
    if (to->mbox_head + to->mbox_len == to->mbox_cap) {
        if (to->mbox_head > to->mbox_len) {
            memmove(to->mbox, to->mbox + to->mbox_head, to->mbox_len * sizeof(Term));
            to->mbox_head = 0;
        } else {
            to->mbox_cap = to->mbox_cap ? to->mbox_cap * 2 : 4;
            to->mbox = (Term *)xrealloc(to->mbox, to->mbox_cap * sizeof(Term));
        }
    }
    to->mbox[to->mbox_head + to->mbox_len++] = msg;
}

void vm_mbox_push(Process *to, Term msg) {
    if (to->status == PROC_EXITING) return;
    mbox_append(to, msg);
    if (to->status == PROC_WAITING) sched_wake(to);
}

void vm_deliver(Process *to, Term msg) {
    if (to->status == PROC_EXITING) return;
    vm_mbox_push(to, copy_term(to, msg));
}

Term vm_send(Process *p, Term dest, Term msg) {
    Process *to;
    if (term_is_pid(dest)) {
        to = vm_process(p->vm, dest);
    } else if (term_is_atom(dest)) {
        to = reg_whereis(p->vm, term_atom(dest));
        if (!to) return proc_raise(p, ATOM_ERROR, T_ATOM(BADARG));
    } else if (term_is_tuple(dest) && term_tuple_arity(dest) == 2 && term_is_atom(term_tuple_elem(dest, 1)) &&
               term_is_atom(term_tuple_elem(dest, 2))) {
        /* {Name, Node}: only this node exists; an unknown name drops it */
        if (term_tuple_elem(dest, 2) != T_ATOM(NONODE)) return msg;
        to = reg_whereis(p->vm, term_atom(term_tuple_elem(dest, 1)));
    } else if (term_is_ref(dest)) {
        /* an alias (OTP 24+); any other reference drops the message */
        to = alias_target(p->vm, term_ref_id(dest));
    } else {
        return proc_raise(p, ATOM_ERROR, T_ATOM(BADARG));
    }
    if (!to) return msg;
    if (to == p) {
        mbox_append(p, msg);            /* already on its heap */
        return msg;
    }
    vm_deliver(to, msg);
    return msg;
}

/* Remove the message under the cursor, moving the shorter side of the queue. */
void vm_mbox_remove(Process *p) {
    uint32_t c = p->mbox_cursor;
    if (c >= p->mbox_len) return;
    Term *q = p->mbox + p->mbox_head;
    if (c < p->mbox_len / 2) {
        memmove(q + 1, q, c * sizeof(Term));
        p->mbox_head++;
    } else {
        memmove(q + c, q + c + 1, (p->mbox_len - c - 1) * sizeof(Term));
    }
    if (--p->mbox_len == 0) p->mbox_head = 0;
    p->mbox_cursor = 0;
}

