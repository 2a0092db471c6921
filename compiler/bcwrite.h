/* bcwrite.h — the .bem writer: tables (atoms, literals, imports, exports,
 * functions, lambdas, lines) collected while a module is generated, then
 * laid out as docs/bytecode.md describes, with the MD5 and default vsn. */
#ifndef BEAMLET_BCWRITE_H
#define BEAMLET_BCWRITE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

typedef struct BcwEntry { uint32_t a, b, c, d; } BcwEntry;

/* An interned byte string (atom name or encoded literal). */
typedef struct BcwStr { char *s; size_t len; } BcwStr;

typedef struct BcwTab {
    BcwStr *items;
    size_t n, cap;
    uint32_t *hash;           /* open addressing: index + 1, 0 = empty */
    size_t hcap;
} BcwTab;

typedef struct Bcw {
    BcwTab atoms, lits;
    BcwEntry *imports; size_t nimports, cimports;     /* module atom, fun atom, arity */
    BcwEntry *exports; size_t nexports, cexports;     /* fun atom, arity, func index */
    BcwEntry *funcs;   size_t nfuncs, cfuncs;         /* name atom, arity, first, count */
    BcwEntry *lambdas; size_t nlambdas, clambdas;     /* func index, arity, nfree */
    BcwEntry *lines;   size_t nlines, clines;         /* instruction, line */
    Buf code;                 /* encoded instructions */
    uint64_t ninstr;
    char *line_file;          /* the {file, Name} of stack frames */
    Buf attr, cinf;           /* encoded terms (empty = []) */
    Buf vsn;                  /* encoded vsn term; empty = [MD5 as integer] */
} Bcw;

void bcw_init(Bcw *w, const char *module, size_t len);
void bcw_free(Bcw *w);

uint32_t bcw_atom(Bcw *w, const char *name, size_t len);
/* Index of the literal whose encoding (tag byte first) is enc; equal
 * encodings share one entry. */
uint32_t bcw_literal(Bcw *w, const void *enc, size_t len);
uint32_t bcw_import(Bcw *w, uint32_t mod_atom, uint32_t fun_atom, uint32_t arity);
uint32_t bcw_func(Bcw *w, uint32_t name_atom, uint32_t arity, uint32_t first, uint32_t count);
void bcw_export(Bcw *w, uint32_t fun_atom, uint32_t arity, uint32_t func_index);
uint32_t bcw_lambda(Bcw *w, uint32_t func_index, uint32_t arity, uint32_t nfree);
void bcw_line(Bcw *w, uint32_t instr, uint32_t line);

/* Encoders, appending to a Buf. */
void bcw_uv(Buf *b, uint64_t v);
void bcw_sv(Buf *b, int64_t v);
void bcw_str(Buf *b, const char *s, size_t len);
/* Term encodings (docs/bytecode.md, Litr). */
void bcw_t_int(Buf *b, int64_t v);         /* small, or big when outside 60 bits */
void bcw_t_float(Buf *b, double d);
void bcw_t_atom(Buf *b, uint32_t atom);
void bcw_t_nil(Buf *b);
/* A decimal integer of any size (optional sign); 0 on success, -1 if the
 * text is not a decimal integer. */
int bcw_t_decimal(Buf *b, const char *text);
/* Unsigned integer from big-endian magnitude bytes. */
void bcw_t_unsigned_be(Buf *b, const uint8_t *mag, size_t n);

/* Lay out the whole file into out. */
void bcw_finish(Bcw *w, Buf *out);

#endif
