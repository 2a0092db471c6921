/* report.h — error reports on stderr, in OTP's logger text. */
#ifndef BEAMLET_REPORT_H
#define BEAMLET_REPORT_H

#include <stddef.h>

#include "process.h"

/* =ERROR REPORT==== ... Error in process <0.N.0> with exit value: Reason */
void report_crash(Process *p, Term reason);
/* Any report: the header for title ("ERROR REPORT", ...), then text. */
void report_write(Vm *vm, const char *title, const char *text, size_t len);
/* An error report of one message (NUL-terminated), ended by a blank line. */
void report_error_text(Vm *vm, const char *text);

#endif
