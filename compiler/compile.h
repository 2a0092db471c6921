/* compile.h — the one entry from the VM (and beamletc) into the compiler:
 * Erlang source in, .bem bytes out. */
#ifndef BEAMLET_COMPILE_H
#define BEAMLET_COMPILE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

typedef struct CompileOptions {
    const char **include_path;
    size_t ninclude;
    const char *source_path;     /* absolute path recorded in compile info; NULL = file */
    int report_warnings;         /* render warnings into diag_out too */
    const char **flags;          /* options as in -compile(...): export_all, nowarn_* */
    size_t nflags;
} CompileOptions;

typedef struct CompileResult {
    uint8_t *bem;                /* malloc'd .bem bytes, or NULL on error */
    size_t bem_len;
    char *module;                /* malloc'd module name, or NULL */
    int nerrors, nwarnings;
} CompileResult;

/* Compile `file` whose text is src.  Diagnostics (OTP format) are appended
 * to diag_out.  Returns 0 on success. */
int compile_source(const char *file, const char *src, size_t len,
                   const CompileOptions *opt, CompileResult *res, Buf *diag_out);
void compile_result_free(CompileResult *res);

#endif
