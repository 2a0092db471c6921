/* alias.h — process aliases (OTP 24+): references that a process can be
 * sent messages through while the alias is active (erlang:alias/0,1,
 * unalias/1, monitor/3 with {alias, Mode}).  gen:call makes its monitor an
 * alias, so that a reply that comes after the caller gave up is dropped. */
#ifndef BEAMLET_ALIAS_H
#define BEAMLET_ALIAS_H

#include <stdbool.h>
#include <stdint.h>

#include "process.h"

typedef enum AliasMode {
    ALIAS_EXPLICIT,          /* until unalias/1 */
    ALIAS_DEMONITOR,         /* until unalias/1, or its monitor is removed or fires */
    ALIAS_REPLY_DEMONITOR,   /* as ALIAS_DEMONITOR, and the first message ends it and its monitor */
    ALIAS_REPLY,             /* until unalias/1 or the first message */
} AliasMode;

/* Make reference id `ref` an alias of owner (a pid). */
void alias_add(Vm *vm, uint64_t ref, Term owner, AliasMode mode);
/* unalias/1: true when ref was an active alias of owner, which it no
 * longer is. */
bool alias_remove(Vm *vm, uint64_t ref, Term owner);
/* A message is sent to ref: its owner, or NULL when ref is no active alias
 * (the message is then dropped); a reply-mode alias ends here. */
Process *alias_target(Vm *vm, uint64_t ref);
/* The monitor with id ref was removed or fired: an alias made with
 * {alias, demonitor | reply_demonitor} ends. */
void alias_monitor_gone(Vm *vm, uint64_t ref);
void alias_free(Vm *vm);

#endif
