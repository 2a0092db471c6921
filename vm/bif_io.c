/* bif_io.c — the io, io_lib, io_lib_pretty and unicode BIFs,
 * erlang:display/1, the pid/ref/fun_to_list conversions and the shell's
 * beamlet:format_exception/3: thin wrappers over print.c, pretty.c,
 * format.c and trace.c.  Text is built as UTF-8 characters and written to the program's
 * stdout as a latin1 device would (fmt_to_device), matching erl -noshell. */
#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "format.h"
#include "pretty.h"
#include "print.h"
#include "report.h"
#include "trace.h"
#include "vm.h"

/* A character list (Erlang string) of UTF-8 text. */
static Term text_list(Process *p, const char *s, size_t len) {
    size_t n = print_char_count(s, len);
    if (n == 0) return TERM_NIL;
    Term *c = heap_alloc(p, 2 * n);
    size_t k = 0;
    for (size_t i = 0; i < len && k < n; k++) {
        c[2 * k] = term_from_small(print_utf8_next(s, len, &i));
        c[2 * k + 1] = k + 1 < n ? term_make_cons(c + 2 * k + 2) : TERM_NIL;
    }
    return term_make_cons(c);
}

static Term buf_list(Process *p, Buf *b) {
    Term r = text_list(p, b->data ? b->data : "", b->len);
    buf_free(b);
    return r;
}

/* Write formatted text to a device: standard_io/user -> stdout,
 * standard_error -> stderr.  False for any other device. */
static bool device_write(Process *p, Term dev, const Buf *text) {
    Vm *vm = p->vm;
    bool err = false;
    if (term_is_atom(dev) && term_atom(dev) == ATOM_STDERR) err = true;
    else if (term_is_atom(dev) && term_atom(dev) == ATOM_USER) err = false;
    else if (term_is_atom(dev)) {
        size_t len;
        const char *name = atom_name(vm->atoms, term_atom(dev), &len);
        if (!name || len != 11 || memcmp(name, "standard_io", 11) != 0) return false;
    } else {
        return false;
    }
    Buf bytes = {0};
    fmt_to_device(text->data ? text->data : "", text->len, &bytes);
    if (bytes.len) {
        if (err) {
            vm_error_output(vm, bytes.data, bytes.len);
        } else {
            vm_output(vm, bytes.data, bytes.len);
        }
    }
    buf_free(&bytes);
    return true;
}

static Term do_format(Process *p, Term dev, Term fmt, Term args) {
    /* OTP's io server refuses a request from itself */
    if (dev == p->pid) RAISE_ERROR(p, term_from_atom(atom_intern(p->vm->atoms, "calling_self", 12)));
    Buf b = {0};
    Term r = fmt_format(p, fmt, args, &b);
    if (r == THE_NON_VALUE) { buf_free(&b); return r; }
    bool ok = device_write(p, dev, &b);
    buf_free(&b);
    if (!ok) RAISE_BADARG(p);
    return T_OK;
}

static Term standard_io(Process *p) {
    uint32_t a = atom_intern(p->vm->atoms, "standard_io", 11);
    return a == ATOM_NONE ? T_ATOM(USER) : term_from_atom(a);
}

Term bif_io_format_1(Process *p, Term *args) { return do_format(p, standard_io(p), args[0], TERM_NIL); }
Term bif_io_format_2(Process *p, Term *args) { return do_format(p, standard_io(p), args[0], args[1]); }
Term bif_io_format_3(Process *p, Term *args) { return do_format(p, args[0], args[1], args[2]); }

/* Unicode chardata (characters, UTF-8 binaries, nested lists) to UTF-8.
 * Returns false for anything else; *bad_bin is set to the offending
 * binary's unconverted rest when a binary is not valid UTF-8. */
static bool chardata(Term t, Buf *out, int nest, Term *bad, size_t *bad_off) {
    if (nest > 100000) return false;
    if (term_is_bitstring(t)) {
        BitView v = term_bits(t);
        if (v.bits % 8 || v.offset % 8) return false;
        const char *s = (const char *)v.data + v.offset / 8;
        size_t n = v.bits / 8;
        for (size_t i = 0; i < n;) {
            size_t q = i;
            uint32_t c = print_utf8_next(s, n, &q);
            if ((c >= 0x80 && q == i + 1) || (c >= 0xd800 && c <= 0xdfff)) {
                if (bad) { *bad = t; *bad_off = i; }
                return false;
            }
            print_utf8(out, c);
            i = q;
        }
        return true;
    }
    while (term_is_cons(t)) {
        Term h = term_hd(t);
        if (term_is_small(h)) {
            int64_t c = term_small(h);
            if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return false;
            print_utf8(out, (uint32_t)c);
        } else if (!chardata(h, out, nest + 1, bad, bad_off)) {
            return false;
        }
        t = term_tl(t);
    }
    return term_is_nil(t);
}

static Term put_chars(Process *p, Term dev, Term data) {
    Buf b = {0};
    if (!chardata(data, &b, 0, NULL, NULL) || !device_write(p, dev, &b)) {
        buf_free(&b);
        RAISE_BADARG(p);
    }
    buf_free(&b);
    return T_OK;
}

/* beamlet:report(Title, Text): an error report as OTP's logger prints it,
 * "=Title==== date ===" then Text, on stderr (report.c); for the stdlib's
 * error_logger, proc_lib, gen_server and supervisor reports. */
Term bif_beamlet_report_2(Process *p, Term *args) {
    Buf title = {0}, text = {0};
    if (!chardata(args[0], &title, 0, NULL, NULL) || !chardata(args[1], &text, 0, NULL, NULL)) {
        buf_free(&title);
        buf_free(&text);
        RAISE_BADARG(p);
    }
    buf_addc(&title, '\0');
    Buf bytes = {0};
    fmt_to_device(text.data ? text.data : "", text.len, &bytes);
    report_write(p->vm, title.data, bytes.data ? bytes.data : "", bytes.len);
    buf_free(&title);
    buf_free(&text);
    buf_free(&bytes);
    return T_OK;
}

Term bif_io_put_chars_1(Process *p, Term *args) { return put_chars(p, standard_io(p), args[0]); }
Term bif_io_put_chars_2(Process *p, Term *args) { return put_chars(p, args[0], args[1]); }

Term bif_io_nl_0(Process *p, Term *args) {
    (void)args;
    vm_output(p->vm, "\n", 1);
    return T_OK;
}

Term bif_io_write_1(Process *p, Term *args) {
    Buf b = {0};
    print_term(p->vm->atoms, &b, args[0], -1);
    device_write(p, standard_io(p), &b);
    buf_free(&b);
    return T_OK;
}

/* io_lib:format/2 returns a flat character list (OTP's is deep; the
 * characters are the same). */
Term bif_io_lib_format_2(Process *p, Term *args) {
    Buf b = {0};
    if (fmt_format(p, args[0], args[1], &b) == THE_NON_VALUE) { buf_free(&b); return THE_NON_VALUE; }
    return buf_list(p, &b);
}

Term bif_io_lib_write_1(Process *p, Term *args) {
    Buf b = {0};
    print_term(p->vm->atoms, &b, args[0], -1);
    return buf_list(p, &b);
}

Term bif_io_lib_print_1(Process *p, Term *args) {
    Buf b = {0};
    PrettyOpts o;
    pretty_default_opts(&o);
    pretty_print(p->vm->atoms, &b, args[0], &o);
    return buf_list(p, &b);
}

/* ---- io_lib_pretty:print/1,2 ----
 * print/1 is print(Term, 1, 80, -1): latin1.  print/2 reads OTP's options
 * (column, line_length, depth, line_max_chars, strings, encoding); others,
 * such as record_print_fun and chars_limit, are ignored.  Without an
 * encoding option the text is unicode, as OTP's default is
 * epp:default_encoding() (utf8).  Option names are matched by text: they are
 * read once per call, so no fixed atoms are needed for them. */


/* Fill o from an options list; false if it is not a proper list. */
static bool pretty_options(Process *p, Term opts, PrettyOpts *o) {
    pretty_default_opts(o);
    o->unicode = true;
    for (; term_is_cons(opts); opts = term_tl(opts)) {
        Term kv = term_hd(opts);
        if (!term_is_tuple(kv) || term_tuple_arity(kv) != 2 || !term_is_atom(term_tuple_elem(kv, 1))) continue;
        Term k = term_tuple_elem(kv, 1), v = term_tuple_elem(kv, 2);
        int *field = atom_is(p->vm->atoms, k, "column") ? &o->column
                     : atom_is(p->vm->atoms, k, "line_length") ? &o->line_length
                     : atom_is(p->vm->atoms, k, "depth") ? &o->depth
                     : atom_is(p->vm->atoms, k, "line_max_chars") ? &o->line_max_chars
                     : NULL;
        if (field && term_is_small(v) && term_small(v) > -1000000000 && term_small(v) < 1000000000)
            *field = (int)term_small(v);
        else if (k == T_ATOM(ENCODING) && term_is_atom(v))
            o->unicode = v != T_ATOM(LATIN1);
        else if (atom_is(p->vm->atoms, k, "strings") && (v == T_TRUE || v == T_FALSE))
            o->strings = v == T_TRUE;
    }
    return term_is_nil(opts);
}

Term bif_io_lib_pretty_print_1(Process *p, Term *args) { return bif_io_lib_print_1(p, args); }

Term bif_io_lib_pretty_print_2(Process *p, Term *args) {
    if (term_is_fun(args[1])) return bif_io_lib_print_1(p, args);   /* print(Term, RecDefFun) */
    PrettyOpts o;
    if (!pretty_options(p, args[1], &o)) RAISE_ERROR(p, T_ATOM(FUNCTION_CLAUSE));
    if (o.depth < 0) o.depth = -1;
    Buf b = {0};
    pretty_print(p->vm->atoms, &b, args[0], &o);
    return buf_list(p, &b);
}

/* beamlet:format_exception(Class, Reason, Stack): the text OTP 25's shell
 * prints for an exception in a command, "** exception ..." to the final
 * newline (trace.c), as on a pipe: 80 columns, latin1.
 * beamlet:format_exception(Class, Reason, Stack, Options) takes the
 * terminal's {line_length, Columns} and {encoding, unicode | latin1}. */
Term bif_beamlet_format_exception_3(Process *p, Term *args) {
    Buf b = {0};
    trace_format_shell(p, args[0], args[1], args[2], 80, false, &b);
    return buf_list(p, &b);
}

/* beamlet:format_exception(Class, Reason, Stack, Opts): as /3, with
 * line_length and encoding (a terminal), and for other layouts of
 * erl_error's text: column (where "exception" starts, 1-based: the shell's
 * is 4), depth and line_max_chars (-1: none), prefix (chardata written
 * before it; the shell's "** "), trim (the modules whose frames at the
 * bottom of the stack are dropped; the shell's [erl_eval, shell]). */
Term bif_beamlet_format_exception_4(Process *p, Term *args) {
    const AtomTable *atoms = p->vm->atoms;
    TraceStyle st;
    trace_shell_style(p, 80, false, &st);
    Buf prefix = {0};
    buf_adds(&prefix, "** ");
    Term opts = args[3];
    bool ok = true;
    for (; ok && term_is_cons(opts); opts = term_tl(opts)) {
        Term kv = term_hd(opts);
        if (!term_is_tuple(kv) || term_tuple_arity(kv) != 2 || !term_is_atom(term_tuple_elem(kv, 1))) {
            ok = false;
            break;
        }
        Term k = term_tuple_elem(kv, 1), v = term_tuple_elem(kv, 2);
        bool num = term_is_small(v) && term_small(v) >= -1 && term_small(v) < 1000000;
        int n = num ? (int)term_small(v) : 0;
        if (atom_is(atoms, k, "line_length") && num) st.pretty.line_length = n;
        else if (k == T_ATOM(ENCODING) && term_is_atom(v)) st.unicode = st.pretty.unicode = v != T_ATOM(LATIN1);
        else if (atom_is(atoms, k, "column") && num && n >= 1) st.column = n;
        else if (atom_is(atoms, k, "depth") && num) st.pretty.depth = n;
        else if (atom_is(atoms, k, "line_max_chars") && num) st.pretty.line_max_chars = n;
        else if (atom_is(atoms, k, "prefix")) {
            prefix.len = 0;
            ok = chardata(v, &prefix, 0, NULL, NULL);
        } else if (atom_is(atoms, k, "trim")) {
            memset(st.trim, 0, sizeof st.trim);
            size_t i = 0;
            for (Term l = v; term_is_cons(l); l = term_tl(l))
                if (term_is_atom(term_hd(l)) && i < TRACE_TRIM_MAX) st.trim[i++] = term_hd(l);
        } else {
            ok = false;
        }
    }
    if (!ok || opts != TERM_NIL) {
        buf_free(&prefix);
        RAISE_BADARG(p);
    }
    Buf b = {0};
    buf_add(&b, prefix.data, prefix.len);
    buf_free(&prefix);
    trace_format_exception(p, &st, args[0], args[1], args[2], &b);
    buf_addc(&b, '\n');
    return buf_list(p, &b);
}

/* What is left of the chardata t when the conversion stopped at byte off
 * of the binary bad, shaped as t is: at each list level the rest of the
 * element that holds bad, then the elements after it (OTP's Rest).
 * THE_NON_VALUE when bad is not in t.  The first occurrence of bad is the
 * one that failed: an equal binary before it would have failed first. */
static Term chardata_rest(Process *p, Term t, Term bad, size_t off) {
    if (t == bad) {
        BitView v = term_bits(bad);
        return heap_binary(p, v.data + v.offset / 8 + off, v.bits / 8 - off);
    }
    for (Term l = t; term_is_cons(l); l = term_tl(l)) {
        Term r = chardata_rest(p, term_hd(l), bad, off);
        if (r != THE_NON_VALUE) return heap_cons(p, r, term_tl(l));
    }
    return THE_NON_VALUE;
}

/* {error, Converted, Rest} for chardata holding a binary that is not UTF-8. */
static Term conversion_error(Process *p, Term converted, Term input, Term bad, size_t off) {
    return heap_tuple3(p, T_ATOM(ERROR), converted, chardata_rest(p, input, bad, off));
}

Term bif_unicode_characters_to_list_1(Process *p, Term *args) {
    Buf b = {0};
    Term bad = TERM_NIL;
    size_t off = 0;
    if (!chardata(args[0], &b, 0, &bad, &off)) {
        if (bad == TERM_NIL) { buf_free(&b); RAISE_BADARG(p); }
        Term conv = buf_list(p, &b);
        return conversion_error(p, conv, args[0], bad, off);
    }
    return buf_list(p, &b);
}

Term bif_unicode_characters_to_binary_1(Process *p, Term *args) {
    Buf b = {0};
    Term bad = TERM_NIL;
    size_t off = 0;
    bool ok = chardata(args[0], &b, 0, &bad, &off);
    if (!ok && bad == TERM_NIL) { buf_free(&b); RAISE_BADARG(p); }
    Term bin = heap_binary(p, b.data ? b.data : "", b.len);
    buf_free(&b);
    if (!ok) return conversion_error(p, bin, args[0], bad, off);
    return bin;
}

/* erlang:display/1: the emulator's format, ended by "\r\n" as OTP 25's
 * erl -noshell writes it (checked byte-wise). */
Term bif_erlang_display_1(Process *p, Term *args) {
    Buf b = {0};
    print_display(p->vm->atoms, &b, args[0]);
    buf_adds(&b, "\r\n");
    Buf bytes = {0};
    fmt_to_device(b.data, b.len, &bytes);
    vm_output(p->vm, bytes.data, bytes.len);
    buf_free(&bytes);
    buf_free(&b);
    return T_TRUE;
}

Term bif_erlang_pid_to_list_1(Process *p, Term *args) {
    if (!term_is_pid(args[0])) RAISE_BADARG(p);
    Buf b = {0};
    print_pid(&b, args[0]);
    return buf_list(p, &b);
}

Term bif_erlang_ref_to_list_1(Process *p, Term *args) {
    if (!term_is_ref(args[0])) RAISE_BADARG(p);
    Buf b = {0};
    print_ref(&b, args[0]);
    return buf_list(p, &b);
}

Term bif_erlang_fun_to_list_1(Process *p, Term *args) {
    if (!term_is_fun(args[0])) RAISE_BADARG(p);
    Buf b = {0};
    print_fun(p->vm->atoms, &b, args[0]);
    return buf_list(p, &b);
}
