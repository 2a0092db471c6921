/* pretty.h — ~p: the line-breaking term printer of io_lib_pretty (OTP 25).
 *
 * The term is first measured into a tree of printed pieces (every piece
 * knows its length in characters), then laid out: a piece that fits on the
 * rest of the line is written whole, otherwise its elements go one per
 * line, atomic ones filling lines.  The shell uses depth 30 and
 * line_max_chars 60; io:format("~p") uses line length 80, no depth limit
 * and no per-line cap (line_max_chars -1).
 */
#ifndef BEAMLET_PRETTY_H
#define BEAMLET_PRETTY_H

#include <stdbool.h>

#include "atom.h"
#include "buf.h"
#include "term.h"

typedef struct PrettyOpts {
    int line_length;     /* 80; 0 means never break */
    int column;          /* 1-based column where the term starts */
    int depth;           /* -1: unlimited; the shell uses 30 */
    int line_max_chars;  /* -1: none; the shell uses 60 */
    bool strings;        /* print printable lists and binaries as strings */
    bool unicode;        /* ~tp: atoms, strings and utf8 binaries as unicode */
} PrettyOpts;

/* line_length 80, column 1, depth -1, line_max_chars -1, strings on. */
void pretty_default_opts(PrettyOpts *o);
/* Append the laid-out term (UTF-8, no trailing newline). */
void pretty_print(const AtomTable *atoms, Buf *b, Term t, const PrettyOpts *o);

#endif
