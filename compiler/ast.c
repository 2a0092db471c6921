/* ast.c — building, copying and freeing AST nodes (ast.h), plus printing a
 * literal term the way Erlang's ~w does, for -compile options. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "buf.h"
#include "lex.h"
#include "xalloc.h"

char *ast_strndup(const char *s, size_t n) {
    char *p = xmalloc(n + 1);
    if (n) memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *ast_strdup(const char *s) { return s ? ast_strndup(s, strlen(s)) : NULL; }

Ast *ast_new(AstKind kind, int line, int col) {
    Ast *a = xmalloc(sizeof *a);
    memset(a, 0, sizeof *a);
    a->kind = kind;
    a->line = line;
    a->col = col;
    a->seg.unit = -1;
    return a;
}

Ast *ast_add(Ast *parent, Ast *kid) {
    if (!parent) return NULL;
    Ast **v = realloc(parent->kids, (parent->nkids + 1) * sizeof *v);
    if (!v) { fputs("beamlet: out of memory\n", stderr); abort(); }
    parent->kids = v;
    parent->kids[parent->nkids++] = kid;
    return parent;
}

void ast_insert(Ast *parent, size_t at, Ast *kid) {
    ast_add(parent, NULL);
    if (at > parent->nkids - 1) at = parent->nkids - 1;
    memmove(parent->kids + at + 1, parent->kids + at, (parent->nkids - 1 - at) * sizeof *parent->kids);
    parent->kids[at] = kid;
}

void ast_replace(Ast *parent, size_t at, Ast *kid) {
    while (parent->nkids <= at) ast_add(parent, NULL);
    ast_free(parent->kids[at]);
    parent->kids[at] = kid;
}

void ast_free(Ast *a) {
    /* the last kid is freed by iteration: long lists are deep on the right */
    while (a) {
        Ast *last = a->nkids ? a->kids[a->nkids - 1] : NULL;
        for (size_t i = 0; i + 1 < a->nkids; i++) ast_free(a->kids[i]);
        free(a->kids);
        free(a->text);
        free(a->chars);
        free(a->field);
        free(a);
        a = last;
    }
}

Ast *ast_copy(const Ast *a) {
    if (!a) return NULL;
    Ast *c = xmalloc(sizeof *c);
    *c = *a;
    if (a->text) c->text = ast_strndup(a->text, a->len ? a->len : strlen(a->text));
    if (a->field) c->field = ast_strdup(a->field);
    if (a->chars) {
        c->chars = xmalloc(a->nchars * sizeof *c->chars);
        memcpy(c->chars, a->chars, a->nchars * sizeof *c->chars);
    }
    c->kids = NULL;
    c->nkids = 0;
    if (a->nkids) {
        c->kids = xmalloc(a->nkids * sizeof *c->kids);
        c->nkids = a->nkids;
        for (size_t i = 0; i < a->nkids; i++) c->kids[i] = ast_copy(a->kids[i]);
    }
    return c;
}

Ast *ast_atom(const char *name, int line, int col) {
    Ast *a = ast_new(A_ATOM, line, col);
    a->text = ast_strdup(name);
    a->len = strlen(name);
    return a;
}

Ast *ast_var(const char *name, int line, int col) {
    Ast *a = ast_new(A_VAR, line, col);
    a->text = ast_strdup(name);
    a->len = strlen(name);
    return a;
}

Ast *ast_int(int64_t v, int line, int col) {
    Ast *a = ast_new(A_INT, line, col);
    a->ival = v;
    return a;
}

/* text holds one byte per code when every code is <= 255, else UTF-8. */
void ast_string_append(Ast *s, const uint32_t *cs, size_t n) {
    uint32_t *v = realloc(s->chars, (s->nchars + n + 1) * sizeof *v);
    if (!v) { fputs("beamlet: out of memory\n", stderr); abort(); }
    s->chars = v;
    if (n) memcpy(s->chars + s->nchars, cs, n * sizeof *cs);
    s->nchars += n;
    int wide = 0;
    for (size_t i = 0; i < s->nchars; i++)
        if (s->chars[i] > 255) wide = 1;
    free(s->text);
    char *t = xmalloc(s->nchars * 4 + 1);
    size_t k = 0;
    for (size_t i = 0; i < s->nchars; i++) {
        uint32_t c = s->chars[i];
        if (!wide || c < 0x80) t[k++] = (char)c;
        else if (c < 0x800) { t[k++] = (char)(0xC0 | (c >> 6)); t[k++] = (char)(0x80 | (c & 0x3F)); }
        else if (c < 0x10000) {
            t[k++] = (char)(0xE0 | (c >> 12)); t[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
            t[k++] = (char)(0x80 | (c & 0x3F));
        } else {
            t[k++] = (char)(0xF0 | (c >> 18)); t[k++] = (char)(0x80 | ((c >> 12) & 0x3F));
            t[k++] = (char)(0x80 | ((c >> 6) & 0x3F)); t[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    t[k] = 0;
    s->text = t;
    s->len = k;
    if (s->nchars == 0) { free(s->chars); s->chars = NULL; }
}

void ast_negate_literal(Ast *a) {
    if (a->kind == A_INT) {
        a->ival = -a->ival;
    } else if (a->kind == A_FLOAT) {
        a->fval = -a->fval;
    } else if (a->kind == A_BIGINT) {
        if (a->text[0] == '-') {
            memmove(a->text, a->text + 1, strlen(a->text));
            a->len--;
        } else if (strcmp(a->text, "9223372036854775808") == 0) {
            free(a->text);
            a->text = NULL;
            a->len = 0;
            a->kind = A_INT;
            a->ival = INT64_MIN;
        } else {
            char *t = xmalloc(a->len + 2);
            t[0] = '-';
            memcpy(t + 1, a->text, a->len + 1);
            free(a->text);
            a->text = t;
            a->len++;
        }
    }
}

static void print_list(const Ast *a, Buf *out) {
    buf_addc(out, '[');
    int first = 1;
    while (a && a->kind == A_CONS) {
        if (!first) buf_addc(out, ',');
        first = 0;
        ast_print_term(a->kids[0], out);
        a = a->kids[1];
    }
    if (a && a->kind == A_STRING && a->nchars) {
        for (size_t i = 0; i < a->nchars; i++) {
            if (!first) buf_addc(out, ',');
            first = 0;
            buf_printf(out, "%u", (unsigned)a->chars[i]);
        }
    } else if (a && a->kind != A_NIL && !(a->kind == A_STRING && a->nchars == 0)) {
        buf_addc(out, '|');
        ast_print_term(a, out);
    }
    buf_addc(out, ']');
}

void ast_print_term(const Ast *a, Buf *out) {
    if (!a) return;
    switch (a->kind) {
    case A_INT: buf_printf(out, "%lld", (long long)a->ival); return;
    case A_BIGINT: buf_add(out, a->text, a->len); return;
    case A_FLOAT: lex_write_float(a->fval, out); return;
    case A_ATOM: lex_write_atom(a->text, a->len, out); return;
    case A_VAR: buf_add(out, a->text, a->len); return;
    case A_STRING: lex_write_string(a->chars, a->nchars, '"', out); return;
    case A_NIL: buf_adds(out, "[]"); return;
    case A_CONS: print_list(a, out); return;
    case A_TUPLE:
        buf_addc(out, '{');
        for (size_t i = 0; i < a->nkids; i++) {
            if (i) buf_addc(out, ',');
            ast_print_term(a->kids[i], out);
        }
        buf_addc(out, '}');
        return;
    case A_OP:
        /* f/1 in -compile({inline, [f/1]}) */
        if (a->op == OP_FDIV && a->nkids == 2) {
            ast_print_term(a->kids[0], out);
            buf_addc(out, '/');
            ast_print_term(a->kids[1], out);
            return;
        }
        buf_adds(out, "'?'");
        return;
    default:
        buf_adds(out, "'?'");
        return;
    }
}
