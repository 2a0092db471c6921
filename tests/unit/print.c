/* tests/unit/print.c — unit tests for the term printers: ~w (print.c),
 * ~p layout (pretty.c) and io_lib:format (format.c).
 *
 * Every expectation was produced by Erlang/OTP 25 (`erl -noshell`):
 *   - pretty_cases: the generator pgen.erl (kept in the comment at the end
 *     of this file) prints, for fixed and seeded random terms T:
 *       'p' Ll Col: io_lib:format("~p") (Col 9: "Result: ~p" minus the
 *                   prefix; Ll 40: "~40p")
 *       'S':        io_lib_pretty:print(T, [{column,1},{line_length,80},
 *                   {depth,30},{line_max_chars,60},{strings,true}])
 *       'P' D:      io_lib:format("~P", [T, D]);  'W' D: "~W";  'w': "~w"
 *   - format_cases: fgen.erl (same comment) prints io_lib:format(F, A)
 *     for each case, or NULL when it raises badarg.
 * Terms are written in ~w syntax and read back by the small parser below.
 *
 * Build alone (before the float/bignum/code modules exist) with
 *   gcc -DPRINT_STANDALONE -Ivm tests/unit/print.c vm/print.c vm/pretty.c
 *       vm/format.c vm/atom.c vm/heap.c -lm
 * which compiles in the stubs below; the Makefile build links the real VM.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "buf.h"
#include "format.h"
#include "heap.h"
#include "pretty.h"
#include "print.h"
#include "process.h"
#include "vm.h"

#ifdef PRINT_STANDALONE
#include "code.h"
#include "compare.h"

/* Shortest round-trip float text with OTP's fixed/scientific choice. */
void flt_short(double d, Buf *out) {
    if (d == 0) { buf_adds(out, signbit(d) ? "-0.0" : "0.0"); return; }
    if (d < 0) { buf_addc(out, '-'); d = -d; }
    char tmp[64], digs[32];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        if (strtod(tmp, NULL) == d) break;
    }
    int n = 0;
    char *s = tmp;
    for (; *s != 'e'; s++) if (*s >= '0' && *s <= '9') digs[n++] = *s;
    while (n > 1 && digs[n - 1] == '0') n--;
    digs[n] = 0;
    int x = atoi(s + 1), e = x - (n - 1);
    int fixed = n == 1 ? (e >= -4 && e <= 2) : x >= 10 ? (e >= -(n + 2) && e <= 2) : (e >= -(n + 2) && e <= 1);
    if (!fixed) {
        buf_addc(out, digs[0]);
        buf_addc(out, '.');
        buf_adds(out, n > 1 ? digs + 1 : "0");
        buf_printf(out, "e%d", x);
    } else if (e >= 0) {
        buf_adds(out, digs);
        for (int i = 0; i < e; i++) buf_addc(out, '0');
        buf_adds(out, ".0");
    } else if (n + e > 0) {
        buf_add(out, digs, (size_t)(n + e));
        buf_addc(out, '.');
        buf_adds(out, digs + n + e);
    } else {
        buf_adds(out, "0.");
        for (int i = 0; i < -(n + e); i++) buf_addc(out, '0');
        buf_adds(out, digs);
    }
}

void big_to_text(Term t, int base, Buf *out) {
    uint64_t m = term_box_ptr(t)[1];
    char tmp[72];
    int n = 0;
    do { unsigned d = (unsigned)(m % (unsigned)base); tmp[n++] = (char)(d < 10 ? '0' + d : 'A' + d - 10); m /= (unsigned)base; } while (m);
    if (term_boxed_sub(t) == SUB_NEGBIG) buf_addc(out, '-');
    while (n) buf_addc(out, tmp[--n]);
}

Term code_fun_module(Term fun) { (void)fun; return T_ATOM(ERLANG); }
uint32_t code_fun_index(Term fun) { (void)fun; return 0; }
uint32_t code_fun_uniq(Term fun) { (void)fun; return 12345; }
unsigned code_fun_arity(Term fun) { (void)fun; return 0; }
Term proc_raise(Process *p, uint32_t class_atom, Term reason) {
    p->exc_class = term_from_atom(class_atom);
    p->exc_reason = reason;
    return THE_NON_VALUE;
}
void vm_output(Vm *vm, const void *data, size_t len) { (void)vm; fwrite(data, 1, len, stdout); }

static int rank(Term t) {
    if (term_is_number(t)) return 0;
    if (term_is_atom(t)) return 1;
    if (term_is_ref(t)) return 2;
    if (term_is_fun(t)) return 3;
    if (term_is_pid(t)) return 5;
    if (term_is_tuple(t)) return 6;
    if (term_is_map(t)) return 7;
    if (term_is_nil(t)) return 8;
    if (term_is_cons(t)) return 9;
    return 10;
}
static const AtomTable *cmp_atoms;
int term_compare_exact(const AtomTable *atoms, Term a, Term b) {
    int ra = rank(a), rb = rank(b);
    if (ra != rb) return ra < rb ? -1 : 1;
    switch (ra) {
    case 0: {
        double x = term_is_small(a) ? (double)term_small(a) : term_is_float(a) ? term_float(a) : 1e30;
        double y = term_is_small(b) ? (double)term_small(b) : term_is_float(b) ? term_float(b) : 1e30;
        if (x != y) return x < y ? -1 : 1;
        return term_is_float(a) - term_is_float(b);
    }
    case 1: {
        size_t la, lb;
        const char *na = atom_name(atoms ? atoms : cmp_atoms, term_atom(a), &la);
        const char *nb = atom_name(atoms ? atoms : cmp_atoms, term_atom(b), &lb);
        int c = memcmp(na, nb, la < lb ? la : lb);
        return c ? c : (la > lb) - (la < lb);
    }
    case 6: {
        size_t na = term_tuple_arity(a), nb = term_tuple_arity(b);
        if (na != nb) return na < nb ? -1 : 1;
        for (size_t i = 1; i <= na; i++) {
            int c = term_compare_exact(atoms, term_tuple_elem(a, i), term_tuple_elem(b, i));
            if (c) return c;
        }
        return 0;
    }
    case 9:
        while (term_is_cons(a) && term_is_cons(b)) {
            int c = term_compare_exact(atoms, term_hd(a), term_hd(b));
            if (c) return c;
            a = term_tl(a);
            b = term_tl(b);
        }
        return term_compare_exact(atoms, a, b);
    case 10: {
        BitView x = term_bits(a), y = term_bits(b);
        size_t n = (x.bits < y.bits ? x.bits : y.bits) / 8;
        int c = memcmp(x.data, y.data, n);
        return c ? c : (x.bits > y.bits) - (x.bits < y.bits);
    }
    default: return 0;
    }
}
int term_compare(const AtomTable *atoms, Term a, Term b) { return term_compare_exact(atoms, a, b); }
#endif

/* ---- a reader for ~w text --------------------------------------------- */

typedef struct Reader { Process *p; const char *s; int err; } Reader;

static void skip(Reader *r) { while (*r->s == ' ' || *r->s == '\n') r->s++; }
static int eat(Reader *r, const char *tok) {
    skip(r);
    size_t n = strlen(tok);
    if (strncmp(r->s, tok, n) == 0) { r->s += n; return 1; }
    return 0;
}

static Term read_term(Reader *r);

static uint32_t read_escape(Reader *r) {
    char c = *r->s++;
    switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'v': return '\v';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'e': return 27;
    case 'd': return 127;
    case 'x': {
        r->s++;   /* { */
        uint32_t v = (uint32_t)strtoul(r->s, (char **)&r->s, 16);
        r->s++;   /* } */
        return v;
    }
    default:
        if (c >= '0' && c <= '7') {
            uint32_t v = (uint32_t)(c - '0');
            for (int i = 0; i < 2 && *r->s >= '0' && *r->s <= '7'; i++) v = v * 8 + (uint32_t)(*r->s++ - '0');
            return v;
        }
        return (uint32_t)(unsigned char)c;
    }
}

static Term read_term(Reader *r) {
    Process *p = r->p;
    skip(r);
    const char *s = r->s;
    if (eat(r, "[")) {
        if (eat(r, "]")) return TERM_NIL;
        Term elems[512];
        size_t n = 0;
        Term tail = TERM_NIL;
        do { if (n < 512) elems[n++] = read_term(r); } while (eat(r, ","));
        if (eat(r, "|")) tail = read_term(r);
        if (!eat(r, "]")) r->err = 1;
        return heap_list(p, elems, n, tail);
    }
    if (eat(r, "{")) {
        Term elems[64];
        size_t n = 0;
        if (!eat(r, "}")) {
            do { if (n < 64) elems[n++] = read_term(r); } while (eat(r, ","));
            if (!eat(r, "}")) r->err = 1;
        }
        Term t = heap_tuple(p, n);
        for (size_t i = 0; i < n; i++) term_tuple_elems(t)[i] = elems[i];
        return t;
    }
    if (eat(r, "#{")) {
        Term ks[64], vs[64];
        size_t n = 0;
        if (!eat(r, "}")) {
            do {
                ks[n] = read_term(r);
                if (!eat(r, "=>")) r->err = 1;
                vs[n] = read_term(r);
                if (n < 63) n++;
            } while (eat(r, ","));
            if (!eat(r, "}")) r->err = 1;
        }
        return heap_map(p, ks, vs, n);
    }
    if (eat(r, "<<")) {
        uint8_t bytes[1024] = {0};
        size_t bits = 0;
        if (!eat(r, ">>")) {
            do {
                skip(r);
                long v = strtol(r->s, (char **)&r->s, 10);
                long size = 8;
                if (*r->s == ':') { r->s++; size = strtol(r->s, (char **)&r->s, 10); }
                for (long k = size - 1; k >= 0 && bits < 8 * sizeof bytes; k--, bits++)
                    if ((v >> k) & 1) bytes[bits / 8] |= (uint8_t)(0x80 >> (bits % 8));
            } while (eat(r, ","));
            if (!eat(r, ">>")) r->err = 1;
        }
        return heap_bitstring(p, bytes, bits);
    }
    if (*s == '"') {
        r->s++;
        Term cs[1024];
        size_t n = 0;
        while (*r->s && *r->s != '"') {
            uint32_t c;
            if (*r->s == '\\') { r->s++; c = read_escape(r); }
            else { size_t i = 0; c = print_utf8_next(r->s, strlen(r->s), &i); r->s += i; }
            if (n < 1024) cs[n++] = term_from_small(c);
        }
        r->s++;
        return heap_list(p, cs, n, TERM_NIL);
    }
    if (*s == '\'' || (*s >= 'a' && *s <= 'z') || (unsigned char)*s >= 0x80) {
        Buf name = {0};
        if (*s == '\'') {
            r->s++;
            while (*r->s && *r->s != '\'') {
                if (*r->s == '\\') { r->s++; print_utf8(&name, read_escape(r)); }
                else buf_addc(&name, *r->s++);
            }
            r->s++;
        } else {
            while ((*r->s >= 'a' && *r->s <= 'z') || (*r->s >= 'A' && *r->s <= 'Z') ||
                   (*r->s >= '0' && *r->s <= '9') || *r->s == '_' || *r->s == '@' || (unsigned char)*r->s >= 0x80)
                buf_addc(&name, *r->s++);
        }
        uint32_t a = atom_intern(p->vm->atoms, name.data ? name.data : "", name.len);
        buf_free(&name);
        return term_from_atom(a);
    }
    if (*s == '-' || (*s >= '0' && *s <= '9')) {
        const char *q = s + 1;
        while (*q >= '0' && *q <= '9') q++;
        if (*q == '.' || *q == 'e') {
            double d = strtod(s, (char **)&r->s);
            return heap_float(p, d);
        }
        long long v = strtoll(s, (char **)&r->s, 10);
        return heap_int(p, v);
    }
    r->err = 1;
    r->s++;
    return TERM_NIL;
}

static Term parse(Process *p, const char *text) {
    Reader r = {p, text, 0};
    Term t = read_term(&r);
    skip(&r);
    if (r.err || *r.s) { fprintf(stderr, "bad test term: %s\n", text); exit(2); }
    return t;
}

/* ---- cases ---------------------------------------------------------- */

typedef struct PrettyCase { char mode; int a, b; const char *term, *expect; } PrettyCase;
typedef struct FormatCase { const char *fmt, *args, *expect; } FormatCase;

static const PrettyCase pretty_cases[] = {
    {'p', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30]"},
    {'S', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n 23,24,25,26,27,28,29|...]"},
    {'p', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30,31,32,33,34,35,36,37,38,39,40]"},
    {'S', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n 23,24,25,26,27,28,29|...]"},
    {'p', 80, 1, "[{item,1,[110,97,109,101]},{item,2,[110,97,109,101]},{item,3,[110,97,109,101]},{item,4,[110,97,109,101]},{item,5,[110,97,109,101]},{item,6,[110,97,109,101]},{item,7,[110,97,109,101]},{item,8,[110,97,109,101]}]",
     "[{item,1,\"name\"},\n {item,2,\"name\"},\n {item,3,\"name\"},\n {item,4,\"name\"},\n {item,5,\"name\"},\n {item,6,\"name\"},\n {item,7,\"name\"},\n {item,8,\"name\"}]"},
    {'S', 80, 1, "[{item,1,[110,97,109,101]},{item,2,[110,97,109,101]},{item,3,[110,97,109,101]},{item,4,[110,97,109,101]},{item,5,[110,97,109,101]},{item,6,[110,97,109,101]},{item,7,[110,97,109,101]},{item,8,[110,97,109,101]}]",
     "[{item,1,\"name\"},\n {item,2,\"name\"},\n {item,3,\"name\"},\n {item,4,\"name\"},\n {item,5,\"name\"},\n {item,6,\"name\"},\n {item,7,\"name\"},\n {item,8,\"name\"}]"},
    {'p', 80, 1, "{state,[{users,[alice,bob,carol,dave,eve]},{config,#{mode => fast,retries => 3,timeout => 5000}}],{counters,1,2,3}}",
     "{state,[{users,[alice,bob,carol,dave,eve]},\n        {config,#{mode => fast,retries => 3,timeout => 5000}}],\n       {counters,1,2,3}}"},
    {'S', 80, 1, "{state,[{users,[alice,bob,carol,dave,eve]},{config,#{mode => fast,retries => 3,timeout => 5000}}],{counters,1,2,3}}",
     "{state,[{users,[alice,bob,carol,dave,eve]},\n        {config,#{mode => fast,retries => 3,timeout => 5000}}],\n       {counters,1,2,3}}"},
    {'p', 80, 1, "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}",
     "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,key4 => 4,\n  key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}"},
    {'S', 80, 1, "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}",
     "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,\n  key3 => 3,key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,\n  key9 => 9}"},
    {'p', 80, 1, "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60>>",
     "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n  29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,\n  54,55,56,57,58,59,60>>"},
    {'S', 80, 1, "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60>>",
     "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,\n  22,23,24,25,26,27,28,29,...>>"},
    {'p', 80, 1, "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]}",
     "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,\n     28,29,30]}"},
    {'S', 80, 1, "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]}",
     "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,\n     22,23,24,25,26,27|...]}"},
    {'p', 80, 1, "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}}}}}}}}",
     "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,\n                         21,22,23,24,25]}}}}}}}}"},
    {'S', 80, 1, "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}}}}}}}}",
     "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,\n                         13|...]}}}}}}}}"},
    {'p', 80, 1, "[{name,[87,105,100,103,101,116]},{price,19.99},{qty,100},{tags,[red,blue,green]},{sku,<<83,75,85,45,48,48,48,49>>}]",
     "[{name,\"Widget\"},\n {price,19.99},\n {qty,100},\n {tags,[red,blue,green]},\n {sku,<<\"SKU-0001\">>}]"},
    {'S', 80, 1, "[{name,[87,105,100,103,101,116]},{price,19.99},{qty,100},{tags,[red,blue,green]},{sku,<<83,75,85,45,48,48,48,49>>}]",
     "[{name,\"Widget\"},\n {price,19.99},\n {qty,100},\n {tags,[red,blue,green]},\n {sku,<<\"SKU-0001\">>}]"},
    {'p', 80, 1, "{a_very_long_tag_name_for_testing_indentation_behaviour,[one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}",
     "{a_very_long_tag_name_for_testing_indentation_behaviour,\n    [one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}"},
    {'S', 80, 1, "{a_very_long_tag_name_for_testing_indentation_behaviour,[one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}",
     "{a_very_long_tag_name_for_testing_indentation_behaviour,\n    [one,two,three,four,five,six,seven,eight,nine,ten,eleven,\n     twelve]}"},
    {'p', 80, 1, "{tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,[alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}}",
     "{tag,\n    {another_long_inner_tag_name_here,\n        {yet_another_deeply_nested_tag,\n            [alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}}"},
    {'S', 80, 1, "{tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,[alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}}",
     "{tag,\n    {another_long_inner_tag_name_here,\n        {yet_another_deeply_nested_tag,\n            [alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,\n             kappa]}}}"},
    {'p', 80, 1, "#{config => #{cache => #{ttl => 3600},db => #{host => [108,111,99,97,108,104,111,115,116],password => [115,101,99,114,101,116],port => 5432,user => [97,100,109,105,110]}}}",
     "#{config =>\n      #{cache => #{ttl => 3600},\n        db =>\n            #{host => \"localhost\",password => \"secret\",port => 5432,\n              user => \"admin\"}}}"},
    {'S', 80, 1, "#{config => #{cache => #{ttl => 3600},db => #{host => [108,111,99,97,108,104,111,115,116],password => [115,101,99,114,101,116],port => 5432,user => [97,100,109,105,110]}}}",
     "#{config =>\n      #{cache => #{ttl => 3600},\n        db =>\n            #{host => \"localhost\",password => \"secret\",port => 5432,\n              user => \"admin\"}}}"},
    {'p', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,{a,b},21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,\n {a,b},\n 21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]"},
    {'S', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,{a,b},21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,\n {a,b},\n 21,22,23,24,25,26,27,28|...]"},
    {'p', 80, 1, "[<<1,2>>,<<97,98>>,[],{},[115,116,114],1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]",
     "[<<1,2>>,\n <<\"ab\">>,[],{},\"str\",1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,\n 22,23,24,25]"},
    {'S', 80, 1, "[<<1,2>>,<<97,98>>,[],{},[115,116,114],1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]",
     "[<<1,2>>,\n <<\"ab\">>,[],{},\"str\",1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,\n 17,18,19,20,21,22,23,24|...]"},
    {'p', 80, 1, "{ok,[97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]}",
     "{ok,\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}"},
    {'S', 80, 1, "{ok,[97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]}",
     "{ok,\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}"},
    {'p', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,\n 54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,\n 79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]"},
    {'S', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n 23,24,25,26,27,28,29|...]"},
    {'p', 80, 1, "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32}",
     "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30,31,32}"},
    {'S', 80, 1, "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32}",
     "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n 23,24,25,26,27,28,29,...}"},
    {'p', 80, 1, "#{name => [87,105,100,103,101,116],price => 19.99,qty => 100,tags => [red,blue]}",
     "#{name => \"Widget\",price => 19.99,qty => 100,tags => [red,blue]}"},
    {'S', 80, 1, "#{name => [87,105,100,103,101,116],price => 19.99,qty => 100,tags => [red,blue]}",
     "#{name => \"Widget\",price => 19.99,qty => 100,\n  tags => [red,blue]}"},
    {'p', 80, 1, "{state,[alice,bob,carol],#{timeout => 5000},{counters,1,2,3},[97,32,108,111,110,103,32,115,116,114,105,110,103,32,104,101,114,101]}",
     "{state,[alice,bob,carol],\n       #{timeout => 5000},\n       {counters,1,2,3},\n       \"a long string here\"}"},
    {'S', 80, 1, "{state,[alice,bob,carol],#{timeout => 5000},{counters,1,2,3},[97,32,108,111,110,103,32,115,116,114,105,110,103,32,104,101,114,101]}",
     "{state,[alice,bob,carol],\n       #{timeout => 5000},\n       {counters,1,2,3},\n       \"a long string here\"}"},
    {'p', 80, 1, "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}",
     "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,\n           26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}"},
    {'S', 80, 1, "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}",
     "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,\n           20,21,22,23,24,25,26,27|...]}"},
    {'p', 80, 1, "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},[{erl_eval,do_apply,7,[{file,[101,114,108,95,101,118,97,108,46,101,114,108]},{line,742}]}]}",
     "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,\n            26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},\n [{erl_eval,do_apply,7,[{file,\"erl_eval.erl\"},{line,742}]}]}"},
    {'S', 80, 1, "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},[{erl_eval,do_apply,7,[{file,[101,114,108,95,101,118,97,108,46,101,114,108]},{line,742}]}]}",
     "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,\n            20,21,22,23,24,25,26|...]},\n [{erl_eval,do_apply,7,[{file,\"erl_eval.erl\"},{line,742}]}]}"},
    {'p', 80, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120>>",
     "<<\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\">>"},
    {'S', 80, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120>>",
     "<<\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"...>>"},
    {'p', 80, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,1,2,3>>",
     "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,\n  120,120,120,120,120,120,120,120,120,120,120,1,2,3>>"},
    {'S', 80, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,1,2,3>>",
     "<<\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"...>>"},
    {'p', 80, 1, "[[1,2,3,4,5,6,7,8,9,10]|improper_tail_atom_that_is_long_enough_to_matter_here_ok]",
     "[[1,2,3,4,5,6,7,8,9,10]|\n improper_tail_atom_that_is_long_enough_to_matter_here_ok]"},
    {'S', 80, 1, "[[1,2,3,4,5,6,7,8,9,10]|improper_tail_atom_that_is_long_enough_to_matter_here_ok]",
     "[[1,2,3,4,5,6,7,8,9,10]|\n improper_tail_atom_that_is_long_enough_to_matter_here_ok]"},
    {'p', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|2]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|2]"},
    {'S', 80, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|2]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n 23,24,25,1|2]"},
    {'p', 80, 1, "[a|b]",
     "[a|b]"},
    {'S', 80, 1, "[a|b]",
     "[a|b]"},
    {'p', 80, 1, "[97,98,99,10,9,27]",
     "\"abc\\n\\t\\e\""},
    {'S', 80, 1, "[97,98,99,10,9,27]",
     "\"abc\\n\\t\\e\""},
    {'p', 80, 1, "[7,8,9]",
     "[7,8,9]"},
    {'S', 80, 1, "[7,8,9]",
     "[7,8,9]"},
    {'p', 80, 1, "[200,255,160]",
     "\"\303\210\303\277\302\240\""},
    {'S', 80, 1, "[200,255,160]",
     "\"\303\210\303\277\302\240\""},
    {'p', 80, 1, "'a\\'b'",
     "'a\\'b'"},
    {'S', 80, 1, "'a\\'b'",
     "'a\\'b'"},
    {'p', 80, 1, "[92,34]",
     "\"\\\\\\\"\""},
    {'S', 80, 1, "[92,34]",
     "\"\\\\\\\"\""},
    {'p', 80, 1, "<<97,98,0>>",
     "<<97,98,0>>"},
    {'S', 80, 1, "<<97,98,0>>",
     "<<97,98,0>>"},
    {'p', 80, 1, "<<255,1:3>>",
     "<<255,1:3>>"},
    {'S', 80, 1, "<<255,1:3>>",
     "<<255,1:3>>"},
    {'p', 80, 1, "<<1:1>>",
     "<<1:1>>"},
    {'S', 80, 1, "<<1:1>>",
     "<<1:1>>"},
    {'p', 80, 1, "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},{shell,eval,3,[{file,[115,104,101,108,108,46,101,114,108]},{line,100}]}]}}",
     "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},\n                {shell,eval,3,[{file,\"shell.erl\"},{line,100}]}]}}"},
    {'S', 80, 1, "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},{shell,eval,3,[{file,[115,104,101,108,108,46,101,114,108]},{line,100}]}]}}",
     "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},\n                {shell,eval,3,[{file,\"shell.erl\"},{line,100}]}]}}"},
    {'p', 80, 1, "[#{a => [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]},#{[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30] => a}]",
     "[#{a =>\n       [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,\n        27,28,29,30]},\n #{[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,\n    28,29,30] =>\n       a}]"},
    {'S', 80, 1, "[#{a => [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]},#{[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30] => a}]",
     "[#{a =>\n       [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n        23,24,25,26,27|...]},\n #{[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n    23,24,25,26|...] =>\n       a}]"},
    {'p', 80, 1, "#{1.5 => x,{x,y} => [1,2],[1,2,3] => {a,b},[115,116,114] => <<98,105,110>>}",
     "#{1.5 => x,{x,y} => [1,2],[1,2,3] => {a,b},\"str\" => <<\"bin\">>}"},
    {'S', 80, 1, "#{1.5 => x,{x,y} => [1,2],[1,2,3] => {a,b},[115,116,114] => <<98,105,110>>}",
     "#{1.5 => x,\n  {x,y} => [1,2],\n  [1,2,3] => {a,b},\n  \"str\" => <<\"bin\">>}"},
    {'p', 80, 1, "{a,#{key => [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40],other => {tuple,with,some,atoms,inside,it,ok}}}",
     "{a,#{key =>\n         [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,\n          26,27,28,29,30,31,32,33,34,35,36,37,38,39,40],\n     other => {tuple,with,some,atoms,inside,it,ok}}}"},
    {'S', 80, 1, "{a,#{key => [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40],other => {tuple,with,some,atoms,inside,it,ok}}}",
     "{a,#{key =>\n         [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n          23,24,25,26|...],\n     other => {tuple,with,some,atoms,inside,it,ok}}}"},
    {'p', 80, 1, "#{45 => -123}",
     "#{45 => -123}"},
    {'S', 80, 1, "#{45 => -123}",
     "#{45 => -123}"},
    {'p', 80, 1, "[209,65476423,alpha,72542992]",
     "[209,65476423,alpha,72542992]"},
    {'S', 80, 1, "[209,65476423,alpha,72542992]",
     "[209,65476423,alpha,72542992]"},
    {'p', 80, 1, "#{6 => <<108,119,102,117,104,105>>,15 => -485,23 => [118,111,32,46,109,121],30 => [],39 => 94914001}",
     "#{6 => <<\"lwfuhi\">>,15 => -485,23 => \"vo .my\",30 => [],39 => 94914001}"},
    {'S', 80, 1, "#{6 => <<108,119,102,117,104,105>>,15 => -485,23 => [118,111,32,46,109,121],30 => [],39 => 94914001}",
     "#{6 => <<\"lwfuhi\">>,15 => -485,23 => \"vo .my\",30 => [],\n  39 => 94914001}"},
    {'p', 80, 1, "[106,97,113,32,114]",
     "\"jaq r\""},
    {'S', 80, 1, "[106,97,113,32,114]",
     "\"jaq r\""},
    {'p', 80, 1, "[#{false => 465},['if','if',[111,115],undefined_function]]",
     "[#{false => 465},['if','if',\"os\",undefined_function]]"},
    {'S', 80, 1, "[#{false => 465},['if','if',[111,115],undefined_function]]",
     "[#{false => 465},['if','if',\"os\",undefined_function]]"},
    {'p', 80, 1, "[[19.99,{},686,-182,y,name],[101,97,112,106,109,95,102,115,111,115,114,46,111,101,114,32,103,109,99,121,113,112,119,101,105,97,116,121,98,46,102,97,105,120,105,105,116,117,114,122,100,117,115,101,116,115,45,99,100,97,118,108,112,100,102,111,112,32,107,114,116,115,100,122,111,120,103,119,115,101,111,116,113,112,95,122,45],<<231,5:3>>]",
     "[[19.99,{},686,-182,y,name],\n \"eapjm_fsosr.oer gmcyqpweiatyb.faixiiturzdusets-cdavlpdfop krtsdzoxgwseotqp_z-\",\n <<231,5:3>>]"},
    {'S', 80, 1, "[[19.99,{},686,-182,y,name],[101,97,112,106,109,95,102,115,111,115,114,46,111,101,114,32,103,109,99,121,113,112,119,101,105,97,116,121,98,46,102,97,105,120,105,105,116,117,114,122,100,117,115,101,116,115,45,99,100,97,118,108,112,100,102,111,112,32,107,114,116,115,100,122,111,120,103,119,115,101,111,116,113,112,95,122,45],<<231,5:3>>]",
     "[[19.99,{},686,-182,y,name],\n \"eapjm_fsosr.oer gmcyqpweiatyb.faixiiturzdusets-cdavlpdfop krtsdzoxgwseotqp_z-\",\n <<231,5:3>>]"},
    {'p', 80, 1, "[{a_very_long_tag_name_for_testing_indentation_behaviour,bar,#{},<<>>},{true,100.0,-403,''},[4,[],-429,121,45,117,100],gamma]",
     "[{a_very_long_tag_name_for_testing_indentation_behaviour,bar,#{},<<>>},\n {true,100.0,-403,''},\n [4,[],-429,121,45,117,100],\n gamma]"},
    {'S', 80, 1, "[{a_very_long_tag_name_for_testing_indentation_behaviour,bar,#{},<<>>},{true,100.0,-403,''},[4,[],-429,121,45,117,100],gamma]",
     "[{a_very_long_tag_name_for_testing_indentation_behaviour,\n     bar,#{},<<>>},\n {true,100.0,-403,''},\n [4,[],-429,121,45,117,100],\n gamma]"},
    {'p', 80, 1, "['if',<<111,115,103,104,119,109,110,106,121>>,590,{},false,{},3.14,'Quoted',#{},912,-93,1246055,733]",
     "['if',<<\"osghwmnjy\">>,590,{},false,{},3.14,'Quoted',#{},912,-93,1246055,733]"},
    {'S', 80, 1, "['if',<<111,115,103,104,119,109,110,106,121>>,590,{},false,{},3.14,'Quoted',#{},912,-93,1246055,733]",
     "['if',<<\"osghwmnjy\">>,590,{},false,{},3.14,'Quoted',#{},912,\n -93,1246055,733]"},
    {'p', 80, 1, "<<154,24,74,81,150,223,249,240,201,110,92,254,171,29,240,199,46>>",
     "<<154,24,74,81,150,223,249,240,201,110,92,254,171,29,240,199,46>>"},
    {'S', 80, 1, "<<154,24,74,81,150,223,249,240,201,110,92,254,171,29,240,199,46>>",
     "<<154,24,74,81,150,223,249,240,201,110,92,254,171,29,240,\n  199,46>>"},
    {'p', 80, 1, "#{9 => -369,19 => <<>>,26 => 97397636,33 => {},37 => bar,45 => 67543610}",
     "#{9 => -369,19 => <<>>,26 => 97397636,33 => {},37 => bar,45 => 67543610}"},
    {'S', 80, 1, "#{9 => -369,19 => <<>>,26 => 97397636,33 => {},37 => bar,45 => 67543610}",
     "#{9 => -369,19 => <<>>,26 => 97397636,33 => {},37 => bar,\n  45 => 67543610}"},
    {'p', 80, 1, "{#{13 => bar,16 => -154,24 => [121,114,107,105,115,98,103,104,103,103],25 => 65,27 => 534,28 => price,45 => -343,48 => -0.25},{undefined,<<96,79,130,61,27,5:3>>,#{'Quoted' => [15215502,214,906437,989|3.14],qty => {sku,[sku,users]},state => [<<120,122,118,105,107,121,32,114,114,111>>,<<105>>,-347|19.99],z => ['Quoted',83227326,438,x,'',-290,83,a_very_long_tag_name_for_testing_indentation_behaviour,-387,config,<<122,97,97,97,98,100,46,104,46,115>>,[97,121,97,100,100,95,95,122],[107,109],[113,101,106,46,46,121,45,97,110,104,32,119],<<110,46>>,100.0,456,390,1.5,[95,46,101,119,118,102,116],<<45,118,32,111,46,95,97,107,109>>,<<112,108,103,100,100,121,95,101>>]},[#{},[98,104,121,107,95,105,115,108,32],undefined,gamma|sku]},[194179,-441,512,'with space'|#{}],{#{'if' => <<242,59,99,78,5:3>>,noreply => {a_very_long_tag_name_for_testing_indentation_behaviour,53755306,38741752,-376},qty => #{4 => -29,7 => <<>>,14 => -0.25,15 => error,38 => '[]'},sku => {<<122,116,113>>,[105,106,109,97,113,45],96575056,505,100.0}},<<148,140,236,136,108,69,127,180,59,54,62,7,116,13,95,151,40,47,219,189>>,[{users,{qty,967,#{}}},{'Quoted',[noreply,-269,100,<<120,116,101,95,106>>,tags,-297,<<101,105,32,101,97,122>>,users,69538765,'if',[111,110,106],[117,107]]}],<<42,6,68,5:3>>}}",
     "{#{13 => bar,16 => -154,24 => \"yrkisbghgg\",25 => 65,27 => 534,28 => price,\n   45 => -343,48 => -0.25},\n {undefined,\n     <<96,79,130,61,27,5:3>>,\n     #{'Quoted' => [15215502,214,906437,989|3.14],\n       qty => {sku,[sku,users]},\n       state => [<<\"xzviky rro\">>,<<\"i\">>,-347|19.99],\n       z =>\n           ['Quoted',83227326,438,x,'',-290,83,\n            a_very_long_tag_name_for_testing_indentation_behaviour,-387,\n            config,<<\"zaaabd.h.s\">>,\"ayadd__z\",\"km\",\"qej..y-anh w\",<<\"n.\">>,\n            100.0,456,390,1.5,\"_.ewvft\",<<\"-v o._akm\">>,<<\"plgddy_e\">>]},\n     [#{},\"bhyk_isl \",undefined,gamma|sku]},\n [194179,-441,512,'with space'|#{}],\n {#{'if' => <<242,59,99,78,5:3>>,\n    noreply =>\n        {a_very_long_tag_name_for_testing_indentation_behaviour,53755306,\n            38741752,-376},\n    qty => #{4 => -29,7 => <<>>,14 => -0.25,15 => error,38 => '[]'},\n    sku => {<<\"ztq\">>,\"ijmaq-\",96575056,505,100.0}},\n  <<148,140,236,136,108,69,127,180,59,54,62,7,116,13,95,151,40,47,219,189>>,\n  [{users,{qty,967,#{}}},\n   {'Quoted',\n       [noreply,-269,100,<<\"xte_j\">>,tags,-297,<<\"ei eaz\">>,users,69538765,\n        'if',\"onj\",\"uk\"]}],\n  <<42,6,68,5:3>>}}"},
    {'S', 80, 1, "{#{13 => bar,16 => -154,24 => [121,114,107,105,115,98,103,104,103,103],25 => 65,27 => 534,28 => price,45 => -343,48 => -0.25},{undefined,<<96,79,130,61,27,5:3>>,#{'Quoted' => [15215502,214,906437,989|3.14],qty => {sku,[sku,users]},state => [<<120,122,118,105,107,121,32,114,114,111>>,<<105>>,-347|19.99],z => ['Quoted',83227326,438,x,'',-290,83,a_very_long_tag_name_for_testing_indentation_behaviour,-387,config,<<122,97,97,97,98,100,46,104,46,115>>,[97,121,97,100,100,95,95,122],[107,109],[113,101,106,46,46,121,45,97,110,104,32,119],<<110,46>>,100.0,456,390,1.5,[95,46,101,119,118,102,116],<<45,118,32,111,46,95,97,107,109>>,<<112,108,103,100,100,121,95,101>>]},[#{},[98,104,121,107,95,105,115,108,32],undefined,gamma|sku]},[194179,-441,512,'with space'|#{}],{#{'if' => <<242,59,99,78,5:3>>,noreply => {a_very_long_tag_name_for_testing_indentation_behaviour,53755306,38741752,-376},qty => #{4 => -29,7 => <<>>,14 => -0.25,15 => error,38 => '[]'},sku => {<<122,116,113>>,[105,106,109,97,113,45],96575056,505,100.0}},<<148,140,236,136,108,69,127,180,59,54,62,7,116,13,95,151,40,47,219,189>>,[{users,{qty,967,#{}}},{'Quoted',[noreply,-269,100,<<120,116,101,95,106>>,tags,-297,<<101,105,32,101,97,122>>,users,69538765,'if',[111,110,106],[117,107]]}],<<42,6,68,5:3>>}}",
     "{#{13 => bar,16 => -154,24 => \"yrkisbghgg\",25 => 65,27 => 534,\n   28 => price,45 => -343,48 => -0.25},\n {undefined,\n     <<96,79,130,61,27,5:3>>,\n     #{'Quoted' => [15215502,214,906437,989|3.14],\n       qty => {sku,[sku,users]},\n       state => [<<\"xzviky rro\">>,<<\"i\">>,-347|19.99],\n       z =>\n           ['Quoted',83227326,438,x,'',-290,83,\n            a_very_long_tag_name_for_testing_indentation_behaviour,-387,\n            config,<<\"zaaabd.h.s\">>,\"ayadd__z\",\"km\",\"qej..y-anh w\",\n            <<\"n.\">>,100.0,456,390,1.5,\"_.ewvft\",<<\"-v o._ak\"...>>,\n            <<\"plgd\"...>>]},\n     [#{},\"bhyk_isl \",undefined,gamma|sku]},\n [194179,-441,512,'with space'|#{}],\n {#{'if' => <<242,59,99,78,5:3>>,\n    noreply =>\n        {a_very_long_tag_name_for_testing_indentation_behaviour,\n            53755306,38741752,-376},\n    qty =>\n        #{4 => -29,7 => <<>>,14 => -0.25,15 => error,38 => '[]'},\n    sku => {<<\"ztq\">>,\"ijmaq-\",96575056,505,100.0}},\n  <<148,140,236,136,108,69,127,180,59,54,62,7,116,13,95,151,\n    40,47,219,189>>,\n  [{users,{qty,967,#{}}},\n   {'Quoted',\n       [noreply,-269,100,<<\"xte_j\">>,tags,-297,<<\"ei eaz\">>,users,\n        69538765,'if',\"onj\",\"uk\"]}],\n  <<42,6,68,5:3>>}}"},
    {'p', 80, 1, "{190}",
     "{190}"},
    {'S', 80, 1, "{190}",
     "{190}"},
    {'p', 80, 1, "{'with space',<<217,221,184,117,131,171,227>>,{sku,[-0.25,[105,115,109,99,46],-403,892]},[{a_very_long_tag_name_for_testing_indentation_behaviour,#{}},{'if',[120,109,111,101,116,120,112]}]}",
     "{'with space',<<217,221,184,117,131,171,227>>,\n              {sku,[-0.25,\"ismc.\",-403,892]},\n              [{a_very_long_tag_name_for_testing_indentation_behaviour,#{}},\n               {'if',\"xmoetxp\"}]}"},
    {'S', 80, 1, "{'with space',<<217,221,184,117,131,171,227>>,{sku,[-0.25,[105,115,109,99,46],-403,892]},[{a_very_long_tag_name_for_testing_indentation_behaviour,#{}},{'if',[120,109,111,101,116,120,112]}]}",
     "{'with space',\n    <<217,221,184,117,131,171,227>>,\n    {sku,[-0.25,\"ismc.\",-403,892]},\n    [{a_very_long_tag_name_for_testing_indentation_behaviour,\n         #{}},\n     {'if',\"xmoetxp\"}]}"},
    {'p', 80, 1, "#{11 => 2.5e-5,15 => 1.0e10,23 => 1.0e10,39 => -436,45 => #{}}",
     "#{11 => 2.5e-5,15 => 1.0e10,23 => 1.0e10,39 => -436,45 => #{}}"},
    {'S', 80, 1, "#{11 => 2.5e-5,15 => 1.0e10,23 => 1.0e10,39 => -436,45 => #{}}",
     "#{11 => 2.5e-5,15 => 1.0e10,23 => 1.0e10,39 => -436,45 => #{}}"},
    {'p', 80, 1, "#{7 => [99,95,119,114,104,107,109,109,115,107],8 => noreply,17 => 3.14,33 => 26905748,43 => <<>>}",
     "#{7 => \"c_wrhkmmsk\",8 => noreply,17 => 3.14,33 => 26905748,43 => <<>>}"},
    {'S', 80, 1, "#{7 => [99,95,119,114,104,107,109,109,115,107],8 => noreply,17 => 3.14,33 => 26905748,43 => <<>>}",
     "#{7 => \"c_wrhkmmsk\",8 => noreply,17 => 3.14,33 => 26905748,\n  43 => <<>>}"},
    {'p', 80, 1, "#{15 => reply,24 => <<122,101,115,115,111,103>>,29 => 26593564,30 => 54,38 => ok,39 => error,45 => [99,122,99,98,120,113,32,122,108],48 => <<121,111,112,107,110,116,117,119,46>>}",
     "#{15 => reply,24 => <<\"zessog\">>,29 => 26593564,30 => 54,38 => ok,39 => error,\n  45 => \"czcbxq zl\",48 => <<\"yopkntuw.\">>}"},
    {'S', 80, 1, "#{15 => reply,24 => <<122,101,115,115,111,103>>,29 => 26593564,30 => 54,38 => ok,39 => error,45 => [99,122,99,98,120,113,32,122,108],48 => <<121,111,112,107,110,116,117,119,46>>}",
     "#{15 => reply,24 => <<\"zessog\">>,29 => 26593564,30 => 54,\n  38 => ok,39 => error,45 => \"czcbxq zl\",\n  48 => <<\"yopkntuw.\">>}"},
    {'p', 80, 1, "#{'' => 19.99,a_very_long_tag_name_for_testing_indentation_behaviour => sku,alpha => <<106,102>>,foo => bar,qty => [118,114,108,110,105,119,100,118],y => <<>>}",
     "#{'' => 19.99,a_very_long_tag_name_for_testing_indentation_behaviour => sku,\n  alpha => <<\"jf\">>,foo => bar,qty => \"vrlniwdv\",y => <<>>}"},
    {'S', 80, 1, "#{'' => 19.99,a_very_long_tag_name_for_testing_indentation_behaviour => sku,alpha => <<106,102>>,foo => bar,qty => [118,114,108,110,105,119,100,118],y => <<>>}",
     "#{'' => 19.99,\n  a_very_long_tag_name_for_testing_indentation_behaviour =>\n      sku,\n  alpha => <<\"jf\">>,foo => bar,qty => \"vrlniwdv\",y => <<>>}"},
    {'p', 80, 1, "#{34 => 1.5,35 => 251,39 => -0.25,43 => -257,47 => '[]'}",
     "#{34 => 1.5,35 => 251,39 => -0.25,43 => -257,47 => '[]'}"},
    {'S', 80, 1, "#{34 => 1.5,35 => 251,39 => -0.25,43 => -257,47 => '[]'}",
     "#{34 => 1.5,35 => 251,39 => -0.25,43 => -257,47 => '[]'}"},
    {'p', 80, 1, "#{y => 1.0e10}",
     "#{y => 1.0e10}"},
    {'S', 80, 1, "#{y => 1.0e10}",
     "#{y => 1.0e10}"},
    {'p', 80, 1, "739",
     "739"},
    {'S', 80, 1, "739",
     "739"},
    {'p', 80, 1, "<<120,17,140,80,5:3>>",
     "<<120,17,140,80,5:3>>"},
    {'S', 80, 1, "<<120,17,140,80,5:3>>",
     "<<120,17,140,80,5:3>>"},
    {'p', 80, 1, "#{3 => -21,36 => #{}}",
     "#{3 => -21,36 => #{}}"},
    {'S', 80, 1, "#{3 => -21,36 => #{}}",
     "#{3 => -21,36 => #{}}"},
    {'p', 80, 1, "#{3 => a,13 => 3.14,15 => tags,25 => #{},33 => gamma,34 => config,43 => -0.25}",
     "#{3 => a,13 => 3.14,15 => tags,25 => #{},33 => gamma,34 => config,43 => -0.25}"},
    {'S', 80, 1, "#{3 => a,13 => 3.14,15 => tags,25 => #{},33 => gamma,34 => config,43 => -0.25}",
     "#{3 => a,13 => 3.14,15 => tags,25 => #{},33 => gamma,\n  34 => config,43 => -0.25}"},
    {'p', 80, 1, "[<<113,113,121>>,46,112,104,46]",
     "[<<\"qqy\">>,46,112,104,46]"},
    {'S', 80, 1, "[<<113,113,121>>,46,112,104,46]",
     "[<<\"qqy\">>,46,112,104,46]"},
    {'p', 80, 1, "#{11 => -146,15 => <<114,105,115,45,95>>,37 => 414,47 => <<109,45,105,100,95>>}",
     "#{11 => -146,15 => <<\"ris-_\">>,37 => 414,47 => <<\"m-id_\">>}"},
    {'S', 80, 1, "#{11 => -146,15 => <<114,105,115,45,95>>,37 => 414,47 => <<109,45,105,100,95>>}",
     "#{11 => -146,15 => <<\"ris-_\">>,37 => 414,47 => <<\"m-id_\">>}"},
    {'p', 80, 1, "[<<116,117,103,122,122>>,[]|1.0e10]",
     "[<<\"tugzz\">>,[]|1.0e10]"},
    {'S', 80, 1, "[<<116,117,103,122,122>>,[]|1.0e10]",
     "[<<\"tugzz\">>,[]|1.0e10]"},
    {'p', 80, 1, "[error,-114,[],#{}|41287915]",
     "[error,-114,[],#{}|41287915]"},
    {'S', 80, 1, "[error,-114,[],#{}|41287915]",
     "[error,-114,[],#{}|41287915]"},
    {'p', 80, 1, "<<106>>",
     "<<\"j\">>"},
    {'S', 80, 1, "<<106>>",
     "<<\"j\">>"},
    {'p', 80, 1, "<<49,46,9,144,92,113,203,202,27,199,193,255,26,51,2,116,156,255,250,220,0,105,207,205,69,44,0>>",
     "<<49,46,9,144,92,113,203,202,27,199,193,255,26,51,2,116,156,255,250,220,0,105,\n  207,205,69,44,0>>"},
    {'S', 80, 1, "<<49,46,9,144,92,113,203,202,27,199,193,255,26,51,2,116,156,255,250,220,0,105,207,205,69,44,0>>",
     "<<49,46,9,144,92,113,203,202,27,199,193,255,26,51,2,116,\n  156,255,250,220,0,105,207,205,69,44,0>>"},
    {'p', 80, 1, "#{}",
     "#{}"},
    {'S', 80, 1, "#{}",
     "#{}"},
    {'p', 80, 1, "[{'',#{4 => a,8 => {},42 => -167,50 => false}},{sku,#{a_very_long_tag_name_for_testing_indentation_behaviour => #{14 => [99],16 => {}},config => [1.5,60803702,#{}|qty],gamma => [3.14,89659202,foo,'EXIT',users],item => {false,1.5},y => [yet_another_deeply_nested_tag,{},115]}},{x,<<158,52,182,170,107,5:3>>}]",
     "[{'',#{4 => a,8 => {},42 => -167,50 => false}},\n {sku,#{a_very_long_tag_name_for_testing_indentation_behaviour =>\n            #{14 => \"c\",16 => {}},\n        config => [1.5,60803702,#{}|qty],\n        gamma => [3.14,89659202,foo,'EXIT',users],\n        item => {false,1.5},\n        y => [yet_another_deeply_nested_tag,{},115]}},\n {x,<<158,52,182,170,107,5:3>>}]"},
    {'S', 80, 1, "[{'',#{4 => a,8 => {},42 => -167,50 => false}},{sku,#{a_very_long_tag_name_for_testing_indentation_behaviour => #{14 => [99],16 => {}},config => [1.5,60803702,#{}|qty],gamma => [3.14,89659202,foo,'EXIT',users],item => {false,1.5},y => [yet_another_deeply_nested_tag,{},115]}},{x,<<158,52,182,170,107,5:3>>}]",
     "[{'',#{4 => a,8 => {},42 => -167,50 => false}},\n {sku,#{a_very_long_tag_name_for_testing_indentation_behaviour =>\n            #{14 => \"c\",16 => {}},\n        config => [1.5,60803702,#{}|qty],\n        gamma => [3.14,89659202,foo,'EXIT',users],\n        item => {false,1.5},\n        y => [yet_another_deeply_nested_tag,{},115]}},\n {x,<<158,52,182,170,107,5:3>>}]"},
    {'p', 80, 1, "#{4 => yet_another_deeply_nested_tag,7 => 'EXIT',23 => -415,29 => [101,116,116,46,119,100,102,99],33 => 19.99}",
     "#{4 => yet_another_deeply_nested_tag,7 => 'EXIT',23 => -415,29 => \"ett.wdfc\",\n  33 => 19.99}"},
    {'S', 80, 1, "#{4 => yet_another_deeply_nested_tag,7 => 'EXIT',23 => -415,29 => [101,116,116,46,119,100,102,99],33 => 19.99}",
     "#{4 => yet_another_deeply_nested_tag,7 => 'EXIT',23 => -415,\n  29 => \"ett.wdfc\",33 => 19.99}"},
    {'p', 80, 1, "<<239,42,143,5:3>>",
     "<<239,42,143,5:3>>"},
    {'S', 80, 1, "<<239,42,143,5:3>>",
     "<<239,42,143,5:3>>"},
    {'p', 80, 1, "[{'if',[<<170,111,6,90,5:3>>,<<187,44,5:3>>,#{undefined => <<>>,users => 885},{name,[]},#{23 => <<>>,24 => <<114,32,112,116,120,32,119,99>>,39 => z}]},{gamma,{'Quoted',[[{users,{}},{y,<<100,118,121,97,100,112,121,110,106>>},{false,26788257}],[yet_another_deeply_nested_tag,[]|'if'],[<<115,107,118>>],<<11,211,229,62,247,46,6,44,237,126,79,11,169,80,176,247,136,101,119,103,225,137,220,37,70,26,240,194,134,230>>,[1.5,3.14],[y|{}]]}},{'EXIT',#{'[]' => [{a,90626024},{'[]',config},{tags,[]}],config => #{'EXIT' => 623,item => -12,ok => foo,undefined => <<103,112,115,122,98,103,117>>},error => [{bar,-1}],'with space' => [228|-103]}}]",
     "[{'if',[<<170,111,6,90,5:3>>,\n        <<187,44,5:3>>,\n        #{undefined => <<>>,users => 885},\n        {name,[]},\n        #{23 => <<>>,24 => <<\"r ptx wc\">>,39 => z}]},\n {gamma,{'Quoted',[[{users,{}},{y,<<\"dvyadpynj\">>},{false,26788257}],\n                   [yet_another_deeply_nested_tag,[]|'if'],\n                   [<<\"skv\">>],\n                   <<11,211,229,62,247,46,6,44,237,126,79,11,169,80,176,247,\n                     136,101,119,103,225,137,220,37,70,26,240,194,134,230>>,\n                   [1.5,3.14],\n                   [y|{}]]}},\n {'EXIT',#{'[]' => [{a,90626024},{'[]',config},{tags,[]}],\n           config =>\n               #{'EXIT' => 623,item => -12,ok => foo,\n                 undefined => <<\"gpszbgu\">>},\n           error => [{bar,-1}],\n           'with space' => [228|-103]}}]"},
    {'S', 80, 1, "[{'if',[<<170,111,6,90,5:3>>,<<187,44,5:3>>,#{undefined => <<>>,users => 885},{name,[]},#{23 => <<>>,24 => <<114,32,112,116,120,32,119,99>>,39 => z}]},{gamma,{'Quoted',[[{users,{}},{y,<<100,118,121,97,100,112,121,110,106>>},{false,26788257}],[yet_another_deeply_nested_tag,[]|'if'],[<<115,107,118>>],<<11,211,229,62,247,46,6,44,237,126,79,11,169,80,176,247,136,101,119,103,225,137,220,37,70,26,240,194,134,230>>,[1.5,3.14],[y|{}]]}},{'EXIT',#{'[]' => [{a,90626024},{'[]',config},{tags,[]}],config => #{'EXIT' => 623,item => -12,ok => foo,undefined => <<103,112,115,122,98,103,117>>},error => [{bar,-1}],'with space' => [228|-103]}}]",
     "[{'if',[<<170,111,6,90,5:3>>,\n        <<187,44,5:3>>,\n        #{undefined => <<>>,users => 885},\n        {name,[]},\n        #{23 => <<>>,24 => <<\"r ptx wc\">>,39 => z}]},\n {gamma,{'Quoted',[[{users,{}},\n                    {y,<<\"dvyadpynj\">>},\n                    {false,26788257}],\n                   [yet_another_deeply_nested_tag,[]|'if'],\n                   [<<\"skv\">>],\n                   <<11,211,229,62,247,46,6,44,237,126,79,11,169,80,176,247,\n                     136,101,119,...>>,\n                   [1.5,3.14],\n                   [y|{}]]}},\n {'EXIT',#{'[]' => [{a,90626024},{'[]',config},{tags,[]}],\n           config =>\n               #{'EXIT' => 623,item => -12,ok => foo,\n                 undefined => <<\"gpszbgu\">>},\n           error => [{bar,-1}],\n           'with space' => [228|-103]}}]"},
    {'p', 80, 1, "<<188,125,118,5:3>>",
     "<<188,125,118,5:3>>"},
    {'S', 80, 1, "<<188,125,118,5:3>>",
     "<<188,125,118,5:3>>"},
    {'p', 80, 1, "#{config => {[<<105,95,45,46,102,32,45,121>>,27836670|false]},foo => {price,[{'[]',515},{foo,{}},{beta,<<107,105,95,102,95>>},{a_very_long_tag_name_for_testing_indentation_behaviour,reply}],<<63,204,196,35,124,125,41,166,36,247,166,200,85,49,56,219,185,192,136,203,222,255,190,105,105,221,138,150,151,207,137>>},reply => <<14,30,134,5:3>>,tags => <<107,95,104,103,98,105,122,102,122,103>>}",
     "#{config => {[<<\"i_-.f -y\">>,27836670|false]},\n  foo =>\n      {price,[{'[]',515},\n              {foo,{}},\n              {beta,<<\"ki_f_\">>},\n              {a_very_long_tag_name_for_testing_indentation_behaviour,reply}],\n             <<63,204,196,35,124,125,41,166,36,247,166,200,85,49,56,219,185,\n               192,136,203,222,255,190,105,105,221,138,150,151,207,137>>},\n  reply => <<14,30,134,5:3>>,\n  tags => <<\"k_hgbizfzg\">>}"},
    {'S', 80, 1, "#{config => {[<<105,95,45,46,102,32,45,121>>,27836670|false]},foo => {price,[{'[]',515},{foo,{}},{beta,<<107,105,95,102,95>>},{a_very_long_tag_name_for_testing_indentation_behaviour,reply}],<<63,204,196,35,124,125,41,166,36,247,166,200,85,49,56,219,185,192,136,203,222,255,190,105,105,221,138,150,151,207,137>>},reply => <<14,30,134,5:3>>,tags => <<107,95,104,103,98,105,122,102,122,103>>}",
     "#{config => {[<<\"i_-.f -y\">>,27836670|false]},\n  foo =>\n      {price,\n          [{'[]',515},\n           {foo,{}},\n           {beta,<<\"ki_f_\">>},\n           {a_very_long_tag_name_for_testing_indentation_behaviour,\n               reply}],\n          <<63,204,196,35,124,125,41,166,36,247,166,200,85,49,56,\n            219,185,192,136,203,222,255,190,105,105,...>>},\n  reply => <<14,30,134,5:3>>,\n  tags => <<\"k_hgbizfzg\">>}"},
    {'p', 80, 1, "<<12,66,252,157,1,43,207,126,199,102,108,98,5,197,252,196,245,69,1,41,198,106,90,10>>",
     "<<12,66,252,157,1,43,207,126,199,102,108,98,5,197,252,196,245,69,1,41,198,106,\n  90,10>>"},
    {'S', 80, 1, "<<12,66,252,157,1,43,207,126,199,102,108,98,5,197,252,196,245,69,1,41,198,106,90,10>>",
     "<<12,66,252,157,1,43,207,126,199,102,108,98,5,197,252,196,\n  245,69,1,41,198,106,90,10>>"},
    {'p', 80, 1, "<<12,242,239,213,34,245,101,223,53,79,51,61,57>>",
     "<<\"\\f\303\262\303\257\303\225\\\"\303\265e\303\2375O3=9\">>"},
    {'S', 80, 1, "<<12,242,239,213,34,245,101,223,53,79,51,61,57>>",
     "<<\"\\f\303\262\303\257\303\225\\\"\303\265e\303\2375O3=9\">>"},
    {'p', 80, 1, "[{gamma,[{state,<<40,157,5:3>>}]},{item,828},{false,#{config => [121,110,102,99,115,98,113,119,100,103,99,45,119,97,114,32,46,107,112,116],undefined => [#{}|-467],undefined_function => 51237254,users => <<115,115,115,46>>}},{noreply,[[],<<114,109,105,115,111>>,25502415,19.99,<<101,113,45,32,107>>,99438486,169,alpha,z,18054458,a_very_long_tag_name_for_testing_indentation_behaviour,-400,[113,120,103,116,118,32,100,118],81413077,a]}]",
     "[{gamma,[{state,<<40,157,5:3>>}]},\n {item,828},\n {false,#{config => \"ynfcsbqwdgc-war .kpt\",\n          undefined => [#{}|-467],\n          undefined_function => 51237254,users => <<\"sss.\">>}},\n {noreply,[[],<<\"rmiso\">>,25502415,19.99,<<\"eq- k\">>,99438486,169,alpha,z,\n           18054458,a_very_long_tag_name_for_testing_indentation_behaviour,\n           -400,\"qxgtv dv\",81413077,a]}]"},
    {'S', 80, 1, "[{gamma,[{state,<<40,157,5:3>>}]},{item,828},{false,#{config => [121,110,102,99,115,98,113,119,100,103,99,45,119,97,114,32,46,107,112,116],undefined => [#{}|-467],undefined_function => 51237254,users => <<115,115,115,46>>}},{noreply,[[],<<114,109,105,115,111>>,25502415,19.99,<<101,113,45,32,107>>,99438486,169,alpha,z,18054458,a_very_long_tag_name_for_testing_indentation_behaviour,-400,[113,120,103,116,118,32,100,118],81413077,a]}]",
     "[{gamma,[{state,<<40,157,5:3>>}]},\n {item,828},\n {false,#{config => \"ynfcsbqwdgc-war .kpt\",\n          undefined => [#{}|-467],\n          undefined_function => 51237254,users => <<\"sss.\">>}},\n {noreply,[[],<<\"rmiso\">>,25502415,19.99,<<\"eq- k\">>,\n           99438486,169,alpha,z,18054458,\n           a_very_long_tag_name_for_testing_indentation_behaviour,-400,\n           \"qxgtv dv\",81413077,a]}]"},
    {'p', 80, 1, "[105,45,102,109,103,120,111,45,114,114,109,114,103,107,95,45,97,106,95,122,99,120,32,107,111,107,113,97,119,103,121,112,100,117,45,110,114,112,120,99,112,105,106,121,99,101,109,119,45,122,110,116,110,119,95,109,116,32,111,99,101,119,105,107,46,121,109,111,117,106,99,121,103,101,105,46,121,95,119,118,116,95,95,45,105,110,100]",
     "\"i-fmgxo-rrmrgk_-aj_zcx kokqawgypdu-nrpxcpijycemw-zntnw_mt ocewik.ymoujcygei.y_wvt__-ind\""},
    {'S', 80, 1, "[105,45,102,109,103,120,111,45,114,114,109,114,103,107,95,45,97,106,95,122,99,120,32,107,111,107,113,97,119,103,121,112,100,117,45,110,114,112,120,99,112,105,106,121,99,101,109,119,45,122,110,116,110,119,95,109,116,32,111,99,101,119,105,107,46,121,109,111,117,106,99,121,103,101,105,46,121,95,119,118,116,95,95,45,105,110,100]",
     "\"i-fmgxo-rrmrgk_-aj_zcx kokqawgypdu-nrpxcpijycemw-zntnw_mt ocewik.ymoujcygei.y_wvt__-ind\""},
    {'p', 80, 1, "error",
     "error"},
    {'S', 80, 1, "error",
     "error"},
    {'p', 80, 1, "[<<108,32,113,98,114,97,95,120>>|<<95,104,120,117,114,108>>]",
     "[<<\"l qbra_x\">>|<<\"_hxurl\">>]"},
    {'S', 80, 1, "[<<108,32,113,98,114,97,95,120>>|<<95,104,120,117,114,108>>]",
     "[<<\"l qbra_x\">>|<<\"_hxurl\">>]"},
    {'p', 80, 1, "[yet_another_deeply_nested_tag|'EXIT']",
     "[yet_another_deeply_nested_tag|'EXIT']"},
    {'S', 80, 1, "[yet_another_deeply_nested_tag|'EXIT']",
     "[yet_another_deeply_nested_tag|'EXIT']"},
    {'p', 80, 1, "974",
     "974"},
    {'S', 80, 1, "974",
     "974"},
    {'p', 80, 1, "{[45,115,106,32,45,112,95,95,32,106,117,107,46,114,115,112,109,116,110,118,105,112,100,95,107,32,100,120,115,106,121,106,103,99,115,118,45,32,122,104,32,109,114,98,97,116,46,111,112,115,122,122,108,119,32,113,119,32,103,32,103,109,103,101,121,111,32],[107,104,45,120,103,100,99,122,110,118,122,100,109,111,101,113,116,101,117,46,109,46,122,101,121,100,100,32,104,122,100,112,116,45,32,119,109,100,45,120,46,104,107,97],<<39,197,229,42,5:3>>}",
     "{\"-sj -p__ juk.rspmtnvipd_k dxsjyjgcsv- zh mrbat.opszzlw qw g gmgeyo \",\n \"kh-xgdcznvzdmoeqteu.m.zeydd hzdpt- wmd-x.hka\",\n <<39,197,229,42,5:3>>}"},
    {'S', 80, 1, "{[45,115,106,32,45,112,95,95,32,106,117,107,46,114,115,112,109,116,110,118,105,112,100,95,107,32,100,120,115,106,121,106,103,99,115,118,45,32,122,104,32,109,114,98,97,116,46,111,112,115,122,122,108,119,32,113,119,32,103,32,103,109,103,101,121,111,32],[107,104,45,120,103,100,99,122,110,118,122,100,109,111,101,113,116,101,117,46,109,46,122,101,121,100,100,32,104,122,100,112,116,45,32,119,109,100,45,120,46,104,107,97],<<39,197,229,42,5:3>>}",
     "{\"-sj -p__ juk.rspmtnvipd_k dxsjyjgcsv- zh mrbat.opszzlw qw g gmgeyo \",\n \"kh-xgdcznvzdmoeqteu.m.zeydd hzdpt- wmd-x.hka\",\n <<39,197,229,42,5:3>>}"},
    {'p', 80, 1, "#{5 => [104,105,109,110,32,102,112,46,97,115],10 => 19.99,11 => -34,25 => {},27 => 11429456,43 => 649}",
     "#{5 => \"himn fp.as\",10 => 19.99,11 => -34,25 => {},27 => 11429456,43 => 649}"},
    {'S', 80, 1, "#{5 => [104,105,109,110,32,102,112,46,97,115],10 => 19.99,11 => -34,25 => {},27 => 11429456,43 => 649}",
     "#{5 => \"himn fp.as\",10 => 19.99,11 => -34,25 => {},\n  27 => 11429456,43 => 649}"},
    {'p', 80, 1, "[-7|<<46,120,114,111,118,120,113,32,32>>]",
     "[-7|<<\".xrovxq  \">>]"},
    {'S', 80, 1, "[-7|<<46,120,114,111,118,120,113,32,32>>]",
     "[-7|<<\".xrovxq  \">>]"},
    {'p', 80, 1, "{'[]',[<<191,5:3>>]}",
     "{'[]',[<<191,5:3>>]}"},
    {'S', 80, 1, "{'[]',[<<191,5:3>>]}",
     "{'[]',[<<191,5:3>>]}"},
    {'p', 80, 1, "[95,113,46,32,46,46,102,118,107,121,113,110,118,101,120,112,116,99,117,104,118,97,98,105,46,105,121,104,107,100,113,110,106,120,103,101,122,115,120,122,97,110,103,115,99,113,103]",
     "\"_q. ..fvkyqnvexptcuhvabi.iyhkdqnjxgezsxzangscqg\""},
    {'S', 80, 1, "[95,113,46,32,46,46,102,118,107,121,113,110,118,101,120,112,116,99,117,104,118,97,98,105,46,105,121,104,107,100,113,110,106,120,103,101,122,115,120,122,97,110,103,115,99,113,103]",
     "\"_q. ..fvkyqnvexptcuhvabi.iyhkdqnjxgezsxzangscqg\""},
    {'p', 80, 1, "#{2 => [108,114,95,95,117,99],10 => [114,122,107,116,100,106,118],15 => {},16 => 869,29 => sku,35 => alpha,42 => z,49 => 1.5}",
     "#{2 => \"lr__uc\",10 => \"rzktdjv\",15 => {},16 => 869,29 => sku,35 => alpha,\n  42 => z,49 => 1.5}"},
    {'S', 80, 1, "#{2 => [108,114,95,95,117,99],10 => [114,122,107,116,100,106,118],15 => {},16 => 869,29 => sku,35 => alpha,42 => z,49 => 1.5}",
     "#{2 => \"lr__uc\",10 => \"rzktdjv\",15 => {},16 => 869,29 => sku,\n  35 => alpha,42 => z,49 => 1.5}"},
    {'p', 80, 1, "{570,-105}",
     "{570,-105}"},
    {'S', 80, 1, "{570,-105}",
     "{570,-105}"},
    {'p', 80, 1, "#{bar => [<<99,98>>,[],-434|568],false => <<50>>,foo => {gamma,-65,state},z => <<144,5:3>>}",
     "#{bar => [<<\"cb\">>,[],-434|568],\n  false => <<\"2\">>,\n  foo => {gamma,-65,state},\n  z => <<144,5:3>>}"},
    {'S', 80, 1, "#{bar => [<<99,98>>,[],-434|568],false => <<50>>,foo => {gamma,-65,state},z => <<144,5:3>>}",
     "#{bar => [<<\"cb\">>,[],-434|568],\n  false => <<\"2\">>,\n  foo => {gamma,-65,state},\n  z => <<144,5:3>>}"},
    {'p', 80, 1, "<<226,5:3>>",
     "<<226,5:3>>"},
    {'S', 80, 1, "<<226,5:3>>",
     "<<226,5:3>>"},
    {'p', 80, 1, "{reply,<<>>}",
     "{reply,<<>>}"},
    {'S', 80, 1, "{reply,<<>>}",
     "{reply,<<>>}"},
    {'p', 80, 1, "#{'[]' => alpha,beta => {sku,<<175,177,245,5:3>>,<<213,136,49,5:3>>,[{noreply,-209},{reply,626},{reply,reply},{'if',[120]},{foo,[114,121,115,105,105,105,107,103,104,98]},{'with space',[112,116,111,99,121,119,103,106,101,117,98]}],19.99},undefined_function => 29226461}",
     "#{'[]' => alpha,\n  beta =>\n      {sku,<<175,177,245,5:3>>,\n           <<213,136,49,5:3>>,\n           [{noreply,-209},\n            {reply,626},\n            {reply,reply},\n            {'if',\"x\"},\n            {foo,\"rysiiikghb\"},\n            {'with space',\"ptocywgjeub\"}],\n           19.99},\n  undefined_function => 29226461}"},
    {'S', 80, 1, "#{'[]' => alpha,beta => {sku,<<175,177,245,5:3>>,<<213,136,49,5:3>>,[{noreply,-209},{reply,626},{reply,reply},{'if',[120]},{foo,[114,121,115,105,105,105,107,103,104,98]},{'with space',[112,116,111,99,121,119,103,106,101,117,98]}],19.99},undefined_function => 29226461}",
     "#{'[]' => alpha,\n  beta =>\n      {sku,<<175,177,245,5:3>>,\n           <<213,136,49,5:3>>,\n           [{noreply,-209},\n            {reply,626},\n            {reply,reply},\n            {'if',\"x\"},\n            {foo,\"rysiiikghb\"},\n            {'with space',\"ptocywgjeub\"}],\n           19.99},\n  undefined_function => 29226461}"},
    {'p', 80, 1, "-460",
     "-460"},
    {'S', 80, 1, "-460",
     "-460"},
    {'p', 80, 1, "{'[]',[120,115]}",
     "{'[]',\"xs\"}"},
    {'S', 80, 1, "{'[]',[120,115]}",
     "{'[]',\"xs\"}"},
    {'p', 80, 1, "{x,[#{4 => -259,19 => -0.25,26 => 703,32 => noreply,37 => foo,43 => 100.0,48 => item},[[46,111,113,112,103,109],270,-298,88371396,[46,105,104,105,99],[95,120,114,102,122,119,121,117],-332,-251,{},<<101,109,121,118,118,110,32,32,112>>,495,'with space',<<>>,-0.25,-486,<<>>],<<245,113,134,151,32,70,115,3,170,200,152,72,249,210,40,81,45,94,94,83,72,195,46,205,200,67,182,147,166>>,#{3 => true,37 => 436,39 => 3428319,49 => state},{[19.99,60072047,#{},{},[122,100,116,113,100,115,99,101]],[[tags,-292,10735902,[114,101,106,116,108,117,97,104,114,106,113],19.99,[97,104],-480,<<>>,[98,112,101,118,101,105,102,32]],[{'Quoted',100.0},{a_very_long_tag_name_for_testing_indentation_behaviour,x},{true,-296}],<<24,184,68,57,126,23,182,12,2,95,203,72,12,20,89,58,45,5,153,213,131,36,155,243,184,205,57,153,9>>,{<<116,97,117,32,95>>,2.5e-5,31317839,54900568},{<<122,117,45,98,114,110>>,<<119,120,120>>}],8580515},[{'EXIT',[103,110,101,111,103,116,118,45,104,99,109,111,105,114,114,105,101,95,120,113,115,102,112,107,103,45,102,103,122,105,95,117,114,110,98,122,103,32,119,117,121,101,119,106,98,116,101,112,99,114,110,100,97,107,107,113,113,122,118,103,120,121,105,107,122,113,102,107,45,97,106,46,95,113,105,95,118,103,95,106,103,121,117,112,113,121,109,102,46]},{another_long_inner_tag_name_here,#{price => <<131,240,66,223,160,80,141,65,180,182,61,115,49,253,209,73,185,56,204,140,8,61,51,137,70,138,158,48,144,197,163,98,144,237,91,43,78>>,undefined => [{bar,<<115,97,112,95,98,110,105,107,104,111>>},{'',<<>>},{'EXIT',-499},{x,another_long_inner_tag_name_here}]}},{yet_another_deeply_nested_tag,{'',[107,106,115,116,117,118,121,120,115,99,111,115,46,97,118,107,107,111,107,45,121,117,122,117,95,103,121,46,107,114,113,116,114,112,112,120,97,101,112,111,109,105,114,97,113,121,109,102]}},{users,#{'EXIT' => #{bar => {},gamma => -376,'if' => -336,ok => 808},foo => #{7 => 914,13 => -252,17 => 888,18 => qty,27 => -500},price => [<<46,98,111>>,users,x,qty,true,x,-396,2.5e-5,1.0e10,beta,-139,<<102,107>>,<<>>,<<106,119,105>>,1.5,2.5e-5],qty => [114,108,117,112,97,105,95,119,101,107,108,107,112,117,97,106,98,113,122,119,109,99,116,100,103,114,103,45,111,106,110,116,108,105,106,106,97,32,98,122,99,113,119,107,32,103,121,114,106,109,108,110,98,110,99,112,118,101,117,101,46,99,104,45,116,109,101,102,99,102,109,102,106,113,111,97,109,107,46,32,106],true => {config,<<>>},undefined_function => [619,1.5|-0.25]}}],<<113,45,32,103,119,119,113>>,<<8,176,211>>]}",
     "{x,[#{4 => -259,19 => -0.25,26 => 703,32 => noreply,37 => foo,43 => 100.0,\n      48 => item},\n    [\".oqpgm\",270,-298,88371396,\".ihic\",\"_xrfzwyu\",-332,-251,{},\n     <<\"emyvvn  p\">>,495,'with space',<<>>,-0.25,-486,<<>>],\n    <<245,113,134,151,32,70,115,3,170,200,152,72,249,210,40,81,45,94,94,83,72,\n      195,46,205,200,67,182,147,166>>,\n    #{3 => true,37 => 436,39 => 3428319,49 => state},\n    {[19.99,60072047,#{},{},\"zdtqdsce\"],\n     [[tags,-292,10735902,\"rejtluahrjq\",19.99,\"ah\",-480,<<>>,\"bpeveif \"],\n      [{'Quoted',100.0},\n       {a_very_long_tag_name_for_testing_indentation_behaviour,x},\n       {true,-296}],\n      <<24,184,68,57,126,23,182,12,2,95,203,72,12,20,89,58,45,5,153,213,131,36,\n        155,243,184,205,57,153,9>>,\n      {<<\"tau _\">>,2.5e-5,31317839,54900568},\n      {<<\"zu-brn\">>,<<\"wxx\">>}],\n     8580515},\n    [{'EXIT',\n         \"gneogtv-hcmoirrie_xqsfpkg-fgzi_urnbzg wuyewjbtepcrndakkqqzvgxyikzqfk-aj._qi_vg_jgyupqymf.\"},\n     {another_long_inner_tag_name_here,\n         #{price =>\n               <<131,240,66,223,160,80,141,65,180,182,61,115,49,253,209,73,185,\n                 56,204,140,8,61,51,137,70,138,158,48,144,197,163,98,144,237,\n                 91,43,78>>,\n           undefined =>\n               [{bar,<<\"sap_bnikho\">>},\n                {'',<<>>},\n                {'EXIT',-499},\n                {x,another_long_inner_tag_name_here}]}},\n     {yet_another_deeply_nested_tag,\n         {'',\"kjstuvyxscos.avkkok-yuzu_gy.krqtrppxaepomiraqymf\"}},\n     {users,\n         #{'EXIT' => #{bar => {},gamma => -376,'if' => -336,ok => 808},\n           foo => #{7 => 914,13 => -252,17 => 888,18 => qty,27 => -500},\n           price =>\n               [<<\".bo\">>,users,x,qty,true,x,-396,2.5e-5,1.0e10,beta,-139,\n                <<\"fk\">>,<<>>,<<\"jwi\">>,1.5,2.5e-5],\n           qty =>\n               \"rlupai_weklkpuajbqzwmctdgrg-ojntlijja bzcqwk gyrjmlnbncpveue.ch-tmefcfmfjqoamk. j\",\n           true => {config,<<>>},\n           undefined_function => [619,1.5|-0.25]}}],\n    <<\"q- gwwq\">>,<<\"\\b\302\260\303\223\">>]}"},
    {'S', 80, 1, "{x,[#{4 => -259,19 => -0.25,26 => 703,32 => noreply,37 => foo,43 => 100.0,48 => item},[[46,111,113,112,103,109],270,-298,88371396,[46,105,104,105,99],[95,120,114,102,122,119,121,117],-332,-251,{},<<101,109,121,118,118,110,32,32,112>>,495,'with space',<<>>,-0.25,-486,<<>>],<<245,113,134,151,32,70,115,3,170,200,152,72,249,210,40,81,45,94,94,83,72,195,46,205,200,67,182,147,166>>,#{3 => true,37 => 436,39 => 3428319,49 => state},{[19.99,60072047,#{},{},[122,100,116,113,100,115,99,101]],[[tags,-292,10735902,[114,101,106,116,108,117,97,104,114,106,113],19.99,[97,104],-480,<<>>,[98,112,101,118,101,105,102,32]],[{'Quoted',100.0},{a_very_long_tag_name_for_testing_indentation_behaviour,x},{true,-296}],<<24,184,68,57,126,23,182,12,2,95,203,72,12,20,89,58,45,5,153,213,131,36,155,243,184,205,57,153,9>>,{<<116,97,117,32,95>>,2.5e-5,31317839,54900568},{<<122,117,45,98,114,110>>,<<119,120,120>>}],8580515},[{'EXIT',[103,110,101,111,103,116,118,45,104,99,109,111,105,114,114,105,101,95,120,113,115,102,112,107,103,45,102,103,122,105,95,117,114,110,98,122,103,32,119,117,121,101,119,106,98,116,101,112,99,114,110,100,97,107,107,113,113,122,118,103,120,121,105,107,122,113,102,107,45,97,106,46,95,113,105,95,118,103,95,106,103,121,117,112,113,121,109,102,46]},{another_long_inner_tag_name_here,#{price => <<131,240,66,223,160,80,141,65,180,182,61,115,49,253,209,73,185,56,204,140,8,61,51,137,70,138,158,48,144,197,163,98,144,237,91,43,78>>,undefined => [{bar,<<115,97,112,95,98,110,105,107,104,111>>},{'',<<>>},{'EXIT',-499},{x,another_long_inner_tag_name_here}]}},{yet_another_deeply_nested_tag,{'',[107,106,115,116,117,118,121,120,115,99,111,115,46,97,118,107,107,111,107,45,121,117,122,117,95,103,121,46,107,114,113,116,114,112,112,120,97,101,112,111,109,105,114,97,113,121,109,102]}},{users,#{'EXIT' => #{bar => {},gamma => -376,'if' => -336,ok => 808},foo => #{7 => 914,13 => -252,17 => 888,18 => qty,27 => -500},price => [<<46,98,111>>,users,x,qty,true,x,-396,2.5e-5,1.0e10,beta,-139,<<102,107>>,<<>>,<<106,119,105>>,1.5,2.5e-5],qty => [114,108,117,112,97,105,95,119,101,107,108,107,112,117,97,106,98,113,122,119,109,99,116,100,103,114,103,45,111,106,110,116,108,105,106,106,97,32,98,122,99,113,119,107,32,103,121,114,106,109,108,110,98,110,99,112,118,101,117,101,46,99,104,45,116,109,101,102,99,102,109,102,106,113,111,97,109,107,46,32,106],true => {config,<<>>},undefined_function => [619,1.5|-0.25]}}],<<113,45,32,103,119,119,113>>,<<8,176,211>>]}",
     "{x,[#{4 => -259,19 => -0.25,26 => 703,32 => noreply,37 => foo,\n      43 => 100.0,48 => item},\n    [\".oqpgm\",270,-298,88371396,\".ihic\",\"_xrfzwyu\",-332,-251,{},\n     <<\"emyvvn  p\">>,495,'with space',<<>>,-0.25,-486,<<>>],\n    <<245,113,134,151,32,70,115,3,170,200,152,72,249,210,40,\n      81,45,94,94,83,72,195,46,205,...>>,\n    #{3 => true,37 => 436,39 => 3428319,49 => state},\n    {[19.99,60072047,#{},{},\"zdtqdsce\"],\n     [[tags,-292,10735902,\"rejtluahrjq\",19.99,\"ah\",-480,<<>>,\n       \"bpeveif \"],\n      [{'Quoted',100.0},\n       {a_very_long_tag_name_for_testing_indentation_behaviour,x},\n       {true,-296}],\n      <<24,184,68,57,126,23,182,12,2,95,203,72,12,20,89,58,45,\n        ...>>,\n      {<<\"tau _\">>,2.5e-5,31317839,54900568},\n      {<<\"zu-brn\">>,<<\"wxx\">>}],\n     8580515},\n    [{'EXIT',\n         \"gneogtv-hcmoirrie_xqsfpkg-fgzi_urnbzg wuyewjbtepcrndakkqqzvgxyikzqfk-aj._qi_vg_jgyupqymf.\"},\n     {another_long_inner_tag_name_here,\n         #{price =>\n               <<131,240,66,223,160,80,141,65,180,182,61,115,49,253,209,\n                 73,...>>,\n           undefined =>\n               [{bar,<<\"sap_bnikho\">>},\n                {'',<<>>},\n                {'EXIT',-499},\n                {x,another_long_inner_tag_name_here}]}},\n     {yet_another_deeply_nested_tag,\n         {'',\"kjstuvyxscos.avkkok-yuzu_gy.krqtrppxaepomiraqymf\"}},\n     {users,\n         #{'EXIT' => #{bar => {},gamma => -376,'if' => -336,ok => 808},\n           foo => #{7 => 914,13 => -252,17 => 888,18 => qty,27 => -500},\n           price =>\n               [<<\".bo\">>,users,x,qty,true,x,-396,2.5e-5,1.0e10,beta,-139,\n                <<\"fk\">>,<<>>,<<...>>|...],\n           qty =>\n               \"rlupai_weklkpuajbqzwmctdgrg-ojntlijja bzcqwk gyrjmlnbncpveue.ch-tmefcfmfjqoamk. j\",\n           true => {config,<<>>},\n           undefined_function => [619,1.5|-0.25]}}],\n    <<\"q- gwwq\">>,<<\"\\b\302\260\303\223\">>]}"},
    {'p', 80, 1, "[-209,tags,4729862,[103,111,99,104,122,107,112,97,101,120,103,119],[45,122,45,121,103,46,102,45,121,111,32,95],undefined,<<114,108,106,113,111>>,<<105,104,32,105>>,2.5e-5,75972846,'if',[110,98],another_long_inner_tag_name_here,85620781]",
     "[-209,tags,4729862,\"gochzkpaexgw\",\"-z-yg.f-yo _\",undefined,<<\"rljqo\">>,\n <<\"ih i\">>,2.5e-5,75972846,'if',\"nb\",another_long_inner_tag_name_here,\n 85620781]"},
    {'S', 80, 1, "[-209,tags,4729862,[103,111,99,104,122,107,112,97,101,120,103,119],[45,122,45,121,103,46,102,45,121,111,32,95],undefined,<<114,108,106,113,111>>,<<105,104,32,105>>,2.5e-5,75972846,'if',[110,98],another_long_inner_tag_name_here,85620781]",
     "[-209,tags,4729862,\"gochzkpaexgw\",\"-z-yg.f-yo _\",undefined,\n <<\"rljqo\">>,<<\"ih i\">>,2.5e-5,75972846,'if',\"nb\",\n another_long_inner_tag_name_here,85620781]"},
    {'p', 80, 1, "#{25 => beta,41 => [112,122,114,121,116,110,46,119,110]}",
     "#{25 => beta,41 => \"pzrytn.wn\"}"},
    {'S', 80, 1, "#{25 => beta,41 => [112,122,114,121,116,110,46,119,110]}",
     "#{25 => beta,41 => \"pzrytn.wn\"}"},
    {'p', 80, 1, "#{'[]' => beta,foo => {},item => [],qty => 63,state => #{},tags => [118,119,111]}",
     "#{'[]' => beta,foo => {},item => [],qty => 63,state => #{},tags => \"vwo\"}"},
    {'S', 80, 1, "#{'[]' => beta,foo => {},item => [],qty => 63,state => #{},tags => [118,119,111]}",
     "#{'[]' => beta,foo => {},item => [],qty => 63,state => #{},\n  tags => \"vwo\"}"},
    {'p', 80, 1, "<<52,68,157,86,160,116,101,33,57,3,171,44,133>>",
     "<<52,68,157,86,160,116,101,33,57,3,171,44,133>>"},
    {'S', 80, 1, "<<52,68,157,86,160,116,101,33,57,3,171,44,133>>",
     "<<52,68,157,86,160,116,101,33,57,3,171,44,133>>"},
    {'p', 80, 1, "[{true,#{false => [#{'EXIT' => ok,alpha => [112,104,98,45,111,99,32,109,116,117,113],another_long_inner_tag_name_here => [113,100,95,114,107,119,107,104,119,119,119],undefined_function => gamma,z => <<103,108,120,120,105,100>>},{#{},3262866,<<119,109>>,430,-0.25},{gamma},#{10 => config,17 => false,33 => config},[<<114>>,4,16089790|95629713]],sku => <<112,98,121,97,95>>,users => {undefined,[{another_long_inner_tag_name_here,[[117,106,108,45,117],#{},item]},[<<46,109,121>>|{}],<<236,28,88,241,163,232,56,109,207,114,86,46,115,227,94,136,145>>,<<190,234,146,65,138,5:3>>,[87028560,59500247,'if'|another_long_inner_tag_name_here],#{4 => [115,97,118,110,45,104,115,100,111,99,119],15 => 621,21 => 100.0,29 => 1.5,36 => -392,48 => x},#{another_long_inner_tag_name_here => <<99,105,107>>,config => 2.5e-5,error => <<>>,'if' => <<114,109,109>>,sku => 695,z => 68971182},<<188,120,35,217>>]}}},{gamma,<<14,61,124,160,29,5:3>>},{beta,{#{'Quoted' => [5336101,'[]'|8],reply => #{1 => -404,3 => price,7 => 58745541,28 => noreply,40 => 100.0},tags => #{'EXIT' => 675,alpha => [45,104,121,110,110],price => <<46,32,121,109,46>>}},[367,96894155|gamma],#{foo => [111,111,95,108,111,109,120,107,108,114,110,107,120,99,102,100,114,104,113,101,103,114,45,115,119,111,95,108,117,111,99,104,112,120,100,95,105,120,97,112,45,120,103,107,121,115,120,45,95,106,98,117,32,111,106,110,107,98,117,113,118,120,118,108,111,115,110,102,106,98,102,106,111,95,101,122,97],'if' => <<216,32,57,96,5:3>>,name => #{'Quoted' => -41,undefined_function => 39950729,yet_another_deeply_nested_tag => <<104,113,95,103,119,117,108>>},tags => {state,<<115,114,111>>},x => {state,<<97,109,118,111,100,98,109,101,32>>,-283,<<116,111,112,97,115>>,890}},<<97,118>>,<<92,5:3>>}},{tags,[{bar,[-207,67602525,beta,<<>>,beta,1.0e10,foo,3614599,3.14,-9]},{undefined,{another_long_inner_tag_name_here,{ok,[2.5e-5]},<<153,5:3>>}},{'if',[118,95,111,107,46,112,120,119,103,100,100,118,105,102,45,110,110,120,99,116,103,104,119,115,32,113,32,110,32,113,120,121,107,108,112,105,101,113,45,116,113,102,105,117,104,110,46,99,120,115,99,122,109,106,99,112,112,110,46,102,121,97,118,99,117,106,110,104,98,120,110,95,118,95,45,117,114,103,122,100,107,32,102,115,107,105,45,114,121,110]}]}]",
     "[{true,\n     #{false =>\n           [#{'EXIT' => ok,alpha => \"phb-oc mtuq\",\n              another_long_inner_tag_name_here => \"qd_rkwkhwww\",\n              undefined_function => gamma,z => <<\"glxxid\">>},\n            {#{},3262866,<<\"wm\">>,430,-0.25},\n            {gamma},\n            #{10 => config,17 => false,33 => config},\n            [<<\"r\">>,4,16089790|95629713]],\n       sku => <<\"pbya_\">>,\n       users =>\n           {undefined,\n               [{another_long_inner_tag_name_here,[\"ujl-u\",#{},item]},\n                [<<\".my\">>|{}],\n                <<236,28,88,241,163,232,56,109,207,114,86,46,115,227,94,136,145>>,\n                <<190,234,146,65,138,5:3>>,\n                [87028560,59500247,'if'|another_long_inner_tag_name_here],\n                #{4 => \"savn-hsdocw\",15 => 621,21 => 100.0,29 => 1.5,\n                  36 => -392,48 => x},\n                #{another_long_inner_tag_name_here => <<\"cik\">>,\n                  config => 2.5e-5,error => <<>>,'if' => <<\"rmm\">>,sku => 695,\n                  z => 68971182},\n                <<\"\302\274x#\303\231\">>]}}},\n {gamma,<<14,61,124,160,29,5:3>>},\n {beta,\n     {#{'Quoted' => [5336101,'[]'|8],\n        reply =>\n            #{1 => -404,3 => price,7 => 58745541,28 => noreply,40 => 100.0},\n        tags => #{'EXIT' => 675,alpha => \"-hynn\",price => <<\". ym.\">>}},\n      [367,96894155|gamma],\n      #{foo =>\n            \"oo_lomxklrnkxcfdrhqegr-swo_luochpxd_ixap-xgkysx-_jbu ojnkbuqvxvlosnfjbfjo_eza\",\n        'if' => <<216,32,57,96,5:3>>,\n        name =>\n            #{'Quoted' => -41,undefined_function => 39950729,\n              yet_another_deeply_nested_tag => <<\"hq_gwul\">>},\n        tags => {state,<<\"sro\">>},\n        x => {state,<<\"amvodbme \">>,-283,<<\"topas\">>,890}},\n      <<\"av\">>,\n      <<92,5:3>>}},\n {tags,\n     [{bar,[-207,67602525,beta,<<>>,beta,1.0e10,foo,3614599,3.14,-9]},\n      {undefined,{another_long_inner_tag_name_here,{ok,[2.5e-5]},<<153,5:3>>}},\n      {'if',\n          \"v_ok.pxwgddvif-nnxctghws q n qxyklpieq-tqfiuhn.cxsczmjcppn.fyavcujnhbxn_v_-urgzdk fski-ryn\"}]}]"},
    {'S', 80, 1, "[{true,#{false => [#{'EXIT' => ok,alpha => [112,104,98,45,111,99,32,109,116,117,113],another_long_inner_tag_name_here => [113,100,95,114,107,119,107,104,119,119,119],undefined_function => gamma,z => <<103,108,120,120,105,100>>},{#{},3262866,<<119,109>>,430,-0.25},{gamma},#{10 => config,17 => false,33 => config},[<<114>>,4,16089790|95629713]],sku => <<112,98,121,97,95>>,users => {undefined,[{another_long_inner_tag_name_here,[[117,106,108,45,117],#{},item]},[<<46,109,121>>|{}],<<236,28,88,241,163,232,56,109,207,114,86,46,115,227,94,136,145>>,<<190,234,146,65,138,5:3>>,[87028560,59500247,'if'|another_long_inner_tag_name_here],#{4 => [115,97,118,110,45,104,115,100,111,99,119],15 => 621,21 => 100.0,29 => 1.5,36 => -392,48 => x},#{another_long_inner_tag_name_here => <<99,105,107>>,config => 2.5e-5,error => <<>>,'if' => <<114,109,109>>,sku => 695,z => 68971182},<<188,120,35,217>>]}}},{gamma,<<14,61,124,160,29,5:3>>},{beta,{#{'Quoted' => [5336101,'[]'|8],reply => #{1 => -404,3 => price,7 => 58745541,28 => noreply,40 => 100.0},tags => #{'EXIT' => 675,alpha => [45,104,121,110,110],price => <<46,32,121,109,46>>}},[367,96894155|gamma],#{foo => [111,111,95,108,111,109,120,107,108,114,110,107,120,99,102,100,114,104,113,101,103,114,45,115,119,111,95,108,117,111,99,104,112,120,100,95,105,120,97,112,45,120,103,107,121,115,120,45,95,106,98,117,32,111,106,110,107,98,117,113,118,120,118,108,111,115,110,102,106,98,102,106,111,95,101,122,97],'if' => <<216,32,57,96,5:3>>,name => #{'Quoted' => -41,undefined_function => 39950729,yet_another_deeply_nested_tag => <<104,113,95,103,119,117,108>>},tags => {state,<<115,114,111>>},x => {state,<<97,109,118,111,100,98,109,101,32>>,-283,<<116,111,112,97,115>>,890}},<<97,118>>,<<92,5:3>>}},{tags,[{bar,[-207,67602525,beta,<<>>,beta,1.0e10,foo,3614599,3.14,-9]},{undefined,{another_long_inner_tag_name_here,{ok,[2.5e-5]},<<153,5:3>>}},{'if',[118,95,111,107,46,112,120,119,103,100,100,118,105,102,45,110,110,120,99,116,103,104,119,115,32,113,32,110,32,113,120,121,107,108,112,105,101,113,45,116,113,102,105,117,104,110,46,99,120,115,99,122,109,106,99,112,112,110,46,102,121,97,118,99,117,106,110,104,98,120,110,95,118,95,45,117,114,103,122,100,107,32,102,115,107,105,45,114,121,110]}]}]",
     "[{true,\n     #{false =>\n           [#{'EXIT' => ok,alpha => \"phb-oc mtuq\",\n              another_long_inner_tag_name_here => \"qd_rkwkhwww\",\n              undefined_function => gamma,z => <<\"glxxid\">>},\n            {#{},3262866,<<\"wm\">>,430,-0.25},\n            {gamma},\n            #{10 => config,17 => false,33 => config},\n            [<<\"r\">>,4,16089790|95629713]],\n       sku => <<\"pbya_\">>,\n       users =>\n           {undefined,\n               [{another_long_inner_tag_name_here,[\"ujl-u\",#{},item]},\n                [<<\".my\">>|{}],\n                <<236,28,88,241,163,232,56,109,207,114,86,46,115,227,94,\n                  136,145>>,\n                <<190,234,146,65,138,5:3>>,\n                [87028560,59500247,'if'|another_long_inner_tag_name_here],\n                #{4 => \"savn-hsdocw\",15 => 621,21 => 100.0,29 => 1.5,\n                  36 => -392,48 => x},\n                #{another_long_inner_tag_name_here => <<\"cik\">>,\n                  config => 2.5e-5,error => <<>>,'if' => <<\"rmm\">>,sku => 695,\n                  z => 68971182},\n                <<\"\302\274x#\303\231\">>]}}},\n {gamma,<<14,61,124,160,29,5:3>>},\n {beta,\n     {#{'Quoted' => [5336101,'[]'|8],\n        reply =>\n            #{1 => -404,3 => price,7 => 58745541,28 => noreply,\n              40 => 100.0},\n        tags =>\n            #{'EXIT' => 675,alpha => \"-hynn\",price => <<\". ym.\">>}},\n      [367,96894155|gamma],\n      #{foo =>\n            \"oo_lomxklrnkxcfdrhqegr-swo_luochpxd_ixap-xgkysx-_jbu ojnkbuqvxvlosnfjbfjo_eza\",\n        'if' => <<216,32,57,96,5:3>>,\n        name =>\n            #{'Quoted' => -41,undefined_function => 39950729,\n              yet_another_deeply_nested_tag => <<\"hq_gwul\">>},\n        tags => {state,<<\"sro\">>},\n        x => {state,<<\"amvodbme \">>,-283,<<\"topas\">>,890}},\n      <<\"av\">>,\n      <<92,5:3>>}},\n {tags,\n     [{bar,\n          [-207,67602525,beta,<<>>,beta,1.0e10,foo,3614599,3.14,-9]},\n      {undefined,\n          {another_long_inner_tag_name_here,\n              {ok,[2.5e-5]},\n              <<153,5:3>>}},\n      {'if',\n          \"v_ok.pxwgddvif-nnxctghws q n qxyklpieq-tqfiuhn.cxsczmjcppn.fyavcujnhbxn_v_-urgzdk fski-ryn\"}]}]"},
    {'p', 80, 1, "#{undefined => [x,[101,100,108,118],-40,754,<<108,117,106,45,46,103,97>>,1.0e10,100.0,#{},<<102,111,107>>,-87,<<45,120,121,110,107,99>>,93451882,[101,107,32,107,32,98,32],3.14,[114,116,99],60798186,1.5,state],undefined_function => {sku,[121,109,110,95,106,111,101,95,118,113,121],error}}",
     "#{undefined =>\n      [x,\"edlv\",-40,754,<<\"luj-.ga\">>,1.0e10,100.0,#{},<<\"fok\">>,-87,\n       <<\"-xynkc\">>,93451882,\"ek k b \",3.14,\"rtc\",60798186,1.5,state],\n  undefined_function => {sku,\"ymn_joe_vqy\",error}}"},
    {'S', 80, 1, "#{undefined => [x,[101,100,108,118],-40,754,<<108,117,106,45,46,103,97>>,1.0e10,100.0,#{},<<102,111,107>>,-87,<<45,120,121,110,107,99>>,93451882,[101,107,32,107,32,98,32],3.14,[114,116,99],60798186,1.5,state],undefined_function => {sku,[121,109,110,95,106,111,101,95,118,113,121],error}}",
     "#{undefined =>\n      [x,\"edlv\",-40,754,<<\"luj-.ga\">>,1.0e10,100.0,#{},<<\"fok\">>,\n       -87,<<\"-xynkc\">>,93451882,\"ek k b \",3.14,\"rtc\",60798186,1.5,\n       state],\n  undefined_function => {sku,\"ymn_joe_vqy\",error}}"},
    {'p', 80, 1, "#{3 => 2.5e-5,4 => <<119,32,102,107,122>>,5 => <<119,114,117,105,110>>,40 => <<103>>,47 => x}",
     "#{3 => 2.5e-5,4 => <<\"w fkz\">>,5 => <<\"wruin\">>,40 => <<\"g\">>,47 => x}"},
    {'S', 80, 1, "#{3 => 2.5e-5,4 => <<119,32,102,107,122>>,5 => <<119,114,117,105,110>>,40 => <<103>>,47 => x}",
     "#{3 => 2.5e-5,4 => <<\"w fkz\">>,5 => <<\"wruin\">>,40 => <<\"g\">>,\n  47 => x}"},
    {'p', 80, 1, "#{'EXIT' => [{'Quoted',[79485612,-307,33984210,32393560]},{name,<<229,151,139,185,204,234,187,20,69,60,118,99,161,25,245,19,233,60,109,45,47,45,236,216,3,229,114>>},{qty,[-255,'Quoted',[106,32,112,32,111,98]|'if']},{price,[-164,#{},[109,32],117,102,99,99,106,115,117]},{a,[38842268,-384,alpha]}],'Quoted' => {#{1 => <<104,109,110>>,8 => 142,38 => [],39 => -278},[reply,81979486,-23,error,'[]',<<105,116,117,105>>,-384,[106,107,97,46,107,122,110,106,101,120,104],100.0,-440,52529252,-398,44926397,users,780,[108,104,101,32],[114,105,95,114,117,99,122,104,121],'with space',price,81231467,#{}],[3.14,error]},'[]' => <<93,175,8,128,252,254,179,42>>,foo => [114,110,32,120,109,107,102,32,113,106,105,105,113,105,110,107,98,32,120,100,100,122,117,118,114,112,122,98,122,102,104,122,98,113,118,95,117,112,103,45,95,98,120,32,121,103,116,108,120,106,46,110,112,46,106,95,111,117,108,115,112,111,119,102,45,105,112,118,99,109,107,105],name => {677,{a,users,-330,597},[110,108,101,95,102,104,99]},reply => [#{'EXIT' => 26127857,a => {},qty => 3.14,undefined => -66,y => [46],z => [116,99,99,95]},<<144,62,2,49,192,53,87,14,31,24,169,21,234,159,182,84,138,61,48,160,33,207>>,[<<32,119>>,48,3296523,[115,108,117,106,110,105,32,99,103],93411312,1.0e10,38549056,'EXIT'],<<189,78,140,250,154,23,200,226>>]}",
     "#{'EXIT' =>\n      [{'Quoted',[79485612,-307,33984210,32393560]},\n       {name,<<229,151,139,185,204,234,187,20,69,60,118,99,161,25,245,19,233,\n               60,109,45,47,45,236,216,3,229,114>>},\n       {qty,[-255,'Quoted',\"j p ob\"|'if']},\n       {price,[-164,#{},\"m \",117,102,99,99,106,115,117]},\n       {a,[38842268,-384,alpha]}],\n  'Quoted' =>\n      {#{1 => <<\"hmn\">>,8 => 142,38 => [],39 => -278},\n       [reply,81979486,-23,error,'[]',<<\"itui\">>,-384,\"jka.kznjexh\",100.0,\n        -440,52529252,-398,44926397,users,780,\"lhe \",\"ri_ruczhy\",'with space',\n        price,81231467,#{}],\n       [3.14,error]},\n  '[]' => <<93,175,8,128,252,254,179,42>>,\n  foo =>\n      \"rn xmkf qjiiqinkb xddzuvrpzbzfhzbqv_upg-_bx ygtlxj.np.j_oulspowf-ipvcmki\",\n  name => {677,{a,users,-330,597},\"nle_fhc\"},\n  reply =>\n      [#{'EXIT' => 26127857,a => {},qty => 3.14,undefined => -66,y => \".\",\n         z => \"tcc_\"},\n       <<144,62,2,49,192,53,87,14,31,24,169,21,234,159,182,84,138,61,48,160,33,\n         207>>,\n       [<<\" w\">>,48,3296523,\"slujni cg\",93411312,1.0e10,38549056,'EXIT'],\n       <<189,78,140,250,154,23,200,226>>]}"},
    {'S', 80, 1, "#{'EXIT' => [{'Quoted',[79485612,-307,33984210,32393560]},{name,<<229,151,139,185,204,234,187,20,69,60,118,99,161,25,245,19,233,60,109,45,47,45,236,216,3,229,114>>},{qty,[-255,'Quoted',[106,32,112,32,111,98]|'if']},{price,[-164,#{},[109,32],117,102,99,99,106,115,117]},{a,[38842268,-384,alpha]}],'Quoted' => {#{1 => <<104,109,110>>,8 => 142,38 => [],39 => -278},[reply,81979486,-23,error,'[]',<<105,116,117,105>>,-384,[106,107,97,46,107,122,110,106,101,120,104],100.0,-440,52529252,-398,44926397,users,780,[108,104,101,32],[114,105,95,114,117,99,122,104,121],'with space',price,81231467,#{}],[3.14,error]},'[]' => <<93,175,8,128,252,254,179,42>>,foo => [114,110,32,120,109,107,102,32,113,106,105,105,113,105,110,107,98,32,120,100,100,122,117,118,114,112,122,98,122,102,104,122,98,113,118,95,117,112,103,45,95,98,120,32,121,103,116,108,120,106,46,110,112,46,106,95,111,117,108,115,112,111,119,102,45,105,112,118,99,109,107,105],name => {677,{a,users,-330,597},[110,108,101,95,102,104,99]},reply => [#{'EXIT' => 26127857,a => {},qty => 3.14,undefined => -66,y => [46],z => [116,99,99,95]},<<144,62,2,49,192,53,87,14,31,24,169,21,234,159,182,84,138,61,48,160,33,207>>,[<<32,119>>,48,3296523,[115,108,117,106,110,105,32,99,103],93411312,1.0e10,38549056,'EXIT'],<<189,78,140,250,154,23,200,226>>]}",
     "#{'EXIT' =>\n      [{'Quoted',[79485612,-307,33984210,32393560]},\n       {name,<<229,151,139,185,204,234,187,20,69,60,118,99,161,\n               25,245,19,233,60,109,45,47,45,236,216,...>>},\n       {qty,[-255,'Quoted',\"j p ob\"|'if']},\n       {price,[-164,#{},\"m \",117,102,99,99,106,115,117]},\n       {a,[38842268,-384,alpha]}],\n  'Quoted' =>\n      {#{1 => <<\"hmn\">>,8 => 142,38 => [],39 => -278},\n       [reply,81979486,-23,error,'[]',<<\"itui\">>,-384,\n        \"jka.kznjexh\",100.0,-440,52529252,-398,44926397,users,780,\n        \"lhe \",\"ri_ruczhy\",'with space',price,81231467,#{}],\n       [3.14,error]},\n  '[]' => <<93,175,8,128,252,254,179,42>>,\n  foo =>\n      \"rn xmkf qjiiqinkb xddzuvrpzbzfhzbqv_upg-_bx ygtlxj.np.j_oulspowf-ipvcmki\",\n  name => {677,{a,users,-330,597},\"nle_fhc\"},\n  reply =>\n      [#{'EXIT' => 26127857,a => {},qty => 3.14,undefined => -66,\n         y => \".\",z => \"tcc_\"},\n       <<144,62,2,49,192,53,87,14,31,24,169,21,234,159,182,84,\n         138,61,48,160,33,207>>,\n       [<<\" w\">>,48,3296523,\"slujni cg\",93411312,1.0e10,38549056,\n        'EXIT'],\n       <<189,78,140,250,154,23,200,226>>]}"},
    {'p', 80, 1, "{#{16 => name,35 => reply,39 => name,48 => 768},<<229,78,229,126,5:3>>,[121,46,98,115,120,32]}",
     "{#{16 => name,35 => reply,39 => name,48 => 768},\n <<229,78,229,126,5:3>>,\n \"y.bsx \"}"},
    {'S', 80, 1, "{#{16 => name,35 => reply,39 => name,48 => 768},<<229,78,229,126,5:3>>,[121,46,98,115,120,32]}",
     "{#{16 => name,35 => reply,39 => name,48 => 768},\n <<229,78,229,126,5:3>>,\n \"y.bsx \"}"},
    {'p', 80, 1, "<<>>",
     "<<>>"},
    {'S', 80, 1, "<<>>",
     "<<>>"},
    {'p', 80, 1, "<<140,37,26,5:3>>",
     "<<140,37,26,5:3>>"},
    {'S', 80, 1, "<<140,37,26,5:3>>",
     "<<140,37,26,5:3>>"},
    {'p', 80, 1, "{another_long_inner_tag_name_here,3275471}",
     "{another_long_inner_tag_name_here,3275471}"},
    {'S', 80, 1, "{another_long_inner_tag_name_here,3275471}",
     "{another_long_inner_tag_name_here,3275471}"},
    {'p', 80, 9, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,\n         27,28,29,30]"},
    {'p', 40, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,\n 16,17,18,19,20,21,22,23,24,25,26,27,\n 28,29,30]"},
    {'P', 1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]",
     "[...]"},
    {'W', 1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]",
     "[...]"},
    {'w', -1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]"},
    {'p', 80, 9, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,\n         27,28,29,30,31,32,33,34,35,36,37,38,39,40]"},
    {'p', 40, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,\n 16,17,18,19,20,21,22,23,24,25,26,27,\n 28,29,30,31,32,33,34,35,36,37,38,39,\n 40]"},
    {'P', 6, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5|...]"},
    {'W', 4, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3|...]"},
    {'w', -1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]"},
    {'p', 80, 9, "[{item,1,[110,97,109,101]},{item,2,[110,97,109,101]},{item,3,[110,97,109,101]},{item,4,[110,97,109,101]},{item,5,[110,97,109,101]},{item,6,[110,97,109,101]},{item,7,[110,97,109,101]},{item,8,[110,97,109,101]}]",
     "[{item,1,\"name\"},\n         {item,2,\"name\"},\n         {item,3,\"name\"},\n         {item,4,\"name\"},\n         {item,5,\"name\"},\n         {item,6,\"name\"},\n         {item,7,\"name\"},\n         {item,8,\"name\"}]"},
    {'p', 40, 1, "[{item,1,[110,97,109,101]},{item,2,[110,97,109,101]},{item,3,[110,97,109,101]},{item,4,[110,97,109,101]},{item,5,[110,97,109,101]},{item,6,[110,97,109,101]},{item,7,[110,97,109,101]},{item,8,[110,97,109,101]}]",
     "[{item,1,\"name\"},\n {item,2,\"name\"},\n {item,3,\"name\"},\n {item,4,\"name\"},\n {item,5,\"name\"},\n {item,6,\"name\"},\n {item,7,\"name\"},\n {item,8,\"name\"}]"},
    {'P', 1, 1, "[{item,1,[110,97,109,101]},{item,2,[110,97,109,101]},{item,3,[110,97,109,101]},{item,4,[110,97,109,101]},{item,5,[110,97,109,101]},{item,6,[110,97,109,101]},{item,7,[110,97,109,101]},{item,8,[110,97,109,101]}]",
     "[...]"},
    {'W', 4, 1, "[{item,1,[110,97,109,101]},{item,2,[110,97,109,101]},{item,3,[110,97,109,101]},{item,4,[110,97,109,101]},{item,5,[110,97,109,101]},{item,6,[110,97,109,101]},{item,7,[110,97,109,101]},{item,8,[110,97,109,101]}]",
     "[{item,1,...},{item,...},{...}|...]"},
    {'w', -1, 1, "[{item,1,[110,97,109,101]},{item,2,[110,97,109,101]},{item,3,[110,97,109,101]},{item,4,[110,97,109,101]},{item,5,[110,97,109,101]},{item,6,[110,97,109,101]},{item,7,[110,97,109,101]},{item,8,[110,97,109,101]}]",
     "[{item,1,[110,97,109,101]},{item,2,[110,97,109,101]},{item,3,[110,97,109,101]},{item,4,[110,97,109,101]},{item,5,[110,97,109,101]},{item,6,[110,97,109,101]},{item,7,[110,97,109,101]},{item,8,[110,97,109,101]}]"},
    {'p', 80, 9, "{state,[{users,[alice,bob,carol,dave,eve]},{config,#{mode => fast,retries => 3,timeout => 5000}}],{counters,1,2,3}}",
     "{state,[{users,[alice,bob,carol,dave,eve]},\n                {config,#{mode => fast,retries => 3,timeout => 5000}}],\n               {counters,1,2,3}}"},
    {'p', 40, 1, "{state,[{users,[alice,bob,carol,dave,eve]},{config,#{mode => fast,retries => 3,timeout => 5000}}],{counters,1,2,3}}",
     "{state,[{users,[alice,bob,carol,dave,\n                eve]},\n        {config,#{mode => fast,\n                  retries => 3,\n                  timeout => 5000}}],\n       {counters,1,2,3}}"},
    {'P', 1, 1, "{state,[{users,[alice,bob,carol,dave,eve]},{config,#{mode => fast,retries => 3,timeout => 5000}}],{counters,1,2,3}}",
     "{...}"},
    {'W', 4, 1, "{state,[{users,[alice,bob,carol,dave,eve]},{config,#{mode => fast,retries => 3,timeout => 5000}}],{counters,1,2,3}}",
     "{state,[{...}|...],{...}}"},
    {'w', -1, 1, "{state,[{users,[alice,bob,carol,dave,eve]},{config,#{mode => fast,retries => 3,timeout => 5000}}],{counters,1,2,3}}",
     "{state,[{users,[alice,bob,carol,dave,eve]},{config,#{mode => fast,retries => 3,timeout => 5000}}],{counters,1,2,3}}"},
    {'p', 80, 9, "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}",
     "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,\n          key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}"},
    {'p', 40, 1, "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}",
     "#{key1 => 1,key10 => 10,key11 => 11,\n  key12 => 12,key2 => 2,key3 => 3,\n  key4 => 4,key5 => 5,key6 => 6,\n  key7 => 7,key8 => 8,key9 => 9}"},
    {'P', 4, 1, "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}",
     "#{key1 => 1,key10 => 10,key11 => 11,...}"},
    {'W', 1, 1, "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}",
     "#{}"},
    {'w', -1, 1, "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}",
     "#{key1 => 1,key10 => 10,key11 => 11,key12 => 12,key2 => 2,key3 => 3,key4 => 4,key5 => 5,key6 => 6,key7 => 7,key8 => 8,key9 => 9}"},
    {'p', 80, 9, "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60>>",
     "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,\n          27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,\n          50,51,52,53,54,55,56,57,58,59,60>>"},
    {'p', 40, 1, "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60>>",
     "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,\n  16,17,18,19,20,21,22,23,24,25,26,27,\n  28,29,30,31,32,33,34,35,36,37,38,39,\n  40,41,42,43,44,45,46,47,48,49,50,51,\n  52,53,54,55,56,57,58,59,60>>"},
    {'P', 6, 1, "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60>>",
     "<<1,2,3,4,5,...>>"},
    {'W', 3, 1, "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60>>",
     "<<1,2,...>>"},
    {'w', -1, 1, "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60>>",
     "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60>>"},
    {'p', 80, 9, "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]}",
     "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,\n             25,26,27,28,29,30]}"},
    {'p', 40, 1, "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]}",
     "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,\n     15,16,17,18,19,20,21,22,23,24,25,\n     26,27,28,29,30]}"},
    {'P', 4, 1, "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]}",
     "{ok,[1|...]}"},
    {'W', 5, 1, "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]}",
     "{ok,[1,2|...]}"},
    {'w', -1, 1, "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]}",
     "{ok,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]}"},
    {'p', 80, 9, "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}}}}}}}}",
     "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,\n                                 19,20,21,22,23,24,25]}}}}}}}}"},
    {'p', 40, 1, "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}}}}}}}}",
     "{a,\n {b,\n  {c,\n   {d,\n    {e,\n     {f,\n      {g,\n       {h,\n        [1,2,3,4,5,6,7,8,9,10,11,12,\n         13,14,15,16,17,18,19,20,21,\n         22,23,24,25]}}}}}}}}"},
    {'P', 1, 1, "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}}}}}}}}",
     "{...}"},
    {'W', 3, 1, "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}}}}}}}}",
     "{a,{...}}"},
    {'w', -1, 1, "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}}}}}}}}",
     "{a,{b,{c,{d,{e,{f,{g,{h,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]}}}}}}}}"},
    {'p', 80, 9, "[{name,[87,105,100,103,101,116]},{price,19.99},{qty,100},{tags,[red,blue,green]},{sku,<<83,75,85,45,48,48,48,49>>}]",
     "[{name,\"Widget\"},\n         {price,19.99},\n         {qty,100},\n         {tags,[red,blue,green]},\n         {sku,<<\"SKU-0001\">>}]"},
    {'p', 40, 1, "[{name,[87,105,100,103,101,116]},{price,19.99},{qty,100},{tags,[red,blue,green]},{sku,<<83,75,85,45,48,48,48,49>>}]",
     "[{name,\"Widget\"},\n {price,19.99},\n {qty,100},\n {tags,[red,blue,green]},\n {sku,<<\"SKU-0001\">>}]"},
    {'P', 3, 1, "[{name,[87,105,100,103,101,116]},{price,19.99},{qty,100},{tags,[red,blue,green]},{sku,<<83,75,85,45,48,48,48,49>>}]",
     "[{name,...},{...}|...]"},
    {'W', 1, 1, "[{name,[87,105,100,103,101,116]},{price,19.99},{qty,100},{tags,[red,blue,green]},{sku,<<83,75,85,45,48,48,48,49>>}]",
     "[...]"},
    {'w', -1, 1, "[{name,[87,105,100,103,101,116]},{price,19.99},{qty,100},{tags,[red,blue,green]},{sku,<<83,75,85,45,48,48,48,49>>}]",
     "[{name,[87,105,100,103,101,116]},{price,19.99},{qty,100},{tags,[red,blue,green]},{sku,<<83,75,85,45,48,48,48,49>>}]"},
    {'p', 80, 9, "{a_very_long_tag_name_for_testing_indentation_behaviour,[one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}",
     "{a_very_long_tag_name_for_testing_indentation_behaviour,\n            [one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}"},
    {'p', 40, 1, "{a_very_long_tag_name_for_testing_indentation_behaviour,[one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}",
     "{a_very_long_tag_name_for_testing_indentation_behaviour,\n    [one,two,three,four,five,six,\n     seven,eight,nine,ten,eleven,\n     twelve]}"},
    {'P', 4, 1, "{a_very_long_tag_name_for_testing_indentation_behaviour,[one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}",
     "{a_very_long_tag_name_for_testing_indentation_behaviour,[one|...]}"},
    {'W', 1, 1, "{a_very_long_tag_name_for_testing_indentation_behaviour,[one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}",
     "{...}"},
    {'w', -1, 1, "{a_very_long_tag_name_for_testing_indentation_behaviour,[one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}",
     "{a_very_long_tag_name_for_testing_indentation_behaviour,[one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]}"},
    {'p', 80, 9, "{tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,[alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}}",
     "{tag,\n            {another_long_inner_tag_name_here,\n                {yet_another_deeply_nested_tag,\n                    [alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,\n                     kappa]}}}"},
    {'p', 40, 1, "{tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,[alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}}",
     "{tag,\n    {another_long_inner_tag_name_here,\n        {yet_another_deeply_nested_tag,\n            [alpha,beta,gamma,delta,\n             epsilon,zeta,eta,theta,\n             iota,kappa]}}}"},
    {'P', 6, 1, "{tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,[alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}}",
     "{tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,...}}}"},
    {'W', 5, 1, "{tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,[alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}}",
     "{tag,{another_long_inner_tag_name_here,{...}}}"},
    {'w', -1, 1, "{tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,[alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}}",
     "{tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,[alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}}"},
    {'p', 80, 9, "#{config => #{cache => #{ttl => 3600},db => #{host => [108,111,99,97,108,104,111,115,116],password => [115,101,99,114,101,116],port => 5432,user => [97,100,109,105,110]}}}",
     "#{config =>\n              #{cache => #{ttl => 3600},\n                db =>\n                    #{host => \"localhost\",password => \"secret\",port => 5432,\n                      user => \"admin\"}}}"},
    {'p', 40, 1, "#{config => #{cache => #{ttl => 3600},db => #{host => [108,111,99,97,108,104,111,115,116],password => [115,101,99,114,101,116],port => 5432,user => [97,100,109,105,110]}}}",
     "#{config =>\n      #{cache => #{ttl => 3600},\n        db =>\n            #{host => \"localhost\",\n              password => \"secret\",\n              port => 5432,\n              user => \"admin\"}}}"},
    {'P', 2, 1, "#{config => #{cache => #{ttl => 3600},db => #{host => [108,111,99,97,108,104,111,115,116],password => [115,101,99,114,101,116],port => 5432,user => [97,100,109,105,110]}}}",
     "#{config => #{...}}"},
    {'W', 2, 1, "#{config => #{cache => #{ttl => 3600},db => #{host => [108,111,99,97,108,104,111,115,116],password => [115,101,99,114,101,116],port => 5432,user => [97,100,109,105,110]}}}",
     "#{config => #{},...}"},
    {'w', -1, 1, "#{config => #{cache => #{ttl => 3600},db => #{host => [108,111,99,97,108,104,111,115,116],password => [115,101,99,114,101,116],port => 5432,user => [97,100,109,105,110]}}}",
     "#{config => #{cache => #{ttl => 3600},db => #{host => [108,111,99,97,108,104,111,115,116],password => [115,101,99,114,101,116],port => 5432,user => [97,100,109,105,110]}}}"},
    {'p', 80, 9, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,{a,b},21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,\n         {a,b},\n         21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]"},
    {'p', 40, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,{a,b},21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,\n 16,17,18,19,20,\n {a,b},\n 21,22,23,24,25,26,27,28,29,30,31,32,\n 33,34,35,36,37,38,39,40]"},
    {'P', 2, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,{a,b},21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1|...]"},
    {'W', 5, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,{a,b},21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4|...]"},
    {'w', -1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,{a,b},21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,{a,b},21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]"},
    {'p', 80, 9, "[<<1,2>>,<<97,98>>,[],{},[115,116,114],1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]",
     "[<<1,2>>,\n         <<\"ab\">>,[],{},\"str\",1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,\n         20,21,22,23,24,25]"},
    {'p', 40, 1, "[<<1,2>>,<<97,98>>,[],{},[115,116,114],1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]",
     "[<<1,2>>,\n <<\"ab\">>,[],{},\"str\",1,2,3,4,5,6,7,8,\n 9,10,11,12,13,14,15,16,17,18,19,20,\n 21,22,23,24,25]"},
    {'P', 3, 1, "[<<1,2>>,<<97,98>>,[],{},[115,116,114],1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]",
     "[<<1,...>>,<<...>>|...]"},
    {'W', 3, 1, "[<<1,2>>,<<97,98>>,[],{},[115,116,114],1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]",
     "[<<1,...>>,<<...>>|...]"},
    {'w', -1, 1, "[<<1,2>>,<<97,98>>,[],{},[115,116,114],1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]",
     "[<<1,2>>,<<97,98>>,[],{},[115,116,114],1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]"},
    {'p', 80, 9, "{ok,[97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]}",
     "{ok,\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}"},
    {'p', 40, 1, "{ok,[97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]}",
     "{ok,\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}"},
    {'P', 4, 1, "{ok,[97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]}",
     "{ok,\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}"},
    {'W', 1, 1, "{ok,[97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]}",
     "{...}"},
    {'w', -1, 1, "{ok,[97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]}",
     "{ok,[97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]}"},
    {'p', 80, 9, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,\n         27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,\n         50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,\n         73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,\n         96,97,98,99,100]"},
    {'p', 40, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,\n 16,17,18,19,20,21,22,23,24,25,26,27,\n 28,29,30,31,32,33,34,35,36,37,38,39,\n 40,41,42,43,44,45,46,47,48,49,50,51,\n 52,53,54,55,56,57,58,59,60,61,62,63,\n 64,65,66,67,68,69,70,71,72,73,74,75,\n 76,77,78,79,80,81,82,83,84,85,86,87,\n 88,89,90,91,92,93,94,95,96,97,98,99,\n 100]"},
    {'P', 1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
     "[...]"},
    {'W', 1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
     "[...]"},
    {'w', -1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]"},
    {'p', 80, 9, "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32}",
     "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,\n         27,28,29,30,31,32}"},
    {'p', 40, 1, "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32}",
     "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,\n 16,17,18,19,20,21,22,23,24,25,26,27,\n 28,29,30,31,32}"},
    {'P', 4, 1, "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32}",
     "{1,2,3,...}"},
    {'W', 1, 1, "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32}",
     "{...}"},
    {'w', -1, 1, "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32}",
     "{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32}"},
    {'p', 80, 9, "#{name => [87,105,100,103,101,116],price => 19.99,qty => 100,tags => [red,blue]}",
     "#{name => \"Widget\",price => 19.99,qty => 100,tags => [red,blue]}"},
    {'p', 40, 1, "#{name => [87,105,100,103,101,116],price => 19.99,qty => 100,tags => [red,blue]}",
     "#{name => \"Widget\",price => 19.99,\n  qty => 100,\n  tags => [red,blue]}"},
    {'P', 1, 1, "#{name => [87,105,100,103,101,116],price => 19.99,qty => 100,tags => [red,blue]}",
     "#{...}"},
    {'W', 4, 1, "#{name => [87,105,100,103,101,116],price => 19.99,qty => 100,tags => [red,blue]}",
     "#{name => [87,105|...],price => 19.99,qty => 100,...}"},
    {'w', -1, 1, "#{name => [87,105,100,103,101,116],price => 19.99,qty => 100,tags => [red,blue]}",
     "#{name => [87,105,100,103,101,116],price => 19.99,qty => 100,tags => [red,blue]}"},
    {'p', 80, 9, "{state,[alice,bob,carol],#{timeout => 5000},{counters,1,2,3},[97,32,108,111,110,103,32,115,116,114,105,110,103,32,104,101,114,101]}",
     "{state,[alice,bob,carol],\n               #{timeout => 5000},\n               {counters,1,2,3},\n               \"a long string here\"}"},
    {'p', 40, 1, "{state,[alice,bob,carol],#{timeout => 5000},{counters,1,2,3},[97,32,108,111,110,103,32,115,116,114,105,110,103,32,104,101,114,101]}",
     "{state,[alice,bob,carol],\n       #{timeout => 5000},\n       {counters,1,2,3},\n       \"a long string here\"}"},
    {'P', 5, 1, "{state,[alice,bob,carol],#{timeout => 5000},{counters,1,2,3},[97,32,108,111,110,103,32,115,116,114,105,110,103,32,104,101,114,101]}",
     "{state,[alice,bob|...],#{timeout => 5000},{...},...}"},
    {'W', 1, 1, "{state,[alice,bob,carol],#{timeout => 5000},{counters,1,2,3},[97,32,108,111,110,103,32,115,116,114,105,110,103,32,104,101,114,101]}",
     "{...}"},
    {'w', -1, 1, "{state,[alice,bob,carol],#{timeout => 5000},{counters,1,2,3},[97,32,108,111,110,103,32,115,116,114,105,110,103,32,104,101,114,101]}",
     "{state,[alice,bob,carol],#{timeout => 5000},{counters,1,2,3},[97,32,108,111,110,103,32,115,116,114,105,110,103,32,104,101,114,101]}"},
    {'p', 80, 9, "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}",
     "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n                   23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}"},
    {'p', 40, 1, "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}",
     "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,\n           13,14,15,16,17,18,19,20,21,\n           22,23,24,25,26,27,28,29,30,\n           31,32,33,34,35,36,37,38,39,\n           40]}"},
    {'P', 4, 1, "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}",
     "{badmatch,[1|...]}"},
    {'W', 3, 1, "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}",
     "{badmatch,[...]}"},
    {'w', -1, 1, "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}",
     "{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]}"},
    {'p', 80, 9, "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},[{erl_eval,do_apply,7,[{file,[101,114,108,95,101,118,97,108,46,101,114,108]},{line,742}]}]}",
     "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n                    23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},\n         [{erl_eval,do_apply,7,[{file,\"erl_eval.erl\"},{line,742}]}]}"},
    {'p', 40, 1, "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},[{erl_eval,do_apply,7,[{file,[101,114,108,95,101,118,97,108,46,101,114,108]},{line,742}]}]}",
     "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,\n            12,13,14,15,16,17,18,19,\n            20,21,22,23,24,25,26,27,\n            28,29,30,31,32,33,34,35,\n            36,37,38,39,40]},\n [{erl_eval,do_apply,7,\n            [{file,\"erl_eval.erl\"},\n             {line,742}]}]}"},
    {'P', 5, 1, "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},[{erl_eval,do_apply,7,[{file,[101,114,108,95,101,118,97,108,46,101,114,108]},{line,742}]}]}",
     "{{badmatch,[1|...]},[{erl_eval,...}]}"},
    {'W', 1, 1, "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},[{erl_eval,do_apply,7,[{file,[101,114,108,95,101,118,97,108,46,101,114,108]},{line,742}]}]}",
     "{...}"},
    {'w', -1, 1, "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},[{erl_eval,do_apply,7,[{file,[101,114,108,95,101,118,97,108,46,101,114,108]},{line,742}]}]}",
     "{{badmatch,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]},[{erl_eval,do_apply,7,[{file,[101,114,108,95,101,118,97,108,46,101,114,108]},{line,742}]}]}"},
    {'p', 80, 9, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120>>",
     "<<\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\">>"},
    {'p', 40, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120>>",
     "<<\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\">>"},
    {'P', 3, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120>>",
     "<<\"xxxxxxxx\"...>>"},
    {'W', 5, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120>>",
     "<<120,120,120,120,...>>"},
    {'w', -1, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120>>",
     "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120>>"},
    {'p', 80, 9, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,1,2,3>>",
     "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,\n          120,120,120,120,120,120,120,120,120,120,120,120,120,1,2,3>>"},
    {'p', 40, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,1,2,3>>",
     "<<120,120,120,120,120,120,120,120,120,\n  120,120,120,120,120,120,120,120,120,\n  120,120,120,120,120,120,120,120,120,\n  120,120,120,1,2,3>>"},
    {'P', 6, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,1,2,3>>",
     "<<\"xxxxxxxxxxxxxxxxxxxx\"...>>"},
    {'W', 3, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,1,2,3>>",
     "<<120,120,...>>"},
    {'w', -1, 1, "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,1,2,3>>",
     "<<120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,1,2,3>>"},
    {'p', 80, 9, "[[1,2,3,4,5,6,7,8,9,10]|improper_tail_atom_that_is_long_enough_to_matter_here_ok]",
     "[[1,2,3,4,5,6,7,8,9,10]|\n         improper_tail_atom_that_is_long_enough_to_matter_here_ok]"},
    {'p', 40, 1, "[[1,2,3,4,5,6,7,8,9,10]|improper_tail_atom_that_is_long_enough_to_matter_here_ok]",
     "[[1,2,3,4,5,6,7,8,9,10]|\n improper_tail_atom_that_is_long_enough_to_matter_here_ok]"},
    {'P', 1, 1, "[[1,2,3,4,5,6,7,8,9,10]|improper_tail_atom_that_is_long_enough_to_matter_here_ok]",
     "[...]"},
    {'W', 1, 1, "[[1,2,3,4,5,6,7,8,9,10]|improper_tail_atom_that_is_long_enough_to_matter_here_ok]",
     "[...]"},
    {'w', -1, 1, "[[1,2,3,4,5,6,7,8,9,10]|improper_tail_atom_that_is_long_enough_to_matter_here_ok]",
     "[[1,2,3,4,5,6,7,8,9,10]|improper_tail_atom_that_is_long_enough_to_matter_here_ok]"},
    {'p', 80, 9, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|2]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|\n         2]"},
    {'p', 40, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|2]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,\n 16,17,18,19,20,21,22,23,24,25,1|2]"},
    {'P', 1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|2]",
     "[...]"},
    {'W', 1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|2]",
     "[...]"},
    {'w', -1, 1, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|2]",
     "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,1|2]"},
    {'p', 80, 9, "[a|b]",
     "[a|b]"},
    {'p', 40, 1, "[a|b]",
     "[a|b]"},
    {'P', 1, 1, "[a|b]",
     "[...]"},
    {'W', 5, 1, "[a|b]",
     "[a|b]"},
    {'w', -1, 1, "[a|b]",
     "[a|b]"},
    {'p', 80, 9, "[97,98,99,10,9,27]",
     "\"abc\\n\\t\\e\""},
    {'p', 40, 1, "[97,98,99,10,9,27]",
     "\"abc\\n\\t\\e\""},
    {'P', 2, 1, "[97,98,99,10,9,27]",
     "\"abc\\n\\t\\e\""},
    {'W', 3, 1, "[97,98,99,10,9,27]",
     "[97,98|...]"},
    {'w', -1, 1, "[97,98,99,10,9,27]",
     "[97,98,99,10,9,27]"},
    {'p', 80, 9, "[7,8,9]",
     "[7,8,9]"},
    {'p', 40, 1, "[7,8,9]",
     "[7,8,9]"},
    {'P', 3, 1, "[7,8,9]",
     "[7,8|...]"},
    {'W', 1, 1, "[7,8,9]",
     "[...]"},
    {'w', -1, 1, "[7,8,9]",
     "[7,8,9]"},
    {'p', 80, 9, "[200,255,160]",
     "\"\303\210\303\277\302\240\""},
    {'p', 40, 1, "[200,255,160]",
     "\"\303\210\303\277\302\240\""},
    {'P', 4, 1, "[200,255,160]",
     "\"\303\210\303\277\302\240\""},
    {'W', 4, 1, "[200,255,160]",
     "[200,255,160]"},
    {'w', -1, 1, "[200,255,160]",
     "[200,255,160]"},
    {'p', 80, 9, "'a\\'b'",
     "'a\\'b'"},
    {'p', 40, 1, "'a\\'b'",
     "'a\\'b'"},
    {'P', 5, 1, "'a\\'b'",
     "'a\\'b'"},
    {'W', 3, 1, "'a\\'b'",
     "'a\\'b'"},
    {'w', -1, 1, "'a\\'b'",
     "'a\\'b'"},
    {'p', 80, 9, "[92,34]",
     "\"\\\\\\\"\""},
    {'p', 40, 1, "[92,34]",
     "\"\\\\\\\"\""},
    {'P', 2, 1, "[92,34]",
     "\"\\\\\\\"\""},
    {'W', 3, 1, "[92,34]",
     "[92,34]"},
    {'w', -1, 1, "[92,34]",
     "[92,34]"},
    {'p', 80, 9, "<<97,98,0>>",
     "<<97,98,0>>"},
    {'p', 40, 1, "<<97,98,0>>",
     "<<97,98,0>>"},
    {'P', 3, 1, "<<97,98,0>>",
     "<<\"ab\"...>>"},
    {'W', 4, 1, "<<97,98,0>>",
     "<<97,98,0>>"},
    {'w', -1, 1, "<<97,98,0>>",
     "<<97,98,0>>"},
    {'p', 80, 9, "<<255,1:3>>",
     "<<255,1:3>>"},
    {'p', 40, 1, "<<255,1:3>>",
     "<<255,1:3>>"},
    {'P', 5, 1, "<<255,1:3>>",
     "<<255,1:3>>"},
    {'W', 3, 1, "<<255,1:3>>",
     "<<255,1:3>>"},
    {'w', -1, 1, "<<255,1:3>>",
     "<<255,1:3>>"},
    {'p', 80, 9, "<<1:1>>",
     "<<1:1>>"},
    {'p', 40, 1, "<<1:1>>",
     "<<1:1>>"},
    {'P', 4, 1, "<<1:1>>",
     "<<1:1>>"},
    {'W', 4, 1, "<<1:1>>",
     "<<1:1>>"},
    {'w', -1, 1, "<<1:1>>",
     "<<1:1>>"},
    {'p', 80, 9, "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},{shell,eval,3,[{file,[115,104,101,108,108,46,101,114,108]},{line,100}]}]}}",
     "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},\n                        {shell,eval,3,[{file,\"shell.erl\"},{line,100}]}]}}"},
    {'p', 40, 1, "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},{shell,eval,3,[{file,[115,104,101,108,108,46,101,114,108]},{line,100}]}]}}",
     "{'EXIT',\n    {undef,\n        [{nosuchmod,f,[1,2,3],[]},\n         {shell,eval,3,\n             [{file,\"shell.erl\"},\n              {line,100}]}]}}"},
    {'P', 5, 1, "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},{shell,eval,3,[{file,[115,104,101,108,108,46,101,114,108]},{line,100}]}]}}",
     "{'EXIT',{undef,[...]}}"},
    {'W', 3, 1, "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},{shell,eval,3,[{file,[115,104,101,108,108,46,101,114,108]},{line,100}]}]}}",
     "{'EXIT',{...}}"},
    {'w', -1, 1, "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},{shell,eval,3,[{file,[115,104,101,108,108,46,101,114,108]},{line,100}]}]}}",
     "{'EXIT',{undef,[{nosuchmod,f,[1,2,3],[]},{shell,eval,3,[{file,[115,104,101,108,108,46,101,114,108]},{line,100}]}]}}"},
};

static const FormatCase format_cases[] = {
    {"~p", "[atom]", "atom"},
    {"~p", "['Quoted atom']", "'Quoted atom'"},
    {"~p", "['a-b']", "'a-b'"},
    {"~p", "['']", "''"},
    {"~p", "['if']", "'if'"},
    {"~p", "[aB]", "aB"},
    {"~p", "[[115,116,114,105,110,103]]", "\"string\""},
    {"~w", "[[115,116,114,105,110,103]]", "[115,116,114,105,110,103]"},
    {"~p ~w", "[[72,105],[72,105]]", "\"Hi\" [72,105]"},
    {"~p ~w", "[<<98,105,110>>,<<98,105,110>>]", "<<\"bin\">> <<98,105,110>>"},
    {"~p ~p ~p ~p", "[<<1,2,3>>,<<97,98,0>>,<<1:1>>,<<255,1:3>>]", "<<1,2,3>> <<97,98,0>> <<1:1>> <<255,1:3>>"},
    {"~p ~p ~p ~p", "[[],[],{},#{}]", "[] [] {} #{}"},
    {"~p ~p", "[[1|2],[97|98]]", "[1|2] [97|98]"},
    {"~p ~p ~p ~p ~p ~p", "[[97,98,99,10],[116,97,98,9,104,101,114,101],[8],[11,12],[13],[27]]", "\"abc\\n\" \"tab\\there\" \"\\b\" \"\\v\\f\" \"\\r\" \"\\e\""},
    {"~p ~p ~p ~p", "[[7],[127],[0,1,2],[256]]", "[7] [127] [0,1,2] [256]"},
    {"~p ~p ~p", "[[160],[255],[200]]", "\"\302\240\" \"\303\277\" \"\303\210\""},
    {"~p ~p ~p", "[[97,34,98],[92,34],'a\\'b']", "\"a\\\"b\" \"\\\\\\\"\" 'a\\'b'"},
    {"~p ~p", "[#{a => 1,b => 2},#{1 => x,a => 2,{t} => z,[115] => y}]", "#{a => 1,b => 2} #{1 => x,a => 2,{t} => z,\"s\" => y}"},
    {"~p ~p ~p", "[12345678,-5,97]", "12345678 -5 97"},
    {"~s|~s|~s|~s", "[[104,101,108,108,111],hello,<<98,105,110>>,[[105,111],108,[105,115,116],<<98>>]]", "hello|hello|bin|iolistb"},
    {"~s", "[123]", NULL},
    {"~s", "[[a]]", NULL},
    {"~s", "[[1087]]", NULL},
    {"~ts", "[[1087]]", "\320\277"},
    {"~s", "[<<104,195,169,108,108,111>>]", "h\303\203\302\251llo"},
    {"~ts", "[<<104,195,169,108,108,111>>]", "h\303\251llo"},
    {"~10s|~-10s|~.2s|~10.2s|", "[[97,98,99],[97,98,99],[97,98,99,100,101,102],[97,98,99,100,101,102]]", "       abc|abc       |ab|        ab|"},
    {"~5s|~-5.3s|~.5s|", "[[97,98,99,100,101,102,103,104],[97,98,99,100,101,102,103,104],[97,98]]", "abcde|abc  |ab   |"},
    {"~3.5s|", "[[97,98]]", NULL},
    {"~n~~", "[]", "\n~"},
    {"~c|~3c|~5c|~.5c|~-5.2c|~5.2.xc|", "[97,97,120,120,121,122]", "a|aaa|xxxxx|xxxxx|yy   |xxxzz|"},
    {"~c", "[256]", "\000"},
    {"~tc", "[256]", "\304\200"},
    {"~B ~.16B ~.2B ~b ~.16b ~B", "[255,255,5,255,255,-10]", "255 FF 101 255 ff -10"},
    {"~B", "[1.0]", NULL},
    {"~X ~.16X ~.16x", "[255,[48,120],255,[48,120],255,[48,120]]", "0x255 0xFF 0xff"},
    {"~.16X", "[-255,'#']", "-#FF"},
    {"~# ~.8# ~.16# ~+ ~.16+", "[10,10,255,10,255]", "10#10 8#12 16#FF 10#10 16#ff"},
    {"~10B|~-10B|~10..0B|~5.10.0B|", "[42,42,42,42]", "        42|42        |0000000042|00042|"},
    {"~.37B", "[1]", NULL},
    {"~.1B", "[1]", NULL},
    {"~.36B", "[123456789]", "21I3V9"},
    {"~f ~.2f ~8.2f|~-8.2f|~-6.2.0f|", "[3.14159,3.14159,3.14159,3.14159,3.14159]", "3.141590 3.14     3.14|3.14    |3.1400|"},
    {"~*.*f|", "[8,3,3.14159]", "   3.142|"},
    {"~f", "[1]", NULL},
    {"~.0f", "[2.5]", NULL},
    {"~f ~f", "[1.0e-7,1.0e10]", "0.000000 10000000000.000000"},
    {"~.2f ~.2f ~.2f", "[1.0e20,-0.0,0.0]", "100000000000000000000.00 -0.00 0.00"},
    {"~e ~e ~e ~e ~e ~e", "[3.14159,123.456,0.001,1.0e100,0.0,-0.0]", "3.14159e+0 1.23456e+2 1.00000e-3 1.00000e+100 0.00000e+0 -0.00000e+0"},
    {"~.3e ~.2e", "[31415.9,9.99]", "3.14e+4 1.0e+1"},
    {"~.1e", "[1.0]", NULL},
    {"~g ~g ~g ~g ~g ~g ~g", "[0.5,5.0,50.0,500.0,5.0e3,5.0e4,0.05]", "0.500000 5.00000 50.0000 500.000 5000.00 5.00000e+4 5.00000e-2"},
    {"~.1g ~.2g ~.3g ~10.3g|", "[0.5,123.0,0.001,7.25]", "0.5 1.2e+2 1.00e-3       7.25|"},
    {"~p ~i ~p", "[a,b,c]", "a  c"},
    {"~5w|~-5w|~5w|", "[ab,ab,abcdefg]", "   ab|ab   |*****|"},
    {"~5p|", "[ab]", "ab|"},
    {"~.2w|~5.2w|", "[abc,abc]", "**|   **|"},
    {"~P ~W", "[[1,2,3,4,5,6,7,8,9,10],5,[1,2,3,4,5,6,7,8,9,10],5]", "[1,2,3,4|...] [1,2,3,4|...]"},
    {"~P", "[{a,{b,{c,{d,e}}}},3]", "{a,{...}}"},
    {"~tp ~p", "[[1087,1088],[1087,1088]]", "[1087,1088] [1087,1088]"},
    {"~tp", "[[104,233,108,108,111]]", "\"h\303\251llo\""},
    {"~.2f ~.2f ~.1f ~.1f ~.1f", "[0.125,0.375,0.25,0.05,0.45]", "0.13 0.38 0.3 0.1 0.5"},
    {"~.2f ~.2f ~.1f", "[2.675,1.005,0.35]", "2.67 1.00 0.3"},
    {"~.3f ~.1f ~f", "[999.9999,9.96,123456789.125]", "1000.000 10.0 123456789.125000"},
    {"~e", "[9.9999999e10]", "1.00000e+11"},
    {"~.2e", "[-9.96]", "-1.0e+1"},
    {"~f", "[5.0e-324]", "0.000000"},
    {"~e", "[5.0e-324]", "4.94066e-324"},
    {"~.20f", "[0.1]", "0.10000000000000000555"},
    {"~d", "[1]", NULL},
    {"~z", "[]", NULL},
    {"~p ~w", "[a]", NULL},
    {"~p", "[a,b]", NULL},
    {"~", "[]", NULL},
    {"~W", "[a,b]", NULL},
    {"~-p", "[a]", NULL},
    {"~-3n", "[]", NULL},
    {"~3n|", "[]", "\n\n\n|"},
    {"abc~10p", "[[1,2,3,4,5,6]]", "abc[1,2,\n    3,4,\n    5,6]"},
    {"Result: ~p~n", "[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]]", "Result: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,\n         27,28,29,30]\n"},
    {"ab\tc~p", "[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]]", "ab\tc[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,\n          26,27,28,29,30]"},
    {"~s~p", "[[120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120],[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]]", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,\n                                         16,17,18,19,20]"},
    {"~w~n~p", "[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25],[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]]", "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]\n[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30]"},
    {"~.10p", "[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]]", "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,\n          26,27,28,29,30]"},
    {"~40p", "[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30]]", "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,\n 16,17,18,19,20,21,22,23,24,25,26,27,\n 28,29,30]"},
    {"~lp ~p", "[[65,66],[65,66]]", "[65,66] \"AB\""},
    {"~tw ~w", "[\303\251,'\\x{43F}']", "\303\251 '\\x{43F}'"},
    {"~ts|~10ts|", "[[1087],<<104,195,169,108,108,111>>]", "\320\277|     h\303\251llo|"},
    {"~ts", "[[-1]]", NULL},
    {"~*c|~-*c|", "[3,97,3,98]", "aaa|bbb|"},
    {"~..*B|~8..*B|", "[48,5,120,42]", "5|xxxxxx42|"},
    {"~.*B", "[16,255]", "FF"},
    {"~*w|", "[-6,x]", "x     |"},
    {"~x", "[1,2]", NULL},
    {"~s", "[<<1:1>>]", NULL},
    {"~10.3w|", "[[1,2,3]]", "       ***|"},
    {"~~ ~3~|", "[]", "~ ~~~|"},
    {"~i", "[]", NULL},
    {"~w", "[]", NULL},
    {"~e", "[1]", NULL},
    {"~.3g", "[12345.678]", "1.23e+4"},
    {"~g", "[1.0e-10]", "1.00000e-10"},
    {"~g", "[-99.5]", "-99.5000"},
};

static int failures, checks;

static void expect_text(const char *what, const char *got, const char *want) {
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        printf("FAIL %s\n  want: %s\n  got:  %s\n", what, want, got);
    }
}

static void run_pretty(Process *p) {
    const AtomTable *atoms = p->vm->atoms;
    for (size_t i = 0; i < sizeof pretty_cases / sizeof pretty_cases[0]; i++) {
        const PrettyCase *c = &pretty_cases[i];
        Term t = parse(p, c->term);
        Buf b = {0};
        PrettyOpts o;
        pretty_default_opts(&o);
        switch (c->mode) {
        case 'p': o.line_length = c->a; o.column = c->b; pretty_print(atoms, &b, t, &o); break;
        case 'S': o.depth = 30; o.line_max_chars = 60; pretty_print(atoms, &b, t, &o); break;
        case 'P': o.depth = c->a; pretty_print(atoms, &b, t, &o); break;
        case 'W': print_term(atoms, &b, t, c->a); break;
        default: print_term(atoms, &b, t, -1); break;
        }
        char what[96];
        snprintf(what, sizeof what, "pretty case %zu ('%c' %d %d)", i, c->mode, c->a, c->b);
        expect_text(what, b.data ? b.data : "", c->expect);
        buf_free(&b);
    }
}

static Term utf8_list(Process *p, const char *s) {
    Term cs[512];
    size_t n = 0, len = strlen(s);
    for (size_t i = 0; i < len && n < 512;) cs[n++] = term_from_small(print_utf8_next(s, len, &i));
    return heap_list(p, cs, n, TERM_NIL);
}

static void run_format(Process *p) {
    for (size_t i = 0; i < sizeof format_cases / sizeof format_cases[0]; i++) {
        const FormatCase *c = &format_cases[i];
        Term args = parse(p, c->args);
        Buf b = {0};
        Term r = fmt_format(p, utf8_list(p, c->fmt), args, &b);
        char what[128];
        snprintf(what, sizeof what, "format case %zu: \"%s\"", i, c->fmt);
        if (!c->expect) {
            checks++;
            if (r != THE_NON_VALUE || p->exc_reason != T_ATOM(BADARG)) {
                failures++;
                printf("FAIL %s: want badarg, got \"%s\"\n", what, b.data ? b.data : "");
            }
        } else if (r == THE_NON_VALUE) {
            checks++;
            failures++;
            printf("FAIL %s: unexpected badarg\n", what);
        } else {
            expect_text(what, b.data ? b.data : "", c->expect);
        }
        buf_free(&b);
    }
    /* the format as a binary, an atom, and a deep list with literal parts */
    Buf b = {0};
    uint8_t fb[] = "a~wb";
    fmt_format(p, heap_binary(p, fb, 4), parse(p, "[1]"), &b);
    expect_text("binary format", b.data, "a1b");
    b.len = 0;
    fmt_format(p, term_from_atom(atom_intern(p->vm->atoms, "foo~n", 5)), TERM_NIL, &b);
    expect_text("atom format", b.data, "foo\n");
    b.len = 0;
    /* erl: io_lib:format(["a",["~w"],$b],[]) => ["a",["~w"],98] */
    fmt_format(p, parse(p, "[[97],[[126,119]],98]"), TERM_NIL, &b);
    expect_text("deep format", b.data, "a~wb");
    b.len = 0;
    checks++;
    if (fmt_format(p, parse(p, "[[97],[[126,119]],98]"), parse(p, "[1]"), &b) != THE_NON_VALUE) {
        failures++;
        printf("FAIL deep format with args: want badarg\n");
    }
    checks++;
    if (fmt_format(p, parse(p, "[126,119|x]"), parse(p, "[1]"), &b) != THE_NON_VALUE ||
        fmt_format(p, heap_int(p, 3), TERM_NIL, &b) != THE_NON_VALUE ||
        fmt_format(p, parse(p, "[126,119]"), parse(p, "[1|2]"), &b) != THE_NON_VALUE) {
        failures++;
        printf("FAIL improper format/args: want badarg\n");
    }
    buf_free(&b);
}

static void run_misc(Process *p) {
    const AtomTable *atoms = p->vm->atoms;
    Buf b = {0};
    /* erl: io:format("~w", [[maybe, else, cond, ...]]) */
    const char *q[][2] = {
        {"maybe", "maybe"}, {"else", "else"}, {"cond", "'cond'"}, {"receive", "'receive'"},
        {"a@b", "a@b"}, {"a.b", "'a.b'"}, {"\x7f", "'\\d'"}, {"\n", "'\\n'"}, {"\xc3\x9f", "\xc3\x9f"},
        {"\xc3\xb7", "'\xc3\xb7'"}, {"\xc3\x80", "'\xc3\x80'"}, {"a\xc3\x97", "'a\xc3\x97'"},
        {"a\xc3\x80", "a\xc3\x80"}, {"a", "a"}, {"aB", "aB"}, {"B", "'B'"}, {"", "''"}, {"[]", "'[]'"},
        {"a'b", "'a\\'b'"}, {"a\\b", "'a\\\\b'"}, {"\xd0\xbf", "'\\x{43F}'"}, {"nil", "nil"},
    };
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        b.len = 0;
        print_atom(atoms, &b, term_from_atom(atom_intern(p->vm->atoms, q[i][0], strlen(q[i][0]))));
        expect_text("atom quoting", b.data, q[i][1]);
    }
    /* ~tw of 'п' keeps the character */
    b.len = 0;
    print_term_enc(atoms, &b, term_from_atom(atom_intern(p->vm->atoms, "\xd0\xbf", 2)), -1, true);
    expect_text("unicode atom", b.data, "'\xd0\xbf'");
    b.len = 0;
    print_term(atoms, &b, term_from_pid(9, 0), -1);
    expect_text("pid", b.data, "<0.9.0>");
    b.len = 0;
    Term *r = heap_alloc(p, REF_WORDS);
    r[0] = term_make_header(1, SUB_REF);
    r[1] = 42;
    print_term(atoms, &b, term_make_boxed(r), -1);
    expect_text("ref", b.data, "#Ref<0.0.0.42>");
    /* erl: erlang:display(...) for these terms (output then "\r\n") */
    const char *d[][2] = {
        {"[233]", "\"\xc3\xa9\""}, {"[7]", "[7]"}, {"[97,9,98,27]", "[97,9,98,27]"}, {"<<233>>", "<<233>>"},
        {"<<97,10,98>>", "<<97,10,98>>"}, {"'a b'", "'a b'"}, {"'if'", "if"}, {"{}", "{}"}, {"#{}", "#{}"},
        {"#{a => 1,b => [120]}", "#{a=>1,b=>\"x\"}"}, {"1.0", "1.000000e+00"}, {"-0.5", "-5.000000e-01"},
        {"[97|98]", "[97|98]"}, {"[105,116,39,115,32,34,113,34]", "\"it's \\\"q\\\"\""}, {"<<1:1>>", "<<1:1>>"},
        {"[]", "[]"}, {"['B']", "['B']"}, {"<<>>", "<<>>"}, {"[92]", "\"\\\""}, {"<<97,34,98>>", "<<\"a\\\"b\">>"},
        {"'a\\\\b'", "'a\\\\b'"}, {"'a\\'b'", "'a\\'b'"},
    };
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i++) {
        b.len = 0;
        print_display(atoms, &b, parse(p, d[i][0]));
        expect_text("display", b.data, d[i][1]);
    }
    /* erl -noshell: io:format("~ts", [[1087]]) writes \x{43F}; latin1 bytes as bytes */
    Buf dev = {0};
    const char *txt = "a\xc3\xa9\xd0\xbf";
    fmt_to_device(txt, strlen(txt), &dev);
    expect_text("device", dev.data, "a\xe9\\x{43F}");
    buf_free(&dev);
    /* printability helpers */
    checks++;
    if (print_is_printable_list(TERM_NIL) || !print_is_printable_list(parse(p, "[104,105]")) ||
        print_is_printable_list(parse(p, "[7]")) || !print_is_printable_binary(parse(p, "<<97>>")) ||
        print_is_printable_binary(parse(p, "<<97:7>>"))) {
        failures++;
        printf("FAIL printability helpers\n");
    }
    /* deep nesting never overflows the C stack */
    Term deep = TERM_NIL;
    for (int i = 0; i < 200000; i++) deep = heap_cons(p, deep, TERM_NIL);
    b.len = 0;
    print_term(atoms, &b, deep, -1);
    PrettyOpts o;
    pretty_default_opts(&o);
    b.len = 0;
    pretty_print(atoms, &b, deep, &o);
    checks++;
    if (b.len < 10) { failures++; printf("FAIL deep term\n"); }
    buf_free(&b);
}

int main(void) {
    Vm vm;
    memset(&vm, 0, sizeof vm);
    vm.atoms = atom_table_new();
#ifdef PRINT_STANDALONE
    cmp_atoms = vm.atoms;
#endif
    Process p;
    memset(&p, 0, sizeof p);
    p.vm = &vm;
    run_misc(&p);
    run_pretty(&p);
    run_format(&p);
    printf("print: %d passed, %d failed\n", checks - failures, failures);
    for (HeapFrag *f = p.frags; f;) {
        HeapFrag *next = f->next;
        free(f);
        f = next;
    }
    atom_table_free(vm.atoms);
    return failures ? 1 : 0;
}

/* The generators (run with: erlc pgen.erl fgen.erl &&
 * erl -noshell -eval 'pgen:main(), fgen:main(), halt().'):
 *
 * -module(pgen).
 * -export([main/0]).
 * %% Emits C table rows {mode, a, b, "term ~w", "expected"} for tests/unit/print.c.
 * atoms() -> [a, ok, error, foo, bar, undefined, item, state, users, config, alpha, beta,
 *             gamma, 'Quoted', 'with space', a_very_long_tag_name_for_testing_indentation_behaviour,
 *             another_long_inner_tag_name_here, yet_another_deeply_nested_tag, x, y, z, true, false,
 *             'if', name, price, qty, tags, sku, reply, noreply, 'EXIT', undefined_function, '', '[]'].
 * pick(L) -> lists:nth(rand:uniform(length(L)), L).
 * str(N) -> [pick(lists:seq($a,$z) ++ " _-.") || _ <- lists:seq(1, N)].
 * atomic() ->
 *     case rand:uniform(9) of
 *         1 -> rand:uniform(1000) - 1;
 *         2 -> rand:uniform(100000000);
 *         3 -> pick(atoms());
 *         4 -> str(rand:uniform(12));
 *         5 -> list_to_binary(str(rand:uniform(10)));
 *         6 -> pick([1.5, 19.99, 3.14, -0.25, 100.0, 1.0e10, 2.5e-5]);
 *         7 -> -rand:uniform(500);
 *         8 -> pick([[], {}, <<>>, #{}]);
 *         9 -> pick(atoms())
 *     end.
 * term(0) -> atomic();
 * term(D) ->
 *     case rand:uniform(13) of
 *         1 -> atomic();
 *         2 -> [term(D-1) || _ <- lists:seq(1, rand:uniform(6))];
 *         3 -> [atomic() || _ <- lists:seq(1, rand:uniform(25))];
 *         4 -> list_to_tuple([pick(atoms()) | [term(D-1) || _ <- lists:seq(1, rand:uniform(4))]]);
 *         5 -> list_to_tuple([term(D-1) || _ <- lists:seq(1, rand:uniform(5))]);
 *         6 -> maps:from_list([{pick(atoms()), term(D-1)} || _ <- lists:seq(1, rand:uniform(6))]);
 *         7 -> list_to_binary([rand:uniform(256)-1 || _ <- lists:seq(1, rand:uniform(40))]);
 *         8 -> [{pick(atoms()), term(D-1)} || _ <- lists:seq(1, rand:uniform(6))];
 *         9 -> lists:foldr(fun(E, Acc) -> [E | Acc] end, atomic(), [atomic() || _ <- lists:seq(1, rand:uniform(4))]);
 *         10 -> str(rand:uniform(90));
 *         11 -> {pick(atoms()), [term(D-1) || _ <- lists:seq(1, rand:uniform(8))]};
 *         12 -> <<(list_to_binary([rand:uniform(256)-1 || _ <- lists:seq(1, rand:uniform(5))]))/binary, 5:3>>;
 *         13 -> maps:from_list([{rand:uniform(50), atomic()} || _ <- lists:seq(1, rand:uniform(8))])
 *     end.
 * fixed() ->
 *     [lists:seq(1,30), lists:seq(1,40), [{item,N,"name"} || N <- lists:seq(1,8)],
 *      {state,[{users,[alice,bob,carol,dave,eve]},{config,#{mode => fast,retries => 3,timeout => 5000}}],{counters,1,2,3}},
 *      maps:from_list([{list_to_atom("key"++integer_to_list(N)),N} || N <- lists:seq(1,12)]),
 *      list_to_binary(lists:seq(1,60)), {ok,lists:seq(1,30)},
 *      {a,{b,{c,{d,{e,{f,{g,{h,lists:seq(1,25)}}}}}}}},
 *      [{name,"Widget"},{price,19.99},{qty,100},{tags,[red,blue,green]},{sku,<<"SKU-0001">>}],
 *      {a_very_long_tag_name_for_testing_indentation_behaviour, [one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve]},
 *      {tag,{another_long_inner_tag_name_here,{yet_another_deeply_nested_tag,[alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa]}}},
 *      #{config => #{cache => #{ttl => 3600}, db => #{host => "localhost",password => "secret",port => 5432,user => "admin"}}},
 *      lists:seq(1,20) ++ [{a,b}] ++ lists:seq(21,40),
 *      [<<1,2>>,<<"ab">>,[],{},"str"|lists:seq(1,25)],
 *      {ok, lists:duplicate(70,$a)}, lists:seq(1,100), list_to_tuple(lists:seq(1,32)),
 *      #{name => "Widget", price => 19.99, qty => 100, tags => [red, blue]},
 *      {state, [alice, bob, carol], #{timeout => 5000}, {counters, 1, 2, 3}, "a long string here"},
 *      {badmatch, lists:seq(1,40)}, {{badmatch,lists:seq(1,40)},[{erl_eval,do_apply,7,[{file,"erl_eval.erl"},{line,742}]}]},
 *      list_to_binary(lists:duplicate(200,$x)), list_to_binary(lists:duplicate(30,$x) ++ [1,2,3]),
 *      [lists:seq(1,10) | improper_tail_atom_that_is_long_enough_to_matter_here_ok],
 *      lists:seq(1,25) ++ [1|2], [a|b], "abc\n\t\e", [7,8,9], [200,255,160], 'a\'b', [$\\,$"],
 *      <<"ab",0>>, <<255,1:3>>, <<1:1>>,
 *      {'EXIT', {undef, [{nosuchmod, f, [1, 2, 3], []}, {shell, eval, 3, [{file, "shell.erl"}, {line, 100}]}]}},
 *      [#{a => lists:seq(1,30)}, #{lists:seq(1,30) => a}],
 *      #{[1,2,3] => {a,b}, {x,y} => [1,2], "str" => <<"bin">>, 1.5 => x},
 *      {a, #{key => lists:seq(1,40), other => {tuple, with, some, atoms, inside, it, ok}}}
 *     ].
 * esc(Bin) -> [esc1(C) || <<C>> <= Bin].
 * esc1($\\) -> "\\\\"; esc1($") -> "\\\""; esc1($\n) -> "\\n";
 * esc1(C) when C >= 32, C < 127 -> C;
 * esc1(C) -> io_lib:format("\\~3.8.0b", [C]).
 * u(Chars) -> unicode:characters_to_binary(lists:flatten(Chars)).
 * row(Mode, A, B, T, Out) ->
 *     io:format("    {'~c', ~w, ~w, \"~s\",~n     \"~s\"},~n", [Mode, A, B, esc(u(io_lib:format("~w",[T]))), esc(u(Out))]).
 * strip(Prefix, S) -> lists:nthtail(length(Prefix), lists:flatten(S)).
 * main() ->
 *     rand:seed(exsss, {11, 22, 33}),
 *     Terms = fixed() ++ [term(rand:uniform(4)) || _ <- lists:seq(1, 70)],
 *     lists:foreach(fun(T) ->
 *         row($p, 80, 1, T, io_lib:format("~p", [T])),
 *         row($S, 80, 1, T, io_lib_pretty:print(T, [{column,1},{line_length,80},{depth,30},{line_max_chars,60},{strings,true}]))
 *       end, Terms),
 *     {Some, _} = lists:split(35, Terms),
 *     lists:foreach(fun(T) ->
 *         P = "Result: ", row($p, 80, 9, T, strip(P, io_lib:format(P ++ "~p", [T]))),
 *         row($p, 40, 1, T, io_lib:format("~40p", [T])),
 *         D = rand:uniform(6), row($P, D, 1, T, io_lib:format("~P", [T, D])),
 *         D2 = rand:uniform(5), row($W, D2, 1, T, io_lib:format("~W", [T, D2])),
 *         row($w, -1, 1, T, io_lib:format("~w", [T]))
 *       end, Some),
 *     ok.
 *
 * -module(fgen).
 * -export([main/0]).
 * cases() -> [
 *  {"~p", [atom]}, {"~p", ['Quoted atom']}, {"~p", ['a-b']}, {"~p", ['']}, {"~p", ['if']}, {"~p", [aB]},
 *  {"~p", ["string"]}, {"~w", ["string"]}, {"~p ~w", [[72,105],[72,105]]}, {"~p ~w", [<<"bin">>,<<"bin">>]},
 *  {"~p ~p ~p ~p", [<<1,2,3>>, <<"ab",0>>, <<1:1>>, <<255,1:3>>]}, {"~p ~p ~p ~p", [[], "", {}, #{}]},
 *  {"~p ~p", [[1|2], [$a|$b]]}, {"~p ~p ~p ~p ~p ~p", ["abc\n", "tab\there", [8], [11,12], [13], [27]]},
 *  {"~p ~p ~p ~p", [[7], [127], [0,1,2], [256]]}, {"~p ~p ~p", [[160], [255], [200]]},
 *  {"~p ~p ~p", ["a\"b", [$\\,$"], 'a\'b']}, {"~p ~p", [#{b=>2,a=>1}, #{1=>x,a=>2,"s"=>y,{t}=>z}]},
 *  {"~p ~p ~p", [12345678, -5, $a]},
 *  {"~s|~s|~s|~s", ["hello", hello, <<"bin">>, ["io",$l,"ist",<<"b">>]]},
 *  {"~s", [123]}, {"~s", [[a]]}, {"~s", [[1087]]}, {"~ts", [[1087]]}, {"~s", [<<"h", 195, 169, "llo">>]}, {"~ts", [<<"h", 195, 169, "llo">>]},
 *  {"~10s|~-10s|~.2s|~10.2s|", ["abc", "abc", "abcdef", "abcdef"]}, {"~5s|~-5.3s|~.5s|", ["abcdefgh", "abcdefgh", "ab"]},
 *  {"~3.5s|", ["ab"]}, {"~n~~", []}, {"~c|~3c|~5c|~.5c|~-5.2c|~5.2.xc|", [$a, $a, $x, $x, $y, $z]},
 *  {"~c", [256]}, {"~tc", [256]}, {"~B ~.16B ~.2B ~b ~.16b ~B", [255, 255, 5, 255, 255, -10]}, {"~B", [1.0]},
 *  {"~X ~.16X ~.16x", [255,"0x", 255, "0x", 255, "0x"]}, {"~.16X", [-255, '#']},
 *  {"~# ~.8# ~.16# ~+ ~.16+", [10,10,255,10,255]}, {"~10B|~-10B|~10..0B|~5.10.0B|", [42,42,42,42]},
 *  {"~.37B", [1]}, {"~.1B", [1]}, {"~.36B", [123456789]},
 *  {"~f ~.2f ~8.2f|~-8.2f|~-6.2.0f|", [3.14159, 3.14159, 3.14159, 3.14159, 3.14159]},
 *  {"~*.*f|", [8, 3, 3.14159]}, {"~f", [1]}, {"~.0f", [2.5]}, {"~f ~f", [1.0e-7, 1.0e10]},
 *  {"~.2f ~.2f ~.2f", [1.0e20, -0.0, 0.0]},
 *  {"~e ~e ~e ~e ~e ~e", [3.14159, 123.456, 0.001, 1.0e100, 0.0, -0.0]}, {"~.3e ~.2e", [31415.9, 9.99]}, {"~.1e", [1.0]},
 *  {"~g ~g ~g ~g ~g ~g ~g", [0.5, 5.0, 50.0, 500.0, 5000.0, 50000.0, 0.05]}, {"~.1g ~.2g ~.3g ~10.3g|", [0.5, 123.0, 0.001, 7.25]},
 *  {"~p ~i ~p", [a, b, c]}, {"~5w|~-5w|~5w|", [ab, ab, abcdefg]}, {"~5p|", [ab]}, {"~.2w|~5.2w|", [abc, abc]},
 *  {"~P ~W", [lists:seq(1,10), 5, lists:seq(1,10), 5]}, {"~P", [{a,{b,{c,{d,e}}}}, 3]},
 *  {"~tp ~p", [[1087,1088], [1087,1088]]}, {"~tp", [[104,233,108,108,111]]},
 *  {"~.2f ~.2f ~.1f ~.1f ~.1f", [0.125, 0.375, 0.25, 0.05, 0.45]}, {"~.2f ~.2f ~.1f", [2.675, 1.005, 0.35]},
 *  {"~.3f ~.1f ~f", [999.9999, 9.96, 123456789.125]}, {"~e", [9.9999999e10]}, {"~.2e", [-9.96]},
 *  {"~f", [5.0e-324]}, {"~e", [5.0e-324]}, {"~.20f", [0.1]},
 *  {"~d", [1]}, {"~z", []}, {"~p ~w", [a]}, {"~p", [a, b]}, {"~", []}, {"~W", [a, b]}, {"~-p", [a]}, {"~-3n", []},
 *  {"~3n|", []}, {"abc~10p", [lists:seq(1,6)]}, {"Result: ~p~n", [lists:seq(1,30)]},
 *  {"ab\tc~p", [lists:seq(1,30)]}, {"~s~p", ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", lists:seq(1,20)]},
 *  {"~w~n~p", [lists:seq(1,25), lists:seq(1,30)]}, {"~.10p", [lists:seq(1,30)]}, {"~40p", [lists:seq(1,30)]},
 *  {"~lp ~p", [[65,66], [65,66]]}, {"~tw ~w", [list_to_atom([233]), list_to_atom([1087])]},
 *  {"~ts|~10ts|", [[1087], <<"h", 195, 169, "llo">>]}, {"~ts", [[-1]]}, {"~*c|~-*c|", [3, $a, 3, $b]},
 *  {"~..*B|~8..*B|", [$0, 5, $x, 42]}, {"~.*B", [16, 255]}, {"~*w|", [-6, x]},
 *  {"~x", [1, 2]}, {"~s", [<<1:1>>]}, {"~10.3w|", [[1,2,3]]}, {"~~ ~3~|", []},
 *  {"~i", []}, {"~w", []}, {"~e", [1]}, {"~.3g", [12345.678]}, {"~g", [1.0e-10]}, {"~g", [-99.5]}
 * ].
 * esc(Bin) -> [esc1(C) || <<C>> <= Bin].
 * esc1($\\) -> "\\\\"; esc1($") -> "\\\""; esc1($\n) -> "\\n"; esc1($\t) -> "\\t";
 * esc1(C) when C >= 32, C < 127 -> C;
 * esc1(C) -> io_lib:format("\\~3.8.0b", [C]).
 * u(Chars) -> unicode:characters_to_binary(lists:flatten(Chars)).
 * main() ->
 *   lists:foreach(fun({F, A}) ->
 *      R = try io_lib:format(F, A) of S -> [$", esc(u(S)), $"] catch _:_ -> "NULL" end,
 *      io:format("    {\"~s\", \"~s\", ~s},~n", [esc(u(F)), esc(u(io_lib:format("~w", [A]))), R])
 *   end, cases()).
 */
