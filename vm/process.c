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
    p->exc_frame_args = false;
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

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"

static void out_of_memory(void) {
    fputs("beamlet: out of memory\n", stderr);
    abort();
}

Process *proc_new(Vm *vm) {
    Process *p = (Process *)malloc(sizeof *p);
    if (!p) out_of_memory();
    memset(p, 0, offsetof(Process, frames0));
    p->vm = vm;
    p->stack = p->stack0;
    p->frames = p->frames0;
    for (size_t i = 0; i < PROC_INLINE_STACK; i++) p->stack[i] = TERM_NIL;
    p->stack_size = PROC_INLINE_STACK;
    p->frames_cap = PROC_INLINE_FRAMES;
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
    if (p->stack != p->stack0) free(p->stack);
    if (p->frames != p->frames0) free(p->frames);
    free(p);
}

/* Grow an array that may still be the inline one. */
static void *grow(void *old, const void *inline_array, size_t old_bytes, size_t new_bytes) {
    if (old != inline_array) return realloc(old, new_bytes);
    void *n = malloc(new_bytes);
    if (n) memcpy(n, old, old_bytes);
    return n;
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
    Term *s = (Term *)grow(p->stack, p->stack0, p->stack_size * sizeof(Term), size * sizeof(Term));
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
    Frame *f = (Frame *)grow(p->frames, p->frames0, p->frames_cap * sizeof(Frame), cap * sizeof(Frame));
    if (!f) { proc_raise(p, ATOM_ERROR, T_ATOM(SYSTEM_LIMIT)); return false; }
    p->frames = f;
    p->frames_cap = cap;
    return true;
}

size_t proc_memory(const Process *p) {
    size_t n = sizeof *p + p->mbox_cap * sizeof(Term) + p->links_cap * sizeof(Link);
    if (p->heap != p->heap0) n += gc_heap_words(p) * sizeof(Term);
    else n += (gc_heap_words(p) - PROC_INLINE_HEAP) * sizeof(Term);   /* its fragments */
    if (p->stack != p->stack0) n += p->stack_size * sizeof(Term);
    if (p->frames != p->frames0) n += p->frames_cap * sizeof(Frame);
    return n;
}
