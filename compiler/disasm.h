/* disasm.h — a listing of a .bem file, driven by vm/opcodes.def: header,
 * tables and every instruction with decoded operands.  Used by
 * `beamletc -S` and by the VM; it checks the structure as it reads, so it
 * also serves as an independent reader of what the compiler writes. */
#ifndef BEAMLET_DISASM_H
#define BEAMLET_DISASM_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Append the listing of the .bem bytes to out.  Returns 0, or -1 with a
 * one-line reason in err when the bytes are malformed. */
int dis_module(const uint8_t *bem, size_t len, Buf *out, Buf *err);

#endif
