/* bif_code.c — BIFs about loaded code: module_info's data, fun M:F/A
 * built at run time, function_exported/3, module_loaded/1. */
#include <string.h>

#include "bif.h"
#include "code.h"
#include "vm.h"

static CodeVersion *current(Process *p, Term m) {
    if (!term_is_atom(m)) return NULL;
    Module *mod = code_module(p->vm, m);
    return mod ? mod->current : NULL;
}

static Term fa_list(Process *p, const CodeVersion *v, bool exports_only) {
    size_t n = exports_only ? v->nexports : v->nfuncs;
    Term l = TERM_NIL;
    for (size_t i = n; i-- > 0;) {
        const FuncInfo *f = &v->funcs[exports_only ? v->exports[i] : i];
        l = heap_cons(p, heap_tuple2(p, f->name, term_from_small(f->arity)), l);
    }
    return l;
}

/* module_info(attributes): the file's list, with the vsn added when the
 * source has no -vsn */
static Term attributes(Process *p, const CodeVersion *v) {
    for (Term l = v->attributes; term_is_cons(l); l = term_tl(l)) {
        Term kv = term_hd(l);
        if (term_is_tuple(kv) && term_tuple_arity(kv) == 2 && term_tuple_elem(kv, 1) == T_ATOM(VSN)) return v->attributes;
    }
    Term vsn = heap_tuple2(p, T_ATOM(VSN), v->vsn);
    Term elems[256];
    size_t n = 0;
    for (Term l = v->attributes; term_is_cons(l) && n < 255; l = term_tl(l)) elems[n++] = term_hd(l);
    elems[n++] = vsn;
    return heap_list(p, elems, n, TERM_NIL);
}

static Term info(Process *p, const CodeVersion *v, Term key) {
    if (key == T_ATOM(MODULE)) return v->module;
    if (key == T_ATOM(EXPORTS)) return fa_list(p, v, true);
    if (key == T_ATOM(FUNCTIONS)) return fa_list(p, v, false);
    if (key == T_ATOM(ATTRIBUTES)) return attributes(p, v);
    if (key == T_ATOM(COMPILE)) return v->compile_info;
    if (key == T_ATOM(MD5)) return heap_binary(p, v->md5, 16);
    if (key == T_ATOM(NATIVE)) return T_FALSE;
    return THE_NON_VALUE;
}

Term bif_erlang_get_module_info_1(Process *p, Term *args) {
    CodeVersion *v = current(p, args[0]);
    if (!v) RAISE_BADARG(p);
    static const uint32_t keys[] = {ATOM_MODULE, ATOM_EXPORTS, ATOM_ATTRIBUTES, ATOM_COMPILE, ATOM_MD5};
    Term items[5];
    for (size_t i = 0; i < 5; i++) items[i] = heap_tuple2(p, term_from_atom(keys[i]), info(p, v, term_from_atom(keys[i])));
    return heap_list(p, items, 5, TERM_NIL);
}

Term bif_erlang_get_module_info_2(Process *p, Term *args) {
    CodeVersion *v = current(p, args[0]);
    if (!v) RAISE_BADARG(p);
    Term r = info(p, v, args[1]);
    if (r == THE_NON_VALUE) RAISE_BADARG(p);
    return r;
}

Term bif_erlang_make_fun_3(Process *p, Term *args) {
    if (!term_is_atom(args[0]) || !term_is_atom(args[1]) || !term_is_small(args[2]) ||
        term_small(args[2]) < 0 || term_small(args[2]) > 255)
        RAISE_BADARG(p);
    Export *e = code_export(p->vm, args[0], args[1], (unsigned)term_small(args[2]));
    Term *h = heap_alloc(p, EXPORT_WORDS);
    h[0] = term_make_header(1, SUB_EXPORT);
    h[1] = (Term)(uintptr_t)e;
    return term_make_boxed(h);
}

Term bif_erlang_function_exported_3(Process *p, Term *args) {
    if (!term_is_atom(args[0]) || !term_is_atom(args[1]) || !term_is_small(args[2])) RAISE_BADARG(p);
    Export *e = code_export_lookup(p->vm, args[0], args[1], (unsigned)term_small(args[2]));
    return e && (e->code || e->bif) ? T_TRUE : T_FALSE;
}

Term bif_erlang_module_loaded_1(Process *p, Term *args) {
    if (!term_is_atom(args[0])) RAISE_BADARG(p);
    return current(p, args[0]) ? T_TRUE : T_FALSE;
}
