/* floatfmt.h — turning doubles into text exactly as OTP 25 does, and text
 * into doubles (list_to_float/1).  All writers append to a Buf. */
#ifndef BEAMLET_FLOATFMT_H
#define BEAMLET_FLOATFMT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* ~p / ~w / float_to_list(F, [short]): the shortest text that reads back
 * as the same double, fixed or scientific by OTP's rules ("1.0e3",
 * "100.0", "1.2e-4", "-0.0", "5.0e-324"). */
void flt_short(double d, Buf *out);
/* float_to_list/1: "%.20e" ("1.00000000000000000000e+00"). */
void flt_to_list_default(double d, Buf *out);
/* float_to_list(F, [{decimals, N}]) (N in 0..253), with [compact] when
 * compact is set; false when the text would be 256 characters or more
 * (OTP then raises badarg). */
bool flt_decimals(double d, int decimals, bool compact, Buf *out);
/* float_to_list(F, [{scientific, N}]) (N in 0..249): "%.*e"; false when
 * too long, as flt_decimals. */
bool flt_scientific(double d, int digits, Buf *out);

/* io_lib:format controls.  prec >= 1 for ~f and ~g and >= 2 for ~e (the
 * caller raises badarg otherwise).  The digits are OTP's: the 21
 * significant digits of float_to_list/1, rounded half up. */
void flt_fixed(double d, int prec, Buf *out);   /* ~.Pf: 3.141590 */
void flt_exp(double d, int prec, Buf *out);     /* ~.Pe: 3.14159e+0 (P significant digits) */
void flt_g(double d, int prec, Buf *out);       /* ~.Pg */

/* list_to_float/1 syntax: [+-]D+.D+([eE][+-]?D+)?; false when the text
 * does not match or the value overflows a double. */
bool flt_parse(const char *s, size_t len, double *out);

#endif
