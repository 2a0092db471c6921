/* cg.h — what the code generator's files (codegen.c, cg_expr.c, cg_pat.c)
 * share: the module and function contexts, operands, emission, labels,
 * variables.  Not used outside the code generator.
 *
 * Frame of a generated function:
 *   0 .. arity-1         arguments (lambdas: arguments, then free variables)
 *   arity .. nfixed-1    one slot per variable name of the function
 *   nfixed .. top-1      temporaries, allocated and freed like a stack
 * A call "at slot A" uses A.. for its arguments, so A is always `top`.
 */
#ifndef BEAMLET_CG_H
#define BEAMLET_CG_H

#include <setjmp.h>
#include <stdint.h>

#include "ast.h"
#include "bcformat.h"
#include "bcwrite.h"
#include "codegen.h"

/* A source operand: SRC_SLOT (v = slot), SRC_SMALL (v = value),
 * SRC_ATOM (v = atom index), SRC_LITERAL (v = literal index), SRC_NIL. */
typedef struct CgOpnd { int kind; int64_t v; } CgOpnd;

enum { CELL_RAW, CELL_LABEL, CELL_FAIL };
typedef struct CgCell { uint8_t k; uint64_t v; } CgCell;
typedef struct CgIns { int op; int line; uint32_t first, n; } CgIns;

/* One function of the output, as instructions with symbolic labels. */
typedef struct CgFun {
    char *name;
    int arity;
    int entry_label;
    CgIns *ins; size_t nins, cins;
    CgCell *cells; size_t ncells, ccells;
    uint32_t index;            /* in the Func table, set at layout */
    int exported;
} CgFun;

typedef struct CgLambda { CgFun *fun; int arity, nfree; } CgLambda;

typedef struct Cg {
    const AstModule *m;
    const CgOptions *opt;
    Diags *diags;
    const char *file;
    Bcw w;
    CgFun **funs; size_t nfuns, cfuns;           /* in layout order of creation */
    CgFun **top; size_t ntop;                    /* the module's own functions, by AST index */
    CgFun *module_info[2];                       /* the generated module_info/0,1 */
    CgLambda *lambdas; size_t nlambdas, clambdas;
    /* labels: owning function and instruction index (-1 = not placed) */
    CgFun **lab_fun; int *lab_pos; size_t nlabels, clabels;
    /* naming of lambdas and helpers, per top-level function (as OTP) */
    const char *outer_name; int outer_arity;
    int core_count, kernel_count;
    int synth;                 /* counter for synthetic variable keys */
    int nerrors;
    jmp_buf fatal;             /* internal limits: abandon the module */
} Cg;

/* A variable of the function being compiled. */
typedef struct CgVar { char *key; int slot; } CgVar;

/* A variable a function starts with already bound: a lambda's free
 * variable or own name, a comprehension helper's context.  own: the
 * variable has its own slot (some clause head shadows it) and each other
 * clause starts with a move from src. */
typedef struct CgPreset { char *key; int var; int src; int own; } CgPreset;

/* Compile state of one function. */
typedef struct CgFn {
    Cg *cg;
    CgFun *out;
    CgVar *vars; int nvars, cvars;
    uint8_t *bound;            /* per variable: bound at this point */
    int nfixed, top, maxslot;
    int line;
    int gfail;                 /* guard mode: fail label of BIFs and arithmetic; -1 in bodies */
    CgPreset *pre; int npre;
} CgFn;

/* codegen.c: emission, labels, variables, functions */
CgFun *cg_new_fun(Cg *cg, const char *name, int arity);
int cg_label(Cg *cg);
void cg_place(CgFn *f, int label);
void cg_ins(CgFn *f, int op);
void cg_raw(CgFn *f, uint64_t v);
void cg_slot(CgFn *f, int slot);
void cg_src(CgFn *f, CgOpnd o);
void cg_lab(CgFn *f, int label);
void cg_fail(CgFn *f, int label);      /* -1 = none */
int cg_temp(CgFn *f);                  /* a fresh temporary at top */
void cg_touch(CgFn *f, int slot);      /* slot is used: grow the frame */
void cg_move(CgFn *f, CgOpnd src, int dst);
void cg_error(Cg *cg, const Ast *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
_Noreturn void cg_fatal(Cg *cg, const Ast *at, const char *msg);
int cg_var_find(CgFn *f, const char *key);
int cg_var_add(CgFn *f, const char *key, int slot);     /* slot -1: the next fixed slot */
uint32_t cg_atom(Cg *cg, const char *s);
CgOpnd cg_atom_op(Cg *cg, const char *s);
CgOpnd cg_slot_op(int slot);
CgOpnd cg_small_op(int64_t v);
uint32_t cg_import(Cg *cg, const char *mod, const char *fun, int arity);
/* Flags of the BIF module:name/arity from bifs.def, or -1 if it is none. */
int cg_bif_flags(const char *mod, const char *name, int arity);
enum { CG_BF_GUARD = 1, CG_BF_AUTO = 2 };
CgFun *cg_local_fun(Cg *cg, const char *name, int arity);
char *cg_strdup(const char *s);
void *cg_alloc(size_t n);
char *cg_synth_key(Cg *cg, const char *base);

/* variable scanning */
typedef struct CgNames { char **v; int n, c; } CgNames;
void cg_names_add(CgNames *ns, const char *s);     /* no duplicates */
int cg_names_has(const CgNames *ns, const char *s);
void cg_names_free(CgNames *ns);
/* Every variable name in e (all of it, nested funs included). */
void cg_vars_all(const Ast *e, CgNames *out);
/* Variable names bound by the pattern p (map keys and segment sizes excluded). */
void cg_vars_pattern(const Ast *p, CgNames *out);
/* Give a slot to every variable of e that the function itself binds or
 * uses (not inside funs, nor past the first generator of a comprehension). */
void cg_scan_vars(CgFn *f, const Ast *e);

/* cg_pat.c: literals, patterns, guards */
int cg_is_const(const Ast *e);
void cg_lit_encode(Cg *cg, const Ast *e, Buf *b);
CgOpnd cg_const_op(Cg *cg, const Ast *e);
CgOpnd cg_lit_op(Cg *cg, const Buf *enc);
void cg_match(CgFn *f, const Ast *pat, CgOpnd src, int fail);
void cg_guard(CgFn *f, const Ast *guard, int fail);
void cg_test(CgFn *f, const Ast *e, int fail);
/* A comparison (==, <, ...) as a test; 0 if e is not one. */
int cg_cmp_test(CgFn *f, const Ast *e, int fail);
int cg_is_guard_expr(CgFn *f, const Ast *e);
CgOpnd cg_bin_build(CgFn *f, const Ast *e);
/* The type-test opcode of a BIF name/1 (is_atom ...), or -1. */
int cg_type_test_op(const char *name, int arity);

/* cg_expr.c: expressions and bodies */
CgOpnd cg_expr(CgFn *f, const Ast *e);
void cg_expr_to(CgFn *f, const Ast *e, int slot);
/* A body (A_SEQ or one expression list); tail: return its value. */
CgOpnd cg_body(CgFn *f, const Ast *seq, int tail);
void cg_return(CgFn *f, CgOpnd o);
/* Compile a function's clauses (heads against slots 0..arity-1). */
void cg_clauses(CgFn *f, Ast *const *clauses, size_t n, int arity);

#endif
