/* process.c — process state outside the interpreter loop: raising
 * exceptions from C, BIF traps. */
#include "process.h"

#include "bif.h"
#include "vm.h"

Term proc_raise(Process *p, uint32_t class_atom, Term reason) {
    p->exc_class = term_from_atom(class_atom);
    p->exc_reason = reason;
    p->exc_trace = TERM_NIL;
    return THE_NON_VALUE;
}

Term bif_trap_export(Process *p, Export *e, const Term *args, unsigned n) {
    p->trap_fun = THE_NON_VALUE;
    p->trap_export = e;
    for (unsigned i = 0; i < n; i++) p->trap_args[i] = args[i];
    p->trap_arity = n;
    return THE_TRAP;
}

Term bif_trap_fun(Process *p, Term fun, const Term *args, unsigned n) {
    p->trap_fun = fun;
    p->trap_export = NULL;
    for (unsigned i = 0; i < n; i++) p->trap_args[i] = args[i];
    p->trap_arity = n;
    return THE_TRAP;
}
