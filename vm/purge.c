/* purge.c — see purge.h.  Killing goes through exit signals (reason
 * killed, seen by links and monitors); the literals are moved by a
 * collection of each process that refers to them (gc_collect_literals). */
#include "purge.h"

#include "code.h"
#include "gc.h"
#include "signal.h"

static bool in_code(const CodeVersion *v, const Word *pc) {
    return pc && pc >= v->code && pc < v->code + v->code_words;
}

bool purge_process_uses(const Process *q, const CodeVersion *v) {
    if (!v || v->purged) return false;
    if (in_code(v, q->pc)) return true;
    for (uint32_t i = 0; i < q->nframes; i++)
        if (in_code(v, frame_pc(&q->frames[i]))) return true;
    return false;
}

PurgeResult purge_old(Process *caller, Term module, bool soft) {
    Vm *vm = caller->vm;
    Module *m = code_module(vm, module);
    if (!m || !m->old) return PURGE_NONE;
    CodeVersion *v = m->old;
    bool killed = false;
    for (uint32_t i = 0; i < vm->procs_cap; i++) {
        Process *q = vm->procs[i];
        if (!q || q->status == PROC_EXITING || !purge_process_uses(q, v)) continue;
        if (soft) return PURGE_IN_USE;
        sig_exit(caller, q, T_ATOM(KILL), false);
        killed = true;
    }
    /* whoever is left may hold the version's constants: move them home */
    for (uint32_t i = 0; v->lit_area && i < vm->procs_cap; i++) {
        Process *q = vm->procs[i];
        if (q && q->exit_reason == THE_NON_VALUE && gc_refers_to(q, v->lit_area)) gc_collect_literals(q, v->lit_area);
    }
    code_drop_old(vm, module);
    return killed ? PURGE_KILLED : PURGE_DONE;
}
