/* bif_compile.c — compile:file/1,2: the in-process compiler (compiler/,
 * through compile_source) called from Erlang.  Options as OTP's: binary,
 * report (report_errors, report_warnings), {outdir, Dir}, {i, Dir}, and
 * those a module may give itself with -compile (export_all, nowarn_*),
 * which module_info(compile) lists; others are accepted and ignored.  Diagnostics go to the program's output, as
 * OTP's compile prints them through io. */
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "compile.h"
#include "loader.h"
#include "vm.h"

typedef struct Opts {
    bool binary, report_errors, report_warnings;
    Buf outdir;
    const char *inc[16];
    Buf incbuf[16];
    size_t ninc;
    const char *flags[16];      /* the options -compile(...) knows, by name */
    size_t nflags;
} Opts;

/* Options a module may also give itself with -compile(...). */
static const char *const module_flags[] = {
    "export_all", "nowarn_export_all", "nowarn_unused_function", "nowarn_unused_vars", "nowarn_shadow_vars",
};

static bool parse_opts(Process *p, Term l, Opts *o) {
    for (; term_is_cons(l); l = term_tl(l)) {
        Term x = term_hd(l);
        if (x == T_ATOM(BINARY)) o->binary = true;
        else if (x == T_ATOM(REPORT)) o->report_errors = o->report_warnings = true;
        else if (x == T_ATOM(REPORT_ERRORS)) o->report_errors = true;
        else if (x == T_ATOM(REPORT_WARNINGS)) o->report_warnings = true;
        else if (term_is_atom(x)) {
            size_t n;
            const char *name = atom_name(p->vm->atoms, term_atom(x), &n);
            for (size_t i = 0; i < sizeof module_flags / sizeof *module_flags; i++)
                if (strlen(module_flags[i]) == n && !memcmp(name, module_flags[i], n) && o->nflags < 16)
                    o->flags[o->nflags++] = module_flags[i];
        }
        else if (term_is_tuple(x) && term_tuple_arity(x) == 2 && term_tuple_elem(x, 1) == T_ATOM(OUTDIR)) {
            if (!bif_file_name(p, term_tuple_elem(x, 2), &o->outdir)) return false;
        } else if (term_is_tuple(x) && term_tuple_arity(x) == 2 && term_tuple_elem(x, 1) == T_ATOM(I) && o->ninc < 16) {
            if (!bif_file_name(p, term_tuple_elem(x, 2), &o->incbuf[o->ninc])) return false;
            o->inc[o->ninc] = o->incbuf[o->ninc].data;
            o->ninc++;
        }
    }
    return l == TERM_NIL;
}

static Term compile_file(Process *p, Term file, Term options) {
    Vm *vm = p->vm;
    Opts o = {0};
    Buf src = {0}, out = {0}, diag = {0};
    Term r = T_ATOM(ERROR);
    if (!bif_file_name(p, file, &src) || !parse_opts(p, options, &o)) {
        r = THE_NON_VALUE;
        proc_raise(p, ATOM_ERROR, T_ATOM(BADARG));
        goto done;
    }
    size_t n = strlen(src.data);
    if (n < 4 || strcmp(src.data + n - 4, ".erl") != 0) buf_adds(&src, ".erl");
    size_t len;
    uint8_t *text = load_read_file(src.data, &len);
    if (!text) {
        if (o.report_errors) {
            buf_printf(&diag, "%s: no such file or directory\n", src.data);
            vm_output(vm, diag.data, diag.len);
        }
        goto done;
    }
    char *dir = strdup(src.data), real[PATH_MAX];
    if (!dir) abort();
    const char *inc[17];
    inc[0] = dirname(dir);
    for (size_t i = 0; i < o.ninc; i++) inc[i + 1] = o.inc[i];
    CompileOptions copt = {inc, o.ninc + 1, realpath(src.data, real) ? real : NULL, o.report_warnings,
                           o.flags, o.nflags};
    CompileResult res = {0};
    int rc = compile_source(src.data, (const char *)text, len, &copt, &res, &diag);
    free(text);
    free(dir);
    if (diag.len && (o.report_errors || o.report_warnings)) vm_output(vm, diag.data, diag.len);
    if (rc == 0 && res.bem) {
        Term mod = term_from_atom(atom_intern(vm->atoms, res.module, strlen(res.module)));
        if (o.binary) {
            r = heap_tuple3(p, T_ATOM(OK), mod, heap_binary(p, res.bem, res.bem_len));
        } else {
            /* Dir/Base.bem, Base the source file's name, as erlc */
            char *base_copy = strdup(src.data);
            if (!base_copy) abort();
            char *base = basename(base_copy);
            base[strlen(base) - 4] = '\0';
            buf_printf(&out, "%s/%s.bem", o.outdir.len ? o.outdir.data : ".", base);
            free(base_copy);
            FILE *f = fopen(out.data, "wb");
            bool ok = f && fwrite(res.bem, 1, res.bem_len, f) == res.bem_len;
            if (f && fclose(f) != 0) ok = false;
            if (ok) {
                r = heap_tuple2(p, T_ATOM(OK), mod);
            } else if (o.report_errors) {
                diag.len = 0;
                buf_printf(&diag, "%s: cannot write the file\n", out.data);
                vm_output(vm, diag.data, diag.len);
            }
        }
    }
    compile_result_free(&res);
done:
    buf_free(&src);
    buf_free(&out);
    buf_free(&diag);
    buf_free(&o.outdir);
    for (size_t i = 0; i < o.ninc; i++) buf_free(&o.incbuf[i]);
    return r;
}

Term bif_compile_file_1(Process *p, Term *a) { return compile_file(p, a[0], TERM_NIL); }
Term bif_compile_file_2(Process *p, Term *a) { return compile_file(p, a[0], a[1]); }
