/* main.c — bin/beamlet's command line.
 *
 *   beamlet [-pa DIR]... FILE.erl [ARGS...]   compile in memory, run FILE:main(ARGS)
 *   beamlet [-pa DIR]... FILE.bem [ARGS...]   load the bytecode file, run main(ARGS)
 *   beamlet [erl flags]                       as erl: -eval/-s/-run, then the shell
 *                                             (-noshell, -pa, -pz, -extra)
 *
 * As escript: exit status 0 when main/1 returns, whatever other processes
 * still run; 127 when it raises or an exit signal kills it (the reason
 * goes to stderr) or when it waits for a message no process can send;
 * N after halt(N).  Exit codes 64 (usage) and
 * 65 (the script does not compile or load) as in clox. */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "code.h"
#include "compile.h"
#include "interp.h"
#include "loader.h"
#include "sched.h"
#include "trace.h"
#include "vm.h"
#include "xalloc.h"

#ifndef BEAMLET_STDLIB_DIR
#define BEAMLET_STDLIB_DIR "build/stdlib"
#endif

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Compile or read the script; install it; return its module atom or 0. */
static Term load_script(Vm *vm, const char *file) {
    size_t len;
    uint8_t *data = load_read_file(file, &len);
    if (!data) {
        fprintf(stderr, "beamlet: %s: no such file or directory\n", file);
        return 0;
    }
    uint8_t *bem = data;
    size_t bem_len = len;
    CompileResult res = {0};
    if (ends_with(file, ".erl")) {
        Buf diag = {0};
        char *dir = xstrdup(file);
        const char *inc[1] = {dirname(dir)};
        CompileOptions opt = {inc, 1, NULL, 1, NULL, 0};
        int rc = compile_source(file, (const char *)data, len, &opt, &res, &diag);
        free(dir);
        if (diag.len) fwrite(diag.data, 1, diag.len, stderr);
        buf_free(&diag);
        free(data);
        if (rc != 0 || !res.bem) {
            fprintf(stderr, "beamlet: there were compilation errors\n");
            compile_result_free(&res);
            return 0;
        }
        bem = res.bem;
        bem_len = res.bem_len;
    }
    char err[512];
    CodeVersion *v = load_bem(vm, bem, bem_len, err, sizeof err);
    if (bem == data) free(data);
    compile_result_free(&res);
    if (!v) {
        fprintf(stderr, "beamlet: %s: %s\n", file, err);
        return 0;
    }
    Term mod = v->module;
    v->path = vm_abs_path(file);
    if (code_install(vm, v) != ATOM_OK) {
        fprintf(stderr, "beamlet: %s: module already loaded\n", file);
        return 0;
    }
    return mod;
}

/* Run e(*arg) in p, the first process, and the scheduler until it stops. */
static SchedStop run_first(Vm *vm, Process *p, Export *e, Term *arg) {
    interp_setup_call(p, e, arg, 1);
    p->initial_call = e;
    vm->main = p;
    sched_enqueue(p);
    SchedStop stop = sched_run(vm);
    fflush(stdout);
    return stop;
}

/* The first process raised, or an exit signal (a linked process ended)
 * killed it: say so on stderr, as escript does. */
static void report_first(Vm *vm, Process *p, const char *prefix) {
    Buf b = {0};
    if (vm->main_result == RUN_EXCEPTION)
        trace_format(p, p->exc_class, p->exc_reason, p->exc_trace, prefix, &b);
    else
        trace_format(p, T_ATOM(EXIT), p->exit_reason, TERM_NIL, prefix, &b);
    fwrite(b.data, 1, b.len, stderr);
    buf_free(&b);
}

/* Run FILE:main(ARGS) in a process and the scheduler until it ends. */
static int run_main(Vm *vm, Term mod, int argc, char **argv) {
    Process *p = vm_spawn_process(vm);
    Term args = TERM_NIL;
    for (int i = argc; i-- > 0;) args = heap_cons(p, heap_string(p, argv[i], strlen(argv[i])), args);
    Export *e = code_export(vm, mod, T_ATOM(MAIN), 1);
    if (!e->code) {
        fprintf(stderr, "beamlet: the script does not export main/1\n");
        return 127;
    }
    SchedStop stop = run_first(vm, p, e, &args);
    if (stop == SCHED_HALT) return vm->halt_status;
    if (stop == SCHED_IDLE) {
        fprintf(stderr, "beamlet: the main process waits for a message that can never come\n");
        return 127;
    }
    if (vm->main_result == RUN_DONE) return 0;
    report_first(vm, p, "beamlet: ");
    return 127;
}

/* erl's command line: what init:boot/1 is given (stdlib/init.erl). */
typedef struct ErlArgs {
    Term instrs;     /* [{eval, Text} | {s | run, Mod, Fun, [Arg]}], in order */
    bool shell;      /* false after -noshell */
    Term plain;      /* the arguments after -extra, and stray ones */
} ErlArgs;

static bool is_flag(const char *s) { return s[0] == '-' && s[1] != '\0'; }

static Term str(Process *p, const char *s) { return heap_string(p, s, strlen(s)); }

static Term reverse(Process *p, Term l) {
    Term r = TERM_NIL;
    for (; term_is_cons(l); l = term_tl(l)) r = heap_cons(p, term_hd(l), r);
    return r;
}

/* Parse erl's flags from argv[i..] onto p's heap.  Returns false (after a
 * message) when a flag lacks its argument. */
static bool erl_args(Vm *vm, Process *p, int argc, char **argv, int i, ErlArgs *out) {
    Term instrs = TERM_NIL, plain = TERM_NIL;
    out->shell = true;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-extra") == 0) {
            for (i++; i < argc; i++) plain = heap_cons(p, str(p, argv[i]), plain);
            break;
        } else if (strcmp(a, "-noshell") == 0 || strcmp(a, "-noinput") == 0) {
            out->shell = false;
        } else if (strcmp(a, "-pa") == 0 || strcmp(a, "-pz") == 0) {
            /* each following non-flag argument is a directory; -pa ones go
               first in the order given, as erl does */
            size_t at = 0;
            for (; i + 1 < argc && !is_flag(argv[i + 1]); i++) {
                if (a[2] == 'a') {
                    vm_path_add(vm, argv[i + 1], false);
                    /* vm_path_add puts it first: rotate to keep the order */
                    char *d = vm->path.dirs[0];
                    memmove(vm->path.dirs, vm->path.dirs + 1, at * sizeof(char *));
                    vm->path.dirs[at++] = d;
                } else {
                    vm_path_add(vm, argv[i + 1], true);
                }
            }
        } else if (strcmp(a, "-eval") == 0) {
            if (i + 1 >= argc) {
                fputs("beamlet: -eval needs an expression\n", stderr);
                return false;
            }
            instrs = heap_cons(p, heap_tuple2(p, term_from_atom(atom_intern(vm->atoms, "eval", 4)),
                                              str(p, argv[++i])), instrs);
        } else if (strcmp(a, "-s") == 0 || strcmp(a, "-run") == 0) {
            if (i + 1 >= argc || is_flag(argv[i + 1])) {
                fprintf(stderr, "beamlet: %s needs a module\n", a);
                return false;
            }
            Term kind = term_from_atom(atom_intern(vm->atoms, a + 1, strlen(a + 1)));
            Term mod = str(p, argv[++i]);
            Term fun = str(p, "start");
            Term args = TERM_NIL;
            if (i + 1 < argc && !is_flag(argv[i + 1])) fun = str(p, argv[++i]);
            while (i + 1 < argc && !is_flag(argv[i + 1])) args = heap_cons(p, str(p, argv[++i]), args);
            instrs = heap_cons(p, heap_tuple4(p, kind, mod, fun, reverse(p, args)), instrs);
        } else if (is_flag(a)) {
            /* an emulator or user flag erl would accept: skip its values */
            while (i + 1 < argc && !is_flag(argv[i + 1])) i++;
        } else {
            plain = heap_cons(p, str(p, a), plain);
        }
    }
    out->instrs = reverse(p, instrs);
    out->plain = reverse(p, plain);
    return true;
}

/* Boot as erl does: init:boot/1 runs -eval/-s/-run in order, then the
 * shell (unless -noshell).  The VM ends at halt/0,1, init:stop/0, or the
 * shell's end of input; or, with -noshell, when nothing can run any more. */
static int run_erl(Vm *vm, int argc, char **argv, int i) {
    Process *p = vm_spawn_process(vm);
    ErlArgs ea;
    if (!erl_args(vm, p, argc, argv, i, &ea)) return 64;
    Export *e = code_export(vm, T_ATOM(INIT), term_from_atom(atom_intern(vm->atoms, "boot", 4)), 1);
    if (!e->code) vm_autoload(vm, T_ATOM(INIT));
    if (!e->code) {
        fputs("beamlet: the standard library (init) cannot be loaded\n", stderr);
        return 65;
    }
    Term arg = heap_tuple3(p, ea.instrs, ea.shell ? T_ATOM(TRUE) : T_ATOM(FALSE), ea.plain);
    SchedStop stop = run_first(vm, p, e, &arg);
    if (stop == SCHED_HALT) return vm->halt_status;
    if (stop == SCHED_IDLE) return 0;
    if (vm->main_result == RUN_DONE) return 0;
    report_first(vm, p, "beamlet: init: ");
    return 1;
}

int main(int argc, char **argv) {
    Vm *vm = vm_new();
    const char *stdlib = getenv("BEAMLET_STDLIB");
    vm_path_add(vm, ".", true);
    vm_path_add(vm, stdlib ? stdlib : BEAMLET_STDLIB_DIR, true);
    /* script mode: the first argument that is not a flag (or a -pa/-pz
       directory) names a .erl or .bem file */
    int i = 1;
    while (i < argc && (strcmp(argv[i], "-pa") == 0 || strcmp(argv[i], "-pz") == 0) && i + 1 < argc) i += 2;
    int status;
    if (i < argc && (ends_with(argv[i], ".erl") || ends_with(argv[i], ".bem"))) {
        for (int k = 1; k < i; k += 2) vm_path_add(vm, argv[k + 1], argv[k][2] == 'z');
        Term mod = load_script(vm, argv[i]);
        status = mod ? run_main(vm, mod, argc - i - 1, argv + i + 1) : 65;
    } else {
        status = run_erl(vm, argc, argv, 1);
    }
    fflush(stdout);
    vm_free(vm);
    return status;
}
