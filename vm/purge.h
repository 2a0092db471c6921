/* purge.h — removing a module's old code safely: which processes still
 * run it, killing them, and moving the literals that live processes still
 * hold into their own heaps before the code and literals are freed. */
#ifndef BEAMLET_PURGE_H
#define BEAMLET_PURGE_H

#include <stdbool.h>

#include "code.h"
#include "vm.h"

/* erlang:check_process_code/2: does q execute v's code (its current
 * instruction or a return address or catch handler on its stack)? */
bool purge_process_uses(const Process *q, const CodeVersion *v);

typedef enum PurgeResult {
    PURGE_NONE,          /* there was no old code */
    PURGE_DONE,          /* removed; nobody ran it */
    PURGE_KILLED,        /* removed after killing the processes that ran it */
    PURGE_IN_USE,        /* soft purge: some process runs it; nothing changed */
} PurgeResult;

/* Remove module's old code, as caller (which may be among the killed:
 * then caller->exit_reason is set).  soft: refuse instead of killing. */
PurgeResult purge_old(Process *caller, Term module, bool soft);

#endif
