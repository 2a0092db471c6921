/* bif_load.c — loading and purging code from Erlang: erlang:load_module/2,
 * purge_module/1, delete_module/1, check_old_code/1, check_process_code/2,
 * the `code` module (load_file, load_abs, load_binary, ensure_loaded,
 * delete, purge, soft_purge, is_loaded, which, all_loaded, the path), and
 * compile:file/1,2.  Results and reports as OTP 25's (otp-behaviour.md §1). */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bif.h"
#include "code.h"
#include "compile.h"
#include "loader.h"
#include "print.h"
#include "purge.h"
#include "report.h"
#include "vm.h"

/* ---- strings between Erlang and C ------------------------------------- */

static Term text_term(Process *p, const char *s) { return heap_string(p, s, strlen(s)); }

static Term module_result(Process *p, Term m) { return heap_tuple2(p, T_ATOM(MODULE), m); }
static Term error_result(Process *p, uint32_t why) { return heap_tuple2(p, T_ATOM(ERROR), term_from_atom(why)); }

/* ---- loading ----------------------------------------------------------- */

enum { LOAD_PURGE = 1, LOAD_REPORT_FAILED = 2 };   /* the code server reports what load_file/load_abs refuse */

/* Load a .bem image (vm_prepare_load + vm_finish_load; code:load_binary
 * purges a module that has current code in between).  Returns {module, M}
 * or {error, badfile | not_purged}. */
static Term load_image(Process *p, Term expect, const uint8_t *data, size_t len, const char *name, const char *path,
                       int flags) {
    Vm *vm = p->vm;
    bool report = flags & LOAD_REPORT_FAILED;
    CodeVersion *v = vm_prepare_load(vm, data, len, expect, name, report);
    if (!v) return error_result(p, ATOM_BADFILE);
    Term m = v->module;
    Module *mod = code_module(vm, m);
    if ((flags & LOAD_PURGE) && mod && mod->current) purge_old(p, m, false);
    if (vm_finish_load(vm, v, name, path, report) != ATOM_OK) return error_result(p, ATOM_NOT_PURGED);
    return module_result(p, m);
}

static Term load_file_at(Process *p, Term expect, const char *file) {
    size_t len;
    uint8_t *data = load_read_file(file, &len);
    if (!data) return error_result(p, ATOM_NOFILE);
    char *abs = vm_abs_path(file);
    Term r = load_image(p, expect, data, len, abs, abs, LOAD_REPORT_FAILED);
    free(abs);
    free(data);
    if (p->exit_reason != THE_NON_VALUE) return THE_NON_VALUE;
    return r;
}

Term bif_code_load_file_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    char *path = vm_find_on_path(p->vm, a[0]);
    if (!path) return error_result(p, ATOM_NOFILE);
    Term r = load_file_at(p, a[0], path);
    free(path);
    return r;
}

Term bif_code_load_abs_1(Process *p, Term *a) {
    Buf b = {0};
    if (!bif_file_name(p, a[0], &b)) {
        buf_free(&b);
        RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    }
    buf_adds(&b, ".bem");
    Term r = load_file_at(p, 0, b.data);
    buf_free(&b);
    return r;
}

Term bif_code_load_binary_3(Process *p, Term *a) {
    Buf name = {0};
    if (!term_is_atom(a[0]) || !bif_file_name(p, a[1], &name) || !term_is_binary(a[2])) {
        buf_free(&name);
        RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    }
    BitView v = term_bits(a[2]);
    /* copy: a purge may move the binary (it lives on this heap) */
    size_t len = v.bits / 8;
    uint8_t *data = (uint8_t *)malloc(len ? len : 1);
    if (!data) abort();
    memcpy(data, v.data + v.offset / 8, len);
    Term r = load_image(p, a[0], data, len, name.data, name.data, LOAD_PURGE);
    free(data);
    buf_free(&name);
    if (p->exit_reason != THE_NON_VALUE) return THE_NON_VALUE;
    return r;
}

Term bif_erlang_load_module_2(Process *p, Term *a) {
    if (!term_is_atom(a[0]) || !term_is_binary(a[1])) RAISE_BADARG(p);
    BitView v = term_bits(a[1]);
    Buf name = {0};
    bif_file_name(p, a[0], &name);
    Term r = load_image(p, a[0], v.data + v.offset / 8, v.bits / 8, name.data, NULL, 0);
    buf_free(&name);
    return r;
}

Term bif_code_ensure_loaded_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    Module *m = code_module(p->vm, a[0]);
    if (m && m->current) return module_result(p, a[0]);
    if (code_is_bif_module(p->vm, a[0])) {
        /* C functions only (erlang), or also an Erlang file on the path
         * (lists, io_lib): then load it, so its Erlang functions exist */
        char *path = vm_find_on_path(p->vm, a[0]);
        if (!path) return module_result(p, a[0]);
        free(path);
    }
    return bif_code_load_file_1(p, a);
}

/* ---- deleting and purging ---------------------------------------------- */

static Term purge(Process *p, Term module, bool soft) {
    if (!term_is_atom(module)) RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    PurgeResult r = purge_old(p, module, soft);
    if (p->exit_reason != THE_NON_VALUE) return THE_NON_VALUE;   /* it ran the old code itself */
    if (soft) return r == PURGE_IN_USE ? T_FALSE : T_TRUE;
    return r == PURGE_KILLED ? T_TRUE : T_FALSE;
}

Term bif_code_purge_1(Process *p, Term *a) { return purge(p, a[0], false); }
Term bif_code_soft_purge_1(Process *p, Term *a) { return purge(p, a[0], true); }

static void report_must_purge(Process *p, Term module) {
    Buf b = {0};
    buf_adds(&b, "Module ");
    print_atom(p->vm->atoms, &b, module);
    buf_adds(&b, " must be purged before deleting\n");
    buf_addc(&b, '\0');
    report_error_text(p->vm, b.data);
    buf_free(&b);
}

Term bif_code_delete_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    Module *m = code_module(p->vm, a[0]);
    if (!m) return T_FALSE;
    if (m->old) {
        report_must_purge(p, a[0]);
        return T_FALSE;
    }
    code_delete(p->vm, a[0]);
    return T_TRUE;          /* also for a module deleted and purged before, as OTP */
}

Term bif_erlang_delete_module_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_BADARG(p);
    Module *m = code_module(p->vm, a[0]);
    if (m && m->old) {
        report_must_purge(p, a[0]);
        RAISE_BADARG(p);
    }
    if (!m) return T_ATOM(UNDEFINED);
    code_delete(p->vm, a[0]);
    return T_TRUE;
}

Term bif_erlang_purge_module_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_BADARG(p);
    if (purge_old(p, a[0], false) == PURGE_NONE) RAISE_BADARG(p);
    if (p->exit_reason != THE_NON_VALUE) return THE_NON_VALUE;
    return T_TRUE;
}

Term bif_erlang_check_old_code_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_BADARG(p);
    Module *m = code_module(p->vm, a[0]);
    return m && m->old ? T_TRUE : T_FALSE;
}

Term bif_erlang_check_process_code_2(Process *p, Term *a) {
    if (!term_is_pid(a[0]) || !term_is_atom(a[1])) RAISE_BADARG(p);
    Process *q = vm_process(p->vm, a[0]);
    Module *m = code_module(p->vm, a[1]);
    return q && m && purge_process_uses(q, m->old) ? T_TRUE : T_FALSE;
}

/* ---- where code comes from --------------------------------------------- */

Term bif_code_is_loaded_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    Module *m = code_module(p->vm, a[0]);
    if (m && m->current) {
        if (!m->current->path) return T_FALSE;    /* erlang:load_module/2: the code server never heard */
        return heap_tuple2(p, T_ATOM(FILE), text_term(p, m->current->path));
    }
    if (code_is_bif_module(p->vm, a[0])) return heap_tuple2(p, T_ATOM(FILE), T_ATOM(PRELOADED));
    return T_FALSE;
}

Term bif_code_which_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    Module *m = code_module(p->vm, a[0]);
    if (m && m->current && m->current->path) return text_term(p, m->current->path);
    if (code_is_bif_module(p->vm, a[0]) && !(m && m->current)) return T_ATOM(PRELOADED);
    char *path = vm_find_on_path(p->vm, a[0]);
    if (!path) return T_ATOM(NON_EXISTING);
    Term r = text_term(p, path);
    free(path);
    return r;
}

Term bif_code_all_loaded_0(Process *p, Term *a) {
    (void)a;
    Term l = TERM_NIL;
    size_t n;
    Term *mods = code_modules(p->vm, &n);
    for (size_t i = 0; i < n; i++) {
        Module *m = code_module(p->vm, mods[i]);
        Term where;
        if (m && m->current) where = m->current->path ? text_term(p, m->current->path) : T_ATOM(PRELOADED);
        else if (code_is_bif_module(p->vm, mods[i])) where = T_ATOM(PRELOADED);
        else continue;
        l = heap_cons(p, heap_tuple2(p, mods[i], where), l);
    }
    free(mods);
    return l;
}

Term bif_code_get_path_0(Process *p, Term *a) {
    (void)a;
    Vm *vm = p->vm;
    Term l = TERM_NIL;
    for (size_t i = vm->path.n; i-- > 0;) l = heap_cons(p, text_term(p, vm->path.dirs[i]), l);
    return l;
}

static Term add_path(Process *p, Term dir, bool at_end) {
    Buf b = {0};
    if (!bif_file_name(p, dir, &b)) {
        buf_free(&b);
        RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    }
    struct stat st;
    Term r;
    if (stat(b.data, &st) != 0 || !S_ISDIR(st.st_mode)) {
        r = error_result(p, ATOM_BAD_DIRECTORY);
    } else {
        vm_path_add(p->vm, b.data, at_end);
        r = T_TRUE;
    }
    buf_free(&b);
    return r;
}

Term bif_code_add_patha_1(Process *p, Term *a) { return add_path(p, a[0], false); }
Term bif_code_add_pathz_1(Process *p, Term *a) { return add_path(p, a[0], true); }
