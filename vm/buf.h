/* buf.h — a growable byte buffer (header only), used wherever text or
 * bytes are assembled: the printer, io_lib:format, the bytecode writer. */
#ifndef BEAMLET_BUF_H
#define BEAMLET_BUF_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static inline void buf_reserve(Buf *b, size_t extra) {
    if (b->len + extra + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + extra + 1) cap *= 2;
        b->data = (char *)xrealloc(b->data, cap);
        b->cap = cap;
    }
}
static inline void buf_add(Buf *b, const void *p, size_t n) {
    buf_reserve(b, n);
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}
static inline void buf_addc(Buf *b, char c) { buf_add(b, &c, 1); }
static inline void buf_adds(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }
static inline void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0) return;
    buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}
static inline void buf_free(Buf *b) { free(b->data); b->data = NULL; b->len = b->cap = 0; }

#endif
