/* lex.h — tokens of Erlang source, as the re2c scanner (lexer.re) makes
 * them and the preprocessor (pp.c) and the bison parser consume them.
 * Token kinds are the parser's token numbers (parser.tab.h). */
#ifndef BEAMLET_LEX_H
#define BEAMLET_LEX_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"

/* All strings of tokens live in an arena freed in one go: tokens are
 * copied freely by macro expansion without owning anything. */
typedef struct LexChunk LexChunk;
typedef struct LexArena {
    LexChunk *chunks;
} LexArena;

typedef struct Token {
    int kind;          /* parser token number; see tok_* helpers in lexer.re */
    int line, col;     /* 1-based; col counts characters, a tab is one */
    const char *file;  /* arena string: the file the token came from */
    char *text;        /* atoms, variables, keywords, punctuation: the name
                        * (UTF-8); T_ERROR: the message; big integers: decimal */
    size_t len;
    uint32_t *chars;   /* strings: the code points */
    size_t nchars;
    int64_t ival;      /* integers (when !big) and characters */
    double fval;       /* floats */
    int big;           /* integer too large for int64: text holds decimal */
    int quoted;        /* atoms written 'quoted' */
} Token;

typedef struct TokVec {
    Token *v;
    size_t n, cap;
} TokVec;

void *lex_alloc(LexArena *a, size_t n);
char *lex_strndup(LexArena *a, const char *s, size_t n);
void lex_arena_free(LexArena *a);

void lex_push(TokVec *tv, const Token *t);
void lex_vec_free(TokVec *tv);

/* Scan the whole of src (len bytes, NULs allowed) into out, ending with a
 * token of kind END_OF_INPUT.  Scan errors become tokens of kind T_ERROR
 * (message in text) where they occur, so they are reported in file order
 * by the preprocessor.  file must be an arena string. */
void lex_scan(LexArena *a, const char *file, const char *src, size_t len, TokVec *out);

/* The token as OTP's parser prints it in "syntax error before: ..." */
void lex_describe(const Token *t, Buf *out);
/* Append the token's source-like text (for ??Arg stringification). */
void lex_text(const Token *t, Buf *out);
/* Append an atom name quoted as io_lib:write_atom would. */
void lex_write_atom(const char *name, size_t len, Buf *out);
/* Append a string quoted as io_lib:write_string would. */
void lex_write_string(const uint32_t *cs, size_t n, char quote, Buf *out);
/* Keyword token kind for an unquoted atom name, or 0. */
int lex_keyword(const char *name, size_t len);
/* Shortest round-trip float text as io_lib:write prints it (1.0, 1.0e10). */
void lex_write_float(double f, Buf *out);

#endif
