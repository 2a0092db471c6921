/* vm.h — the VM: everything shared by all processes (atoms, modules,
 * the process table, the output streams).  No globals: a Vm * is passed. */
#ifndef BEAMLET_VM_H
#define BEAMLET_VM_H

#include <stdint.h>
#include <stdio.h>

#include "atom.h"
#include "process.h"

typedef struct CodeTable CodeTable;

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
};

Vm *vm_new(void);
void vm_free(Vm *vm);
/* Write bytes to the program's output. */
void vm_output(Vm *vm, const void *data, size_t len);

#endif
