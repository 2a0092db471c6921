/* trace.h — stack traces: the {M, F, ArityOrArgs, Location} list of an
 * exception, and OTP's text for an exception (erl_error's format, with
 * erl_erts_errors' argument texts for the erlang BIFs). */
#ifndef BEAMLET_TRACE_H
#define BEAMLET_TRACE_H

#include <stdbool.h>

#include "buf.h"
#include "pretty.h"
#include "process.h"

#define TRACE_DEPTH 8          /* frames kept, as OTP's backtrace_depth */
#define TRACE_TRIM_MAX 2

/* The stack trace of the exception in p raised at pc. */
Term trace_build(Process *p, const Word *pc);
/* process_info(Q, current_stacktrace): where q is and the functions it
 * will return to, built on on's heap. */
Term trace_of(Process *on, Process *q);

/* The arguments of erl_error:format_exception/7 that differ between its
 * callers: the column I where "exception" starts, the format fun (pretty
 * options; the column is set per value), the modules whose frames are
 * dropped from the bottom of the stack, and the encoding. */
typedef struct TraceStyle {
    int column;
    PrettyOpts pretty;
    Term trim[TRACE_TRIM_MAX];   /* module atoms, or 0 */
    bool unicode;
} TraceStyle;

/* "exception error: ..." and its frame lines, no final newline. */
void trace_format_exception(Process *p, const TraceStyle *st, Term cls, Term reason, Term trace, Buf *out);
/* As escript prints an uncaught exception, after `prefix` (e.g.
 * "beamlet: "), ending with a newline. */
void trace_format(Process *p, Term cls, Term reason, Term trace, const char *prefix, Buf *out);
/* As the shell prints an exception in a command: "** exception ...\n"
 * (depth 30, 60 characters a line, frames of erl_eval and shell dropped),
 * for a terminal line_length columns wide (80 when unknown) whose encoding
 * is unicode or latin1 (a pipe). */
void trace_format_shell(Process *p, Term cls, Term reason, Term trace, int line_length, bool unicode, Buf *out);
/* The shell's style, for callers that change some of it (proc_lib's crash
 * report: column 5, no depth limit, no per-line limit). */
void trace_shell_style(Process *p, int line_length, bool unicode, TraceStyle *st);

#endif
