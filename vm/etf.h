/* etf.h — Erlang's external term format (version 131), as
 * term_to_binary/1 and binary_to_term/1 of OTP 25 write and read it:
 * integers, floats, atoms, tuples, lists, strings, binaries, bitstrings,
 * maps, pids, references and external funs (fun M:F/A).  Neither side
 * recurses in C, so any nesting depth is fine. */
#ifndef BEAMLET_ETF_H
#define BEAMLET_ETF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "atom.h"
#include "buf.h"
#include "process.h"
#include "term.h"

/* Append the encoding of t, version byte first, to out.  False (out
 * partly written) for a term that has no encoding here: a local fun. */
bool etf_encode(const AtomTable *atoms, Term t, Buf *out);

/* Decode the term at data[0, len) (version byte first) onto p's heap.
 * THE_NON_VALUE when the bytes are not a valid encoding; else the term,
 * with *used set to the number of bytes read (trailing bytes are left). */
Term etf_decode(Process *p, const uint8_t *data, size_t len, size_t *used);

#endif
