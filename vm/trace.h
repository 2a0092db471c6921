/* trace.h — stack traces: the {M, F, ArityOrArgs, Location} list of an
 * exception, and OTP's text for an exception (erl_error's format). */
#ifndef BEAMLET_TRACE_H
#define BEAMLET_TRACE_H

#include "buf.h"
#include "process.h"

#define TRACE_DEPTH 8          /* frames kept, as OTP's backtrace_depth */

/* The stack trace of the exception in p raised at pc. */
Term trace_build(Process *p, const Word *pc);
/* "exception error: ..." text with its "in function" lines, as escript and
 * the shell print it; `prefix` starts the first line (e.g. "beamlet: "). */
void trace_format(Process *p, Term cls, Term reason, Term trace, const char *prefix, Buf *out);

#endif
