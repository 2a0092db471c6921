/* interp.h — the dispatch loop: runs one process until it finishes,
 * raises past its first call, waits, or uses up its reductions. */
#ifndef BEAMLET_INTERP_H
#define BEAMLET_INTERP_H

#include "code.h"
#include "process.h"

typedef enum RunResult {
    RUN_DONE,        /* the first call returned: its value is p->stack[0] */
    RUN_EXCEPTION,   /* an uncaught exception: p->exc_class/reason/trace */
    RUN_YIELD,       /* reductions used up: call interp_run again */
    RUN_WAIT,        /* waiting in receive */
    RUN_HALT,        /* halt/0,1 was called: vm->halted, vm->halt_status */
    RUN_EXITED,      /* an exit signal killed it: p->exit_reason */
} RunResult;

/* The dispatch addresses, indexed by opcode (the loader threads code with them). */
const void *const *interp_op_table(void);
/* The code of beamlet:recv_wait/2 (interp.c says what it does); `grew` is
 * the export entry it uses for its mailbox test. */
const Word *interp_recv_wait_code(Export *grew);
/* Prepare p (fresh or finished) to call e with these arguments. */
void interp_setup_call(Process *p, Export *e, const Term *args, unsigned n);
/* The same for a call of a fun. */
void interp_setup_apply(Process *p, Term fun, const Term *args, unsigned n);
RunResult interp_run(Process *p, long reductions);

#endif
