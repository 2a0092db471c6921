/* errs.c — why a BIF refused its arguments (erl_erts_errors, erl_stdlib_errors).
 *
 * A frame of an erlang BIF carries [{error_info,#{module=>erl_erts_errors}}]
 * (maps, lists and io BIFs name erl_stdlib_errors); OTP's erl_error then
 * asks that module's format_error/2 for a text per argument ("*** argument
 * 1: not an atom").  The same rules, for the BIFs beamlet has.  Where OTP's
 * rule would itself crash (format_error raises and erl_error shows
 * nothing), errs_* leave every text NULL too. */

#include "errs.h"

#include <stdlib.h>
#include <string.h>

#include "bif.h"
#include "bignum.h"
#include "code.h"
#include "compare.h"
#include "heap.h"
#include "pretty.h"
#include "print.h"
#include "vm.h"


static const char NOT_ATOM[] = "not an atom", NOT_BINARY[] = "not a binary", NOT_BITSTRING[] = "not a bitstring",
                  NOT_CONS[] = "not a nonempty list", NOT_FLOAT[] = "not a float", NOT_FUN[] = "not a fun",
                  NOT_INTEGER[] = "not an integer", NOT_IODATA[] = "not an iodata term",
                  NOT_LIST[] = "not a list", NOT_PROPER_LIST[] = "not a proper list", NOT_MAP[] = "not a map",
                  NOT_NUMBER[] = "not a number", NOT_PID[] = "not a pid", NOT_REF[] = "not a reference",
                  NOT_STRING[] = "not a list of characters", NOT_TUPLE[] = "not a tuple",
                  RANGE[] = "out of range", BAD_OPTION[] = "invalid option in list",
                  BAD_TIME_UNIT[] = "invalid time unit", NON_EXISTING_ATOM[] = "not an already existing atom",
                  BAD_BASE[] = "not an integer in the range 2 through 36",
                  DEAD_PROCESS[] = "the pid does not refer to an existing process";

static bool errs_is(const Errs *x, const char *name, unsigned arity) {
    return x->n == arity && strlen(name) == x->nlen && memcmp(name, x->name, x->nlen) == 0;
}


/* integer t > v (t an integer) */
static bool int_gt(Term t, int64_t v) { return term_is_small(t) ? term_small(t) > v : big_sign(t) > 0; }
static bool int_lt(Term t, int64_t v) { return term_is_small(t) ? term_small(t) < v : big_sign(t) < 0; }

static const char *must_be_list(Term t, const char *ok) {
    if (!term_is_list(t)) return NOT_LIST;
    return bif_is_proper_list(t) ? ok : NOT_PROPER_LIST;
}
static const char *must_be_atom(Term t) { return term_is_atom(t) ? NULL : NOT_ATOM; }
static const char *must_be_binary(Term t, const char *ok) { return term_is_binary(t) ? ok : NOT_BINARY; }
static const char *must_be_int(Term t) { return term_is_integer(t) ? NULL : NOT_INTEGER; }
static const char *must_be_min_int(Term t, int64_t min) {
    if (!term_is_integer(t)) return NOT_INTEGER;
    return int_lt(t, min) ? RANGE : NULL;
}
static const char *must_be_base(Term t) {
    return term_is_small(t) && term_small(t) >= 2 && term_small(t) <= 36 ? NULL : BAD_BASE;
}
static const char *must_be_pid(Term t) { return term_is_pid(t) ? NULL : NOT_PID; }
static const char *must_be_ref(Term t) { return term_is_ref(t) ? NULL : NOT_REF; }
static const char *must_be_tuple(Term t) { return term_is_tuple(t) ? NULL : NOT_TUPLE; }
static const char *must_be_float(Term t) { return term_is_float(t) ? NULL : NOT_FLOAT; }
/* the time units erlang:convert_time_unit/3 takes */
static const char *must_be_time_unit(Process *p, Term t) {
    static const char *const units[] = {"native", "perf_counter", "second", "millisecond", "microsecond",
                                        "nanosecond", "seconds", "milli_seconds", "micro_seconds",
                                        "nano_seconds"};
    if (term_is_integer(t)) return int_gt(t, 0) ? NULL : BAD_TIME_UNIT;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (atom_is(p->vm->atoms, t, units[i])) return NULL;
    return BAD_TIME_UNIT;
}
static const char *maybe_option_list_error(Term opts, const char *prev) {
    const char *l = must_be_list(opts, NULL);
    return !prev && !l ? BAD_OPTION : l;
}

/* element/2, setelement/3, insert_element/3, delete_element/2 */
static void errs_element(Errs *x) {
    Term i = x->a[0], t = x->a[1];
    if (!term_is_integer(i)) x->e[0] = NOT_INTEGER;
    else if (int_lt(i, 1) || (term_is_tuple(t) && int_gt(i, (int64_t)term_tuple_arity(t)))) x->e[0] = RANGE;
    x->e[1] = must_be_tuple(t);
}

static void errs_mf_args(Errs *x) {
    x->e[0] = must_be_atom(x->a[0]);
    x->e[1] = must_be_atom(x->a[1]);
    x->e[2] = must_be_list(x->a[2], NULL);
}

/* binary_to_atom/2, binary_to_existing_atom/2 */
static void errs_binary_to_atom(Errs *x, const char *dflt) {
    Term bin = x->a[0], enc = x->a[1];
    if (enc == T_ATOM(LATIN1)) {
        x->e[0] = must_be_binary(bin, dflt);
    } else if (enc == T_ATOM(UNICODE) || enc == T_ATOM(UTF8)) {
        if (!term_is_binary(bin)) { x->e[0] = NOT_BINARY; return; }
        BitView v = term_bits(bin);
        bool ok = v.offset % 8 == 0;
        const char *s = (const char *)v.data + v.offset / 8;
        size_t n = v.bits / 8;
        for (size_t i = 0; ok && i < n;) {
            size_t q = i;
            uint32_t c = print_utf8_next(s, n, &q);
            if ((c >= 0x80 && q == i + 1) || (c >= 0xd800 && c <= 0xdfff)) ok = false;
            i = q;
        }
        x->e[0] = ok ? NON_EXISTING_ATOM : "invalid UTF8 encoding";
    } else {
        x->e[0] = must_be_binary(bin, NULL);
        x->e[1] = "not one of the atoms: latin1, utf8, or unicode";
    }
}

/* a flat list of integers that are unicode code points */
static bool flat_char_list(Term t) {
    for (; term_is_cons(t); t = term_tl(t)) {
        Term c = term_hd(t);
        if (!term_is_small(c) || term_small(c) < 0 || term_small(c) > 0x10ffff ||
            (term_small(c) >= 0xd800 && term_small(c) <= 0xdfff))
            return false;
    }
    return term_is_nil(t);
}

static void errs_start_timer(Errs *x) {
    x->e[0] = must_be_min_int(x->a[0], 0);
    Term dest = x->a[1];
    if (!term_is_pid(dest) && !term_is_atom(dest)) x->e[1] = "not a pid or an atom";
}

static bool errs_cause(const Errs *x, const char *cause) { return x->cause && atom_is(x->p->vm->atoms, x->cause, cause); }

/* register/2, with the causes trace_build records */
static void errs_register(Errs *x) {
    Term name = x->a[0], pid = x->a[1];
    if (errs_cause(x, "registered_name")) {
        x->e[1] = "this process or port already has a name";
    } else if (errs_cause(x, "notalive")) {
        x->e[1] = DEAD_PROCESS;
    } else {
        x->e[0] = name == T_UNDEFINED ? "'undefined' is not a valid name" : must_be_atom(name);
        x->e[1] = term_is_pid(pid) ? NULL : "not a pid or port";
        if (!x->e[0] && !x->e[1]) x->e[0] = "name is in use";
    }
}

static void errs_erlang(Errs *x) {
    static const struct { const char *name; unsigned arity; const char *text; } fixed[] = {
        {"abs", 1, NOT_NUMBER}, {"ceil", 1, NOT_NUMBER}, {"floor", 1, NOT_NUMBER},
        {"float", 1, NOT_NUMBER}, {"round", 1, NOT_NUMBER}, {"trunc", 1, NOT_NUMBER},
        {"append_element", 2, NOT_TUPLE}, {"tuple_size", 1, NOT_TUPLE}, {"tuple_to_list", 1, NOT_TUPLE},
        {"atom_to_binary", 1, NOT_ATOM}, {"atom_to_list", 1, NOT_ATOM}, {"check_old_code", 1, NOT_ATOM},
        {"delete_module", 1, NOT_ATOM}, {"module_loaded", 1, NOT_ATOM}, {"whereis", 1, NOT_ATOM},
        {"is_record", 2, NOT_ATOM},
        {"binary_to_list", 1, NOT_BINARY},
        {"bit_size", 1, NOT_BITSTRING}, {"byte_size", 1, NOT_BITSTRING}, {"bitstring_to_list", 1, NOT_BITSTRING},
        {"cancel_timer", 1, NOT_REF}, {"read_timer", 1, NOT_REF}, {"demonitor", 1, NOT_REF},
        {"ref_to_list", 1, NOT_REF},
        {"exit", 2, NOT_PID}, {"is_process_alive", 1, NOT_PID}, {"node", 1, NOT_PID}, {"pid_to_list", 1, NOT_PID},
        {"unlink", 1, NOT_PID}, {"unregister", 1, NOT_PID},
        {"float_to_binary", 1, NOT_FLOAT}, {"float_to_list", 1, NOT_FLOAT},
        {"fun_info", 1, NOT_FUN}, {"fun_to_list", 1, NOT_FUN}, {"spawn", 1, NOT_FUN},
        {"spawn_link", 1, NOT_FUN}, {"spawn_monitor", 1, NOT_FUN},
        {"halt", 1, "invalid status"},
        {"hd", 1, NOT_CONS}, {"tl", 1, NOT_CONS},
        {"integer_to_binary", 1, NOT_INTEGER}, {"integer_to_list", 1, NOT_INTEGER},
        {"iolist_size", 1, NOT_IODATA}, {"iolist_to_binary", 1, NOT_IODATA}, {"md5", 1, NOT_IODATA},
        {"length", 1, NOT_LIST}, {"list_to_tuple", 1, NOT_LIST},
        {"list_to_binary", 1, "not an iolist term"}, {"list_to_bitstring", 1, "not a bitstring list"},
        {"make_tuple", 2, RANGE}, {"map_size", 1, NOT_MAP},
        {"monotonic_time", 1, BAD_TIME_UNIT}, {"system_time", 1, BAD_TIME_UNIT},
        {"send", 2, "invalid destination"}, {"size", 1, "not tuple or binary"},
        {"statistics", 1, "invalid statistics item"},
    };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        if (errs_is(x, fixed[i].name, fixed[i].arity)) {
            x->e[0] = fixed[i].text;
            return;
        }
    Process *p = x->p;
    Term *a = x->a;
    if (errs_is(x, "apply", 3) || errs_is(x, "spawn", 3) || errs_is(x, "spawn_link", 3) ||
        errs_is(x, "spawn_monitor", 3)) {
        errs_mf_args(x);
    } else if (errs_is(x, "atom_to_binary", 2)) {
        if (!term_is_atom(a[0])) x->e[0] = NOT_ATOM;
        else if (a[1] == T_ATOM(LATIN1)) x->e[0] = "contains a character not expressible in latin1";
        if (a[1] != T_ATOM(LATIN1) && a[1] != T_ATOM(UNICODE) && a[1] != T_ATOM(UTF8))
            x->e[1] = "is an invalid encoding option";
    } else if (errs_is(x, "binary_part", 3) || errs_is(x, "binary_part", 2)) {
        Term bin = a[0], pos = a[1], len = a[2];
        if (x->n == 2) {
            if (!term_is_tuple(a[1]) || term_tuple_arity(a[1]) != 2 || !term_is_integer(term_tuple_elem(a[1], 1)) ||
                !term_is_integer(term_tuple_elem(a[1], 2))) {
                x->e[0] = must_be_binary(bin, NULL);
                x->e[1] = "not a valid {Pos,Length} tuple";
                return;
            }
            pos = term_tuple_elem(a[1], 1);
            len = term_tuple_elem(a[1], 2);
        }
        const char *e0 = must_be_binary(bin, NULL), *e1 = must_be_min_int(pos, 0), *e2 = must_be_int(len);
        if (e0 || e1 || e2) {
            /* binary_part/2 keeps only the first: OTP's [Arg1, _, _] */
            x->e[0] = e0;
            if (x->n == 3) { x->e[1] = e1; x->e[2] = e2; }
            else if (e1 || e2) x->e[1] = RANGE;
        } else if (x->n == 3) {
            if (int_gt(pos, (int64_t)(term_bits(bin).bits / 8))) x->e[1] = RANGE;
            else x->e[2] = RANGE;
        } else if (!int_gt(pos, (int64_t)(term_bits(bin).bits / 8))) {
            x->e[1] = RANGE;
        }   /* else OTP's own rule fails to match: nothing */
    } else if (errs_is(x, "binary_to_atom", 2) || errs_is(x, "binary_to_atom", 1)) {
        if (x->n == 1) x->a[1] = T_ATOM(UTF8);
        errs_binary_to_atom(x, NULL);
    } else if (errs_is(x, "binary_to_existing_atom", 2) || errs_is(x, "binary_to_existing_atom", 1)) {
        if (x->n == 1) x->a[1] = T_ATOM(UTF8);
        errs_binary_to_atom(x, NON_EXISTING_ATOM);
    } else if (errs_is(x, "binary_to_float", 1)) {
        x->e[0] = must_be_binary(a[0], "not a textual representation of a float");
    } else if (errs_is(x, "binary_to_integer", 1)) {
        x->e[0] = must_be_binary(a[0], "not a textual representation of an integer");
    } else if (errs_is(x, "binary_to_integer", 2) || errs_is(x, "list_to_integer", 2)) {
        bool bin = errs_is(x, "binary_to_integer", 2);
        x->e[1] = must_be_base(a[1]);
        const char *ok = x->e[1] ? NULL : "not a textual representation of an integer";
        x->e[0] = bin ? must_be_binary(a[0], ok) : must_be_list(a[0], ok);
    } else if (errs_is(x, "binary_to_list", 3)) {
        x->e[0] = must_be_binary(a[0], NULL);
        x->e[1] = must_be_min_int(a[1], 1);
        x->e[2] = must_be_min_int(a[2], 1);
        if (x->e[0] || x->e[1] || x->e[2]) return;
        int64_t size = (int64_t)(term_bits(a[0]).bits / 8);
        if (term_compare(p->vm->atoms, a[1], a[2]) > 0) {
            x->e[1] = "start position greater than stop position";
        } else {
            if (int_gt(a[1], size)) x->e[1] = RANGE;
            if (int_gt(a[2], size)) x->e[2] = RANGE;
        }
    } else if (errs_is(x, "binary_to_term", 1)) {
        x->e[0] = must_be_binary(a[0], "invalid external representation of a term");
    } else if (errs_is(x, "check_process_code", 2)) {
        x->e[0] = must_be_pid(a[0]);
        x->e[1] = must_be_atom(a[1]);
    } else if (errs_is(x, "convert_time_unit", 3)) {
        x->e[0] = must_be_int(a[0]);
        x->e[1] = must_be_time_unit(p, a[1]);
        x->e[2] = must_be_time_unit(p, a[2]);
    } else if (errs_is(x, "element", 2) || errs_is(x, "setelement", 3) || errs_is(x, "insert_element", 3) ||
               errs_is(x, "delete_element", 2)) {
        errs_element(x);
        if (x->n == 3) x->e[2] = NULL;
    } else if (errs_is(x, "demonitor", 2) || errs_is(x, "cancel_timer", 2) || errs_is(x, "read_timer", 2)) {
        x->e[0] = must_be_ref(a[0]);
        x->e[1] = maybe_option_list_error(a[1], x->e[0]);
    } else if (errs_is(x, "float_to_binary", 2) || errs_is(x, "float_to_list", 2)) {
        x->e[0] = must_be_float(a[0]);
        x->e[1] = maybe_option_list_error(a[1], x->e[0]);
    } else if (errs_is(x, "fun_info", 2)) {
        if (!term_is_fun(a[0])) x->e[0] = NOT_FUN;
        else x->e[1] = "invalid item";
    } else if (errs_is(x, "function_exported", 3) || errs_is(x, "make_fun", 3)) {
        x->e[0] = must_be_atom(a[0]);
        x->e[1] = must_be_atom(a[1]);
        x->e[2] = must_be_min_int(a[2], 0);
    } else if (errs_is(x, "integer_to_list", 2) || errs_is(x, "integer_to_binary", 2)) {
        x->e[0] = must_be_int(a[0]);
        x->e[1] = must_be_base(a[1]);
    } else if (errs_is(x, "is_function", 2)) {
        x->e[1] = term_is_integer(a[1]) ? RANGE : NOT_INTEGER;
    } else if (errs_is(x, "is_map_key", 2)) {
        x->e[1] = NOT_MAP;
    } else if (errs_is(x, "is_record", 3)) {
        x->e[1] = must_be_atom(a[1]);
        x->e[2] = must_be_int(a[2]);
    } else if (errs_is(x, "link", 1)) {
        x->e[0] = term_is_pid(a[0]) ? DEAD_PROCESS : NOT_PID;
    } else if (errs_is(x, "list_to_atom", 1)) {
        x->e[0] = must_be_list(a[0], NOT_STRING);
    } else if (errs_is(x, "list_to_existing_atom", 1)) {
        x->e[0] = flat_char_list(a[0]) ? NON_EXISTING_ATOM : must_be_list(a[0], NOT_STRING);
    } else if (errs_is(x, "list_to_float", 1)) {
        x->e[0] = bif_is_proper_list(a[0]) ? "not a textual representation of a float" : NOT_LIST;
    } else if (errs_is(x, "list_to_integer", 1)) {
        x->e[0] = bif_is_proper_list(a[0]) ? "not a textual representation of an integer" : NOT_LIST;
    } else if (errs_is(x, "load_module", 2)) {
        x->e[0] = must_be_atom(a[0]);
        x->e[1] = must_be_binary(a[1], NULL);
    } else if (errs_is(x, "make_tuple", 3)) {
        x->e[0] = must_be_min_int(a[0], 0);
        x->e[2] = maybe_option_list_error(a[2], x->e[0]);
    } else if (errs_is(x, "map_get", 2)) {
        if (term_is_map(a[1])) x->e[0] = "not present in map";
        else x->e[1] = NOT_MAP;
    } else if (errs_is(x, "memory", 1)) {
        x->e[0] = bif_is_proper_list(a[0]) ? BAD_OPTION
                  : term_is_atom(a[0]) ? "invalid memory type option"
                                       : "not an atom or a list of atoms";
    } else if (errs_is(x, "monitor", 2)) {
        if (errs_cause(x, "badtype")) x->e[0] = "invalid monitor type";
        else if (atom_is(p->vm->atoms, a[0], "process")) x->e[1] = must_be_pid(a[1]);
        else if (atom_is(p->vm->atoms, a[0], "port")) x->e[1] = term_is_atom(a[1]) ? NULL : "not a port";
    } else if (errs_is(x, "phash2", 2)) {
        x->e[0] = must_be_min_int(a[1], 1);   /* sic: OTP 25 names argument 1 */
    } else if (errs_is(x, "process_flag", 2)) {
        if (errs_cause(x, "badopt")) x->e[0] = "invalid process flag";
        else x->e[1] = "invalid value for this process flag";
    } else if (errs_is(x, "process_info", 1)) {
        x->e[0] = must_be_pid(a[0]);
    } else if (errs_is(x, "process_info", 2)) {
        if (!term_is_pid(a[0])) x->e[0] = NOT_PID;
        else x->e[1] = "invalid item or item list";
    } else if (errs_is(x, "purge_module", 1)) {
        x->e[0] = must_be_atom(a[0]);
    } else if (errs_is(x, "register", 2)) {
        errs_register(x);
    } else if (errs_is(x, "send_after", 3) || errs_is(x, "start_timer", 3)) {
        errs_start_timer(x);
    } else if (errs_is(x, "split_binary", 2)) {
        x->e[0] = must_be_binary(a[0], NULL);
        x->e[1] = must_be_min_int(a[1], 0);
        if (!x->e[0] && !x->e[1] && int_gt(a[1], (int64_t)(term_bits(a[0]).bits / 8))) x->e[1] = RANGE;
    } else if (errs_is(x, "term_to_binary", 2)) {
        x->e[1] = must_be_list(a[1], BAD_OPTION);
    }
}

/* erl_stdlib_errors' rules for the maps and lists BIFs beamlet has */
static void errs_maps(Errs *x) {
    static const struct { const char *name; unsigned arity, arg; } not_map[] = {
        {"find", 2, 1}, {"put", 3, 2}, {"update", 3, 2}, {"remove", 2, 1}, {"take", 2, 1}, {"is_key", 2, 1},
        {"keys", 1, 0}, {"values", 1, 0}, {"to_list", 1, 0}, {"size", 1, 0},
    };
    for (size_t i = 0; i < sizeof not_map / sizeof not_map[0]; i++)
        if (errs_is(x, not_map[i].name, not_map[i].arity)) {
            x->e[not_map[i].arg] = NOT_MAP;
            return;
        }
    if (errs_is(x, "get", 2)) {
        if (term_is_map(x->a[1])) x->e[0] = "not present in map";
        else x->e[1] = NOT_MAP;
    } else if (errs_is(x, "from_list", 1)) {
        x->e[0] = must_be_list(x->a[0], NULL);
    } else if (errs_is(x, "merge", 2)) {
        x->e[0] = term_is_map(x->a[0]) ? NULL : NOT_MAP;
        x->e[1] = term_is_map(x->a[1]) ? NULL : NOT_MAP;
    }
}

static void errs_lists(Errs *x) {
    if (errs_is(x, "keyfind", 3) || errs_is(x, "keymember", 3) || errs_is(x, "keysearch", 3)) {
        x->e[1] = must_be_min_int(x->a[1], 1);
        x->e[2] = must_be_list(x->a[2], NULL);
    } else if (errs_is(x, "member", 2)) {
        x->e[1] = must_be_list(x->a[1], NULL);
    } else if (errs_is(x, "reverse", 2)) {
        x->e[0] = must_be_list(x->a[0], NULL);
    }
}

/* ---- io:format and io:put_chars (erl_stdlib_errors' format_io_error) ----
 * OTP's io server reports why a request failed as the error_info's cause;
 * beamlet's io BIFs fail only on a device they do not know or on bad
 * text or arguments, which the arguments themselves tell apart. */

/* unicode:characters_to_binary/1 would accept t */
static bool chardata_ok(Term t, int nest) {
    if (nest > 1000) return false;
    if (term_is_binary(t)) {
        BitView v = term_bits(t);
        const char *s = (const char *)v.data + v.offset / 8;
        size_t n = v.bits / 8;
        if (v.offset % 8) return false;
        for (size_t i = 0; i < n;) {
            size_t q = i;
            uint32_t c = print_utf8_next(s, n, &q);
            if ((c >= 0x80 && q == i + 1) || (c >= 0xd800 && c <= 0xdfff)) return false;
            i = q;
        }
        return true;
    }
    for (; term_is_cons(t); t = term_tl(t)) {
        Term h = term_hd(t);
        if (term_is_small(h)) {
            int64_t c = term_small(h);
            if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return false;
        } else if (!chardata_ok(h, nest + 1)) {
            return false;
        }
    }
    return term_is_nil(t) || (nest == 0 && term_is_binary(t) && chardata_ok(t, nest + 1));
}

/* a list of integers, an atom or a binary (is_io_format) */
static bool io_format_like(Term t) {
    if (term_is_atom(t) || term_is_binary(t)) return true;
    for (; term_is_cons(t); t = term_tl(t))
        if (!term_is_integer(term_hd(t))) return false;
    return term_is_nil(t);
}

/* The format's characters as UTF-8 (an atom's text, a binary's bytes as
 * latin1, a list's code points). */
static void io_format_text(Process *p, Term fmt, Buf *b) {
    if (term_is_atom(fmt)) {
        size_t len;
        const char *s = atom_name(p->vm->atoms, term_atom(fmt), &len);
        buf_add(b, s, len);
    } else if (term_is_binary(fmt)) {
        BitView v = term_bits(fmt);
        for (size_t i = 0; i < v.bits / 8; i++) print_utf8(b, v.data[v.offset / 8 + i]);
    } else {
        for (; term_is_cons(fmt); fmt = term_tl(fmt))
            print_utf8(b, term_is_small(term_hd(fmt)) ? (uint32_t)term_small(term_hd(fmt)) : 0xfffd);
    }
}

enum { IO_INT, IO_FLOAT, IO_STRING, IO_TERM };

/* erl_lint:check_format_string: the argument types the format needs (at
 * most cap are kept, *n counts them all), or false with the reason in err. */
static bool io_format_types(const char *s, size_t len, uint8_t *types, size_t cap, size_t *n, Buf *err) {
    size_t i = 0, k = 0;
#define NEED(t) do { if (k < cap) types[k] = (t); k++; } while (0)
#define AT(j) (i + (j) < len ? (unsigned char)s[i + (j)] : 0)
#define DIGIT(c) ((c) >= '0' && (c) <= '9')
    for (;;) {
        while (i < len && s[i] != '~') i++;
        if (i >= len) break;
        i++;
        /* field width */
        if ((AT(0) == '-' && DIGIT(AT(1))) || DIGIT(AT(0))) {
            i += AT(0) == '-' ? 2 : 1;
            while (DIGIT(AT(0))) i++;
        } else if (AT(0) == '-' && AT(1) == '*') { NEED(IO_INT); i += 2; }
        else if (AT(0) == '*') { NEED(IO_INT); i++; }
        /* precision: without a '.', the pad is skipped too */
        bool pad = false;
        if (AT(0) == '.' && DIGIT(AT(1))) { i += 2; while (DIGIT(AT(0))) i++; pad = true; }
        else if (AT(0) == '.' && AT(1) == '*') { NEED(IO_INT); i += 2; pad = true; }
        else if (AT(0) == '.') { i++; pad = true; }
        if (pad) {
            if (AT(0) == '.' && AT(1) == '*') { NEED(IO_INT); i += 2; }
            else if (AT(0) == '.' && i + 1 < len) i += 2;
        }
        /* modifiers */
        char pre[4] = "";
        if (AT(0) == 't' && AT(1) == 'l') { pre[0] = 'l'; pre[1] = 't'; i += 2; }
        else if (AT(0) == 't' && i + 1 < len) {
            unsigned c = AT(1);
            if (!strchr("cspPwW", (int)c) || !c) {
                buf_adds(err, "invalid control ~t");
                size_t q = i + 1;
                print_utf8(err, print_utf8_next(s, len, &q));
                return false;
            }
            i++;
        } else if (AT(0) == 'l' && AT(1) == 't') { pre[0] = 'l'; pre[1] = 't'; i += 2; }
        else if (AT(0) == 'l' && i + 1 < len) { pre[0] = 'l'; i++; }
        if (pre[0]) {
            if (i >= len && pre[1]) { buf_adds(err, "truncated"); return false; }
            unsigned c = AT(0);
            if (c != 'p' && c != 'P') {
                if (i >= len) { buf_adds(err, "truncated"); return false; }
                buf_printf(err, "invalid control ~%s", pre);
                size_t q = i;
                print_utf8(err, print_utf8_next(s, len, &q));
                return false;
            }
        }
        if (i >= len) { buf_adds(err, "truncated"); return false; }
        size_t q = i;
        uint32_t c = print_utf8_next(s, len, &q);
        i = q;
        switch (c) {
        case '~': case 'n': break;
        case 'c': case 'b': case 'B': NEED(IO_INT); break;
        case 'f': case 'e': case 'g': NEED(IO_FLOAT); break;
        case 's': NEED(IO_STRING); break;
        case 'w': case 'p': case '+': case '#': case 'i': NEED(IO_TERM); break;
        case 'W': case 'P': NEED(IO_TERM); NEED(IO_INT); break;
        case 'x': case 'X': NEED(IO_INT); NEED(IO_STRING); break;
        default:
            buf_adds(err, "invalid control ~");
            print_utf8(err, c);
            return false;
        }
    }
#undef NEED
#undef AT
#undef DIGIT
    *n = k;
    return true;
}

/* check_io_format([Fmt, Args]): texts for arguments off and off+1 */
static void errs_io_format(Errs *x, unsigned off, Term fmt, Term args, bool has_args) {
    Process *p = x->p;
    if (!io_format_like(fmt)) {
        x->e[off] = "not a valid format string";
        if (has_args) x->e[off + 1] = must_be_list(args, NULL);
        if ((term_is_pid(fmt) || term_is_atom(fmt)) && io_format_like(args)) x->general = "possibly missing argument list";
        return;
    }
    if (!term_is_list(args)) { x->e[off + 1] = NOT_LIST; return; }
    size_t nargs;
    if (!bif_is_proper_list(args)) return;   /* OTP's check itself fails: no text */
    bif_list_len(args, &nargs);
    Buf text = {0}, err = {0};
    io_format_text(p, fmt, &text);
    uint8_t types[64];
    size_t ntypes = 0;
    bool ok = io_format_types(text.data ? text.data : "", text.len, types, sizeof types, &ntypes, &err);
    buf_free(&text);
    if (!ok) {
        snprintf(x->text[0], sizeof x->text[0], "format string invalid (%s)", err.data ? err.data : "");
        buf_free(&err);
        x->e[off] = x->text[0];
        return;
    }
    if (ntypes != nargs) {
        x->e[off] = "wrong number of arguments";
        if (term_is_atom(fmt)) x->general = "possibly missing argument list";
        return;
    }
    static const char *const type_names[] = {"integer", "float", "string"};
    size_t used = 0, no = 1;
    x->text[1][0] = 0;
    for (Term l = args; term_is_cons(l) && no <= ntypes && no <= sizeof types; l = term_tl(l), no++) {
        Term a = term_hd(l);
        uint8_t t = types[no - 1];
        bool good = t == IO_TERM || (t == IO_INT && term_is_integer(a)) || (t == IO_FLOAT && term_is_float(a)) ||
                    (t == IO_STRING && (term_is_atom(a) || term_is_binary(a) || (term_is_list(a) && chardata_ok(a, 0))));
        if (good || used + 48 >= sizeof x->text[1]) continue;
        used += (size_t)snprintf(x->text[1] + used, sizeof x->text[1] - used, "%selement %zu must be of type %s",
                                 used ? "\n" : "", no, type_names[t]);
    }
    if (used) x->e[off + 1] = x->text[1];
    else x->e[off] = "failed to format string";
}

static bool io_device_known(Process *p, Term dev) {
    return atom_is(p->vm->atoms, dev, "standard_io") || atom_is(p->vm->atoms, dev, "user") || atom_is(p->vm->atoms, dev, "standard_error");
}

static void errs_io(Errs *x) {
    bool format = errs_is(x, "format", x->n) || errs_is(x, "fwrite", x->n);
    bool put = errs_is(x, "put_chars", x->n);
    if ((!format && !put) || x->n < 1) return;
    unsigned off = 0;
    if ((format && x->n == 3) || (put && x->n == 2)) {
        if (atom_is(x->p->vm->atoms, x->reason, "calling_self")) {
            x->e[0] = "the device is not allowed to be the current process";
            return;
        }
        if (!io_device_known(x->p, x->a[0])) { x->e[0] = "the device does not exist"; return; }
        off = 1;
    }
    if (put) {
        if (!chardata_ok(x->a[off], 0)) x->e[off] = "not valid character data (an iodata term)";
        return;
    }
    errs_io_format(x, off, x->a[off], x->n > off + 1 ? x->a[off + 1] : TERM_NIL, x->n > off + 1);
}

/* ---- binary construction (erl_erts_errors:format_bs_fail) ---------------
 * The frame's error_info holds cause {Segment, Type, Error, Value}; the
 * text names the segment and what was wrong with its value. */

/* erl_erts_errors' possibly_truncated/1: long integers and binaries are
 * cut in the middle, other terms printed to depth 20 */
static void bs_value(Process *p, Buf *b, Term v) {
    const AtomTable *atoms = p->vm->atoms;
    if (term_is_integer(v)) {
        Buf t = {0};
        print_term(atoms, &t, v, -1);
        if (t.len < 48) buf_add(b, t.data, t.len);
        else {
            buf_add(b, t.data, 12);
            buf_adds(b, "...");
            buf_add(b, t.data + t.len - 12, 12);
        }
        buf_free(&t);
    } else if (term_is_bitstring(v) && (term_bits(v).bits + 7) / 8 >= 16) {
        /* <<first 8 bytes...,the rest after size-10 bytes>>, where the size
         * counts a last partial byte (byte_size/1) */
        BitView bv = term_bits(v);
        size_t size = (bv.bits + 7) / 8;
        for (size_t i = 0; i < 8; i++) {
            size_t bit = bv.offset + i * 8;
            unsigned byte = bit % 8 ? ((bv.data[bit / 8] << (bit % 8)) | (bv.data[bit / 8 + 1] >> (8 - bit % 8))) & 0xff
                                    : bv.data[bit / 8];
            buf_printf(b, "%s%u", i ? "," : "<<", byte);
        }
        buf_adds(b, "...,");
        /* the last two bytes (and any odd bits): ~w of the whole binary
         * from the comma before byte size-2 on */
        Buf t = {0};
        print_term(atoms, &t, v, -1);
        size_t commas = 0, i = 0;
        while (i < t.len && commas < size - 2) commas += t.data[i++] == ',';
        buf_add(b, t.data + i, t.len - i);
        buf_free(&t);
    } else {
        PrettyOpts o;
        pretty_default_opts(&o);
        o.depth = 20;
        pretty_print(atoms, b, v, &o);
    }
}

void errs_bs_fail(Errs *x, Term reason, Term map) {
    Process *p = x->p;
    Term cause = 0, seg_override = 0;
    for (size_t i = 0; i < term_map_size(map); i++) {
        Term k = term_map_keys(map)[i];
        if (k == T_ATOM(CAUSE)) cause = term_map_vals(map)[i];
        else if (atom_is(p->vm->atoms, k, "override_segment_position")) seg_override = term_map_vals(map)[i];
    }
    if (!cause || !term_is_tuple(cause) || term_tuple_arity(cause) != 4) return;
    Term seg = seg_override ? seg_override : term_tuple_elem(cause, 1);
    Term type = term_tuple_elem(cause, 2), what = term_tuple_elem(cause, 3), v = term_tuple_elem(cause, 4);
    if (!term_is_atom(type)) return;
    Buf t = {0};
    if (reason == T_ATOM(SYSTEM_LIMIT) && atom_is(p->vm->atoms, type, "binary") && atom_is(p->vm->atoms, what, "binary") &&
        atom_is(p->vm->atoms, v, "size")) {
        buf_adds(&t, "the size of the binary/bitstring is too large (exceeding 2147483647 bits)");
    } else if (reason == T_ATOM(SYSTEM_LIMIT) && atom_is(p->vm->atoms, what, "size")) {
        buf_adds(&t, "the size ");
        print_term(p->vm->atoms, &t, v, -1);
        buf_adds(&t, " is too large");
    } else if (reason != T_ATOM(BADARG)) {
        return;
    } else if (atom_is(p->vm->atoms, type, "float") && atom_is(p->vm->atoms, what, "invalid")) {
        buf_adds(&t, "expected one of the supported sizes 16, 32, or 64 but got: ");
        PrettyOpts o;
        pretty_default_opts(&o);
        pretty_print(p->vm->atoms, &t, v, &o);
    } else if (atom_is(p->vm->atoms, type, "float") && atom_is(p->vm->atoms, what, "no_float")) {
        buf_adds(&t, "the value ");
        bs_value(p, &t, v);
        buf_adds(&t, " is outside the range expressible as a float");
    } else if (atom_is(p->vm->atoms, type, "binary") && atom_is(p->vm->atoms, what, "unit")) {
        buf_adds(&t, "the size of the value ");
        bs_value(p, &t, v);
        buf_adds(&t, " is not a multiple of the unit for the segment");
    } else if (atom_is(p->vm->atoms, what, "short")) {
        buf_adds(&t, "the value ");
        bs_value(p, &t, v);
        buf_adds(&t, " is shorter than the size of the segment");
    } else if (atom_is(p->vm->atoms, what, "size")) {
        buf_adds(&t, "expected a non-negative integer as size but got: ");
        bs_value(p, &t, v);
    } else if (atom_is(p->vm->atoms, what, "type")) {
        buf_adds(&t, "expected a");
        if (atom_is(p->vm->atoms, type, "binary")) buf_adds(&t, " binary");
        else if (atom_is(p->vm->atoms, type, "float")) buf_adds(&t, " float or an integer");
        else if (atom_is(p->vm->atoms, type, "integer")) buf_adds(&t, "n integer");
        else {
            buf_adds(&t, " non-negative integer encodable as ");
            size_t len;
            const char *n = atom_name(p->vm->atoms, term_atom(type), &len);
            buf_add(&t, n, len);
        }
        buf_adds(&t, " but got: ");
        bs_value(p, &t, v);
    } else {
        return;
    }
    Buf g = {0};
    buf_adds(&g, "segment ");
    print_term(p->vm->atoms, &g, seg, -1);
    size_t len;
    const char *tn = atom_name(p->vm->atoms, term_atom(type), &len);
    buf_printf(&g, " of type '%.*s': %s", (int)len, tn, t.data ? t.data : "");
    snprintf(x->text[0], sizeof x->text[0], "%s", g.data);
    buf_free(&g);
    buf_free(&t);
    x->general = x->text[0];
    x->explanation = "construction of binary failed";
}

/* erl_erts_errors:format_error(Reason, [Frame|_]) for a frame of module
 * erlang (stdlib is false), or erl_stdlib_errors' for one of maps, lists or
 * io (stdlib is true), whose third element is the argument list; false when
 * OTP's would give no text at all. */
bool errs_describe(Process *p, Term reason, Term frame, Term cause, bool stdlib, Errs *x) {
    memset(x, 0, sizeof *x);
    x->p = p;
    x->cause = cause;
    x->reason = reason;
    Term args = term_tuple_elem(frame, 3), m = term_tuple_elem(frame, 1);
    if (!term_is_list(args)) return false;
    for (Term l = args; term_is_cons(l); l = term_tl(l)) {
        if (x->n == ERRS_MAX) return false;
        x->a[x->n++] = term_hd(l);
    }
    x->name = atom_name(p->vm->atoms, term_atom(term_tuple_elem(frame, 2)), &x->nlen);
    if (!stdlib && m == T_ATOM(ERLANG) && reason != T_ATOM(SYSTEM_LIMIT)) errs_erlang(x);
    else if (stdlib && atom_is(p->vm->atoms, m, "maps")) errs_maps(x);
    else if (stdlib && atom_is(p->vm->atoms, m, "lists")) errs_lists(x);
    else if (stdlib && atom_is(p->vm->atoms, m, "io")) errs_io(x);
    for (unsigned i = 0; i < x->n; i++)
        if (x->e[i]) return true;
    return x->general != NULL;
}

