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

#include <stdbool.h>
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

/* Purge support (purge.c).  Whether a word of p's stack, heap, mailbox or
 * other roots points into the literal chunks `lits` (cheap; may say yes for
 * raw data that looks like such a pointer); and a collection that also
 * copies into p's heap every term of `lits` it reaches, so that the chunks
 * can be freed.  p must not be in the middle of an instruction other than
 * a BIF call (p->top is its frame's end). */
typedef struct LitChunk LitChunk;
bool gc_refers_to(const Process *p, const LitChunk *lits);
void gc_collect_literals(Process *p, const LitChunk *lits);

/* Release p's heap and fragments (process exit); leaves an empty heap. */
void gc_free_heap(Process *p);

#endif
