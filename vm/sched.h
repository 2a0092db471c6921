/* sched.h — the scheduler: the run queue, the timers, and the loop that
 * runs each runnable process for a budget of reductions and sleeps in
 * poll() when nothing can run (on stdin too while a process waits for a
 * line: tty.h).  One thread runs every process. */
#ifndef BEAMLET_SCHED_H
#define BEAMLET_SCHED_H

#include <stdbool.h>
#include <stdint.h>

#include "vm.h"

#define SCHED_SLICE_REDS 4000      /* reductions a process runs before it is preempted */
#define SCHED_TTY_POLL_SLICES 16   /* slices between two looks at stdin while processes run */

typedef enum TimerKind {
    TM_RECEIVE,          /* receive ... after: wakes its owner */
    TM_SEND,             /* erlang:send_after/3: delivers msg */
    TM_TIMEOUT,          /* erlang:start_timer/3: delivers {timeout, Ref, msg} */
} TimerKind;

struct Timer {
    int64_t due_us;      /* monotonic time (sched_now_us) */
    uint64_t seq;        /* timers due at the same time fire in creation order */
    size_t idx;          /* position in vm->timers */
    TimerKind kind;
    uint64_t ref;        /* TM_SEND/TM_TIMEOUT: its reference's id */
    Process *owner;      /* TM_RECEIVE */
    Term dest;           /* TM_SEND/TM_TIMEOUT: a pid or a registered name */
    Term msg;            /* a copy of the message, in words (owned) */
    Term *words;
};

typedef enum SchedStop {
    SCHED_MAIN_ENDED,    /* vm->main returned, raised or was killed */
    SCHED_HALT,          /* halt/0,1 */
    SCHED_IDLE,          /* nothing is runnable and no timer is pending */
} SchedStop;

/* Monotonic microseconds. */
int64_t sched_now_us(void);

/* Run processes until the main process ends, halt, or nothing can ever run. */
SchedStop sched_run(Vm *vm);

void sched_enqueue(Process *p);          /* runnable, at the back of the queue */
void sched_dequeue(Process *p);          /* out of the queue (if in it) */
void sched_wake(Process *p);             /* a waiting process got a message */

/* receive ... after: arm p's timer (p->timeout_ms from now), or disarm it. */
void sched_arm_receive(Process *p);
void sched_disarm_receive(Process *p);

/* erlang:send_after/start_timer: a reference on p's heap. */
Term sched_start_timer(Process *p, int64_t ms, Term dest, Term msg, TimerKind kind);
/* Milliseconds left on the timer with this ref id, or -1 if none;
 * cancel removes it. */
int64_t sched_read_timer(Vm *vm, uint64_t ref, bool cancel);

/* Free the timers and the processes waiting to be freed (vm_free). */
void sched_free(Vm *vm);

#endif
