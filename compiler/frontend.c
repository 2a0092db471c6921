/* frontend.c — fe_module: source text to a checked AST.  Drives the
 * preprocessor form by form, parses each form, files attributes into the
 * AstModule, then expands records and runs the checks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"
#include "parser.tab.h"
#include "pp.h"

/* The module plus what fe_free must release besides it. */
typedef struct FeModule {
    AstModule m;
} FeModule;

typedef struct Fe {
    FeModule *fm;
    Diags *diags;
    const char *file;
    RecTable recs;
    ChkOptions chk;
    LateDiag *late;
    size_t nlate, caplate;
    int have_module;
    int first_line, first_col;   /* first form, for "no module definition" */
    const char *first_file;
    size_t capfun, capexp, capimp, capattr, capopt;
    Ast *no_auto;                /* -compile({no_auto_import, L}) lists */
    int seq;                     /* forms seen so far */
    int *fn_seq;                 /* form number of each function */
    int other_file;              /* after -file("other.hrl", N): not the main file */
    char **type_recs;            /* records named in types: they count as used */
    size_t ntype_recs, captype;
} Fe;

static void *grow(void *v, size_t *cap, size_t n, size_t sz) {
    if (n < *cap) return v;
    *cap = *cap ? *cap * 2 : 8;
    void *r = realloc(v, *cap * sz);
    if (!r) abort();
    return r;
}

static void add_function(Fe *fe, Ast *f) {
    AstModule *m = &fe->fm->m;
    size_t cap = fe->capfun;
    m->functions = grow(m->functions, &fe->capfun, m->nfunctions, sizeof *m->functions);
    if (cap != fe->capfun || !fe->fn_seq) {
        fe->fn_seq = realloc(fe->fn_seq, fe->capfun * sizeof *fe->fn_seq);
        if (!fe->fn_seq) abort();
    }
    fe->fn_seq[m->nfunctions] = fe->seq;
    m->functions[m->nfunctions++] = f;
}

/* A literal term: what attribute values may be. */
static int is_literal(const Ast *a) {
    if (!a) return 0;
    switch (a->kind) {
    case A_INT: case A_BIGINT: case A_FLOAT: case A_ATOM: case A_STRING: case A_NIL:
        return 1;
    case A_CONS: case A_TUPLE:
        for (size_t i = 0; i < a->nkids; i++)
            if (!is_literal(a->kids[i])) return 0;
        return 1;
    case A_MAP:
        for (size_t i = 0; i < a->nkids; i++)
            if (a->kids[i]->kind != A_MAP_ASSOC || !is_literal(a->kids[i]->kids[0])
                || !is_literal(a->kids[i]->kids[1]))
                return 0;
        return 1;
    case A_OP:   /* f/1 is allowed in attributes such as -deprecated */
        return a->op == OP_FDIV && a->kids[0]->kind == A_ATOM && a->kids[1]->kind == A_INT;
    default:
        return 0;
    }
}

/* [f/1, g/2] into name/arity pairs; -1 when malformed. */
static int fa_list(Fe *fe, const Ast *l, AstFa **v, size_t *n, size_t *cap, const char *module,
                   int line, int col) {
    (void)fe;
    for (; l && l->kind == A_CONS; l = l->kids[1]) {
        const Ast *e = l->kids[0];
        if (e->kind != A_OP || e->op != OP_FDIV || e->kids[0]->kind != A_ATOM || e->kids[1]->kind != A_INT)
            return -1;
        *v = grow(*v, cap, *n, sizeof **v);
        AstFa *fa = &(*v)[(*n)++];
        fa->module = module ? ast_strdup(module) : NULL;
        fa->name = ast_strdup(e->kids[0]->text);
        fa->arity = (int)e->kids[1]->ival;
        fa->line = line;
        fa->col = col;
    }
    return l && l->kind == A_NIL ? 0 : -1;
}

static void compile_opt(Fe *fe, const Ast *o) {
    AstModule *m = &fe->fm->m;
    if (o->kind == A_ATOM) {
        if (!strcmp(o->text, "export_all")) { m->export_all = 1; fe->chk.export_all = 1; }
        else if (!strcmp(o->text, "nowarn_unused_function")) fe->chk.nowarn_unused_function = 1;
        else if (!strcmp(o->text, "nowarn_unused_vars")) fe->chk.nowarn_unused_vars = 1;
        else if (!strcmp(o->text, "nowarn_shadow_vars")) fe->chk.nowarn_shadow_vars = 1;
        else if (!strcmp(o->text, "nowarn_export_all")) fe->chk.export_all = 2;
    }
    if (o->kind == A_TUPLE && o->nkids == 2 && o->kids[0]->kind == A_ATOM
        && !strcmp(o->kids[0]->text, "no_auto_import")) {
        if (!fe->no_auto) fe->no_auto = ast_new(A_SEQ, 0, 0);
        ast_add(fe->no_auto, ast_copy(o->kids[1]));
        fe->chk.no_auto_import = fe->no_auto;
    }
    Buf b = {0};
    ast_print_term(o, &b);
    m->compile_opts_text = grow(m->compile_opts_text, &fe->capopt, m->ncompile_opts, sizeof(char *));
    m->compile_opts_text[m->ncompile_opts++] = b.data ? b.data : ast_strdup("");
}

static void record_def(Fe *fe, const ParsedForm *pf, const Token *toks) {
    Ast *args = pf->args;
    if (args->nkids != 2 || args->kids[0]->kind != A_ATOM || args->kids[1]->kind != A_TUPLE) {
        diag_error(fe->diags, toks[0].file, pf->line, pf->col, "bad record declaration");
        return;
    }
    const char *name = args->kids[0]->text;
    if (rec_find(&fe->recs, name)) {
        diag_error(fe->diags, toks[0].file, args->kids[0]->line, args->kids[0]->col,
                   "record %s already defined", name);
        return;
    }
    Ast *tup = args->kids[1];
    for (size_t i = 0; i < tup->nkids; i++) {
        Ast *f = tup->kids[i];
        if (!(f->kind == A_ATOM || (f->kind == A_MATCH && f->kids[0]->kind == A_ATOM))) {
            diag_error(fe->diags, toks[0].file, f->line, f->col, "bad record declaration");
            return;
        }
    }
    fe->recs.v = grow(fe->recs.v, &fe->recs.cap, fe->recs.n, sizeof *fe->recs.v);
    RecDef *r = &fe->recs.v[fe->recs.n++];
    memset(r, 0, sizeof *r);
    r->name = ast_strdup(name);
    r->line = pf->line;
    r->col = pf->col;
    r->file = toks[0].file;
    r->seq = fe->seq;
    r->used = fe->other_file || strcmp(toks[0].file, fe->file) != 0;   /* included: never "unused" */
    r->fields = calloc(tup->nkids + 1, sizeof *r->fields);
    for (size_t i = 0; i < tup->nkids; i++) {
        Ast *f = tup->kids[i];
        Ast *fn = f->kind == A_ATOM ? f : f->kids[0];
        for (size_t j = 0; j < r->nfields; j++)
            if (!strcmp(r->fields[j].name, fn->text))
                diag_error(fe->diags, toks[0].file, fn->line, fn->col, "field %s already defined in record %s",
                           fn->text, name);
        RecField *rf = &r->fields[r->nfields++];
        rf->name = ast_strdup(fn->text);
        rf->line = fn->line;
        rf->col = fn->col;
        if (f->kind == A_MATCH) {
            rf->def = f->kids[1];
            f->kids[1] = NULL;
        }
    }
}

static void attribute(Fe *fe, ParsedForm *pf, const Token *toks) {
    AstModule *m = &fe->fm->m;
    const char *a = pf->attr;
    const char *file = toks[0].file;
    Ast *args = pf->args;
    Ast *v0 = args->nkids ? args->kids[0] : NULL;
    if (!strcmp(a, "module")) {
        if (args->nkids != 1 || v0->kind != A_ATOM) {
            diag_error(fe->diags, file, pf->line, pf->col, "bad %s declaration", "module");
            return;
        }
        if (fe->have_module) {
            diag_error(fe->diags, file, pf->line, pf->col, "redefining module");
            return;
        }
        fe->have_module = 1;
        m->name = ast_strdup(v0->text);
        return;
    }
    if (!strcmp(a, "export")) {
        if (args->nkids != 1 || fa_list(fe, v0, &m->exports, &m->nexports, &fe->capexp, NULL, pf->line, pf->col) < 0)
            diag_error(fe->diags, file, pf->line, pf->col, "bad %s declaration", "export");
        return;
    }
    if (!strcmp(a, "import")) {
        if (args->nkids != 2 || v0->kind != A_ATOM
            || fa_list(fe, args->kids[1], &m->imports, &m->nimports, &fe->capimp, v0->text, pf->line, pf->col) < 0)
            diag_error(fe->diags, file, pf->line, pf->col, "bad %s declaration", "import");
        return;
    }
    if (!strcmp(a, "record")) { record_def(fe, pf, toks); return; }
    if (!strcmp(a, "file") && v0 && v0->kind == A_STRING) {
        const char *base = strrchr(fe->file, '/');
        base = base ? base + 1 : fe->file;
        const char *vb = strrchr(v0->text, '/');
        vb = vb ? vb + 1 : v0->text;
        fe->other_file = strcmp(base, vb) != 0;
        return;
    }
    if (!strcmp(a, "file") || !strcmp(a, "export_type") || !strcmp(a, "optional_callbacks"))
        return;
    if (args->nkids != 1 || !is_literal(v0)) {
        diag_error(fe->diags, file, pf->line, pf->col, "bad attribute");
        return;
    }
    if (!strcmp(a, "compile")) {
        if (v0->kind == A_CONS || v0->kind == A_NIL) {
            for (Ast *l = v0; l->kind == A_CONS; l = l->kids[1]) compile_opt(fe, l->kids[0]);
        } else {
            compile_opt(fe, v0);
        }
        if (m->export_all && fe->chk.export_all == 1) {
            diag_warning(fe->diags, file, pf->line, pf->col,
                         "export_all flag enabled - all functions will be exported");
            fe->chk.export_all = 3;
        }
        return;
    }
    m->attrs = grow(m->attrs, &fe->capattr, m->nattrs, sizeof *m->attrs);
    AstAttr *at = &m->attrs[m->nattrs++];
    at->name = ast_strdup(a);
    at->value = v0;
    args->kids[0] = NULL;
    at->line = pf->line;
    at->col = pf->col;
}

/* -record(r, {a :: t(), b = 1 :: t()}): drop the types, which we do not
 * parse.  A type runs from '::' to the next ',' or '}' at field level. */
static size_t strip_record_types(const Token *in, size_t n, Token *out) {
    size_t k = 0;
    int depth = 0, skipping = 0, skipdepth = 0;
    for (size_t i = 0; i < n; i++) {
        int kd = in[i].kind;
        if (skipping) {
            if ((kd == ',' || kd == '}' || kd == ')') && depth == skipdepth) skipping = 0;
            else {
                if (kd == '(' || kd == '[' || kd == '{' || kd == LTLT) depth++;
                else if (kd == ')' || kd == ']' || kd == '}' || kd == GTGT) depth--;
                if (kd == DOT || kd == END_OF_INPUT) skipping = 0;
                else continue;
            }
        }
        if (kd == COLONCOLON && depth == 2) {
            skipping = 1;
            skipdepth = depth;
            continue;
        }
        if (kd == '(' || kd == '[' || kd == '{' || kd == LTLT) depth++;
        else if (kd == ')' || kd == ']' || kd == '}' || kd == GTGT) depth--;
        out[k++] = in[i];
    }
    return k;
}

static int is_named_attr(const Token *t, size_t n, const char *name) {
    return n >= 2 && t[0].kind == '-' && t[1].kind == ATOM && !strcmp(t[1].text, name);
}

/* Note #r{} in a form whose types we do not parse (specs, record field
 * types): erl_lint counts such records as used. */
static void note_type_records(Fe *fe, const Token *toks, size_t n) {
    for (size_t i = 0; i + 2 < n; i++)
        if (toks[i].kind == '#' && toks[i + 1].kind == ATOM && toks[i + 2].kind == '{') {
            fe->type_recs = grow(fe->type_recs, &fe->captype, fe->ntype_recs, sizeof(char *));
            fe->type_recs[fe->ntype_recs++] = ast_strdup(toks[i + 1].text);
        }
}

static void on_form(void *ctx, const Token *toks, size_t n) {
    Fe *fe = ctx;
    if (n == 0) return;
    fe->seq++;
    if (!fe->first_file) {
        fe->first_file = toks[0].file;
        fe->first_line = toks[0].line;
        fe->first_col = toks[0].col;
        if (n >= 2 && toks[0].kind == '-') fe->first_col = toks[1].col;
    }
    static const char *skipped[] = {"spec", "type", "opaque", "callback", NULL};
    for (int i = 0; skipped[i]; i++)
        if (is_named_attr(toks, n, skipped[i])) {
            note_type_records(fe, toks, n);
            return;
        }
    Token *copy = NULL;
    if (is_named_attr(toks, n, "record")) {
        note_type_records(fe, toks, n);
        copy = malloc(n * sizeof *copy);
        if (!copy) abort();
        n = strip_record_types(toks, n, copy);
        toks = copy;
    }
    ParsedForm pf;
    if (parse_form(toks, n, &pf, fe->diags, &fe->late, &fe->nlate, &fe->caplate) == 0) {
        if (pf.fn) {
            add_function(fe, pf.fn);
            pf.fn = NULL;
        } else if (pf.attr) {
            attribute(fe, &pf, toks);
        }
        parse_form_free(&pf);
    }
    free(copy);
}

static int pos_cmp(const void *a, const void *b) {
    const Diag *x = a, *y = b;
    if (x->line != y->line) return x->line < y->line ? -1 : 1;
    if (x->col != y->col) return x->col < y->col ? -1 : 1;
    /* erl_lint sorts whole terms: {unused_var,V} before {shadowed_var,V,In} */
    int ux = strstr(x->msg, "' is unused") != NULL, uy = strstr(y->msg, "' is unused") != NULL;
    if (ux != uy) return ux ? -1 : 1;
    return 0;
}

/* Stable sort by position (erl_lint reports its findings in order). */
static void sort_range(Diags *d, size_t from) {
    size_t n = d->n - from;
    if (n < 2) return;
    Diag *v = d->items + from;
    for (size_t i = 1; i < n; i++) {
        Diag t = v[i];
        size_t j = i;
        while (j > 0 && pos_cmp(&v[j - 1], &t) > 0) { v[j] = v[j - 1]; j--; }
        v[j] = t;
    }
}

AstModule *fe_module(const char *file, const char *src, size_t len,
                     const FeOptions *opt, Diags *diags) {
    size_t errors_before = diags->nerrors;
    Fe fe;
    memset(&fe, 0, sizeof fe);
    fe.fm = calloc(1, sizeof *fe.fm);
    if (!fe.fm) abort();
    fe.diags = diags;
    fe.file = file;
    fe.fm->m.file = ast_strdup(file);
    diag_add_source(diags, file, src, len);
    for (size_t i = 0; opt && i < opt->nflags; i++) {
        Ast *flag = ast_atom(opt->flags[i], 0, 0);
        compile_opt(&fe, flag);
        ast_free(flag);
    }
    LexArena arena = {0};
    pp_run(file, src, len, opt, &arena, diags, on_form, &fe);

    /* The lint pass: its findings are sorted by position like erl_lint's. */
    size_t lint_from = diags->n;
    for (size_t i = 0; i < fe.nlate; i++) {
        diag_error(diags, file, fe.late[i].line, fe.late[i].col, "%s", fe.late[i].msg);
        free(fe.late[i].msg);
    }
    free(fe.late);
    if (!fe.have_module) {
        diag_error(diags, fe.first_file ? fe.first_file : file, fe.first_file ? fe.first_line : 0,
                   fe.first_file ? fe.first_col : 0, "no module definition");
    }
    rec_expand(&fe.fm->m, &fe.recs, fe.fn_seq, file, diags);
    free(fe.fn_seq);
    chk_module(&fe.fm->m, file, &fe.chk, diags);
    for (size_t i = 0; i < fe.ntype_recs; i++) {
        RecDef *r = (RecDef *)rec_find(&fe.recs, fe.type_recs[i]);
        if (r) r->used = 1;
        free(fe.type_recs[i]);
    }
    free(fe.type_recs);
    for (size_t i = 0; i < fe.recs.n; i++)
        if (!fe.recs.v[i].used)
            diag_warning(diags, fe.recs.v[i].file, fe.recs.v[i].line, fe.recs.v[i].col,
                         "record %s is unused", fe.recs.v[i].name);
    sort_range(diags, lint_from);

    rec_free(&fe.recs);
    ast_free(fe.no_auto);
    lex_arena_free(&arena);
    if (diags->nerrors > errors_before) {
        fe_free(&fe.fm->m);
        return NULL;
    }
    return &fe.fm->m;
}

void fe_free(AstModule *m) {
    if (!m) return;
    for (size_t i = 0; i < m->nfunctions; i++) ast_free(m->functions[i]);
    free(m->functions);
    for (size_t i = 0; i < m->nexports; i++) free(m->exports[i].name);
    free(m->exports);
    for (size_t i = 0; i < m->nimports; i++) {
        free(m->imports[i].module);
        free(m->imports[i].name);
    }
    free(m->imports);
    for (size_t i = 0; i < m->nattrs; i++) {
        free(m->attrs[i].name);
        ast_free(m->attrs[i].value);
    }
    free(m->attrs);
    for (size_t i = 0; i < m->ncompile_opts; i++) free(m->compile_opts_text[i]);
    free(m->compile_opts_text);
    free(m->name);
    free(m->file);
    free((FeModule *)m);
}

/* ---- shell commands -------------------------------------------------------
 * The shell reads a line at a time and asks again while the command is
 * incomplete.  As erl_scan:tokens, scanning stops at the first end token or
 * at the first scan error, which is reported at once (without waiting for
 * the end token); the io server then drops the rest of that line. */

/* Byte offset of (line, col) in text: col counts characters. */
static size_t text_offset(const char *text, size_t len, int line, int col) {
    size_t i = 0;
    for (int l = 1; l < line && i < len; i++)
        if (text[i] == '\n') l++;
    for (int c = 1; i < len; i++) {
        if ((text[i] & 0xC0) == 0x80) continue;   /* a UTF-8 continuation byte */
        if (c == col) break;
        c++;
    }
    return i;
}

static void cmd_error(FeCommand *out, int line, int col, const char *msg) {
    out->status = FE_CMD_SYNTAX;
    diag_error(&out->errors, "", line, col, "%s", msg);
}

void fe_command(const char *text, size_t len, const char *const *bound, size_t nbound,
                int at_eof, long lint_only, FeCommand *out) {
    memset(out, 0, sizeof *out);
    diag_init(&out->errors);
    out->rest = len;
    LexArena arena = {0};
    TokVec tv = {0};
    lex_scan(&arena, "", text, len, &tv);
    size_t i = 0;
    while (tv.v[i].kind != T_ERROR && tv.v[i].kind != DOT && tv.v[i].kind != END_OF_INPUT) i++;
    const Token *t = &tv.v[i];
    if (t->kind == T_ERROR) {
        /* unterminated string, atom or $: the next line may finish it */
        int open = strncmp(t->text, "unterminated ", 13) == 0;
        if (open && !at_eof) {
            out->status = FE_CMD_MORE;
        } else {
            cmd_error(out, t->line, t->col, t->text);
            if (!open) {
                size_t at = text_offset(text, len, t->line, t->col);
                const char *nl = memchr(text + at, '\n', len - at);
                out->rest = nl ? (size_t)(nl - text) + 1 : len;
            }
        }
    } else if (t->kind == END_OF_INPUT) {
        if (!at_eof) {
            out->status = FE_CMD_MORE;
        } else if (i == 0) {
            out->status = FE_CMD_EOF;
        } else {
            /* no end token: the parser fails at the first token it cannot
             * take, or at the end ("syntax error before: " at the last
             * token), as erl_parse:parse_exprs on the tokens */
            ParsedForm pf;
            LateDiag *late = NULL;
            size_t nlate = 0, caplate = 0;
            if (parse_exprs(tv.v, i, &pf, &out->errors, &late, &nlate, &caplate) == 0) parse_form_free(&pf);
            for (size_t k = 0; k < nlate; k++) free(late[k].msg);
            free(late);
            out->status = FE_CMD_SYNTAX;
            if (!out->errors.n) cmd_error(out, tv.v[i - 1].line, tv.v[i - 1].col, "syntax error before: ");
        }
    } else {
        size_t dot = text_offset(text, len, t->line, t->col);
        if (dot + 1 >= len && !at_eof) {
            out->status = FE_CMD_MORE;   /* '.' last: it may become '..' or a float */
        } else {
            size_t r = dot + 1;
            if (r < len && strchr(" \t\n\r\f\v", text[r])) r++;
            out->rest = r;
            ParsedForm pf;
            LateDiag *late = NULL;
            size_t nlate = 0, caplate = 0;
            if (parse_exprs(tv.v, i + 1, &pf, &out->errors, &late, &nlate, &caplate) != 0) {
                out->status = FE_CMD_SYNTAX;
            } else {
                out->exprs = pf.args;
                pf.args = NULL;
                parse_form_free(&pf);
                Diags d;
                diag_init(&d);
                chk_exprs(out->exprs, bound, nbound, lint_only, &d);
                for (size_t k = 0; k < d.n; k++)
                    if (!d.items[k].is_warning)
                        diag_error(&out->errors, "", d.items[k].line, d.items[k].col, "%s", d.items[k].msg);
                diag_free(&d);
                out->status = FE_CMD_OK;
            }
            /* the parser's bit type errors: chk_exprs finds them again, in
             * erl_lint's order */
            for (size_t k = 0; k < nlate; k++) free(late[k].msg);
            free(late);
            if (out->status == FE_CMD_OK && out->errors.nerrors) out->status = FE_CMD_LINT;
        }
    }
    lex_vec_free(&tv);
    lex_arena_free(&arena);
}

void fe_command_free(FeCommand *c) {
    ast_free(c->exprs);
    diag_free(&c->errors);
    memset(c, 0, sizeof *c);
}
