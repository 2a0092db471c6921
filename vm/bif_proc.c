/* bif_proc.c — processes: spawn, exit signals, links, monitors, names,
 * timers and process_info (the machinery is in sched.c, signal.c, reg.c). */
#include <malloc.h>
#include <string.h>

#include "bif.h"

#include "alias.h"
#include "code.h"
#include "copy.h"
#include "gc.h"
#include "interp.h"
#include "reg.h"
#include "sched.h"
#include "signal.h"
#include "trace.h"
#include "vm.h"

static Term boolean(bool b) { return b ? T_TRUE : T_FALSE; }


/* ---- spawn ------------------------------------------------------------ */

enum { SP_LINK = 1, SP_MONITOR = 2 };

/* A new runnable process calling fun() or m:f(args); the spawner's
 * terms are copied onto its heap. */
static Term spawn(Process *p, Term fun, Term m, Term f, Term args, int opts) {
    Vm *vm = p->vm;
    size_t n = 0;
    if (fun != THE_NON_VALUE) {
        if (!term_is_fun(fun)) RAISE_BADARG(p);
    } else {
        if (!term_is_atom(m) || !term_is_atom(f) || !bif_list_len(args, &n) || n > 255) RAISE_BADARG(p);
    }
    Process *q = vm_spawn_process(vm);
    Term argv[255];
    if (fun != THE_NON_VALUE) {
        interp_setup_apply(q, copy_term(q, fun), argv, 0);
        q->initial_call = code_export(vm, T_ATOM(ERLANG), T_ATOM(APPLY), 2);
    } else {
        Term l = copy_term(q, args);
        for (size_t i = 0; i < n; i++, l = term_tl(l)) argv[i] = term_hd(l);
        Export *e = code_export(vm, m, f, (unsigned)n);
        interp_setup_call(q, e, argv, (unsigned)n);
        q->initial_call = e;
    }
    sched_enqueue(q);
    if (opts & SP_LINK) sig_link(p, q->pid);
    if (opts & SP_MONITOR) return heap_tuple2(p, q->pid, sig_monitor(p, q->pid));
    return q->pid;
}

Term bif_erlang_spawn_1(Process *p, Term *a) { return spawn(p, a[0], 0, 0, 0, 0); }
Term bif_erlang_spawn_3(Process *p, Term *a) { return spawn(p, THE_NON_VALUE, a[0], a[1], a[2], 0); }
Term bif_erlang_spawn_link_1(Process *p, Term *a) { return spawn(p, a[0], 0, 0, 0, SP_LINK); }
Term bif_erlang_spawn_link_3(Process *p, Term *a) { return spawn(p, THE_NON_VALUE, a[0], a[1], a[2], SP_LINK); }
Term bif_erlang_spawn_monitor_1(Process *p, Term *a) {
    /* as OTP: spawn_monitor/1 refuses a fun that cannot be called with no
     * arguments, where spawn/1 and spawn_link/1 start it to crash */
    if (!term_is_fun(a[0]) || code_fun_arity(a[0]) != 0) RAISE_BADARG(p);
    return spawn(p, a[0], 0, 0, 0, SP_MONITOR);
}
Term bif_erlang_spawn_monitor_3(Process *p, Term *a) {
    return spawn(p, THE_NON_VALUE, a[0], a[1], a[2], SP_MONITOR);
}

/* ---- exit signals, links, monitors ------------------------------------ */

Term bif_erlang_exit_2(Process *p, Term *a) {
    if (!term_is_pid(a[0])) RAISE_BADARG(p);
    Process *to = vm_process(p->vm, a[0]);
    if (to) sig_exit(p, to, a[1], false);
    /* the signal may have killed the caller itself */
    return p->exit_reason != THE_NON_VALUE ? THE_NON_VALUE : T_TRUE;
}

Term bif_erlang_link_1(Process *p, Term *a) {
    if (!term_is_pid(a[0])) RAISE_BADARG(p);
    if (sig_link(p, a[0])) return T_TRUE;
    if (!p->trap_exit) RAISE_ERROR(p, T_ATOM(NOPROC));
    vm_mbox_push(p, heap_tuple3(p, T_ATOM(EXIT_TAG), a[0], T_ATOM(NOPROC)));
    return T_TRUE;
}

Term bif_erlang_unlink_1(Process *p, Term *a) {
    if (!term_is_pid(a[0])) RAISE_BADARG(p);
    sig_unlink(p, a[0]);
    return T_TRUE;
}

/* monitor(process, Target, Opts); Opts is [] or [{alias, Mode}]. */
static Term monitor(Process *p, Term type, Term target, Term opts) {
    if (type != T_ATOM(PROCESS)) RAISE_BADARG(p);
    Term t = target;
    if (term_is_tuple(t) && term_tuple_arity(t) == 2 && term_is_atom(term_tuple_elem(t, 1)) &&
        term_tuple_elem(t, 2) == T_ATOM(NONODE))
        t = term_tuple_elem(t, 1);
    if (!term_is_pid(t) && !term_is_atom(t)) RAISE_BADARG(p);
    int mode = -1;
    const AtomTable *atoms = p->vm->atoms;
    for (; term_is_cons(opts); opts = term_tl(opts)) {
        Term o = term_hd(opts);
        if (!term_is_tuple(o) || term_tuple_arity(o) != 2 || !atom_is(atoms, term_tuple_elem(o, 1), "alias"))
            RAISE_BADARG(p);
        Term m = term_tuple_elem(o, 2);
        if (atom_is(atoms, m, "explicit_unalias")) mode = ALIAS_EXPLICIT;
        else if (atom_is(atoms, m, "demonitor")) mode = ALIAS_DEMONITOR;
        else if (atom_is(atoms, m, "reply_demonitor")) mode = ALIAS_REPLY_DEMONITOR;
        else RAISE_BADARG(p);
    }
    if (opts != TERM_NIL) RAISE_BADARG(p);
    /* the alias first: a monitor of a process that is gone fires (and so
       ends a demonitor alias) at once */
    Term ref = heap_ref(p);
    if (mode >= 0) alias_add(p->vm, term_ref_id(ref), p->pid, (AliasMode)mode);
    return sig_monitor_ref(p, t, ref);
}

Term bif_erlang_monitor_2(Process *p, Term *a) { return monitor(p, a[0], a[1], TERM_NIL); }
Term bif_erlang_monitor_3(Process *p, Term *a) { return monitor(p, a[0], a[1], a[2]); }

/* alias(), alias(Opts): Opts is [] or [explicit_unalias] or [reply]. */
static Term alias(Process *p, Term opts) {
    AliasMode mode = ALIAS_EXPLICIT;
    for (; term_is_cons(opts); opts = term_tl(opts)) {
        Term o = term_hd(opts);
        if (atom_is(p->vm->atoms, o, "explicit_unalias")) mode = ALIAS_EXPLICIT;
        else if (atom_is(p->vm->atoms, o, "reply")) mode = ALIAS_REPLY;
        else RAISE_BADARG(p);
    }
    if (opts != TERM_NIL) RAISE_BADARG(p);
    Term ref = heap_ref(p);
    alias_add(p->vm, term_ref_id(ref), p->pid, mode);
    return ref;
}

Term bif_erlang_alias_0(Process *p, Term *a) { (void)a; return alias(p, TERM_NIL); }
Term bif_erlang_alias_1(Process *p, Term *a) { return alias(p, a[0]); }

Term bif_erlang_unalias_1(Process *p, Term *a) {
    if (!term_is_ref(a[0])) RAISE_BADARG(p);
    return boolean(alias_remove(p->vm, term_ref_id(a[0]), p->pid));
}

/* demonitor(Ref, Options): flush removes a DOWN already queued; info
 * answers whether a monitor was removed. */
static Term demonitor(Process *p, Term ref, Term opts) {
    bool flush = false, info = false;
    if (!term_is_ref(ref)) RAISE_BADARG(p);
    for (; term_is_cons(opts); opts = term_tl(opts)) {
        Term o = term_hd(opts);
        if (o == T_ATOM(FLUSH)) flush = true;
        else if (o == T_ATOM(INFO)) info = true;
        else RAISE_BADARG(p);
    }
    if (opts != TERM_NIL) RAISE_BADARG(p);
    uint64_t id = term_ref_id(ref);
    bool removed = sig_demonitor(p, id);
    alias_monitor_gone(p->vm, id);
    if (flush) {
        for (p->mbox_cursor = 0; p->mbox_cursor < p->mbox_len;) {
            Term m = vm_mbox_peek(p);
            if (term_is_tuple(m) && term_tuple_arity(m) == 5 && term_tuple_elem(m, 1) == T_ATOM(DOWN) &&
                term_is_ref(term_tuple_elem(m, 2)) && term_ref_id(term_tuple_elem(m, 2)) == id) {
                vm_mbox_remove(p);
                break;
            }
            vm_mbox_next(p);
        }
        vm_mbox_rewind(p);
    }
    return info ? boolean(removed) : T_TRUE;
}

Term bif_erlang_demonitor_1(Process *p, Term *a) { return demonitor(p, a[0], TERM_NIL); }
Term bif_erlang_demonitor_2(Process *p, Term *a) { return demonitor(p, a[0], a[1]); }

Term bif_erlang_process_flag_2(Process *p, Term *a) {
    if (a[0] == T_ATOM(TRAP_EXIT)) {
        if (a[1] != T_TRUE && a[1] != T_FALSE) RAISE_BADARG(p);
        bool old = p->trap_exit;
        p->trap_exit = a[1] == T_TRUE;
        return boolean(old);
    }
    RAISE_BADARG(p);
}

Term bif_erlang_is_process_alive_1(Process *p, Term *a) {
    if (!term_is_pid(a[0])) RAISE_BADARG(p);
    return boolean(vm_process(p->vm, a[0]) != NULL);
}

Term bif_erlang_processes_0(Process *p, Term *a) {
    (void)a;
    Vm *vm = p->vm;
    Term l = TERM_NIL;
    for (uint32_t i = vm->procs_cap; i-- > 0;)
        if (vm->procs[i]) l = heap_cons(p, vm->procs[i]->pid, l);
    return l;
}

Term bif_erlang_send_2(Process *p, Term *a) { return vm_send(p, a[0], a[1]); }

/* ---- names ------------------------------------------------------------ */

Term bif_erlang_register_2(Process *p, Term *a) {
    if (!term_is_atom(a[0]) || a[0] == T_ATOM(UNDEFINED)) RAISE_BADARG(p);
    Process *q = vm_process(p->vm, a[1]);
    if (!q || !reg_register(p->vm, term_atom(a[0]), q)) RAISE_BADARG(p);
    return T_TRUE;
}

Term bif_erlang_unregister_1(Process *p, Term *a) {
    if (!term_is_atom(a[0]) || !reg_unregister(p->vm, term_atom(a[0]))) RAISE_BADARG(p);
    return T_TRUE;
}

Term bif_erlang_whereis_1(Process *p, Term *a) {
    if (!term_is_atom(a[0])) RAISE_BADARG(p);
    Process *q = reg_whereis(p->vm, term_atom(a[0]));
    return q ? q->pid : T_ATOM(UNDEFINED);
}

Term bif_erlang_registered_0(Process *p, Term *a) {
    (void)a;
    return reg_names(p);
}

/* ---- timers ----------------------------------------------------------- */

static Term start_timer(Process *p, Term *a, TimerKind kind) {
    if (!term_is_small(a[0]) || term_small(a[0]) < 0 || (!term_is_pid(a[1]) && !term_is_atom(a[1])))
        RAISE_BADARG(p);
    return sched_start_timer(p, term_small(a[0]), a[1], a[2], kind);
}

Term bif_erlang_send_after_3(Process *p, Term *a) { return start_timer(p, a, TM_SEND); }
Term bif_erlang_start_timer_3(Process *p, Term *a) { return start_timer(p, a, TM_TIMEOUT); }

static Term read_timer(Process *p, Term ref, bool cancel) {
    if (!term_is_ref(ref)) RAISE_BADARG(p);
    int64_t left = sched_read_timer(p->vm, term_ref_id(ref), cancel);
    return left < 0 ? T_FALSE : heap_int(p, left);
}

Term bif_erlang_cancel_timer_1(Process *p, Term *a) { return read_timer(p, a[0], true); }
Term bif_erlang_read_timer_1(Process *p, Term *a) { return read_timer(p, a[0], false); }

/* ---- process_info ----------------------------------------------------- */

static Term mfa_of(Process *p, Term m, Term f, unsigned arity) {
    return heap_tuple3(p, m, f, term_from_small(arity));
}

static Term current_function(Process *p, Process *q) {
    CodeVersion *v = NULL;
    const FuncInfo *fi = q->pc ? code_find_func(p->vm, q->pc, &v) : NULL;
    if (fi && v) return mfa_of(p, v->module, fi->name, fi->arity);
    Export *e = q->initial_call;
    return e ? mfa_of(p, e->module, e->name, e->arity) : T_ATOM(UNDEFINED);
}

static Term links_of(Process *p, Process *q, LinkKind kind) {
    Term l = TERM_NIL;
    for (uint32_t i = q->nlinks; i-- > 0;) {
        const Link *k = &q->links[i];
        if (k->kind != (uint32_t)kind) continue;
        Term item = k->pid;
        if (kind == LK_WATCHER)
            item = heap_tuple2(p, T_ATOM(PROCESS),
                               k->name ? heap_tuple2(p, term_from_atom(k->name), T_ATOM(NONODE)) : k->pid);
        l = heap_cons(p, item, l);
    }
    return l;
}

/* The value for one item, or THE_NON_VALUE if the item is unknown. */
static Term info_item(Process *p, Process *q, Term item) {
    Vm *vm = p->vm;
    switch (term_is_atom(item) ? term_atom(item) : ATOM_NONE) {
    case ATOM_REGISTERED_NAME: return q->reg_name ? q->reg_name : TERM_NIL;
    case ATOM_CURRENT_FUNCTION: return current_function(p, q);
    case ATOM_CURRENT_STACKTRACE: return trace_of(p, q);
    case ATOM_INITIAL_CALL: {
        Export *e = q->initial_call;
        return e ? mfa_of(p, e->module, e->name, e->arity) : T_ATOM(UNDEFINED);
    }
    case ATOM_STATUS: {
        static const uint32_t names[] = {ATOM_RUNNABLE, ATOM_RUNNING, ATOM_WAITING, ATOM_EXITING};
        return term_from_atom(names[q->status]);
    }
    case ATOM_MESSAGE_QUEUE_LEN: return term_from_small(q->mbox_len);
    case ATOM_MESSAGES: {
        Term l = TERM_NIL;
        for (uint32_t i = q->mbox_len; i-- > 0;)
            l = heap_cons(p, q == p ? q->mbox[q->mbox_head + i] : copy_term(p, q->mbox[q->mbox_head + i]), l);
        return l;
    }
    case ATOM_LINKS: return links_of(p, q, LK_LINK);
    case ATOM_MONITORS: return links_of(p, q, LK_WATCHER);
    case ATOM_MONITORED_BY: return links_of(p, q, LK_TARGET);
    case ATOM_DICTIONARY: return q == p ? q->dict : copy_term(p, q->dict);
    case ATOM_TRAP_EXIT: return boolean(q->trap_exit);
    case ATOM_ERROR_HANDLER: return T_ATOM(ERROR_HANDLER);
    case ATOM_PRIORITY: return T_ATOM(NORMAL);
    case ATOM_GROUP_LEADER: return vm->main ? vm->main->pid : q->pid;
    case ATOM_TOTAL_HEAP_SIZE: return term_from_small((int64_t)gc_heap_words(q));
    case ATOM_HEAP_SIZE: return term_from_small(q->hend - q->heap);
    case ATOM_STACK_SIZE: return term_from_small(q->top + 2 * q->nframes);
    case ATOM_REDUCTIONS: return heap_uint(p, q->reductions + (q == p ? SCHED_SLICE_REDS - 1 : 0));
    case ATOM_MEMORY: return heap_uint(p, proc_memory(q));
    case ATOM_GARBAGE_COLLECTION:
        return heap_list(p, (Term[]){heap_tuple2(p, T_ATOM(MIN_HEAP_SIZE), term_from_small(GC_MIN_HEAP_WORDS)),
                                     heap_tuple2(p, T_ATOM(FULLSWEEP_AFTER), term_from_small(65535)),
                                     heap_tuple2(p, T_ATOM(MINOR_GCS), term_from_small(0))},
                         3, TERM_NIL);
    case ATOM_SUSPENDING: return TERM_NIL;
    default: return THE_NON_VALUE;
    }
}

Term bif_erlang_process_info_2(Process *p, Term *a) {
    if (!term_is_pid(a[0])) RAISE_BADARG(p);
    Process *q = vm_process(p->vm, a[0]);
    Term items = a[1];
    if (term_is_atom(items)) {
        if (!q) {
            if (info_item(p, p, items) == THE_NON_VALUE) RAISE_BADARG(p);
            return T_ATOM(UNDEFINED);
        }
        Term v = info_item(p, q, items);
        if (v == THE_NON_VALUE) RAISE_BADARG(p);
        if (items == T_ATOM(REGISTERED_NAME) && v == TERM_NIL) return TERM_NIL;
        return heap_tuple2(p, items, v);
    }
    size_t n;
    if (!bif_list_len(items, &n)) RAISE_BADARG(p);
    Term out[64], *v = n <= 64 ? out : (Term *)malloc(n * sizeof(Term));
    if (!v) RAISE_ERROR(p, T_ATOM(SYSTEM_LIMIT));
    size_t i = 0;
    for (Term l = items; term_is_cons(l); l = term_tl(l), i++) {
        Term x = info_item(p, q ? q : p, term_hd(l));
        if (x == THE_NON_VALUE) {
            if (v != out) free(v);
            RAISE_BADARG(p);
        }
        v[i] = heap_tuple2(p, term_hd(l), x);
    }
    Term r = q ? heap_list(p, v, n, TERM_NIL) : T_ATOM(UNDEFINED);
    if (v != out) free(v);
    return r;
}

Term bif_erlang_process_info_1(Process *p, Term *a) {
    static const uint32_t keys[] = {ATOM_CURRENT_FUNCTION, ATOM_INITIAL_CALL,    ATOM_STATUS,
                                    ATOM_MESSAGE_QUEUE_LEN, ATOM_LINKS,          ATOM_DICTIONARY,
                                    ATOM_TRAP_EXIT,         ATOM_ERROR_HANDLER,  ATOM_PRIORITY,
                                    ATOM_GROUP_LEADER,      ATOM_TOTAL_HEAP_SIZE, ATOM_HEAP_SIZE,
                                    ATOM_STACK_SIZE,        ATOM_REDUCTIONS,     ATOM_GARBAGE_COLLECTION,
                                    ATOM_SUSPENDING};
    enum { NKEYS = sizeof keys / sizeof keys[0] };
    if (!term_is_pid(a[0])) RAISE_BADARG(p);
    Process *q = vm_process(p->vm, a[0]);
    if (!q) return T_ATOM(UNDEFINED);
    Term v[NKEYS + 1];
    size_t n = 0;
    if (q->reg_name) v[n++] = heap_tuple2(p, T_ATOM(REGISTERED_NAME), q->reg_name);
    for (size_t i = 0; i < NKEYS; i++)
        v[n++] = heap_tuple2(p, term_from_atom(keys[i]), info_item(p, q, term_from_atom(keys[i])));
    return heap_list(p, v, n, TERM_NIL);
}

/* ---- memory ----------------------------------------------------------- */

static size_t processes_memory(Vm *vm) {
    size_t n = 0;
    for (uint32_t i = 0; i < vm->procs_cap; i++)
        if (vm->procs[i]) n += proc_memory(vm->procs[i]);
    return n;
}

/* erlang:memory/0,1: total is what the C heap holds (malloc's count);
 * processes is what the processes hold (proc_memory).  Measured once per
 * call, however many items are asked for. */
typedef struct MemoryTotals {
    size_t total, procs, atoms;
} MemoryTotals;

static MemoryTotals memory_totals(Vm *vm) {
    struct mallinfo2 mi = mallinfo2();
    MemoryTotals m = {mi.uordblks + mi.hblkhd, processes_memory(vm), atom_count(vm->atoms) * 32};
    if (m.total < m.procs) m.total = m.procs;
    return m;
}

static Term memory_item(Process *p, const MemoryTotals *m, uint32_t item) {
    switch (item) {
    case ATOM_TOTAL: return heap_uint(p, m->total);
    case ATOM_PROCESSES: case ATOM_PROCESSES_USED: return heap_uint(p, m->procs);
    case ATOM_SYSTEM: return heap_uint(p, m->total - m->procs);
    case ATOM_ATOM: case ATOM_ATOM_USED: return heap_uint(p, m->atoms);
    case ATOM_BINARY: case ATOM_CODE: case ATOM_ETS: return term_from_small(0);
    default: return THE_NON_VALUE;
    }
}

static const uint32_t memory_keys[] = {ATOM_TOTAL, ATOM_PROCESSES, ATOM_PROCESSES_USED, ATOM_SYSTEM, ATOM_ATOM,
                                       ATOM_ATOM_USED, ATOM_BINARY, ATOM_CODE, ATOM_ETS};

Term bif_erlang_memory_0(Process *p, Term *a) {
    (void)a;
    enum { N = sizeof memory_keys / sizeof memory_keys[0] };
    MemoryTotals m = memory_totals(p->vm);
    Term v[N];
    for (size_t i = 0; i < N; i++)
        v[i] = heap_tuple2(p, term_from_atom(memory_keys[i]), memory_item(p, &m, memory_keys[i]));
    return heap_list(p, v, N, TERM_NIL);
}

Term bif_erlang_memory_1(Process *p, Term *a) {
    MemoryTotals m = memory_totals(p->vm);
    if (term_is_atom(a[0])) {
        Term v = memory_item(p, &m, term_atom(a[0]));
        if (v == THE_NON_VALUE) RAISE_BADARG(p);
        return v;
    }
    size_t n;
    if (!bif_list_len(a[0], &n)) RAISE_BADARG(p);
    Term l = TERM_NIL, *hole = &l;
    for (Term x = a[0]; term_is_cons(x); x = term_tl(x)) {
        if (!term_is_atom(term_hd(x))) RAISE_BADARG(p);
        Term v = memory_item(p, &m, term_atom(term_hd(x)));
        if (v == THE_NON_VALUE) RAISE_BADARG(p);
        Term c = heap_cons(p, heap_tuple2(p, term_hd(x), v), TERM_NIL);
        *hole = c;
        hole = &term_cons_ptr(c)[1];
    }
    return l;
}
