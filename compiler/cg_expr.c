/* cg_expr.c — expressions and bodies: calls (local, remote, BIF, fun,
 * M:F), operators, case/if/receive/try/catch, funs (each a new function
 * closing over its free variables) and list comprehensions (one helper
 * function per generator, named as OTP names them). */
#include "cg.h"

#include <stdio.h>
#include <string.h>

static CgOpnd atom(CgFn *f, const char *s) { return cg_atom_op(f->cg, s); }

static void setline(CgFn *f, const Ast *e) {
    if (e && e->line > 0) f->line = e->line;
}

static void jump(CgFn *f, int label) {
    cg_ins(f, OPC_JUMP);
    cg_lab(f, label);
}

void cg_return(CgFn *f, CgOpnd o) {
    cg_ins(f, OPC_RETURN);
    cg_src(f, o);
}

void cg_expr_to(CgFn *f, const Ast *e, int slot) {
    int save = f->top;
    if (f->top <= slot) f->top = slot + 1;   /* temporaries above both slot and what is live */
    CgOpnd o = cg_expr(f, e);
    cg_move(f, o, slot);
    f->top = save > slot + 1 ? save : slot + 1;
}

/* Raise error {Tag, V}. */
static void raise_tagged(CgFn *f, const char *tag, CgOpnd v) {
    int t = cg_temp(f);
    cg_ins(f, OPC_PUT_TUPLE);
    cg_slot(f, t);
    cg_raw(f, 2);
    cg_src(f, atom(f, tag));
    cg_src(f, v);
    cg_ins(f, OPC_RAISE_ERROR);
    cg_src(f, cg_slot_op(t));
    f->top = t;
}

/* ---- bound-set snapshots ---- */

static uint8_t *snap(CgFn *f) {
    uint8_t *s = cg_alloc((size_t)f->nvars + 1);
    if (f->nvars) memcpy(s, f->bound, (size_t)f->nvars);
    return s;
}

static void restore(CgFn *f, const uint8_t *s) { if (f->nvars) memcpy(f->bound, s, (size_t)f->nvars); }

/* acc := acc AND bound (acc NULL: first branch). */
static uint8_t *meet(CgFn *f, uint8_t *acc) {
    if (!acc) return snap(f);
    for (int i = 0; i < f->nvars; i++) acc[i] = acc[i] && f->bound[i];
    return acc;
}

/* ---- bodies ---- */

static CgOpnd expr_tail(CgFn *f, const Ast *e, int tail);

CgOpnd cg_body(CgFn *f, const Ast *seq, int tail) {
    if (!seq || seq->kind != A_SEQ) return expr_tail(f, seq, tail);
    if (seq->nkids == 0) {
        if (tail) cg_return(f, atom(f, "ok"));
        return atom(f, "ok");
    }
    for (size_t i = 0; i + 1 < seq->nkids; i++) {
        int save = f->top;
        cg_expr(f, seq->kids[i]);
        f->top = save;
    }
    return expr_tail(f, seq->kids[seq->nkids - 1], tail);
}

/* Result of a branching construct: into dst, or returned in tail position. */
static void branch_result(CgFn *f, const Ast *body, int tail, int dst, int done) {
    CgOpnd r = cg_body(f, body, tail);
    if (tail) return;
    cg_move(f, r, dst);
    jump(f, done);
}

static void clause_parts(const Ast *c, const Ast **pats, const Ast **guard, const Ast **body) {
    *pats = c->nkids > 0 ? c->kids[0] : NULL;
    *guard = c->nkids > 1 ? c->kids[1] : NULL;
    *body = c->nkids > 2 ? c->kids[2] : NULL;
}

/* case, receive and try-of clauses: one pattern against v. */
static void match_clauses(CgFn *f, const Ast *clauses, CgOpnd v, int tail, int dst, int done,
                          uint8_t **acc, int fail_op, int remove_msg) {
    uint8_t *in = snap(f);
    int base = f->top;
    for (size_t i = 0; clauses && i < clauses->nkids; i++) {
        const Ast *pats, *guard, *body;
        clause_parts(clauses->kids[i], &pats, &guard, &body);
        setline(f, clauses->kids[i]);
        restore(f, in);
        f->top = base;
        int next = cg_label(f->cg);
        if (pats && pats->nkids > 0) cg_match(f, pats->kids[0], v, next);
        cg_guard(f, guard, next);
        if (remove_msg) cg_ins(f, OPC_RECV_REMOVE);
        branch_result(f, body, tail, dst, done);
        *acc = meet(f, *acc);
        cg_place(f, next);
    }
    restore(f, in);
    f->top = base;
    free(in);
    if (fail_op >= 0) {
        setline(f, clauses);
        cg_ins(f, fail_op);
        if (fail_op != OPC_IF_CLAUSE) cg_src(f, v);
    }
}

static CgOpnd finish_branches(CgFn *f, uint8_t *acc, int dst, int done, int tail) {
    cg_place(f, done);
    if (acc) { restore(f, acc); free(acc); }
    if (tail) return atom(f, "ok");
    f->top = dst + 1;
    return cg_slot_op(dst);
}

static CgOpnd gen_case(CgFn *f, const Ast *e, int tail) {
    int save = f->top;
    CgOpnd v = cg_expr(f, e->kids[0]);
    int dst;
    if (v.kind == SRC_SLOT && v.v >= save) { dst = (int)v.v; f->top = dst + 1; }
    else { f->top = save; dst = cg_temp(f); }
    int done = cg_label(f->cg);
    uint8_t *acc = NULL;
    Ast seq = {0};
    seq.kind = A_SEQ;
    seq.kids = e->kids + 1;
    seq.nkids = e->nkids - 1;
    seq.line = e->line;
    match_clauses(f, &seq, v, tail, dst, done, &acc, OPC_CASE_CLAUSE, 0);
    return finish_branches(f, acc, dst, done, tail);
}

static CgOpnd gen_if(CgFn *f, const Ast *e, int tail) {
    int dst = cg_temp(f);
    int done = cg_label(f->cg);
    uint8_t *acc = NULL, *in = snap(f);
    for (size_t i = 0; i < e->nkids; i++) {
        const Ast *pats, *guard, *body;
        clause_parts(e->kids[i], &pats, &guard, &body);
        setline(f, e->kids[i]);
        restore(f, in);
        f->top = dst + 1;
        int next = cg_label(f->cg);
        cg_guard(f, guard, next);
        branch_result(f, body, tail, dst, done);
        acc = meet(f, acc);
        cg_place(f, next);
    }
    restore(f, in);
    free(in);
    f->top = dst + 1;
    setline(f, e);
    cg_ins(f, OPC_IF_CLAUSE);
    return finish_branches(f, acc, dst, done, tail);
}

static CgOpnd gen_receive(CgFn *f, const Ast *e, int tail) {
    const Ast *clauses = e->kids[0];
    const Ast *tmo = e->nkids > 1 ? e->kids[1] : NULL;
    const Ast *after = e->nkids > 2 ? e->kids[2] : NULL;
    CgOpnd t = {SRC_NIL, 0};
    if (tmo) {
        int save = f->top;
        t = cg_expr(f, tmo);
        if (t.kind == SRC_SLOT && t.v >= save) f->top = (int)t.v + 1;
    }
    int m = cg_temp(f);
    int peek = cg_label(f->cg), wait = cg_label(f->cg), done = cg_label(f->cg);
    uint8_t *acc = NULL;
    setline(f, e);
    cg_place(f, peek);
    cg_ins(f, OPC_RECV_PEEK);
    cg_lab(f, wait);
    cg_slot(f, m);
    match_clauses(f, clauses, cg_slot_op(m), tail, m, done, &acc, -1, 1);
    setline(f, e);
    cg_ins(f, OPC_RECV_NEXT);
    cg_lab(f, peek);
    cg_place(f, wait);
    if (tmo) {
        cg_ins(f, OPC_RECV_WAIT_TIMEOUT);
        cg_lab(f, peek);
        cg_src(f, t);
        cg_ins(f, OPC_RECV_TIMEOUT);
        uint8_t *in = snap(f);
        f->top = m + 1;
        branch_result(f, after, tail, m, done);
        acc = meet(f, acc);
        free(in);
    } else {
        cg_ins(f, OPC_RECV_WAIT);
        cg_lab(f, peek);
    }
    return finish_branches(f, acc, m, done, tail);
}

static void catch_clauses(CgFn *f, const Ast *clauses, int t, int tail, int dst, int done) {
    uint8_t *in = snap(f);
    int base = f->top;
    for (size_t i = 0; clauses && i < clauses->nkids; i++) {
        const Ast *pats, *guard, *body;
        clause_parts(clauses->kids[i], &pats, &guard, &body);
        setline(f, clauses->kids[i]);
        restore(f, in);
        f->top = base;
        int next = cg_label(f->cg);
        const Ast *cp = pats && pats->nkids > 0 ? pats->kids[0] : NULL;
        if (cp && cp->kind == A_CATCHPAT) {
            const Ast *cls = cp->nkids > 0 ? cp->kids[0] : NULL;
            const Ast *reason = cp->nkids > 1 ? cp->kids[1] : NULL;
            const Ast *stack = cp->nkids > 2 ? cp->kids[2] : NULL;
            if (!cls) {
                cg_ins(f, OPC_IS_EQ_EXACT);
                cg_lab(f, next);
                cg_src(f, cg_slot_op(t));
                cg_src(f, atom(f, "throw"));
            } else {
                cg_match(f, cls, cg_slot_op(t), next);
            }
            if (reason) cg_match(f, reason, cg_slot_op(t + 1), next);
            if (stack) cg_match(f, stack, cg_slot_op(t + 2), next);
        } else if (cp) {
            cg_ins(f, OPC_IS_EQ_EXACT);
            cg_lab(f, next);
            cg_src(f, cg_slot_op(t));
            cg_src(f, atom(f, "throw"));
            cg_match(f, cp, cg_slot_op(t + 1), next);
        }
        cg_guard(f, guard, next);
        branch_result(f, body, tail, dst, done);
        cg_place(f, next);
    }
    restore(f, in);
    free(in);
    f->top = base;
    cg_ins(f, OPC_RAISE);
    cg_src(f, cg_slot_op(t));
    cg_src(f, cg_slot_op(t + 1));
    cg_src(f, cg_slot_op(t + 2));
}

static CgOpnd gen_try(CgFn *f, const Ast *e, int tail) {
    const Ast *body = e->kids[0];
    const Ast *of = e->nkids > 1 ? e->kids[1] : NULL;
    const Ast *catches = e->nkids > 2 ? e->kids[2] : NULL;
    const Ast *after = e->nkids > 3 ? e->kids[3] : NULL;
    if (after) tail = 0;
    uint8_t *in = snap(f);
    int dst = cg_temp(f);
    int done = cg_label(f->cg);
    int after_h = -1, handler = -1;
    setline(f, e);
    if (after) {
        after_h = cg_label(f->cg);
        cg_ins(f, OPC_TRY);
        cg_lab(f, after_h);
    }
    if (catches) {
        handler = cg_label(f->cg);
        cg_ins(f, OPC_TRY);
        cg_lab(f, handler);
    }
    CgOpnd v = cg_body(f, body, 0);
    cg_move(f, v, dst);
    f->top = dst + 1;
    if (catches) cg_ins(f, OPC_TRY_END);
    if (of) {
        /* dst holds the value while the of-clauses match, then their result */
        uint8_t *acc = NULL;
        match_clauses(f, of, cg_slot_op(dst), tail, dst, done, &acc, OPC_TRY_CLAUSE, 0);
        free(acc);
    } else if (tail) {
        cg_return(f, cg_slot_op(dst));
    } else {
        jump(f, done);
    }
    if (catches) {
        cg_place(f, handler);
        restore(f, in);
        f->top = dst + 1;
        int t = f->top;
        f->top = t + 3;
        cg_touch(f, t + 2);
        setline(f, e);
        cg_ins(f, OPC_TRY_CASE);
        cg_slot(f, t);
        catch_clauses(f, catches, t, tail, dst, done);
    }
    cg_place(f, done);
    f->top = dst + 1;
    if (after) {
        int out = cg_label(f->cg);
        cg_ins(f, OPC_TRY_END);
        restore(f, in);
        int save = f->top;
        cg_body(f, after, 0);
        f->top = save;
        jump(f, out);
        cg_place(f, after_h);
        restore(f, in);
        int t = f->top;
        f->top = t + 3;
        cg_touch(f, t + 2);
        cg_ins(f, OPC_TRY_CASE);
        cg_slot(f, t);
        cg_body(f, after, 0);
        cg_ins(f, OPC_RAISE);
        cg_src(f, cg_slot_op(t));
        cg_src(f, cg_slot_op(t + 1));
        cg_src(f, cg_slot_op(t + 2));
        cg_place(f, out);
        f->top = dst + 1;
    }
    restore(f, in);
    free(in);
    return cg_slot_op(dst);
}

static CgOpnd gen_catch(CgFn *f, const Ast *e) {
    uint8_t *in = snap(f);
    int dst = cg_temp(f);
    int h = cg_label(f->cg), done = cg_label(f->cg);
    setline(f, e);
    cg_ins(f, OPC_TRY);
    cg_lab(f, h);
    cg_expr_to(f, e->kids[0], dst);
    cg_ins(f, OPC_TRY_END);
    jump(f, done);
    cg_place(f, h);
    cg_ins(f, OPC_CATCH_VALUE);
    cg_slot(f, dst);
    cg_place(f, done);
    restore(f, in);
    free(in);
    f->top = dst + 1;
    return cg_slot_op(dst);
}

/* ---- calls ---- */

/* Never-returning BIFs: called, not tail-called, so the caller stays in
 * the stack trace (as OTP does). */
static int no_return(const char *mod, const char *name) {
    return strcmp(mod, "erlang") == 0 &&
           (strcmp(name, "error") == 0 || strcmp(name, "exit") == 0 ||
            strcmp(name, "throw") == 0 || strcmp(name, "raise") == 0);
}

/* Arguments into A, A+1, ...; returns A. */
static int push_args(CgFn *f, const Ast *const *args, size_t n) {
    int a = f->top;
    for (size_t i = 0; i < n; i++) {
        f->top = a + (int)i;
        CgOpnd o = cg_expr(f, args[i]);
        cg_move(f, o, a + (int)i);
        f->top = a + (int)i + 1;
    }
    cg_touch(f, a + (int)n);
    return a;
}

static CgOpnd call_result(CgFn *f, int a) {
    f->top = a + 1;
    cg_touch(f, a);
    return cg_slot_op(a);
}

static CgOpnd bif_op(CgFn *f, const char *mod, const char *name, const Ast *const *args, int n) {
    int save = f->top;
    CgOpnd ops[3];
    for (int i = 0; i < n; i++) ops[i] = cg_expr(f, args[i]);
    f->top = save;
    int dst = cg_temp(f);
    cg_ins(f, OPC_BIF0 + n);
    cg_fail(f, f->gfail);
    cg_raw(f, cg_import(f->cg, mod, name, n));
    for (int i = 0; i < n; i++) cg_src(f, ops[i]);
    cg_slot(f, dst);
    return cg_slot_op(dst);
}

static CgOpnd remote_call(CgFn *f, const Ast *at, const char *mod, const char *name,
                          const Ast *const *args, int n, int tail) {
    int fl = cg_bif_flags(mod, name, n);
    if ((f->gfail >= 0 || (fl >= 0 && (fl & CG_BF_GUARD))) && n <= 3) {
        if (fl < 0 || !(fl & CG_BF_GUARD)) {
            cg_error(f->cg, at, "illegal guard expression");
            return atom(f, "false");
        }
        CgOpnd r = bif_op(f, mod, name, args, n);
        if (tail) cg_return(f, r);
        return r;
    }
    int a = push_args(f, args, (size_t)n);
    setline(f, at);
    uint32_t x = cg_import(f->cg, mod, name, n);
    if (tail && !no_return(mod, name)) {
        cg_ins(f, OPC_TAIL_CALL_EXT);
        cg_raw(f, x);
        cg_raw(f, (uint64_t)a);
        return atom(f, "ok");
    }
    cg_ins(f, OPC_CALL_EXT);
    cg_slot(f, a);
    cg_raw(f, x);
    CgOpnd r = call_result(f, a);
    if (tail) cg_return(f, r);
    return r;
}

static CgOpnd local_call(CgFn *f, const Ast *at, CgFun *fn, const Ast *const *args, int n, int tail) {
    int a = push_args(f, args, (size_t)n);
    setline(f, at);
    if (tail) {
        cg_ins(f, OPC_TAIL_CALL);
        cg_lab(f, fn->entry_label);
        cg_raw(f, (uint64_t)a);
        cg_raw(f, (uint64_t)n);
        return atom(f, "ok");
    }
    cg_ins(f, OPC_CALL);
    cg_slot(f, a);
    cg_lab(f, fn->entry_label);
    return call_result(f, a);
}

static const char *import_of(Cg *cg, const char *name, int arity) {
    for (size_t i = 0; i < cg->m->nimports; i++)
        if (cg->m->imports[i].arity == arity && strcmp(cg->m->imports[i].name, name) == 0)
            return cg->m->imports[i].module;
    return NULL;
}

static CgOpnd gen_call(CgFn *f, const Ast *e, int tail) {
    const Ast *callee = e->kids[0];
    const Ast *const *args = (const Ast *const *)e->kids + 1;
    int n = (int)e->nkids - 1;
    setline(f, e);
    if (callee->kind == A_ATOM) {
        CgFun *fn = cg_local_fun(f->cg, callee->text, n);
        if (fn && f->gfail < 0) return local_call(f, e, fn, args, n, tail);
        const char *mod = import_of(f->cg, callee->text, n);
        if (mod) return remote_call(f, e, mod, callee->text, args, n, tail);
        int fl = cg_bif_flags("erlang", callee->text, n);
        if (fl >= 0 && (fl & CG_BF_AUTO)) return remote_call(f, e, "erlang", callee->text, args, n, tail);
        if (fn) return local_call(f, e, fn, args, n, tail);
        cg_error(f->cg, e, "function %s/%d undefined", callee->text, n);
        return atom(f, "undefined");
    }
    if (callee->kind == A_REMOTE) {
        const Ast *m = callee->kids[0], *fn = callee->kids[1];
        if (m->kind == A_ATOM && fn->kind == A_ATOM)
            return remote_call(f, e, m->text, fn->text, args, n, tail);
        int a = push_args(f, args, (size_t)n);
        f->top = a + n;
        cg_expr_to(f, m, a + n);
        f->top = a + n + 1;
        cg_expr_to(f, fn, a + n + 1);
        setline(f, e);
        if (tail) {
            cg_ins(f, OPC_TAIL_APPLY_MF);
            cg_raw(f, (uint64_t)a);
            cg_raw(f, (uint64_t)n);
            return atom(f, "ok");
        }
        cg_ins(f, OPC_APPLY_MF);
        cg_slot(f, a);
        cg_raw(f, (uint64_t)n);
        return call_result(f, a);
    }
    int a = push_args(f, args, (size_t)n);
    f->top = a + n;
    cg_expr_to(f, callee, a + n);
    setline(f, e);
    if (tail) {
        cg_ins(f, OPC_TAIL_CALL_FUN);
        cg_raw(f, (uint64_t)a);
        cg_raw(f, (uint64_t)n);
        return atom(f, "ok");
    }
    cg_ins(f, OPC_CALL_FUN);
    cg_slot(f, a);
    cg_raw(f, (uint64_t)n);
    return call_result(f, a);
}

/* ---- operators ---- */

static CgOpnd bool_value(CgFn *f, const Ast *e) {
    int dst = cg_temp(f);
    int no = cg_label(f->cg), done = cg_label(f->cg);
    cg_cmp_test(f, e, no);
    cg_move(f, atom(f, "true"), dst);
    jump(f, done);
    cg_place(f, no);
    cg_move(f, atom(f, "false"), dst);
    cg_place(f, done);
    f->top = dst + 1;
    return cg_slot_op(dst);
}

/* andalso / orelse: the left side must be a boolean, the right side is
 * the value (tail position when the whole is). */
static CgOpnd short_circuit(CgFn *f, const Ast *e, int tail) {
    int is_and = e->op == OP_ANDALSO;
    uint8_t *in = NULL;
    int save = f->top;
    CgOpnd l = cg_expr(f, e->kids[0]);
    int dst;
    if (l.kind == SRC_SLOT && l.v >= save) { dst = (int)l.v; f->top = dst + 1; }
    else { f->top = save; dst = cg_temp(f); }
    int other = cg_label(f->cg), done = cg_label(f->cg), bad = cg_label(f->cg);
    cg_ins(f, OPC_IS_EQ_EXACT);
    cg_lab(f, other);
    cg_src(f, l);
    cg_src(f, atom(f, is_and ? "true" : "false"));
    in = snap(f);
    branch_result(f, e->kids[1], tail, dst, done);
    restore(f, in);
    free(in);
    cg_place(f, other);
    cg_ins(f, OPC_IS_EQ_EXACT);
    cg_lab(f, f->gfail >= 0 ? f->gfail : bad);
    cg_src(f, l);
    cg_src(f, atom(f, is_and ? "false" : "true"));
    if (tail) cg_return(f, atom(f, is_and ? "false" : "true"));
    else { cg_move(f, atom(f, is_and ? "false" : "true"), dst); jump(f, done); }
    cg_place(f, bad);
    if (f->gfail < 0) { f->top = dst + 1; raise_tagged(f, "badarg", l); }
    else jump(f, f->gfail);
    cg_place(f, done);
    f->top = dst + 1;
    return cg_slot_op(dst);
}

static CgOpnd arith(CgFn *f, int op, const Ast *l, const Ast *r) {
    int save = f->top;
    CgOpnd a = cg_expr(f, l);
    CgOpnd b = r ? cg_expr(f, r) : a;
    f->top = save;
    int dst = cg_temp(f);
    cg_ins(f, op);
    cg_fail(f, f->gfail);
    cg_src(f, a);
    if (r) cg_src(f, b);
    cg_slot(f, dst);
    return cg_slot_op(dst);
}

static CgOpnd gen_op(CgFn *f, const Ast *e, int tail) {
    const Ast *l = e->kids[0], *r = e->nkids > 1 ? e->kids[1] : NULL;
    setline(f, e);
    switch (e->op) {
    case OP_ADD: return arith(f, OPC_ADD, l, r);
    case OP_SUB: return arith(f, OPC_SUB, l, r);
    case OP_MUL: return arith(f, OPC_MUL, l, r);
    case OP_FDIV: return arith(f, OPC_FDIV, l, r);
    case OP_DIV: return arith(f, OPC_IDIV, l, r);
    case OP_REM: return arith(f, OPC_REM, l, r);
    case OP_BAND: return arith(f, OPC_BAND, l, r);
    case OP_BOR: return arith(f, OPC_BOR, l, r);
    case OP_BXOR: return arith(f, OPC_BXOR, l, r);
    case OP_BSL: return arith(f, OPC_BSL, l, r);
    case OP_BSR: return arith(f, OPC_BSR, l, r);
    case OP_AND: case OP_OR: case OP_XOR: {
        const Ast *args[2] = {l, r};
        return bif_op(f, "erlang", e->op == OP_AND ? "and" : e->op == OP_OR ? "or" : "xor", args, 2);
    }
    case OP_ANDALSO: case OP_ORELSE:
        return short_circuit(f, e, tail);
    case OP_EQ: case OP_NE: case OP_EXACT_EQ: case OP_EXACT_NE:
    case OP_LT: case OP_LE: case OP_GT: case OP_GE:
        return bool_value(f, e);
    case OP_APPEND: case OP_SUBTRACT: {
        const Ast *args[2] = {l, r};
        return remote_call(f, e, "erlang", e->op == OP_APPEND ? "++" : "--", args, 2, tail);
    }
    case OP_SEND: {
        int save = f->top;
        CgOpnd a = cg_expr(f, l);
        CgOpnd b = cg_expr(f, r);
        f->top = save;
        int dst = cg_temp(f);
        setline(f, e);
        cg_ins(f, OPC_SEND);
        cg_src(f, a);
        cg_src(f, b);
        cg_slot(f, dst);
        return cg_slot_op(dst);
    }
    default:
        cg_error(f->cg, e, "unsupported operator");
        return atom(f, "false");
    }
}

static CgOpnd gen_unop(CgFn *f, const Ast *e) {
    setline(f, e);
    if (cg_is_const(e)) return cg_const_op(f->cg, e);
    switch (e->op) {
    case OP_NEG: case OP_SUB: return arith(f, OPC_NEG, e->kids[0], NULL);
    case OP_BNOT: return arith(f, OPC_BNOT, e->kids[0], NULL);
    case OP_NOT: return bif_op(f, "erlang", "not", (const Ast *const *)e->kids, 1);
    case OP_PLUS: case OP_ADD: return bif_op(f, "erlang", "+", (const Ast *const *)e->kids, 1);
    default:
        cg_error(f->cg, e, "unsupported operator");
        return atom(f, "false");
    }
}

/* ---- data ---- */

static CgOpnd gen_list(CgFn *f, const Ast *e) {
    size_t n = 0;
    const Ast *p = e;
    for (; p->kind == A_CONS && !cg_is_const(p); p = p->kids[1]) n++;
    int save = f->top;
    CgOpnd *hs = cg_alloc((n + 1) * sizeof *hs);
    size_t i = 0;
    for (const Ast *q = e; i < n; q = q->kids[1], i++) {
        CgOpnd h = cg_expr(f, q->kids[0]);
        hs[i] = h;
    }
    CgOpnd tail = cg_expr(f, p);
    int dst = cg_temp(f);
    /* build from the end; the last cell goes to the lowest temporary,
     * which may be the slot of the first head (read before written) */
    for (size_t k = n; k-- > 0;) {
        int to = k == 0 ? save : dst;
        setline(f, e);
        cg_ins(f, OPC_PUT_LIST);
        cg_src(f, hs[k]);
        cg_src(f, tail);
        cg_slot(f, to);
        tail = cg_slot_op(to);
    }
    free(hs);
    f->top = save + 1;
    return cg_slot_op(save);
}

static CgOpnd gen_tuple(CgFn *f, const Ast *e) {
    int save = f->top;
    CgOpnd *els = cg_alloc((e->nkids + 1) * sizeof *els);
    for (size_t i = 0; i < e->nkids; i++) els[i] = cg_expr(f, e->kids[i]);
    f->top = save;
    int dst = cg_temp(f);
    setline(f, e);
    cg_ins(f, OPC_PUT_TUPLE);
    cg_slot(f, dst);
    cg_raw(f, e->nkids);
    for (size_t i = 0; i < e->nkids; i++) cg_src(f, els[i]);
    free(els);
    return cg_slot_op(dst);
}

static CgOpnd empty_map(CgFn *f) {
    Buf b = {0};
    buf_addc(&b, LIT_MAP);
    bcw_uv(&b, 0);
    CgOpnd o = cg_lit_op(f->cg, &b);
    buf_free(&b);
    return o;
}

/* put_map_assoc / put_map_exact runs over kids[from..] of e onto map m. */
static CgOpnd map_puts(CgFn *f, const Ast *e, size_t from, CgOpnd m) {
    int save = f->top;
    size_t i = from;
    while (i < e->nkids) {
        AstKind k = e->kids[i]->kind;
        size_t j = i;
        while (j < e->nkids && e->kids[j]->kind == k) j++;
        CgOpnd *kv = cg_alloc(2 * (j - i) * sizeof *kv);
        for (size_t q = i; q < j; q++) {
            kv[2 * (q - i)] = cg_expr(f, e->kids[q]->kids[0]);
            kv[2 * (q - i) + 1] = cg_expr(f, e->kids[q]->kids[1]);
        }
        f->top = save;
        int dst = cg_temp(f);
        setline(f, e);
        cg_ins(f, k == A_MAP_EXACT ? OPC_PUT_MAP_EXACT : OPC_PUT_MAP_ASSOC);
        cg_fail(f, f->gfail);
        cg_src(f, m);
        cg_slot(f, dst);
        cg_raw(f, 2 * (j - i));
        for (size_t q = 0; q < 2 * (j - i); q++) cg_src(f, kv[q]);
        free(kv);
        m = cg_slot_op(dst);
        i = j;
    }
    return m;
}

/* ---- funs ---- */

static void preset_setup(CgFn *g, Ast *const *clauses, size_t nclauses) {
    for (int i = 0; i < g->npre; i++) {
        CgPreset *p = &g->pre[i];
        p->own = 0;
        for (size_t c = 0; c < nclauses; c++) {
            CgNames hv = {0};
            if (clauses[c]->nkids > 0) cg_vars_pattern(clauses[c]->kids[0], &hv);
            if (cg_names_has(&hv, p->key)) p->own = 1;
            cg_names_free(&hv);
        }
        if (!p->own) p->var = cg_var_add(g, p->key, p->src);
    }
    for (size_t c = 0; c < nclauses; c++) cg_scan_vars(g, clauses[c]);
    for (int i = 0; i < g->npre; i++)
        if (g->pre[i].own) g->pre[i].var = cg_var_add(g, g->pre[i].key, -1);
    g->top = g->nfixed;
}

static void fn_free(CgFn *g) {
    for (int i = 0; i < g->nvars; i++) free(g->vars[i].key);
    free(g->vars);
    free(g->bound);
    for (int i = 0; i < g->npre; i++) free(g->pre[i].key);
    free(g->pre);
}

static void fn_begin(CgFn *g, Cg *cg, CgFun *out, int nargs) {
    memset(g, 0, sizeof *g);
    g->cg = cg;
    g->out = out;
    g->gfail = -1;
    g->nfixed = nargs;
    g->maxslot = nargs - 1;
}

static void fn_entry(CgFn *g, int line) {
    g->line = line;
    cg_place(g, g->out->entry_label);
    cg_ins(g, OPC_ENTRY);
    cg_raw(g, 0);
    cg_raw(g, (uint64_t)g->out->arity);
}

static void fn_end(CgFn *g) {
    int fs = g->maxslot + 1;
    if (fs < g->out->arity) fs = g->out->arity;
    g->out->cells[g->out->ins[0].first].v = (uint64_t)fs;
}

static int reserve_lambda(Cg *cg) {
    if (cg->nlambdas == cg->clambdas) {
        cg->clambdas = cg->clambdas ? cg->clambdas * 2 : 8;
        cg->lambdas = realloc(cg->lambdas, cg->clambdas * sizeof *cg->lambdas);
        if (!cg->lambdas) cg_fatal(cg, NULL, "out of memory");
    }
    memset(&cg->lambdas[cg->nlambdas], 0, sizeof cg->lambdas[0]);
    return (int)cg->nlambdas++;
}

static void make_fun(CgFn *f, int dst, int lambda, const int *slots, int n) {
    cg_ins(f, OPC_MAKE_FUN);
    cg_slot(f, dst);
    cg_raw(f, (uint64_t)lambda);
    cg_raw(f, (uint64_t)n);
    for (int i = 0; i < n; i++) cg_src(f, cg_slot_op(slots[i]));
}

static CgOpnd gen_fun(CgFn *f, const Ast *e) {
    Cg *cg = f->cg;
    int named = e->kind == A_NAMED_FUN;
    Ast *const *clauses = e->kids;
    size_t nclauses = e->nkids;
    if (nclauses == 0) { cg_error(cg, e, "fun without clauses"); return atom(f, "false"); }
    int arity = clauses[0]->nkids > 0 && clauses[0]->kids[0] ? (int)clauses[0]->kids[0]->nkids : 0;
    /* free variables: used inside and bound here, in order of first use */
    CgNames all = {0};
    cg_vars_all(e, &all);
    int *fslots = cg_alloc(((size_t)all.n + 1) * sizeof *fslots);
    char **fkeys = cg_alloc(((size_t)all.n + 1) * sizeof *fkeys);
    int nfree = 0;
    for (int i = 0; i < all.n; i++) {
        if (named && strcmp(all.v[i], e->text) == 0) continue;
        int vi = cg_var_find(f, all.v[i]);
        if (vi < 0 || !f->bound[vi]) continue;
        fslots[nfree] = f->vars[vi].slot;
        fkeys[nfree] = all.v[i];
        nfree++;
    }
    int lambda = reserve_lambda(cg);
    char name[600];
    int kernel = named ? cg->kernel_count++ : 0;
    CgFun *out = cg_new_fun(cg, "", arity + nfree);
    cg->lambdas[lambda] = (CgLambda){out, arity, nfree};
    CgFn g;
    fn_begin(&g, cg, out, arity + nfree);
    int self = -1;
    if (named) {
        CgNames uses = {0};
        for (size_t c = 0; c < nclauses; c++) cg_vars_all(clauses[c], &uses);
        if (cg_names_has(&uses, e->text)) self = g.nfixed++;
        cg_names_free(&uses);
    }
    g.npre = nfree + (self >= 0);
    g.pre = cg_alloc(((size_t)g.npre + 1) * sizeof *g.pre);
    for (int i = 0; i < nfree; i++) g.pre[i] = (CgPreset){cg_strdup(fkeys[i]), -1, arity + i, 0};
    if (self >= 0) g.pre[nfree] = (CgPreset){cg_strdup(e->text), -1, self, 0};
    preset_setup(&g, clauses, nclauses);
    fn_entry(&g, e->line);
    if (self >= 0) {
        int *fs = cg_alloc(((size_t)nfree + 1) * sizeof *fs);
        for (int i = 0; i < nfree; i++) fs[i] = arity + i;
        make_fun(&g, self, lambda, fs, nfree);
        free(fs);
    }
    cg_clauses(&g, clauses, nclauses, arity);
    fn_end(&g);
    fn_free(&g);
    int core = cg->core_count++;
    if (named)
        snprintf(name, sizeof name, "-%s/%d-%s/%d-%d-", cg->outer_name, cg->outer_arity, e->text, arity, kernel);
    else
        snprintf(name, sizeof name, "-%s/%d-fun-%d-", cg->outer_name, cg->outer_arity, core);
    free(out->name);
    out->name = cg_strdup(name);
    setline(f, e);
    int dst = cg_temp(f);
    make_fun(f, dst, lambda, fslots, nfree);
    free(fslots);
    free(fkeys);
    cg_names_free(&all);
    return cg_slot_op(dst);
}

static CgOpnd export_lit(CgFn *f, const char *m, const char *fn, int64_t arity) {
    Buf b = {0};
    buf_addc(&b, LIT_EXPORT);
    bcw_uv(&b, cg_atom(f->cg, m));
    bcw_uv(&b, cg_atom(f->cg, fn));
    bcw_uv(&b, (uint64_t)arity);
    CgOpnd o = cg_lit_op(f->cg, &b);
    buf_free(&b);
    return o;
}

static CgOpnd gen_fun_ref(CgFn *f, const Ast *e) {
    int arity = (int)e->ival;
    CgFun *fn = cg_local_fun(f->cg, e->text, arity);
    f->cg->core_count++;
    if (!fn) {
        const char *mod = import_of(f->cg, e->text, arity);
        if (mod) return export_lit(f, mod, e->text, arity);
        int fl = cg_bif_flags("erlang", e->text, arity);
        if (fl >= 0 && (fl & CG_BF_AUTO)) return export_lit(f, "erlang", e->text, arity);
        cg_error(f->cg, e, "function %s/%d undefined", e->text, arity);
        return atom(f, "undefined");
    }
    int lambda = reserve_lambda(f->cg);
    f->cg->lambdas[lambda] = (CgLambda){fn, arity, 0};
    int dst = cg_temp(f);
    setline(f, e);
    make_fun(f, dst, lambda, NULL, 0);
    return cg_slot_op(dst);
}

static CgOpnd gen_fun_ext(CgFn *f, const Ast *e) {
    const Ast *m = e->kids[0], *fn = e->kids[1], *a = e->kids[2];
    if (m->kind == A_ATOM && fn->kind == A_ATOM && a->kind == A_INT && a->ival >= 0 && a->ival <= 255)
        return export_lit(f, m->text, fn->text, a->ival);
    return remote_call(f, e, "erlang", "make_fun", (const Ast *const *)e->kids, 3, 0);
}

/* ---- list comprehensions ---- */

/* A filter: guard tests fail to skip; other expressions must give a boolean. */
static void lc_filter(CgFn *f, const Ast *q, int skip) {
    int save = f->top;
    setline(f, q);
    if (cg_is_guard_expr(f, q)) {
        int g = f->gfail;
        f->gfail = skip;
        cg_test(f, q, skip);
        f->gfail = g;
        f->top = save;
        return;
    }
    CgOpnd v = cg_expr(f, q);
    int nt = cg_label(f->cg), bf = cg_label(f->cg), ok = cg_label(f->cg);
    cg_ins(f, OPC_IS_EQ_EXACT); cg_lab(f, nt); cg_src(f, v); cg_src(f, atom(f, "true"));
    jump(f, ok);
    cg_place(f, nt);
    cg_ins(f, OPC_IS_EQ_EXACT); cg_lab(f, bf); cg_src(f, v); cg_src(f, atom(f, "false"));
    jump(f, skip);
    cg_place(f, bf);
    raise_tagged(f, "bad_filter", v);
    cg_place(f, ok);
    f->top = save;
}

typedef struct LcParent { CgFun *fun; int nctx; int tail_index; } LcParent;

static int next_gen(const Ast *lc, size_t from) {
    for (size_t i = from; i < lc->nkids; i++)
        if (lc->kids[i]->kind == A_GENERATE) return (int)i;
    return -1;
}

/* Tail-call fn with the argument slots args[0..n-1]. */
static void tail_local(CgFn *f, CgFun *fn, const int *args, int n) {
    int a = f->top;
    for (int i = 0; i < n; i++) cg_move(f, cg_slot_op(args[i]), a + i);
    cg_touch(f, a + n);
    cg_ins(f, OPC_TAIL_CALL);
    cg_lab(f, fn->entry_label);
    cg_raw(f, (uint64_t)a);
    cg_raw(f, (uint64_t)n);
}

static CgFun *lc_helper(Cg *cg, const Ast *lc, int gi, char **ctx, int nctx, const LcParent *parent) {
    const Ast *gen = lc->kids[gi];
    const Ast *pat = gen->kids[0];
    char name[600];
    snprintf(name, sizeof name, "-%s/%d-lc$^%d/1-%d-", cg->outer_name, cg->outer_arity,
             cg->core_count++, cg->kernel_count++);
    CgFun *out = cg_new_fun(cg, name, 1 + nctx);
    CgFn g;
    fn_begin(&g, cg, out, 1 + nctx);
    CgNames pv = {0};
    cg_vars_pattern(pat, &pv);
    char **keys = cg_alloc(((size_t)nctx + 1) * sizeof *keys);
    for (int i = 0; i < nctx; i++) {
        keys[i] = cg_names_has(&pv, ctx[i]) ? cg_synth_key(cg, "shadow") : cg_strdup(ctx[i]);
        int vi = cg_var_add(&g, keys[i], 1 + i);
        g.bound[vi] = 1;
    }
    cg_names_free(&pv);
    char *tkey = cg_synth_key(cg, "tail");
    int tvar = cg_var_add(&g, tkey, -1);
    int ng = next_gen(lc, (size_t)gi + 1);
    size_t qend = ng < 0 ? lc->nkids : (size_t)ng;
    cg_scan_vars(&g, pat);
    for (size_t q = (size_t)gi + 1; q < qend; q++) cg_scan_vars(&g, lc->kids[q]);
    if (ng >= 0) cg_scan_vars(&g, lc->kids[ng]->kids[1]);
    else cg_scan_vars(&g, lc->kids[0]);
    g.top = g.nfixed;
    fn_entry(&g, gen->line);
    int notcons = cg_label(cg), skip = cg_label(cg), bad = cg_label(cg);
    cg_ins(&g, OPC_IS_NONEMPTY_LIST); cg_lab(&g, notcons); cg_src(&g, cg_slot_op(0));
    int h = cg_temp(&g);
    cg_ins(&g, OPC_GET_LIST); cg_src(&g, cg_slot_op(0)); cg_slot(&g, h); cg_slot(&g, g.vars[tvar].slot);
    g.bound[tvar] = 1;
    cg_match(&g, pat, cg_slot_op(h), skip);
    g.top = g.nfixed;
    for (size_t q = (size_t)gi + 1; q < qend; q++) lc_filter(&g, lc->kids[q], skip);
    /* self(Tail, ctx...) */
    int *selfargs = cg_alloc(((size_t)nctx + 1) * sizeof *selfargs);
    selfargs[0] = g.vars[tvar].slot;
    for (int i = 0; i < nctx; i++) selfargs[i + 1] = 1 + i;
    if (ng >= 0) {
        /* context of the next helper: everything bound here, ours first */
        int nnext = 0, tidx = -1;
        char **next = cg_alloc(((size_t)g.nvars + 1) * sizeof *next);
        int *nslots = cg_alloc(((size_t)g.nvars + 1) * sizeof *nslots);
        for (int v = 0; v < g.nvars; v++) {
            if (!g.bound[v]) continue;
            if (v == tvar) tidx = nnext;
            next[nnext] = g.vars[v].key;
            nslots[nnext++] = g.vars[v].slot;
        }
        LcParent me = {out, nctx, tidx};
        CgFun *child = lc_helper(cg, lc, ng, next, nnext, &me);
        int a = g.top;
        cg_expr_to(&g, lc->kids[ng]->kids[1], a);
        for (int i = 0; i < nnext; i++) cg_move(&g, cg_slot_op(nslots[i]), a + 1 + i);
        cg_touch(&g, a + 1 + nnext);
        setline(&g, lc->kids[ng]);
        cg_ins(&g, OPC_TAIL_CALL);
        cg_lab(&g, child->entry_label);
        cg_raw(&g, (uint64_t)a);
        cg_raw(&g, (uint64_t)(1 + nnext));
        free(next);
        free(nslots);
    } else {
        int v = g.top;
        cg_expr_to(&g, lc->kids[0], v);
        g.top = v + 1;
        int a = g.top;
        for (int i = 0; i < nctx + 1; i++) cg_move(&g, cg_slot_op(selfargs[i]), a + i);
        cg_touch(&g, a + nctx + 1);
        setline(&g, lc->kids[0]);
        cg_ins(&g, OPC_CALL);
        cg_slot(&g, a);
        cg_lab(&g, out->entry_label);
        cg_ins(&g, OPC_PUT_LIST);
        cg_src(&g, cg_slot_op(v));
        cg_src(&g, cg_slot_op(a));
        cg_slot(&g, 0);
        cg_ins(&g, OPC_RETURN);
        cg_src(&g, cg_slot_op(0));
    }
    g.top = g.nfixed;
    cg_place(&g, skip);
    tail_local(&g, out, selfargs, nctx + 1);
    cg_place(&g, notcons);
    cg_ins(&g, OPC_IS_NIL); cg_lab(&g, bad); cg_src(&g, cg_slot_op(0));
    if (!parent) {
        cg_return(&g, (CgOpnd){SRC_NIL, 0});
    } else {
        int *pargs = cg_alloc(((size_t)parent->nctx + 1) * sizeof *pargs);
        pargs[0] = 1 + parent->tail_index;
        for (int i = 0; i < parent->nctx; i++) pargs[i + 1] = 1 + i;
        tail_local(&g, parent->fun, pargs, parent->nctx + 1);
        free(pargs);
    }
    cg_place(&g, bad);
    raise_tagged(&g, "bad_generator", cg_slot_op(0));
    fn_end(&g);
    free(selfargs);
    for (int i = 0; i < nctx; i++) free(keys[i]);
    free(keys);
    free(tkey);
    fn_free(&g);
    return out;
}

static CgOpnd gen_lc(CgFn *f, const Ast *e) {
    int g0 = next_gen(e, 1);
    int dst = cg_temp(f);
    int empty = cg_label(f->cg), done = cg_label(f->cg);
    size_t lead_end = g0 < 0 ? e->nkids : (size_t)g0;
    for (size_t q = 1; q < lead_end; q++) lc_filter(f, e->kids[q], empty);
    setline(f, e);
    if (g0 < 0) {
        int save = f->top;
        CgOpnd v = cg_expr(f, e->kids[0]);
        cg_ins(f, OPC_PUT_LIST); cg_src(f, v); cg_src(f, (CgOpnd){SRC_NIL, 0}); cg_slot(f, dst);
        f->top = save;
    } else {
        CgNames used = {0};
        cg_vars_all(e->kids[0], &used);
        for (size_t q = (size_t)g0; q < e->nkids; q++) cg_vars_all(e->kids[q], &used);
        char **ctx = cg_alloc(((size_t)used.n + 1) * sizeof *ctx);
        int *slots = cg_alloc(((size_t)used.n + 1) * sizeof *slots);
        int n = 0;
        for (int i = 0; i < used.n; i++) {
            int vi = cg_var_find(f, used.v[i]);
            if (vi < 0 || !f->bound[vi]) continue;
            ctx[n] = used.v[i];
            slots[n++] = f->vars[vi].slot;
        }
        CgFun *helper = lc_helper(f->cg, e, g0, ctx, n, NULL);
        int a = f->top;
        cg_expr_to(f, e->kids[g0]->kids[1], a);
        for (int i = 0; i < n; i++) cg_move(f, cg_slot_op(slots[i]), a + 1 + i);
        cg_touch(f, a + 1 + n);
        setline(f, e);
        cg_ins(f, OPC_CALL);
        cg_slot(f, a);
        cg_lab(f, helper->entry_label);
        cg_move(f, cg_slot_op(a), dst);
        free(ctx);
        free(slots);
        cg_names_free(&used);
    }
    jump(f, done);
    cg_place(f, empty);
    cg_move(f, (CgOpnd){SRC_NIL, 0}, dst);
    cg_place(f, done);
    f->top = dst + 1;
    return cg_slot_op(dst);
}

/* ---- the dispatcher ---- */

static CgOpnd gen_match(CgFn *f, const Ast *e) {
    const Ast *p = e->kids[0];
    int save = f->top;
    if (p->kind == A_VAR && strcmp(p->text, "_") != 0) {
        int vi = cg_var_find(f, p->text);
        if (vi >= 0 && !f->bound[vi]) {
            int slot = f->vars[vi].slot;
            CgOpnd v = cg_expr(f, e->kids[1]);
            cg_move(f, v, slot);
            f->bound[vi] = 1;
            f->top = save;
            return cg_slot_op(slot);
        }
    }
    CgOpnd v = cg_expr(f, e->kids[1]);
    if (v.kind == SRC_SLOT && v.v >= save) f->top = (int)v.v + 1;
    int bad = cg_label(f->cg), ok = cg_label(f->cg);
    setline(f, e);
    cg_match(f, p, v, bad);
    jump(f, ok);
    cg_place(f, bad);
    setline(f, e);
    cg_ins(f, OPC_BADMATCH);
    cg_src(f, v);
    cg_place(f, ok);
    return v;
}

static CgOpnd expr_tail(CgFn *f, const Ast *e, int tail) {
    if (!e) {
        if (tail) cg_return(f, atom(f, "ok"));
        return atom(f, "ok");
    }
    setline(f, e);
    CgOpnd r;
    switch (e->kind) {
    case A_CALL: return gen_call(f, e, tail);
    case A_CASE: return gen_case(f, e, tail);
    case A_IF: return gen_if(f, e, tail);
    case A_RECEIVE: return gen_receive(f, e, tail);
    case A_BLOCK: {
        Ast seq = *e;
        seq.kind = A_SEQ;
        return cg_body(f, &seq, tail);
    }
    case A_TRY: r = gen_try(f, e, tail); if (tail && !(e->nkids > 3 && e->kids[3]) ) return r; break;
    case A_OP:
        if (e->op == OP_ANDALSO || e->op == OP_ORELSE) return short_circuit(f, e, tail);
        if ((e->op == OP_APPEND || e->op == OP_SUBTRACT) && tail) return gen_op(f, e, tail);
        r = cg_expr(f, e);
        break;
    default:
        r = cg_expr(f, e);
    }
    if (tail) cg_return(f, r);
    return r;
}

CgOpnd cg_expr(CgFn *f, const Ast *e) {
    if (!e) return atom(f, "ok");
    setline(f, e);
    if (cg_is_const(e)) return cg_const_op(f->cg, e);
    switch (e->kind) {
    case A_VAR: {
        int vi = cg_var_find(f, e->text);
        if (vi < 0 || !f->bound[vi]) {
            cg_error(f->cg, e, "variable '%s' is unbound", e->text);
            return atom(f, "undefined");
        }
        return cg_slot_op(f->vars[vi].slot);
    }
    case A_CONS: return gen_list(f, e);
    case A_TUPLE: return gen_tuple(f, e);
    case A_BIN: return cg_bin_build(f, e);
    case A_MAP: return map_puts(f, e, 0, empty_map(f));
    case A_MAP_UPDATE: {
        int save = f->top;
        CgOpnd m = cg_expr(f, e->kids[0]);
        CgOpnd r = map_puts(f, e, 1, m);
        if (r.kind == SRC_SLOT && r.v >= save) {
            f->top = save;
            int d = cg_temp(f);
            cg_move(f, r, d);
            return cg_slot_op(d);
        }
        return r;
    }
    case A_MATCH: return gen_match(f, e);
    case A_OP: return gen_op(f, e, 0);
    case A_UNOP: return gen_unop(f, e);
    case A_CALL: return gen_call(f, e, 0);
    case A_CASE: return gen_case(f, e, 0);
    case A_IF: return gen_if(f, e, 0);
    case A_RECEIVE: return gen_receive(f, e, 0);
    case A_BLOCK: {
        Ast seq = *e;
        seq.kind = A_SEQ;
        return cg_body(f, &seq, 0);
    }
    case A_TRY: return gen_try(f, e, 0);
    case A_CATCH: return gen_catch(f, e);
    case A_FUN: case A_NAMED_FUN: return gen_fun(f, e);
    case A_FUN_REF: return gen_fun_ref(f, e);
    case A_FUN_EXT: return gen_fun_ext(f, e);
    case A_LC: return gen_lc(f, e);
    default:
        cg_error(f->cg, e, "unsupported expression");
        return atom(f, "undefined");
    }
}

/* ---- function clauses ---- */

void cg_clauses(CgFn *f, Ast *const *clauses, size_t n, int arity) {
    for (size_t c = 0; c < n; c++) {
        const Ast *pats, *guard, *body;
        clause_parts(clauses[c], &pats, &guard, &body);
        setline(f, clauses[c]);
        if (f->nvars) memset(f->bound, 0, (size_t)f->nvars);
        f->top = f->nfixed;
        CgNames hv = {0};
        if (pats) cg_vars_pattern(pats, &hv);
        for (int i = 0; i < f->npre; i++) {
            CgPreset *p = &f->pre[i];
            if (!p->own) { f->bound[p->var] = 1; continue; }
            if (cg_names_has(&hv, p->key)) continue;
            cg_move(f, cg_slot_op(p->src), f->vars[p->var].slot);
            f->bound[p->var] = 1;
        }
        cg_names_free(&hv);
        int next = cg_label(f->cg);
        for (int i = 0; pats && i < arity && (size_t)i < pats->nkids; i++)
            cg_match(f, pats->kids[i], cg_slot_op(i), next);
        cg_guard(f, guard, next);
        cg_body(f, body, 1);
        cg_place(f, next);
    }
    if (n > 0) setline(f, clauses[0]);
    cg_ins(f, OPC_FUNCTION_CLAUSE);
}
