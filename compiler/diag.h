/* diag.h — compiler diagnostics, printed as OTP prints them:
 *
 *   file.erl:3:11: syntax error before: '.'
 *   %    3| f() -> 1 +.
 *   %     |           ^
 *   <blank line>
 *
 * Warnings read "file.erl:3:8: Warning: variable 'X' is unused".
 * Every error of a file is collected; the caller renders them in order.
 */
#ifndef BEAMLET_DIAG_H
#define BEAMLET_DIAG_H

#include <stddef.h>

#include "buf.h"

typedef struct Diag {
    char *file;        /* as the user named it */
    int line, col;     /* 1-based; col 0 = no column, no excerpt */
    int is_warning;
    char *msg;
} Diag;

typedef struct DiagSource {
    char *file;
    char *text;        /* a copy of the file's text, for excerpts */
    size_t len;
} DiagSource;

typedef struct Diags {
    Diag *items;
    size_t n, cap;
    size_t nerrors, nwarnings;
    DiagSource *sources;
    size_t nsources;
} Diags;

void diag_init(Diags *d);
void diag_free(Diags *d);
/* Remember a file's text so diagnostics in it get an excerpt. */
void diag_add_source(Diags *d, const char *file, const char *text, size_t len);
void diag_error(Diags *d, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void diag_warning(Diags *d, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* All diagnostics, in the order OTP prints them, to out. */
void diag_render(const Diags *d, Buf *out);

#endif
