/* main.c — bin/beamlet's command line.
 *
 *   beamlet [-pa DIR]... FILE.erl [ARGS...]   compile in memory, run FILE:main(ARGS)
 *   beamlet [-pa DIR]... FILE.bem [ARGS...]   load the bytecode file, run main(ARGS)
 *
 * As escript: exit status 0 when main/1 returns, whatever other processes
 * still run; 127 when it raises or an exit signal kills it (the reason
 * goes to stderr) or when it waits for a message no process can send;
 * N after halt(N).  Exit codes 64 (usage) and
 * 65 (the script does not compile or load) as in clox. */
#include <libgen.h>
#include <limits.h>
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

#ifndef BEAMLET_STDLIB_DIR
#define BEAMLET_STDLIB_DIR "build/stdlib"
#endif

static int usage(void) {
    fputs("usage: beamlet [-pa DIR]... FILE.erl|FILE.bem [ARGS...]\n", stderr);
    return 64;
}

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
        char *dir = strdup(file);
        if (!dir) abort();
        const char *inc[1] = {dirname(dir)};
        CompileOptions opt = {inc, 1, NULL, 1};
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
    char real[PATH_MAX];
    v->path = strdup(realpath(file, real) ? real : file);
    if (!v->path) abort();
    if (code_install(vm, v) != ATOM_OK) {
        fprintf(stderr, "beamlet: %s: module already loaded\n", file);
        return 0;
    }
    return mod;
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
    interp_setup_call(p, e, &args, 1);
    p->initial_call = e;
    vm->main = p;
    sched_enqueue(p);
    SchedStop stop = sched_run(vm);
    fflush(stdout);
    if (stop == SCHED_HALT) return vm->halt_status;
    if (stop == SCHED_IDLE) {
        fprintf(stderr, "beamlet: the main process waits for a message that can never come\n");
        return 127;
    }
    if (vm->main_result == RUN_DONE) return 0;
    Buf b = {0};
    if (vm->main_result == RUN_EXCEPTION)
        trace_format(p, p->exc_class, p->exc_reason, p->exc_trace, "beamlet: ", &b);
    else   /* killed by an exit signal (a linked process ended) */
        trace_format(p, T_ATOM(EXIT), p->exit_reason, TERM_NIL, "beamlet: ", &b);
    fwrite(b.data, 1, b.len, stderr);
    buf_free(&b);
    return 127;
}

int main(int argc, char **argv) {
    Vm *vm = vm_new();
    int i = 1;
    const char *stdlib = getenv("BEAMLET_STDLIB");
    vm_path_add(vm, ".", true);
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-pa") == 0 && i + 1 < argc) {
            vm_path_add(vm, argv[++i], false);
        } else if (strcmp(argv[i], "-pz") == 0 && i + 1 < argc) {
            vm_path_add(vm, argv[++i], true);
        } else {
            vm_free(vm);
            return usage();
        }
    }
    vm_path_add(vm, stdlib ? stdlib : BEAMLET_STDLIB_DIR, true);
    if (i >= argc) {
        vm_free(vm);
        return usage();
    }
    Term mod = load_script(vm, argv[i]);
    int status = mod ? run_main(vm, mod, argc - i - 1, argv + i + 1) : 65;
    fflush(stdout);
    vm_free(vm);
    return status;
}
