/* gc.h — the per-process garbage collector: a Cheney copying collector
 * that moves every live term of one process (its heap and heap fragments)
 * into a fresh, right-sized heap.  Literal areas are never touched.
 *
 * Heap memory comes from malloc: a process heap is either NULL (no heap
 * yet; the first allocations go to fragments) or a block from
 * gc_init_heap/gc_collect, released by gc_free_heap.
 */
#ifndef BEAMLET_GC_H
#define BEAMLET_GC_H

#include <stddef.h>
#include <stdint.h>

#include "process.h"
#include "term.h"

/* The smallest heap a process gets (words): 512 bytes. */
#define GC_MIN_HEAP_WORDS 64

/* Give p an empty heap of at least `words` (and GC_MIN_HEAP_WORDS) words.
 * p->heap must be NULL (a new process). */
void gc_init_heap(Process *p, size_t words);

/* Collect p's garbage.  Roots: p->stack[0, top), p->dict,
 * p->mbox[0, p->mbox_len) (messages live on the heap), p->exc_class,
 * p->exc_reason, p->exc_trace, p->exc_args, p->trap_fun,
 * p->trap_args[0, p->trap_arity), and `extra` (nextra root words that a
 * caller holds, updated in place; may be NULL).  Every root is rewritten
 * to point at the moved term.  After it, p->frags is NULL and
 * [p->htop, p->hend) holds at least `need` free words. */
void gc_collect(Process *p, uint32_t top, size_t need, Term *extra, size_t nextra);

/* Words of memory p's heap occupies: the heap block plus fragment words
 * (times 8 for bytes; for process_info and erlang:memory). */
size_t gc_heap_words(const Process *p);

/* Release p's heap and fragments (process exit); leaves an empty heap. */
void gc_free_heap(Process *p);

#endif
