/* format.h — io_lib:format/2: the control sequences ~F.P.PadModC of
 * io:format (~p ~P ~w ~W ~s ~e ~f ~g ~b ~B ~x ~X ~# ~+ ~c ~i ~n ~~).
 *
 * The result is appended to `out` as UTF-8 text of the character list OTP
 * would return (a character above 255 is its UTF-8 sequence; a byte of a
 * binary printed with ~s is the character of that value).  Writing it to a
 * latin1 device is fmt_to_device()'s job.
 */
#ifndef BEAMLET_FORMAT_H
#define BEAMLET_FORMAT_H

#include "buf.h"
#include "process.h"
#include "term.h"

/* Format `args` (a list) by `format` (a flat or deep char list, a binary
 * or an atom).  Returns THE_NON_VALUE with badarg raised on the process
 * when the format is invalid, the argument count is wrong or an argument
 * has the wrong type (out may then hold partial text); otherwise `ok`. */
Term fmt_format(Process *p, Term format, Term args, Buf *out);

/* Convert formatted UTF-8 text to what OTP writes on a latin1 device
 * (standard_io under erl -noshell): characters up to 255 as one byte,
 * others as \x{HEX}. */
void fmt_to_device(const char *text, size_t len, Buf *out);

#endif
