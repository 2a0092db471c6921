/* interp.c — the dispatch loop (computed goto) over threaded code.
 *
 * Registers: pc (the current instruction), B (slot 0 of the current frame,
 * = stack + base) and top (the end of the current frame, set by `entry`).
 * A source operand word is either a term (low bits != 00) or a slot number
 * shifted left by 2 (low bits 00): SRC() tells them apart with one test.
 * pc stays on the current instruction until it completes, so a raise sees
 * where it happened.  Garbage is collected only at `entry`, where every
 * live term is in a slot of [0, top).
 */
#include "interp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arith.h"
#include "bcformat.h"
#include "bif.h"
#include "bits.h"
#include "compare.h"
#include "gc.h"
#include "sched.h"
#include "trace.h"
#include "vm.h"

#define TAIL_TRAPPED 2
#define SRC(w) (((w) & 3) ? (Term)(w) : B[(w) >> 2])
#define LABEL(w) ((const Word *)(uintptr_t)(w))

static const void *const *op_table;
static Word halt_threaded[1];           /* the bottom frame's return point, threaded at first use */

/* beamlet:recv_wait(Seen, Timeout) -> true | timeout: wait until the
 * mailbox holds more than Seen messages, without taking any; `timeout`
 * when Timeout ms pass first.  erl_eval's receive needs it: its patterns
 * are data, so it looks at the mailbox itself (process_info(messages)) and
 * waits here when nothing matched (OTP's erl_eval has prim_eval:'receive'/2
 * for this).  No Erlang source compiles to it, so it is threaded here as a
 * function of arity 2:
 *     entry 2 2
 *     bif1 L, beamlet:'$mbox_grew'/1, x0 -> x0   (fails to L when len > Seen)
 *     recv_wait_timeout L, x1
 *     return timeout
 *  L: return true
 * The check and the wait run with no preemption point between them, so no
 * message can slip in unseen.  A timer left armed by a wait that a message
 * ended belongs to the same receive: the receive that takes the message
 * disarms it (RECV_REMOVE). */
static Word recv_wait_threaded[15];

/* The '$mbox_grew' test: fails (to the label) when the mailbox holds more
 * than Seen messages. */
static Term mbox_grew(Process *p, Term *args) {
    Term seen = args[0];
    if (!term_is_small(seen) || term_small(seen) < 0) RAISE_BADARG(p);
    if ((int64_t)p->mbox_len > term_small(seen)) RAISE_BADARG(p);
    return T_FALSE;
}

const Word *interp_recv_wait_code(Export *grew) {
    interp_op_table();
    grew->bif = mbox_grew;
    recv_wait_threaded[5] = (Word)(uintptr_t)grew;
    return recv_wait_threaded;
}

const void *const *interp_op_table(void) {
    if (!op_table) interp_run(NULL, 0);
    return op_table;
}

void interp_setup_call(Process *p, Export *e, const Term *args, unsigned n) {
    interp_op_table();
    proc_ensure_stack(p, n + 1);
    for (unsigned i = 0; i < n; i++) p->stack[i] = args[i];
    p->nframes = 0;
    proc_ensure_frame(p);
    p->frames[0] = frame_call(halt_threaded, 0, n);
    p->nframes = 1;
    p->base = 0;
    p->top = n;
    p->trap_export = e;            /* the first call goes through the export */
    p->trap_fun = THE_NON_VALUE;
    p->trap_arity = n;
    p->pc = NULL;
}

void interp_setup_apply(Process *p, Term fun, const Term *args, unsigned n) {
    interp_setup_call(p, NULL, args, n);
    proc_ensure_stack(p, n + 2);
    p->trap_fun = fun;             /* the first call applies the fun */
}

/* Bytes of a map lookup: index of key k in map m, or -1. */
static long map_find(const AtomTable *atoms, Term m, Term k) {
    size_t lo = 0, hi = term_map_size(m);
    const Term *keys = term_map_keys(m);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = term_compare_exact(atoms, keys[mid], k);
        if (c == 0) return (long)mid;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return -1;
}

/* m#{k1 => v1, ...} (exact: k := v, every key must exist). */
static Term map_update(Process *p, Term m, const Word *kv, size_t n, Term *B, bool exact) {
    const AtomTable *atoms = p->vm->atoms;
    size_t old = term_map_size(m), total = old + n / 2;
    Term *keys = (Term *)malloc((total + 1) * sizeof(Term));
    Term *vals = (Term *)malloc((total + 1) * sizeof(Term));
    if (!keys || !vals) { fputs("beamlet: out of memory\n", stderr); abort(); }
    memcpy(keys, term_map_keys(m), old * sizeof(Term));
    memcpy(vals, term_map_vals(m), old * sizeof(Term));
    for (size_t i = 0; i < n; i += 2) {
        Term k = SRC(kv[i]);
        if (exact && map_find(atoms, m, k) < 0) {
            free(keys);
            free(vals);
            return proc_raise(p, ATOM_ERROR, heap_tuple2(p, T_ATOM(BADKEY), k));
        }
        keys[old + i / 2] = k;
        vals[old + i / 2] = SRC(kv[i + 1]);
    }
    Term r = heap_map(p, keys, vals, total);
    free(keys);
    free(vals);
    return r;
}

/* The value of `catch Expr` after an exception. */
static Term catch_value(Process *p) {
    uint32_t cls = term_atom(p->exc_class);
    if (cls == ATOM_THROW) return p->exc_reason;
    if (cls == ATOM_ERROR)
        return heap_tuple2(p, T_ATOM(EXIT_TAG), heap_tuple2(p, p->exc_reason, p->exc_trace));
    return heap_tuple2(p, T_ATOM(EXIT_TAG), p->exc_reason);
}

/* Move n arguments down to slot 0 for a tail call: the source is at or
 * above the destination, so a forward copy is safe; n is small. */
static inline void move_args(Term *B, uint32_t from, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) B[i] = B[from + i];
}

/* Collect at a function entry.  Slots at or above top may still hold terms
 * from before the previous collection, which that one did not update: clear
 * them up to the high-water mark, so that every slot a frame later grows
 * over is a valid term.  BEAMLET_GC_STRESS then leaves the heap full, so
 * the next allocation makes the next entry collect again. */
static void collect(Process *p, uint32_t top) {
    for (uint32_t i = top; i < p->stack_hw; i++) p->stack[i] = TERM_NIL;
    p->stack_hw = top;
    gc_collect(p, top, 0, NULL, 0);
    if (p->vm->gc_stress) p->hend = p->htop;
}

static Term args_list(Process *p, const Term *args, unsigned n) { return heap_list(p, args, n, TERM_NIL); }

/* OTP 25 raises `A + Lit`, `Lit + A` and `A - Lit` (Lit a small integer or
 * float literal) from the calling function, without the {erlang,Op,Args}
 * frame that every other failing operator gets. wa, wb: the operand words. */
static bool literal_operand_no_frame(uint32_t op, Word wa, Word wb) {
#define LIT_NUM(w) (((w) & 3) != 0 && (term_is_small((Term)(w)) || term_is_float((Term)(w))))
    if (op == ATOM_PLUS) return LIT_NUM(wa) || LIT_NUM(wb);
    if (op == ATOM_MINUS) return LIT_NUM(wb);
    return false;
#undef LIT_NUM
}

/* erlang:throw/1, error/1,2,3, exit/1 and raise/3 raise on behalf of their
 * caller: OTP gives them no frame of their own. */
static bool raises_from_caller(const Export *e) {
    if (e->module != T_ATOM(ERLANG)) return false;
    return e->name == T_ATOM(THROW) || e->name == T_ATOM(ERROR) || e->name == T_ATOM(EXIT) ||
           e->name == T_ATOM(RAISE);
}

/* A failing integer operator gets an {erlang, Op, Args, ...} frame first,
 * as in OTP; '/' gets none (OTP 25 raises it from the calling function). */
static void op_frame(Process *p, uint32_t op, Term a, Term b, unsigned n) {
    if (op == ATOM_NONE) return;
    Term args[2] = {a, b};
    p->exc_bif = code_export(p->vm, T_ATOM(ERLANG), term_from_atom(op), n);
    p->exc_args = args_list(p, args, n);
}

RunResult interp_run(Process *p, long reds) {
    static const void *const labels[] = {
#define OP(name, str, sig, doc) &&op_##name,
#include "opcodes.def"
#undef OP
    };
    if (!p) {
        op_table = labels;
        halt_threaded[0] = (Word)(uintptr_t)labels[OPC_HALT];
        Word *w = recv_wait_threaded;
        w[0] = (Word)(uintptr_t)labels[OPC_ENTRY];
        w[1] = 2;
        w[2] = 2;
        w[3] = (Word)(uintptr_t)labels[OPC_BIF1];
        w[4] = (Word)(uintptr_t)&w[13];
        w[5] = 0;                       /* the Export, set by interp_recv_wait_code */
        w[6] = 0;                       /* slot 0: Seen */
        w[7] = 0;                       /* the result (unused) over slot 0 */
        w[8] = (Word)(uintptr_t)labels[OPC_RECV_WAIT_TIMEOUT];
        w[9] = (Word)(uintptr_t)&w[13];
        w[10] = 1 << 2;                 /* slot 1: Timeout */
        w[11] = (Word)(uintptr_t)labels[OPC_RETURN];
        w[12] = T_ATOM(TIMEOUT);
        w[13] = (Word)(uintptr_t)labels[OPC_RETURN];
        w[14] = T_ATOM(TRUE);
        return RUN_DONE;
    }

    Vm *vm = p->vm;
    const AtomTable *atoms = vm->atoms;
    Term *stk = p->stack;
    uint32_t base = p->base, top = p->top;
    Term *B = stk + base;
    const Word *pc = p->pc;

    /* shared-path registers */
    Export *ex;
    uint32_t cd;          /* slot of a call's arguments (and result) */
    unsigned cn;          /* argument count */
    int tail;             /* 0: a body call; 1: a last call; TAIL_TRAPPED:
                             a last call that a BIF's trap (apply) made */
    const Word *ret_pc;

#define DISPATCH() goto *(const void *)(uintptr_t)pc[0]
#define RELOAD() (stk = p->stack, B = stk + base)
#define SAVE() (p->pc = pc, p->base = base, p->top = top)
#define LEAVE(r) do { vm->reds_left = reds; return (r); } while (0)
#define RAISE_REASON(r) do { proc_raise(p, ATOM_ERROR, (r)); goto raise; } while (0)

    if (!pc) {
        /* first run: make the call interp_setup_call prepared */
        ex = p->trap_export;
        cn = p->trap_arity;
        p->trap_arity = 0;
        cd = 0;
        tail = 0;
        ret_pc = halt_threaded;
        pc = halt_threaded;
        if (!ex) {
            /* spawn/1: OTP runs the fun through erlang:apply/2, which is the
             * only frame when the fun does not take the arguments */
            Term fun = p->trap_fun;
            p->trap_fun = THE_NON_VALUE;
            B[cn] = fun;
            if (term_is_fun(fun) && code_fun_arity(fun) != cn) {
                proc_raise(p, ATOM_ERROR, heap_tuple2(p, T_ATOM(BADARITY), heap_tuple2(p, fun, args_list(p, B, cn))));
                Term frame = heap_tuple4(p, T_ATOM(ERLANG), T_ATOM(APPLY), term_from_small(2), TERM_NIL);
                p->exc_trace = heap_cons(p, frame, TERM_NIL);
                p->exc_trace_given = true;
                goto raise;
            }
            goto call_fun;
        }
        goto call_export;
    }
    DISPATCH();

op_ENTRY: {
    uint32_t fs = (uint32_t)pc[1];
    top = base + fs;
    if (__builtin_expect(top > p->stack_hw, 0)) {
        if (top > p->stack_size) {
            SAVE();
            if (!proc_ensure_stack(p, top)) {
                /* stack overflow: report it where the call was made */
                top = base;
                goto raise;
            }
            RELOAD();
        }
        p->stack_hw = top;
    }
    if (__builtin_expect(--reds <= 0 || p->frags != NULL, 0)) {
        if (p->frags) {
            SAVE();
            collect(p, top);
        }
        if (reds <= 0) {
            /* yielding lands back on this entry, which is safe to redo */
            SAVE();
            LEAVE(RUN_YIELD);
        }
    }
    pc += 3;
    DISPATCH();
}

op_RETURN:
    B[0] = SRC(pc[1]);
do_return: {
    Frame *f = &p->frames[--p->nframes];
    pc = (const Word *)f->pc;            /* a call frame: no tag bit */
    base = f->base;
    top = f->top;
    B = stk + base;
    DISPATCH();
}

op_HALT:
    SAVE();
    LEAVE(RUN_DONE);

op_CALL: {
    if (p->nframes == p->frames_cap && !proc_ensure_frame(p)) goto raise;
    p->frames[p->nframes++] = frame_call(pc + 3, base, top);
    base += (uint32_t)pc[1];
    B = stk + base;
    pc = LABEL(pc[2]);
    DISPATCH();
}

op_TAIL_CALL: {
    uint32_t from = (uint32_t)pc[2], n = (uint32_t)pc[3];
    move_args(B, from, n);
    pc = LABEL(pc[1]);
    DISPATCH();
}

op_CALL_EXT:
    ex = (Export *)(uintptr_t)pc[2];
    cd = (uint32_t)pc[1];
    cn = ex->arity;
    tail = 0;
    ret_pc = pc + 3;
    goto call_export;

op_TAIL_CALL_EXT:
    ex = (Export *)(uintptr_t)pc[1];
    cd = (uint32_t)pc[2];
    cn = ex->arity;
    tail = 1;
    ret_pc = NULL;
    goto call_export;

op_CALL_FUN:
    cd = (uint32_t)pc[1];
    cn = (unsigned)pc[2];
    tail = 0;
    ret_pc = pc + 3;
    goto call_fun;

op_TAIL_CALL_FUN:
    cd = (uint32_t)pc[1];
    cn = (unsigned)pc[2];
    tail = 1;
    ret_pc = NULL;
    goto call_fun;

op_APPLY_MF:
    cd = (uint32_t)pc[1];
    cn = (unsigned)pc[2];
    tail = 0;
    ret_pc = pc + 3;
    goto apply_mf;

op_TAIL_APPLY_MF:
    cd = (uint32_t)pc[1];
    cn = (unsigned)pc[2];
    tail = 1;
    ret_pc = NULL;
    goto apply_mf;

apply_mf: {
    Term m = B[cd + cn], f = B[cd + cn + 1];
    if (!term_is_atom(m) || !term_is_atom(f)) {
        Term mfa = heap_tuple3(p, m, f, args_list(p, B + cd, cn));
        RAISE_REASON(heap_tuple2(p, T_ATOM(BADFUN), mfa));
    }
    ex = code_export(vm, m, f, cn);
    goto call_export;
}

call_export: {
    /* ex with cn args at slot cd; tail or return to ret_pc */
    if (ex->bif) {
        SAVE();
        Term r = ex->bif(p, B + cd);
        RELOAD();
        if (r == THE_NON_VALUE) {
            if (!p->exc_bif && !raises_from_caller(ex)) {
                p->exc_bif = ex;
                p->exc_args = args_list(p, B + cd, cn);
            }
            if (tail == TAIL_TRAPPED && p->exc_bif) {
                /* apply/2,3 as a last call is gone from the stack when its
                 * target runs, in OTP as here: no frame for the caller */
                p->exc_trace = trace_build(p, NULL);
                p->exc_trace_given = true;
            }
            goto raise;
        }
        if (r == THE_TRAP) goto trap;
        if (tail) {
            B[0] = r;
            goto do_return;
        }
        B[cd] = r;
        pc = ret_pc;
        DISPATCH();
    }
    if (!ex->code) {
        SAVE();
        vm_autoload(vm, ex->module);
        RELOAD();
        if (!ex->code && !ex->bif) {
            /* undef: the frame names the missing function with its args;
             * after a tail call the caller is gone from the stack, as in
             * OTP, where the error handler takes the missing one's place */
            proc_raise(p, ATOM_ERROR, T_ATOM(UNDEF));
            p->exc_args = args_list(p, B + cd, cn);
            p->exc_bif = ex;
            if (tail) {
                p->exc_trace = trace_build(p, NULL);
                p->exc_trace_given = true;
            }
            goto raise;
        }
        goto call_export;
    }
    if (tail) {
        move_args(B, cd, cn);
    } else {
        if (p->nframes == p->frames_cap && !proc_ensure_frame(p)) goto raise;
        p->frames[p->nframes++] = frame_call(ret_pc, base, top);
        base += cd;
        B = stk + base;
    }
    pc = ex->code;
    DISPATCH();
}

call_fun: {
    /* the fun in slot cd+cn, cn args at cd */
    Term fun = B[cd + cn];
    if (!term_is_boxed(fun)) goto badfun;
    Term *fp = term_box_ptr(fun);
    unsigned sub = term_header_sub(fp[0]);
    if (sub == SUB_EXPORT) {
        ex = (Export *)(uintptr_t)fp[1];
        if (ex->arity != cn) goto badarity;
        goto call_export;
    }
    if (sub != SUB_FUN) goto badfun;
    CodeVersion *v = (CodeVersion *)(uintptr_t)fp[FUN_VERSION];
    LambdaInfo *li = &v->lambdas[fp[FUN_INDEX]];
    if (v->purged) {
        /* funs are matched to code by module, index and MD5: a loaded
         * version identical to the fun's own (current, or old after a
         * code:delete) runs it */
        Module *mod = code_module(vm, v->module);
        CodeVersion *alt = NULL;
        if (mod && mod->current && memcmp(mod->current->md5, v->md5, 16) == 0) alt = mod->current;
        else if (mod && mod->old && !mod->old->purged && memcmp(mod->old->md5, v->md5, 16) == 0) alt = mod->old;
        if (!alt || fp[FUN_INDEX] >= alt->nlambdas) {
            if (!mod || !mod->current) {
                proc_raise(p, ATOM_ERROR, T_ATOM(UNDEF));
                p->exc_args = args_list(p, B + cd, cn);
                goto raise;
            }
            goto badfun;
        }
        v = alt;
        li = &v->lambdas[fp[FUN_INDEX]];
    }
    if (li->arity != cn) goto badarity;
    unsigned nfree = li->nfree;
    if (!proc_ensure_stack(p, (size_t)base + cd + cn + nfree + 1)) goto raise;
    RELOAD();
    for (unsigned i = 0; i < nfree; i++) B[cd + cn + i] = fp[FUN_FREE + i];
    const Word *target = v->funcs[li->func].start;
    if (tail) {
        move_args(B, cd, cn + nfree);
    } else {
        if (p->nframes == p->frames_cap && !proc_ensure_frame(p)) goto raise;
        p->frames[p->nframes++] = frame_call(ret_pc, base, top);
        base += cd;
        B = stk + base;
    }
    pc = target;
    DISPATCH();
badfun:
    RAISE_REASON(heap_tuple2(p, T_ATOM(BADFUN), B[cd + cn]));
badarity:
    RAISE_REASON(heap_tuple2(p, T_ATOM(BADARITY), heap_tuple2(p, B[cd + cn], args_list(p, B + cd, cn))));
}

trap: {
    /* a BIF asked for a call in its place, with new arguments */
    unsigned n = p->trap_arity;
    if (!proc_ensure_stack(p, (size_t)base + cd + n + 2)) goto raise;
    RELOAD();
    for (unsigned i = 0; i < n; i++) B[cd + i] = vm->trap_args[i];
    p->trap_arity = 0;
    cn = n;
    if (tail) tail = TAIL_TRAPPED;
    if (p->trap_export) {
        ex = p->trap_export;
        goto call_export;
    }
    B[cd + n] = p->trap_fun;
    goto call_fun;
}

op_MOVE:
    B[pc[2]] = SRC(pc[1]);
    pc += 3;
    DISPATCH();

op_PUT_LIST:
    B[pc[3]] = heap_cons(p, SRC(pc[1]), SRC(pc[2]));
    pc += 4;
    DISPATCH();

op_PUT_TUPLE: {
    size_t n = (size_t)pc[2];
    Term *h = heap_alloc(p, TUPLE_WORDS(n));
    h[0] = term_make_header(n, SUB_TUPLE);
    for (size_t i = 0; i < n; i++) h[1 + i] = SRC(pc[3 + i]);
    B[pc[1]] = term_make_boxed(h);
    pc += 3 + n;
    DISPATCH();
}

op_GET_LIST: {
    Term l = SRC(pc[1]);
    B[pc[2]] = term_hd(l);
    B[pc[3]] = term_tl(l);
    pc += 4;
    DISPATCH();
}

op_GET_HD:
    B[pc[2]] = term_hd(SRC(pc[1]));
    pc += 3;
    DISPATCH();

op_GET_TL:
    B[pc[2]] = term_tl(SRC(pc[1]));
    pc += 3;
    DISPATCH();

op_GET_ELEMENT:
    B[pc[3]] = term_tuple_elem(SRC(pc[1]), (size_t)pc[2]);
    pc += 4;
    DISPATCH();

op_MAKE_FUN: {
    LambdaInfo *li = (LambdaInfo *)(uintptr_t)pc[2];
    size_t n = (size_t)pc[3];
    Term *h = heap_alloc(p, FUN_WORDS(n));
    h[0] = term_make_header(FUN_WORDS(n) - 1, SUB_FUN);
    h[FUN_VERSION] = (Term)(uintptr_t)li->version;
    h[FUN_INDEX] = li->index;
    h[FUN_NFREE] = n;
    for (size_t i = 0; i < n; i++) h[FUN_FREE + i] = SRC(pc[4 + i]);
    B[pc[1]] = term_make_boxed(h);
    pc += 4 + n;
    DISPATCH();
}

#define TYPE_TEST(NAME, COND)                            \
    op_##NAME: {                                         \
        Term t = SRC(pc[2]);                             \
        if (COND) pc += 3; else pc = LABEL(pc[1]);       \
        DISPATCH();                                      \
    }
TYPE_TEST(IS_INTEGER, term_is_integer(t))
TYPE_TEST(IS_FLOAT, term_is_float(t))
TYPE_TEST(IS_NUMBER, term_is_number(t))
TYPE_TEST(IS_ATOM, term_is_atom(t))
TYPE_TEST(IS_PID, term_is_pid(t))
TYPE_TEST(IS_REFERENCE, term_is_ref(t))
TYPE_TEST(IS_PORT, ((void)t, 0))
TYPE_TEST(IS_BINARY, term_is_binary(t))
TYPE_TEST(IS_BITSTRING, term_is_bitstring(t))
TYPE_TEST(IS_LIST, term_is_list(t))
TYPE_TEST(IS_NONEMPTY_LIST, term_is_cons(t))
TYPE_TEST(IS_NIL, term_is_nil(t))
TYPE_TEST(IS_TUPLE, term_is_tuple(t))
TYPE_TEST(IS_FUNCTION, term_is_fun(t))
TYPE_TEST(IS_BOOLEAN, t == T_TRUE || t == T_FALSE)
TYPE_TEST(IS_MAP, term_is_map(t))

op_IS_FUNCTION2: {
    Term f = SRC(pc[2]), a = SRC(pc[3]);
    if (term_is_fun(f) && term_is_small(a) && term_small(a) >= 0 && (uint64_t)term_small(a) == code_fun_arity(f))
        pc += 4;
    else
        pc = LABEL(pc[1]);
    DISPATCH();
}

op_TEST_ARITY: {
    Term t = SRC(pc[2]);
    if (term_tuple_arity(t) == pc[3]) pc += 4; else pc = LABEL(pc[1]);
    DISPATCH();
}

op_IS_TAGGED_TUPLE: {
    Term t = SRC(pc[2]);
    if (term_is_tuple(t) && term_tuple_arity(t) == pc[3] && pc[3] > 0 && term_tuple_elem(t, 1) == (Term)pc[4])
        pc += 5;
    else
        pc = LABEL(pc[1]);
    DISPATCH();
}

#define CMP_TEST(NAME, FAST, SLOW)                                           \
    op_##NAME: {                                                             \
        Term a = SRC(pc[2]), b = SRC(pc[3]);                                 \
        bool ok = (term_is_small(a) && term_is_small(b)) ? (FAST) : (SLOW);  \
        if (ok) pc += 4; else pc = LABEL(pc[1]);                             \
        DISPATCH();                                                          \
    }
CMP_TEST(IS_LT, (int64_t)a < (int64_t)b, term_compare(atoms, a, b) < 0)
CMP_TEST(IS_GE, (int64_t)a >= (int64_t)b, term_compare(atoms, a, b) >= 0)
CMP_TEST(IS_EQ, a == b, term_compare(atoms, a, b) == 0)
CMP_TEST(IS_NE, a != b, term_compare(atoms, a, b) != 0)
CMP_TEST(IS_EQ_EXACT, a == b, a == b || term_exact_eq(a, b))
CMP_TEST(IS_NE_EXACT, a != b, a != b && !term_exact_eq(a, b))

    /* loader-made variants: pc[2] is a slot, pc[3] a small (or immediate) constant */
op_IS_LT_SC: {
    Term a = B[pc[2] >> 2], b = (Term)pc[3];
    bool ok = term_is_small(a) ? (int64_t)a < (int64_t)b : term_compare(atoms, a, b) < 0;
    if (ok) pc += 4; else pc = LABEL(pc[1]);
    DISPATCH();
}

op_IS_GE_SC: {
    Term a = B[pc[2] >> 2], b = (Term)pc[3];
    bool ok = term_is_small(a) ? (int64_t)a >= (int64_t)b : term_compare(atoms, a, b) >= 0;
    if (ok) pc += 4; else pc = LABEL(pc[1]);
    DISPATCH();
}

op_IS_EQ_EXACT_SI:
    if (B[pc[2] >> 2] == (Term)pc[3]) pc += 4; else pc = LABEL(pc[1]);
    DISPATCH();

op_SELECT_VAL: {
    Term v = SRC(pc[1]);
    size_t n = (size_t)pc[3];
    const Word *tab = pc + 4;
    const Word *to = LABEL(pc[2]);
    for (size_t i = 0; i < n; i++) {
        Term k = (Term)tab[2 * i];
        if (k == v || (term_is_boxed(k) && term_exact_eq(k, v))) { to = LABEL(tab[2 * i + 1]); break; }
    }
    pc = to;
    DISPATCH();
}

op_SELECT_TUPLE_ARITY: {
    Term v = SRC(pc[1]);
    size_t n = (size_t)pc[3];
    const Word *tab = pc + 4;
    const Word *to = LABEL(pc[2]);
    if (term_is_tuple(v)) {
        Term a = term_from_small((int64_t)term_tuple_arity(v));
        for (size_t i = 0; i < n; i++)
            if ((Term)tab[2 * i] == a) { to = LABEL(tab[2 * i + 1]); break; }
    }
    pc = to;
    DISPATCH();
}

op_JUMP:
    pc = LABEL(pc[1]);
    DISPATCH();

    /* arithmetic: small fast paths, then arith.c; a fail label turns an
     * error into a jump (guards) */
#define ARITH2(NAME, FAST, SLOW, OPATOM)                                     \
    op_##NAME: {                                                             \
        Term a = SRC(pc[2]), b = SRC(pc[3]), r = THE_NON_VALUE;              \
        if (term_is_small(a) && term_is_small(b)) { FAST; }                  \
        if (r == THE_NON_VALUE) { SAVE(); r = SLOW(p, a, b); }               \
        if (r == THE_NON_VALUE) {                                            \
            if (pc[1]) { pc = LABEL(pc[1]); DISPATCH(); }                    \
            if (!literal_operand_no_frame(OPATOM, pc[2], pc[3]))             \
                op_frame(p, OPATOM, a, b, 2);                                \
            goto raise;                                                      \
        }                                                                    \
        B[pc[4]] = r;                                                        \
        pc += 5;                                                             \
        DISPATCH();                                                          \
    }
ARITH2(ADD, { int64_t s = term_small(a) + term_small(b); if (small_fits(s)) r = term_from_small(s); }, arith_add, ATOM_PLUS)
ARITH2(SUB, { int64_t s = term_small(a) - term_small(b); if (small_fits(s)) r = term_from_small(s); }, arith_sub, ATOM_MINUS)
ARITH2(MUL, {
    __int128 s = (__int128)term_small(a) * term_small(b);
    if (s >= MIN_SMALL && s <= MAX_SMALL) r = term_from_small((int64_t)s);
}, arith_mul, ATOM_TIMES)
ARITH2(FDIV, (void)0, arith_fdiv, ATOM_NONE)
ARITH2(IDIV, {
    int64_t y = term_small(b);
    if (y != 0) { int64_t q = term_small(a) / y; if (small_fits(q)) r = term_from_small(q); }
}, arith_idiv, ATOM_DIV)
ARITH2(REM, { int64_t y = term_small(b); if (y != 0) r = term_from_small(term_small(a) % y); }, arith_rem, ATOM_REM)
ARITH2(BAND, r = a & b, arith_band, ATOM_BAND)
ARITH2(BOR, r = a | b, arith_bor, ATOM_BOR)
ARITH2(BXOR, r = term_from_small(term_small(a) ^ term_small(b)), arith_bxor, ATOM_BXOR)
ARITH2(BSL, (void)0, arith_bsl, ATOM_BSL)
ARITH2(BSR, {
    int64_t s = term_small(b);
    if (s >= 0) r = term_from_small(s >= 63 ? (term_small(a) < 0 ? -1 : 0) : term_small(a) >> s);
}, arith_bsr, ATOM_BSR)

#define ARITH_SC(NAME, OPER, SLOW, OPATOM)                                   \
    op_##NAME: {                                                             \
        Term a = B[pc[2] >> 2], b = (Term)pc[3], r = THE_NON_VALUE;          \
        if (term_is_small(a)) {                                              \
            int64_t s = term_small(a) OPER term_small(b);                    \
            if (small_fits(s)) r = term_from_small(s);                       \
        }                                                                    \
        if (r == THE_NON_VALUE) { SAVE(); r = SLOW(p, a, b); }               \
        if (r == THE_NON_VALUE) {                                            \
            /* X + 1 and X - 1: no operator frame (see op_frame) */          \
            if (pc[1]) { pc = LABEL(pc[1]); DISPATCH(); }                    \
            goto raise;                                                      \
        }                                                                    \
        B[pc[4]] = r;                                                        \
        pc += 5;                                                             \
        DISPATCH();                                                          \
    }
ARITH_SC(ADD_SC, +, arith_add, ATOM_PLUS)
ARITH_SC(SUB_SC, -, arith_sub, ATOM_MINUS)

op_NEG: {
    Term a = SRC(pc[2]), r = THE_NON_VALUE;
    if (term_is_small(a) && small_fits(-term_small(a))) r = term_from_small(-term_small(a));
    else { SAVE(); r = arith_neg(p, a); }
    if (r == THE_NON_VALUE) {
        if (pc[1]) { pc = LABEL(pc[1]); DISPATCH(); }
        op_frame(p, ATOM_MINUS, a, a, 1);
        goto raise;
    }
    B[pc[3]] = r;
    pc += 4;
    DISPATCH();
}

op_BNOT: {
    Term a = SRC(pc[2]), r;
    if (term_is_small(a)) r = term_from_small(~term_small(a));
    else { SAVE(); r = arith_bnot(p, a); }
    if (r == THE_NON_VALUE) {
        if (pc[1]) { pc = LABEL(pc[1]); DISPATCH(); }
        op_frame(p, ATOM_BNOT, a, a, 1);
        goto raise;
    }
    B[pc[3]] = r;
    pc += 4;
    DISPATCH();
}

    /* guard-capable BIF calls: bifN fail import args... dst */
#define BIFN(NAME, N)                                                        \
    op_##NAME: {                                                             \
        Export *e = (Export *)(uintptr_t)pc[2];                              \
        Term args[4];                                                        \
        for (int i = 0; i < (N); i++) args[i] = SRC(pc[3 + i]);              \
        SAVE();                                                              \
        Term r = e->bif(p, args);                                            \
        RELOAD();                                                            \
        if (r == THE_NON_VALUE || r == THE_TRAP) {                           \
            if (pc[1]) { pc = LABEL(pc[1]); DISPATCH(); }                    \
            if (r == THE_TRAP) {                                             \
                /* only apply traps; not a guard BIF: treat as a call */     \
                RAISE_REASON(T_ATOM(BADARG));                                \
            }                                                                \
            if (!p->exc_bif) {                                               \
                p->exc_bif = e;                                              \
                p->exc_args = args_list(p, args, (N));                       \
            }                                                                \
            goto raise;                                                      \
        }                                                                    \
        B[pc[3 + (N)]] = r;                                                  \
        pc += 4 + (N);                                                       \
        DISPATCH();                                                          \
    }
BIFN(BIF0, 0)
BIFN(BIF1, 1)
BIFN(BIF2, 2)
BIFN(BIF3, 3)

    bool exact;
op_PUT_MAP_ASSOC:
    exact = false;
    goto put_map;
op_PUT_MAP_EXACT:
    exact = true;
put_map: {
    Term m = SRC(pc[2]);
    size_t n = (size_t)pc[4];
    Term r;
    if (!term_is_map(m)) {
        if (pc[1]) { pc = LABEL(pc[1]); DISPATCH(); }
        RAISE_REASON(heap_tuple2(p, T_ATOM(BADMAP), m));
    }
    SAVE();
    r = map_update(p, m, pc + 5, n, B, exact);
    if (r == THE_NON_VALUE) {
        if (pc[1]) { pc = LABEL(pc[1]); DISPATCH(); }
        goto raise;
    }
    B[pc[3]] = r;
    pc += 5 + n;
    DISPATCH();
}

op_GET_MAP_ELEMENTS: {
    Term m = SRC(pc[2]);
    size_t n = (size_t)pc[3];
    const Word *kv = pc + 4;
    if (!term_is_map(m)) { pc = LABEL(pc[1]); DISPATCH(); }
    for (size_t i = 0; i < n; i++) {
        long at = map_find(atoms, m, SRC(kv[2 * i]));
        if (at < 0) { pc = LABEL(pc[1]); DISPATCH(); }
        B[kv[2 * i + 1]] = term_map_vals(m)[at];
    }
    pc += 4 + 2 * n;
    DISPATCH();
}

op_HAS_MAP_FIELDS: {
    Term m = SRC(pc[2]);
    size_t n = (size_t)pc[3];
    if (!term_is_map(m)) { pc = LABEL(pc[1]); DISPATCH(); }
    for (size_t i = 0; i < n; i++)
        if (map_find(atoms, m, SRC(pc[4 + i])) < 0) { pc = LABEL(pc[1]); DISPATCH(); }
    pc += 4 + n;
    DISPATCH();
}

op_TRY:
    if (p->nframes == p->frames_cap && !proc_ensure_frame(p)) goto raise;
    p->frames[p->nframes++] = frame_catch(LABEL(pc[1]), base, top);
    pc += 2;
    DISPATCH();

op_TRY_END:
    if (p->nframes > 0 && frame_is_catch(&p->frames[p->nframes - 1])) p->nframes--;
    pc += 1;
    DISPATCH();

op_TRY_CASE: {
    uint32_t d = (uint32_t)pc[1];
    B[d] = p->exc_class;
    B[d + 1] = p->exc_reason;
    B[d + 2] = p->exc_trace;
    p->exc_class = p->exc_reason = p->exc_trace = p->exc_args = TERM_NIL;
    pc += 2;
    DISPATCH();
}

op_CATCH_VALUE:
    B[pc[1]] = catch_value(p);
    p->exc_class = p->exc_reason = p->exc_trace = p->exc_args = TERM_NIL;
    pc += 2;
    DISPATCH();

op_RAISE: {
    Term cls = SRC(pc[1]), reason = SRC(pc[2]), trace = SRC(pc[3]);
    if (cls != T_ATOM(ERROR) && cls != T_ATOM(EXIT) && cls != T_ATOM(THROW)) RAISE_REASON(T_ATOM(BADARG));
    proc_raise(p, term_atom(cls), reason);
    p->exc_trace = trace;
    p->exc_trace_given = true;
    goto raise;
}

op_RAISE_ERROR:
    RAISE_REASON(SRC(pc[1]));

op_BADMATCH:
    RAISE_REASON(heap_tuple2(p, T_ATOM(BADMATCH), SRC(pc[1])));

op_CASE_CLAUSE:
    RAISE_REASON(heap_tuple2(p, T_ATOM(CASE_CLAUSE), SRC(pc[1])));

op_TRY_CLAUSE:
    RAISE_REASON(heap_tuple2(p, T_ATOM(TRY_CLAUSE), SRC(pc[1])));

op_IF_CLAUSE:
    RAISE_REASON(T_ATOM(IF_CLAUSE));

op_FUNCTION_CLAUSE: {
    const FuncInfo *fi = code_find_func(vm, pc, NULL);
    proc_raise(p, ATOM_ERROR, T_ATOM(FUNCTION_CLAUSE));
    p->exc_args = args_list(p, B, fi ? fi->arity : 0);
    goto raise;
}

op_SEND: {
    SAVE();
    Term r = vm_send(p, SRC(pc[1]), SRC(pc[2]));
    RELOAD();
    if (r == THE_NON_VALUE) {
        p->exc_bif = code_export(vm, T_ATOM(ERLANG), T_ATOM(SEND), 2);
        p->exc_args = heap_list(p, (Term[]){SRC(pc[1]), SRC(pc[2])}, 2, TERM_NIL);
        goto raise;
    }
    B[pc[3]] = r;
    pc += 4;
    DISPATCH();
}

    /* receive: the mailbox cursor lives on the process (vm.c owns the queue) */
op_RECV_PEEK: {
    Term m = vm_mbox_peek(p);
    if (m == THE_NON_VALUE) { pc = LABEL(pc[1]); DISPATCH(); }
    B[pc[2]] = m;
    pc += 3;
    DISPATCH();
}

op_RECV_PEEK_TT: {
    /* recv_peek + is_tagged_tuple of the message.  When the test's failure
     * only moves to the next message (its label is a recv_next back here),
     * pass over the messages that fail it in this loop. */
    const Word *tt = pc + 3, *fail = LABEL(tt[1]);
    bool skip = fail[0] == (Word)(uintptr_t)labels[OPC_RECV_NEXT] && LABEL(fail[1]) == pc;
    size_t arity = (size_t)tt[3];
    for (;;) {
        Term m = vm_mbox_peek(p);
        if (m == THE_NON_VALUE) { pc = LABEL(pc[1]); DISPATCH(); }
        if (!skip || (term_is_tuple(m) && term_tuple_arity(m) == arity && arity > 0 &&
                      term_tuple_elem(m, 1) == (Term)tt[4])) {
            B[pc[2]] = m;
            pc += 3;
            DISPATCH();
        }
        p->mbox_cursor++;
    }
}

op_RECV_REMOVE:
    /* the receive is over: its timer (if it has not fired) goes */
    vm_mbox_remove(p);
    if (p->recv_timer) sched_disarm_receive(p);
    p->timed_out = false;
    pc += 1;
    DISPATCH();

op_RECV_NEXT:
    /* the label is always the loop's recv_peek (codegen): go straight on */
    vm_mbox_next(p);
    pc = LABEL(pc[1]);
    goto op_RECV_PEEK;

op_RECV_WAIT:
    p->timeout_ms = -1;
    p->resume_on_message = NULL;
    p->pc = LABEL(pc[1]);
    p->base = base;
    p->top = top;
    LEAVE(RUN_WAIT);

op_RECV_WAIT_TIMEOUT: {
    Term t = SRC(pc[2]);
    if (p->timed_out) {
        /* woken by the timer: fall through to the after clause */
        p->timed_out = false;
        pc += 3;
        DISPATCH();
    }
    if (t == T_ATOM(INFINITY)) p->timeout_ms = -1;
    else if (term_is_small(t) && term_small(t) >= 0) p->timeout_ms = term_small(t);
    else if (term_is_bignum(t) && term_boxed_sub(t) == SUB_POSBIG) p->timeout_ms = INT64_MAX;
    else RAISE_REASON(T_ATOM(TIMEOUT_VALUE));
    if (p->timeout_ms == 0) { pc += 3; DISPATCH(); }
    /* resume here: a message jumps to the label, the timer to the next op */
    p->pc = pc;
    p->base = base;
    p->top = top;
    p->resume_on_message = LABEL(pc[1]);
    LEAVE(RUN_WAIT);
}

op_RECV_TIMEOUT:
    vm_mbox_rewind(p);
    pc += 1;
    DISPATCH();

op_BS_CREATE: {
    size_t n = (size_t)pc[3];
    BitSeg segs[64];
    BitSeg *sv = n <= 64 ? segs : (BitSeg *)malloc(n * sizeof(BitSeg));
    if (!sv) { fputs("beamlet: out of memory\n", stderr); abort(); }
    const Word *s = pc + 4;
    for (size_t i = 0; i < n; i++, s += 5)
        sv[i] = (BitSeg){(unsigned)s[0], (unsigned)s[1], (unsigned)s[2], SRC(s[3]), SRC(s[4])};
    SAVE();
    Term r = bits_create(p, sv, n);
    if (sv != segs) free(sv);
    if (r == THE_NON_VALUE) {
        if (pc[1]) { pc = LABEL(pc[1]); DISPATCH(); }
        goto raise;
    }
    B[pc[2]] = r;
    pc += 4 + 5 * n;
    DISPATCH();
}

op_BS_START: {
    Term t = SRC(pc[2]);
    if (!term_is_bitstring(t)) { pc = LABEL(pc[1]); DISPATCH(); }
    B[pc[3]] = term_from_small(0);
    pc += 4;
    DISPATCH();
}

#define BS_GET(NAME, CALL)                                                   \
    op_##NAME: {                                                             \
        Term bin = SRC(pc[2]);                                               \
        size_t off = (size_t)term_small(B[pc[3]]);                           \
        Term size = SRC(pc[4]);                                              \
        Term r = CALL;                                                       \
        if (r == THE_NON_VALUE) { pc = LABEL(pc[1]); DISPATCH(); }           \
        B[pc[3]] = term_from_small((int64_t)off);                            \
        B[pc[7]] = r;                                                        \
        pc += 8;                                                             \
        DISPATCH();                                                          \
    }
BS_GET(BS_GET_INTEGER, bits_get_integer(p, bin, &off, size, (unsigned)pc[5], (unsigned)pc[6]))
BS_GET(BS_GET_FLOAT, bits_get_float(p, bin, &off, size, (unsigned)pc[5], (unsigned)pc[6]))
BS_GET(BS_GET_BINARY, bits_get_binary(p, bin, &off, size, (unsigned)pc[5], (unsigned)pc[6]))

op_BS_GET_UTF8: {
    Term bin = SRC(pc[2]);
    size_t off = (size_t)term_small(B[pc[3]]);
    Term r = bits_get_utf8(p, bin, &off);
    if (r == THE_NON_VALUE) { pc = LABEL(pc[1]); DISPATCH(); }
    B[pc[3]] = term_from_small((int64_t)off);
    B[pc[4]] = r;
    pc += 5;
    DISPATCH();
}

    bool is16;
op_BS_GET_UTF16:
    is16 = true;
    goto bs_get_utf;
op_BS_GET_UTF32:
    is16 = false;
bs_get_utf: {
    Term bin = SRC(pc[2]);
    size_t off = (size_t)term_small(B[pc[3]]);
    Term r = is16 ? bits_get_utf16(p, bin, &off, (unsigned)pc[4]) : bits_get_utf32(p, bin, &off, (unsigned)pc[4]);
    if (r == THE_NON_VALUE) { pc = LABEL(pc[1]); DISPATCH(); }
    B[pc[3]] = term_from_small((int64_t)off);
    B[pc[5]] = r;
    pc += 6;
    DISPATCH();
}

op_BS_SKIP: {
    Term bin = SRC(pc[2]);
    size_t off = (size_t)term_small(B[pc[3]]);
    if (!bits_skip(bin, &off, SRC(pc[4]), (unsigned)pc[5])) { pc = LABEL(pc[1]); DISPATCH(); }
    B[pc[3]] = term_from_small((int64_t)off);
    pc += 6;
    DISPATCH();
}

op_BS_TEST_TAIL: {
    Term bin = SRC(pc[2]);
    size_t off = (size_t)term_small(B[pc[3]]);
    if (!bits_test_tail(bin, off, (size_t)pc[4])) { pc = LABEL(pc[1]); DISPATCH(); }
    pc += 5;
    DISPATCH();
}

op_BS_MATCH_STRING: {
    Term bin = SRC(pc[2]);
    size_t off = (size_t)term_small(B[pc[3]]);
    if (!bits_match_string(bin, &off, (Term)pc[4])) { pc = LABEL(pc[1]); DISPATCH(); }
    B[pc[3]] = term_from_small((int64_t)off);
    pc += 5;
    DISPATCH();
}

raise: {
    /* p->exc_* hold the exception; pc is where it happened */
    if (vm->halted) {
        SAVE();
        LEAVE(RUN_HALT);
    }
    if (p->exit_reason != THE_NON_VALUE) {
        /* an exit signal killed it: no catch can stop that */
        SAVE();
        LEAVE(RUN_EXITED);
    }
    if (!p->exc_trace_given) p->exc_trace = trace_build(p, pc);
    p->exc_trace_given = false;
    p->exc_bif = NULL;
    while (p->nframes > 0) {
        Frame *f = &p->frames[--p->nframes];
        if (frame_is_catch(f)) {
            pc = frame_pc(f);
            base = f->base;
            top = f->top;
            RELOAD();
            DISPATCH();
        }
    }
    SAVE();
    LEAVE(RUN_EXCEPTION);
}
}
