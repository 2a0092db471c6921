/* bif_parse.c — beamlet:parse_command/3,4: the shell's reader.  The front
 * end (compiler/frontend.c, fe_command) scans, parses and lints the text;
 * this file turns its AST into OTP's abstract format (erl_parse terms with
 * Anno = {Line, Column}, counted from the start of Text) and the outcome
 * into the terms the shell expects:
 *
 *   parse_command(Text, Bound, AtEof) ->
 *       more            no end token yet ('.' then white space, '%' or the
 *                       end of Text; a '.' that ends Text needs AtEof), or
 *                       an unterminated string/atom/$ that may go on
 *     | eof             AtEof and only white space and comments
 *     | {ok, Exprs, Rest}
 *     | {lint_error, Exprs, [{{L,C}, Msg}], Rest}
 *                       every error erl_lint:exprs_opt finds, in its order
 *                       (the OTP shell prints the first), with the variables
 *                       of Bound bound; local calls are never undefined;
 *                       f(Var) does not use Var (shell:prep_check); every
 *                       record is undefined
 *     | {syntax_error, {L,C}, Msg, Rest}
 *                       a scan error (reported as soon as it is found,
 *                       without waiting for the end token; Rest then starts
 *                       at the next line, as OTP's io server drops the rest
 *                       of the line), a parse error, or, AtEof, an
 *                       incomplete command: "syntax error before: " at its
 *                       last token, Rest = ""
 *   Text: a character list (or a UTF-8 binary); Bound: a list of atoms.
 *   Rest: the text after the end token and the one white space character
 *   after it; the next command is parsed from it, positions again from 1:1.
 *
 *   parse_command(Text, Bound, AtEof, N): the same, but only the Nth
 *   expression (1-based) is linted: the OTP shell lints each expression of
 *   a command just before evaluating it, with the bindings of that moment.
 *
 * Positions of abstract nodes follow erl_parse.yrl: a node built from an
 * operator token carries that token's position; a match, a call, a case
 * clause, a list cell after the first and a bin element the position of
 * their leftmost token (first_anno below). */
#include <string.h>

#include "bif.h"
#include "bignum.h"
#include "frontend.h"
#include "vm.h"

typedef struct Cv {
    Process *p;
} Cv;

static Term cv_expr(Cv *c, const Ast *a);

static Term atom(Cv *c, const char *name) {
    return term_from_atom(atom_intern(c->p->vm->atoms, name, strlen(name)));
}

static Term anno(Cv *c, int line, int col) {
    return heap_tuple2(c->p, term_from_small(line), term_from_small(col));
}

static Term tag2(Cv *c, const char *tag, Term a) { return heap_tuple2(c->p, atom(c, tag), a); }
static Term tag3(Cv *c, const char *tag, Term a, Term b) { return heap_tuple3(c->p, atom(c, tag), a, b); }
static Term tag4(Cv *c, const char *tag, Term a, Term b, Term d) {
    return heap_tuple4(c->p, atom(c, tag), a, b, d);
}
/* {tag, Els...} of n elements after the tag. */
static Term tagn(Cv *c, const char *tag, const Term *els, size_t n) {
    Term t = heap_tuple(c->p, n + 1);
    Term *el = term_tuple_elems(t);
    el[0] = atom(c, tag);
    memcpy(el + 1, els, n * sizeof *els);
    return t;
}
static Term tag5(Cv *c, const char *tag, Term a, Term b, Term d, Term e) {
    return tagn(c, tag, (Term[]){a, b, d, e}, 4);
}
static Term tag6(Cv *c, const char *tag, Term a, Term b, Term d, Term e, Term f) {
    return tagn(c, tag, (Term[]){a, b, d, e, f}, 5);
}

static Term pos(Cv *c, const Ast *a) { return anno(c, a->line, a->col); }

/* erl_parse's first_anno and last_anno: the smallest and the largest
 * position in an abstract term (an anno is the only {Int, Int} in it).
 * Matches, calls, clauses, list cells and bin elements take the position
 * of their leftmost token this way. */
static bool is_anno(Term t) {
    return term_is_tuple(t) && term_tuple_arity(t) == 2 && term_is_small(term_tuple_elem(t, 1))
           && term_is_small(term_tuple_elem(t, 2));
}

static bool anno_less(Term a, Term b) {
    int64_t la = term_small(term_tuple_elem(a, 1)), lb = term_small(term_tuple_elem(b, 1));
    return la != lb ? la < lb : term_small(term_tuple_elem(a, 2)) < term_small(term_tuple_elem(b, 2));
}

static void extreme_anno(Term t, bool last, Term *best) {
    for (;;) {
        if (term_is_cons(t)) {
            extreme_anno(term_hd(t), last, best);
            t = term_tl(t);
            continue;
        }
        if (!term_is_tuple(t)) return;
        if (is_anno(t)) {
            if (*best == THE_NON_VALUE || (last ? anno_less(*best, t) : anno_less(t, *best))) *best = t;
            return;
        }
        size_t n = term_tuple_arity(t);
        for (size_t i = 1; i < n; i++) extreme_anno(term_tuple_elem(t, i), last, best);
        if (n == 0) return;
        t = term_tuple_elem(t, n);
    }
}

static Term first_anno(Term abs) {
    Term best = THE_NON_VALUE;
    extreme_anno(abs, false, &best);
    return best;
}

static Term last_anno(Term abs) {
    Term best = THE_NON_VALUE;
    extreme_anno(abs, true, &best);
    return best;
}

/* The kids [from, nkids) of a, converted, as a list. */
static Term cv_list(Cv *c, const Ast *a, size_t from) {
    Term l = TERM_NIL;
    for (size_t i = a ? a->nkids : 0; i-- > from;) l = heap_cons(c->p, cv_expr(c, a->kids[i]), l);
    return l;
}

/* A code point list from UTF-8 bytes (the text is valid UTF-8: we made it). */
static Term utf8_list(Cv *c, const char *s, size_t n) {
    uint32_t *cp = malloc((n + 1) * sizeof *cp);
    if (!cp) abort();
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        uint32_t x;
        size_t m = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (i + m > n) m = 1;
        x = m == 1 ? b : m == 2 ? b & 0x1F : m == 3 ? b & 0x0F : b & 0x07;
        for (size_t j = 1; j < m; j++) x = (x << 6) | ((unsigned char)s[i + j] & 0x3F);
        cp[k++] = x;
        i += m;
    }
    Term l = TERM_NIL;
    while (k-- > 0) l = heap_cons(c->p, term_from_small(cp[k]), l);
    free(cp);
    return l;
}

static const char *op_name(AstOp op) {
    static const char *const names[] = {
        [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_FDIV] = "/", [OP_DIV] = "div",
        [OP_REM] = "rem", [OP_BAND] = "band", [OP_BOR] = "bor", [OP_BXOR] = "bxor",
        [OP_BSL] = "bsl", [OP_BSR] = "bsr", [OP_BNOT] = "bnot", [OP_NOT] = "not",
        [OP_AND] = "and", [OP_OR] = "or", [OP_XOR] = "xor", [OP_ANDALSO] = "andalso",
        [OP_ORELSE] = "orelse", [OP_EQ] = "==", [OP_NE] = "/=", [OP_EXACT_EQ] = "=:=",
        [OP_EXACT_NE] = "=/=", [OP_LT] = "<", [OP_LE] = "=<", [OP_GT] = ">", [OP_GE] = ">=",
        [OP_APPEND] = "++", [OP_SUBTRACT] = "--", [OP_SEND] = "!", [OP_NEG] = "-", [OP_PLUS] = "+",
    };
    return names[op];
}

/* Guards: [[Test, ...], ...], alternatives of conjunctions; [] for none. */
static Term cv_guard(Cv *c, const Ast *g) {
    Term l = TERM_NIL;
    for (size_t i = g ? g->nkids : 0; i-- > 0;) l = heap_cons(c->p, cv_list(c, g->kids[i], 0), l);
    return l;
}

/* A clause of case, receive or try-of: one pattern; at its position. */
static Term cv_cr_clause(Cv *c, const Ast *cl) {
    Term p = cv_expr(c, cl->kids[0]->kids[0]);
    return tag5(c, "clause", first_anno(p), heap_cons(c->p, p, TERM_NIL), cv_guard(c, cl->kids[1]),
                cv_list(c, cl->kids[2], 0));
}

static Term cv_cr_clauses(Cv *c, const Ast *seq, size_t from) {
    Term l = TERM_NIL;
    for (size_t i = seq ? seq->nkids : 0; i-- > from;) l = heap_cons(c->p, cv_cr_clause(c, seq->kids[i]), l);
    return l;
}

/* An if clause sits at its first guard test. */
static Term cv_if_clause(Cv *c, const Ast *cl) {
    Term g = cv_guard(c, cl->kids[1]);
    return tag5(c, "clause", first_anno(term_hd(term_hd(g))), TERM_NIL, g, cv_list(c, cl->kids[2], 0));
}

/* A fun clause sits at its '(' (or at its name, in a named fun). */
static Term cv_fun_clauses(Cv *c, const Ast *f) {
    Term l = TERM_NIL;
    for (size_t i = f->nkids; i-- > 0;) {
        const Ast *cl = f->kids[i];
        Term t = tag5(c, "clause", pos(c, cl), cv_list(c, cl->kids[0], 0), cv_guard(c, cl->kids[1]),
                      cv_list(c, cl->kids[2], 0));
        l = heap_cons(c->p, t, l);
    }
    return l;
}

/* try ... catch Class:Reason:Stack -> ...: the one pattern is the tuple
 * {Class, Reason, Stack}, at Class, or at Reason when no class is given
 * (throw); a missing Stack is '_' at the end of Reason. */
static Term cv_catch_clause(Cv *c, const Ast *cl) {
    const Ast *cp = cl->kids[0]->kids[0];
    Term reason = cv_expr(c, cp->kids[1]);
    Term a = cp->kids[0] ? pos(c, cp->kids[0]) : first_anno(reason);
    Term cls = cp->kids[0] ? cv_expr(c, cp->kids[0]) : tag3(c, "atom", a, atom(c, "throw"));
    Term st = cp->kids[2] ? cv_expr(c, cp->kids[2]) : tag3(c, "var", last_anno(reason), atom(c, "_"));
    Term tup = tag3(c, "tuple", a, heap_list(c->p, (Term[]){cls, reason, st}, 3, TERM_NIL));
    return tag5(c, "clause", a, heap_cons(c->p, tup, TERM_NIL), cv_guard(c, cl->kids[1]),
                cv_list(c, cl->kids[2], 0));
}

/* Type specifiers as the parser kept them: "little-signed-unit:8" ->
 * [little, signed, {unit, 8}]. */
static Term cv_tsl(Cv *c, const char *s) {
    if (!s) return atom(c, "default");
    Term v[32];
    size_t n = 0;
    while (*s && n < 32) {
        size_t k = strcspn(s, "-");
        char name[64];
        size_t m = k < sizeof name - 1 ? k : sizeof name - 1;
        memcpy(name, s, m);
        name[m] = 0;
        char *colon = strchr(name, ':');
        if (colon) {
            *colon = 0;
            v[n++] = heap_tuple2(c->p, atom(c, name), heap_int(c->p, strtoll(colon + 1, NULL, 10)));
        } else {
            v[n++] = atom(c, name);
        }
        s += k;
        if (*s == '-') s++;
    }
    return heap_list(c->p, v, n, TERM_NIL);
}

static Term cv_record_field_name(Cv *c, const Ast *f) {
    const char *n = f->text;
    int var = (n[0] >= 'A' && n[0] <= 'Z') || n[0] == '_';
    return tag3(c, var ? "var" : "atom", pos(c, f), atom(c, n));
}

/* #r.f and E#r.f keep the field's position in ival (parser.y). */
static Term cv_field_atom(Cv *c, const Ast *a) {
    return tag3(c, "atom", anno(c, (int)(a->ival >> 32), (int)(a->ival & 0xffffffff)), atom(c, a->field));
}

static Term cv_cons(Cv *c, const Ast *a) {
    /* iterative: lists may be long */
    size_t n = 0;
    const Ast *q = a;
    for (; q && q->kind == A_CONS; q = q->kids[1]) n++;
    Term tail = cv_expr(c, q);
    const Ast **cells = malloc((n ? n : 1) * sizeof *cells);
    if (!cells) abort();
    n = 0;
    for (q = a; q && q->kind == A_CONS; q = q->kids[1]) cells[n++] = q;
    while (n-- > 0) {
        const Ast *cell = cells[n];
        Term h = cv_expr(c, cell->kids[0]);
        Term an = cell->ival == 1 ? first_anno(h) : pos(c, cell);
        tail = tag4(c, "cons", an, h, tail);
    }
    free(cells);
    return tail;
}

static Term cv_expr(Cv *c, const Ast *a) {
    Process *p = c->p;
    switch (a->kind) {
    case A_VAR: return tag3(c, "var", pos(c, a), atom(c, a->text));
    case A_INT:
        return tag3(c, a->text && a->text[0] == '$' ? "char" : "integer", pos(c, a), heap_int(p, a->ival));
    case A_BIGINT: {
        Term v;
        const char *s = a->text;
        int neg = s[0] == '-';
        if (!big_parse(p, s + neg, strlen(s + neg), 10, &v)) v = term_from_small(0);
        if (neg) v = big_neg(p, v);
        return tag3(c, "integer", pos(c, a), v);
    }
    case A_FLOAT: return tag3(c, "float", pos(c, a), heap_float(p, a->fval));
    case A_ATOM: return tag3(c, "atom", pos(c, a), term_from_atom(atom_intern(p->vm->atoms, a->text, a->len)));
    case A_STRING: {
        Term l = TERM_NIL;
        for (size_t i = a->nchars; i-- > 0;) l = heap_cons(p, term_from_small(a->chars[i]), l);
        return tag3(c, "string", pos(c, a), l);
    }
    case A_NIL: return tag2(c, "nil", pos(c, a));
    case A_CONS: return cv_cons(c, a);
    case A_TUPLE: return tag3(c, "tuple", pos(c, a), cv_list(c, a, 0));
    case A_BIN: return tag3(c, "bin", pos(c, a), cv_list(c, a, 0));
    case A_BINSEG: {
        Term v = cv_expr(c, a->kids[0]);
        Term size = a->nkids > 1 && a->kids[1] ? cv_expr(c, a->kids[1]) : atom(c, "default");
        return tag5(c, "bin_element", first_anno(v), v, size, cv_tsl(c, a->text));
    }
    case A_MAP: return tag3(c, "map", pos(c, a), cv_list(c, a, 0));
    case A_MAP_UPDATE: return tag4(c, "map", pos(c, a), cv_expr(c, a->kids[0]), cv_list(c, a, 1));
    case A_MAP_ASSOC:
        return tag4(c, "map_field_assoc", pos(c, a), cv_expr(c, a->kids[0]), cv_expr(c, a->kids[1]));
    case A_MAP_EXACT:
        return tag4(c, "map_field_exact", pos(c, a), cv_expr(c, a->kids[0]), cv_expr(c, a->kids[1]));
    case A_RECORD: return tag4(c, "record", pos(c, a), atom(c, a->text), cv_list(c, a, 0));
    case A_RECORD_UPDATE:
        return tag5(c, "record", pos(c, a), cv_expr(c, a->kids[0]), atom(c, a->text), cv_list(c, a, 1));
    case A_RECORD_INDEX: return tag4(c, "record_index", pos(c, a), atom(c, a->text), cv_field_atom(c, a));
    case A_RECORD_ACCESS:
        return tag5(c, "record_field", pos(c, a), cv_expr(c, a->kids[0]), atom(c, a->text), cv_field_atom(c, a));
    case A_RECORD_FIELD:
        return tag4(c, "record_field", pos(c, a), cv_record_field_name(c, a), cv_expr(c, a->kids[0]));
    case A_MATCH: {
        Term l = cv_expr(c, a->kids[0]);
        return tag4(c, "match", first_anno(l), l, cv_expr(c, a->kids[1]));
    }
    case A_OP:
        return tag5(c, "op", pos(c, a), atom(c, op_name(a->op)), cv_expr(c, a->kids[0]), cv_expr(c, a->kids[1]));
    case A_UNOP: return tag4(c, "op", pos(c, a), atom(c, op_name(a->op)), cv_expr(c, a->kids[0]));
    case A_CALL: {
        Term f = cv_expr(c, a->kids[0]);
        return tag4(c, "call", first_anno(f), f, cv_list(c, a, 1));
    }
    case A_REMOTE: return tag4(c, "remote", pos(c, a), cv_expr(c, a->kids[0]), cv_expr(c, a->kids[1]));
    case A_CASE: return tag4(c, "case", pos(c, a), cv_expr(c, a->kids[0]), cv_cr_clauses(c, a, 1));
    case A_IF: {
        Term l = TERM_NIL;
        for (size_t i = a->nkids; i-- > 0;) l = heap_cons(p, cv_if_clause(c, a->kids[i]), l);
        return tag3(c, "if", pos(c, a), l);
    }
    case A_RECEIVE: {
        Term cs = cv_cr_clauses(c, a->kids[0], 0);
        if (!a->kids[1]) return tag3(c, "receive", pos(c, a), cs);
        return tag5(c, "receive", pos(c, a), cs, cv_expr(c, a->kids[1]), cv_list(c, a->kids[2], 0));
    }
    case A_BLOCK: return tag3(c, "block", pos(c, a), cv_list(c, a, 0));
    case A_TRY: {
        Term body = cv_list(c, a->kids[0], 0);
        Term of = cv_cr_clauses(c, a->kids[1], 0);
        Term catches = TERM_NIL;
        for (size_t i = a->kids[2] ? a->kids[2]->nkids : 0; i-- > 0;)
            catches = heap_cons(p, cv_catch_clause(c, a->kids[2]->kids[i]), catches);
        return tag6(c, "try", pos(c, a), body, of, catches, cv_list(c, a->kids[3], 0));
    }
    case A_CATCH: return tag3(c, "catch", pos(c, a), cv_expr(c, a->kids[0]));
    case A_FUN: return tag3(c, "fun", pos(c, a), tag2(c, "clauses", cv_fun_clauses(c, a)));
    case A_NAMED_FUN: return tag4(c, "named_fun", pos(c, a), atom(c, a->text), cv_fun_clauses(c, a));
    case A_FUN_REF:
        return tag3(c, "fun", pos(c, a), tag3(c, "function", atom(c, a->text), heap_int(p, a->ival)));
    case A_FUN_EXT:
        return tag3(c, "fun", pos(c, a),
                    tag4(c, "function", cv_expr(c, a->kids[0]), cv_expr(c, a->kids[1]), cv_expr(c, a->kids[2])));
    case A_LC:
        return tag4(c, a->text && !strcmp(a->text, "bc") ? "bc" : "lc", pos(c, a), cv_expr(c, a->kids[0]),
                    cv_list(c, a, 1));
    case A_GENERATE:
        return tag4(c, a->text ? "b_generate" : "generate", pos(c, a), cv_expr(c, a->kids[0]),
                    cv_expr(c, a->kids[1]));
    default:
        /* not an expression (clauses, guards, sequences are converted by
         * their parents) */
        return tag2(c, "error", pos(c, a));
    }
}

/* The command text as UTF-8: a character list or a binary. */
static bool text_arg(Term t, Buf *b) {
    if (term_is_binary(t)) {
        BitView v = term_bits(t);
        if (v.offset % 8) return false;
        buf_add(b, (const char *)v.data + v.offset / 8, v.bits / 8);
        return true;
    }
    for (; term_is_cons(t); t = term_tl(t)) {
        Term h = term_hd(t);
        if (!term_is_small(h) || term_small(h) < 0 || term_small(h) > 0x10FFFF) return false;
        uint32_t x = (uint32_t)term_small(h);
        char o[4];
        size_t n;
        if (x < 0x80) { o[0] = (char)x; n = 1; }
        else if (x < 0x800) { o[0] = (char)(0xC0 | (x >> 6)); o[1] = (char)(0x80 | (x & 0x3F)); n = 2; }
        else if (x < 0x10000) {
            o[0] = (char)(0xE0 | (x >> 12)); o[1] = (char)(0x80 | ((x >> 6) & 0x3F));
            o[2] = (char)(0x80 | (x & 0x3F)); n = 3;
        } else {
            o[0] = (char)(0xF0 | (x >> 18)); o[1] = (char)(0x80 | ((x >> 12) & 0x3F));
            o[2] = (char)(0x80 | ((x >> 6) & 0x3F)); o[3] = (char)(0x80 | (x & 0x3F)); n = 4;
        }
        buf_add(b, o, n);
    }
    return t == TERM_NIL;
}

static Term parse_command(Process *p, Term text, Term bound, Term at_eof, long only) {
    Buf b = {0};
    if (!text_arg(text, &b) || (at_eof != T_ATOM(TRUE) && at_eof != T_ATOM(FALSE))) {
        buf_free(&b);
        RAISE_BADARG(p);
    }
    size_t nb = 0;
    if (!bif_list_len(bound, &nb)) {
        buf_free(&b);
        RAISE_BADARG(p);
    }
    const char **names = malloc((nb + 1) * sizeof *names);
    if (!names) abort();
    size_t k = 0;
    for (Term l = bound; term_is_cons(l); l = term_tl(l)) {
        Term v = term_hd(l);
        if (!term_is_atom(v)) {
            free(names);
            buf_free(&b);
            RAISE_BADARG(p);
        }
        names[k++] = atom_name(p->vm->atoms, term_atom(v), NULL);
    }
    FeCommand cmd;
    fe_command(b.data ? b.data : "", b.len, names, nb, at_eof == T_ATOM(TRUE), only, &cmd);
    free(names);
    Cv c = {p};
    Term rest = utf8_list(&c, b.data ? b.data + cmd.rest : "", b.len - cmd.rest);
    Term r;
    switch (cmd.status) {
    case FE_CMD_MORE: r = atom(&c, "more"); break;
    case FE_CMD_EOF: r = atom(&c, "eof"); break;
    case FE_CMD_OK: r = heap_tuple3(p, T_ATOM(OK), cv_list(&c, cmd.exprs, 0), rest); break;
    case FE_CMD_LINT: {
        Term errs = TERM_NIL;
        for (size_t i = cmd.errors.n; i-- > 0;) {
            const Diag *d = &cmd.errors.items[i];
            Term e = heap_tuple2(p, anno(&c, d->line, d->col), utf8_list(&c, d->msg, strlen(d->msg)));
            errs = heap_cons(p, e, errs);
        }
        r = tag4(&c, "lint_error", cv_list(&c, cmd.exprs, 0), errs, rest);
        break;
    }
    default: {
        const Diag *d = &cmd.errors.items[0];
        r = tag4(&c, "syntax_error", anno(&c, d->line, d->col), utf8_list(&c, d->msg, strlen(d->msg)), rest);
        break;
    }
    }
    fe_command_free(&cmd);
    buf_free(&b);
    return r;
}

Term bif_beamlet_parse_command_3(Process *p, Term *a) { return parse_command(p, a[0], a[1], a[2], -1); }

/* parse_command(Text, Bound, AtEof, N): lint only the Nth expression
 * (1-based), as the OTP shell checks each expression of a command with the
 * bindings left by the ones before it. */
Term bif_beamlet_parse_command_4(Process *p, Term *a) {
    if (!term_is_small(a[3]) || term_small(a[3]) < 1) RAISE_BADARG(p);
    return parse_command(p, a[0], a[1], a[2], (long)term_small(a[3]) - 1);
}
