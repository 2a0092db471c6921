/* ast.h — the abstract syntax tree: what the parser builds, the checker
 * validates and the code generator consumes.
 *
 * Every node has a kind, a position (line:column, 1-based) and children in
 * `kids`.  The table below says, for each kind, what the fields and the
 * children mean.  Records are expanded away (ast_expand_records) before the
 * code generator runs: it never sees A_RECORD*.  Macros and -include are
 * handled on tokens by the preprocessor: the AST has no trace of them.
 *
 *   kind            fields            kids
 *   ----            ------            ----
 *   A_VAR           text = name       -             ("_" is the anonymous variable)
 *   A_INT           ival              -             (fits in int64)
 *   A_BIGINT        text = decimal    -             (sign included, e.g. "-123...")
 *   A_FLOAT         fval              -
 *   A_ATOM          text, len         -
 *   A_STRING        text, len (bytes) -             ("abc": a list of character codes,
 *                                                    each byte one code; code points above
 *                                                    255 are stored UTF-8 encoded and
 *                                                    `chars`/`nchars` hold the code points)
 *   A_NIL           -                 -
 *   A_CONS          -                 head, tail
 *   A_TUPLE         -                 elements...
 *   A_BIN           -                 A_BINSEG...
 *   A_BINSEG        seg               value, size or NULL
 *   A_MAP           -                 A_MAP_ASSOC / A_MAP_EXACT ...      (#{...})
 *   A_MAP_UPDATE    -                 map expr, A_MAP_ASSOC / A_MAP_EXACT ...
 *   A_MAP_ASSOC     -                 key, value    (K => V)
 *   A_MAP_EXACT     -                 key, value    (K := V)
 *   A_RECORD        text = record     A_RECORD_FIELD...               (#r{f = V})
 *   A_RECORD_UPDATE text = record     expr, A_RECORD_FIELD...        (E#r{f = V})
 *   A_RECORD_INDEX  text, field       -                              (#r.f)
 *   A_RECORD_ACCESS text, field       expr                           (E#r.f)
 *   A_RECORD_FIELD  text = field      value         ('_' = the default for the rest)
 *   A_MATCH         -                 pattern, expr
 *   A_OP            op                left, right   (binary operators, andalso, orelse)
 *   A_UNOP          op                operand       (-, +, not, bnot)
 *   A_CALL          -                 callee, args...   callee: A_ATOM (local or
 *                                                    auto-imported), A_REMOTE, or any expr
 *   A_REMOTE        -                 module expr, function expr     (m:f in a call)
 *   A_CASE          -                 expr, A_CLAUSE...
 *   A_IF            -                 A_CLAUSE...  (no patterns, guards only)
 *   A_RECEIVE       -                 A_SEQ of clauses, after-timeout or NULL,
 *                                     A_SEQ after-body or NULL
 *   A_BLOCK         -                 exprs...     (begin ... end)
 *   A_TRY           -                 A_SEQ body, A_SEQ of-clauses or NULL,
 *                                     A_SEQ catch-clauses or NULL, A_SEQ after-body or NULL
 *   A_CATCHPAT      -                 class (A_ATOM, A_VAR, or NULL = throw), reason
 *                                     pattern, stacktrace A_VAR or NULL
 *                                     (the one pattern of a catch clause)
 *   A_CATCH         -                 expr         (catch E)
 *   A_FUN           -                 A_CLAUSE...  (fun (...) -> ... end)
 *   A_NAMED_FUN     text = name       A_CLAUSE...  (fun Name(...) -> ... end)
 *   A_FUN_REF       text, ival=arity  -            (fun f/1)
 *   A_FUN_EXT       -                 module, function, arity   (fun m:f/1; exprs)
 *   A_LC            -                 template, qualifiers...  (A_GENERATE or a filter expr)
 *   A_GENERATE      -                 pattern, list expr        (P <- E)
 *   A_CLAUSE        -                 A_SEQ patterns, A_GUARD or NULL, A_SEQ body
 *   A_GUARD         -                 A_SEQ... : alternatives (;), each a conjunction (,)
 *   A_SEQ           -                 items...
 *   A_FUNCTION      text, ival=arity  A_CLAUSE...
 */
#ifndef BEAMLET_AST_H
#define BEAMLET_AST_H

#include <stddef.h>
#include <stdint.h>

typedef enum AstKind {
    A_VAR, A_INT, A_BIGINT, A_FLOAT, A_ATOM, A_STRING, A_NIL, A_CONS, A_TUPLE,
    A_BIN, A_BINSEG, A_MAP, A_MAP_UPDATE, A_MAP_ASSOC, A_MAP_EXACT,
    A_RECORD, A_RECORD_UPDATE, A_RECORD_INDEX, A_RECORD_ACCESS, A_RECORD_FIELD,
    A_MATCH, A_OP, A_UNOP, A_CALL, A_REMOTE, A_CASE, A_IF, A_RECEIVE, A_BLOCK,
    A_TRY, A_CATCHPAT, A_CATCH, A_FUN, A_NAMED_FUN, A_FUN_REF, A_FUN_EXT,
    A_LC, A_GENERATE, A_CLAUSE, A_GUARD, A_SEQ, A_FUNCTION,
} AstKind;

/* Operators (A_OP, A_UNOP). */
typedef enum AstOp {
    OP_ADD, OP_SUB, OP_MUL, OP_FDIV, OP_DIV, OP_REM,
    OP_BAND, OP_BOR, OP_BXOR, OP_BSL, OP_BSR, OP_BNOT,
    OP_NOT, OP_AND, OP_OR, OP_XOR, OP_ANDALSO, OP_ORELSE,
    OP_EQ, OP_NE, OP_EXACT_EQ, OP_EXACT_NE, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_APPEND, OP_SUBTRACT, OP_SEND, OP_NEG, OP_PLUS,
} AstOp;

/* Binary segment type specifiers (A_BINSEG.seg). */
typedef enum AstSegType {
    SEGT_DEFAULT, SEGT_INTEGER, SEGT_FLOAT, SEGT_BINARY, SEGT_BYTES,
    SEGT_BITSTRING, SEGT_BITS, SEGT_UTF8, SEGT_UTF16, SEGT_UTF32,
} AstSegType;

typedef struct AstSeg {
    AstSegType type;
    int is_signed;     /* 0 unsigned (default), 1 signed */
    int endian;        /* 0 big (default), 1 little, 2 native */
    int unit;          /* -1: not given */
} AstSeg;

typedef struct Ast Ast;
struct Ast {
    AstKind kind;
    int line, col;
    int64_t ival;
    double fval;
    char *text;        /* NUL-terminated; len bytes (strings may hold NULs) */
    size_t len;
    uint32_t *chars;   /* A_STRING: the code points, nchars of them */
    size_t nchars;
    char *field;       /* A_RECORD_INDEX, A_RECORD_ACCESS: field name */
    AstOp op;
    AstSeg seg;
    Ast **kids;
    size_t nkids;
};

/* A name/arity pair (exports, imports). */
typedef struct AstFa {
    char *module;      /* imports only */
    char *name;
    int arity;
    int line, col;
} AstFa;

/* -name(Value) attributes other than the ones below; value is a literal
 * term AST (atoms, numbers, strings, tuples, lists, ...). Kept for
 * module_info(attributes) in source order. -vsn is one of these. */
typedef struct AstAttr {
    char *name;
    Ast *value;
    int line, col;
} AstAttr;

typedef struct AstModule {
    char *name;                /* from -module */
    char *file;                /* the source file name as given */
    Ast **functions;           /* A_FUNCTION, in source order */
    size_t nfunctions;
    AstFa *exports;
    size_t nexports;
    int export_all;            /* -compile(export_all) */
    AstFa *imports;            /* -import(m, [f/1]) */
    size_t nimports;
    AstAttr *attrs;
    size_t nattrs;
    char **compile_opts_text;  /* -compile options, printed as terms, for module_info */
    size_t ncompile_opts;
} AstModule;

/* Node helpers (compiler/ast.c).  Nodes and their strings are malloc'd;
 * ast_free releases a whole subtree (NULL is fine).  ast_add appends a
 * kid (NULL allowed, for the optional slots above) and returns the parent. */
struct Buf;
Ast *ast_new(AstKind kind, int line, int col);
Ast *ast_add(Ast *parent, Ast *kid);
void ast_insert(Ast *parent, size_t at, Ast *kid);
void ast_replace(Ast *parent, size_t at, Ast *kid);   /* frees the old kid */
Ast *ast_copy(const Ast *a);
void ast_free(Ast *a);
char *ast_strdup(const char *s);
char *ast_strndup(const char *s, size_t n);
Ast *ast_atom(const char *name, int line, int col);
Ast *ast_var(const char *name, int line, int col);
Ast *ast_int(int64_t v, int line, int col);
/* Append code points to an A_STRING (keeps text/len and chars in step). */
void ast_string_append(Ast *s, const uint32_t *cs, size_t n);
/* -X of a literal A_INT / A_BIGINT / A_FLOAT, in place. */
void ast_negate_literal(Ast *a);
/* A literal term as Erlang prints it with ~w (for -compile options). */
void ast_print_term(const Ast *a, struct Buf *out);
/* A readable dump of a module, for tests (compiler/astdump.c). */
void ast_dump(const AstModule *m, struct Buf *out);

#endif
