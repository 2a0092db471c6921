/* lexer.re — the Erlang scanner (re2c): source bytes to tokens with
 * line:column, as erl_scan does it.  Escapes in strings, atoms and
 * characters are decoded by a second re2c automaton (scan_escape). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "parser.tab.h"

struct LexChunk {
    LexChunk *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

void *lex_alloc(LexArena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (!a->chunks || a->chunks->cap - a->chunks->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        LexChunk *c = malloc(sizeof *c + cap);
        if (!c) { fputs("beamlet: out of memory\n", stderr); abort(); }
        c->next = a->chunks;
        c->used = 0;
        c->cap = cap;
        a->chunks = c;
    }
    void *p = a->chunks->data + a->chunks->used;
    a->chunks->used += n;
    return p;
}

char *lex_strndup(LexArena *a, const char *s, size_t n) {
    char *p = lex_alloc(a, n + 1);
    if (n) memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void lex_arena_free(LexArena *a) {
    while (a->chunks) {
        LexChunk *c = a->chunks;
        a->chunks = c->next;
        free(c);
    }
}

void lex_push(TokVec *tv, const Token *t) {
    if (tv->n == tv->cap) {
        tv->cap = tv->cap ? tv->cap * 2 : 256;
        Token *v = realloc(tv->v, tv->cap * sizeof *v);
        if (!v) { fputs("beamlet: out of memory\n", stderr); abort(); }
        tv->v = v;
    }
    tv->v[tv->n++] = *t;
}

void lex_vec_free(TokVec *tv) {
    free(tv->v);
    tv->v = NULL;
    tv->n = tv->cap = 0;
}

typedef unsigned char uchar;

typedef struct Lexer {
    LexArena *a;
    const char *file;
    const uchar *base, *lim;   /* lim points at the NUL sentinel */
    const uchar *linestart;
    int line;
    TokVec *out;
    const uchar *cpos;         /* col_of cache: column cc at cpos (same line) */
    int cc;
} Lexer;

/* Characters (not bytes) from the line start to p: UTF-8 continuation
 * bytes do not count. */
static int col_of(Lexer *lx, const uchar *p) {
    const uchar *q = lx->linestart;
    int c = 1;
    /* tokens come in order: continue from the last answer on this line */
    if (lx->cpos && lx->cpos >= lx->linestart && lx->cpos <= p) {
        q = lx->cpos;
        c = lx->cc;
    }
    for (; q < p; q++)
        if ((*q & 0xC0) != 0x80) c++;
    lx->cpos = p;
    lx->cc = c;
    return c;
}

/* Account for the newlines in [from, to). */
static void advance(Lexer *lx, const uchar *from, const uchar *to) {
    for (const uchar *q = from; q < to; q++)
        if (*q == '\n') { lx->line++; lx->linestart = q + 1; }
}

/* Decode one UTF-8 character at p (bounded by lim); invalid bytes read as
 * Latin-1.  Returns the number of bytes used. */
static size_t utf8_decode(const uchar *p, const uchar *lim, uint32_t *cp) {
    uchar c = p[0];
    size_t n = 0;
    uint32_t v = 0;
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { n = 2; v = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; v = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; v = c & 0x07; }
    else { *cp = c; return 1; }
    if ((size_t)(lim - p) < n) { *cp = c; return 1; }
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) { *cp = c; return 1; }
        v = (v << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF))) { *cp = c; return 1; }
    *cp = v;
    return n;
}

static size_t utf8_encode(uint32_t c, char *o) {
    if (c < 0x80) { o[0] = (char)c; return 1; }
    if (c < 0x800) { o[0] = (char)(0xC0 | (c >> 6)); o[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12)); o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F)); return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18)); o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F)); o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static Token *emit(Lexer *lx, int kind, const uchar *start) {
    Token t;
    memset(&t, 0, sizeof t);
    t.kind = kind;
    t.line = lx->line;
    t.col = col_of(lx, start);
    t.file = lx->file;
    lex_push(lx->out, &t);
    return &lx->out->v[lx->out->n - 1];
}

static void emit_error(Lexer *lx, int line, int col, const char *msg) {
    Token t;
    memset(&t, 0, sizeof t);
    t.kind = T_ERROR;
    t.line = line;
    t.col = col;
    t.file = lx->file;
    t.text = lex_strndup(lx->a, msg, strlen(msg));
    t.len = strlen(msg);
    lex_push(lx->out, &t);
}

static int hexval(uchar c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Decode one escape sequence starting at p (p[0] == '\\').  Sets *cp and
 * returns the bytes used; returns 0 with *used set for an illegal escape. */
static size_t scan_escape(const uchar *p, const uchar *lim, uint32_t *cp, size_t *used) {
    const uchar *cur = p, *mar = p;
    (void)mar;
    /*!re2c
        re2c:define:YYCTYPE = uchar;
        re2c:define:YYCURSOR = cur;
        re2c:define:YYMARKER = mar;
        re2c:define:YYLIMIT = lim;
        re2c:yyfill:enable = 0;
        re2c:eof = 0;

        oct = [0-7];
        hex = [0-9a-fA-F];

        "\\" oct oct? oct? {
            uint32_t v = 0;
            for (const uchar *q = p + 1; q < cur; q++) v = v * 8 + (uint32_t)(*q - '0');
            *cp = v; return (size_t)(cur - p);
        }
        "\\x" hex hex {
            *cp = (uint32_t)(hexval(p[2]) * 16 + hexval(p[3])); return 4;
        }
        "\\x{" hex+ "}" {
            uint32_t v = 0;
            for (const uchar *q = p + 3; q < cur - 1; q++) {
                v = v * 16 + (uint32_t)hexval(*q);
                if (v > 0x10FFFF) { *used = (size_t)(cur - p); return 0; }
            }
            if (v >= 0xD800 && v <= 0xDFFF) { *used = (size_t)(cur - p); return 0; }
            *cp = v; return (size_t)(cur - p);
        }
        "\\x{" { *used = 3; return 0; }
        "\\x" { *used = 2; return 0; }
        "\\^" [^] { *cp = p[2] & 31; return 3; }
        "\\n" { *cp = '\n'; return 2; }
        "\\t" { *cp = '\t'; return 2; }
        "\\s" { *cp = ' '; return 2; }
        "\\r" { *cp = '\r'; return 2; }
        "\\e" { *cp = 27; return 2; }
        "\\d" { *cp = 127; return 2; }
        "\\b" { *cp = 8; return 2; }
        "\\f" { *cp = 12; return 2; }
        "\\v" { *cp = 11; return 2; }
        "\\" [^] {
            size_t n = utf8_decode(p + 1, lim, cp);
            return 1 + n;
        }
        * { *used = 1; return 0; }
        $ { *used = 1; return 0; }
    */
}

/* Decode the body [p, end) of a quoted string or atom. On an illegal escape
 * returns the position of the backslash in *bad and the bytes to skip. */
static uint32_t *decode_body(Lexer *lx, const uchar *p, const uchar *end, size_t *n,
                             const uchar **bad, size_t *badlen) {
    uint32_t *cs = lex_alloc(lx->a, ((size_t)(end - p) + 1) * sizeof *cs);
    size_t k = 0;
    *bad = NULL;
    while (p < end) {
        uint32_t c;
        if (*p == '\\') {
            size_t used = 0;
            size_t m = scan_escape(p, lx->lim, &c, &used);
            if (m == 0) { *bad = p; *badlen = used; *n = k; return cs; }
            p += m;
        } else {
            p += utf8_decode(p, end, &c);
        }
        cs[k++] = c;
    }
    *n = k;
    return cs;
}

static char *to_utf8(Lexer *lx, const uint32_t *cs, size_t n, size_t *len) {
    char *s = lex_alloc(lx->a, n * 4 + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += utf8_encode(cs[i], s + k);
    s[k] = 0;
    *len = k;
    return s;
}

/* "unterminated string starting with ..." shows the first 16 characters
 * of the rest of the file, decoded, quoted. */
static void unterminated(Lexer *lx, const uchar *start, char quote) {
    const uchar *p = start + 1;
    uint32_t cs[16];
    size_t k = 0;
    while (p < lx->lim && k < 16) {
        uint32_t c;
        if (*p == '\\') {
            size_t used = 0;
            size_t m = scan_escape(p, lx->lim, &c, &used);
            if (m == 0) { p += used; continue; }
            p += m;
        } else {
            p += utf8_decode(p, lx->lim, &c);
        }
        cs[k++] = c;
    }
    Buf b = {0};
    buf_printf(&b, "unterminated %s starting with ", quote == '"' ? "string" : "atom");
    lex_write_string(cs, k, quote, &b);
    emit_error(lx, lx->line, col_of(lx, start), b.data);
    buf_free(&b);
}

/* Value of decimal digits with '_' separators; big when over int64. */
static void set_integer(Lexer *lx, Token *t, const uchar *s, const uchar *e, int base) {
    uint64_t v = 0;
    int over = 0;
    for (const uchar *q = s; q < e; q++) {
        if (*q == '_') continue;
        uint64_t d = (uint64_t)hexval(*q);
        if (v > (UINT64_MAX - d) / (uint64_t)base) { over = 1; break; }
        v = v * (uint64_t)base + d;
    }
    if (!over && v <= (uint64_t)INT64_MAX) { t->ival = (int64_t)v; return; }
    /* Arbitrary size: decimal digits, least significant first. */
    size_t cap = (size_t)(e - s) * 2 + 2, nd = 1;
    uchar *dig = calloc(cap, 1);
    if (!dig) abort();
    for (const uchar *q = s; q < e; q++) {
        if (*q == '_') continue;
        unsigned carry = (unsigned)hexval(*q);
        for (size_t i = 0; i < nd; i++) {
            unsigned x = dig[i] * (unsigned)base + carry;
            dig[i] = (uchar)(x % 10);
            carry = x / 10;
        }
        while (carry) { dig[nd++] = (uchar)(carry % 10); carry /= 10; }
    }
    char *txt = lex_alloc(lx->a, nd + 1);
    for (size_t i = 0; i < nd; i++) txt[i] = (char)('0' + dig[nd - 1 - i]);
    txt[nd] = 0;
    free(dig);
    t->big = 1;
    t->text = txt;
    t->len = nd;
}

static const struct { const char *name; int kind; } keywords[] = {
    {"after", KW_AFTER}, {"and", KW_AND}, {"andalso", KW_ANDALSO}, {"band", KW_BAND},
    {"begin", KW_BEGIN}, {"bnot", KW_BNOT}, {"bor", KW_BOR}, {"bsl", KW_BSL},
    {"bsr", KW_BSR}, {"bxor", KW_BXOR}, {"case", KW_CASE}, {"catch", KW_CATCH},
    {"div", KW_DIV}, {"end", KW_END}, {"fun", KW_FUN}, {"if", KW_IF}, {"not", KW_NOT},
    {"of", KW_OF}, {"or", KW_OR}, {"orelse", KW_ORELSE}, {"receive", KW_RECEIVE},
    {"rem", KW_REM}, {"try", KW_TRY}, {"when", KW_WHEN}, {"xor", KW_XOR},
};

int lex_keyword(const char *name, size_t len) {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].name) == len && memcmp(keywords[i].name, name, len) == 0)
            return keywords[i].kind;
    return 0;
}

static void punct(Lexer *lx, int kind, const uchar *s, const uchar *e) {
    Token *t = emit(lx, kind, s);
    t->text = lex_strndup(lx->a, (const char *)s, (size_t)(e - s));
    t->len = (size_t)(e - s);
}

void lex_scan(LexArena *a, const char *file, const char *src, size_t len, TokVec *out) {
    uchar *buf = malloc(len + 1);
    if (!buf) abort();
    memcpy(buf, src, len);
    buf[len] = 0;
    Lexer L = {a, file, buf, buf + len, buf, 1, out, NULL, 0};
    Lexer *lx = &L;
    const uchar *cur = buf, *mar = buf, *tok;
    (void)mar;
    for (;;) {
        tok = cur;
        /*!re2c
            re2c:define:YYCTYPE = uchar;
            re2c:define:YYCURSOR = cur;
            re2c:define:YYMARKER = mar;
            re2c:define:YYLIMIT = "lx->lim";
            re2c:yyfill:enable = 0;
            re2c:eof = 0;

            dig = [0-9];
            digs = dig+ ("_" dig+)*;
            alnum = [0-9a-zA-Z];
            lat_up = "\xc3" [\x80-\x96\x98-\x9e];
            lat_lo = "\xc3" [\x9f-\xb6\xb8-\xbf];
            namec = [a-zA-Z0-9_@] | lat_up | lat_lo;

            $ { Token *t = emit(lx, END_OF_INPUT, cur); (void)t; break; }
            "%" [^\n]* { continue; }
            [ \t\r\f\v]+ { continue; }
            "\n" { lx->line++; lx->linestart = cur; continue; }
            [\x00-\x08\x0e-\x1f\x7f] | "\xc2" [\xa0] { continue; }

            ([a-z] | lat_lo) namec* {
                size_t n = (size_t)(cur - tok);
                int kw = lex_keyword((const char *)tok, n);
                Token *t = emit(lx, kw ? kw : ATOM, tok);
                t->text = lex_strndup(a, (const char *)tok, n);
                t->len = n;
                continue;
            }
            ([A-Z_] | lat_up) namec* {
                Token *t = emit(lx, VAR, tok);
                t->len = (size_t)(cur - tok);
                t->text = lex_strndup(a, (const char *)tok, t->len);
                continue;
            }
            "'" ([^'\\] | "\\" [^])* "'" | "\"" ([^"\\] | "\\" [^])* "\"" {
                int line = lx->line, col = col_of(lx, tok);
                const uchar *bad;
                size_t n, badlen = 0;
                uint32_t *cs = decode_body(lx, tok + 1, cur - 1, &n, &bad, &badlen);
                if (bad) {
                    advance(lx, tok, bad);
                    emit_error(lx, lx->line, col_of(lx, bad), "illegal character");
                    cur = bad + badlen;
                    advance(lx, bad, cur);
                    continue;
                }
                Token t;
                memset(&t, 0, sizeof t);
                t.kind = *tok == '"' ? STRING : ATOM;
                t.line = line;
                t.col = col;
                t.file = file;
                if (t.kind == STRING) { t.chars = cs; t.nchars = n; }
                else t.quoted = 1;
                t.text = to_utf8(lx, cs, n, &t.len);
                lex_push(out, &t);
                advance(lx, tok, cur);
                continue;
            }
            "'" | "\"" {
                unterminated(lx, tok, (char)*tok);
                cur = lx->lim;
                continue;
            }
            digs {
                Token *t = emit(lx, INTEGER, tok);
                set_integer(lx, t, tok, cur, 10);
                continue;
            }
            digs "." digs ([eE] [+-]? digs)? {
                char tmp[512];
                size_t k = 0;
                for (const uchar *q = tok; q < cur && k + 1 < sizeof tmp; q++)
                    if (*q != '_') tmp[k++] = (char)*q;
                tmp[k] = 0;
                double d = strtod(tmp, NULL);
                if (isinf(d) || k + 1 >= sizeof tmp) {
                    emit_error(lx, lx->line, col_of(lx, tok), "illegal float");
                    continue;
                }
                Token *t = emit(lx, FLOAT, tok);
                t->fval = d;
                continue;
            }
            digs "." digs [eE] [+-]? {
                emit_error(lx, lx->line, col_of(lx, tok), "illegal float");
                continue;
            }
            digs "#" (alnum+ ("_" alnum+)*)? {
                const uchar *hash = tok;
                while (*hash != '#') hash++;
                long base = 0;
                for (const uchar *q = tok; q < hash; q++)
                    if (*q != '_') base = base < 100 ? base * 10 + (*q - '0') : base;
                if (base < 2 || base > 36) {
                    char msg[64];
                    snprintf(msg, sizeof msg, "illegal base '%ld'", base);
                    emit_error(lx, lx->line, col_of(lx, tok), msg);
                    cur = hash;
                    continue;
                }
                const uchar *q = hash + 1;
                while (q < cur && (hexval(*q) < base || (*q == '_' && q > hash + 1 && q + 1 < cur
                                                       && hexval(q[1]) < base)))
                    q++;
                if (q == hash + 1) {
                    emit_error(lx, lx->line, col_of(lx, tok), "illegal integer");
                    cur = q;
                    continue;
                }
                cur = q;
                Token *t = emit(lx, INTEGER, tok);
                set_integer(lx, t, hash + 1, cur, (int)base);
                continue;
            }
            "$\\" {
                uint32_t c = 0;
                size_t used = 0;
                size_t m = scan_escape(cur - 1, lx->lim, &c, &used);
                if (m == 0) {
                    /* "$\" and then the end of the text: erl_scan wants more */
                    emit_error(lx, lx->line, col_of(lx, tok),
                               cur >= lx->lim ? "unterminated character" : "illegal character");
                    cur = cur - 1 + used;
                    continue;
                }
                Token *t = emit(lx, CHAR, tok);
                t->ival = c;
                cur = cur - 1 + m;
                advance(lx, tok, cur);
                continue;
            }
            "$" [^] {
                uint32_t c;
                size_t m = utf8_decode(cur - 1, lx->lim, &c);
                Token *t = emit(lx, CHAR, tok);
                t->ival = c;
                cur = cur - 1 + m;
                advance(lx, tok, cur);
                continue;
            }
            "$" {
                emit_error(lx, lx->line, col_of(lx, tok), "unterminated character");
                continue;
            }

            "." {
                if (cur >= lx->lim || *cur == ' ' || *cur == '\t' || *cur == '\n' || *cur == '\r'
                    || *cur == '%' || *cur == '\f' || *cur == '\v')
                    punct(lx, DOT, tok, cur);
                else
                    punct(lx, '.', tok, cur);
                continue;
            }
            "->" { punct(lx, ARROW, tok, cur); continue; }
            "=>" { punct(lx, DARROW, tok, cur); continue; }
            ":=" { punct(lx, ASSIGN, tok, cur); continue; }
            "::" { punct(lx, COLONCOLON, tok, cur); continue; }
            "<<" { punct(lx, LTLT, tok, cur); continue; }
            ">>" { punct(lx, GTGT, tok, cur); continue; }
            "<-" { punct(lx, LARROW, tok, cur); continue; }
            "<=" { punct(lx, LDARROW, tok, cur); continue; }
            "==" { punct(lx, EQEQ, tok, cur); continue; }
            "/=" { punct(lx, NEQ, tok, cur); continue; }
            "=:=" { punct(lx, EXEQ, tok, cur); continue; }
            "=/=" { punct(lx, EXNE, tok, cur); continue; }
            "=<" { punct(lx, LE, tok, cur); continue; }
            ">=" { punct(lx, GE, tok, cur); continue; }
            "++" { punct(lx, PLUSPLUS, tok, cur); continue; }
            "--" { punct(lx, MINUSMINUS, tok, cur); continue; }
            "||" { punct(lx, OROR, tok, cur); continue; }
            "??" { punct(lx, QQ, tok, cur); continue; }
            ".." { punct(lx, DOTDOT, tok, cur); continue; }
            "..." { punct(lx, DOTDOTDOT, tok, cur); continue; }
            [()[\]{},;:|#!=<>+\-*/?] { punct(lx, *tok, tok, cur); continue; }
            * {
                /* Any other character is a token of its own, as in erl_scan;
                 * the parser rejects it with "syntax error before: ...". */
                uint32_t c;
                size_t m = utf8_decode(tok, lx->lim, &c);
                cur = tok + m;
                punct(lx, OTHERCHAR, tok, cur);
                continue;
            }
        */
    }
    free(buf);
}

/* ---- printing tokens and terms the way OTP does -------------------------- */

static int atom_needs_quotes(const char *s, size_t n) {
    if (n == 0) return 1;
    uchar c = (uchar)s[0];
    if (!((c >= 'a' && c <= 'z') || (c == 0xC3 && n > 1 && (uchar)s[1] >= 0x9F && (uchar)s[1] != 0xB7)))
        return 1;
    for (size_t i = 0; i < n; i++) {
        c = (uchar)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@')
            continue;
        if (c == 0xC3 && i + 1 < n && (uchar)s[i + 1] >= 0x80 && (uchar)s[i + 1] != 0x97 && (uchar)s[i + 1] != 0xB7) {
            i++;
            continue;
        }
        return 1;
    }
    return lex_keyword(s, n) != 0;
}

static void write_char_esc(uint32_t c, char quote, Buf *out) {
    switch (c) {
    case '\n': buf_adds(out, "\\n"); return;
    case '\r': buf_adds(out, "\\r"); return;
    case '\t': buf_adds(out, "\\t"); return;
    case '\v': buf_adds(out, "\\v"); return;
    case '\b': buf_adds(out, "\\b"); return;
    case '\f': buf_adds(out, "\\f"); return;
    case 27: buf_adds(out, "\\e"); return;
    case 127: buf_adds(out, "\\d"); return;
    case '\\': buf_adds(out, "\\\\"); return;
    default: break;
    }
    if (c == (uint32_t)quote) { buf_addc(out, '\\'); buf_addc(out, quote); return; }
    /* other control characters in octal, as io_lib:write_string */
    if (c < 32 || (c >= 128 && c < 160)) { buf_printf(out, "\\%03o", (unsigned)c); return; }
    char tmp[4];
    size_t n = utf8_encode(c, tmp);
    buf_add(out, tmp, n);
}

void lex_write_string(const uint32_t *cs, size_t n, char quote, Buf *out) {
    buf_addc(out, quote);
    for (size_t i = 0; i < n; i++) write_char_esc(cs[i], quote, out);
    buf_addc(out, quote);
}

void lex_write_atom(const char *name, size_t len, Buf *out) {
    if (!atom_needs_quotes(name, len)) { buf_add(out, name, len); return; }
    buf_addc(out, '\'');
    const uchar *p = (const uchar *)name, *e = p + len;
    while (p < e) {
        uint32_t c;
        p += utf8_decode(p, e, &c);
        write_char_esc(c, '\'', out);
    }
    buf_addc(out, '\'');
}

/* As float_to_list(F, [short]) (io_lib:write): the shortest digits that
 * read back, in fixed notation ("100.0", "0.0012") or scientific ("1.0e3",
 * "1.2e-4"), whichever is shorter, fixed on a tie; scientific always from
 * 2^53 up, where fixed notation would show digits that are not there. */
void lex_write_float(double f, Buf *out) {
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, f);
        if (strtod(tmp, NULL) == f) break;
    }
    /* tmp is [-]d.ddde[+-]XX: split into digits and exponent */
    char digits[32];
    size_t nd = 0;
    char *e = strchr(tmp, 'e');
    for (char *q = tmp; q < e; q++)
        if (*q >= '0' && *q <= '9') digits[nd++] = *q;
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    int x = atoi(e + 1);
    if (tmp[0] == '-') buf_addc(out, '-');
    if (f == 0) { buf_adds(out, "0.0"); return; }
    char xs[16];
    snprintf(xs, sizeof xs, "%d", x);
    size_t sci_len = (nd == 1 ? 3 : nd + 1) + 1 + strlen(xs);
    size_t fixed_len = x >= 0 ? ((size_t)x + 1 >= nd ? (size_t)x + 3 : nd + 1) : (size_t)(-x) + 1 + nd;
    if (fabs(f) < 9007199254740992.0 && fixed_len <= sci_len) {
        if (x >= 0 && (size_t)x + 1 >= nd) {
            buf_adds(out, digits);
            for (int i = (int)nd; i <= x; i++) buf_addc(out, '0');
            buf_adds(out, ".0");
        } else if (x >= 0) {
            buf_add(out, digits, (size_t)x + 1);
            buf_addc(out, '.');
            buf_adds(out, digits + x + 1);
        } else {
            buf_adds(out, "0.");
            for (int i = -1; i > x; i--) buf_addc(out, '0');
            buf_adds(out, digits);
        }
    } else {
        buf_addc(out, digits[0]);
        buf_addc(out, '.');
        buf_adds(out, nd > 1 ? digits + 1 : "0");
        buf_printf(out, "e%d", x);
    }
}

void lex_describe(const Token *t, Buf *out) {
    switch (t->kind) {
    case ATOM: lex_write_atom(t->text, t->len, out); return;
    case VAR: buf_add(out, t->text, t->len); return;
    case INTEGER:
        if (t->big) buf_add(out, t->text, t->len);
        else buf_printf(out, "%lld", (long long)t->ival);
        return;
    case FLOAT: lex_write_float(t->fval, out); return;
    case CHAR: {
        uint32_t c = (uint32_t)t->ival;
        buf_addc(out, '$');
        if (c == ' ') buf_adds(out, "\\s");
        else write_char_esc(c, 0, out);
        return;
    }
    case STRING: lex_write_string(t->chars, t->nchars, '"', out); return;
    case END_OF_INPUT: return;
    case DOT: buf_adds(out, "'.'"); return;
    default:
        /* keywords and punctuation: quoted like atoms that need quotes */
        if (t->text) {
            buf_addc(out, '\'');
            for (size_t i = 0; i < t->len; i++) {
                if (t->text[i] == '\\' || t->text[i] == '\'') buf_addc(out, '\\');
                buf_addc(out, t->text[i]);
            }
            buf_addc(out, '\'');
        }
        return;
    }
}

void lex_text(const Token *t, Buf *out) {
    switch (t->kind) {
    case ATOM:
        if (t->quoted) lex_write_atom(t->text, t->len, out);
        else buf_add(out, t->text, t->len);
        return;
    case CHAR: lex_describe(t, out); return;
    case FLOAT: lex_write_float(t->fval, out); return;
    case INTEGER: case STRING: case VAR: case END_OF_INPUT: lex_describe(t, out); return;
    default:
        if (t->text) buf_add(out, t->text, t->len);
        return;
    }
}
