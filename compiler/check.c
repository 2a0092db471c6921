/* check.c — the semantic checks of erl_lint that matter for running code,
 * with its exact words: unbound/unsafe/unused/shadowed variables, undefined,
 * duplicate and unused functions, illegal patterns and guards.
 * Variables named with '%' are the record expander's and are not checked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"
#include "pp.h"
#include "xalloc.h"

/* Auto-imported BIFs of OTP 25 (erl_internal:bif/2): name/arity. */
static const char *const auto_bifs[] = {
    "abs/1", "alias/0", "alias/1", "apply/2", "apply/3", "atom_to_binary/1", "atom_to_binary/2",
    "atom_to_list/1", "binary_part/2", "binary_part/3", "binary_to_atom/1", "binary_to_atom/2",
    "binary_to_existing_atom/1", "binary_to_existing_atom/2", "binary_to_float/1",
    "binary_to_integer/1", "binary_to_integer/2", "binary_to_list/1", "binary_to_list/3",
    "binary_to_term/1", "binary_to_term/2", "bit_size/1", "bitstring_to_list/1", "byte_size/1",
    "ceil/1", "check_old_code/1", "check_process_code/2", "check_process_code/3", "date/0",
    "delete_module/1", "demonitor/1", "demonitor/2", "disconnect_node/1", "element/2", "erase/0",
    "erase/1", "error/1", "error/2", "error/3", "exit/1", "exit/2", "float/1", "float_to_binary/1",
    "float_to_binary/2", "float_to_list/1", "float_to_list/2", "floor/1", "garbage_collect/0",
    "garbage_collect/1", "garbage_collect/2", "get/0", "get/1", "get_keys/0", "get_keys/1",
    "group_leader/0", "group_leader/2", "halt/0", "halt/1", "halt/2", "hd/1", "integer_to_binary/1",
    "integer_to_binary/2", "integer_to_list/1", "integer_to_list/2", "iolist_size/1",
    "iolist_to_binary/1", "is_alive/0", "is_atom/1", "is_binary/1", "is_bitstring/1",
    "is_boolean/1", "is_float/1", "is_function/1", "is_function/2", "is_integer/1", "is_list/1",
    "is_map/1", "is_map_key/2", "is_number/1", "is_pid/1", "is_port/1", "is_process_alive/1",
    "is_record/2", "is_record/3", "is_reference/1", "is_tuple/1", "length/1", "link/1",
    "list_to_atom/1", "list_to_binary/1", "list_to_bitstring/1", "list_to_existing_atom/1",
    "list_to_float/1", "list_to_integer/1", "list_to_integer/2", "list_to_pid/1", "list_to_port/1",
    "list_to_ref/1", "list_to_tuple/1", "load_module/2", "make_ref/0", "map_get/2", "map_size/1",
    "max/2", "min/2", "module_loaded/1", "monitor/2", "monitor/3", "monitor_node/2", "node/0",
    "node/1", "nodes/0", "nodes/1", "nodes/2", "now/0", "open_port/2", "pid_to_list/1",
    "port_close/1", "port_command/2", "port_command/3", "port_connect/2", "port_control/3",
    "port_to_list/1", "pre_loaded/0", "process_flag/2", "process_flag/3", "process_info/1",
    "process_info/2", "processes/0", "purge_module/1", "put/2", "ref_to_list/1", "register/2",
    "registered/0", "round/1", "self/0", "setelement/3", "size/1", "spawn/1", "spawn/2",
    "spawn/3", "spawn/4", "spawn_link/1", "spawn_link/2", "spawn_link/3", "spawn_link/4",
    "spawn_monitor/1", "spawn_monitor/2", "spawn_monitor/3", "spawn_monitor/4", "spawn_opt/2",
    "spawn_opt/3", "spawn_opt/4", "spawn_opt/5", "spawn_request/1", "spawn_request/2",
    "spawn_request/3", "spawn_request/4", "spawn_request/5", "spawn_request_abandon/1",
    "split_binary/2", "statistics/1", "term_to_binary/1", "term_to_binary/2", "term_to_iovec/1",
    "term_to_iovec/2", "throw/1", "time/0", "tl/1", "trunc/1", "tuple_size/1", "tuple_to_list/1",
    "unalias/1", "unlink/1", "unregister/1", "whereis/1", NULL,
};

/* Guard BIFs and type tests (erl_internal:guard_bif/2, type_test/2). */
static const char *const guard_bifs[] = {
    "abs/1", "binary_part/2", "binary_part/3", "bit_size/1", "byte_size/1", "ceil/1",
    "element/2", "float/1", "floor/1", "hd/1", "is_atom/1", "is_binary/1", "is_bitstring/1",
    "is_boolean/1", "is_float/1", "is_function/1", "is_function/2", "is_integer/1", "is_list/1",
    "is_map/1", "is_map_key/2", "is_number/1", "is_pid/1", "is_port/1", "is_record/2",
    "is_record/3", "is_reference/1", "is_tuple/1", "length/1", "map_get/2", "map_size/1",
    "node/0", "node/1", "round/1", "self/0", "size/1", "tl/1", "trunc/1", "tuple_size/1", NULL,
};

static int in_table(const char *const *t, const char *name, int arity) {
    char key[300];
    snprintf(key, sizeof key, "%s/%d", name, arity);
    for (size_t i = 0; t[i]; i++)
        if (!strcmp(t[i], key)) return 1;
    return 0;
}

/* erlang:F/A allowed in guards: guard BIFs plus the operators. */
static int erlang_guard_fun(const char *name, int arity) {
    static const char *const ops2[] = {"+", "-", "*", "/", "div", "rem", "band", "bor", "bxor",
                                       "bsl", "bsr", "and", "or", "xor", "==", "/=", "=:=", "=/=",
                                       "<", "=<", ">", ">=", NULL};
    if (in_table(guard_bifs, name, arity)) return 1;
    if (arity == 1 && (!strcmp(name, "-") || !strcmp(name, "+") || !strcmp(name, "not") || !strcmp(name, "bnot")))
        return 1;
    for (size_t i = 0; arity == 2 && ops2[i]; i++)
        if (!strcmp(name, ops2[i])) return 1;
    return 0;
}

/* ---- variables ----------------------------------------------------------
 * A binding is one place where a variable gets bound; environments map
 * names to bindings.  Branches (case clauses ...) work on copies; after
 * them, a variable bound in every branch gets a merged binding whose use
 * counts as a use of each branch's binding, one bound in only some is
 * unsafe. */

typedef struct Binding {
    int line, col;
    int used;
    int merged_into;    /* binding index + 1, or 0 */
    int is_merge;       /* stands for the bindings of several branches */
    const char *name;
} Binding;

enum { V_BOUND, V_UNSAFE };

typedef struct Var {
    const char *name;
    int state;
    int b;              /* binding index */
    const char *unsafe_in;
    int uline, ucol;
} Var;

typedef struct Env {
    Var *v;
    size_t n, cap;
} Env;

typedef struct Fn {
    const char *name;
    int arity;
    const Ast *def;
    int reached;
    int dup;
} Fn;

typedef struct Chk {
    AstModule *m;
    const char *file;
    const ChkOptions *opt;
    Diags *d;
    Binding *b;
    size_t nb, capb;
    Fn *fns;
    size_t nfns;
    int cur_fn;         /* index into fns of the function being checked */
    /* call graph edges: from function index to callee index */
    int (*edges)[2];
    size_t nedges, capedges;
    int shell;          /* chk_exprs: a shell command (see there) */
} Chk;

static int generated(const char *name) { return strchr(name, '%') != NULL; }

static Var *env_find(Env *e, const char *name) {
    for (size_t i = e->n; i-- > 0;)
        if (!strcmp(e->v[i].name, name)) return &e->v[i];
    return NULL;
}

static Var *env_put(Env *e, const char *name) {
    Var *v = env_find(e, name);
    if (v) return v;
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 16;
        e->v = xrealloc(e->v, e->cap * sizeof *e->v);
    }
    v = &e->v[e->n++];
    memset(v, 0, sizeof *v);
    v->name = name;
    return v;
}

static Env env_copy(const Env *e) {
    Env c = {NULL, e->n, e->n};
    c.v = xrealloc(NULL, (e->n ? e->n : 1) * sizeof *c.v);
    if (e->n) memcpy(c.v, e->v, e->n * sizeof *c.v);
    return c;
}

static void env_free(Env *e) { free(e->v); e->v = NULL; e->n = e->cap = 0; }

static int new_binding(Chk *c, const char *name, int line, int col) {
    if (c->nb == c->capb) {
        c->capb = c->capb ? c->capb * 2 : 64;
        c->b = xrealloc(c->b, c->capb * sizeof *c->b);
    }
    Binding *b = &c->b[c->nb];
    memset(b, 0, sizeof *b);
    b->line = line;
    b->col = col;
    b->name = name;
    return (int)c->nb++;
}

static void use_var(Chk *c, Env *e, const Ast *v) {
    const char *n = v->text;
    if (c->shell && !strcmp(n, "_")) {
        diag_error(c->d, c->file, v->line, v->col, "variable '_' is unbound");
        return;
    }
    if (!strcmp(n, "_") || generated(n)) return;
    Var *x = env_find(e, n);
    if (!x) {
        diag_error(c->d, c->file, v->line, v->col, "variable '%s' is unbound", n);
        return;
    }
    c->b[x->b].used = 1;
    if (x->state == V_UNSAFE)
        diag_error(c->d, c->file, v->line, v->col, "variable '%s' unsafe in '%s' (line %d, column %d)",
                   n, x->unsafe_in, x->uline, x->ucol);
}

/* ---- functions ---------------------------------------------------------- */

static int fn_find(Chk *c, const char *name, int arity) {
    for (size_t i = 0; i < c->nfns; i++)
        if (!c->fns[i].dup && c->fns[i].arity == arity && !strcmp(c->fns[i].name, name)) return (int)i;
    return -1;
}

static int imported(Chk *c, const char *name, int arity) {
    for (size_t i = 0; c->m && i < c->m->nimports; i++)
        if (c->m->imports[i].arity == arity && !strcmp(c->m->imports[i].name, name)) return 1;
    return 0;
}

static void edge(Chk *c, int to) {
    if (c->cur_fn < 0 || to < 0) return;
    if (c->nedges == c->capedges) {
        c->capedges = c->capedges ? c->capedges * 2 : 64;
        c->edges = xrealloc(c->edges, c->capedges * sizeof *c->edges);
    }
    c->edges[c->nedges][0] = c->cur_fn;
    c->edges[c->nedges][1] = to;
    c->nedges++;
}

static int no_auto(Chk *c, const char *name, int arity) {
    const Ast *s = c->opt->no_auto_import;
    for (size_t i = 0; s && i < s->nkids; i++)
        for (const Ast *l = s->kids[i]; l && l->kind == A_CONS; l = l->kids[1]) {
            const Ast *fa = l->kids[0];
            if (((fa->kind == A_OP && fa->op == OP_FDIV) || (fa->kind == A_TUPLE && fa->nkids == 2))
                && fa->kids[0]->kind == A_ATOM && fa->kids[1]->kind == A_INT && fa->kids[1]->ival == arity
                && !strcmp(fa->kids[0]->text, name))
                return 1;
        }
    return 0;
}

/* A local call or fun reference name/arity at (line, col). */
static int is_module_info(const char *name, int arity) {
    return (arity == 0 || arity == 1) && !strcmp(name, "module_info");
}

static void local_ref(Chk *c, const char *name, int arity, int line, int col) {
    if (c->shell) return;   /* shell commands, resolved when they run */
    int f = fn_find(c, name, arity);
    if (f >= 0) { edge(c, f); return; }
    if (is_module_info(name, arity)) return;   /* the compiler adds these */
    if (imported(c, name, arity) || (in_table(auto_bifs, name, arity) && !no_auto(c, name, arity))) return;
    diag_error(c->d, c->file, line, col, "function %s/%d undefined", name, arity);
}

/* ---- expressions, patterns, guards -------------------------------------- */

static void expr(Chk *c, Env *e, const Ast *a);
static void exprs(Chk *c, Env *e, const Ast *seq);
static void guard_test(Chk *c, Env *e, const Ast *g);

/* A record in a shell command: the shell has no record definitions, so
 * erl_lint finds every record undefined.  An update or a field access
 * checks its record expression first, as erl_lint does. Returns whether
 * a was a record node. */
static int shell_record(Chk *c, Env *e, const Ast *a) {
    if (!c->shell) return 0;
    switch (a->kind) {
    case A_RECORD_UPDATE: case A_RECORD_ACCESS: case A_RECORD: case A_RECORD_INDEX:
        break;
    default:
        return 0;
    }
    if (a->kind == A_RECORD_UPDATE || a->kind == A_RECORD_ACCESS) expr(c, e, a->kids[0]);
    Buf name = {0};
    lex_write_atom(a->text, strlen(a->text), &name);
    diag_error(c->d, c->file, a->line, a->col, "record %s undefined", name.data);
    for (size_t i = 1; a->kind == A_RECORD_UPDATE && i < a->nkids; i++)
        if (!strcmp(a->kids[i]->text, "_"))
            diag_error(c->d, c->file, a->kids[i]->line, a->kids[i]->col,
                       "meaningless use of _ in update of record %s", name.data);
    buf_free(&name);
    return 1;
}

/* The first position in a subtree: erl_lint reports some errors at the
 * leftmost token of an expression. */
static void first_pos(const Ast *a, int *line, int *col) {
    if (!a) return;
    if (a->line > 0 && (a->line < *line || (a->line == *line && a->col < *col))) {
        *line = a->line;
        *col = a->col;
    }
    for (size_t i = 0; i < a->nkids; i++) first_pos(a->kids[i], line, col);
}

/* Bit type names: the group each belongs to and its canonical name. */
static const struct { const char *name, *group, *canon; } bit_types[] = {
    {"integer", "type", "integer"}, {"float", "type", "float"}, {"binary", "type", "binary"},
    {"bytes", "type", "binary"}, {"bitstring", "type", "bitstring"}, {"bits", "type", "bitstring"},
    {"utf8", "type", "utf8"}, {"utf16", "type", "utf16"}, {"utf32", "type", "utf32"},
    {"signed", "sign", "signed"}, {"unsigned", "sign", "unsigned"},
    {"big", "endianness", "big"}, {"little", "endianness", "little"}, {"native", "endianness", "native"},
};

/* The type specifiers of a segment, as the parser kept them in shell mode
 * ("little-signed-unit:8"), checked as erl_lint's bit_type does: the
 * first problem is reported and ends the check.  Then the size rules.
 * last: the segment ends a binary pattern (< 0: not a pattern). */
static void shell_bin_segment(Chk *c, const Ast *seg, int last) {
    int line = seg->line, col = seg->col;
    first_pos(seg, &line, &col);
    const char *type = NULL, *sign = NULL, *endian = NULL;
    long unit = 0;
    for (const char *s = seg->text ? seg->text : ""; *s;) {
        size_t k = strcspn(s, "-");
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)k, s);
        s += k + (s[k] == '-');
        char *colon = strchr(name, ':');
        if (colon) {   /* name:Value; only unit:N exists */
            *colon = 0;
            long u = strtol(colon + 1, NULL, 10);
            if (strcmp(name, "unit") != 0)
                diag_error(c->d, c->file, line, col, "bit type {%s,%s} undefined", name, colon + 1);
            else if (unit && unit != u)
                diag_error(c->d, c->file, line, col,
                           "conflict in unit specification for bit field: '%ld' and '%ld'", u, unit);
            else {
                unit = u;
                continue;
            }
            return;
        }
        size_t i = 0, n = sizeof bit_types / sizeof bit_types[0];
        while (i < n && strcmp(bit_types[i].name, name) != 0) i++;
        if (i == n) {
            diag_error(c->d, c->file, line, col, "bit type %s undefined", name);
            return;
        }
        const char **slot = bit_types[i].group[0] == 't' ? &type : bit_types[i].group[0] == 's' ? &sign : &endian;
        if (*slot && strcmp(*slot, bit_types[i].canon) != 0) {
            diag_error(c->d, c->file, line, col, "conflict in %s specification for bit field: '%s' and '%s'",
                       bit_types[i].group, bit_types[i].canon, *slot);
            return;
        }
        *slot = bit_types[i].canon;
    }
    int sized = seg->nkids > 1 && seg->kids[1];
    int utf = type && !strncmp(type, "utf", 3);
    int bin = type && (!strcmp(type, "binary") || !strcmp(type, "bitstring"));
    if (utf && (sized || unit))
        diag_error(c->d, c->file, line, col,
                   "neither size nor unit must be given for segments of type utf8/utf16/utf32");
    else if (!utf && !bin && unit && !sized)
        diag_error(c->d, c->file, line, col, "a bit unit size must not be specified unless a size is specified too");
    else if (last == 0 && bin && !sized)
        diag_error(c->d, c->file, line, col, "a binary field without size is only allowed at the end of a binary pattern");
}

/* #{K := V} builds no map: erl_lint refuses := outside patterns. */
static void shell_map_exact(Chk *c, const Ast *a) {
    if (!c->shell || a->kind != A_MAP) return;
    for (size_t i = 0; i < a->nkids; i++)
        if (a->kids[i]->kind == A_MAP_EXACT)
            diag_error(c->d, c->file, a->kids[i]->line, a->kids[i]->col,
                       "only association operators '=>' are allowed in map construction");
}

/* is_record(E, r), erlang:is_record(E, r) and record_info(fields | size,
 * r) name a record: undefined in the shell.  Returns whether a was one. */
static int shell_record_call(Chk *c, Env *e, const Ast *a, int in_guard) {
    if (!c->shell || a->kind != A_CALL || a->nkids != 3) return 0;
    const Ast *f = a->kids[0], *x = a->kids[1], *r = a->kids[2];
    if (f->kind == A_REMOTE && f->kids[0]->kind == A_ATOM && !strcmp(f->kids[0]->text, "erlang"))
        f = f->kids[1];
    if (f->kind != A_ATOM || r->kind != A_ATOM) return 0;
    int is_record = !strcmp(f->text, "is_record");
    int info = a->kids[0]->kind == A_ATOM && !strcmp(f->text, "record_info") && x->kind == A_ATOM
               && (!strcmp(x->text, "fields") || !strcmp(x->text, "size"));
    if (!is_record && !info) return 0;
    if (is_record) {
        if (in_guard) guard_test(c, e, x);
        else expr(c, e, x);
    }
    const Ast *at = is_record ? r : a;
    Buf name = {0};
    lex_write_atom(r->text, strlen(r->text), &name);
    diag_error(c->d, c->file, at->line, at->col, "record %s undefined", name.data);
    buf_free(&name);
    return 1;
}

/* f(Var) in the shell forgets Var: the shell checks it as the atom ok
 * (shell:prep_check), so Var need not be bound. */
static int shell_forget(const Chk *c, const Ast *a) {
    return c->shell && a->kind == A_CALL && a->nkids == 2 && a->kids[0]->kind == A_ATOM
           && !strcmp(a->kids[0]->text, "f") && a->kids[1]->kind == A_VAR;
}

/* Bind the variables of pattern p in e.  shadow_in: for fun heads and
 * generators, a variable of the outer scope (outer) is shadowed, not
 * matched. */
typedef struct PatCtx {
    Env *outer;
    const char *shadow_in;   /* message text, e.g. "'fun'" */
    Env *fresh;              /* names bound so far in this pattern group */
    int quiet;               /* a generated fun: no shadow/unused warnings */
} PatCtx;

static int is_constant_expr(const Ast *a) {
    switch (a->kind) {
    case A_INT: case A_BIGINT: case A_FLOAT: case A_STRING: case A_ATOM: case A_NIL:
        return 1;
    case A_OP:
        if (a->op == OP_SEND || a->op == OP_ANDALSO || a->op == OP_ORELSE) return 0;
        return is_constant_expr(a->kids[0]) && is_constant_expr(a->kids[1]);
    case A_UNOP:
        return is_constant_expr(a->kids[0]);
    default:
        return 0;
    }
}

/* "abc" ++ T and [$a, $b] ++ T patterns: a literal list prefix. */
static int literal_list(const Ast *a) {
    while (a && a->kind == A_CONS) {
        if (!is_constant_expr(a->kids[0])) return 0;
        a = a->kids[1];
    }
    return a && (a->kind == A_NIL || a->kind == A_STRING);
}

static void pattern(Chk *c, Env *e, const Ast *p, PatCtx *pc) {
    if (!p) return;
    if (shell_record(c, e, p) || shell_forget(c, p)) return;
    switch (p->kind) {
    case A_VAR: {
        const char *n = p->text;
        if (!strcmp(n, "_") || generated(n)) return;
        Var *x = env_find(e, n);
        int in_fresh = pc->fresh && env_find(pc->fresh, n) != NULL;
        if (x && pc->shadow_in && !in_fresh && pc->outer && env_find(pc->outer, n)
            && env_find(pc->outer, n)->b == x->b) {
            /* shadowing an outer variable: a new binding (silently for an
             * unsafe one) */
            if (!c->opt->nowarn_shadow_vars && x->state == V_BOUND && !pc->quiet)
                diag_warning(c->d, c->file, p->line, p->col, "variable '%s' shadowed in %s", n, pc->shadow_in);
            x = NULL;
        }
        if (x && x->state == V_UNSAFE) {
            diag_error(c->d, c->file, p->line, p->col, "variable '%s' unsafe in '%s' (line %d, column %d)",
                       n, x->unsafe_in, x->uline, x->ucol);
            return;
        }
        if (x) {
            c->b[x->b].used = 1;
            return;
        }
        Var *v = env_put(e, n);
        v->state = V_BOUND;
        v->b = new_binding(c, n, p->line, p->col);
        /* ival = 1: used by a size in a desugared bitstring generator;
         * quiet: bindings of a generated fun are not reported */
        if (p->ival == 1 || pc->quiet) c->b[v->b].used = 1;
        if (pc->fresh) env_put(pc->fresh, n)->b = v->b;
        return;
    }
    case A_INT: case A_BIGINT: case A_FLOAT: case A_ATOM: case A_STRING: case A_NIL:
        return;
    case A_CONS:
        while (p && p->kind == A_CONS) {
            pattern(c, e, p->kids[0], pc);
            p = p->kids[1];
        }
        pattern(c, e, p, pc);
        return;
    case A_TUPLE:
        for (size_t i = 0; i < p->nkids; i++) pattern(c, e, p->kids[i], pc);
        return;
    case A_BIN:
        for (size_t i = 0; i < p->nkids; i++) {
            const Ast *s = p->kids[i];
            pattern(c, e, s->kids[0], pc);
            if (s->nkids > 1 && s->kids[1]) expr(c, e, s->kids[1]);
            if (c->shell) shell_bin_segment(c, s, i + 1 == p->nkids);
        }
        return;
    case A_MATCH:
        pattern(c, e, p->kids[0], pc);
        pattern(c, e, p->kids[1], pc);
        return;
    case A_BINSEG:
        pattern(c, e, p->kids[0], pc);
        if (p->nkids > 1 && p->kids[1]) expr(c, e, p->kids[1]);
        return;
    case A_MAP:
        for (size_t i = 0; i < p->nkids; i++) {
            const Ast *f = p->kids[i];
            if (f->kind != A_MAP_EXACT) {
                diag_error(c->d, c->file, f->line, f->col, "illegal pattern");
                continue;
            }
            expr(c, e, f->kids[0]);
            pattern(c, e, f->kids[1], pc);
        }
        return;
    case A_OP:
        if (p->op == OP_APPEND && literal_list(p->kids[0])) {
            pattern(c, e, p->kids[1], pc);
            return;
        }
        if (is_constant_expr(p)) return;
        diag_error(c->d, c->file, p->line, p->col, "illegal pattern");
        return;
    case A_UNOP:
        if (is_constant_expr(p)) return;
        diag_error(c->d, c->file, p->line, p->col, "illegal pattern");
        return;
    case A_RECORD:    /* left by the record expander after an error */
        return;
    default:
        diag_error(c->d, c->file, p->line, p->col, "illegal pattern");
        return;
    }
}

static void guard_test(Chk *c, Env *e, const Ast *g) {
    if (!g) return;
    if (shell_record(c, e, g) || shell_record_call(c, e, g, 1)) return;
    switch (g->kind) {
    case A_VAR:
        use_var(c, e, g);
        return;
    case A_INT: case A_BIGINT: case A_FLOAT: case A_ATOM: case A_STRING: case A_NIL:
        return;
    case A_CONS: case A_TUPLE: case A_BIN: case A_MAP: case A_MAP_UPDATE: case A_MAP_ASSOC:
    case A_MAP_EXACT: case A_UNOP: case A_RECORD: case A_RECORD_FIELD:
        for (size_t i = 0; i < g->nkids; i++) guard_test(c, e, g->kids[i]);
        shell_map_exact(c, g);
        return;
    case A_BINSEG:
        guard_test(c, e, g->kids[0]);
        if (g->nkids > 1) guard_test(c, e, g->kids[1]);
        if (c->shell) shell_bin_segment(c, g, -1);
        return;
    case A_OP:
        if (g->op == OP_SEND) break;
        if (c->shell && (g->op == OP_APPEND || g->op == OP_SUBTRACT)) break;   /* not guard operators */
        guard_test(c, e, g->kids[0]);
        guard_test(c, e, g->kids[1]);
        return;
    case A_CALL: {
        const Ast *f = g->kids[0];
        int arity = (int)g->nkids - 1;
        int ok = 0;
        if (f->kind == A_ATOM) {
            if (in_table(guard_bifs, f->text, arity)) ok = 1;
            else if (fn_find(c, f->text, arity) >= 0 || imported(c, f->text, arity)) {
                diag_error(c->d, c->file, g->line, g->col,
                           "call to local/imported function %s/%d is illegal in guard", f->text, arity);
                for (size_t i = 1; i < g->nkids; i++) guard_test(c, e, g->kids[i]);
                return;
            }
        } else if (f->kind == A_REMOTE && f->kids[0]->kind == A_ATOM && f->kids[1]->kind == A_ATOM
                   && !strcmp(f->kids[0]->text, "erlang")) {
            ok = erlang_guard_fun(f->kids[1]->text, arity);
        }
        if (!ok) diag_error(c->d, c->file, g->line, g->col, "illegal guard expression");
        for (size_t i = 1; i < g->nkids; i++) guard_test(c, e, g->kids[i]);
        return;
    }
    default:
        break;
    }
    diag_error(c->d, c->file, g->line, g->col, "illegal guard expression");
}

static void guard(Chk *c, Env *e, const Ast *g) {
    if (!g) return;
    for (size_t i = 0; i < g->nkids; i++)
        for (size_t k = 0; k < g->kids[i]->nkids; k++) guard_test(c, e, g->kids[i]->kids[k]);
}

/* Merge the environments of n branches into e (see Binding). */
static void merge(Chk *c, Env *e, Env *br, size_t n, const char *kind, int line, int col) {
    for (size_t k = 0; k < n; k++) {
        for (size_t i = 0; i < br[k].n; i++) {
            const Var *v = &br[k].v[i];
            if (env_find(e, v->name)) continue;   /* known before, or merged already */
            int in_all = 1;
            for (size_t j = 0; j < n; j++) {
                const Var *w = env_find(&br[j], v->name);
                if (!w || w->state != V_BOUND) in_all = 0;
            }
            Var *nv = env_put(e, v->name);
            if (in_all) {
                int m = new_binding(c, v->name, c->b[v->b].line, c->b[v->b].col);
                c->b[m].is_merge = 1;
                for (size_t j = 0; j < n; j++) c->b[env_find(&br[j], v->name)->b].merged_into = m + 1;
                nv->state = V_BOUND;
                nv->b = m;
            } else {
                nv->state = V_UNSAFE;
                nv->b = v->b;
                nv->unsafe_in = kind;
                nv->uline = line;
                nv->ucol = col;
            }
        }
    }
}

/* Variables bound in sub (a copy of e) become unsafe in e. */
static void all_unsafe(Env *e, Env *sub, const char *kind, int line, int col) {
    for (size_t i = 0; i < sub->n; i++) {
        Var *v = &sub->v[i];
        Var *old = env_find(e, v->name);
        if (old) continue;
        Var *nv = env_put(e, v->name);
        nv->state = V_UNSAFE;
        nv->b = v->b;
        nv->unsafe_in = kind;
        nv->uline = line;
        nv->ucol = col;
    }
}

/* First occurrence of variable name in a guard, or NULL. */
static const Ast *find_var(const Ast *a, const char *name) {
    if (!a) return NULL;
    if (a->kind == A_VAR && !strcmp(a->text, name)) return a;
    for (size_t i = 0; i < a->nkids; i++) {
        const Ast *r = find_var(a->kids[i], name);
        if (r) return r;
    }
    return NULL;
}

static void clause_in(Chk *c, Env *e, const Ast *cl, PatCtx *pc) {
    const Ast *ps = cl->kids[0];
    if (ps && ps->nkids == 1 && ps->kids[0] && ps->kids[0]->kind == A_CATCHPAT && ps->kids[0]->kids[2]
        && cl->kids[1]) {
        const Ast *st = find_var(cl->kids[1], ps->kids[0]->kids[2]->text);
        if (st)
            diag_error(c->d, c->file, st->line, st->col, "stacktrace variable '%s' must not be used in a guard",
                       st->text);
    }
    for (size_t i = 0; ps && i < ps->nkids; i++) {
        const Ast *p = ps->kids[i];
        if (p && p->kind == A_CATCHPAT) {
            if (p->kids[0] && p->kids[0]->kind == A_VAR) pattern(c, e, p->kids[0], pc);
            pattern(c, e, p->kids[1], pc);
            if (p->kids[2]) pattern(c, e, p->kids[2], pc);
        } else {
            pattern(c, e, p, pc);
        }
    }
    guard(c, e, cl->kids[1]);
    exprs(c, e, cl->kids[2]);
}

/* case/receive/if/try-of clauses: each on a copy of e; merged after. */
static void branches(Chk *c, Env *e, const Ast *const *cls, size_t n, const Ast *extra_body,
                     const char *kind, int line, int col) {
    size_t nb = n + (extra_body ? 1 : 0);
    Env *br = xrealloc(NULL, (nb ? nb : 1) * sizeof *br);
    /* erl_lint checks a receive's after body before its clauses */
    if (extra_body) {
        br[n] = env_copy(e);
        exprs(c, &br[n], extra_body);
    }
    for (size_t i = 0; i < n; i++) {
        br[i] = env_copy(e);
        PatCtx pc = {NULL, NULL, NULL, 0};
        clause_in(c, &br[i], cls[i], &pc);
    }
    merge(c, e, br, nb, kind, line, col);
    for (size_t i = 0; i < nb; i++) env_free(&br[i]);
    free(br);
}

static void fun_clauses(Chk *c, Env *e, const Ast *f, const char *name) {
    /* A named fun's name is bound around its clauses, at the 'fun'. */
    Env outer = env_copy(e);
    if (name) {
        Var *x = env_find(&outer, name);
        if (x && !c->opt->nowarn_shadow_vars && !generated(name))
            diag_warning(c->d, c->file, f->line, f->col, "variable '%s' shadowed in 'named fun'", name);
        Var *v = env_put(&outer, name);
        v->state = V_BOUND;
        v->b = new_binding(c, name, f->line, f->col);
    }
    for (size_t i = 0; i < f->nkids; i++) {
        const Ast *cl = f->kids[i];
        Env inner = env_copy(&outer);
        Env fresh = {0};
        PatCtx pc = {&outer, "'fun'", &fresh, name && generated(name)};
        const Ast *ps = cl->kids[0];
        for (size_t k = 0; ps && k < ps->nkids; k++) pattern(c, &inner, ps->kids[k], &pc);
        guard(c, &inner, cl->kids[1]);
        exprs(c, &inner, cl->kids[2]);
        env_free(&fresh);
        env_free(&inner);
    }
    env_free(&outer);
}

static void exprs(Chk *c, Env *e, const Ast *seq) {
    for (size_t i = 0; seq && i < seq->nkids; i++) expr(c, e, seq->kids[i]);
}

static void expr(Chk *c, Env *e, const Ast *a) {
    if (!a) return;
    if (shell_record(c, e, a) || shell_forget(c, a) || shell_record_call(c, e, a, 0)) return;
    if (c->shell && a->kind == A_REMOTE) {   /* m:f not called */
        int line = a->line, col = a->col;
        first_pos(a, &line, &col);
        diag_error(c->d, c->file, line, col, "illegal expression");
        return;
    }
    switch (a->kind) {
    case A_VAR:
        use_var(c, e, a);
        return;
    case A_INT: case A_BIGINT: case A_FLOAT: case A_ATOM: case A_STRING: case A_NIL:
        return;
    case A_MATCH: {
        expr(c, e, a->kids[1]);
        PatCtx pc = {NULL, NULL, NULL, 0};
        pattern(c, e, a->kids[0], &pc);
        return;
    }
    case A_CALL: {
        const Ast *f = a->kids[0];
        int arity = (int)a->nkids - 1;
        if (f->kind == A_ATOM) local_ref(c, f->text, arity, a->line, a->col);
        else if (f->kind == A_REMOTE) { expr(c, e, f->kids[0]); expr(c, e, f->kids[1]); }
        else expr(c, e, f);
        for (size_t i = 1; i < a->nkids; i++) expr(c, e, a->kids[i]);
        return;
    }
    case A_FUN_REF:
        local_ref(c, a->text, (int)a->ival, a->line, a->col);
        return;
    case A_CASE:
        expr(c, e, a->kids[0]);
        branches(c, e, (const Ast *const *)a->kids + 1, a->nkids - 1, NULL, "case", a->line, a->col);
        return;
    case A_IF:
        branches(c, e, (const Ast *const *)a->kids, a->nkids, NULL, "if", a->line, a->col);
        return;
    case A_RECEIVE: {
        const Ast *cls = a->kids[0];
        if (a->kids[1]) expr(c, e, a->kids[1]);
        branches(c, e, (const Ast *const *)cls->kids, cls->nkids, a->kids[1] ? a->kids[2] : NULL,
                 "receive", a->line, a->col);
        return;
    }
    case A_TRY: {
        /* body and of-clauses, catch clauses, after: each from the same
         * starting point; whatever they bind is unsafe after the try */
        Env sub = env_copy(e);
        exprs(c, &sub, a->kids[0]);
        if (a->kids[1]) {
            const Ast *cls = a->kids[1];
            branches(c, &sub, (const Ast *const *)cls->kids, cls->nkids, NULL, "try", a->line, a->col);
        }
        Env sub2 = env_copy(e);
        if (a->kids[2]) {
            const Ast *cls = a->kids[2];
            branches(c, &sub2, (const Ast *const *)cls->kids, cls->nkids, NULL, "try", a->line, a->col);
        }
        Env sub3 = env_copy(e);
        if (a->kids[3]) exprs(c, &sub3, a->kids[3]);
        all_unsafe(e, &sub, "try", a->line, a->col);
        all_unsafe(e, &sub2, "try", a->line, a->col);
        all_unsafe(e, &sub3, "try", a->line, a->col);
        env_free(&sub);
        env_free(&sub2);
        env_free(&sub3);
        return;
    }
    case A_CATCH: {
        Env sub = env_copy(e);
        expr(c, &sub, a->kids[0]);
        all_unsafe(e, &sub, "catch", a->line, a->col);
        env_free(&sub);
        return;
    }
    case A_FUN:
        fun_clauses(c, e, a, NULL);
        return;
    case A_NAMED_FUN:
        fun_clauses(c, e, a, a->text);
        return;
    case A_LC: {
        Env inner = env_copy(e);
        for (size_t i = 1; i < a->nkids; i++) {
            const Ast *q = a->kids[i];
            if (q->kind == A_GENERATE) {
                expr(c, &inner, q->kids[1]);
                Env outer_now = env_copy(&inner);
                Env fresh = {0};
                PatCtx pc = {&outer_now, "generate", &fresh, 0};
                pattern(c, &inner, q->kids[0], &pc);
                env_free(&fresh);
                env_free(&outer_now);
            } else {
                expr(c, &inner, q);
            }
        }
        expr(c, &inner, a->kids[0]);
        env_free(&inner);
        return;
    }
    case A_CLAUSE: {
        PatCtx pc = {NULL, NULL, NULL, 0};
        clause_in(c, e, a, &pc);
        return;
    }
    case A_BINSEG:
        for (size_t i = 0; i < a->nkids; i++) expr(c, e, a->kids[i]);
        if (c->shell) shell_bin_segment(c, a, -1);
        return;
    case A_MAP:
        for (size_t i = 0; i < a->nkids; i++) expr(c, e, a->kids[i]);
        shell_map_exact(c, a);
        return;
    case A_CONS:
        /* iterate down the tail: lists can be long */
        while (a && a->kind == A_CONS) {
            expr(c, e, a->kids[0]);
            a = a->kids[1];
        }
        expr(c, e, a);
        return;
    default:
        for (size_t i = 0; i < a->nkids; i++) expr(c, e, a->kids[i]);
        return;
    }
}

static int binding_used(const Chk *c, int b) {
    for (int depth = 0; b >= 0 && depth < 1000; depth++) {
        if (c->b[b].used) return 1;
        b = c->b[b].merged_into - 1;
    }
    return 0;
}

static void check_function(Chk *c, const Ast *f) {
    for (size_t i = 0; i < f->nkids; i++) {
        const Ast *cl = f->kids[i];
        size_t b0 = c->nb;
        Env e = {0};
        PatCtx pc = {NULL, NULL, NULL, 0};
        clause_in(c, &e, cl, &pc);
        env_free(&e);
        if (c->opt->nowarn_unused_vars) continue;
        for (size_t b = b0; b < c->nb; b++) {
            const Binding *x = &c->b[b];
            if (x->is_merge || x->name[0] == '_' || generated(x->name)) continue;
            if (!binding_used(c, (int)b))
                diag_warning(c->d, c->file, x->line, x->col, "variable '%s' is unused", x->name);
        }
    }
}

void chk_module(AstModule *m, const char *file, const ChkOptions *opt, Diags *diags) {
    Chk c;
    memset(&c, 0, sizeof c);
    c.m = m;
    c.file = file;
    c.opt = opt;
    c.d = diags;
    c.cur_fn = -1;
    c.fns = xrealloc(NULL, (m->nfunctions + 1) * sizeof *c.fns);
    for (size_t i = 0; i < m->nfunctions; i++) {
        Fn *f = &c.fns[c.nfns];
        memset(f, 0, sizeof *f);
        f->name = m->functions[i]->text;
        f->arity = (int)m->functions[i]->ival;
        f->def = m->functions[i];
        if (fn_find(&c, f->name, f->arity) >= 0) {
            diag_error(diags, file, f->def->line, f->def->col, "function %s/%d already defined", f->name, f->arity);
            f->dup = 1;
        }
        c.nfns++;
    }
    for (size_t i = 0; i < m->nexports; i++) {
        int f = fn_find(&c, m->exports[i].name, m->exports[i].arity);
        if (f < 0 && is_module_info(m->exports[i].name, m->exports[i].arity)) {
            /* exported anyway by the code generator: drop the entry */
            diag_warning(diags, file, m->exports[i].line, m->exports[i].col, "function %s/%d already exported",
                         m->exports[i].name, m->exports[i].arity);
            free(m->exports[i].name);
            free(m->exports[i].module);
            memmove(&m->exports[i], &m->exports[i + 1], (m->nexports - i - 1) * sizeof *m->exports);
            m->nexports--;
            i--;
        } else if (f < 0)
            diag_error(diags, file, m->exports[i].line, m->exports[i].col, "function %s/%d undefined",
                       m->exports[i].name, m->exports[i].arity);
        else
            c.fns[f].reached = 1;
    }
    for (size_t i = 0; i < c.nfns; i++) {
        if (c.fns[i].dup) continue;
        c.cur_fn = (int)i;
        check_function(&c, c.fns[i].def);
    }
    /* unused functions: not reachable from the exported ones */
    if (!opt->export_all && !opt->nowarn_unused_function) {
        int changed = 1;
        while (changed) {
            changed = 0;
            for (size_t k = 0; k < c.nedges; k++)
                if (c.fns[c.edges[k][0]].reached && !c.fns[c.edges[k][1]].reached) {
                    c.fns[c.edges[k][1]].reached = 1;
                    changed = 1;
                }
        }
        for (size_t i = 0; i < c.nfns; i++)
            if (!c.fns[i].reached && !c.fns[i].dup)
                diag_warning(diags, file, c.fns[i].def->line, c.fns[i].def->col, "function %s/%d is unused",
                             c.fns[i].name, c.fns[i].arity);
    }
    free(c.fns);
    free(c.b);
    free(c.edges);
}

/* A shell command, as erl_eval:check_command lints it: the expressions
 * are a body in which the variables `bound` are bound; local calls are
 * shell commands (never undefined); f(Var) is not a use of Var; records
 * are undefined.  Only expression `only` (0-based) is checked when it is
 * >= 0.  Errors (and warnings) go to diags in the order found, which is
 * erl_lint's. */
void chk_exprs(const Ast *seq, const char *const *bound, size_t nbound, long only, Diags *diags) {
    static const ChkOptions opt;
    Chk c;
    memset(&c, 0, sizeof c);
    c.file = "";
    c.opt = &opt;
    c.d = diags;
    c.cur_fn = -1;
    c.shell = 1;
    Env e = {0};
    for (size_t i = 0; i < nbound; i++) {
        Var *v = env_put(&e, bound[i]);
        v->state = V_BOUND;
        v->b = new_binding(&c, bound[i], 0, 0);
    }
    for (size_t i = 0; seq && i < seq->nkids; i++)
        if (only < 0 || (size_t)only == i) expr(&c, &e, seq->kids[i]);
    env_free(&e);
    free(c.b);
}
