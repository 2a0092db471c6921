/* records.c — record expansion: every record construction, update, access,
 * index, pattern and is_record/2 test becomes plain tuple code, so the code
 * generator never sees a record.  Mismatches raise {badrecord, Term} as in
 * OTP 25.  Generated variables are named "%rN..." (impossible in source). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pp.h"

typedef struct Rx {
    const RecTable *recs;
    const char *file;
    Diags *d;
    int tmp;        /* counter for fresh variable names */
    int depth;      /* guards against records whose defaults nest forever */
    int seq;        /* form number of the function being expanded */
} Rx;

const RecDef *rec_find(const RecTable *recs, const char *name) {
    for (size_t i = 0; i < recs->n; i++)
        if (!strcmp(recs->v[i].name, name)) return &recs->v[i];
    return NULL;
}

void rec_free(RecTable *recs) {
    for (size_t i = 0; i < recs->n; i++) {
        for (size_t j = 0; j < recs->v[i].nfields; j++) {
            free(recs->v[i].fields[j].name);
            ast_free(recs->v[i].fields[j].def);
        }
        free(recs->v[i].fields);
        free(recs->v[i].name);
    }
    free(recs->v);
    memset(recs, 0, sizeof *recs);
}

static Ast *expr(Rx *rx, Ast *e);
static Ast *pat(Rx *rx, Ast *p);
static void guard(Rx *rx, Ast *g);

static Ast *fresh(Rx *rx, int line, int col, int n) {
    char name[48];
    snprintf(name, sizeof name, "%%r%d_%d", rx->tmp, n);
    return ast_var(name, line, col);
}

static const RecDef *lookup(Rx *rx, const char *name, int line, int col) {
    const RecDef *r = rec_find(rx->recs, name);
    if (r && r->seq > rx->seq) r = NULL;    /* defined after this function */
    if (r) ((RecDef *)r)->used = 1;
    if (!r) diag_error(rx->d, rx->file, line, col, "record %s undefined", name);
    return r;
}

static int field_index(const RecDef *r, const char *f) {
    for (size_t i = 0; i < r->nfields; i++)
        if (!strcmp(r->fields[i].name, f)) return (int)i;
    return -1;
}

/* The field's position from the parser (A_RECORD_ACCESS / A_RECORD_INDEX). */
static void field_pos(const Ast *a, int *line, int *col) {
    *line = (int)(a->ival >> 32);
    *col = (int)(a->ival & 0xFFFFFFFF);
    if (*line == 0) { *line = a->line; *col = a->col; }
}

/* Check the fields named in a record expression; 0 when one is unknown. */
static int check_fields(Rx *rx, const RecDef *r, Ast *rec, size_t from) {
    int ok = 1;
    for (size_t i = from; i < rec->nkids; i++) {
        Ast *f = rec->kids[i];
        if (strcmp(f->text, "_") != 0 && field_index(r, f->text) < 0) {
            diag_error(rx->d, rx->file, f->line, f->col, "field %s undefined in record %s", f->text, r->name);
            ok = 0;
        }
    }
    return ok;
}

/* The value given for field i in rec's fields (from index `from`), or the
 * '_' catch-all's, or NULL. */
static Ast *given(Ast *rec, size_t from, const char *field, int *is_default) {
    Ast *any = NULL;
    *is_default = 0;
    for (size_t i = from; i < rec->nkids; i++) {
        Ast *f = rec->kids[i];
        if (!strcmp(f->text, field)) return f->kids[0];
        if (!strcmp(f->text, "_")) any = f->kids[0];
    }
    *is_default = any != NULL;
    return any;
}

static Ast *badrecord(int line, int col, Ast *var) {
    Ast *callee = ast_add(ast_add(ast_new(A_REMOTE, line, col), ast_atom("erlang", line, col)),
                          ast_atom("error", line, col));
    Ast *reason = ast_add(ast_add(ast_new(A_TUPLE, line, col), ast_atom("badrecord", line, col)), var);
    return ast_add(ast_add(ast_new(A_CALL, line, col), callee), reason);
}

static Ast *clause1(Ast *pattern, Ast *body) {
    Ast *c = ast_new(A_CLAUSE, pattern->line, pattern->col);
    ast_add(c, ast_add(ast_new(A_SEQ, pattern->line, pattern->col), pattern));
    ast_add(c, NULL);
    ast_add(c, ast_add(ast_new(A_SEQ, body->line, body->col), body));
    return c;
}

/* #r{f = V, ...} as an expression: {r, V1, ..., Vn}. */
static Ast *construct(Rx *rx, Ast *rec) {
    const RecDef *r = lookup(rx, rec->text, rec->line, rec->col);
    for (size_t i = 0; i < rec->nkids; i++) rec->kids[i]->kids[0] = expr(rx, rec->kids[i]->kids[0]);
    if (!r || !check_fields(rx, r, rec, 0)) return rec;
    Ast *t = ast_new(A_TUPLE, rec->line, rec->col);
    ast_add(t, ast_atom(r->name, rec->line, rec->col));
    for (size_t i = 0; i < r->nfields; i++) {
        int isdef;
        Ast *v = given(rec, 0, r->fields[i].name, &isdef);
        if (v) v = ast_copy(v);
        else if (r->fields[i].def && rx->depth < 50) {
            rx->depth++;
            v = expr(rx, ast_copy(r->fields[i].def));
            rx->depth--;
        } else v = ast_atom("undefined", rec->line, rec->col);
        ast_add(t, v);
    }
    ast_free(rec);
    return t;
}

/* A literal that can never be a record (erl_lint warns, the code fails). */
static void literal_subject(Rx *rx, const Ast *rec, const Ast *subj) {
    switch (subj->kind) {
    case A_INT: case A_BIGINT: case A_FLOAT: case A_ATOM: case A_STRING: case A_NIL: case A_CONS:
    case A_BIN: case A_MAP: case A_FUN: case A_FUN_REF: case A_FUN_EXT: case A_LC:
        diag_warning(rx->d, rx->file, rec->line, rec->col, "invalid record expression");
        return;
    default:
        return;
    }
}

/* E#r{f = V}: case E of {r, X1, ..} = %R -> {r, V or Xi, ..}; %R -> error end */
static Ast *update(Rx *rx, Ast *rec) {
    const RecDef *r = lookup(rx, rec->text, rec->line, rec->col);
    rec->kids[0] = expr(rx, rec->kids[0]);
    for (size_t i = 1; i < rec->nkids; i++) rec->kids[i]->kids[0] = expr(rx, rec->kids[i]->kids[0]);
    literal_subject(rx, rec, rec->kids[0]);
    if (!r || !check_fields(rx, r, rec, 1)) return rec;
    int l = rec->line, c = rec->col;
    ++rx->tmp;
    Ast *tp = ast_add(ast_new(A_TUPLE, l, c), ast_atom(r->name, l, c));
    Ast *tb = ast_add(ast_new(A_TUPLE, l, c), ast_atom(r->name, l, c));
    for (size_t i = 0; i < r->nfields; i++) {
        Ast *v = NULL;
        for (size_t k = 1; k < rec->nkids; k++)
            if (!strcmp(rec->kids[k]->text, r->fields[i].name)) v = rec->kids[k]->kids[0];
        if (v) {
            ast_add(tp, ast_var("_", l, c));
            ast_add(tb, ast_copy(v));
        } else {
            ast_add(tp, fresh(rx, l, c, (int)i + 1));
            ast_add(tb, fresh(rx, l, c, (int)i + 1));
        }
    }
    Ast *cs = ast_new(A_CASE, l, c);
    ast_add(cs, rec->kids[0]);
    rec->kids[0] = NULL;
    ast_add(cs, clause1(tp, tb));
    ast_add(cs, clause1(fresh(rx, l, c, 0), badrecord(l, c, fresh(rx, l, c, 0))));
    ast_free(rec);
    return cs;
}

/* E#r.f: case E of {r, _, .., X, .., _} -> X; %R -> error end */
static Ast *access(Rx *rx, Ast *a) {
    const RecDef *r = lookup(rx, a->text, a->line, a->col);
    a->kids[0] = expr(rx, a->kids[0]);
    literal_subject(rx, a, a->kids[0]);
    if (!r) return a;
    int fi = field_index(r, a->field);
    if (fi < 0) {
        int fl, fc;
        field_pos(a, &fl, &fc);
        diag_error(rx->d, rx->file, fl, fc, "field %s undefined in record %s", a->field, r->name);
        return a;
    }
    int l = a->line, c = a->col;
    ++rx->tmp;
    Ast *tp = ast_add(ast_new(A_TUPLE, l, c), ast_atom(r->name, l, c));
    for (size_t i = 0; i < r->nfields; i++)
        ast_add(tp, (int)i == fi ? fresh(rx, l, c, 1) : ast_var("_", l, c));
    Ast *cs = ast_new(A_CASE, l, c);
    ast_add(cs, a->kids[0]);
    a->kids[0] = NULL;
    ast_add(cs, clause1(tp, fresh(rx, l, c, 1)));
    ast_add(cs, clause1(fresh(rx, l, c, 0), badrecord(l, c, fresh(rx, l, c, 0))));
    ast_free(a);
    return cs;
}

static Ast *index_of(Rx *rx, Ast *a) {
    const RecDef *r = lookup(rx, a->text, a->line, a->col);
    if (!r) return a;
    int fi = field_index(r, a->field);
    if (fi < 0) {
        int fl, fc;
        field_pos(a, &fl, &fc);
        diag_error(rx->d, rx->file, fl, fc, "field %s undefined in record %s", a->field, r->name);
        return a;
    }
    Ast *n = ast_int(fi + 2, a->line, a->col);
    ast_free(a);
    return n;
}

/* record_info(fields, r) and record_info(size, r) are compile-time. */
static Ast *record_info(Rx *rx, Ast *call) {
    Ast *f = call->kids[0];
    if (f->kind != A_ATOM || strcmp(f->text, "record_info") != 0 || call->nkids != 3
        || call->kids[1]->kind != A_ATOM || call->kids[2]->kind != A_ATOM)
        return call;
    const char *what = call->kids[1]->text;
    if (strcmp(what, "fields") != 0 && strcmp(what, "size") != 0) return call;
    Ast *name = call->kids[2];
    const RecDef *r = lookup(rx, name->text, name->line, name->col);
    if (!r) return call;
    int l = call->line, c = call->col;
    Ast *res;
    if (what[0] == 's') {
        res = ast_int((int64_t)r->nfields + 1, l, c);
    } else {
        res = ast_new(A_NIL, l, c);
        for (size_t i = r->nfields; i-- > 0;)
            res = ast_add(ast_add(ast_new(A_CONS, l, c), ast_atom(r->fields[i].name, l, c)), res);
    }
    ast_free(call);
    return res;
}

/* is_record(E, r) and erlang:is_record(E, r) get the size: is_record(E, r, N). */
static void is_record_call(Rx *rx, Ast *call) {
    Ast *f = call->kids[0];
    int local = f->kind == A_ATOM && !strcmp(f->text, "is_record");
    int remote = f->kind == A_REMOTE && f->kids[0]->kind == A_ATOM && f->kids[1]->kind == A_ATOM
                 && !strcmp(f->kids[0]->text, "erlang") && !strcmp(f->kids[1]->text, "is_record");
    if (!(local || remote) || call->nkids != 3 || call->kids[2]->kind != A_ATOM) return;
    Ast *name = call->kids[2];
    const RecDef *r = lookup(rx, name->text, name->line, name->col);
    if (!r) return;
    ast_add(call, ast_int((int64_t)r->nfields + 1, name->line, name->col));
}

static void clause(Rx *rx, Ast *c) {
    Ast *ps = c->kids[0];
    for (size_t i = 0; ps && i < ps->nkids; i++) {
        Ast *p = ps->kids[i];
        if (p && p->kind == A_CATCHPAT) p->kids[1] = pat(rx, p->kids[1]);
        else ps->kids[i] = pat(rx, p);
    }
    if (c->nkids > 1 && c->kids[1]) guard(rx, c->kids[1]);
    if (c->nkids > 2) c->kids[2] = expr(rx, c->kids[2]);
}

static Ast *expr(Rx *rx, Ast *e) {
    if (!e) return e;
    switch (e->kind) {
    case A_RECORD: return construct(rx, e);
    case A_RECORD_UPDATE: return update(rx, e);
    case A_RECORD_ACCESS: return access(rx, e);
    case A_RECORD_INDEX: return index_of(rx, e);
    case A_MATCH:
        e->kids[0] = pat(rx, e->kids[0]);
        e->kids[1] = expr(rx, e->kids[1]);
        return e;
    case A_GENERATE:
        e->kids[0] = pat(rx, e->kids[0]);
        e->kids[1] = expr(rx, e->kids[1]);
        return e;
    case A_CLAUSE:
        clause(rx, e);
        return e;
    case A_CALL:
        for (size_t i = 0; i < e->nkids; i++) e->kids[i] = expr(rx, e->kids[i]);
        is_record_call(rx, e);
        return record_info(rx, e);
    case A_CONS: {
        /* iterate down the tail: lists can be long */
        Ast *cell = e;
        while (cell->kind == A_CONS) {
            cell->kids[0] = expr(rx, cell->kids[0]);
            if (!cell->kids[1] || cell->kids[1]->kind != A_CONS) {
                cell->kids[1] = expr(rx, cell->kids[1]);
                break;
            }
            cell = cell->kids[1];
        }
        return e;
    }
    default:
        for (size_t i = 0; i < e->nkids; i++) e->kids[i] = expr(rx, e->kids[i]);
        return e;
    }
}

static Ast *pat(Rx *rx, Ast *p) {
    if (!p) return p;
    switch (p->kind) {
    case A_RECORD: {
        const RecDef *r = lookup(rx, p->text, p->line, p->col);
        for (size_t i = 0; i < p->nkids; i++) p->kids[i]->kids[0] = pat(rx, p->kids[i]->kids[0]);
        if (!r || !check_fields(rx, r, p, 0)) return p;
        Ast *t = ast_add(ast_new(A_TUPLE, p->line, p->col), ast_atom(r->name, p->line, p->col));
        for (size_t i = 0; i < r->nfields; i++) {
            int isdef;
            Ast *v = given(p, 0, r->fields[i].name, &isdef);
            ast_add(t, v ? ast_copy(v) : ast_var("_", p->line, p->col));
        }
        ast_free(p);
        return t;
    }
    case A_RECORD_INDEX: return index_of(rx, p);
    case A_BINSEG:
        p->kids[0] = pat(rx, p->kids[0]);
        if (p->nkids > 1) p->kids[1] = expr(rx, p->kids[1]);
        return p;
    case A_MAP_ASSOC: case A_MAP_EXACT:
        p->kids[0] = expr(rx, p->kids[0]);
        p->kids[1] = pat(rx, p->kids[1]);
        return p;
    default:
        for (size_t i = 0; i < p->nkids; i++) p->kids[i] = pat(rx, p->kids[i]);
        return p;
    }
}

/* In a guard, E#r.f is element(N, E) with is_record(E, r, Size) put in
 * front of the test that contains it (so the guard fails, not crashes,
 * on a term that is not an r record). */
static Ast *gexpr(Rx *rx, Ast *e, Ast *pre) {
    if (!e) return e;
    for (size_t i = 0; i < e->nkids; i++) e->kids[i] = gexpr(rx, e->kids[i], pre);
    switch (e->kind) {
    case A_RECORD: return construct(rx, e);
    case A_RECORD_INDEX: return index_of(rx, e);
    case A_CALL: is_record_call(rx, e); return e;
    case A_RECORD_ACCESS: {
        const RecDef *r = lookup(rx, e->text, e->line, e->col);
        if (!r) return e;
        int fi = field_index(r, e->field);
        if (fi < 0) {
            int fl, fc;
            field_pos(e, &fl, &fc);
            diag_error(rx->d, rx->file, fl, fc, "field %s undefined in record %s", e->field, r->name);
            return e;
        }
        int l = e->line, c = e->col;
        Ast *subj = e->kids[0];
        e->kids[0] = NULL;
        Ast *test = ast_new(A_CALL, l, c);
        ast_add(test, ast_atom("is_record", l, c));
        ast_add(test, ast_copy(subj));
        ast_add(test, ast_atom(r->name, l, c));
        ast_add(test, ast_int((int64_t)r->nfields + 1, l, c));
        ast_add(pre, test);
        Ast *el = ast_new(A_CALL, l, c);
        ast_add(el, ast_atom("element", l, c));
        ast_add(el, ast_int(fi + 2, l, c));
        ast_add(el, subj);
        ast_free(e);
        return el;
    }
    default:
        return e;
    }
}

static void guard(Rx *rx, Ast *g) {
    for (size_t i = 0; i < g->nkids; i++) {
        Ast *conj = g->kids[i];
        Ast *out = ast_new(A_SEQ, conj->line, conj->col);
        for (size_t k = 0; k < conj->nkids; k++) {
            Ast *pre = ast_new(A_SEQ, 0, 0);
            Ast *t = gexpr(rx, conj->kids[k], pre);
            conj->kids[k] = NULL;
            for (size_t j = 0; j < pre->nkids; j++) {
                ast_add(out, pre->kids[j]);
                pre->kids[j] = NULL;
            }
            ast_free(pre);
            ast_add(out, t);
        }
        ast_free(conj);
        g->kids[i] = out;
    }
}

void rec_expand(AstModule *m, RecTable *recs, const int *fn_seq, const char *file, Diags *diags) {
    Rx rx = {recs, file, diags, 0, 0, 0};
    for (size_t i = 0; i < m->nfunctions; i++) {
        Ast *f = m->functions[i];
        rx.seq = fn_seq ? fn_seq[i] : 1 << 30;
        for (size_t k = 0; k < f->nkids; k++) clause(&rx, f->kids[k]);
    }
}
