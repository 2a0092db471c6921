/* codegen.h — AST (compiler/ast.h, records already expanded) to .bem bytes.
 * The one entry of the code generator; compile.c calls it after the front
 * end has checked the module. */
#ifndef BEAMLET_CODEGEN_H
#define BEAMLET_CODEGEN_H

#include "ast.h"
#include "buf.h"
#include "diag.h"

typedef struct CgOptions {
    const char *file;          /* as the user named it: the {file, F} of stack frames */
    const char *source_path;   /* absolute path for module_info(compile) */
    const char **flags;        /* the caller's options (atoms), for the same */
    size_t nflags;
} CgOptions;

/* Generate the module into out (appended).  Problems the front end let
 * through go to diags as errors.  Returns 0 on success, -1 on error. */
int cg_module(const AstModule *m, const CgOptions *opt, Diags *diags, Buf *out);

#endif
