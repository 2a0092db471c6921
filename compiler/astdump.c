/* astdump.c — a one-line-per-function S-expression dump of a module's AST,
 * for tests and debugging (tests/frontend/ compares it with OTP's parse).
 * NULL optional slots print as "-"; a catch pattern without a class prints
 * its class as 'throw' and a missing stacktrace as _, as OTP's AST has it. */
#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "buf.h"

static const char *op_name(AstOp op) {
    static const char *names[] = {
        "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr", "bnot",
        "not", "and", "or", "xor", "andalso", "orelse", "==", "/=", "=:=", "=/=", "<", "=<",
        ">", ">=", "++", "--", "!", "-", "+",
    };
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

static const char *seg_type(AstSegType t) {
    static const char *names[] = {"default", "integer", "float", "binary", "bytes",
                                  "bitstring", "bits", "utf8", "utf16", "utf32"};
    return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "?";
}

static void dump(const Ast *a, Buf *o);

static void kids(const Ast *a, size_t from, Buf *o) {
    for (size_t i = from; i < a->nkids; i++) {
        buf_addc(o, ' ');
        dump(a->kids[i], o);
    }
}

static void group(const char *tag, const Ast *a, size_t from, Buf *o) {
    buf_printf(o, "(%s", tag);
    kids(a, from, o);
    buf_addc(o, ')');
}

static void dump(const Ast *a, Buf *o) {
    if (!a) { buf_addc(o, '-'); return; }
    switch (a->kind) {
    case A_VAR: buf_add(o, a->text, a->len); return;
    case A_INT: buf_printf(o, "%lld", (long long)a->ival); return;
    case A_BIGINT: buf_add(o, a->text, a->len); return;
    case A_FLOAT: buf_printf(o, "f:%.16e", a->fval); return;
    case A_ATOM: buf_addc(o, '\''); buf_add(o, a->text, a->len); buf_addc(o, '\''); return;
    case A_STRING:
        buf_adds(o, "(str");
        for (size_t i = 0; i < a->nchars; i++) buf_printf(o, " %u", (unsigned)a->chars[i]);
        buf_addc(o, ')');
        return;
    case A_NIL: buf_adds(o, "[]"); return;
    case A_CONS: {
        /* iterative down the tail: long lists are deep */
        size_t depth = 0;
        while (a && a->kind == A_CONS) {
            buf_adds(o, "(cons ");
            dump(a->kids[0], o);
            buf_addc(o, ' ');
            a = a->kids[1];
            depth++;
        }
        dump(a, o);
        while (depth--) buf_addc(o, ')');
        return;
    }
    case A_TUPLE: group("tuple", a, 0, o); return;
    case A_BIN: group("bin", a, 0, o); return;
    case A_BINSEG:
        buf_adds(o, "(seg ");
        dump(a->kids[0], o);
        buf_addc(o, ' ');
        dump(a->nkids > 1 ? a->kids[1] : NULL, o);
        buf_printf(o, " %s %s %s %d)", seg_type(a->seg.type), a->seg.is_signed ? "signed" : "unsigned",
                   a->seg.endian == 0 ? "big" : a->seg.endian == 1 ? "little" : "native", a->seg.unit);
        return;
    case A_MAP: group("map", a, 0, o); return;
    case A_MAP_UPDATE: group("mapu", a, 0, o); return;
    case A_MAP_ASSOC: group("assoc", a, 0, o); return;
    case A_MAP_EXACT: group("exact", a, 0, o); return;
    case A_RECORD: buf_printf(o, "(record %s", a->text); kids(a, 0, o); buf_addc(o, ')'); return;
    case A_RECORD_UPDATE: buf_printf(o, "(recupd %s", a->text); kids(a, 0, o); buf_addc(o, ')'); return;
    case A_RECORD_INDEX: buf_printf(o, "(recidx %s %s)", a->text, a->field); return;
    case A_RECORD_ACCESS: buf_printf(o, "(recget %s %s", a->text, a->field); kids(a, 0, o); buf_addc(o, ')'); return;
    case A_RECORD_FIELD: buf_printf(o, "(field %s", a->text); kids(a, 0, o); buf_addc(o, ')'); return;
    case A_MATCH: group("match", a, 0, o); return;
    case A_OP: case A_UNOP:
        buf_printf(o, "(op %s", op_name(a->op));
        kids(a, 0, o);
        buf_addc(o, ')');
        return;
    case A_CALL: group("call", a, 0, o); return;
    case A_REMOTE: group("remote", a, 0, o); return;
    case A_CASE: group("case", a, 0, o); return;
    case A_IF: group("if", a, 0, o); return;
    case A_RECEIVE: group("receive", a, 0, o); return;
    case A_BLOCK: group("block", a, 0, o); return;
    case A_TRY: group("try", a, 0, o); return;
    case A_CATCHPAT:
        buf_adds(o, "(cp ");
        if (a->kids[0]) dump(a->kids[0], o); else buf_adds(o, "'throw'");
        buf_addc(o, ' ');
        dump(a->kids[1], o);
        buf_addc(o, ' ');
        if (a->kids[2]) dump(a->kids[2], o); else buf_addc(o, '_');
        buf_addc(o, ')');
        return;
    case A_CATCH: group("catch", a, 0, o); return;
    case A_FUN: group("fun", a, 0, o); return;
    case A_NAMED_FUN: buf_printf(o, "(nfun %s", a->text); kids(a, 0, o); buf_addc(o, ')'); return;
    case A_FUN_REF: buf_printf(o, "(funref %s %lld)", a->text, (long long)a->ival); return;
    case A_FUN_EXT: group("funext", a, 0, o); return;
    case A_LC: group("lc", a, 0, o); return;
    case A_GENERATE: group("gen", a, 0, o); return;
    case A_CLAUSE: group("clause", a, 0, o); return;
    case A_GUARD: group("guard", a, 0, o); return;
    case A_SEQ: group("", a, 0, o); return;
    case A_FUNCTION: buf_printf(o, "(function %s %lld", a->text, (long long)a->ival); kids(a, 0, o); buf_addc(o, ')'); return;
    }
    buf_adds(o, "(?)");
}

void ast_dump(const AstModule *m, Buf *out) {
    buf_printf(out, "module %s\n", m->name ? m->name : "-");
    for (size_t i = 0; i < m->nexports; i++)
        buf_printf(out, "export %s/%d\n", m->exports[i].name, m->exports[i].arity);
    if (m->export_all) buf_adds(out, "export_all\n");
    for (size_t i = 0; i < m->nimports; i++)
        buf_printf(out, "import %s:%s/%d\n", m->imports[i].module, m->imports[i].name, m->imports[i].arity);
    for (size_t i = 0; i < m->nattrs; i++) {
        buf_printf(out, "attr %s ", m->attrs[i].name);
        ast_print_term(m->attrs[i].value, out);
        buf_addc(out, '\n');
    }
    for (size_t i = 0; i < m->ncompile_opts; i++) buf_printf(out, "compile %s\n", m->compile_opts_text[i]);
    for (size_t i = 0; i < m->nfunctions; i++) {
        dump(m->functions[i], out);
        buf_addc(out, '\n');
    }
}
