/* vm.h — the VM: everything shared by all processes (atoms, modules,
 * the process table, the output streams).  No globals: a Vm * is passed. */
#ifndef BEAMLET_VM_H
#define BEAMLET_VM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "atom.h"
#include "buf.h"
#include "process.h"

typedef struct CodeTable CodeTable;
typedef struct Timer Timer;
typedef struct Tty Tty;

/* The code path: directories searched for Mod.bem, in order. */
typedef struct CodePath {
    char **dirs;
    size_t n;
} CodePath;


struct Vm {
    AtomTable *atoms;
    CodeTable *code;

    /* the process table: slots indexed by a pid's index (vm.c) */
    Process **procs;          /* NULL = free */
    uint32_t procs_cap, nprocs;   /* slots, live processes */
    uint32_t pid_cursor, pid_serial;  /* where the next pid is looked for */
    Term *reg;                /* registered names: pid by atom index, 0 = none (reg.c) */
    uint32_t reg_cap;

    /* scheduling (sched.c) */
    Process *current;         /* the running process, or NULL */
    Process *rq_head, *rq_tail;   /* run queue */
    Process *graveyard;       /* terminated, freed after the current slice */
    Process *exiting;         /* terminated, signals not yet sent (signal.c) */
    Timer **timers;           /* binary min-heap by due time */
    size_t ntimers, timers_cap;
    uint64_t timer_seq;
    bool draining;            /* signal.c is ending processes */
    long reds_left;           /* what the last interp_run left of its budget */
    uint64_t reductions;      /* done by processes that ended */
    Process *main;            /* script mode: the process running main/1 */
    bool main_ended;
    int main_result;          /* its RunResult, or -1 when an exit signal killed it */

    Term trap_args[255];      /* a pending BIF trap's arguments (process.h) */
    uint64_t next_ref;
    int halted;               /* halt/0,1 was called */
    int halt_status;
    struct AliasTable *aliases;   /* active process aliases (alias.c) */
    bool stop_requested;      /* init:stop/0,1: halt once nothing can run */
    int stop_status;
    FILE *out;                /* the program's output (stdout) */
    FILE *err;                /* reports and diagnostics (stderr) */
    CodePath path;
    Tty *tty;                 /* stdin as a line source, once used (tty.c) */
    unsigned tty_tick;        /* slices since the scheduler last polled stdin */
    bool gc_stress;           /* BEAMLET_GC_STRESS: collect at every function entry */
    int64_t start_us;         /* monotonic, at vm_new */
    int64_t last_wall_ms, last_runtime_ms, last_reductions, last_now_us;   /* statistics/1, now/0 */
};

Vm *vm_new(void);
void vm_free(Vm *vm);
/* Write bytes to the program's output (above a line being edited, if any). */
void vm_output(Vm *vm, const void *data, size_t len);
/* Write bytes to stderr (reports, diagnostics), also above an edited line. */
void vm_error_output(Vm *vm, const void *data, size_t len);

/* Add a directory to the front (or the end) of the code path. */
void vm_path_add(Vm *vm, const char *dir, bool at_end);
/* Load Mod.bem from the code path if Mod has no current code; true if it
 * has current code afterwards.  Refusals are reported as code:load_file's. */
bool vm_autoload(Vm *vm, Term module);
/* Mod.bem on the code path, as a malloc'd absolute path, or NULL. */
char *vm_find_on_path(Vm *vm, Term module);
/* path made absolute (malloc'd; as given if it does not exist). */
char *vm_abs_path(const char *path);
/* Loading in two steps, so code:load_binary can purge in between.
 * Prepare: parse and verify a .bem image that must define `expect` (0:
 * any); NULL if refused, with erts's error report, and the code server's
 * "Loading of NAME failed: badfile" too when report_failed.  Finish:
 * install it (path, if not NULL, is recorded for code:is_loaded): ATOM_OK,
 * or ATOM_NOT_PURGED with v destroyed (reported when report_failed). */
typedef struct CodeVersion CodeVersion;
CodeVersion *vm_prepare_load(Vm *vm, const uint8_t *data, size_t len, Term expect, const char *name,
                             bool report_failed);
uint32_t vm_finish_load(Vm *vm, CodeVersion *v, const char *name, const char *path, bool report_failed);

/* Messages.  vm_send: Pid ! Msg from p; returns msg, or THE_NON_VALUE
 * with badarg raised in p.  vm_deliver: put a copy of msg in to's mailbox
 * and wake it (msg may live anywhere). */
Term vm_send(Process *p, Term dest, Term msg);
void vm_deliver(Process *to, Term msg);
void vm_mbox_push(Process *to, Term msg);   /* msg is already on to's heap */
void vm_mbox_remove(Process *p);        /* the one at the cursor; rewinds */
/* The message at the cursor, or THE_NON_VALUE past the last. */
static inline Term vm_mbox_peek(const Process *p) {
    return p->mbox_cursor < p->mbox_len ? p->mbox[p->mbox_head + p->mbox_cursor] : THE_NON_VALUE;
}
static inline void vm_mbox_next(Process *p) {
    if (p->mbox_cursor < p->mbox_len) p->mbox_cursor++;
}
static inline void vm_mbox_rewind(Process *p) { p->mbox_cursor = 0; }
Process *vm_process(Vm *vm, Term pid);  /* NULL if dead or never was */
Process *vm_spawn_process(Vm *vm);      /* a new process with a pid (not yet runnable) */
void vm_forget_process(Vm *vm, Process *p);  /* take p out of the table: its pid is dead */

#endif
