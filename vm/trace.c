/* trace.c — building stack traces at a raise, and printing an exception
 * the way OTP's erl_error does for escript and the shell. */
#include "trace.h"

#include <string.h>

#include "code.h"
#include "heap.h"
#include "pretty.h"
#include "print.h"
#include "vm.h"

static Term location(Process *p, CodeVersion *v, const Word *pc) {
    uint32_t line = code_line_of(v, pc);
    Term file = heap_tuple2(p, T_ATOM(FILE), v->file);
    if (!line) return heap_cons(p, file, TERM_NIL);
    Term ln = heap_tuple2(p, T_ATOM(LINE), term_from_small(line));
    return heap_cons(p, file, heap_cons(p, ln, TERM_NIL));
}

Term trace_build(Process *p, const Word *pc) {
    Vm *vm = p->vm;
    Term frames[TRACE_DEPTH];
    size_t n = 0;
    bool fclause = (p->exc_reason == T_ATOM(FUNCTION_CLAUSE) && !p->exc_bif) || p->exc_frame_args;
    if (p->exc_bif) {
        Export *e = p->exc_bif;
        Term loc = TERM_NIL;
        if (e->bif && e->module == T_ATOM(ERLANG)) {
            Term k = T_ATOM(MODULE), val = T_ATOM(ERL_ERTS_ERRORS);
            Term info = heap_tuple2(p, T_ATOM(ERROR_INFO), heap_map(p, &k, &val, 1));
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
    for (size_t i = p->nframes; i-- > 0 && n < TRACE_DEPTH;) {
        const Frame *f = &p->frames[i];
        if (frame_is_catch(f)) continue;
        fi = code_find_func(vm, frame_pc(f) - 1, &v);
        if (!fi) continue;
        frames[n++] = heap_tuple4(p, v->module, fi->name, term_from_small(fi->arity), location(p, v, frame_pc(f) - 1));
    }
    p->exc_frame_args = false;
    return heap_list(p, frames, n, TERM_NIL);
}

/* ---- formatting, after OTP's erl_error ---- */

static void pp(Process *p, Buf *out, Term t, int col) {
    PrettyOpts o;
    pretty_default_opts(&o);
    o.column = col + 1;
    pretty_print(p->vm->atoms, out, t, &o);
}

static void explain(Process *p, Term cls, Term reason, Buf *out, int col) {
    if (cls != T_ATOM(ERROR)) {
        pp(p, out, reason, col);
        return;
    }
    static const struct { uint32_t atom; const char *text; } simple[] = {
        {ATOM_BADARITH, "an error occurred when evaluating an arithmetic expression"},
        {ATOM_BADARG, "bad argument"},
        {ATOM_IF_CLAUSE, "no true branch found when evaluating an if expression"},
        {ATOM_NOPROC, "no such process or port"},
        {ATOM_SYSTEM_LIMIT, "a system limit has been reached"},
        {ATOM_TIMEOUT_VALUE, "bad receive timeout value"},
        {ATOM_FUNCTION_CLAUSE, "no function clause matching"},
        {ATOM_UNDEF, "undefined function"},
    };
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
        if (reason == term_from_atom(simple[i].atom)) {
            buf_adds(out, simple[i].text);
            return;
        }
    if (term_is_tuple(reason) && term_tuple_arity(reason) == 2) {
        Term tag = term_tuple_elem(reason, 1), val = term_tuple_elem(reason, 2);
        static const struct { uint32_t atom; const char *text; } tagged[] = {
            {ATOM_BADMATCH, "no match of right hand side value "},
            {ATOM_CASE_CLAUSE, "no case clause matching "},
            {ATOM_TRY_CLAUSE, "no try clause matching "},
            {ATOM_BADFUN, "bad function "},
            {ATOM_BADKEY, "bad key: "},
            {ATOM_BADMAP, "bad map: "},
        };
        for (size_t i = 0; i < sizeof tagged / sizeof tagged[0]; i++)
            if (tag == term_from_atom(tagged[i].atom)) {
                buf_adds(out, tagged[i].text);
                pp(p, out, val, col + (int)strlen(tagged[i].text));
                return;
            }
    }
    pp(p, out, reason, col);
}

static void mfa_text(Process *p, Buf *out, Term frame) {
    const AtomTable *a = p->vm->atoms;
    Term m = term_tuple_elem(frame, 1), f = term_tuple_elem(frame, 2), aa = term_tuple_elem(frame, 3);
    bool auto_imported = false;
    if (m == T_ATOM(ERLANG)) {
        size_t n = 0;
        for (Term l = aa; term_is_cons(l); l = term_tl(l)) n++;
        unsigned ar = term_is_small(aa) ? (unsigned)term_small(aa) : (unsigned)n;
        for (size_t i = 0; i < bif_count; i++)
            if (bif_table[i].arity == ar && (bif_table[i].flags & BF_AUTO) && strcmp(bif_table[i].module, "erlang") == 0) {
                size_t len;
                const char *nm = atom_name(a, term_atom(f), &len);
                if (strlen(bif_table[i].name) == len && memcmp(bif_table[i].name, nm, len) == 0) auto_imported = true;
            }
    }
    if (!auto_imported) {
        print_atom(a, out, m);
        buf_addc(out, ':');
    }
    print_atom(a, out, f);
    buf_addc(out, '/');
    if (term_is_small(aa)) {
        buf_printf(out, "%lld", (long long)term_small(aa));
    } else {
        size_t n = 0;
        for (Term l = aa; term_is_cons(l); l = term_tl(l)) n++;
        buf_printf(out, "%zu", n);
    }
    Term loc = term_tuple_elem(frame, 4);
    Term file = TERM_NIL, line = TERM_NIL;
    for (; term_is_cons(loc); loc = term_tl(loc)) {
        Term kv = term_hd(loc);
        if (!term_is_tuple(kv) || term_tuple_arity(kv) != 2) continue;
        if (term_tuple_elem(kv, 1) == T_ATOM(FILE)) file = term_tuple_elem(kv, 2);
        if (term_tuple_elem(kv, 1) == T_ATOM(LINE)) line = term_tuple_elem(kv, 2);
    }
    if (term_is_cons(file) && term_is_small(line)) {
        buf_adds(out, " (");
        for (Term l = file; term_is_cons(l); l = term_tl(l))
            if (term_is_small(term_hd(l))) print_utf8(out, (uint32_t)term_small(term_hd(l)));
        buf_printf(out, ", line %lld)", (long long)term_small(line));
    }
}

static void call_text(Process *p, Buf *out, Term frame) {
    const AtomTable *a = p->vm->atoms;
    Term m = term_tuple_elem(frame, 1), f = term_tuple_elem(frame, 2), args = term_tuple_elem(frame, 3);
    if (m != T_ATOM(ERLANG)) {
        print_atom(a, out, m);
        buf_addc(out, ':');
    }
    print_atom(a, out, f);
    buf_addc(out, '(');
    for (Term l = args; term_is_cons(l); l = term_tl(l)) {
        print_term(a, out, term_hd(l), -1);
        if (term_is_cons(term_tl(l))) buf_addc(out, ',');
    }
    buf_addc(out, ')');
}

/* "in operator  div/2 / called as 10 div 0" for an erlang operator frame */
static bool operator_frame(Process *p, Buf *out, Term fr) {
    static const char *const ops[] = {"+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr",
                                      "bnot", "not", "and", "or", "xor", "==", "/=", "=:=", "=/=", "<", "=<",
                                      ">", ">=", "++", "--", "!"};
    Term args = term_tuple_elem(fr, 3);
    if (term_tuple_elem(fr, 1) != T_ATOM(ERLANG) || !term_is_list(args)) return false;
    size_t len;
    const char *name = atom_name(p->vm->atoms, term_atom(term_tuple_elem(fr, 2)), &len);
    bool is_op = false;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strlen(ops[i]) == len && memcmp(ops[i], name, len) == 0) is_op = true;
    size_t n = 0;
    for (Term l = args; term_is_cons(l); l = term_tl(l)) n++;
    if (!is_op || n < 1 || n > 2) return false;
    bool quote = len == 1 && name[0] == '/';
    buf_printf(out, "  in operator  %s%.*s%s/%zu\n     called as ", quote ? "'" : "", (int)len, name, quote ? "'" : "", n);
    if (n == 1) {
        buf_printf(out, "%.*s ", (int)len, name);
        print_term(p->vm->atoms, out, term_hd(args), -1);
    } else {
        print_term(p->vm->atoms, out, term_hd(args), -1);
        buf_printf(out, " %.*s ", (int)len, name);
        print_term(p->vm->atoms, out, term_hd(term_tl(args)), -1);
    }
    buf_addc(out, '\n');
    return true;
}

void trace_format(Process *p, Term cls, Term reason, Term trace, const char *prefix, Buf *out) {
    size_t start = out->len;
    buf_adds(out, prefix);
    buf_adds(out, "exception ");
    print_atom(p->vm->atoms, out, cls);
    buf_adds(out, ": ");
    int col = (int)(out->len - start);
    Term first = term_is_cons(trace) ? term_hd(trace) : TERM_NIL;
    bool first_ok = term_is_tuple(first) && term_tuple_arity(first) == 4;
    if (cls == T_ATOM(ERROR) && reason == T_ATOM(UNDEF) && first_ok) {
        /* the first frame is the missing function itself */
        buf_adds(out, "undefined function ");
        Term m = term_tuple_elem(first, 1), f = term_tuple_elem(first, 2), aa = term_tuple_elem(first, 3);
        print_atom(p->vm->atoms, out, m);
        buf_addc(out, ':');
        print_atom(p->vm->atoms, out, f);
        size_t n = 0;
        for (Term l = aa; term_is_cons(l); l = term_tl(l)) n++;
        buf_printf(out, "/%zu\n", term_is_small(aa) ? (size_t)term_small(aa) : n);
        trace = term_tl(trace);
    } else if (cls == T_ATOM(ERROR) && reason == T_ATOM(FUNCTION_CLAUSE) && first_ok && term_is_list(term_tuple_elem(first, 3))) {
        buf_adds(out, "no function clause matching ");
        call_text(p, out, first);
        Buf tmp = {0};
        mfa_text(p, &tmp, first);
        const char *paren = tmp.data ? strstr(tmp.data, " (") : NULL;
        if (paren) buf_adds(out, paren);
        buf_free(&tmp);
        buf_addc(out, '\n');
        trace = term_tl(trace);
    } else {
        explain(p, cls, reason, out, col);
        buf_addc(out, '\n');
    }
    bool first_frame = true;
    for (Term l = trace; term_is_cons(l); l = term_tl(l)) {
        Term fr = term_hd(l);
        if (!term_is_tuple(fr) || term_tuple_arity(fr) != 4) continue;
        if (first_frame && operator_frame(p, out, fr)) {
            first_frame = false;
            continue;
        }
        buf_adds(out, first_frame ? "  in function  " : "  in call from ");
        mfa_text(p, out, fr);
        buf_addc(out, '\n');
        if (first_frame && term_is_list(term_tuple_elem(fr, 3))) {
            buf_adds(out, "     called as ");
            call_text(p, out, fr);
            buf_addc(out, '\n');
        }
        first_frame = false;
    }
}
