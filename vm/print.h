/* print.h — writing terms as text: io_lib:write (~w), atom quoting, string
 * and binary printability, and erlang:display's own format.
 *
 * Text is produced as UTF-8 in a Buf: a character c (a code point) is one
 * UTF-8 sequence, so lengths in characters are print_char_count(), never
 * byte counts.  The "latin1" variants (what ~w and ~p use) write characters
 * above 255 inside atoms and strings as \x{HEX}; the "unicode" ones (~tw,
 * ~tp) write them as themselves.
 */
#ifndef BEAMLET_PRINT_H
#define BEAMLET_PRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "atom.h"
#include "buf.h"
#include "term.h"

/* ~w: io_lib:write(Term, Depth); depth -1 is unlimited, 0 prints "...". */
void print_term(const AtomTable *atoms, Buf *b, Term t, int depth);
/* The same, with the encoding of ~tw when unicode is set. */
void print_term_enc(const AtomTable *atoms, Buf *b, Term t, int depth, bool unicode);

/* An atom, quoted when it must be (see print_atom_needs_quotes). */
void print_atom(const AtomTable *atoms, Buf *b, Term atom);
void print_atom_enc(const AtomTable *atoms, Buf *b, Term atom, bool unicode);
/* Unquoted only if it starts with a lowercase (latin1) letter, holds only
 * letters, digits, _ and @, and is not a reserved word. name is UTF-8. */
bool print_atom_needs_quotes(const char *name, size_t len);

/* A proper, non-empty list of latin1-printable characters: 32..126,
 * 160..255 and \n \r \t \v \b \f \e. */
bool print_is_printable_list(Term list);
bool print_is_printable_char(int64_t c);
/* "..." with escapes; the list must hold characters (integers >= 0). */
void print_string(Buf *b, Term list, bool unicode);
/* One character inside quotes q, escaped as io_lib does. */
void print_quoted_char(Buf *b, uint32_t c, char q, bool unicode);
/* A byte-aligned, non-empty binary whose bytes are all printable. */
bool print_is_printable_binary(Term bin);

/* Integers in any base 2..36 (upper-case digits unless lower is set). */
void print_integer(Buf *b, Term integer, int base, bool lower);
void print_float(Buf *b, double d);                 /* shortest round-trip */
void print_pid(Buf *b, Term pid);                   /* <0.N.0> */
void print_ref(Buf *b, Term ref);                   /* #Ref<0.0.0.N> */
void print_fun(const AtomTable *atoms, Buf *b, Term fun);

/* erlang:display/1's format (the emulator's printer), without newline. */
void print_display(const AtomTable *atoms, Buf *b, Term t);

/* UTF-8 helpers. */
void print_utf8(Buf *b, uint32_t c);
/* Number of characters in UTF-8 text. */
size_t print_char_count(const char *s, size_t len);
/* Decode one character at s[*i] (advancing *i); invalid bytes decode as
 * themselves (latin1), so any byte string decodes. */
uint32_t print_utf8_next(const char *s, size_t len, size_t *i);

#endif
