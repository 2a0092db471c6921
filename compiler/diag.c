/* diag.c — collecting compiler diagnostics and printing them exactly as
 * erlc does (sys_messages): "file:L:C: msg", then a source excerpt with a
 * caret under the column, then a blank line. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

void diag_init(Diags *d) { memset(d, 0, sizeof *d); }

void diag_free(Diags *d) {
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].file);
        free(d->items[i].msg);
    }
    free(d->items);
    for (size_t i = 0; i < d->nsources; i++) {
        free(d->sources[i].file);
        free(d->sources[i].text);
    }
    free(d->sources);
    memset(d, 0, sizeof *d);
}

static char *dupn(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (!p) { fputs("beamlet: out of memory\n", stderr); abort(); }
    if (n) memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void diag_add_source(Diags *d, const char *file, const char *text, size_t len) {
    for (size_t i = 0; i < d->nsources; i++)
        if (strcmp(d->sources[i].file, file) == 0) return;
    DiagSource *v = realloc(d->sources, (d->nsources + 1) * sizeof *v);
    if (!v) abort();
    d->sources = v;
    d->sources[d->nsources].file = dupn(file, strlen(file));
    d->sources[d->nsources].text = dupn(text, len);
    d->sources[d->nsources].len = len;
    d->nsources++;
}

static void add(Diags *d, int warn, const char *file, int line, int col, const char *fmt, va_list ap) {
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        Diag *v = realloc(d->items, d->cap * sizeof *v);
        if (!v) abort();
        d->items = v;
    }
    Buf b = {0};
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (n > 0) {
        buf_reserve(&b, (size_t)n);
        vsnprintf(b.data, (size_t)n + 1, fmt, ap2);
        b.len = (size_t)n;
    }
    va_end(ap2);
    Diag *g = &d->items[d->n++];
    g->file = dupn(file ? file : "", file ? strlen(file) : 0);
    g->line = line;
    g->col = col;
    g->is_warning = warn;
    g->msg = b.data ? b.data : dupn("", 0);
    if (warn) d->nwarnings++;
    else d->nerrors++;
}

void diag_error(Diags *d, const char *file, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    add(d, 0, file, line, col, fmt, ap);
    va_end(ap);
}

void diag_warning(Diags *d, const char *file, int line, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    add(d, 1, file, line, col, fmt, ap);
    va_end(ap);
}

/* Bytes of the longest valid UTF-8 prefix of [p, p+n) (OTP shows the line
 * up to the first invalid sequence). */
static size_t valid_utf8(const unsigned char *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        size_t k = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (k == 0 || i + k > n) break;
        size_t j;
        for (j = 1; j < k; j++)
            if ((p[i + j] & 0xC0) != 0x80) break;
        if (j < k) break;
        i += k;
    }
    return i;
}

/* Offsets of the line starts of a source, built once per render. */
typedef struct Lines {
    size_t *start;
    size_t n;
} Lines;

static void index_lines(const DiagSource *s, Lines *li) {
    size_t cap = 64;
    li->start = malloc(cap * sizeof *li->start);
    if (!li->start) abort();
    li->n = 0;
    li->start[li->n++] = 0;
    for (size_t i = 0; i < s->len; i++)
        if (s->text[i] == '\n') {
            if (li->n == cap) {
                cap *= 2;
                li->start = realloc(li->start, cap * sizeof *li->start);
                if (!li->start) abort();
            }
            li->start[li->n++] = i + 1;
        }
}

static void excerpt(const DiagSource *s, const Lines *li, int line, int col, Buf *out) {
    if (line < 1 || (size_t)line > li->n) return;
    const char *p = s->text + li->start[line - 1], *e = s->text + s->len;
    if (p >= e) return;   /* the line does not exist: no excerpt */
    const char *nl = memchr(p, '\n', (size_t)(e - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(e - p);
    if (nl && n > 0 && p[n - 1] == '\r') n--;
    n = valid_utf8((const unsigned char *)p, n);
    char num[32];
    snprintf(num, sizeof num, "%d", line);
    int width = (int)strlen(num) > 4 ? (int)strlen(num) : 4;
    buf_printf(out, "%% %*s| ", width, num);
    buf_add(out, p, n);
    buf_addc(out, '\n');
    buf_printf(out, "%% %*s| ", width, "");
    int c = 1;
    size_t i = 0;
    while (c < col && i < n) {
        unsigned char ch = (unsigned char)p[i];
        /* one output character per code point; tabs stay tabs */
        size_t k = 1;
        while (i + k < n && (((unsigned char)p[i + k]) & 0xC0) == 0x80) k++;
        buf_addc(out, ch == '\t' ? '\t' : ' ');
        i += k;
        c++;
    }
    /* past the end of the line the caret stretches from there to col */
    for (; c < col + 1; c++) buf_addc(out, '^');
    buf_adds(out, "\n\n");
}

static void render_one(const Diags *d, Lines *lines, const Diag *g, Buf *out) {
    buf_adds(out, g->file);
    if (g->line > 0) {
        buf_printf(out, ":%d", g->line);
        if (g->col > 0) buf_printf(out, ":%d", g->col);
    }
    buf_adds(out, ": ");
    if (g->is_warning) buf_adds(out, "Warning: ");
    buf_adds(out, g->msg);
    buf_addc(out, '\n');
    if (g->line <= 0) return;
    for (size_t i = 0; i < d->nsources; i++)
        if (strcmp(d->sources[i].file, g->file) == 0) {
            if (!lines[i].start) index_lines(&d->sources[i], &lines[i]);
            excerpt(&d->sources[i], &lines[i], g->line, g->col > 0 ? g->col : 1, out);
            return;
        }
}

void diag_render(const Diags *d, Buf *out) {
    Lines *lines = calloc(d->nsources + 1, sizeof *lines);
    if (!lines) abort();
    for (size_t i = 0; i < d->n; i++)
        if (!d->items[i].is_warning) render_one(d, lines, &d->items[i], out);
    for (size_t i = 0; i < d->n; i++)
        if (d->items[i].is_warning) render_one(d, lines, &d->items[i], out);
    for (size_t i = 0; i < d->nsources; i++) free(lines[i].start);
    free(lines);
}
