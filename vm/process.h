/* process.h — a process: its heap, its stack of frames, its exception
 * state.  One Process per Erlang process; nothing on its heap is pointed
 * to from another process's heap.
 *
 * Stack layout: `stack` holds terms only (slots); `frames` holds the
 * control records, separately:
 *
 *      frames[]                         stack[]
 *   +-------------------+           +---------+ 0
 *   | ret pc, base, top |  call     | caller  |
 *   +-------------------+  ...      |  slots  |
 *   | catch: handler,   |           +---------+ base  <- callee's slot 0
 *   |  base, top        |           | callee  |
 *   +-------------------+           +---------+ top
 *
 * A call pushes a Frame with the return address; `try`/`catch` push a
 * Frame whose `catch_` flag is set and whose pc is the handler.  Raising
 * pops frames down to the newest catch frame.  Every word of stack[0, top)
 * is a valid term, so the collector scans exactly that range.
 */
#ifndef BEAMLET_PROCESS_H
#define BEAMLET_PROCESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "atom.h"
#include "heap.h"
#include "term.h"

typedef struct Vm Vm;
typedef struct Export Export;

typedef struct Frame {
    uintptr_t pc;         /* return address; for a catch frame its handler | 1 */
    uint32_t base;        /* slot 0 of the frame to resume */
    uint32_t top;         /* its frame's end */
} Frame;

static inline Frame frame_call(const Word *ret, uint32_t base, uint32_t top) {
    return (Frame){(uintptr_t)ret, base, top};
}
static inline Frame frame_catch(const Word *handler, uint32_t base, uint32_t top) {
    return (Frame){(uintptr_t)handler | 1, base, top};
}
static inline bool frame_is_catch(const Frame *f) { return f->pc & 1; }
static inline const Word *frame_pc(const Frame *f) { return (const Word *)(f->pc & ~(uintptr_t)1); }

typedef struct HeapFrag {
    struct HeapFrag *next;
    size_t used, size;
    Term words[];
} HeapFrag;

#define PROC_MAX_STACK_WORDS ((size_t)1 << 27)  /* 1 GiB of slots: then system_limit */
#define PROC_INLINE_FRAMES 4
#define PROC_INLINE_STACK 16
#define PROC_INLINE_HEAP 16

typedef enum ProcStatus {
    PROC_RUNNABLE,       /* in the run queue */
    PROC_RUNNING,        /* the one the scheduler is running */
    PROC_WAITING,        /* in receive, for a message or its timer */
    PROC_EXITING,        /* terminated: out of the table, to be freed */
} ProcStatus;

/* A link or one end of a monitor; both ends keep one (signal.c). */
typedef enum LinkKind { LK_LINK, LK_WATCHER, LK_TARGET } LinkKind;
typedef struct Link {
    uint64_t ref;        /* a monitor's reference id; 0 for a link */
    Term pid;            /* the other end */
    uint32_t name;       /* monitor(process, Name): the atom, else 0 */
    uint32_t kind;       /* LinkKind: LK_WATCHER = this process monitors pid */
} Link;

typedef struct Timer Timer;

struct Process {
    Vm *vm;
    Term pid;
    uint8_t status;              /* ProcStatus */
    bool trap_exit;
    bool timed_out;              /* resumed by its receive timer */
    Process *rq_next, *rq_prev;  /* run queue links (sched.c) */

    /* registers of the interpreter while the process is not running, and
     * the frame stack: what a purge looks at, so they share a cache line
     * with the head */
    const Word *pc;
    uint32_t base, top;
    Frame *frames;
    uint32_t nframes, frames_cap;

    /* heap: [heap, htop) is used, [htop, hend) free */
    Term *heap, *htop, *hend;
    HeapFrag *frags;             /* words handed out once the heap was full */
    size_t frag_words;
    size_t heap_live_after_gc;   /* words live after the last collection */

    /* stack */
    Term *stack;
    uint32_t stack_size;         /* in words */
    uint32_t stack_hw;           /* highest top since the last collection (interp.c) */

    /* the exception being raised (class is ATOM_ERROR/EXIT/THROW) */
    Term exc_class, exc_reason, exc_trace;
    Term exc_args;               /* a BIF's arguments, for its stack frame, or [] */
    Export *exc_bif;             /* the BIF that raised, or NULL */
    bool exc_trace_given;        /* raise/3: keep exc_trace as it is */
    bool exc_frame_args;         /* error/2: the raising frame shows exc_args, not an arity */

    /* a BIF's request to call something (BIF returns THE_TRAP); the
     * arguments wait in vm->trap_args */
    unsigned trap_arity;
    Term trap_fun;               /* a fun, or THE_NON_VALUE for trap_export */
    Export *trap_export;

    Term dict;                   /* process dictionary: [{Key, Value}] */
    Term reg_name;               /* registered name (an atom), 0 if none */
    Term exit_reason;            /* set when an exit signal kills the running process
                                    (THE_NON_VALUE otherwise); on this heap */

    /* mailbox: messages live on this process's heap; the queue is
     * mbox[mbox_head, mbox_head + mbox_len), the receive cursor is
     * relative to mbox_head (vm.c) */
    Term *mbox;
    uint32_t mbox_head, mbox_len, mbox_cap, mbox_cursor;
    const Word *resume_on_message;  /* where a waiting receive with a timer goes on a message */
    int64_t timeout_ms;          /* of the receive being waited in; -1 = infinity */
    Timer *recv_timer;

    Link *links;                 /* links and monitors, both ends */
    uint32_t nlinks, links_cap;

    Export *initial_call;        /* M:F/A it was spawned with (erlang:apply/2 for funs) */
    uint64_t reductions;

    /* A new process starts with its frames, stack and heap here, in the
     * same allocation, so an idle process is one small block; each moves
     * to a malloc'd array of its own when it outgrows these. */
    Frame frames0[PROC_INLINE_FRAMES];
    Term stack0[PROC_INLINE_STACK];
    Term heap0[PROC_INLINE_HEAP];
};

Process *proc_new(Vm *vm);
void proc_free(Process *p);
/* Bytes p holds: the struct, heap, stack, frames, mailbox, links. */
size_t proc_memory(const Process *p);
/* Make stack[0, words) exist; false (and system_limit raised) past the limit. */
bool proc_ensure_stack(Process *p, size_t words);
/* Room for one more frame; false (and system_limit raised) past the limit. */
bool proc_ensure_frame(Process *p);

/* Raise class:reason from C. Returns THE_NON_VALUE, which a BIF returns. */
Term proc_raise(Process *p, uint32_t class_atom, Term reason);

#define RAISE(p, cls, reason) return proc_raise((p), (cls), (reason))
#define RAISE_ERROR(p, reason) RAISE((p), ATOM_ERROR, (reason))
#define RAISE_BADARG(p) RAISE_ERROR((p), T_ATOM(BADARG))
#define RAISE_BADARITH(p) RAISE_ERROR((p), T_ATOM(BADARITH))

#endif
