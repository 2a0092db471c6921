/* reg.c — the process registry.  Atoms are small dense indices, so the
 * table is an array of pids indexed by the name's atom; a process knows
 * its own name (Process.reg_name) so that exit can release it. */
#include "reg.h"

#include <stdlib.h>
#include <string.h>

Process *reg_whereis(Vm *vm, uint32_t name) {
    if (name >= vm->reg_cap || !vm->reg[name]) return NULL;
    return vm_process(vm, vm->reg[name]);
}

bool reg_register(Vm *vm, uint32_t name, Process *p) {
    if (p->reg_name || reg_whereis(vm, name)) return false;
    if (name >= vm->reg_cap) {
        uint32_t cap = vm->reg_cap ? vm->reg_cap : 64;
        while (cap <= name) cap *= 2;
        Term *r = (Term *)realloc(vm->reg, cap * sizeof(Term));
        if (!r) { fputs("beamlet: out of memory\n", stderr); abort(); }
        memset(r + vm->reg_cap, 0, (cap - vm->reg_cap) * sizeof(Term));
        vm->reg = r;
        vm->reg_cap = cap;
    }
    vm->reg[name] = p->pid;
    p->reg_name = term_from_atom(name);
    return true;
}

bool reg_unregister(Vm *vm, uint32_t name) {
    Process *p = reg_whereis(vm, name);
    if (!p) return false;
    vm->reg[name] = 0;
    p->reg_name = 0;
    return true;
}

void reg_release(Vm *vm, Process *p) {
    if (!p->reg_name) return;
    uint32_t name = term_atom(p->reg_name);
    if (name < vm->reg_cap && vm->reg[name] == p->pid) vm->reg[name] = 0;
    p->reg_name = 0;
}

Term reg_names(Process *p) {
    Vm *vm = p->vm;
    Term list = TERM_NIL;
    for (uint32_t i = vm->reg_cap; i-- > 0;)
        if (vm->reg[i] && vm_process(vm, vm->reg[i])) list = heap_cons(p, term_from_atom(i), list);
    return list;
}
