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

/* The code path: directories searched for Mod.bem, in order. */
typedef struct CodePath {
    char **dirs;
    size_t n;
} CodePath;


struct Vm {
    AtomTable *atoms;
    CodeTable *code;
    Process **procs;          /* by pid index; NULL = free */
    uint32_t nprocs, procs_cap;
    uint64_t next_ref;
    int halted;               /* halt/0,1 was called */
    int halt_status;
    FILE *out;                /* the program's output (stdout) */
    FILE *err;                /* reports and diagnostics (stderr) */
    CodePath path;
    bool gc_stress;           /* BEAMLET_GC_STRESS: collect at every function entry */
};

Vm *vm_new(void);
void vm_free(Vm *vm);
/* Write bytes to the program's output. */
void vm_output(Vm *vm, const void *data, size_t len);

/* Add a directory to the front (or the end) of the code path. */
void vm_path_add(Vm *vm, const char *dir, bool at_end);
/* Load Mod.bem from the code path if Mod has no current code; true if it
 * has current code afterwards.  Load errors are reported on stderr. */
bool vm_autoload(Vm *vm, Term module);
/* Load and install a .bem image; name is for messages.  Returns the atom
 * ok, not_purged or badfile (reported on stderr with the reason). */
uint32_t vm_load_image(Vm *vm, const char *name, const uint8_t *data, size_t len, const char *path);

/* Messages. Send returns msg, or THE_NON_VALUE with badarg raised in p. */
Term vm_send(Process *p, Term dest, Term msg);
Term vm_mbox_peek(Process *p);          /* at the cursor, or THE_NON_VALUE */
void vm_mbox_remove(Process *p);        /* the one at the cursor; rewinds */
void vm_mbox_next(Process *p);
void vm_mbox_rewind(Process *p);
Process *vm_process(Vm *vm, Term pid);  /* NULL if dead or never was */
Process *vm_spawn_process(Vm *vm);      /* a new process with a pid */

#endif
