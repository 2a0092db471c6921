/* code.h — the module table: for every module its current and old
 * CodeVersion, and export entries at stable addresses.
 *
 *   module state:   (none) --load--> current --load--> current + old
 *                      ^                |                   |
 *                      +----purge-------+<------purge-------+
 *
 * An Export is created the first time M:F/A is named (by a loaded import,
 * apply, or fun M:F/A) and lives for the life of the VM.  Loading a version
 * repoints the module's exports at the new code; nothing caches a resolved
 * target anywhere else, so a fully qualified call always reaches the
 * current version.  Local calls and local funs stay in their CodeVersion.
 * A CodeVersion struct outlives its code: after a purge `code` is freed and
 * `purged` set, so a fun still pointing at it can be recognised as stale.
 */
#ifndef BEAMLET_CODE_H
#define BEAMLET_CODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bif.h"
#include "term.h"

typedef struct Vm Vm;
typedef struct CodeVersion CodeVersion;

struct Export {
    Term module, name;          /* atoms */
    unsigned arity;
    const Word *code;           /* entry of the current version's function, or NULL */
    BifFn bif;                  /* a C implementation, or NULL */
    CodeVersion *version;       /* the version `code` belongs to */
    Export *next;               /* hash chain */
};

typedef struct FuncInfo {
    Term name;                  /* atom */
    unsigned arity;
    const Word *start, *end;    /* its code: [start, end) */
    uint32_t frame_size;
} FuncInfo;

typedef struct LambdaInfo {
    CodeVersion *version;
    uint32_t index;             /* its own index in the lambda table */
    uint32_t func;              /* index into funcs */
    unsigned arity, nfree;
} LambdaInfo;

/* A chunk of a version's literal area (CodeVersion.lit_area is a chain). */
typedef struct LitChunk {
    struct LitChunk *next;
    size_t used, size;
    Term words[];
} LitChunk;

typedef struct LineEntry {
    const Word *pc;
    uint32_t line;
} LineEntry;

struct CodeVersion {
    Term module;                /* atom */
    uint8_t md5[16];
    uint32_t format_version;
    Term vsn;                   /* in the literal area */
    Term attributes, compile_info;
    Word *code;                 /* threaded code */
    size_t code_words;
    FuncInfo *funcs;
    size_t nfuncs;
    LambdaInfo *lambdas;
    size_t nlambdas;
    LineEntry *lines;
    size_t nlines;
    Term file;                  /* source file name for stack frames (a string, literal area) */
    Term *literals;             /* literal terms */
    size_t nliterals;
    LitChunk *lit_area;         /* where the literal terms live */
    size_t lit_words;
    Export **imports;
    size_t nimports;
    uint32_t *exports;          /* indices into funcs */
    size_t nexports;
    char *path;                 /* where it was loaded from, or NULL */
    bool purged;                /* code and literals freed; the struct and lambdas remain */
};

typedef struct Module {
    Term name;
    CodeVersion *current, *old;
} Module;

typedef struct CodeTable CodeTable;

CodeTable *code_table_new(Vm *vm);    /* binds every BIF of bifs.def to its export */
void code_table_free(CodeTable *t);
Module *code_module(Vm *vm, Term name);          /* NULL if never loaded */
/* Make v current for its module; the current version becomes old.
 * Returns ATOM_OK, or ATOM_NOT_PURGED (and changes nothing) when the module
 * has both current and old code. */
uint32_t code_install(Vm *vm, CodeVersion *v);
/* Make the current version old (code:delete): false if there is old code
 * already or no current code. */
bool code_delete(Vm *vm, Term module);
/* Whether the module has functions implemented in C (bifs.def): OTP's
 * "preloaded" modules. */
bool code_is_bif_module(Vm *vm, Term module);
/* Every module name with a table entry or a BIF, malloc'd (*n of them). */
Term *code_modules(Vm *vm, size_t *n);
/* Forget the old version (after purge.c made that safe) and free it. */
void code_drop_old(Vm *vm, Term module);
/* Free the code and the literals (purge: no process may run the code or
 * hold its literals any more); the struct and its lambda table stay, for
 * the funs that still name it. */
void code_version_free(CodeVersion *v);
void code_version_destroy(CodeVersion *v);       /* frees everything of a version never installed */
/* The function containing pc in any loaded version, or NULL. */
const FuncInfo *code_find_func(Vm *vm, const Word *pc, CodeVersion **version);
uint32_t code_line_of(const CodeVersion *v, const Word *pc);

/* The module name, lambda index and uniq (a 27-bit hash of the MD5, as in
 * #Fun<mod.index.uniq>) of a local fun term. */
Term code_fun_module(Term fun);
uint32_t code_fun_index(Term fun);
uint32_t code_fun_uniq(Term fun);
/* The export entry of an external fun term (SUB_EXPORT). */
static inline Export *code_fun_export(Term fun) { return (Export *)(uintptr_t)term_box_ptr(fun)[1]; }
/* The arity a fun takes (both kinds). */
unsigned code_fun_arity(Term fun);

/* Find or create the export entry M:F/A (never NULL except out of memory). */
Export *code_export(Vm *vm, Term module, Term name, unsigned arity);
/* The existing entry, or NULL. */
Export *code_export_lookup(Vm *vm, Term module, Term name, unsigned arity);

#endif
