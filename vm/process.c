/* process.c — process state outside the interpreter loop: raising
 * exceptions from C, BIF traps. */
#include "process.h"

#include "bif.h"
#include "vm.h"

Term proc_raise(Process *p, uint32_t class_atom, Term reason) {
    p->exc_class = term_from_atom(class_atom);
    p->exc_reason = reason;
    p->exc_trace = TERM_NIL;
    p->exc_args = TERM_NIL;
    p->exc_bif = NULL;
    p->exc_trace_given = false;
    return THE_NON_VALUE;
}

Term bif_trap_export(Process *p, Export *e, const Term *args, unsigned n) {
    p->trap_fun = THE_NON_VALUE;
    p->trap_export = e;
    for (unsigned i = 0; i < n; i++) p->vm->trap_args[i] = args[i];
    p->trap_arity = n;
    return THE_TRAP;
}

Term bif_trap_fun(Process *p, Term fun, const Term *args, unsigned n) {
    p->trap_fun = fun;
    p->trap_export = NULL;
    for (unsigned i = 0; i < n; i++) p->vm->trap_args[i] = args[i];
    p->trap_arity = n;
    return THE_TRAP;
}

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"

#define INITIAL_STACK 32
#define INITIAL_FRAMES 8

Process *proc_new(Vm *vm) {
    Process *p = (Process *)calloc(1, sizeof *p);
    if (!p) { fputs("beamlet: out of memory\n", stderr); abort(); }
    p->vm = vm;
    p->stack = (Term *)malloc(INITIAL_STACK * sizeof(Term));
    p->frames = (Frame *)malloc(INITIAL_FRAMES * sizeof(Frame));
    if (!p->stack || !p->frames) { fputs("beamlet: out of memory\n", stderr); abort(); }
    for (size_t i = 0; i < INITIAL_STACK; i++) p->stack[i] = TERM_NIL;
    p->stack_size = INITIAL_STACK;
    p->frames_cap = INITIAL_FRAMES;
    p->dict = TERM_NIL;
    p->exc_class = p->exc_reason = p->exc_trace = p->exc_args = TERM_NIL;
    p->trap_fun = THE_NON_VALUE;
    p->exit_reason = THE_NON_VALUE;
    p->timeout_ms = -1;
    gc_init_heap(p, 0);
    return p;
}

void proc_free(Process *p) {
    if (!p) return;
    gc_free_heap(p);
    free(p->mbox);
    free(p->links);
    free(p->stack);
    free(p->frames);
    free(p);
}

bool proc_ensure_stack(Process *p, size_t words) {
    if (words <= p->stack_size) return true;
    if (words > PROC_MAX_STACK_WORDS) {
        proc_raise(p, ATOM_ERROR, T_ATOM(SYSTEM_LIMIT));
        return false;
    }
    size_t size = p->stack_size * 2;
    while (size < words) size *= 2;
    if (size > PROC_MAX_STACK_WORDS) size = PROC_MAX_STACK_WORDS;
    Term *s = (Term *)realloc(p->stack, size * sizeof(Term));
    if (!s) { proc_raise(p, ATOM_ERROR, T_ATOM(SYSTEM_LIMIT)); return false; }
    for (size_t i = p->stack_size; i < size; i++) s[i] = TERM_NIL;
    p->stack = s;
    p->stack_size = size;
    return true;
}

bool proc_ensure_frame(Process *p) {
    if (p->nframes < p->frames_cap) return true;
    if (p->frames_cap >= PROC_MAX_STACK_WORDS / 4) {
        proc_raise(p, ATOM_ERROR, T_ATOM(SYSTEM_LIMIT));
        return false;
    }
    size_t cap = p->frames_cap * 2;
    Frame *f = (Frame *)realloc(p->frames, cap * sizeof(Frame));
    if (!f) { proc_raise(p, ATOM_ERROR, T_ATOM(SYSTEM_LIMIT)); return false; }
    p->frames = f;
    p->frames_cap = cap;
    return true;
}

size_t proc_memory(const Process *p) {
    return sizeof *p + gc_heap_words(p) * sizeof(Term) + p->stack_size * sizeof(Term) +
           p->frames_cap * sizeof(Frame) + p->mbox_cap * sizeof(Term) + p->links_cap * sizeof(Link);
}
