/* trace.c — building stack traces at a raise, and printing an exception
 * the way OTP's erl_error does for escript and the shell (the texts for a
 * failing BIF's arguments come from errs.c). */
#include "trace.h"

#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "bignum.h"
#include "code.h"
#include "compare.h"
#include "errs.h"
#include "heap.h"
#include "pretty.h"
#include "print.h"
#include "vm.h"

/* The cause OTP's emulator records in a failing BIF's error_info, for the
 * BIFs whose erl_erts_errors text depends on it; 0 for none. */
static Term bif_cause(Process *p, const Export *e) {
    Term a[2];
    size_t n = 0;
    for (Term l = p->exc_args; term_is_cons(l) && n < 2; l = term_tl(l)) a[n++] = term_hd(l);
    if (n != 2 || e->arity != 2) return 0;
    size_t len;
    const char *name = atom_name(p->vm->atoms, term_atom(e->name), &len);
    AtomTable *atoms = p->vm->atoms;
    if (len == 12 && memcmp(name, "process_flag", 12) == 0) {
        static const char *const flags[] = {"trap_exit", "error_handler", "fullsweep_after", "min_heap_size",
                                            "min_bin_vheap_size", "max_heap_size", "message_queue_data",
                                            "priority", "save_calls", "sensitive", "async_dist"};
        for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
            if (a[0] == term_from_atom(atom_intern(atoms, flags[i], strlen(flags[i])))) return 0;
        return term_from_atom(atom_intern(atoms, "badopt", 6));
    }
    if (len == 7 && memcmp(name, "monitor", 7) == 0) {
        if (a[0] == term_from_atom(atom_intern(atoms, "process", 7)) ||
            a[0] == term_from_atom(atom_intern(atoms, "port", 4)) ||
            a[0] == term_from_atom(atom_intern(atoms, "time_offset", 11)))
            return 0;
        return term_from_atom(atom_intern(atoms, "badtype", 7));
    }
    if (len == 8 && memcmp(name, "register", 8) == 0 && term_is_pid(a[1])) {
        Process *q = vm_process(p->vm, a[1]);
        if (!q) return term_from_atom(atom_intern(atoms, "notalive", 8));
        if (q->reg_name) return term_from_atom(atom_intern(atoms, "registered_name", 15));
    }
    return 0;
}

/* BIF modules whose OTP counterparts are described by erl_stdlib_errors */
static bool stdlib_errors_module(Process *p, Term m) {
    size_t len;
    const char *name = atom_name(p->vm->atoms, term_atom(m), &len);
    return (len == 4 && memcmp(name, "maps", 4) == 0) || (len == 5 && memcmp(name, "lists", 5) == 0) ||
           (len == 2 && memcmp(name, "io", 2) == 0);
}

static Term location(Process *p, CodeVersion *v, const Word *pc) {
    uint32_t line = code_line_of(v, pc);
    Term file = heap_tuple2(p, T_ATOM(FILE), v->file);
    if (!line) return heap_cons(p, file, TERM_NIL);
    Term ln = heap_tuple2(p, T_ATOM(LINE), term_from_small(line));
    return heap_cons(p, file, heap_cons(p, ln, TERM_NIL));
}

/* The frames of the functions q will return to, after frames[0..n), built
 * on on's heap; the new count. */
static size_t caller_frames(Process *on, Process *q, Term *frames, size_t n) {
    CodeVersion *v;
    for (size_t i = q->nframes; i-- > 0 && n < TRACE_DEPTH;) {
        const Frame *f = &q->frames[i];
        if (frame_is_catch(f)) continue;
        const FuncInfo *fi = code_find_func(on->vm, frame_pc(f) - 1, &v);
        if (!fi) continue;
        frames[n++] = heap_tuple4(on, v->module, fi->name, term_from_small(fi->arity), location(on, v, frame_pc(f) - 1));
    }
    return n;
}

Term trace_of(Process *on, Process *q) {
    Term frames[TRACE_DEPTH];
    size_t n = 0;
    CodeVersion *v;
    const FuncInfo *fi = q->pc ? code_find_func(on->vm, q->pc, &v) : NULL;
    if (fi) {
        /* a process waiting in a receive is, for OTP, still on the line of
         * what it did before (its receive loop has no line of its own) */
        const Word *at = q->status == PROC_WAITING ? q->pc - 1 : q->pc;
        frames[n++] = heap_tuple4(on, v->module, fi->name, term_from_small(fi->arity), location(on, v, at));
    }
    n = caller_frames(on, q, frames, n);
    return heap_list(on, frames, n, TERM_NIL);
}

Term trace_build(Process *p, const Word *pc) {
    Vm *vm = p->vm;
    Term frames[TRACE_DEPTH];
    size_t n = 0;
    bool fclause = (p->exc_reason == T_ATOM(FUNCTION_CLAUSE) && !p->exc_bif) || p->exc_frame_args;
    if (p->exc_bif) {
        Export *e = p->exc_bif;
        Term loc = TERM_NIL;
        Term fmt_mod = 0;   /* the module OTP names in the BIF's error_info */
        if (e->bif && e->module == T_ATOM(ERLANG)) fmt_mod = T_ATOM(ERL_ERTS_ERRORS);
        else if (e->bif && stdlib_errors_module(p, e->module))
            fmt_mod = term_from_atom(atom_intern(p->vm->atoms, "erl_stdlib_errors", 17));
        if (fmt_mod) {
            Term k[2] = {T_ATOM(MODULE), T_ATOM(CAUSE)}, val[2] = {fmt_mod, bif_cause(p, e)};
            Term info = heap_tuple2(p, T_ATOM(ERROR_INFO), heap_map(p, k, val, val[1] ? 2 : 1));
            loc = heap_cons(p, info, TERM_NIL);
        }
        frames[n++] = heap_tuple4(p, e->module, e->name, p->exc_args, loc);
    }
    CodeVersion *v;
    const FuncInfo *fi = pc ? code_find_func(vm, pc, &v) : NULL;
    if (fi) {
        Term aa = fclause ? p->exc_args : term_from_small(fi->arity);
        frames[n++] = heap_tuple4(p, v->module, fi->name, aa, location(p, v, pc));
    }
    n = caller_frames(p, p, frames, n);
    p->exc_frame_args = false;
    return heap_list(p, frames, n, TERM_NIL);
}

/* ---- the text of an exception (erl_error:format_exception) ---------------
 *
 * Layout, with S the I-1 spaces before "exception" (the shell's I is 4,
 * after its "** "; escript's is 1):
 *
 *   exception error: <explanation>
 *   S  in function  M:F/A (File, line N)        first frame; "in operator  "
 *   S     called as M:F(Args)                   only with an argument list
 *   S     *** argument 1: not an atom           erl_erts_errors' texts
 *   S  in call from M:F/A (File, line N)        further frames
 *
 * Values are printed by the style's pretty printer at the column where
 * they start; erl_error's rules move a value or a call to a fresh line when
 * that saves line breaks.  Pieces are built in Bufs of UTF-8 text, so every
 * width below is a count of characters. */

typedef struct Fmt {
    Process *p;
    const TraceStyle *st;
    const AtomTable *atoms;
    int s;                      /* |S| = column - 1 */
} Fmt;

static int width(const Buf *b) { return b->data ? (int)print_char_count(b->data, b->len) : 0; }
static int count_nl(const Buf *b) {
    int n = 0;
    for (size_t i = 0; i < b->len; i++) n += b->data[i] == '\n';
    return n;
}
static void add_buf(Buf *out, const Buf *b) {
    if (b->len) buf_add(out, b->data, b->len);
}
static void add_spaces(Buf *out, int n) {
    for (int i = 0; i < n; i++) buf_addc(out, ' ');
}

/* the style's format fun: the term laid out from column col */
static void pf(const Fmt *f, Buf *out, Term t, int col) {
    PrettyOpts o = f->st->pretty;
    o.column = col;
    pretty_print(f->atoms, out, t, &o);
}

static size_t list_len(Term l) {
    size_t n = 0;
    for (; term_is_cons(l); l = term_tl(l)) n++;
    return n;
}

/* |"exception error: "|, |"exception exit: "|, |"exception throw: "| */
static int exited_size(Term cls) { return cls == T_ATOM(EXIT) ? 16 : 17; }

/* Small terms built in C arrays, only to be printed (never stored): the
 * formatter also runs for a process that has ended, whose heap is gone. */
static Term local_cons(Term cell[2], Term h, Term t) {
    cell[0] = h;
    cell[1] = t;
    return term_make_cons(cell);
}
static Term local_tuple2(Term cell[3], Term a, Term b) {
    cell[0] = term_make_header(2, SUB_TUPLE);
    cell[1] = a;
    cell[2] = b;
    return term_make_boxed(cell);
}

/* erl_internal:op_type/2 for erlang:F/A: the operator's text, or NULL */
static const char *op_name(const Fmt *f, Term m, Term fn, size_t arity) {
    static const char *const ops2[] = {"+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr",
                                       "and", "or", "xor", "==", "/=", "=<", "<", ">=", ">", "=:=", "=/=",
                                       "++", "--", "!"};
    static const char *const ops1[] = {"+", "-", "bnot", "not"};
    if (m != T_ATOM(ERLANG) || !term_is_atom(fn) || arity < 1 || arity > 2) return NULL;
    size_t len;
    const char *name = atom_name(f->atoms, term_atom(fn), &len);
    const char *const *ops = arity == 2 ? ops2 : ops1;
    size_t n = arity == 2 ? sizeof ops2 / sizeof ops2[0] : sizeof ops1 / sizeof ops1[0];
    for (size_t i = 0; i < n; i++)
        if (strlen(ops[i]) == len && memcmp(ops[i], name, len) == 0) return ops[i];
    return NULL;
}

/* erl_internal:bif/2 of OTP 25: the auto-imported erlang functions, whose
 * frames print without "erlang:".  OTP's list, not beamlet's BIF table: a
 * frame may name a function beamlet does not have. */
static const char auto_imports[] =
    "abs/1 alias/0 alias/1 apply/2 apply/3 atom_to_binary/1 atom_to_binary/2 atom_to_list/1 "
    "binary_part/2 binary_part/3 binary_to_atom/1 binary_to_atom/2 binary_to_existing_atom/1 "
    "binary_to_existing_atom/2 binary_to_float/1 binary_to_integer/1 binary_to_integer/2 "
    "binary_to_list/1 binary_to_list/3 binary_to_term/1 binary_to_term/2 bit_size/1 "
    "bitstring_to_list/1 byte_size/1 ceil/1 check_old_code/1 check_process_code/2 "
    "check_process_code/3 date/0 delete_module/1 demonitor/1 demonitor/2 disconnect_node/1 element/2 "
    "erase/0 erase/1 error/1 error/2 error/3 exit/1 exit/2 float/1 float_to_binary/1 "
    "float_to_binary/2 float_to_list/1 float_to_list/2 floor/1 garbage_collect/0 garbage_collect/1 "
    "garbage_collect/2 get/0 get/1 get_keys/0 get_keys/1 group_leader/0 group_leader/2 halt/0 halt/1 "
    "halt/2 hd/1 integer_to_binary/1 integer_to_binary/2 integer_to_list/1 integer_to_list/2 "
    "iolist_size/1 iolist_to_binary/1 is_alive/0 is_atom/1 is_binary/1 is_bitstring/1 is_boolean/1 "
    "is_float/1 is_function/1 is_function/2 is_integer/1 is_list/1 is_map/1 is_map_key/2 is_number/1 "
    "is_pid/1 is_port/1 is_process_alive/1 is_record/2 is_record/3 is_reference/1 is_tuple/1 "
    "length/1 link/1 list_to_atom/1 list_to_binary/1 list_to_bitstring/1 list_to_existing_atom/1 "
    "list_to_float/1 list_to_integer/1 list_to_integer/2 list_to_pid/1 list_to_port/1 list_to_ref/1 "
    "list_to_tuple/1 load_module/2 make_ref/0 map_get/2 map_size/1 max/2 min/2 module_loaded/1 "
    "monitor/2 monitor/3 monitor_node/2 node/0 node/1 nodes/0 nodes/1 nodes/2 now/0 open_port/2 "
    "pid_to_list/1 port_close/1 port_command/2 port_command/3 port_connect/2 port_control/3 "
    "port_to_list/1 pre_loaded/0 process_flag/2 process_flag/3 process_info/1 process_info/2 "
    "processes/0 purge_module/1 put/2 ref_to_list/1 register/2 registered/0 round/1 self/0 "
    "setelement/3 size/1 spawn/1 spawn/2 spawn/3 spawn/4 spawn_link/1 spawn_link/2 spawn_link/3 "
    "spawn_link/4 spawn_monitor/1 spawn_monitor/2 spawn_monitor/3 spawn_monitor/4 spawn_opt/2 "
    "spawn_opt/3 spawn_opt/4 spawn_opt/5 spawn_request/1 spawn_request/2 spawn_request/3 "
    "spawn_request/4 spawn_request/5 spawn_request_abandon/1 split_binary/2 statistics/1 "
    "term_to_binary/1 term_to_binary/2 term_to_iovec/1 term_to_iovec/2 throw/1 time/0 tl/1 trunc/1 "
    "tuple_size/1 tuple_to_list/1 unalias/1 unlink/1 unregister/1 whereis/1 ";

static bool auto_imported(const Fmt *f, Term m, Term fn, size_t arity) {
    if (m != T_ATOM(ERLANG) || !term_is_atom(fn)) return false;
    size_t len;
    const char *name = atom_name(f->atoms, term_atom(fn), &len);
    char key[300];
    if (len > 256) return false;
    int kl = snprintf(key, sizeof key, "%.*s/%zu", (int)len, name, arity);
    for (const char *s = auto_imports; (s = strstr(s, key)); s++)
        if ((s == auto_imports || s[-1] == ' ') && (s[kl] == ' ' || s[kl] == 0)) return true;
    return false;
}

static void add_atom(const Fmt *f, Buf *out, Term a) { print_atom_enc(f->atoms, out, a, f->st->unicode); }

/* erl_error:mf_to_string({M, F}, A) */
static void mf_text(const Fmt *f, Buf *out, Term m, Term fn, size_t arity) {
    const char *op;
    if (auto_imported(f, m, fn, arity)) {
        print_atom(f->atoms, out, fn);
    } else if ((op = op_name(f, m, fn, arity))) {
        buf_adds(out, strcmp(op, "/") == 0 ? "'/'" : op);
    } else {
        print_atom(f->atoms, out, m);
        buf_addc(out, ':');
        add_atom(f, out, fn);
    }
}

static void mfa_text(const Fmt *f, Buf *out, Term m, Term fn, size_t arity) {
    mf_text(f, out, m, fn, arity);
    buf_printf(out, "/%zu", arity);
}

/* "(File, line N)" from a frame's location list, or nothing */
static void loc_text(const Fmt *f, Buf *out, Term loc) {
    Term file = THE_NON_VALUE, line = THE_NON_VALUE;
    for (; term_is_cons(loc); loc = term_tl(loc)) {
        Term kv = term_hd(loc);
        if (!term_is_tuple(kv) || term_tuple_arity(kv) != 2) continue;
        if (term_tuple_elem(kv, 1) == T_ATOM(FILE) && file == THE_NON_VALUE) file = term_tuple_elem(kv, 2);
        if (term_tuple_elem(kv, 1) == T_ATOM(LINE) && line == THE_NON_VALUE) line = term_tuple_elem(kv, 2);
    }
    if (file == THE_NON_VALUE || line == THE_NON_VALUE) return;
    buf_addc(out, '(');
    if (term_is_list(file)) {
        for (Term l = file; term_is_cons(l); l = term_tl(l))
            if (term_is_small(term_hd(l))) print_utf8(out, (uint32_t)term_small(term_hd(l)));
    } else if (term_is_binary(file)) {
        BitView v = term_bits(file);
        buf_add(out, v.data + v.offset / 8, v.bits / 8);
    } else {
        print_term(f->atoms, out, file, -1);
    }
    buf_adds(out, ", line ");
    print_term(f->atoms, out, line, -1);
    buf_addc(out, ')');
}

/* erl_error:pp_arguments: the argument list printed from column col+1,
 * its brackets made parentheses.  A list that would print as a string
 * (all arguments are characters) is printed with its first element
 * replaced by an atom as wide as the number. */
static void pp_arguments(const Fmt *f, Buf *out, Term args, int col) {
    Buf s = {0};
    if (term_is_cons(args) && term_is_small(term_hd(args)) && print_is_printable_list(args)) {
        char num[32];
        int nl = snprintf(num, sizeof num, "%lld", (long long)term_small(term_hd(args)));
        char as[32];
        memset(as, 'a', (size_t)nl);
        uint32_t a = atom_intern(f->p->vm->atoms, as, (size_t)nl);
        Term cell[2];
        Term alt = local_cons(cell, term_from_atom(a), term_tl(args));
        Buf t = {0};
        pf(f, &t, alt, col + 1);
        buf_addc(&s, '[');
        buf_adds(&s, num);
        buf_add(&s, t.data + 1 + nl, t.len - 1 - (size_t)nl);
        buf_free(&t);
    } else {
        pf(f, &s, args, col + 1);
    }
    if (s.len >= 2) {
        buf_addc(out, '(');
        buf_add(out, s.data + 1, s.len - 2);
        buf_addc(out, ')');
    } else {
        add_buf(out, &s);
    }
    buf_free(&s);
}

/* erl_error:format_op: "A op B" (or "op A"), each operand printed where it
 * starts; a broken left operand puts the operator on a line of its own. */
static void format_op(const Fmt *f, Buf *out, int prew, const char *op, Term args) {
    if (!term_is_cons(term_tl(args))) {
        buf_printf(out, "%s ", op);
        pf(f, out, term_hd(args), prew + (int)strlen(op) + 1 + 1);
        return;
    }
    Term a1 = term_hd(args), a2 = term_hd(term_tl(args));
    int i1 = prew;
    Buf s1 = {0}, s2 = {0};
    pf(f, &s1, a1, i1 + 1);
    pf(f, &s2, a2, i1 + 1);
    bool own_line = count_nl(&s1) > 0;
    Buf s22 = {0};
    if (!own_line) {
        pf(f, &s22, a2, prew + (int)strlen(op) + 2 + width(&s1) + 1);
        own_line = count_nl(&s2) < count_nl(&s22);
    }
    add_buf(out, &s1);
    if (own_line) {
        buf_addc(out, '\n');
        add_spaces(out, i1);
        buf_adds(out, op);
        buf_addc(out, '\n');
        add_spaces(out, i1);
        add_buf(out, &s2);
    } else {
        buf_printf(out, " %s ", op);
        add_buf(out, &s22);
    }
    buf_free(&s1);
    buf_free(&s2);
    buf_free(&s22);
}

/* erl_error:format_call(ErrStr, Pre1, {M, F}, Args): errstr, then the call;
 * pre is the text before errstr on its line (written by the caller).  The
 * call moves to a fresh line after errstr, indented by pre, when that
 * needs fewer line breaks or when two short arguments would already wrap. */
static void format_call(const Fmt *f, Buf *out, const char *errstr, const Buf *pre, Term m, Term fn, Term args) {
    size_t arity = list_len(args);
    buf_adds(out, errstr);
    int prew = width(pre), errw = (int)strlen(errstr);
    const char *op = op_name(f, m, fn, arity);
    if (op) {
        format_op(f, out, prew + errw, op, args);
        return;
    }
    Buf mf = {0}, s1 = {0}, s2 = {0}, s3 = {0};
    mf_text(f, &mf, m, fn, arity);
    int i1 = prew + errw + width(&mf);
    pp_arguments(f, &s1, args, i1);
    pp_arguments(f, &s2, args, prew + width(&mf));
    Term c1[2], c2[2];
    Term two = local_cons(c1, term_from_atom(atom_intern(f->p->vm->atoms, "a2345", 5)),
                          local_cons(c2, term_from_atom(atom_intern(f->p->vm->atoms, "b2345", 5)), TERM_NIL));
    pp_arguments(f, &s3, two, i1);
    if (count_nl(&s3) > 0 || count_nl(&s2) < count_nl(&s1)) {
        buf_addc(out, '\n');
        add_buf(out, pre);
        add_buf(out, &mf);
        add_buf(out, &s2);
    } else {
        add_buf(out, &mf);
        add_buf(out, &s1);
    }
    buf_free(&mf);
    buf_free(&s1);
    buf_free(&s2);
    buf_free(&s3);
}

/* erl_error:format_value: errstr then the value; a value needing two or
 * more line breaks goes to a fresh line when that needs fewer. */
static void format_value(const Fmt *f, Buf *out, Term cls, const char *errstr, Term v) {
    int pre1 = exited_size(cls);
    Buf s1 = {0};
    buf_adds(out, errstr);
    pf(f, &s1, v, pre1 + f->s + (int)strlen(errstr) + 1);
    int n1 = count_nl(&s1);
    if (n1 > 1) {
        Buf s2 = {0};
        pf(f, &s2, v, f->s + 1 + pre1);
        if (count_nl(&s2) < n1) {
            buf_addc(out, '\n');
            add_spaces(out, f->s + pre1);
            add_buf(out, &s2);
            buf_free(&s2);
            buf_free(&s1);
            return;
        }
        buf_free(&s2);
    }
    add_buf(out, &s1);
    buf_free(&s1);
}

/* erl_error:format_fun, for badarity */
static void fun_text(const Fmt *f, Buf *out, Term fun) {
    unsigned arity = code_fun_arity(fun);
    if (term_boxed_sub(fun) == SUB_EXPORT) {
        Export *e = code_fun_export(fun);
        mfa_text(f, out, e->module, e->name, arity);
        return;
    }
    Term m = code_fun_module(fun);
    if (atom_is(f->p->vm->atoms, m, "erl_eval")) {
        buf_printf(out, "interpreted function with arity %u", arity);
        return;
    }
    /* the name of the function the compiler made of the fun (fun_info name) */
    const CodeVersion *cv = (const CodeVersion *)(uintptr_t)term_box_ptr(fun)[FUN_VERSION];
    uint32_t i = code_fun_index(fun);
    Term name = T_ATOM(EMPTY);
    if (cv->funcs && i < cv->nlambdas && cv->lambdas[i].func < cv->nfuncs) name = cv->funcs[cv->lambdas[i].func].name;
    mfa_text(f, out, m, name, arity);
}

static const char *const simple_reasons[][2] = {
    {"badarg", "bad argument"},
    {"badarith", "an error occurred when evaluating an arithmetic expression"},
    {"if_clause", "no true branch found when evaluating an if expression"},
    {"noproc", "no such process or port"},
    {"notalive", "the node cannot be part of a distributed system"},
    {"system_limit", "a system limit has been reached"},
    {"timeout_value", "bad receive timeout value"},
};
static const char *const value_reasons[][2] = {
    {"badarg", "bad argument: "},
    {"badkey", "bad key: "},
    {"badmap", "bad map: "},
    {"badfun", "bad function "},
    {"badmatch", "no match of right hand side value "},
    {"case_clause", "no case clause matching "},
    {"try_clause", "no try clause matching "},
    {"bad_filter", "bad filter "},
    {"bad_generator", "bad generator "},
};

/* erl_error:explain_reason.  first is the frame analyze_exception took
 * out of the stack (function_clause, undef), or THE_NON_VALUE. */
static void explain(const Fmt *f, Buf *out, Term cls, Term reason, Term first) {
    Process *p = f->p;
    bool error = cls == T_ATOM(ERROR);
    if (error && first != THE_NON_VALUE && term_is_tuple(first) && term_tuple_arity(first) == 2) {
        /* a shell-local function: {F, A} */
        buf_adds(out, "no function clause matching call to ");
        print_term(f->atoms, out, term_tuple_elem(first, 1), -1);
        buf_addc(out, '/');
        print_term(f->atoms, out, term_tuple_elem(first, 2), -1);
        return;
    }
    if (error && first != THE_NON_VALUE && reason == T_ATOM(FUNCTION_CLAUSE)) {
        Buf pre = {0};
        add_spaces(&pre, f->s + exited_size(cls));
        format_call(f, out, "no function clause matching ", &pre, term_tuple_elem(first, 1),
                    term_tuple_elem(first, 2), term_tuple_elem(first, 3));
        buf_free(&pre);
        buf_addc(out, ' ');
        loc_text(f, out, term_tuple_elem(first, 4));
        return;
    }
    if (error && first != THE_NON_VALUE) {   /* undef */
        Term aa = term_tuple_elem(first, 3);
        buf_adds(out, "undefined function ");
        mfa_text(f, out, term_tuple_elem(first, 1), term_tuple_elem(first, 2),
                 term_is_small(aa) ? (size_t)term_small(aa) : list_len(aa));
        return;
    }
    if (error && term_is_atom(reason)) {
        for (size_t i = 0; i < sizeof simple_reasons / sizeof simple_reasons[0]; i++)
            if (atom_is(p->vm->atoms, reason, simple_reasons[i][0])) {
                buf_adds(out, simple_reasons[i][1]);
                return;
            }
    }
    size_t n = term_is_tuple(reason) ? term_tuple_arity(reason) : 0;
    Term tag = n ? term_tuple_elem(reason, 1) : THE_NON_VALUE;
    if (error && n == 2) {
        Term v = term_tuple_elem(reason, 2);
        for (size_t i = 0; i < sizeof value_reasons / sizeof value_reasons[0]; i++)
            if (atom_is(p->vm->atoms, tag, value_reasons[i][0])) {
                format_value(f, out, cls, value_reasons[i][1], v);
                return;
            }
        if (tag == T_ATOM(BADARITY) && term_is_tuple(v) && term_tuple_arity(v) == 2 &&
            term_is_fun(term_tuple_elem(v, 1)) && bif_is_proper_list(term_tuple_elem(v, 2))) {
            static const char *const words[] = {"no arguments", "one argument", "two arguments"};
            size_t k = list_len(term_tuple_elem(v, 2));
            fun_text(f, out, term_tuple_elem(v, 1));
            if (k < 3) buf_printf(out, " called with %s", words[k]);
            else buf_printf(out, " called with %zu arguments", k);
            return;
        }
        if (atom_is(p->vm->atoms, tag, "unbound")) {
            buf_adds(out, "variable ");
            print_term(f->atoms, out, v, -1);
            buf_adds(out, " is unbound");
            return;
        }
    }
    if (error && n == 4 && atom_is(p->vm->atoms, tag, "shell_undef")) {
        Term a = term_tuple_elem(reason, 3);
        buf_adds(out, "undefined shell command ");
        add_atom(f, out, term_tuple_elem(reason, 2));
        buf_printf(out, "/%zu", term_is_small(a) ? (size_t)term_small(a) : list_len(a));
        return;
    }
    if (error && n == 2 && atom_is(p->vm->atoms, tag, "argument_limit")) {
        buf_adds(out, "limit of number of arguments to interpreted function exceeded");
        return;
    }
    if (cls == T_ATOM(EXIT) && atom_is(p->vm->atoms, reason, "calling_self")) {
        buf_adds(out, "the current process attempted to call itself");
        return;
    }
    pf(f, out, reason, f->s + 1 + exited_size(cls));
}

/* erl_error:is_stacktrace */
static bool is_stacktrace(Term t) {
    for (; term_is_cons(t); t = term_tl(t)) {
        Term fr = term_hd(t);
        if (!term_is_tuple(fr) || term_tuple_arity(fr) != 4 || !term_is_atom(term_tuple_elem(fr, 1)) ||
            !term_is_atom(term_tuple_elem(fr, 2)) || !term_is_list(term_tuple_elem(fr, 4)))
            return false;
        Term a = term_tuple_elem(fr, 3);
        if (!term_is_small(a) && !(term_is_list(a) && bif_is_proper_list(a))) return false;
    }
    return term_is_nil(t);
}

/* The erl_erts_errors texts for the top frame, when it asks for them. */
static bool extended_error(const Fmt *f, Term reason, Term stack, Errs *x) {
    memset(x, 0, sizeof *x);
    if (!term_is_cons(stack)) return false;
    Term fr = term_hd(stack);
    for (Term l = term_tuple_elem(fr, 4); term_is_cons(l); l = term_tl(l)) {
        Term kv = term_hd(l);
        if (!term_is_tuple(kv) || term_tuple_arity(kv) != 2 || term_tuple_elem(kv, 1) != T_ATOM(ERROR_INFO)) continue;
        Term map = term_tuple_elem(kv, 2);
        if (!term_is_map(map)) return false;
        Term mod = term_tuple_elem(fr, 1), cause = 0;
        bool other_function = false, bs_fail = false;
        for (size_t i = 0; i < term_map_size(map); i++) {
            Term k = term_map_keys(map)[i], v = term_map_vals(map)[i];
            if (k == T_ATOM(MODULE)) mod = v;
            else if (k == T_ATOM(CAUSE)) cause = v;
            else if (atom_is(f->p->vm->atoms, k, "function") && atom_is(f->p->vm->atoms, v, "format_bs_fail")) bs_fail = true;
            else if (atom_is(f->p->vm->atoms, k, "function") && !atom_is(f->p->vm->atoms, v, "format_error")) other_function = true;
        }
        if (bs_fail && atom_is(f->p->vm->atoms, mod, "erl_erts_errors")) {
            memset(x, 0, sizeof *x);
            x->p = f->p;
            errs_bs_fail(x, reason, map);
            return x->general != NULL;
        }
        bool stdlib = atom_is(f->p->vm->atoms, mod, "erl_stdlib_errors");
        if (other_function || !(stdlib || atom_is(f->p->vm->atoms, mod, "erl_erts_errors"))) return false;
        return errs_describe(f->p, reason, fr, cause, stdlib, x);
    }
    return false;
}

static bool trimmed(const Fmt *f, Term m) {
    for (size_t i = 0; i < TRACE_TRIM_MAX; i++)
        if (f->st->trim[i] && m == f->st->trim[i]) return true;
    return false;
}

/* erl_error:format_stacktrace1: the frame lines, each starting with "\n" */
static void format_stack(const Fmt *f, Buf *out, Term stack, const Errs *x) {
    size_t n = 0;
    Term *frames = malloc((list_len(stack) + 1) * sizeof *frames);
    if (!frames) abort();
    for (Term l = stack; term_is_cons(l); l = term_tl(l)) frames[n++] = term_hd(l);
    while (n > 0 && trimmed(f, term_tuple_elem(frames[n - 1], 1))) n--;
    for (size_t k = 0; k < n; k++) {
        Term fr = frames[k];
        Term m = term_tuple_elem(fr, 1), fn = term_tuple_elem(fr, 2), aa = term_tuple_elem(fr, 3);
        size_t arity = term_is_small(aa) ? (size_t)term_small(aa) : list_len(aa);
        buf_addc(out, '\n');
        add_spaces(out, f->s + 2);
        if (k > 0) buf_adds(out, "in call from ");
        else buf_adds(out, op_name(f, m, fn, arity) ? "in operator  " : "in function  ");
        mfa_text(f, out, m, fn, arity);
        if (term_is_small(aa)) {
            buf_addc(out, ' ');
            loc_text(f, out, term_tuple_elem(fr, 4));
        } else {
            Buf called = {0};
            add_spaces(&called, f->s + 2);
            buf_adds(&called, "   called as ");
            buf_addc(out, '\n');
            add_buf(out, &called);
            format_call(f, out, "", &called, m, fn, aa);
            buf_free(&called);
        }
        for (size_t i = 0; k == 0 && x && i < arity && i < ERRS_MAX; i++) {
            if (!x->e[i]) continue;
            buf_addc(out, '\n');
            add_spaces(out, f->s + 2 + 3);
            /* further lines are indented to the text after "argument N: " */
            char head[40];
            int hl = snprintf(head, sizeof head, "*** argument %zu: ", i + 1);
            buf_adds(out, head);
            for (const char *t = x->e[i]; *t; t++) {
                buf_addc(out, *t);
                if (*t == '\n') add_spaces(out, f->s + 2 + 3 + hl);
            }
        }
        if (k == 0 && x && x->general) {
            buf_addc(out, '\n');
            add_spaces(out, f->s + 2 + 3);
            buf_printf(out, "*** %s", x->general);
        }
    }
    free(frames);
}

void trace_format_exception(Process *p, const TraceStyle *st, Term cls, Term reason, Term stack, Buf *out) {
    Fmt f = {p, st, p->vm->atoms, st->column > 1 ? st->column - 1 : 0};
    /* erl_error:analyze_exception */
    Term first = THE_NON_VALUE;
    Term rcell[3], fcell[3];
    if (!is_stacktrace(stack)) {
        reason = local_tuple2(rcell, reason, stack);
        stack = TERM_NIL;
    } else if (cls == T_ATOM(ERROR) && term_is_cons(stack)) {
        Term fr = term_hd(stack);
        Term aa = term_tuple_elem(fr, 3);
        if (reason == T_ATOM(FUNCTION_CLAUSE) && term_is_list(aa)) {
            first = fr;
            stack = term_tl(stack);
        } else if (reason == T_ATOM(FUNCTION_CLAUSE) && term_is_nil(term_tl(stack)) &&
                   atom_is(p->vm->atoms, term_tuple_elem(fr, 1), "shell") && term_is_small(aa)) {
            first = local_tuple2(fcell, term_tuple_elem(fr, 2), aa);
            stack = TERM_NIL;
        } else if (reason == T_ATOM(UNDEF)) {
            first = fr;
            stack = term_tl(stack);
        }
    }
    Errs x;
    bool have_x = extended_error(&f, reason, stack, &x);
    buf_adds(out, "exception ");
    print_atom(f.atoms, out, cls);
    buf_adds(out, ": ");
    if (have_x && x.explanation) buf_adds(out, x.explanation);
    else explain(&f, out, cls, reason, first);
    format_stack(&f, out, stack, have_x ? &x : NULL);
}

static void escript_style(Process *p, TraceStyle *st) {
    memset(st, 0, sizeof *st);
    st->column = 1;
    pretty_default_opts(&st->pretty);
    st->pretty.depth = 50;
    st->trim[0] = term_from_atom(atom_intern(p->vm->atoms, "erl_eval", 8));
    st->trim[1] = term_from_atom(atom_intern(p->vm->atoms, "escript", 7));
}

void trace_format(Process *p, Term cls, Term reason, Term trace, const char *prefix, Buf *out) {
    TraceStyle st;
    escript_style(p, &st);
    buf_adds(out, prefix);
    trace_format_exception(p, &st, cls, reason, trace, out);
    buf_addc(out, '\n');
}

void trace_shell_style(Process *p, int line_length, bool unicode, TraceStyle *st) {
    memset(st, 0, sizeof *st);
    st->column = 4;   /* after "** " */
    st->unicode = unicode;
    pretty_default_opts(&st->pretty);
    st->pretty.line_length = line_length;
    st->pretty.depth = 30;
    st->pretty.line_max_chars = 60;
    st->pretty.unicode = unicode;
    st->trim[0] = term_from_atom(atom_intern(p->vm->atoms, "erl_eval", 8));
    st->trim[1] = term_from_atom(atom_intern(p->vm->atoms, "shell", 5));
}

void trace_format_shell(Process *p, Term cls, Term reason, Term trace, int line_length, bool unicode, Buf *out) {
    TraceStyle st;
    trace_shell_style(p, line_length, unicode, &st);
    buf_adds(out, "** ");
    trace_format_exception(p, &st, cls, reason, trace, out);
    buf_addc(out, '\n');
}
