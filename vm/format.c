/* format.c — io_lib:format: parsing ~F.P.PadModC control sequences and
 * rendering each directive exactly as OTP 25's io_lib_format does (field
 * overflow with '*', ~p's width as line length and its start column, the
 * half-up decimal rounding of ~f/~e on float_to_list's 21 digits).
 * Text is built as UTF-8 characters in a Buf (see format.h). */
#include "format.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pretty.h"
#include "print.h"
#include "vm.h"

#define NONE INT_MIN

/* One character of the format: `lit` marks text from a nested list or
 * binary, which is copied and never read as a control sequence. */
typedef struct FChar { uint32_t c; bool lit; } FChar;

typedef struct Vec { uint32_t *v; size_t n, cap; } Vec;   /* characters */
static void vec_push(Vec *a, uint32_t c) {
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 32;
        uint32_t *v = realloc(a->v, a->cap * sizeof *v);
        if (!v) abort();
        a->v = v;
    }
    a->v[a->n++] = c;
}

typedef struct Fmt {
    Process *p;
    const AtomTable *atoms;
    Buf *out;
    size_t start;          /* where this call's text begins in out */
    size_t scanned;        /* column tracking: text before this is counted */
    int col;               /* characters on the current line (tabs to 8) */
} Fmt;

typedef struct Spec {
    int width, prec;       /* NONE when absent */
    bool left;
    uint32_t pad;
    bool unicode, strings;
} Spec;

/* ---- helpers --------------------------------------------------------- */

static void put(Buf *b, uint32_t c) { print_utf8(b, c); }
static void put_n(Buf *b, uint32_t c, long n) { for (long i = 0; i < n; i++) print_utf8(b, c); }

/* Column after the text written so far (io_lib_format:indentation). */
static int current_column(Fmt *f) {
    const char *s = f->out->data;
    size_t len = f->out->len;
    size_t i = f->scanned < f->start ? f->start : f->scanned;
    while (i < len) {
        uint32_t c = print_utf8_next(s, len, &i);
        if (c == '\n') f->col = 0;
        else if (c == '\t') f->col = (f->col + 8) / 8 * 8;
        else f->col++;
    }
    f->scanned = len;
    return f->col;
}

/* Append `text` (UTF-8) with padding: adjust(Data, Pad, Adj). */
static void adjust(Buf *out, const char *text, size_t nbytes, uint32_t pad, long npad, bool left) {
    if (!left) put_n(out, pad, npad);
    buf_add(out, text, nbytes);
    if (left) put_n(out, pad, npad);
}

/* io_lib_format:term/5: a field of width F with '*' on overflow. */
static bool field(Buf *out, const char *text, size_t nbytes, const Spec *s) {
    int F = s->width, P = s->prec;
    if (F == NONE && P == NONE) { buf_add(out, text, nbytes); return true; }
    if (F == NONE) F = P;
    long L = (long)print_char_count(text, nbytes);
    long Pm = P == NONE ? F : (P < F ? P : F);
    if (L < Pm) Pm = L;
    if (Pm < 0) return false;
    if (L > Pm) {
        Buf stars = {0};
        put_n(&stars, '*', Pm);
        adjust(out, stars.data ? stars.data : "", stars.len, s->pad, F - Pm, s->left);
        buf_free(&stars);
    } else {
        adjust(out, text, nbytes, s->pad, F - L, s->left);
    }
    return true;
}

static void put_chars(Buf *b, const Vec *cs, size_t n) { for (size_t i = 0; i < n && i < cs->n; i++) put(b, cs->v[i]); }

/* io_lib_format:string/6 on a character vector. */
static bool string_field(Buf *out, const Vec *cs, const Spec *s) {
    long N = (long)cs->n;
    int F = s->width, P = s->prec;
    bool left = s->left;
    if (F == NONE && P == NONE) { put_chars(out, cs, cs->n); return true; }
    if (F == NONE) { F = P; left = true; P = NONE; }
    if (P == NONE || F == P) {
        if (N > F) put_chars(out, cs, (size_t)F);
        else {
            if (!left) put_n(out, s->pad, F - N);
            put_chars(out, cs, cs->n);
            if (left) put_n(out, s->pad, F - N);
        }
        return true;
    }
    if (F < P || P < 0) return false;
    if (!left) put_n(out, s->pad, F - P);
    if (N > P) put_chars(out, cs, (size_t)P);
    else { put_chars(out, cs, cs->n); put_n(out, s->pad, P - N); }
    if (left) put_n(out, s->pad, F - P);
    return true;
}

/* ~s argument to characters. latin1: deep list of 0..255 and binaries
 * (bytes); unicode: any characters, binaries decoded from UTF-8. */
static bool collect_chars(Term t, bool unicode, Vec *cs, int nest) {
    if (nest > 10000) return false;
    if (term_is_bitstring(t)) {
        BitView v = term_bits(t);
        if (v.bits % 8) return false;
        size_t n = v.bits / 8;
        char *bytes = malloc(n ? n : 1);
        if (!bytes) abort();
        for (size_t i = 0; i < n; i++) {
            size_t bit = v.offset + i * 8;
            bytes[i] = (char)(bit % 8 == 0 ? v.data[bit / 8]
                                           : ((v.data[bit / 8] << (bit % 8)) | (v.data[bit / 8 + 1] >> (8 - bit % 8))));
        }
        bool valid = true;
        if (unicode) {
            for (size_t i = 0; i < n;) {
                size_t q = i;
                uint32_t c = print_utf8_next(bytes, n, &q);
                if (c >= 0x80 && q == i + 1) { valid = false; break; }
                i = q;
            }
        }
        if (unicode && valid) {
            for (size_t i = 0; i < n;) vec_push(cs, print_utf8_next(bytes, n, &i));
        } else {
            for (size_t i = 0; i < n; i++) vec_push(cs, (unsigned char)bytes[i]);
        }
        free(bytes);
        return true;
    }
    while (term_is_cons(t)) {
        Term h = term_hd(t);
        if (term_is_small(h)) {
            int64_t c = term_small(h);
            if (c < 0 || (!unicode && c > 255) || c > 0x7fffffff) return false;
            vec_push(cs, (uint32_t)c);
        } else if (term_is_list(h) || term_is_bitstring(h)) {
            if (!collect_chars(h, unicode, cs, nest + 1)) return false;
        } else {
            return false;
        }
        t = term_tl(t);
    }
    return term_is_nil(t);
}

/* The characters of an atom's name. */
static void atom_chars(const AtomTable *atoms, Term a, Vec *cs) {
    size_t len;
    const char *name = atom_name(atoms, term_atom(a), &len);
    for (size_t i = 0; name && i < len;) vec_push(cs, print_utf8_next(name, len, &i));
}

/* ---- floats ----------------------------------------------------------- */

/* float_to_list(F)'s digits (21 significant) and exponent + 1. */
static void float_data(double d, char digits[22], int *e) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.20e", fabs(d));
    int n = 0;
    const char *s = tmp;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9' && n < 21) digits[n++] = *s;
    digits[n] = 0;
    *e = (*s == 'e' ? atoi(s + 1) : 0) + 1;
}

static bool signbit_neg(double d) { return signbit(d) != 0; }

/* Digits ds with `ip` integer digits and `dc` decimals, rounded half-up on
 * the next digit (io_lib_format:float_man). Returns the carry out. */
static bool float_man(const char *ds, int ip, int dc, Buf *res) {
    size_t nds = strlen(ds);
    int total = ip + dc;
    char *v = malloc((size_t)total + 1);
    if (!v) abort();
    for (int i = 0; i < total; i++) v[i] = (size_t)i < nds ? ds[i] : '0';
    bool carry = (size_t)total < nds && ds[total] >= '5';
    for (int i = total - 1; i >= 0 && carry; i--) {
        if (v[i] == '9') v[i] = '0';
        else { v[i]++; carry = false; }
    }
    buf_add(res, v, (size_t)ip);
    buf_addc(res, '.');
    buf_add(res, v + ip, (size_t)dc);
    free(v);
    return carry;
}

static void float_f(double d, int prec, Buf *res) {
    char ds[22];
    int e;
    float_data(d, ds, &e);
    if (signbit_neg(d)) buf_addc(res, '-');
    /* E =< 0: lead with -E+1 zeros so that there is one integer digit */
    size_t z = e <= 0 ? (size_t)(-e + 1) : 0;
    char *all = malloc(z + sizeof ds);
    if (!all) abort();
    memset(all, '0', z);
    strcpy(all + z, ds);
    Buf m = {0};
    if (float_man(all, e <= 0 ? 1 : e, prec, &m)) buf_addc(res, '1');
    buf_add(res, m.data, m.len);
    buf_free(&m);
    free(all);
}

static void float_e(double d, int prec, Buf *res) {
    char ds[22];
    int e;
    float_data(d, ds, &e);
    if (signbit_neg(d)) buf_addc(res, '-');
    Buf m = {0};
    bool carry = float_man(ds, 1, prec - 1, &m);
    if (carry) { m.data[0] = '1'; buf_add(res, m.data, m.len); }
    else { buf_add(res, m.data, m.len); e -= 1; }
    buf_free(&m);
    if (e >= 0) buf_printf(res, "e+%d", e);
    else buf_printf(res, "e%d", e);
}

/* ~e ~f ~g: false on a bad precision */
static bool control_float(Fmt *f, char cc, double d, Spec s) {
    Buf t = {0};
    if (cc == 'g') {
        int P = s.prec == NONE ? 6 : s.prec;
        if (P < 1) return false;
        double a = fabs(d);
        int E = a < 1.0e-1 ? -2 : a < 1.0 ? -1 : a < 1.0e1 ? 0 : a < 1.0e2 ? 1 : a < 1.0e3 ? 2 : a < 1.0e4 ? 3 : 100;
        bool big = E == 100;
        if ((P <= 1 && E == -1) || (!big && P - 1 > E && E >= -1)) { cc = 'f'; s.prec = P - 1 - E; }
        else { cc = 'e'; s.prec = P <= 1 ? 2 : P; }
    }
    if (cc == 'e') {
        int P = s.prec == NONE ? 6 : s.prec;
        if (P < 2) return false;
        float_e(d, P, &t);
    } else {
        int P = s.prec == NONE ? 6 : s.prec;
        if (P < 1) return false;
        float_f(d, P, &t);
    }
    bool ok = true;
    if (s.width == NONE) buf_add(f->out, t.data, t.len);
    else { s.prec = s.width; ok = field(f->out, t.data, t.len, &s); }
    buf_free(&t);
    return ok;
}

/* ---- integers ------------------------------------------------------ */

static bool control_int(Fmt *f, char cc, Term a, Term prefix, Spec s) {
    int base = s.prec == NONE ? 10 : s.prec;
    if (base < 2 || base > 36) return false;
    bool lower = cc == 'b' || cc == 'x' || cc == '+';
    Buf t = {0};
    Buf digits = {0};
    print_integer(&digits, a, base, lower);
    const char *ds = digits.data;
    size_t dl = digits.len;
    if (dl && ds[0] == '-') { buf_addc(&t, '-'); ds++; dl--; }
    if (cc == 'x' || cc == 'X') {
        Vec pc = {0};
        if (term_is_atom(prefix)) atom_chars(f->atoms, prefix, &pc);
        else if (!collect_chars(prefix, true, &pc, 0) || term_is_bitstring(prefix)) {
            free(pc.v); buf_free(&t); buf_free(&digits);
            return false;
        }
        put_chars(&t, &pc, pc.n);
        free(pc.v);
    } else if (cc == '#' || cc == '+') {
        buf_printf(&t, "%d#", base);
    }
    buf_add(&t, ds, dl);
    s.prec = NONE;
    bool ok = field(f->out, t.data, t.len, &s);
    buf_free(&t);
    buf_free(&digits);
    return ok;
}

/* char(C, F, Adj, P, Pad) */
static bool control_char(Fmt *f, uint32_t c, const Spec *s) {
    if (s->width == NONE && s->prec == NONE) { put(f->out, c); return true; }
    if (s->prec == NONE) { if (s->width < 0) return false; put_n(f->out, c, s->width); return true; }
    if (s->width == NONE) { if (s->prec < 0) return false; put_n(f->out, c, s->prec); return true; }
    if (s->width < s->prec || s->prec < 0) return false;
    if (!s->left) put_n(f->out, s->pad, s->width - s->prec);
    put_n(f->out, c, s->prec);
    if (s->left) put_n(f->out, s->pad, s->width - s->prec);
    return true;
}

/* ---- the format string ----------------------------------------------- */

typedef struct FVec { FChar *v; size_t n, cap; } FVec;
static void fvec_push(FVec *a, uint32_t c, bool lit) {
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 64;
        FChar *v = realloc(a->v, a->cap * sizeof *v);
        if (!v) abort();
        a->v = v;
    }
    a->v[a->n].c = c;
    a->v[a->n].lit = lit;
    a->n++;
}

static bool format_chars(const AtomTable *atoms, Term fmt, FVec *fv) {
    if (term_is_atom(fmt)) {
        Vec cs = {0};
        atom_chars(atoms, fmt, &cs);
        for (size_t i = 0; i < cs.n; i++) fvec_push(fv, cs.v[i], false);
        free(cs.v);
        return true;
    }
    if (term_is_bitstring(fmt)) {
        Vec cs = {0};
        bool ok = collect_chars(fmt, false, &cs, 0);
        for (size_t i = 0; i < cs.n; i++) fvec_push(fv, cs.v[i], false);
        free(cs.v);
        return ok;
    }
    while (term_is_cons(fmt)) {
        Term h = term_hd(fmt);
        if (term_is_small(h)) {
            if (term_small(h) < 0 || term_small(h) > 0x10ffff) return false;
            fvec_push(fv, (uint32_t)term_small(h), false);
        } else if (term_is_list(h) || term_is_bitstring(h)) {
            Vec cs = {0};
            bool ok = collect_chars(h, true, &cs, 0);
            for (size_t i = 0; i < cs.n; i++) fvec_push(fv, cs.v[i], true);
            free(cs.v);
            if (!ok) return false;
        } else {
            return false;
        }
        fmt = term_tl(fmt);
    }
    return term_is_nil(fmt);
}

/* Next argument, or false when there is none. */
static bool next_arg(Term *args, Term *a) {
    if (!term_is_cons(*args)) return false;
    *a = term_hd(*args);
    *args = term_tl(*args);
    return true;
}

/* field_value: '*' (an integer argument) or digits; NONE if neither. */
static bool field_value(const FVec *fv, size_t *i, Term *args, int *v) {
    *v = NONE;
    if (*i < fv->n && !fv->v[*i].lit && fv->v[*i].c == '*') {
        Term a;
        Term save = *args;
        if (next_arg(args, &a) && term_is_small(a) && term_small(a) > -1000000 && term_small(a) < 1000000) {
            *v = (int)term_small(a);
            (*i)++;
        } else {
            *args = save;
        }
        return true;
    }
    if (*i < fv->n && !fv->v[*i].lit && fv->v[*i].c >= '0' && fv->v[*i].c <= '9') {
        long n = 0;
        while (*i < fv->n && !fv->v[*i].lit && fv->v[*i].c >= '0' && fv->v[*i].c <= '9') {
            n = n * 10 + (fv->v[*i].c - '0');
            if (n > 1000000) return false;
            (*i)++;
        }
        *v = (int)n;
    }
    return true;
}

static bool directive(Fmt *f, const FVec *fv, size_t *ip, Term *args) {
    size_t i = *ip;
    Spec s = {NONE, NONE, false, ' ', false, true};
    bool minus = false;
    if (i < fv->n && fv->v[i].c == '-' && !fv->v[i].lit) { minus = true; i++; }
    if (!field_value(fv, &i, args, &s.width)) return false;
    if (minus) {
        if (s.width == NONE) return false;
        s.width = -s.width;
    }
    if (s.width != NONE && s.width < 0) { s.width = -s.width; s.left = true; }
    if (i < fv->n && fv->v[i].c == '.' && !fv->v[i].lit) {
        i++;
        if (!field_value(fv, &i, args, &s.prec)) return false;
    }
    if (i + 1 < fv->n && fv->v[i].c == '.' && !fv->v[i].lit) {
        if (fv->v[i + 1].c == '*' && !fv->v[i + 1].lit) {
            Term a;
            if (!next_arg(args, &a) || !term_is_small(a) || term_small(a) < 0) return false;
            s.pad = (uint32_t)term_small(a);
        } else {
            s.pad = fv->v[i + 1].c;
        }
        i += 2;
    }
    while (i < fv->n && !fv->v[i].lit && (fv->v[i].c == 't' || fv->v[i].c == 'l')) {
        if (fv->v[i].c == 't') s.unicode = true; else s.strings = false;
        i++;
    }
    if (i >= fv->n || fv->v[i].lit) return false;
    uint32_t cc = fv->v[i++].c;
    *ip = i;
    Term a = TERM_NIL, b = TERM_NIL;
    Buf *out = f->out;
    switch (cc) {
    case 'w': case 'W': {
        if (!next_arg(args, &a)) return false;
        int depth = -1;
        if (cc == 'W') {
            if (!next_arg(args, &b) || !term_is_small(b)) return false;
            depth = term_small(b) < 0 ? -1 : term_small(b) > INT_MAX ? INT_MAX : (int)term_small(b);
        }
        Buf t = {0};
        print_term_enc(f->atoms, &t, a, depth, s.unicode);
        bool ok = field(out, t.data ? t.data : "", t.len, &s);
        buf_free(&t);
        return ok;
    }
    case 'p': case 'P': {
        if (!next_arg(args, &a)) return false;
        PrettyOpts o;
        pretty_default_opts(&o);
        if (cc == 'P') {
            if (!next_arg(args, &b) || !term_is_small(b)) return false;
            o.depth = term_small(b) < 0 ? -1 : term_small(b) > INT_MAX ? INT_MAX : (int)term_small(b);
        }
        if (s.left) return false;
        o.line_length = s.width == NONE ? 80 : s.width;
        o.column = s.prec == NONE ? current_column(f) + 1 : s.prec;
        o.strings = s.strings;
        o.unicode = s.unicode;
        pretty_print(f->atoms, out, a, &o);
        return true;
    }
    case 's': {
        if (!next_arg(args, &a)) return false;
        Vec cs = {0};
        bool ok;
        if (term_is_atom(a)) {
            atom_chars(f->atoms, a, &cs);
            ok = true;
            for (size_t k = 0; k < cs.n && !s.unicode; k++)
                if (cs.v[k] > 255) ok = false;
        } else if (term_is_list(a) || term_is_bitstring(a)) {
            ok = collect_chars(a, s.unicode, &cs, 0);
        } else {
            ok = false;
        }
        if (ok) ok = string_field(out, &cs, &s);
        free(cs.v);
        return ok;
    }
    case 'e': case 'f': case 'g':
        if (!next_arg(args, &a) || !term_is_float(a)) return false;
        return control_float(f, (char)cc, term_float(a), s);
    case 'b': case 'B': case '#': case '+':
        if (!next_arg(args, &a) || !term_is_integer(a)) return false;
        return control_int(f, (char)cc, a, TERM_NIL, s);
    case 'x': case 'X':
        if (!next_arg(args, &a) || !next_arg(args, &b) || !term_is_integer(a)) return false;
        return control_int(f, (char)cc, a, b, s);
    case 'c': {
        if (!next_arg(args, &a) || !term_is_integer(a)) return false;
        if (!term_is_small(a)) return false;
        int64_t c = term_small(a);
        if (s.unicode) { if (c < 0 || c > 0x10ffff) return false; }
        else c &= 255;
        return control_char(f, (uint32_t)c, &s);
    }
    case '~':
        return control_char(f, '~', &s);
    case 'n':
        if (s.width == NONE) { buf_addc(out, '\n'); return true; }
        if (s.left) return false;
        put_n(out, '\n', s.width);
        return true;
    case 'i':
        return next_arg(args, &a);
    default:
        return false;
    }
}

Term fmt_format(Process *p, Term format, Term args, Buf *out) {
    FVec fv = {0};
    Fmt f = {p, p->vm->atoms, out, out->len, out->len, 0};
    bool ok = format_chars(f.atoms, format, &fv);
    if (ok) {
        /* the argument list must be proper */
        Term t = args;
        while (term_is_cons(t)) t = term_tl(t);
        ok = term_is_nil(t);
    }
    for (size_t i = 0; ok && i < fv.n;) {
        FChar c = fv.v[i++];
        if (c.c == '~' && !c.lit) ok = directive(&f, &fv, &i, &args);
        else put(out, c.c);
    }
    if (ok && !term_is_nil(args)) ok = false;   /* arguments left over */
    free(fv.v);
    if (!ok) return proc_raise(p, ATOM_ERROR, T_ATOM(BADARG));
    return T_OK;
}

void fmt_to_device(const char *text, size_t len, Buf *out) {
    for (size_t i = 0; i < len;) {
        uint32_t c = print_utf8_next(text, len, &i);
        if (c <= 255) buf_addc(out, (char)c);
        else buf_printf(out, "\\x{%X}", c);
    }
}
