/* xalloc.h — allocation that cannot fail: out of memory, beamlet says so
 * and aborts (header only; the VM and the compiler share it). */
#ifndef BEAMLET_XALLOC_H
#define BEAMLET_XALLOC_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline void *xalloc_check(void *p) {
    if (!p) {
        fputs("beamlet: out of memory\n", stderr);
        abort();
    }
    return p;
}

static inline void *xmalloc(size_t n) { return xalloc_check(malloc(n ? n : 1)); }
static inline void *xcalloc(size_t n, size_t size) { return xalloc_check(calloc(n ? n : 1, size ? size : 1)); }
static inline void *xrealloc(void *p, size_t n) { return xalloc_check(realloc(p, n ? n : 1)); }

static inline char *xstrndup(const char *s, size_t n) {
    char *d = (char *)xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

static inline char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

#endif
