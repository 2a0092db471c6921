/* pp.c — the preprocessor, working like epp on tokens form by form:
 * -define/-undef, ?MACRO and ?MACRO(Args) (with ??Arg), predefined macros,
 * -ifdef/-ifndef/-if/-elif/-else/-endif, -include/-include_lib. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.tab.h"
#include "pp.h"

typedef struct Macro {
    const char *name;
    int nargs;              /* -1: defined without parentheses */
    const char **params;
    Token *body;
    size_t nbody;
} Macro;

/* One -if/-ifdef level. */
typedef struct Cond {
    int active;             /* this branch is being kept */
    int taken;              /* some branch of this level was kept */
    int parent_active;
} Cond;

typedef struct Pp {
    LexArena *a;
    Diags *diags;
    const FeOptions *opt;
    PpFormFn fn;
    void *ctx;
    Macro *macros;
    size_t nmacros, capmacros;
    Cond *conds;
    size_t nconds, capconds;
    const char *module;     /* from -module, for ?MODULE */
    int depth;              /* include depth */
    const char *fun_name;   /* for ?FUNCTION_NAME in the current form */
    int fun_arity;
} Pp;

static int active(const Pp *p) { return p->nconds == 0 || p->conds[p->nconds - 1].active; }

static const char *tname(const Token *t) {
    if (t->kind == ATOM || t->kind == VAR || (t->text && t->kind >= KW_AFTER && t->kind <= KW_XOR))
        return t->text;
    return NULL;
}

static Macro *find_macro(Pp *p, const char *name, int nargs) {
    for (size_t i = 0; i < p->nmacros; i++)
        if (p->macros[i].nargs == nargs && strcmp(p->macros[i].name, name) == 0) return &p->macros[i];
    return NULL;
}

static int any_macro(Pp *p, const char *name) {
    for (size_t i = 0; i < p->nmacros; i++)
        if (strcmp(p->macros[i].name, name) == 0) return 1;
    return 0;
}

static int predefined(const char *n) {
    return !strcmp(n, "MODULE") || !strcmp(n, "MODULE_STRING") || !strcmp(n, "FILE")
        || !strcmp(n, "LINE") || !strcmp(n, "FUNCTION_NAME") || !strcmp(n, "FUNCTION_ARITY")
        || !strcmp(n, "MACHINE") || !strcmp(n, "OTP_RELEASE");
}

static void add_macro(Pp *p, const Macro *m) {
    if (p->nmacros == p->capmacros) {
        p->capmacros = p->capmacros ? p->capmacros * 2 : 32;
        Macro *v = realloc(p->macros, p->capmacros * sizeof *v);
        if (!v) abort();
        p->macros = v;
    }
    p->macros[p->nmacros++] = *m;
}

static void undef_macro(Pp *p, const char *name) {
    size_t k = 0;
    for (size_t i = 0; i < p->nmacros; i++)
        if (strcmp(p->macros[i].name, name) != 0) p->macros[k++] = p->macros[i];
    p->nmacros = k;
}

static void err(Pp *p, const Token *t, const char *fmt, const char *arg) {
    Buf b = {0};
    buf_printf(&b, fmt, arg);
    diag_error(p->diags, t->file, t->line, t->col, "%s", b.data);
    buf_free(&b);
}

/* A STRING token holding the UTF-8 text s. */
static Token string_token(Pp *p, const Token *at, const char *s, size_t n) {
    Token t;
    memset(&t, 0, sizeof t);
    t.kind = STRING;
    t.line = at->line;
    t.col = at->col;
    t.file = at->file;
    uint32_t *cs = lex_alloc(p->a, (n + 1) * sizeof *cs);
    size_t k = 0;
    const unsigned char *q = (const unsigned char *)s, *e = q + n;
    while (q < e) {
        uint32_t c = *q;
        size_t m = 1;
        if (c >= 0xC0 && c < 0xE0 && q + 1 < e) { c = ((c & 0x1F) << 6) | (q[1] & 0x3F); m = 2; }
        else if (c >= 0xE0 && c < 0xF0 && q + 2 < e) { c = ((c & 0x0F) << 12) | ((q[1] & 0x3F) << 6) | (q[2] & 0x3F); m = 3; }
        else if (c >= 0xF0 && q + 3 < e) {
            c = ((c & 0x07) << 18) | ((q[1] & 0x3F) << 12) | ((q[2] & 0x3F) << 6) | (q[3] & 0x3F); m = 4;
        }
        cs[k++] = c;
        q += m;
    }
    t.chars = cs;
    t.nchars = k;
    t.text = lex_strndup(p->a, s, n);
    t.len = n;
    return t;
}

static int opens(int k) { return k == '(' || k == '[' || k == '{' || k == LTLT; }
static int closes(int k) { return k == ')' || k == ']' || k == '}' || k == GTGT; }

/* Index just after the bracket group opening at toks[i], or n if unclosed. */
static size_t skip_group(const Token *toks, size_t i, size_t n) {
    int depth = 0;
    for (; i < n; i++) {
        if (opens(toks[i].kind)) depth++;
        else if (closes(toks[i].kind)) {
            if (--depth == 0) return i + 1;
        } else if (toks[i].kind == DOT || toks[i].kind == END_OF_INPUT) return n;
    }
    return n;
}

static int expand(Pp *p, const Token *in, size_t n, TokVec *out, int level);

/* Expand the macro call whose name token is in[i] (in[i-1] is '?').  On
 * success appends the expansion to out and returns the index after the
 * call; on error returns (size_t)-1 after reporting. */
static size_t expand_call(Pp *p, const Token *in, size_t n, size_t i, TokVec *out, int level) {
    const Token *nt = &in[i];
    const char *name = tname(nt);
    TokVec tmp = {0};
    size_t next = i + 1;
    Macro *m = NULL;
    /* arguments, if the macro takes them */
    size_t nargs = 0;
    size_t argb[64], arge[64];
    int has_paren = next < n && in[next].kind == '(';
    int has_args_macro = 0;
    for (size_t k = 0; k < p->nmacros; k++)
        if (p->macros[k].nargs >= 0 && strcmp(p->macros[k].name, name) == 0) has_args_macro = 1;
    if (has_paren && has_args_macro) {
        size_t end = skip_group(in, next, n);
        if (end == n && (n == 0 || in[n - 1].kind != ')')) {
            err(p, nt, "badly formed macro call '%s'", name);   /* unclosed */
            return (size_t)-1;
        }
        size_t j = next + 1;
        if (j < end - 1) {
            size_t start = j;
            int depth = 0;
            for (; j < end - 1; j++) {
                int k = in[j].kind;
                if (opens(k)) depth++;
                else if (closes(k)) depth--;
                else if (k == ',' && depth == 0) {
                    if (nargs < 64) { argb[nargs] = start; arge[nargs] = j; }
                    nargs++;
                    start = j + 1;
                }
            }
            if (nargs < 64) { argb[nargs] = start; arge[nargs] = end - 1; }
            nargs++;
        }
        m = find_macro(p, name, (int)nargs);
        if (!m) {
            if (find_macro(p, name, -1)) {
                m = find_macro(p, name, -1);
                nargs = 0;
            } else {
                err(p, nt, "argument mismatch for macro '%s'", name);
                return (size_t)-1;
            }
        } else {
            next = end;
        }
    } else {
        m = find_macro(p, name, -1);
        if (!m) {
            if (has_args_macro) err(p, nt, "argument mismatch for macro '%s'", name);
            else err(p, nt, "undefined macro '%s'", name);
            return (size_t)-1;
        }
    }
    if (nargs > 64) {
        err(p, nt, "argument mismatch for macro '%s'", name);
        return (size_t)-1;
    }
    for (size_t b = 0; b < m->nbody; b++) {
        const Token *bt = &m->body[b];
        int param = -1;
        int stringify = 0;
        if (bt->kind == QQ && b + 1 < m->nbody && m->body[b + 1].kind == VAR) {
            for (int k = 0; k < m->nargs; k++)
                if (strcmp(m->params[k], m->body[b + 1].text) == 0) param = k;
            if (param >= 0) { stringify = 1; b++; }
        } else if (bt->kind == VAR) {
            for (int k = 0; k < m->nargs; k++)
                if (strcmp(m->params[k], bt->text) == 0) param = k;
        }
        if (param >= 0 && stringify) {
            Buf s = {0};
            for (size_t j = argb[param]; j < arge[param]; j++) {
                if (j > argb[param]) buf_addc(&s, ' ');
                lex_text(&in[j], &s);
            }
            Token st = string_token(p, nt, s.data ? s.data : "", s.len);
            lex_push(&tmp, &st);
            buf_free(&s);
        } else if (param >= 0) {
            for (size_t j = argb[param]; j < arge[param]; j++) lex_push(&tmp, &in[j]);
        } else {
            Token t = *bt;
            t.line = nt->line;
            t.col = nt->col;
            t.file = nt->file;
            lex_push(&tmp, &t);
        }
    }
    if (level > 100) {
        err(p, nt, "circular macro '%s'", name);
        lex_vec_free(&tmp);
        return (size_t)-1;
    }
    int ok = expand(p, tmp.v, tmp.n, out, level + 1);
    lex_vec_free(&tmp);
    return ok ? next : (size_t)-1;
}

static int expand(Pp *p, const Token *in, size_t n, TokVec *out, int level) {
    for (size_t i = 0; i < n; i++) {
        const Token *t = &in[i];
        if (t->kind != '?' || i + 1 >= n || !tname(&in[i + 1])) {
            lex_push(out, t);
            continue;
        }
        const Token *nt = &in[i + 1];
        const char *name = nt->text;
        if (predefined(name) && !any_macro(p, name)) {
            Token r = *nt;
            r.quoted = 0;
            if (!strcmp(name, "MODULE") || !strcmp(name, "MODULE_STRING")) {
                if (!p->module) { err(p, nt, "undefined macro '%s'", name); return 0; }
                if (name[6] == 0) {
                    r.kind = ATOM;
                    r.text = (char *)p->module;
                    r.len = strlen(p->module);
                } else {
                    r = string_token(p, nt, p->module, strlen(p->module));
                }
            } else if (!strcmp(name, "FILE")) {
                r = string_token(p, nt, nt->file, strlen(nt->file));
            } else if (!strcmp(name, "LINE")) {
                r.kind = INTEGER;
                r.ival = nt->line;
                r.big = 0;
                r.text = NULL;
            } else if (!strcmp(name, "FUNCTION_NAME")) {
                if (!p->fun_name) { err(p, nt, "undefined macro '%s'", name); return 0; }
                r.kind = ATOM;
                r.text = (char *)p->fun_name;
                r.len = strlen(p->fun_name);
            } else if (!strcmp(name, "FUNCTION_ARITY")) {
                if (!p->fun_name) { err(p, nt, "undefined macro '%s'", name); return 0; }
                r.kind = INTEGER;
                r.ival = p->fun_arity;
                r.big = 0;
                r.text = NULL;
            } else if (!strcmp(name, "MACHINE")) {
                r.kind = ATOM;
                r.text = "BEAM";
                r.len = 4;
            } else {   /* OTP_RELEASE */
                r.kind = INTEGER;
                r.ival = 25;
                r.big = 0;
                r.text = NULL;
            }
            lex_push(out, &r);
            i++;
            continue;
        }
        size_t next = expand_call(p, in, n, i + 1, out, level);
        if (next == (size_t)-1) return 0;
        i = next - 1;
    }
    return 1;
}

/* -define(Name, Body). / -define(Name(P1, ...), Body). */
static void do_define(Pp *p, const Token *f, size_t n) {
    /* f: '-' define '(' ... ')' DOT */
    size_t i = 2;
    const Token *bad = &f[n - 1];
    if (i >= n || f[i].kind != '(') { bad = &f[i < n ? i : n - 1]; goto badly; }
    i++;
    if (i >= n || !tname(&f[i])) { bad = &f[i < n ? i : n - 1]; goto badly; }
    Macro m;
    memset(&m, 0, sizeof m);
    m.name = f[i].text;
    const Token *nametok = &f[i];
    m.nargs = -1;
    i++;
    if (i < n && f[i].kind == '(') {
        i++;
        m.params = lex_alloc(p->a, n * sizeof *m.params);
        m.nargs = 0;
        if (i < n && f[i].kind == ')') i++;
        else {
            for (;;) {
                if (i >= n || f[i].kind != VAR) { bad = &f[i < n ? i : n - 1]; goto badly; }
                m.params[m.nargs++] = f[i].text;
                i++;
                if (i < n && f[i].kind == ',') { i++; continue; }
                if (i < n && f[i].kind == ')') { i++; break; }
                bad = &f[i < n ? i : n - 1];
                goto badly;
            }
        }
    }
    if (i >= n || f[i].kind != ',') {
        /* -define(X). defines X as nothing?  OTP requires the comma. */
        bad = &f[i < n ? i : n - 1];
        goto badly;
    }
    i++;
    /* body runs to the ')' just before the DOT */
    if (n < 2 || f[n - 1].kind != DOT || f[n - 2].kind != ')' || n - 2 < i) {
        bad = &f[n - 1];
        goto badly;
    }
    m.nbody = n - 2 - i;
    m.body = lex_alloc(p->a, (m.nbody + 1) * sizeof *m.body);
    memcpy(m.body, f + i, m.nbody * sizeof *m.body);
    if (find_macro(p, m.name, m.nargs) || (predefined(m.name) && m.nargs < 0)) {
        err(p, nametok, "redefining macro '%s'", m.name);
        return;
    }
    add_macro(p, &m);
    return;
badly:
    err(p, bad, "badly formed '%s'", "define");
}

static int read_file(const char *path, char **out, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return -1;
    Buf b = {0};
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, fp)) > 0) buf_add(&b, tmp, k);
    fclose(fp);
    if (!b.data) buf_reserve(&b, 1);
    *out = b.data;
    *len = b.len;
    return 0;
}

static void run_file(Pp *p, const char *file, const char *src, size_t len);

static void do_include(Pp *p, const Token *f, size_t n, int lib) {
    const char *what = lib ? "include_lib" : "include";
    if (n < 6 || f[2].kind != '(' || f[3].kind != STRING || f[4].kind != ')') {
        err(p, &f[n - 1 < 2 ? n - 1 : 2], "badly formed '%s'", what);
        return;
    }
    const char *name = f[3].text;
    const char *cur = f[0].file;
    Buf path = {0};
    char *text = NULL;
    size_t len = 0;
    int found = 0;
    if (name[0] == '/') {
        buf_adds(&path, name);
        found = read_file(path.data, &text, &len) == 0;
    } else {
        const char *slash = strrchr(cur, '/');
        if (slash) buf_add(&path, cur, (size_t)(slash - cur + 1));
        buf_adds(&path, name);
        found = read_file(path.data, &text, &len) == 0;
        for (size_t k = 0; !found && p->opt && k < p->opt->ninclude; k++) {
            path.len = 0;
            buf_printf(&path, "%s/%s", p->opt->include_path[k], name);
            found = read_file(path.data, &text, &len) == 0;
        }
        if (!found && lib) {
            /* include_lib("app/include/x.hrl"): try without the app part */
            const char *rest = strchr(name, '/');
            for (size_t k = 0; rest && !found && p->opt && k < p->opt->ninclude; k++) {
                path.len = 0;
                buf_printf(&path, "%s%s", p->opt->include_path[k], rest);
                found = read_file(path.data, &text, &len) == 0;
            }
        }
    }
    if (!found) {
        Buf m = {0};
        buf_printf(&m, "can't find include %s ", lib ? "lib" : "file");
        lex_write_string(f[3].chars, f[3].nchars, '"', &m);
        diag_error(p->diags, f[3].file, f[3].line, f[3].col, "%s", m.data);
        buf_free(&m);
        buf_free(&path);
        return;
    }
    if (p->depth >= 40) {
        err(p, &f[3], "include depth exceeded at %s", name);
        free(text);
        buf_free(&path);
        return;
    }
    const char *fname = lex_strndup(p->a, path.data, path.len);
    buf_free(&path);
    diag_add_source(p->diags, fname, text, len);
    p->depth++;
    run_file(p, fname, text, len);
    p->depth--;
    free(text);
}

/* A tiny evaluator for -if(Expr) / -elif(Expr): integers, atoms, the
 * comparison and boolean operators, defined(M).  Tokens are already
 * macro-expanded except inside defined(...). */
typedef struct Ev {
    const Token *t;
    size_t i, n;
    int bad;
} Ev;

typedef struct EvVal {
    int is_atom;
    long long v;
    const char *a;
} EvVal;

static EvVal ev_expr(Pp *p, Ev *e, int prec);

static EvVal ev_primary(Pp *p, Ev *e) {
    EvVal r = {0, 0, NULL};
    if (e->i >= e->n) { e->bad = 1; return r; }
    const Token *t = &e->t[e->i++];
    if (t->kind == INTEGER || t->kind == CHAR) { r.v = t->ival; return r; }
    if (t->kind == ATOM && !strcmp(t->text, "defined") && e->i < e->n && e->t[e->i].kind == '(') {
        if (e->i + 2 < e->n && tname(&e->t[e->i + 1]) && e->t[e->i + 2].kind == ')') {
            const char *nm = e->t[e->i + 1].text;
            int def = any_macro(p, nm) || (predefined(nm) && (strcmp(nm, "MODULE") || p->module));
            e->i += 3;
            r.is_atom = 1;
            r.a = def ? "true" : "false";
            return r;
        }
        e->bad = 1;
        return r;
    }
    if (t->kind == ATOM) { r.is_atom = 1; r.a = t->text; return r; }
    if (t->kind == '(') {
        r = ev_expr(p, e, 0);
        if (e->i < e->n && e->t[e->i].kind == ')') e->i++;
        else e->bad = 1;
        return r;
    }
    if (t->kind == '-') { r = ev_primary(p, e); r.v = -r.v; return r; }
    if (t->kind == KW_NOT) {
        r = ev_primary(p, e);
        r.a = (r.is_atom && !strcmp(r.a, "true")) ? "false" : "true";
        r.is_atom = 1;
        return r;
    }
    e->bad = 1;
    return r;
}

static int ev_cmp(EvVal a, EvVal b) {
    if (a.is_atom != b.is_atom) return a.is_atom ? 1 : -1;   /* number < atom */
    if (a.is_atom) return strcmp(a.a, b.a);
    return a.v < b.v ? -1 : a.v > b.v;
}

static EvVal ev_expr(Pp *p, Ev *e, int prec) {
    EvVal l = ev_primary(p, e);
    while (!e->bad && e->i < e->n) {
        int k = e->t[e->i].kind, pr;
        switch (k) {
        case KW_ORELSE: case KW_OR: pr = 1; break;
        case KW_ANDALSO: case KW_AND: pr = 2; break;
        case EQEQ: case NEQ: case EXEQ: case EXNE: case '<': case '>': case LE: case GE: pr = 3; break;
        case '+': case '-': pr = 4; break;
        case '*': pr = 5; break;
        default: return l;
        }
        if (pr <= prec) return l;
        e->i++;
        EvVal r = ev_expr(p, e, pr);
        EvVal res = {1, 0, "false"};
        int c = ev_cmp(l, r);
        int lt = l.is_atom && !strcmp(l.a, "true"), rt = r.is_atom && !strcmp(r.a, "true");
        switch (k) {
        case KW_ORELSE: case KW_OR: res.a = (lt || rt) ? "true" : "false"; break;
        case KW_ANDALSO: case KW_AND: res.a = (lt && rt) ? "true" : "false"; break;
        case EQEQ: case EXEQ: res.a = c == 0 ? "true" : "false"; break;
        case NEQ: case EXNE: res.a = c != 0 ? "true" : "false"; break;
        case '<': res.a = c < 0 ? "true" : "false"; break;
        case '>': res.a = c > 0 ? "true" : "false"; break;
        case LE: res.a = c <= 0 ? "true" : "false"; break;
        case GE: res.a = c >= 0 ? "true" : "false"; break;
        case '+': res.is_atom = 0; res.v = l.v + r.v; break;
        case '-': res.is_atom = 0; res.v = l.v - r.v; break;
        default: res.is_atom = 0; res.v = l.v * r.v; break;
        }
        l = res;
    }
    return l;
}

/* Evaluate -if(...)'s condition; -1 when malformed. */
static int eval_if(Pp *p, const Token *f, size_t n) {
    if (n < 5 || f[2].kind != '(' || f[n - 2].kind != ')') return -1;
    /* expand macros except the argument of defined(...) */
    TokVec tv = {0};
    size_t i = 3, end = n - 2;
    int ok = 1;
    while (i < end && ok) {
        if (f[i].kind == ATOM && !strcmp(f[i].text, "defined") && i + 3 < end + 1 && f[i + 1].kind == '(') {
            for (size_t k = 0; k < 4 && i < end; k++) lex_push(&tv, &f[i++]);
            continue;
        }
        size_t j = i;
        while (j < end && !(f[j].kind == ATOM && !strcmp(f[j].text, "defined"))) j++;
        ok = expand(p, f + i, j - i, &tv, 0);
        i = j;
    }
    if (!ok) { lex_vec_free(&tv); return -2; }
    Ev e = {tv.v, 0, tv.n, 0};
    EvVal v = ev_expr(p, &e, 0);
    int r = (e.bad || e.i != e.n) ? -1 : (v.is_atom && !strcmp(v.a, "true"));
    lex_vec_free(&tv);
    return r;
}

static void push_cond(Pp *p, int cond) {
    if (p->nconds == p->capconds) {
        p->capconds = p->capconds ? p->capconds * 2 : 8;
        Cond *v = realloc(p->conds, p->capconds * sizeof *v);
        if (!v) abort();
        p->conds = v;
    }
    int pa = active(p);
    p->conds[p->nconds].parent_active = pa;
    p->conds[p->nconds].active = pa && cond;
    p->conds[p->nconds].taken = cond;
    p->nconds++;
}

/* Handle a directive form; returns 1 when the form was one. */
static int directive(Pp *p, const Token *f, size_t n) {
    if (n < 2 || f[0].kind != '-' || !tname(&f[1]) || f[1].kind == VAR) return 0;
    const char *d = f[1].text;
    if (!strcmp(d, "ifdef") || !strcmp(d, "ifndef")) {
        if (!active(p)) { push_cond(p, 0); return 1; }
        if (n != 6 || f[2].kind != '(' || !tname(&f[3]) || f[4].kind != ')' || f[5].kind != DOT) {
            err(p, &f[1], "badly formed '%s'", d);
            push_cond(p, 0);
            return 1;
        }
        int def = any_macro(p, f[3].text) || (predefined(f[3].text) && (strcmp(f[3].text, "MODULE") || p->module));
        push_cond(p, d[2] == 'd' ? def : !def);
        return 1;
    }
    if (!strcmp(d, "if")) {
        if (!active(p)) { push_cond(p, 0); return 1; }
        int r = eval_if(p, f, n);
        if (r == -1) err(p, &f[1], "badly formed '%s'", "if");
        push_cond(p, r == 1);
        return 1;
    }
    if (!strcmp(d, "elif")) {
        if (p->nconds == 0) { err(p, &f[1], "'-%s' without '-if'", "elif"); return 1; }
        Cond *c = &p->conds[p->nconds - 1];
        if (!c->parent_active || c->taken) { c->active = 0; return 1; }
        int r = eval_if(p, f, n);
        if (r == -1) err(p, &f[1], "badly formed '%s'", "elif");
        c->active = r == 1;
        c->taken = r == 1;
        return 1;
    }
    if (!strcmp(d, "else") && n == 3 && f[2].kind == DOT) {
        if (p->nconds == 0) { err(p, &f[1], "'-%s' without '-if'", "else"); return 1; }
        Cond *c = &p->conds[p->nconds - 1];
        c->active = c->parent_active && !c->taken;
        c->taken = 1;
        return 1;
    }
    if (!strcmp(d, "endif") && n == 3 && f[2].kind == DOT) {
        if (p->nconds == 0) { err(p, &f[1], "'-%s' without '-if'", "endif"); return 1; }
        p->nconds--;
        return 1;
    }
    if (!active(p)) return 0;
    if (!strcmp(d, "define")) { do_define(p, f, n); return 1; }
    if (!strcmp(d, "undef")) {
        if (n != 6 || f[2].kind != '(' || !tname(&f[3]) || f[4].kind != ')')
            err(p, &f[1], "badly formed '%s'", "undef");
        else
            undef_macro(p, f[3].text);
        return 1;
    }
    if (!strcmp(d, "include")) { do_include(p, f, n, 0); return 1; }
    if (!strcmp(d, "include_lib")) { do_include(p, f, n, 1); return 1; }
    if (!strcmp(d, "module") && n >= 4 && f[2].kind == '(' && f[3].kind == ATOM)
        p->module = f[3].text;
    return 0;
}

/* The function a form defines, for ?FUNCTION_NAME / ?FUNCTION_ARITY. */
static void form_function(Pp *p, const Token *f, size_t n) {
    p->fun_name = NULL;
    if (n < 2 || f[0].kind != ATOM || f[1].kind != '(') return;
    p->fun_name = f[0].text;
    size_t end = skip_group(f, 1, n);
    int arity = 0, depth = 0;
    for (size_t i = 2; i + 1 < end; i++) {
        int k = f[i].kind;
        if (opens(k)) depth++;
        else if (closes(k)) depth--;
        else if (k == ',' && depth == 0) arity++;
    }
    if (end > 3) arity++;
    p->fun_arity = arity;
}

static void handle_form(Pp *p, const Token *f, size_t n) {
    if (n == 0) return;
    if (directive(p, f, n)) return;
    if (!active(p)) return;
    form_function(p, f, n);
    TokVec out = {0};
    if (expand(p, f, n, &out, 0)) p->fn(p->ctx, out.v, out.n);
    lex_vec_free(&out);
}

static void run_file(Pp *p, const char *file, const char *src, size_t len) {
    TokVec toks = {0};
    lex_scan(p->a, file, src, len, &toks);
    size_t conds_at_start = p->nconds;
    TokVec form = {0};
    for (size_t i = 0; i < toks.n; i++) {
        Token *t = &toks.v[i];
        if (t->kind == T_ERROR) {
            /* a scan error ends the form: what came before is dropped */
            if (active(p)) diag_error(p->diags, t->file, t->line, t->col, "%s", t->text);
            form.n = 0;
            continue;
        }
        if (t->kind == END_OF_INPUT) {
            if (form.n) {
                lex_push(&form, t);
                handle_form(p, form.v, form.n);
            }
            break;
        }
        lex_push(&form, t);
        if (t->kind == DOT) {
            handle_form(p, form.v, form.n);
            form.n = 0;
        }
    }
    if (p->nconds > conds_at_start) {
        const Token *last = toks.n ? &toks.v[toks.n - 1] : NULL;
        if (last) diag_error(p->diags, file, last->line, last->col, "unterminated '%s'", "-ifdef");
        p->nconds = conds_at_start;
    }
    lex_vec_free(&form);
    lex_vec_free(&toks);
}

void pp_run(const char *file, const char *src, size_t len, const FeOptions *opt,
            LexArena *arena, Diags *diags, PpFormFn fn, void *ctx) {
    Pp p;
    memset(&p, 0, sizeof p);
    p.a = arena;
    p.diags = diags;
    p.opt = opt;
    p.fn = fn;
    p.ctx = ctx;
    const char *fname = lex_strndup(arena, file, strlen(file));
    /* -D definitions: NAME or NAME=value (value scanned as tokens) */
    for (size_t i = 0; opt && i < opt->ndefines; i++) {
        const char *d = opt->defines[i];
        const char *eq = strchr(d, '=');
        Macro m;
        memset(&m, 0, sizeof m);
        m.nargs = -1;
        m.name = lex_strndup(arena, d, eq ? (size_t)(eq - d) : strlen(d));
        TokVec tv = {0};
        const char *val = eq ? eq + 1 : "true";
        lex_scan(arena, fname, val, strlen(val), &tv);
        size_t nb = tv.n ? tv.n - 1 : 0;
        m.body = lex_alloc(arena, (nb + 1) * sizeof *m.body);
        memcpy(m.body, tv.v, nb * sizeof *m.body);
        m.nbody = nb;
        lex_vec_free(&tv);
        add_macro(&p, &m);
    }
    run_file(&p, fname, src, len);
    free(p.macros);
    free(p.conds);
}
