/* pp.h — the preprocessor (epp-like, on tokens, form by form) and the
 * interfaces the other front-end files share: record expansion and checks.
 * Only frontend.c drives these; the code generator sees none of it. */
#ifndef BEAMLET_PP_H
#define BEAMLET_PP_H

#include <stddef.h>

#include "ast.h"
#include "diag.h"
#include "frontend.h"
#include "lex.h"

/* Called with each form after preprocessing: its tokens (macros expanded)
 * ending with DOT, or with END_OF_INPUT when the file ends mid-form. */
typedef void (*PpFormFn)(void *ctx, const Token *toks, size_t n);

/* Preprocess the file whose text is src; errors go to diags, in file order
 * interleaved with whatever the callback reports. */
void pp_run(const char *file, const char *src, size_t len, const FeOptions *opt,
            LexArena *arena, Diags *diags, PpFormFn fn, void *ctx);

/* ---- records (records.c) ---- */

typedef struct RecField {
    char *name;
    Ast *def;           /* default value expression, or NULL */
    int line, col;
} RecField;

typedef struct RecDef {
    char *name;
    RecField *fields;
    size_t nfields;
    int line, col;      /* the -record attribute's name, for "is unused" */
    const char *file;
    int used;           /* set by rec_expand */
    int seq;            /* form number: a record is known only after it */
} RecDef;

typedef struct RecTable {
    RecDef *v;
    size_t n, cap;
} RecTable;

/* Rewrite every record expression, pattern and is_record guard in m's
 * functions into tuples and element/setelement code.  Unknown records and
 * fields are reported as errors (with file as the position's file).
 * fn_seq[i] is the form number of function i (see RecDef.seq). */
void rec_expand(AstModule *m, RecTable *recs, const int *fn_seq, const char *file, Diags *diags);
const RecDef *rec_find(const RecTable *recs, const char *name);
void rec_free(RecTable *recs);

/* ---- checks (check.c) ---- */

typedef struct ChkOptions {
    int nowarn_unused_function;
    int nowarn_unused_vars;
    int nowarn_shadow_vars;
    int export_all;
    const Ast *no_auto_import;  /* lists of f/N from -compile({no_auto_import, [...]}), in an A_SEQ */
} ChkOptions;

/* Variable scoping, undefined and duplicate functions, guards; errors and
 * warnings in erl_lint's words. */
void chk_module(AstModule *m, const char *file, const ChkOptions *opt, Diags *diags);

#endif
