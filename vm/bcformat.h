/* bcformat.h — constants of the .bem bytecode format, shared by the
 * compiler (which writes it) and the loader (which reads and verifies it).
 * docs/bytecode.md is the full description. */
#ifndef BEAMLET_BCFORMAT_H
#define BEAMLET_BCFORMAT_H

#define BEM_MAGIC "BEML"
#define BEM_FORMAT_VERSION 1

/* Opcode numbers, in opcodes.def order. */
enum {
#define OP(name, str, sig, doc) OPC_##name,
#include "opcodes.def"
#undef OP
    OPC__COUNT
};

/* Source operand kinds, in the low 3 bits of the varint. */
enum { SRC_SLOT = 0, SRC_SMALL = 1, SRC_ATOM = 2, SRC_LITERAL = 3, SRC_NIL = 4 };

/* Literal encoding tags. */
enum {
    LIT_SMALL = 0, LIT_BIG = 1, LIT_FLOAT = 2, LIT_ATOM = 3, LIT_NIL = 4,
    LIT_LIST = 5, LIT_TUPLE = 6, LIT_STRING = 7, LIT_BINARY = 8, LIT_MAP = 9,
    LIT_EXPORT = 10,
};

/* Binary segment types (B operands). */
enum {
    SEG_INTEGER = 0, SEG_FLOAT = 1, SEG_BINARY = 2, SEG_UTF8 = 3,
    SEG_UTF16 = 4, SEG_UTF32 = 5,
};
/* Segment flags. */
enum { SEGF_SIGNED = 1, SEGF_LITTLE = 2, SEGF_NATIVE = 4 };

/* Limits the loader enforces. */
#define BEM_MAX_SLOTS 65535
#define BEM_MAX_ARITY 255

#endif
