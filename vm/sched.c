/* sched.c — the run queue, the timer heap and the scheduler loop. */
#include "sched.h"

#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "copy.h"
#include "gc.h"
#include "interp.h"
#include "reg.h"
#include "report.h"
#include "signal.h"
#include "tty.h"
#include "xalloc.h"

int64_t sched_now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* ---- the run queue ---------------------------------------------------- */

void sched_enqueue(Process *p) {
    Vm *vm = p->vm;
    p->status = PROC_RUNNABLE;
    p->rq_next = NULL;
    p->rq_prev = vm->rq_tail;
    if (vm->rq_tail) vm->rq_tail->rq_next = p; else vm->rq_head = p;
    vm->rq_tail = p;
}

void sched_dequeue(Process *p) {
    Vm *vm = p->vm;
    if (p->status != PROC_RUNNABLE) return;
    if (p->rq_prev) p->rq_prev->rq_next = p->rq_next; else vm->rq_head = p->rq_next;
    if (p->rq_next) p->rq_next->rq_prev = p->rq_prev; else vm->rq_tail = p->rq_prev;
    p->rq_next = p->rq_prev = NULL;
}

static Process *rq_pop(Vm *vm) {
    Process *p = vm->rq_head;
    if (!p) return NULL;
    vm->rq_head = p->rq_next;
    if (vm->rq_head) vm->rq_head->rq_prev = NULL; else vm->rq_tail = NULL;
    p->rq_next = p->rq_prev = NULL;
    return p;
}

void sched_wake(Process *p) {
    if (p->status != PROC_WAITING) return;
    /* a receive with a timer resumes at its message label; the timer stays
     * armed until the receive takes a message (interp.c) */
    if (p->resume_on_message) {
        p->pc = p->resume_on_message;
        p->resume_on_message = NULL;
    }
    sched_enqueue(p);
}

/* ---- timers: a binary min-heap on (due_us, seq) ----------------------- */

static bool timer_before(const Timer *a, const Timer *b) {
    return a->due_us < b->due_us || (a->due_us == b->due_us && a->seq < b->seq);
}

static void heap_set(Vm *vm, size_t i, Timer *t) {
    vm->timers[i] = t;
    t->idx = i;
}

static void sift_up(Vm *vm, size_t i) {
    Timer *t = vm->timers[i];
    while (i > 0) {
        size_t up = (i - 1) / 2;
        if (!timer_before(t, vm->timers[up])) break;
        heap_set(vm, i, vm->timers[up]);
        i = up;
    }
    heap_set(vm, i, t);
}

static void sift_down(Vm *vm, size_t i) {
    Timer *t = vm->timers[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= vm->ntimers) break;
        if (c + 1 < vm->ntimers && timer_before(vm->timers[c + 1], vm->timers[c])) c++;
        if (!timer_before(vm->timers[c], t)) break;
        heap_set(vm, i, vm->timers[c]);
        i = c;
    }
    heap_set(vm, i, t);
}

static Timer *timer_add(Vm *vm, int64_t ms, TimerKind kind) {
    Timer *t = (Timer *)calloc(1, sizeof *t);
    if (!t) { fputs("beamlet: out of memory\n", stderr); abort(); }
    int64_t now = sched_now_us();
    t->due_us = ms > (INT64_MAX - now) / 1000 ? INT64_MAX : now + ms * 1000;
    t->seq = ++vm->timer_seq;
    t->kind = kind;
    if (vm->ntimers == vm->timers_cap) {
        vm->timers_cap = vm->timers_cap ? vm->timers_cap * 2 : 16;
        vm->timers = (Timer **)xrealloc(vm->timers, vm->timers_cap * sizeof(Timer *));
    }
    heap_set(vm, vm->ntimers++, t);
    sift_up(vm, t->idx);
    return t;
}

/* Take t out of the heap (it stays allocated). */
static void timer_unlink(Vm *vm, Timer *t) {
    size_t i = t->idx;
    Timer *last = vm->timers[--vm->ntimers];
    if (last != t) {
        heap_set(vm, i, last);
        sift_up(vm, i);
        sift_down(vm, last->idx);
    }
}

static void timer_free(Timer *t) {
    free(t->words);
    free(t);
}

static void timer_remove(Vm *vm, Timer *t) {
    timer_unlink(vm, t);
    timer_free(t);
}

void sched_arm_receive(Process *p) {
    if (p->recv_timer) return;          /* still armed by this receive */
    Timer *t = timer_add(p->vm, p->timeout_ms, TM_RECEIVE);
    t->owner = p;
    p->recv_timer = t;
}

void sched_disarm_receive(Process *p) {
    if (!p->recv_timer) return;
    timer_remove(p->vm, p->recv_timer);
    p->recv_timer = NULL;
}

Term sched_start_timer(Process *p, int64_t ms, Term dest, Term msg, TimerKind kind) {
    Vm *vm = p->vm;
    Timer *t = timer_add(vm, ms, kind);
    Term ref = heap_ref(p);
    t->ref = term_ref_id(ref);
    t->dest = dest;
    size_t n = copy_size(msg);
    t->words = n ? (Term *)malloc(n * sizeof(Term)) : NULL;
    if (n && !t->words) { fputs("beamlet: out of memory\n", stderr); abort(); }
    Term *hp = t->words;
    t->msg = copy_term_to(&hp, msg);
    return ref;
}

static Timer *find_timer(Vm *vm, uint64_t ref) {
    for (size_t i = 0; i < vm->ntimers; i++)
        if (vm->timers[i]->ref == ref && vm->timers[i]->kind != TM_RECEIVE) return vm->timers[i];
    return NULL;
}

int64_t sched_read_timer(Vm *vm, uint64_t ref, bool cancel) {
    Timer *t = find_timer(vm, ref);
    if (!t) return -1;
    int64_t left = t->due_us - sched_now_us();
    left = left <= 0 ? 0 : (left + 999) / 1000;
    if (cancel) timer_remove(vm, t);
    return left;
}

/* Deliver an erlang timer's message (the destination may be gone). */
static void timer_deliver(Vm *vm, Timer *t) {
    Process *to = term_is_atom(t->dest) ? reg_whereis(vm, term_atom(t->dest)) : vm_process(vm, t->dest);
    if (!to) return;
    if (t->kind == TM_SEND) {
        vm_deliver(to, t->msg);
        return;
    }
    /* {timeout, Ref, Msg}: built on the receiver's heap, then queued there */
    Term m = heap_tuple3(to, T_ATOM(TIMEOUT), heap_ref_id(to, t->ref), copy_term(to, t->msg));
    vm_mbox_push(to, m);
}

static void fire_timers(Vm *vm) {
    if (!vm->ntimers) return;
    int64_t now = sched_now_us();
    while (vm->ntimers && vm->timers[0]->due_us <= now) {
        /* out of the heap first: delivering may start other timers */
        Timer *t = vm->timers[0];
        timer_unlink(vm, t);
        if (t->kind == TM_RECEIVE) {
            Process *p = t->owner;
            p->recv_timer = NULL;
            p->timed_out = true;
            p->resume_on_message = NULL;
            if (p->status == PROC_WAITING) sched_enqueue(p);
        } else {
            timer_deliver(vm, t);
        }
        timer_free(t);
    }
}

/* Nothing can run: sleep until the first timer is due, or, while a process
 * waits for a line of stdin (or Ctrl-C can interrupt the shell), until
 * input or a signal comes.  False when nothing can ever wake a process. */
static bool idle_wait(Vm *vm) {
    int ms = -1;
    if (vm->ntimers) {
        int64_t left = vm->timers[0]->due_us - sched_now_us();
        if (left <= 0) return true;
        ms = left / 1000 >= 1000000 ? 1000000 : (int)((left + 999) / 1000);
    }
    if (tty_idle_wait(vm, ms)) return true;
    if (ms < 0) return false;
    poll(NULL, 0, ms);
    return true;
}

/* ---- the loop --------------------------------------------------------- */

static void free_graveyard(Vm *vm) {
    while (vm->graveyard) {
        Process *p = vm->graveyard;
        vm->graveyard = p->rq_next;
        proc_free(p);
    }
}

/* The exit reason of a process whose exception went uncaught, on its heap. */
static Term exception_reason(Process *p) {
    uint32_t cls = term_atom(p->exc_class);
    if (cls == ATOM_EXIT) return p->exc_reason;
    Term r = p->exc_reason;
    if (cls == ATOM_THROW) r = heap_tuple2(p, T_ATOM(NOCATCH), r);
    return heap_tuple2(p, r, p->exc_trace);
}

SchedStop sched_run(Vm *vm) {
    for (;;) {
        free_graveyard(vm);
        if (vm->halted) return SCHED_HALT;
        if (vm->main_ended) return SCHED_MAIN_ENDED;
        fire_timers(vm);
        Process *p = rq_pop(vm);
        if (!p) {
            if (vm->stop_requested) {
                /* init:stop: halt now, unless input already waiting for a
                 * reader lets a process go on */
                tty_poll(vm);
                if (vm->rq_head) continue;
                vm->halted = 1;
                vm->halt_status = vm->stop_status;
                return SCHED_HALT;
            }
            if (!idle_wait(vm)) return SCHED_IDLE;
            continue;
        }
        /* stdin and Ctrl-C are looked at every few slices while processes run */
        if (vm->tty && ++vm->tty_tick >= SCHED_TTY_POLL_SLICES) {
            vm->tty_tick = 0;
            tty_poll(vm);
        }
        p->status = PROC_RUNNING;
        vm->current = p;
        RunResult r = interp_run(p, SCHED_SLICE_REDS);
        vm->current = NULL;
        p->reductions += (uint64_t)(SCHED_SLICE_REDS - vm->reds_left);
        if (p->exit_reason != THE_NON_VALUE && r != RUN_HALT) r = RUN_EXITED;
        switch (r) {
        case RUN_YIELD:
            sched_enqueue(p);
            break;
        case RUN_WAIT:
            p->status = PROC_WAITING;
            if (p->timeout_ms >= 0) sched_arm_receive(p);
            break;
        case RUN_HALT:
            return SCHED_HALT;
        case RUN_DONE:
        case RUN_EXCEPTION:
            if (p == vm->main) {
                vm->main_ended = true;
                vm->main_result = (int)r;
                return SCHED_MAIN_ENDED;
            }
            if (r == RUN_DONE) {
                sig_terminate(p, T_ATOM(NORMAL));
            } else {
                Term reason = exception_reason(p);
                if (p->exc_class != T_ATOM(EXIT)) report_crash(p, reason);
                sig_terminate(p, reason);
            }
            break;
        case RUN_EXITED:
            sig_terminate(p, p->exit_reason);
            break;
        }
    }
}

void sched_free(Vm *vm) {
    free_graveyard(vm);
    for (size_t i = 0; i < vm->ntimers; i++) timer_free(vm->timers[i]);
    free(vm->timers);
    vm->timers = NULL;
    vm->ntimers = 0;
}
