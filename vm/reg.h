/* reg.h — the process registry: names (atoms) for processes. */
#ifndef BEAMLET_REG_H
#define BEAMLET_REG_H

#include <stdbool.h>

#include "vm.h"

/* The live process registered as name (an atom index), or NULL. */
Process *reg_whereis(Vm *vm, uint32_t name);
/* Register p as name: false if the name is taken or p already has one. */
bool reg_register(Vm *vm, uint32_t name, Process *p);
/* Remove a name; false if it was not registered. */
bool reg_unregister(Vm *vm, uint32_t name);
/* An ending process gives up its name (it may be out of the table already). */
void reg_release(Vm *vm, Process *p);
/* The registered names, as a list on p's heap. */
Term reg_names(Process *p);

#endif
