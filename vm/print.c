/* print.c — io_lib:write (~w) and the pieces every printer shares: atom
 * quoting, string escapes, printability of lists and binaries, numbers,
 * pids, refs and funs; and erlang:display/1's emulator-style format.
 * Output is UTF-8 text (see print.h); nesting deeper than MAX_NEST prints
 * "..." instead of overflowing the C stack. */
#include "print.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "code.h"

/* Provided by floatfmt.c and bignum.c. */
void flt_short(double d, Buf *out);
void big_to_text(Term integer, int base, Buf *out);

#define MAX_NEST 10000

/* ---- UTF-8 ---------------------------------------------------------- */

void print_utf8(Buf *b, uint32_t c) {
    char s[4];
    size_t n;
    if (c < 0x80) { s[0] = (char)c; n = 1; }
    else if (c < 0x800) { s[0] = (char)(0xc0 | (c >> 6)); s[1] = (char)(0x80 | (c & 0x3f)); n = 2; }
    else if (c < 0x10000) {
        s[0] = (char)(0xe0 | (c >> 12)); s[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        s[2] = (char)(0x80 | (c & 0x3f)); n = 3;
    } else {
        s[0] = (char)(0xf0 | ((c >> 18) & 0x07)); s[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        s[2] = (char)(0x80 | ((c >> 6) & 0x3f)); s[3] = (char)(0x80 | (c & 0x3f)); n = 4;
    }
    buf_add(b, s, n);
}

size_t print_char_count(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) n++;
    return n;
}

uint32_t print_utf8_next(const char *s, size_t len, size_t *i) {
    const unsigned char *u = (const unsigned char *)s;
    size_t k = *i;
    uint32_t c = u[k];
    size_t need = c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xc0 && c < 0xe0 ? 1 : 0;
    *i = k + 1;
    if (need == 0 || k + need >= len) return c;
    uint32_t v = c & (0x3fu >> need);
    for (size_t j = 1; j <= need; j++) {
        if ((u[k + j] & 0xc0) != 0x80) return c;
        v = (v << 6) | (u[k + j] & 0x3f);
    }
    *i = k + need + 1;
    return v;
}

/* ---- atoms ---------------------------------------------------------- */

static const char *const reserved[] = {
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor",
    "case", "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or",
    "orelse", "receive", "rem", "try", "when", "xor",
};

static bool is_lower(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 223 && c <= 255 && c != 247); }
static bool is_name_char(uint32_t c) {
    return is_lower(c) || (c >= 'A' && c <= 'Z') || (c >= 192 && c <= 222 && c != 215) ||
           (c >= '0' && c <= '9') || c == '_' || c == '@';
}

bool print_atom_needs_quotes(const char *name, size_t len) {
    if (len == 0) return true;
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strlen(reserved[i]) == len && memcmp(reserved[i], name, len) == 0) return true;
    size_t i = 0;
    uint32_t c = print_utf8_next(name, len, &i);
    if (!is_lower(c)) return true;
    while (i < len)
        if (!is_name_char(print_utf8_next(name, len, &i))) return true;
    return false;
}

void print_quoted_char(Buf *b, uint32_t c, char q, bool unicode) {
    if (c == (uint32_t)(unsigned char)q || c == '\\') { buf_addc(b, '\\'); buf_addc(b, (char)c); return; }
    if (c >= 32 && c <= 126) { buf_addc(b, (char)c); return; }
    if (c >= 160 && (c <= 255 || unicode)) { print_utf8(b, c); return; }
    if (c > 255) { buf_printf(b, "\\x{%X}", c); return; }
    switch (c) {
    case '\n': buf_adds(b, "\\n"); return;
    case '\r': buf_adds(b, "\\r"); return;
    case '\t': buf_adds(b, "\\t"); return;
    case '\v': buf_adds(b, "\\v"); return;
    case '\b': buf_adds(b, "\\b"); return;
    case '\f': buf_adds(b, "\\f"); return;
    case 27: buf_adds(b, "\\e"); return;
    case 127: buf_adds(b, "\\d"); return;
    default: buf_printf(b, "\\%c%c%c", '0' + (c >> 6), '0' + ((c >> 3) & 7), '0' + (c & 7));
    }
}

void print_atom_enc(const AtomTable *atoms, Buf *b, Term atom, bool unicode) {
    size_t len;
    const char *name = atom_name(atoms, term_atom(atom), &len);
    if (!name) { buf_adds(b, "'?'"); return; }
    if (!print_atom_needs_quotes(name, len)) {
        /* unquoted names hold only latin1 letters: no escapes needed */
        for (size_t i = 0; i < len;) print_utf8(b, print_utf8_next(name, len, &i));
        return;
    }
    buf_addc(b, '\'');
    for (size_t i = 0; i < len;) print_quoted_char(b, print_utf8_next(name, len, &i), '\'', unicode);
    buf_addc(b, '\'');
}

void print_atom(const AtomTable *atoms, Buf *b, Term atom) { print_atom_enc(atoms, b, atom, false); }

/* ---- strings and binaries -------------------------------------------- */

bool print_is_printable_char(int64_t c) {
    return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || c == '\n' || c == '\r' ||
           c == '\t' || c == '\v' || c == '\b' || c == '\f' || c == 27;
}

bool print_is_printable_list(Term list) {
    if (!term_is_cons(list)) return false;
    while (term_is_cons(list)) {
        Term h = term_hd(list);
        if (!term_is_small(h) || !print_is_printable_char(term_small(h))) return false;
        list = term_tl(list);
    }
    return term_is_nil(list);
}

void print_string(Buf *b, Term list, bool unicode) {
    buf_addc(b, '"');
    for (; term_is_cons(list); list = term_tl(list)) {
        Term h = term_hd(list);
        print_quoted_char(b, term_is_small(h) ? (uint32_t)term_small(h) : '?', '"', unicode);
    }
    buf_addc(b, '"');
}

bool print_is_printable_binary(Term bin) {
    if (!term_is_bitstring(bin)) return false;
    BitView v = term_bits(bin);
    if (v.bits % 8 != 0 || v.bits == 0) return false;
    for (size_t i = 0; i < v.bits / 8; i++) {
        size_t bit = v.offset + i * 8;
        unsigned byte = bit % 8 == 0 ? v.data[bit / 8]
                                     : ((v.data[bit / 8] << (bit % 8)) | (v.data[bit / 8 + 1] >> (8 - bit % 8))) & 0xff;
        if (!print_is_printable_char(byte)) return false;
    }
    return true;
}

/* ---- numbers, pids, refs, funs -------------------------------------- */

void print_integer(Buf *b, Term t, int base, bool lower) {
    if (base < 2 || base > 36) base = 10;
    if (term_is_small(t)) {
        int64_t v = term_small(t);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        char tmp[72];
        size_t n = 0;
        do {
            unsigned d = (unsigned)(m % (unsigned)base);
            tmp[n++] = (char)(d < 10 ? '0' + d : (lower ? 'a' : 'A') + d - 10);
            m /= (unsigned)base;
        } while (m);
        if (v < 0) buf_addc(b, '-');
        while (n) buf_addc(b, tmp[--n]);
        return;
    }
    size_t start = b->len;
    big_to_text(t, base, b);
    for (size_t i = start; i < b->len; i++) {
        char c = b->data[i];
        if (lower && c >= 'A' && c <= 'Z') b->data[i] = (char)(c - 'A' + 'a');
        if (!lower && c >= 'a' && c <= 'z') b->data[i] = (char)(c - 'a' + 'A');
    }
}

void print_float(Buf *b, double d) { flt_short(d, b); }

void print_pid(Buf *b, Term pid) {
    buf_printf(b, "<0.%" PRIu32 ".%" PRIu32 ">", term_pid_index(pid), term_pid_serial(pid));
}

void print_ref(Buf *b, Term ref) { buf_printf(b, "#Ref<0.0.0.%" PRIu64 ">", (uint64_t)term_box_ptr(ref)[1]); }

void print_fun(const AtomTable *atoms, Buf *b, Term fun) {
    if (term_boxed_sub(fun) == SUB_EXPORT) {
        Export *e = code_fun_export(fun);
        buf_adds(b, "fun ");
        print_atom(atoms, b, e->module);
        buf_addc(b, ':');
        print_atom(atoms, b, e->name);
        buf_printf(b, "/%u", e->arity);
        return;
    }
    buf_adds(b, "#Fun<");
    print_atom(atoms, b, code_fun_module(fun));
    buf_printf(b, ".%" PRIu32 ".%" PRIu32 ">", code_fun_index(fun), code_fun_uniq(fun));
}

/* ---- ~w ------------------------------------------------------------- */

typedef struct Writer {
    const AtomTable *atoms;
    Buf *b;
    bool unicode;
    int nest;
} Writer;

static int dec(int d) { return d < 0 ? d : d - 1; }

/* The byte at bit offset `bit` of a bitstring view. */
static unsigned view_byte(BitView v, size_t bit) {
    bit += v.offset;
    if (bit % 8 == 0) return v.data[bit / 8];
    return ((v.data[bit / 8] << (bit % 8)) | (v.data[bit / 8 + 1] >> (8 - bit % 8))) & 0xff;
}

static void write_binary(Buf *b, Term t, int d) {
    BitView v = term_bits(t);
    size_t nbytes = v.bits / 8, rest = v.bits % 8;
    buf_adds(b, "<<");
    for (size_t i = 0; i < nbytes || (i == nbytes && rest); i++) {
        if (d == 1) { buf_adds(b, "..."); break; }
        if (i < nbytes) {
            buf_printf(b, "%u", view_byte(v, i * 8));
            if (i + 1 < nbytes || rest) buf_addc(b, ',');
        } else {
            unsigned x = 0;
            for (size_t k = 0; k < rest; k++) {
                size_t bit = v.offset + nbytes * 8 + k;
                x = (x << 1) | ((v.data[bit / 8] >> (7 - bit % 8)) & 1);
            }
            buf_printf(b, "%u:%zu", x, rest);
        }
        d = dec(d);
    }
    buf_adds(b, ">>");
}

static void write1(Writer *w, Term t, int d) {
    Buf *b = w->b;
    if (d == 0) { buf_adds(b, "..."); return; }
    if (term_is_integer(t)) { print_integer(b, t, 10, false); return; }
    if (term_is_float(t)) { print_float(b, term_float(t)); return; }
    if (term_is_atom(t)) { print_atom_enc(w->atoms, b, t, w->unicode); return; }
    if (term_is_pid(t)) { print_pid(b, t); return; }
    if (term_is_ref(t)) { print_ref(b, t); return; }
    if (term_is_bitstring(t)) { write_binary(b, t, d); return; }
    if (term_is_fun(t)) { print_fun(w->atoms, b, t); return; }
    if (term_is_nil(t)) { buf_adds(b, "[]"); return; }
    if (!term_is_cons(t) && !term_is_tuple(t) && !term_is_map(t)) { buf_adds(b, "?"); return; }
    if (w->nest >= MAX_NEST) { buf_adds(b, "..."); return; }
    w->nest++;
    if (term_is_cons(t)) {
        if (d == 1) { buf_adds(b, "[...]"); w->nest--; return; }
        buf_addc(b, '[');
        d = dec(d);
        write1(w, term_hd(t), d);
        t = term_tl(t);
        for (;;) {
            if (term_is_nil(t)) break;
            if (d == 1) { buf_adds(b, "|..."); break; }
            if (term_is_cons(t)) {
                buf_addc(b, ',');
                d = dec(d);
                write1(w, term_hd(t), d);
                t = term_tl(t);
            } else {
                buf_addc(b, '|');
                write1(w, t, dec(d));
                break;
            }
        }
        buf_addc(b, ']');
    } else if (term_is_tuple(t)) {
        size_t n = term_tuple_arity(t);
        if (n == 0) buf_adds(b, "{}");
        else if (d == 1) buf_adds(b, "{...}");
        else {
            buf_addc(b, '{');
            d = dec(d);
            write1(w, term_tuple_elem(t, 1), d);
            for (size_t i = 2; i <= n; i++) {
                if (d == 1) { buf_adds(b, ",..."); break; }
                buf_addc(b, ',');
                d = dec(d);
                write1(w, term_tuple_elem(t, i), d);
            }
            buf_addc(b, '}');
        }
    } else {
        size_t n = term_map_size(t);
        Term *ks = term_map_keys(t), *vs = term_map_vals(t);
        if (n == 0 || d == 1) buf_adds(b, "#{}");
        else {
            /* as io_lib: every pair at depth D-1; the count runs down from
             * D-1 and ",..." appears at 1 even when no pair is left */
            int d0 = dec(d), dd = d0;
            buf_adds(b, "#{");
            for (size_t i = 0;; i++) {
                if (i > 0) {
                    if (dd == 1) { buf_adds(b, ",..."); break; }
                    if (i >= n) break;
                    buf_addc(b, ',');
                    dd = dec(dd);
                }
                write1(w, ks[i], d0);
                buf_adds(b, " => ");
                write1(w, vs[i], d0);
            }
            buf_addc(b, '}');
        }
    }
    w->nest--;
}

void print_term_enc(const AtomTable *atoms, Buf *b, Term t, int depth, bool unicode) {
    Writer w = {atoms, b, unicode, 0};
    write1(&w, t, depth < 0 ? -1 : depth);
}

void print_term(const AtomTable *atoms, Buf *b, Term t, int depth) {
    print_term_enc(atoms, b, t, depth, false);
}

/* ---- erlang:display ------------------------------------------------- */

/* The emulator's printer: no reserved-word quoting, atom bytes as they are,
 * strings only for 32..126 and 160..255 with just " escaped, binaries as
 * text only when all bytes are 32..126, floats as %.6e, maps without
 * spaces around =>. */
static void display_atom(const AtomTable *atoms, Buf *b, Term a) {
    size_t len;
    const char *name = atom_name(atoms, term_atom(a), &len);
    if (!name) name = "", len = 0;
    bool quote = len == 0 || !(((unsigned char)name[0] >= 'a' && name[0] <= 'z'));
    for (size_t i = 0; i < len && !quote; i++) {
        unsigned char c = (unsigned char)name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '@' || c >= 128))
            quote = true;
    }
    if (quote) buf_addc(b, '\'');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (quote && (c == '\'' || c == '\\')) buf_addc(b, '\\');
        print_utf8(b, c);    /* each byte is one character of the output */
    }
    if (quote) buf_addc(b, '\'');
}

static bool display_printable_list(Term t) {
    if (!term_is_cons(t)) return false;
    for (; term_is_cons(t); t = term_tl(t)) {
        Term h = term_hd(t);
        if (!term_is_small(h)) return false;
        int64_t c = term_small(h);
        if (!((c >= 32 && c <= 126) || (c >= 160 && c <= 255))) return false;
    }
    return term_is_nil(t);
}

static void display1(const AtomTable *atoms, Buf *b, Term t, int nest) {
    if (nest > MAX_NEST) { buf_adds(b, "..."); return; }
    if (term_is_float(t)) { buf_printf(b, "%.6e", term_float(t)); return; }
    if (term_is_atom(t)) { display_atom(atoms, b, t); return; }
    if (term_is_fun(t)) {
        if (term_boxed_sub(t) == SUB_EXPORT) {
            Export *e = code_fun_export(t);
            buf_adds(b, "fun ");
            display_atom(atoms, b, e->module);
            buf_addc(b, ':');
            display_atom(atoms, b, e->name);
            buf_printf(b, "/%u", e->arity);
        } else {
            buf_adds(b, "#Fun<");
            display_atom(atoms, b, code_fun_module(t));
            buf_printf(b, ".%" PRIu32 ".%" PRIu32 ">", code_fun_index(t), code_fun_uniq(t));
        }
        return;
    }
    if (term_is_bitstring(t)) {
        BitView v = term_bits(t);
        bool text = v.bits % 8 == 0 && v.bits > 0;
        for (size_t i = 0; text && i < v.bits / 8; i++) {
            unsigned c = view_byte(v, i * 8);
            if (c < 32 || c > 126) text = false;
        }
        if (!text) { write_binary(b, t, -1); return; }
        buf_adds(b, "<<\"");
        for (size_t i = 0; i < v.bits / 8; i++) {
            unsigned c = view_byte(v, i * 8);
            if (c == '"') buf_addc(b, '\\');
            buf_addc(b, (char)c);
        }
        buf_adds(b, "\">>");
        return;
    }
    if (display_printable_list(t)) {
        buf_addc(b, '"');
        for (; term_is_cons(t); t = term_tl(t)) {
            uint32_t c = (uint32_t)term_small(term_hd(t));
            if (c == '"') buf_addc(b, '\\');
            print_utf8(b, c);
        }
        buf_addc(b, '"');
        return;
    }
    if (term_is_cons(t)) {
        buf_addc(b, '[');
        display1(atoms, b, term_hd(t), nest + 1);
        for (t = term_tl(t); term_is_cons(t); t = term_tl(t)) {
            buf_addc(b, ',');
            display1(atoms, b, term_hd(t), nest + 1);
        }
        if (!term_is_nil(t)) { buf_addc(b, '|'); display1(atoms, b, t, nest + 1); }
        buf_addc(b, ']');
        return;
    }
    if (term_is_tuple(t)) {
        buf_addc(b, '{');
        for (size_t i = 1; i <= term_tuple_arity(t); i++) {
            if (i > 1) buf_addc(b, ',');
            display1(atoms, b, term_tuple_elem(t, i), nest + 1);
        }
        buf_addc(b, '}');
        return;
    }
    if (term_is_map(t)) {
        buf_adds(b, "#{");
        for (size_t i = 0; i < term_map_size(t); i++) {
            if (i) buf_addc(b, ',');
            display1(atoms, b, term_map_keys(t)[i], nest + 1);
            buf_adds(b, "=>");
            display1(atoms, b, term_map_vals(t)[i], nest + 1);
        }
        buf_addc(b, '}');
        return;
    }
    print_term(atoms, b, t, -1);
}

void print_display(const AtomTable *atoms, Buf *b, Term t) { display1(atoms, b, t, 0); }
