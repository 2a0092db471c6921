/* errs.h — why a BIF refused its arguments: the texts OTP's
 * erl_erts_errors and erl_stdlib_errors give for each argument of a failing
 * BIF ("*** argument 1: not an atom"), which trace.c prints under an
 * exception. */
#ifndef BEAMLET_ERRS_H
#define BEAMLET_ERRS_H

#include <stdbool.h>
#include <stddef.h>

#include "process.h"

#define ERRS_MAX 4              /* arguments described; no BIF here takes more */

typedef struct Errs {
    Process *p;
    const char *name;           /* the BIF's name */
    size_t nlen;
    unsigned n;                 /* its arity */
    Term a[ERRS_MAX];           /* its arguments */
    Term cause;                 /* the error_info's cause, or 0 */
    Term reason;                /* the exception's reason */
    const char *e[ERRS_MAX];    /* the text for each argument, or NULL;
                                 * lines after the first are separated by \n */
    const char *general;        /* a last "*** text" line, or NULL */
    const char *explanation;    /* replaces the reason's text, or NULL */
    char text[2][512];          /* room for texts made up here */
} Errs;

/* erl_erts_errors:format_error(Reason, [Frame|_]) for a frame of module
 * erlang (stdlib is false), or erl_stdlib_errors' for one of maps, lists or
 * io (stdlib is true), whose third element is the argument list; false when
 * OTP's would give no text at all.  Cause is the error_info's cause or 0. */
bool errs_describe(Process *p, Term reason, Term frame, Term cause, bool stdlib, Errs *x);

/* erl_erts_errors:format_bs_fail: the "*** segment N of type ..." text of
 * a failed binary construction (x->general), from its error_info map. */
void errs_bs_fail(Errs *x, Term reason, Term map);

#endif
