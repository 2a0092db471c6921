/* frontend.h — source text to a checked AST: lexer (re2c), preprocessor,
 * parser (bison), record expansion, checks.  The code generator reads what
 * fe_module returns and nothing else of the front end. */
#ifndef BEAMLET_FRONTEND_H
#define BEAMLET_FRONTEND_H

#include <stddef.h>

#include "ast.h"
#include "diag.h"

typedef struct FeOptions {
    const char **include_path;   /* searched for -include("x.hrl") after the file's own directory */
    size_t ninclude;
    const char **defines;        /* -D style: "NAME" or "NAME=value" */
    size_t ndefines;
    const char **flags;          /* compile options given by the caller, as in
                                    -compile: export_all, nowarn_unused_vars ... */
    size_t nflags;
} FeOptions;

/* Preprocess, parse, expand records and check the module in src (the text
 * of `file`).  Errors and warnings go to diags.  Returns the module, or
 * NULL when there was any error.  fe_free releases everything it made. */
AstModule *fe_module(const char *file, const char *src, size_t len,
                     const FeOptions *opt, Diags *diags);
void fe_free(AstModule *m);

/* ---- shell commands (beamlet:parse_command, vm/bif_parse.c) ------------
 * text holds what the shell has read so far: the command starts at its
 * beginning and ends at the first end token ('.' followed by white space,
 * '%' or the end of the text).  Positions count from line 1, column 1 at
 * the start of text. */
typedef enum FeCmdStatus {
    FE_CMD_MORE,     /* no end token yet (or only white space and comments) */
    FE_CMD_EOF,      /* at_eof and nothing but white space and comments */
    FE_CMD_OK,       /* exprs parsed, no lint error */
    FE_CMD_LINT,     /* exprs parsed; errors holds erl_lint's errors */
    FE_CMD_SYNTAX,   /* errors holds the one scan or parse error */
} FeCmdStatus;

typedef struct FeCommand {
    FeCmdStatus status;
    Ast *exprs;      /* A_SEQ, parsed in shell mode (parser.y) */
    Diags errors;    /* errors only (no warnings), in erl_lint's order */
    size_t rest;     /* byte offset in text of what follows the command */
} FeCommand;

/* Scan, parse and lint a shell command.  bound: the names of the bound
 * variables; lint_only >= 0 lints only that expression (0-based), < 0
 * all of them.  fe_command_free releases out. */
void fe_command(const char *text, size_t len, const char *const *bound, size_t nbound,
                int at_eof, long lint_only, FeCommand *out);
void fe_command_free(FeCommand *c);

/* The checks of erl_lint on a shell command (compiler/check.c). */
void chk_exprs(const Ast *seq, const char *const *bound, size_t nbound, long only, Diags *diags);

#endif
