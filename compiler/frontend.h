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
} FeOptions;

/* Preprocess, parse, expand records and check the module in src (the text
 * of `file`).  Errors and warnings go to diags.  Returns the module, or
 * NULL when there was any error.  fe_free releases everything it made. */
AstModule *fe_module(const char *file, const char *src, size_t len,
                     const FeOptions *opt, Diags *diags);
void fe_free(AstModule *m);

#endif
