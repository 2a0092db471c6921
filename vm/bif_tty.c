/* bif_tty.c — the BIFs over tty.c: beamlet:tty_read/1, tty_unread/1,
 * tty_interactive/0, tty_on_interrupt/1 (the shell's and io's way to stdin), and
 * io:columns/0,1 and io:rows/0,1. */
#include <string.h>

#include "bif.h"
#include "print.h"
#include "tty.h"
#include "vm.h"

/* A prompt (an atom or chardata: characters, binaries of UTF-8, nested
 * lists) as UTF-8 text; false if it is none of these. */
static bool prompt_text(Process *p, Term t, Buf *b, int depth) {
    if (depth > 1000) return false;
    if (term_is_atom(t)) {
        size_t len;
        const char *s = atom_name(p->vm->atoms, term_atom(t), &len);
        buf_add(b, s, len);
        return true;
    }
    if (term_is_binary(t)) {
        BitView v = term_bits(t);
        if (v.offset % 8) return false;
        buf_add(b, v.data + v.offset / 8, v.bits / 8);
        return true;
    }
    while (term_is_cons(t)) {
        Term h = term_hd(t);
        if (term_is_small(h)) {
            int64_t c = term_small(h);
            if (c < 0 || c > 0x10ffff) return false;
            print_utf8(b, (uint32_t)c);
        } else if (term_is_atom(h) || !(term_is_list(h) || term_is_binary(h)) ||
                   !prompt_text(p, h, b, depth + 1)) {
            return false;
        }
        t = term_tl(t);
    }
    return t == TERM_NIL || (term_is_binary(t) && prompt_text(p, t, b, depth + 1));
}

/* beamlet:tty_read(Prompt) -> Ref; the line comes as {tty_input, Ref, Line | eof}. */
Term bif_beamlet_tty_read_1(Process *p, Term *args) {
    Buf b = {0};
    if (!prompt_text(p, args[0], &b, 0)) {
        buf_free(&b);
        RAISE_BADARG(p);
    }
    Term ref = heap_ref(p);
    tty_request(p->vm, p->pid, term_ref_id(ref), b.data ? b.data : "", b.len);
    buf_free(&b);
    return ref;
}

/* beamlet:tty_unread(Chars) -> ok: Chars are read again before the rest. */
Term bif_beamlet_tty_unread_1(Process *p, Term *args) {
    Buf b = {0};
    if (term_is_atom(args[0]) || !prompt_text(p, args[0], &b, 0)) {
        buf_free(&b);
        RAISE_BADARG(p);
    }
    tty_unread(p->vm, b.data ? b.data : "", b.len);
    buf_free(&b);
    return T_OK;
}

Term bif_beamlet_tty_interactive_0(Process *p, Term *args) {
    (void)args;
    return tty_interactive(p->vm) ? T_ATOM(TRUE) : T_ATOM(FALSE);
}

/* beamlet:tty_on_interrupt(Pid | undefined) -> ok */
Term bif_beamlet_tty_on_interrupt_1(Process *p, Term *args) {
    if (args[0] == T_ATOM(UNDEFINED)) tty_set_interrupt(p->vm, 0);
    else if (term_is_pid(args[0])) tty_set_interrupt(p->vm, args[0]);
    else RAISE_BADARG(p);
    return T_OK;
}

/* io:columns/rows: {ok, N} when standard_io is a terminal, else
 * {error, enotsup}, as OTP. */
static Term size_of(Process *p, Term dev, bool cols) {
    int c, r;
    bool std = dev == T_ATOM(USER) || (term_is_atom(dev) && term_atom(dev) == atom_lookup(p->vm->atoms, "standard_io", 11));
    if (!std || !tty_size(&c, &r)) {
        return heap_tuple2(p, T_ATOM(ERROR), term_from_atom(atom_intern(p->vm->atoms, "enotsup", 7)));
    }
    return heap_tuple2(p, T_OK, term_from_small(cols ? c : r));
}

static Term standard_io(Process *p) {
    return term_from_atom(atom_intern(p->vm->atoms, "standard_io", 11));
}

Term bif_io_columns_0(Process *p, Term *args) {
    (void)args;
    return size_of(p, standard_io(p), true);
}

Term bif_io_columns_1(Process *p, Term *args) { return size_of(p, args[0], true); }

Term bif_io_rows_0(Process *p, Term *args) {
    (void)args;
    return size_of(p, standard_io(p), false);
}

Term bif_io_rows_1(Process *p, Term *args) { return size_of(p, args[0], false); }
