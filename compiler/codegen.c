/* codegen.c — the code generator's driver: module and function contexts,
 * instruction emission with symbolic labels, variables, the final layout
 * (labels to instruction indices, Func/Expt/Lamb/Line tables), the
 * generated module_info/0,1, and the Attr and CInf terms. */
#include "cg.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The BIF table, module/name/arity/flags only (the C functions are the VM's). */
typedef struct CgBif { const char *mod, *name; int arity, flags; } CgBif;
#define BF_GUARD CG_BF_GUARD
#define BF_AUTO CG_BF_AUTO
static const CgBif bif_rows[] = {
#define BIF(m, n, a, f, fl) {m, n, a, fl},
#include "bifs.def"
#undef BIF
};
#undef BF_GUARD
#undef BF_AUTO

int cg_bif_flags(const char *mod, const char *name, int arity) {
    for (size_t i = 0; i < sizeof bif_rows / sizeof bif_rows[0]; i++)
        if (bif_rows[i].arity == arity && strcmp(bif_rows[i].name, name) == 0 &&
            strcmp(bif_rows[i].mod, mod) == 0)
            return bif_rows[i].flags;
    return -1;
}

void *cg_alloc(size_t n) {
    void *p = calloc(1, n ? n : 1);
    if (!p) { fputs("beamletc: out of memory\n", stderr); abort(); }
    return p;
}

static void *grow(void *p, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return p;
    size_t c = *cap ? *cap : 8;
    while (c < need) c *= 2;
    p = realloc(p, c * size);
    if (!p) { fputs("beamletc: out of memory\n", stderr); abort(); }
    memset((char *)p + *cap * size, 0, (c - *cap) * size);
    *cap = c;
    return p;
}

char *cg_strdup(const char *s) {
    size_t n = strlen(s);
    char *d = cg_alloc(n + 1);
    memcpy(d, s, n);
    return d;
}

void cg_error(Cg *cg, const Ast *at, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(cg->diags, cg->file, at ? at->line : 0, at ? at->col : 0, "%s", msg);
    cg->nerrors++;
}

_Noreturn void cg_fatal(Cg *cg, const Ast *at, const char *msg) {
    cg_error(cg, at, "%s", msg);
    longjmp(cg->fatal, 1);
}

/* ---- functions, labels, instructions ---- */

CgFun *cg_new_fun(Cg *cg, const char *name, int arity) {
    CgFun *fn = cg_alloc(sizeof *fn);
    fn->name = cg_strdup(name);
    fn->arity = arity;
    fn->entry_label = cg_label(cg);
    cg->funs = grow(cg->funs, &cg->cfuns, cg->nfuns + 1, sizeof *cg->funs);
    cg->funs[cg->nfuns++] = fn;
    cg->lab_fun[fn->entry_label] = fn;
    cg->lab_pos[fn->entry_label] = 0;
    return fn;
}

int cg_label(Cg *cg) {
    size_t c1 = cg->clabels, c2 = cg->clabels;
    cg->lab_fun = grow(cg->lab_fun, &c1, cg->nlabels + 1, sizeof *cg->lab_fun);
    cg->lab_pos = grow(cg->lab_pos, &c2, cg->nlabels + 1, sizeof *cg->lab_pos);
    cg->clabels = c1;
    cg->lab_pos[cg->nlabels] = -1;
    if (cg->nlabels > 50000000) cg_fatal(cg, NULL, "function too large");
    return (int)cg->nlabels++;
}

void cg_place(CgFn *f, int label) {
    f->cg->lab_fun[label] = f->out;
    f->cg->lab_pos[label] = (int)f->out->nins;
}

void cg_ins(CgFn *f, int op) {
    CgFun *o = f->out;
    o->ins = grow(o->ins, &o->cins, o->nins + 1, sizeof *o->ins);
    o->ins[o->nins++] = (CgIns){op, f->line, (uint32_t)o->ncells, 0};
}

static void cell(CgFn *f, int k, uint64_t v) {
    CgFun *o = f->out;
    o->cells = grow(o->cells, &o->ccells, o->ncells + 1, sizeof *o->cells);
    o->cells[o->ncells++] = (CgCell){(uint8_t)k, v};
    o->ins[o->nins - 1].n++;
}

void cg_touch(CgFn *f, int slot) {
    if (slot >= BEM_MAX_SLOTS - 1) cg_fatal(f->cg, NULL, "function needs too many slots");
    if (slot > f->maxslot) f->maxslot = slot;
}

void cg_raw(CgFn *f, uint64_t v) { cell(f, CELL_RAW, v); }
void cg_slot(CgFn *f, int slot) { cg_touch(f, slot); cell(f, CELL_RAW, (uint64_t)slot); }
void cg_lab(CgFn *f, int label) { cell(f, CELL_LABEL, (uint64_t)label); }
void cg_fail(CgFn *f, int label) { cell(f, CELL_FAIL, label < 0 ? 0 : (uint64_t)label + 1); }

void cg_src(CgFn *f, CgOpnd o) {
    uint64_t pay;
    if (o.kind == SRC_SLOT) { cg_touch(f, (int)o.v); pay = (uint64_t)o.v; }
    else if (o.kind == SRC_SMALL) pay = ((uint64_t)o.v << 1) ^ (uint64_t)(o.v >> 63);
    else if (o.kind == SRC_NIL) pay = 0;
    else pay = (uint64_t)o.v;
    cell(f, CELL_RAW, pay << 3 | (uint64_t)o.kind);
}

int cg_temp(CgFn *f) {
    int s = f->top++;
    cg_touch(f, s);
    return s;
}

void cg_move(CgFn *f, CgOpnd src, int dst) {
    if (src.kind == SRC_SLOT && src.v == dst) return;
    cg_ins(f, OPC_MOVE);
    cg_src(f, src);
    cg_slot(f, dst);
}

CgOpnd cg_slot_op(int slot) { return (CgOpnd){SRC_SLOT, slot}; }
CgOpnd cg_small_op(int64_t v) { return (CgOpnd){SRC_SMALL, v}; }

uint32_t cg_atom(Cg *cg, const char *s) { return bcw_atom(&cg->w, s, strlen(s)); }
CgOpnd cg_atom_op(Cg *cg, const char *s) { return (CgOpnd){SRC_ATOM, cg_atom(cg, s)}; }

uint32_t cg_import(Cg *cg, const char *mod, const char *fun, int arity) {
    return bcw_import(&cg->w, cg_atom(cg, mod), cg_atom(cg, fun), (uint32_t)arity);
}

CgFun *cg_local_fun(Cg *cg, const char *name, int arity) {
    for (size_t i = 0; i < cg->ntop; i++)
        if (cg->top[i] && cg->top[i]->arity == arity && strcmp(cg->top[i]->name, name) == 0)
            return cg->top[i];
    if (strcmp(name, "module_info") == 0 && arity >= 0 && arity <= 1) return cg->module_info[arity];
    return NULL;
}

char *cg_synth_key(Cg *cg, const char *base) {
    char buf[64];
    snprintf(buf, sizeof buf, "@%s%d", base, cg->synth++);
    return cg_strdup(buf);
}

/* ---- variables ---- */

int cg_var_find(CgFn *f, const char *key) {
    for (int i = f->nvars - 1; i >= 0; i--)
        if (strcmp(f->vars[i].key, key) == 0) return i;
    return -1;
}

int cg_var_add(CgFn *f, const char *key, int slot) {
    int i = cg_var_find(f, key);
    if (i >= 0) return i;
    size_t c = (size_t)f->cvars, cb = (size_t)f->cvars;
    f->vars = grow(f->vars, &c, (size_t)f->nvars + 1, sizeof *f->vars);
    f->bound = grow(f->bound, &cb, (size_t)f->nvars + 1, 1);
    f->cvars = (int)c;
    if (slot < 0) slot = f->nfixed++;
    cg_touch(f, slot);
    f->vars[f->nvars] = (CgVar){cg_strdup(key), slot};
    f->bound[f->nvars] = 0;
    return f->nvars++;
}

void cg_names_add(CgNames *ns, const char *s) {
    if (cg_names_has(ns, s)) return;
    if (ns->n == ns->c) {
        ns->c = ns->c ? ns->c * 2 : 8;
        ns->v = realloc(ns->v, (size_t)ns->c * sizeof *ns->v);
        if (!ns->v) { fputs("beamletc: out of memory\n", stderr); abort(); }
    }
    ns->v[ns->n++] = cg_strdup(s);
}

int cg_names_has(const CgNames *ns, const char *s) {
    for (int i = 0; i < ns->n; i++)
        if (strcmp(ns->v[i], s) == 0) return 1;
    return 0;
}

void cg_names_free(CgNames *ns) {
    for (int i = 0; i < ns->n; i++) free(ns->v[i]);
    free(ns->v);
    memset(ns, 0, sizeof *ns);
}

void cg_vars_all(const Ast *e, CgNames *out) {
    if (!e) return;
    if (e->kind == A_VAR) {
        if (strcmp(e->text, "_") != 0) cg_names_add(out, e->text);
        return;
    }
    for (size_t i = 0; i < e->nkids; i++) cg_vars_all(e->kids[i], out);
}

void cg_vars_pattern(const Ast *p, CgNames *out) {
    if (!p) return;
    switch (p->kind) {
    case A_VAR:
        if (strcmp(p->text, "_") != 0) cg_names_add(out, p->text);
        return;
    case A_MAP_EXACT: case A_MAP_ASSOC:
        if (p->nkids > 1) cg_vars_pattern(p->kids[1], out);
        return;
    case A_BINSEG:
        if (p->nkids > 0) cg_vars_pattern(p->kids[0], out);
        return;
    default:
        for (size_t i = 0; i < p->nkids; i++) cg_vars_pattern(p->kids[i], out);
    }
}

void cg_scan_vars(CgFn *f, const Ast *e) {
    if (!e) return;
    switch (e->kind) {
    case A_VAR:
        if (strcmp(e->text, "_") != 0) cg_var_add(f, e->text, -1);
        return;
    case A_FUN: case A_NAMED_FUN:
        return;
    case A_LC:
        /* The function evaluates the first generator's list and any filters
         * before it; the rest lives in helper functions. */
        for (size_t i = 1; i < e->nkids; i++) {
            if (e->kids[i]->kind == A_GENERATE) {
                if (e->kids[i]->nkids > 1) cg_scan_vars(f, e->kids[i]->kids[1]);
                break;
            }
            cg_scan_vars(f, e->kids[i]);
        }
        return;
    default:
        for (size_t i = 0; i < e->nkids; i++) cg_scan_vars(f, e->kids[i]);
    }
}

/* ---- module_info, attributes, compile info ---- */

static void gen_module_info(Cg *cg) {
    const char *mod = cg->m->name;
    for (int arity = 0; arity <= 1; arity++) {
        CgFun *fn = cg_new_fun(cg, "module_info", arity);
        fn->exported = 1;
        cg->module_info[arity] = fn;
        CgFn f;
        memset(&f, 0, sizeof f);
        f.cg = cg;
        f.out = fn;
        f.gfail = -1;
        cg_ins(&f, OPC_ENTRY);
        cg_raw(&f, 2);
        cg_raw(&f, (uint64_t)arity);
        if (arity == 1) cg_move(&f, cg_slot_op(0), 1);
        cg_move(&f, cg_atom_op(cg, mod), 0);
        cg_ins(&f, OPC_TAIL_CALL_EXT);
        cg_raw(&f, cg_import(cg, "erlang", "get_module_info", arity + 1));
        cg_raw(&f, 0);
    }
}

static int is_list_ast(const Ast *v) {
    return v->kind == A_NIL || v->kind == A_CONS || v->kind == A_STRING;
}

static void gen_attributes(Cg *cg) {
    const AstModule *m = cg->m;
    Buf *b = &cg->w.attr;
    size_t n = 0;
    for (size_t i = 0; i < m->nattrs; i++) {
        const AstAttr *a = &m->attrs[i];
        if (!a->value || !cg_is_const(a->value)) continue;
        n++;
    }
    if (n == 0) { bcw_t_nil(b); return; }
    buf_addc(b, LIT_LIST);
    bcw_uv(b, n);
    for (size_t i = 0; i < m->nattrs; i++) {
        const AstAttr *a = &m->attrs[i];
        if (!a->value || !cg_is_const(a->value)) continue;
        buf_addc(b, LIT_TUPLE);
        bcw_uv(b, 2);
        bcw_t_atom(b, cg_atom(cg, a->name));
        Buf val = {0};
        if (is_list_ast(a->value)) {
            cg_lit_encode(cg, a->value, &val);
        } else {
            buf_addc(&val, LIT_LIST);
            bcw_uv(&val, 1);
            cg_lit_encode(cg, a->value, &val);
            bcw_t_nil(&val);
        }
        if (val.len == 1 && (uint8_t)val.data[0] == LIT_NIL) {
            /* [] stays [] */
        }
        buf_add(b, val.data, val.len);
        if (strcmp(a->name, "vsn") == 0 && cg->w.vsn.len == 0) buf_add(&cg->w.vsn, val.data, val.len);
        buf_free(&val);
    }
    bcw_t_nil(b);
}

static void add_string_term(Buf *b, const char *s) {
    size_t n = strlen(s);
    if (n == 0) { bcw_t_nil(b); return; }
    buf_addc(b, LIT_STRING);
    bcw_uv(b, n);
    buf_add(b, s, n);
}

static void gen_compile_info(Cg *cg) {
    Buf *b = &cg->w.cinf;
    const char *src = cg->opt->source_path ? cg->opt->source_path : cg->file;
    buf_addc(b, LIT_LIST);
    bcw_uv(b, 3);
    buf_addc(b, LIT_TUPLE); bcw_uv(b, 2);
    bcw_t_atom(b, cg_atom(cg, "version"));
    add_string_term(b, "8.2.3");
    buf_addc(b, LIT_TUPLE); bcw_uv(b, 2);
    bcw_t_atom(b, cg_atom(cg, "options"));
    /* the options the compiler was called with, as OTP records them
       (c(M, [export_all]) gives [export_all]) */
    if (cg->opt->nflags) {
        buf_addc(b, LIT_LIST);
        bcw_uv(b, cg->opt->nflags);
        for (size_t i = 0; i < cg->opt->nflags; i++) bcw_t_atom(b, cg_atom(cg, cg->opt->flags[i]));
    }
    bcw_t_nil(b);
    buf_addc(b, LIT_TUPLE); bcw_uv(b, 2);
    bcw_t_atom(b, cg_atom(cg, "source"));
    add_string_term(b, src);
    bcw_t_nil(b);
}

/* ---- layout ---- */

static void layout(Cg *cg) {
    uint64_t base = 0;
    uint64_t *bases = cg_alloc(cg->nfuns * sizeof *bases);
    for (size_t i = 0; i < cg->nfuns; i++) {
        bases[i] = base;
        cg->funs[i]->index = (uint32_t)i;
        base += cg->funs[i]->nins;
    }
    Buf *code = &cg->w.code;
    for (size_t i = 0; i < cg->nfuns; i++) {
        CgFun *fn = cg->funs[i];
        for (size_t k = 0; k < fn->nins; k++) {
            CgIns *in = &fn->ins[k];
            uint64_t pc = bases[i] + k;
            bcw_line(&cg->w, (uint32_t)pc, (uint32_t)(in->line > 0 ? in->line : 0));
            bcw_uv(code, (uint64_t)in->op);
            for (uint32_t c = 0; c < in->n; c++) {
                CgCell *ce = &fn->cells[in->first + c];
                if (ce->k == CELL_RAW) { bcw_uv(code, ce->v); continue; }
                if (ce->k == CELL_FAIL && ce->v == 0) { bcw_uv(code, 0); continue; }
                size_t lab = ce->k == CELL_FAIL ? ce->v - 1 : ce->v;
                CgFun *owner = cg->lab_fun[lab];
                int pos = cg->lab_pos[lab];
                if (!owner || pos < 0) cg_fatal(cg, NULL, "internal error: unplaced label");
                uint64_t at = bases[owner->index] + (uint64_t)pos;
                bcw_uv(code, ce->k == CELL_FAIL ? at + 1 : at);
            }
        }
        bcw_func(&cg->w, cg_atom(cg, fn->name), (uint32_t)fn->arity, (uint32_t)bases[i], (uint32_t)fn->nins);
    }
    cg->w.ninstr = base;
    for (size_t i = 0; i < cg->nfuns; i++)
        if (cg->funs[i]->exported)
            bcw_export(&cg->w, cg_atom(cg, cg->funs[i]->name), (uint32_t)cg->funs[i]->arity, cg->funs[i]->index);
    for (size_t i = 0; i < cg->nlambdas; i++) {
        CgLambda *l = &cg->lambdas[i];
        bcw_lambda(&cg->w, l->fun->index, (uint32_t)l->arity, (uint32_t)l->nfree);
    }
    free(bases);
}

static void free_cg(Cg *cg) {
    for (size_t i = 0; i < cg->nfuns; i++) {
        free(cg->funs[i]->name);
        free(cg->funs[i]->ins);
        free(cg->funs[i]->cells);
        free(cg->funs[i]);
    }
    free(cg->funs);
    free(cg->top);
    free(cg->lambdas);
    free(cg->lab_fun);
    free(cg->lab_pos);
    bcw_free(&cg->w);
}

static int exported(const AstModule *m, const char *name, int arity) {
    if (m->export_all) return 1;
    for (size_t i = 0; i < m->nexports; i++)
        if (m->exports[i].arity == arity && strcmp(m->exports[i].name, name) == 0) return 1;
    return 0;
}

/* The head pattern i of clause c if it is a plain variable, else NULL. */
static const char *head_var(const Ast *c, size_t i) {
    if (c->nkids == 0 || !c->kids[0] || i >= c->kids[0]->nkids) return NULL;
    const Ast *p = c->kids[0]->kids[i];
    return p->kind == A_VAR && strcmp(p->text, "_") != 0 ? p->text : NULL;
}

/* A variable that, in every clause mentioning it, is argument i itself
 * lives in slot i: binding it is free and it is never written. */
static void alias_args(CgFn *f, const Ast *def) {
    for (size_t c = 0; c < def->nkids; c++) {
        for (int i = 0; i < f->out->arity; i++) {
            const char *name = head_var(def->kids[c], (size_t)i);
            if (!name || cg_var_find(f, name) >= 0) continue;
            int ok = 1;
            for (size_t d = 0; d < def->nkids && ok; d++) {
                CgNames all = {0};
                cg_vars_all(def->kids[d], &all);
                const char *h = head_var(def->kids[d], (size_t)i);
                if (cg_names_has(&all, name) && !(h && strcmp(h, name) == 0)) ok = 0;
                cg_names_free(&all);
                /* it must not also occur in another argument's pattern:
                 * matching that one first would write slot i */
                const Ast *pats = def->kids[d]->nkids ? def->kids[d]->kids[0] : NULL;
                for (size_t j = 0; ok && pats && j < pats->nkids; j++) {
                    if (j == (size_t)i) continue;
                    CgNames other = {0};
                    cg_vars_all(pats->kids[j], &other);
                    if (cg_names_has(&other, name)) ok = 0;
                    cg_names_free(&other);
                }
            }
            if (ok) cg_var_add(f, name, i);
        }
    }
}

/* Compile one top-level function (an A_FUNCTION). */
static void gen_function(Cg *cg, CgFun *fn, const Ast *def) {
    CgFn f;
    memset(&f, 0, sizeof f);
    f.cg = cg;
    f.out = fn;
    f.gfail = -1;
    f.nfixed = fn->arity;
    f.maxslot = fn->arity - 1;
    f.line = def->line;
    cg->outer_name = fn->name;
    cg->outer_arity = fn->arity;
    cg->core_count = 0;
    cg->kernel_count = 0;
    alias_args(&f, def);
    for (size_t i = 0; i < def->nkids; i++) cg_scan_vars(&f, def->kids[i]);
    f.top = f.nfixed;
    cg_place(&f, fn->entry_label);
    cg_ins(&f, OPC_ENTRY);
    cg_raw(&f, 0);
    cg_raw(&f, (uint64_t)fn->arity);
    cg_clauses(&f, def->kids, def->nkids, fn->arity);
    int fs = f.maxslot + 1;
    if (fs < fn->arity) fs = fn->arity;
    fn->cells[fn->ins[0].first].v = (uint64_t)fs;
    for (int i = 0; i < f.nvars; i++) free(f.vars[i].key);
    free(f.vars);
    free(f.bound);
}

int cg_module(const AstModule *m, const CgOptions *opt, Diags *diags, Buf *out) {
    Cg *cg = cg_alloc(sizeof *cg);
    cg->m = m;
    cg->opt = opt;
    cg->diags = diags;
    cg->file = opt->file ? opt->file : (m->file ? m->file : "");
    bcw_init(&cg->w, m->name, strlen(m->name));
    volatile int rc = -1;
    if (setjmp(cg->fatal) == 0) {
        cg->ntop = m->nfunctions;
        cg->top = cg_alloc(m->nfunctions * sizeof *cg->top);
        for (size_t i = 0; i < m->nfunctions; i++) {
            const Ast *d = m->functions[i];
            if (cg_local_fun(cg, d->text, (int)d->ival)) continue;   /* duplicate: the checker reported it */
            cg->top[i] = cg_new_fun(cg, d->text, (int)d->ival);
            cg->top[i]->exported = exported(m, d->text, (int)d->ival);
        }
        gen_module_info(cg);
        for (size_t i = 0; i < m->nfunctions; i++)
            if (cg->top[i]) gen_function(cg, cg->top[i], m->functions[i]);
        if (cg->nerrors == 0) {
            gen_attributes(cg);
            gen_compile_info(cg);
            cg->w.line_file = cg_strdup(cg->file);
            layout(cg);
            bcw_finish(&cg->w, out);
            rc = 0;
        }
    }
    free_cg(cg);
    free(cg);
    return rc;
}
