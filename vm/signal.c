/* signal.c — links, monitors, exit signals, and the end of a process.
 *
 * Each link and each monitor is kept on both ends (Process.links), so a
 * process that ends can tell every other end without searching.  Ending
 * is iterative: a process killed by an exit signal goes on vm->exiting and
 * is finished by the loop in drain(), which may put more there, so a long
 * chain of links does not grow the C stack. */
#include "signal.h"

#include <stdlib.h>
#include <string.h>

#include "alias.h"
#include "copy.h"
#include "reg.h"
#include "sched.h"

static void add_link(Process *p, Link l) {
    if (p->nlinks == p->links_cap) {
        uint32_t cap = p->links_cap ? p->links_cap * 2 : 2;
        Link *v = (Link *)realloc(p->links, cap * sizeof(Link));
        if (!v) { fputs("beamlet: out of memory\n", stderr); abort(); }
        p->links = v;
        p->links_cap = cap;
    }
    p->links[p->nlinks++] = l;
}

/* The entry of kind with this pid (links, ref 0) or this ref (monitors). */
static long find_link(const Process *p, LinkKind kind, Term pid, uint64_t ref) {
    for (uint32_t i = 0; i < p->nlinks; i++) {
        const Link *l = &p->links[i];
        if (l->kind != (uint32_t)kind) continue;
        if (kind == LK_LINK ? l->pid == pid : l->ref == ref) return (long)i;
    }
    return -1;
}

static void drop_link(Process *p, long i) {
    p->links[i] = p->links[--p->nlinks];
}

bool sig_link(Process *p, Term pid) {
    if (pid == p->pid) return true;
    Process *q = vm_process(p->vm, pid);
    if (!q) return false;
    if (find_link(p, LK_LINK, pid, 0) >= 0) return true;
    add_link(p, (Link){0, pid, 0, LK_LINK});
    add_link(q, (Link){0, p->pid, 0, LK_LINK});
    return true;
}

void sig_unlink(Process *p, Term pid) {
    long i = find_link(p, LK_LINK, pid, 0);
    if (i < 0) return;
    drop_link(p, i);
    Process *q = vm_process(p->vm, pid);
    if (q && (i = find_link(q, LK_LINK, p->pid, 0)) >= 0) drop_link(q, i);
}

/* {'DOWN', Ref, process, Item, Reason}, built on `on`'s heap, to `to`. */
static void send_down(Process *on, Process *to, uint64_t ref, Term item, Term reason) {
    Term *h = heap_alloc(on, 6);
    h[0] = term_make_header(5, SUB_TUPLE);
    h[1] = T_ATOM(DOWN);
    h[2] = heap_ref_id(on, ref);
    h[3] = T_ATOM(PROCESS);
    h[4] = item;
    h[5] = reason;
    vm_deliver(to, term_make_boxed(h));
}

static Term name_item(Process *on, uint32_t name) {
    return heap_tuple2(on, term_from_atom(name), T_ATOM(NONODE));
}

Term sig_monitor(Process *p, Term target) { return sig_monitor_ref(p, target, heap_ref(p)); }

Term sig_monitor_ref(Process *p, Term target, Term ref) {
    Vm *vm = p->vm;
    uint64_t id = term_ref_id(ref);
    uint32_t name = 0;
    Process *q;
    if (term_is_atom(target)) {
        name = term_atom(target);
        q = reg_whereis(vm, name);
    } else {
        q = vm_process(vm, target);
    }
    if (!q) {
        Term item = name ? name_item(p, name) : target;
        send_down(p, p, id, item, T_ATOM(NOPROC));
        alias_monitor_gone(vm, id);
        return ref;
    }
    if (q == p) return ref;             /* monitoring oneself: never fires */
    add_link(p, (Link){id, q->pid, name, LK_WATCHER});
    add_link(q, (Link){id, p->pid, name, LK_TARGET});
    return ref;
}

bool sig_demonitor(Process *p, uint64_t ref) {
    long i = find_link(p, LK_WATCHER, 0, ref);
    if (i < 0) return false;
    Term pid = p->links[i].pid;
    drop_link(p, i);
    Process *q = vm_process(p->vm, pid);
    if (q && (i = find_link(q, LK_TARGET, 0, ref)) >= 0) drop_link(q, i);
    return true;
}

static void drain(Vm *vm);

/* to dies with reason (a term on from's heap). */
static void kill_process(Process *from, Process *to, Term reason) {
    Vm *vm = to->vm;
    if (to->status == PROC_EXITING || to->exit_reason != THE_NON_VALUE) return;
    to->exit_reason = to == from ? reason : copy_term(to, reason);
    if (to == vm->current) return;      /* it unwinds and ends in the scheduler */
    sig_terminate(to, to->exit_reason);
}

void sig_exit(Process *from, Process *to, Term reason, bool link) {
    if (to->status == PROC_EXITING) return;
    if (!link && reason == T_ATOM(KILL)) {
        kill_process(from, to, T_ATOM(KILLED));
        return;
    }
    if (to->trap_exit) {
        vm_deliver(to, heap_tuple3(from, T_ATOM(EXIT_TAG), from->pid, reason));
        return;
    }
    if (reason == T_ATOM(NORMAL) && from != to) return;
    kill_process(from, to, reason);
}

void sig_terminate(Process *p, Term reason) {
    Vm *vm = p->vm;
    if (p->status == PROC_EXITING) return;
    sched_dequeue(p);
    sched_disarm_receive(p);
    p->status = PROC_EXITING;
    p->exit_reason = reason;
    vm_forget_process(vm, p);           /* from now on its pid is dead */
    p->rq_next = vm->exiting;
    vm->exiting = p;
    if (vm->main == p) {
        vm->main_ended = true;
        vm->main_result = -1;
    }
    drain(vm);
}

/* Tell the other ends of p's links and monitors that it has ended. */
static void finish(Process *p) {
    Vm *vm = p->vm;
    Term reason = p->exit_reason;
    reg_release(vm, p);
    while (p->nlinks > 0) {
        Link l = p->links[--p->nlinks];
        Process *q = vm_process(vm, l.pid);
        if (!q) continue;
        long i;
        switch ((LinkKind)l.kind) {
        case LK_LINK:
            if ((i = find_link(q, LK_LINK, p->pid, 0)) >= 0) drop_link(q, i);
            sig_exit(p, q, reason, true);
            break;
        case LK_WATCHER:
            if ((i = find_link(q, LK_TARGET, 0, l.ref)) >= 0) drop_link(q, i);
            break;
        case LK_TARGET:
            if ((i = find_link(q, LK_WATCHER, 0, l.ref)) >= 0) drop_link(q, i);
            send_down(p, q, l.ref, l.name ? name_item(p, l.name) : p->pid, reason);
            alias_monitor_gone(vm, l.ref);
            break;
        }
    }
    vm->reductions += p->reductions;
}

static void drain(Vm *vm) {
    if (vm->draining) return;
    vm->draining = true;
    while (vm->exiting) {
        Process *p = vm->exiting;
        vm->exiting = p->rq_next;
        finish(p);
        if (p != vm->main) {
            p->rq_next = vm->graveyard;
            vm->graveyard = p;
        }
    }
    vm->draining = false;
}
