/* loader.c — .bem bytes to a verified CodeVersion.
 *
 * Every count is checked against the bytes that remain, every index
 * against its table, every operand against the opcode table's signature,
 * every jump against its function, every slot against the frame size.
 * Errors longjmp out of the reader into load_bem, which frees what was
 * built and reports the first problem. */
#include "loader.h"

#include <errno.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bcformat.h"
#include "compare.h"
#include "interp.h"
#include "crc32.h"
#include "md5.h"
#include "vm.h"

static const char *const op_sig[] = {
#define OP(name, str, sig, doc) sig,
#include "opcodes.def"
#undef OP
};

typedef struct Loader {
    Vm *vm;
    const uint8_t *p, *end;
    jmp_buf fail;
    char *err;
    size_t errlen;
    const char *section;
    CodeVersion *v;
    Term *atoms;                 /* module atom index -> atom term */
    struct Scratch *scratch;     /* temporary arrays, freed if loading fails */
    size_t natoms;
    int depth;
} Loader;

static void fail(Loader *L, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));
static void fail(Loader *L, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = 0;
    if (L->section) n = snprintf(L->err, L->errlen, "section %s: ", L->section);
    if (n < 0 || (size_t)n >= L->errlen) n = 0;
    vsnprintf(L->err + n, L->errlen - (size_t)n, fmt, ap);
    va_end(ap);
    longjmp(L->fail, 1);
}

static void *zalloc(Loader *L, size_t n, size_t sz) {
    if (n && sz > SIZE_MAX / n) fail(L, "table too large");
    void *p = calloc(n ? n : 1, sz);
    if (!p) fail(L, "out of memory");
    return p;
}

/* Temporary arrays that a nested failure (longjmp) must not leak. */
typedef struct Scratch {
    struct Scratch *next;
    max_align_t data[];
} Scratch;

static void *scratch_alloc(Loader *L, size_t bytes) {
    Scratch *sc = (Scratch *)malloc(sizeof(Scratch) + bytes);
    if (!sc) fail(L, "out of memory");
    sc->next = L->scratch;
    L->scratch = sc;
    return sc->data;
}

/* Free the newest scratch array (scratch use is strictly nested). */
static void scratch_pop(Loader *L) {
    Scratch *sc = L->scratch;
    L->scratch = sc->next;
    free(sc);
}

/* ---- primitive readers ---- */

static uint8_t rd_u8(Loader *L) {
    if (L->p >= L->end) fail(L, "truncated");
    return *L->p++;
}

static uint32_t rd_u32(Loader *L) {
    if (L->end - L->p < 4) fail(L, "truncated");
    uint32_t v = (uint32_t)L->p[0] | (uint32_t)L->p[1] << 8 | (uint32_t)L->p[2] << 16 | (uint32_t)L->p[3] << 24;
    L->p += 4;
    return v;
}

static uint64_t rd_uv(Loader *L) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        uint8_t b = rd_u8(L);
        if (shift == 63 && (b & 0x7e)) fail(L, "varint overflow");
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
    }
    fail(L, "varint too long");
}

static int64_t rd_sv(Loader *L) {
    uint64_t u = rd_uv(L);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

/* A count of items that each need at least `min_bytes` more bytes. */
static size_t rd_count(Loader *L, size_t min_bytes) {
    uint64_t n = rd_uv(L);
    if (min_bytes && n > (uint64_t)(L->end - L->p) / min_bytes) fail(L, "count %llu exceeds the data", (unsigned long long)n);
    if (n > (1u << 28)) fail(L, "count %llu too large", (unsigned long long)n);
    return (size_t)n;
}

static const uint8_t *rd_bytes(Loader *L, size_t n) {
    if ((size_t)(L->end - L->p) < n) fail(L, "truncated");
    const uint8_t *r = L->p;
    L->p += n;
    return r;
}

static size_t rd_index(Loader *L, size_t limit, const char *what) {
    uint64_t i = rd_uv(L);
    if (i >= limit) fail(L, "%s index %llu out of range (%zu)", what, (unsigned long long)i, limit);
    return (size_t)i;
}

static Term rd_atom(Loader *L) { return L->atoms[rd_index(L, L->natoms, "atom")]; }

/* ---- literal area ---- */

static Term *lit_alloc(Loader *L, size_t n) {
    LitChunk *c = (LitChunk *)L->v->lit_area;
    if (!c || c->size - c->used < n) {
        size_t size = n > 1024 ? n : 1024;
        c = (LitChunk *)malloc(sizeof *c + size * sizeof(Term));
        if (!c) fail(L, "out of memory");
        c->size = size;
        c->used = 0;
        c->next = (LitChunk *)L->v->lit_area;
        L->v->lit_area = c;
    }
    Term *r = c->words + c->used;
    c->used += n;
    L->v->lit_words += n;
    return r;
}

static Term rd_term(Loader *L);

static Term rd_bignum(Loader *L) {
    uint8_t sign = rd_u8(L);
    if (sign > 1) fail(L, "bad bignum sign");
    size_t n = rd_count(L, 1);
    const uint8_t *b = rd_bytes(L, n);
    while (n && b[n - 1] == 0) n--;
    size_t limbs = (n + 7) / 8;
    if (limbs == 0) return term_from_small(0);
    if (limbs == 1) {
        uint64_t v = 0;
        for (size_t i = 0; i < n; i++) v |= (uint64_t)b[i] << (8 * i);
        if (v <= (uint64_t)MAX_SMALL) return term_from_small(sign ? -(int64_t)v : (int64_t)v);
        if (sign && v == (uint64_t)MAX_SMALL + 1) return term_from_small(MIN_SMALL);
    }
    Term *h = lit_alloc(L, BIG_WORDS(limbs));
    h[0] = term_make_header(limbs, sign ? SUB_NEGBIG : SUB_POSBIG);
    for (size_t i = 0; i < limbs; i++) h[1 + i] = 0;
    for (size_t i = 0; i < n; i++) h[1 + i / 8] |= (uint64_t)b[i] << (8 * (i % 8));
    return term_make_boxed(h);
}

static Term rd_map(Loader *L) {
    size_t n = rd_count(L, 2);
    MapPair *v = (MapPair *)scratch_alloc(L, (2 * n + 1) * sizeof(MapPair));
    /* keys then values, in the file's order */
    for (size_t i = 0; i < n; i++) v[i].k = rd_term(L);
    for (size_t i = 0; i < n; i++) v[i].v = rd_term(L);
    bool dups;
    size_t m = heap_map_sort(L->vm->atoms, v, v + n, n, &dups);
    if (dups) fail(L, "duplicate map key");
    Term r = heap_map_at(lit_alloc(L, MAP_WORDS(m)), v, m);
    scratch_pop(L);
    return r;
}

static Term rd_term(Loader *L) {
    if (++L->depth > 10000) fail(L, "literal nested too deeply");
    Term t;
    uint8_t tag = rd_u8(L);
    switch (tag) {
    case LIT_SMALL: {
        int64_t v = rd_sv(L);
        if (!small_fits(v)) fail(L, "small integer out of range");
        t = term_from_small(v);
        break;
    }
    case LIT_BIG: t = rd_bignum(L); break;
    case LIT_FLOAT: {
        const uint8_t *b = rd_bytes(L, 8);
        uint64_t bits = 0;
        for (int i = 0; i < 8; i++) bits |= (uint64_t)b[i] << (8 * i);
        double d;
        memcpy(&d, &bits, sizeof d);
        if (d != d || d - d != 0) fail(L, "float literal is not finite");
        Term *h = lit_alloc(L, FLOAT_WORDS);
        h[0] = term_make_header(1, SUB_FLOAT);
        memcpy(h + 1, &d, sizeof d);
        t = term_make_boxed(h);
        break;
    }
    case LIT_ATOM: t = rd_atom(L); break;
    case LIT_NIL: t = TERM_NIL; break;
    case LIT_LIST: {
        size_t n = rd_count(L, 1);
        if (n == 0) fail(L, "empty list literal");
        Term *c = lit_alloc(L, 2 * n);
        for (size_t i = 0; i < n; i++) {
            c[2 * i] = rd_term(L);
            c[2 * i + 1] = i + 1 < n ? term_make_cons(c + 2 * i + 2) : TERM_NIL;
        }
        c[2 * n - 1] = rd_term(L);
        t = term_make_cons(c);
        break;
    }
    case LIT_TUPLE: {
        size_t n = rd_count(L, 1);
        Term *h = lit_alloc(L, TUPLE_WORDS(n));
        h[0] = term_make_header(n, SUB_TUPLE);
        for (size_t i = 0; i < n; i++) h[1 + i] = rd_term(L);
        t = term_make_boxed(h);
        break;
    }
    case LIT_STRING: {
        size_t n = rd_count(L, 1);
        if (n == 0) fail(L, "empty string literal");
        const uint8_t *b = rd_bytes(L, n);
        Term *c = lit_alloc(L, 2 * n);
        for (size_t i = 0; i < n; i++) {
            c[2 * i] = term_from_small(b[i]);
            c[2 * i + 1] = i + 1 < n ? term_make_cons(c + 2 * i + 2) : TERM_NIL;
        }
        t = term_make_cons(c);
        break;
    }
    case LIT_BINARY: {
        uint64_t bits = rd_uv(L);
        if (bits / 8 > (uint64_t)(L->end - L->p)) fail(L, "truncated binary literal");
        size_t nbytes = (size_t)((bits + 7) / 8);
        const uint8_t *b = rd_bytes(L, nbytes);
        size_t words = BIN_WORDS(nbytes);
        Term *h = lit_alloc(L, words);
        h[0] = term_make_header(words - 1, SUB_BIN);
        h[1] = (Term)bits;
        h[words - 1] = 0;
        memcpy(h + 2, b, nbytes);
        if (bits % 8) ((uint8_t *)(h + 2))[nbytes - 1] &= (uint8_t)(0xff << (8 - bits % 8));
        t = term_make_boxed(h);
        break;
    }
    case LIT_MAP: t = rd_map(L); break;
    case LIT_EXPORT: {
        Term m = rd_atom(L), f = rd_atom(L);
        uint64_t a = rd_uv(L);
        if (a > BEM_MAX_ARITY) fail(L, "export fun arity too large");
        Term *h = lit_alloc(L, EXPORT_WORDS);
        h[0] = term_make_header(1, SUB_EXPORT);
        h[1] = (Term)(uintptr_t)code_export(L->vm, m, f, (unsigned)a);
        t = term_make_boxed(h);
        break;
    }
    default: fail(L, "unknown literal tag %u", tag);
    }
    L->depth--;
    return t;
}

/* ---- sections ---- */

typedef struct Section {
    const uint8_t *data;
    size_t len;
} Section;

static const char *const section_ids[] = {"Atom", "Litr", "Impt", "Expt", "Func", "Lamb", "Code", "Line", "Attr", "CInf"};
enum { S_ATOM, S_LITR, S_IMPT, S_EXPT, S_FUNC, S_LAMB, S_CODE, S_LINE, S_ATTR, S_CINF, S_COUNT };

static void enter(Loader *L, const Section *s, int id) {
    L->p = s->data;
    L->end = s->data + s->len;
    L->section = section_ids[id];
}

static void leave(Loader *L) {
    if (L->p != L->end) fail(L, "%zu bytes left over", (size_t)(L->end - L->p));
    L->section = NULL;
}

static void read_atoms(Loader *L) {
    L->natoms = rd_count(L, 1);
    if (L->natoms == 0) fail(L, "no atoms (atom 0 must be the module name)");
    L->atoms = (Term *)zalloc(L, L->natoms, sizeof(Term));
    for (size_t i = 0; i < L->natoms; i++) {
        size_t n = rd_count(L, 1);
        const uint8_t *b = rd_bytes(L, n);
        uint32_t a = atom_intern(L->vm->atoms, (const char *)b, n);
        if (a == ATOM_NONE) fail(L, "atom %zu too long or atom table full", i);
        L->atoms[i] = term_from_atom(a);
    }
}

/* ---- code ---- */

/* Fixups: words of `out` that hold an instruction index to turn into a pc. */
typedef struct Emit {
    Word *w;
    size_t n, cap;
    size_t *fix;
    size_t nfix, fixcap;
} Emit;

static void emit(Loader *L, Emit *e, Word w) {
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 1024;
        Word *nw = (Word *)realloc(e->w, e->cap * sizeof(Word));
        if (!nw) fail(L, "out of memory");
        e->w = nw;
    }
    e->w[e->n++] = w;
}

static void emit_label(Loader *L, Emit *e, size_t instr) {
    if (e->nfix == e->fixcap) {
        e->fixcap = e->fixcap ? e->fixcap * 2 : 256;
        size_t *nf = (size_t *)realloc(e->fix, e->fixcap * sizeof(size_t));
        if (!nf) fail(L, "out of memory");
        e->fix = nf;
    }
    e->fix[e->nfix++] = e->n;
    emit(L, e, (Word)instr);
}

typedef struct FuncRange {
    size_t first, count;       /* in instructions */
    uint32_t frame;            /* from its entry */
} FuncRange;

typedef struct CodeCtx {
    FuncRange *fr;
    size_t cur;                /* current function */
    size_t ninstr;
    uint8_t *is_func_start;    /* per instruction: 1 + function index, or 0 */
    uint32_t *func_at;
} CodeCtx;

static void check_slot(Loader *L, const CodeCtx *c, uint64_t slot, uint64_t extra) {
    if (slot + extra >= c->fr[c->cur].frame)
        fail(L, "function %zu: slot %llu beyond its frame of %u", c->cur,
             (unsigned long long)(slot + extra), c->fr[c->cur].frame);
}

static size_t rd_label(Loader *L, const CodeCtx *c, uint64_t raw) {
    const FuncRange *f = &c->fr[c->cur];
    if (raw < f->first || raw >= f->first + f->count)
        fail(L, "function %zu: jump to %llu outside the function", c->cur, (unsigned long long)raw);
    return (size_t)raw;
}

static Word rd_source(Loader *L, const CodeCtx *c, int constant_only) {
    uint64_t v = rd_uv(L);
    uint64_t payload = v >> 3;
    switch (v & 7) {
    case SRC_SLOT:
        if (constant_only) fail(L, "a jump table value must be a constant");
        check_slot(L, c, payload, 0);
        return (Word)(payload << 2);
    case SRC_SMALL: {
        int64_t s = (int64_t)(payload >> 1) ^ -(int64_t)(payload & 1);
        if (!small_fits(s)) fail(L, "small operand out of range");
        return term_from_small(s);
    }
    case SRC_ATOM:
        if (payload >= L->natoms) fail(L, "atom operand out of range");
        return L->atoms[payload];
    case SRC_LITERAL:
        if (payload >= L->v->nliterals) fail(L, "literal operand out of range");
        return L->v->literals[payload];
    case SRC_NIL:
        if (payload) fail(L, "bad nil operand");
        return TERM_NIL;
    default: fail(L, "unknown source kind %u", (unsigned)(v & 7));
    }
}

static unsigned target_arity(const CodeVersion *v, const CodeCtx *c, size_t instr) {
    return v->funcs[c->func_at[instr]].arity;
}

static int falls_through(int op) {
    switch (op) {
    case OPC_RETURN: case OPC_JUMP: case OPC_TAIL_CALL: case OPC_TAIL_CALL_EXT:
    case OPC_TAIL_CALL_FUN: case OPC_TAIL_APPLY_MF: case OPC_RAISE: case OPC_RAISE_ERROR:
    case OPC_BADMATCH: case OPC_CASE_CLAUSE: case OPC_TRY_CLAUSE: case OPC_IF_CLAUSE:
    case OPC_FUNCTION_CLAUSE: case OPC_SELECT_VAL: case OPC_SELECT_TUPLE_ARITY:
    case OPC_RECV_WAIT:
        return 0;
    default:
        return 1;
    }
}

/* Instructions whose operands are a slot and a constant get an internal
 * variant that needs no test of the operand kinds (same operand layout,
 * only the opcode word changes). */
static void specialise(Emit *e, size_t at, int op, const void *const *ops) {
    /* only the opcodes below have operand words at w[2] and w[3] */
    const Word *w = e->w + at;
#define SLOT_SMALL ((w[2] & 3) == 0 && term_is_small((Term)w[3]))
    int to = -1;
    switch (op) {
    case OPC_IS_LT: if (SLOT_SMALL) to = OPC_IS_LT_SC; break;
    case OPC_IS_GE: if (SLOT_SMALL) to = OPC_IS_GE_SC; break;
    case OPC_ADD: if (SLOT_SMALL) to = OPC_ADD_SC; break;
    case OPC_SUB: if (SLOT_SMALL) to = OPC_SUB_SC; break;
    case OPC_IS_EQ_EXACT:
        if ((w[2] & 3) == 0 && term_tag((Term)w[3]) == TAG_IMM) to = OPC_IS_EQ_EXACT_SI;
        break;
    default: break;
    }
#undef SLOT_SMALL
    if (to >= 0) e->w[at] = (Word)(uintptr_t)ops[to];
}

static void read_code(Loader *L, CodeCtx *c, Emit *e, size_t **instr_word) {
    CodeVersion *v = L->v;
    const void *const *ops = interp_op_table();
    size_t ninstr = rd_count(L, 1);
    if (ninstr != c->ninstr) fail(L, "instruction count %zu does not match the functions (%zu)", ninstr, c->ninstr);
    size_t *iw = (size_t *)zalloc(L, ninstr + 1, sizeof(size_t));
    *instr_word = iw;
    int last_op = -1;
    size_t last_at = 0;
    c->cur = 0;
    for (size_t i = 0; i < ninstr; i++) {
        while (i >= c->fr[c->cur].first + c->fr[c->cur].count) {
            if (falls_through(last_op)) fail(L, "function %zu falls through its end", c->cur);
            c->cur++;
        }
        iw[i] = e->n;
        uint64_t op = rd_uv(L);
        if (op >= OPC_HALT) fail(L, "instruction %zu: unknown opcode %llu", i, (unsigned long long)op);
        int first = i == c->fr[c->cur].first;
        if (first != (op == OPC_ENTRY)) fail(L, "instruction %zu: entry must start each function, and only there", i);
        size_t op_at = e->n;
        emit(L, e, (Word)(uintptr_t)ops[op]);
        /* operands whose meaning depends on the instruction, checked below */
        uint64_t u[3] = {0, 0, 0};
        size_t nu = 0, lbl = 0, first_d = 0, nd = 0;
        Export *x = NULL;
        for (const char *k = op_sig[op]; *k; k++) {
            switch (*k) {
            case 'd': {
                uint64_t s = rd_uv(L);
                if (op != OPC_ENTRY) check_slot(L, c, s, 0);
                if (nd++ == 0) first_d = (size_t)s;
                emit(L, e, (Word)s);
                break;
            }
            case 's': emit(L, e, rd_source(L, c, 0)); break;
            case 'u': {
                uint64_t val = rd_uv(L);
                if (val > 0xffffffffu) fail(L, "instruction %zu: number operand too large", i);
                if (nu < 3) u[nu++] = val;
                if (op == OPC_ENTRY && nu == 1) {
                    if (val > BEM_MAX_SLOTS || val < v->funcs[c->cur].arity)
                        fail(L, "function %zu: bad frame size %llu", c->cur, (unsigned long long)val);
                    c->fr[c->cur].frame = (uint32_t)val;
                    v->funcs[c->cur].frame_size = (uint32_t)val;
                } else if (op == OPC_ENTRY && val != v->funcs[c->cur].arity) {
                    fail(L, "function %zu: entry arity %llu, the function's is %u", c->cur,
                         (unsigned long long)val, v->funcs[c->cur].arity);
                }
                emit(L, e, (Word)val);
                break;
            }
            case 'a': emit(L, e, rd_atom(L)); break;
            case 'c': emit(L, e, v->literals[rd_index(L, v->nliterals, "literal")]); break;
            case 'l': {
                uint64_t raw = rd_uv(L);
                if (op == OPC_CALL || op == OPC_TAIL_CALL) {
                    /* a function's entry, anywhere in the module (checked below) */
                    if (raw >= c->ninstr) fail(L, "instruction %zu: call target %llu out of range", i, (unsigned long long)raw);
                    lbl = (size_t)raw;
                } else {
                    lbl = rd_label(L, c, raw);
                }
                emit_label(L, e, lbl);
                break;
            }
            case 'f': {
                uint64_t raw = rd_uv(L);
                if (raw == 0) emit(L, e, 0);
                else emit_label(L, e, rd_label(L, c, raw - 1));
                break;
            }
            case 'x':
                x = v->imports[rd_index(L, v->nimports, "import")];
                emit(L, e, (Word)(uintptr_t)x);
                break;
            case 'L': {
                size_t li = rd_index(L, v->nlambdas, "lambda");
                emit(L, e, (Word)(uintptr_t)&v->lambdas[li]);
                u[nu < 3 ? nu++ : 2] = li;
                break;
            }
            case 'v': {
                size_t n = rd_count(L, 1);
                emit(L, e, (Word)n);
                for (size_t j = 0; j < n; j++) emit(L, e, rd_source(L, c, 0));
                if (op == OPC_MAKE_FUN && n != v->lambdas[u[0]].nfree)
                    fail(L, "instruction %zu: make_fun with %zu free variables, the lambda has %u", i, n, v->lambdas[u[0]].nfree);
                if ((op == OPC_PUT_MAP_ASSOC || op == OPC_PUT_MAP_EXACT) && n % 2)
                    fail(L, "instruction %zu: odd map update list", i);
                break;
            }
            case 'j': {
                size_t n = rd_count(L, 2);
                emit(L, e, (Word)n);
                for (size_t j = 0; j < n; j++) {
                    Word val = rd_source(L, c, 1);
                    if (op == OPC_SELECT_TUPLE_ARITY && !term_is_small(val)) fail(L, "tuple arity table value not an integer");
                    emit(L, e, val);
                    emit_label(L, e, rd_label(L, c, rd_uv(L)));
                }
                break;
            }
            case 'k': {
                size_t n = rd_count(L, 2);
                emit(L, e, (Word)n);
                for (size_t j = 0; j < n; j++) {
                    emit(L, e, rd_source(L, c, 0));
                    uint64_t s = rd_uv(L);
                    check_slot(L, c, s, 0);
                    emit(L, e, (Word)s);
                }
                break;
            }
            case 'B': {
                size_t n = rd_count(L, 5);
                emit(L, e, (Word)n);
                for (size_t j = 0; j < n; j++) {
                    uint64_t type = rd_uv(L), flags = rd_uv(L), unit = rd_uv(L);
                    if (type > SEG_UTF32) fail(L, "bad segment type %llu", (unsigned long long)type);
                    if (flags > 7) fail(L, "bad segment flags");
                    if (unit < 1 || unit > 256) fail(L, "bad segment unit");
                    emit(L, e, (Word)type);
                    emit(L, e, (Word)flags);
                    emit(L, e, (Word)unit);
                    emit(L, e, rd_source(L, c, 0));
                    emit(L, e, rd_source(L, c, 0));
                }
                break;
            }
            default: fail(L, "opcode table: unknown operand kind %c", *k);
            }
        }
        /* instruction-specific checks */
        uint32_t fs = c->fr[c->cur].frame;
        switch (op) {
        case OPC_CALL:
            if (!c->is_func_start[lbl]) fail(L, "instruction %zu: call to a label that is not a function", i);
            if (first_d + target_arity(v, c, lbl) > fs) fail(L, "instruction %zu: call arguments beyond the frame", i);
            break;
        case OPC_TAIL_CALL:
            if (!c->is_func_start[lbl]) fail(L, "instruction %zu: tail call to a label that is not a function", i);
            if (u[1] != target_arity(v, c, lbl) || u[0] + u[1] > fs) fail(L, "instruction %zu: bad tail call", i);
            break;
        case OPC_CALL_EXT:
            if (first_d + x->arity > fs) fail(L, "instruction %zu: call arguments beyond the frame", i);
            break;
        case OPC_TAIL_CALL_EXT:
            if (u[0] + x->arity > fs) fail(L, "instruction %zu: call arguments beyond the frame", i);
            break;
        case OPC_CALL_FUN: case OPC_APPLY_MF:
            if (u[0] > BEM_MAX_ARITY || first_d + u[0] + (op == OPC_APPLY_MF) >= fs) fail(L, "instruction %zu: call beyond the frame", i);
            break;
        case OPC_TAIL_CALL_FUN: case OPC_TAIL_APPLY_MF:
            if (u[1] > BEM_MAX_ARITY || u[0] + u[1] + (op == OPC_TAIL_APPLY_MF) >= fs) fail(L, "instruction %zu: call beyond the frame", i);
            break;
        case OPC_TRY_CASE:
            check_slot(L, c, first_d, 2);
            break;
        case OPC_GET_ELEMENT:
            if (u[0] < 1) fail(L, "instruction %zu: element index 0", i);
            break;
        case OPC_BIF0: case OPC_BIF1: case OPC_BIF2: case OPC_BIF3:
            if (!x->bif) fail(L, "instruction %zu: import is not a BIF", i);
            if (x->arity != (unsigned)(op - OPC_BIF0)) fail(L, "instruction %zu: BIF arity mismatch", i);
            break;
        default: break;
        }
        specialise(e, op_at, (int)op, ops);
        /* a receive that tests the message for a tagged tuple first */
        if (op == OPC_IS_TAGGED_TUPLE && last_op == OPC_RECV_PEEK && e->w[op_at + 2] == e->w[last_at + 2] << 2)
            e->w[last_at] = (Word)(uintptr_t)ops[OPC_RECV_PEEK_TT];
        last_op = (int)op;
        last_at = op_at;
    }
    if (ninstr && falls_through(last_op)) fail(L, "the last function falls through its end");
    iw[ninstr] = e->n;
}

static void parse(Loader *L, const uint8_t *data, size_t len) {
    CodeVersion *v = L->v;
    L->p = data;
    L->end = data + len;
    L->section = "header";
    if (len < 8 || memcmp(data, BEM_MAGIC, 4) != 0) fail(L, "not a beamlet bytecode file (bad magic)");
    L->p += 4;
    unsigned ver = rd_u8(L);
    ver |= (unsigned)rd_u8(L) << 8;
    if (ver != BEM_FORMAT_VERSION)
        fail(L, "unknown format version %u (this VM reads %u)", ver, BEM_FORMAT_VERSION);
    v->format_version = ver;
    if (rd_u8(L) || rd_u8(L)) fail(L, "reserved header bytes not zero");
    /* the trailer: CRC-32 of everything before it catches any corruption,
     * including in the parts the MD5 does not cover */
    if (len < 12) fail(L, "truncated");
    const uint8_t *t = data + len - 4;
    uint32_t crc = (uint32_t)t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
    if (crc32_ieee(data, len - 4) != crc) fail(L, "checksum mismatch: the file is truncated or corrupt");
    L->end = data + len - 4;
    size_t nlen = rd_count(L, 1);
    const uint8_t *name = rd_bytes(L, nlen);
    const uint8_t *vsn_at = L->p;
    /* The vsn term needs the atom table, which comes later: skip over it
     * structurally now and decode it once the atoms are read. */
    Section sec[S_COUNT];
    L->natoms = SIZE_MAX;
    L->section = "header vsn";
    {
        /* skip a term */
        size_t stack = 1;
        while (stack) {
            stack--;
            uint8_t tag = rd_u8(L);
            switch (tag) {
            case LIT_SMALL: rd_sv(L); break;
            case LIT_BIG: rd_u8(L); rd_bytes(L, rd_count(L, 1)); break;
            case LIT_FLOAT: rd_bytes(L, 8); break;
            case LIT_ATOM: rd_uv(L); break;
            case LIT_NIL: break;
            case LIT_LIST: stack += rd_count(L, 1) + 1; break;
            case LIT_TUPLE: stack += rd_count(L, 1); break;
            case LIT_STRING: rd_bytes(L, rd_count(L, 1)); break;
            case LIT_BINARY: { uint64_t bits = rd_uv(L); rd_bytes(L, (size_t)((bits + 7) / 8)); break; }
            case LIT_MAP: stack += 2 * rd_count(L, 2); break;
            case LIT_EXPORT: rd_uv(L); rd_uv(L); rd_uv(L); break;
            default: fail(L, "unknown literal tag %u", tag);
            }
            if (stack > (1u << 24)) fail(L, "vsn term too large");
        }
    }
    const uint8_t *vsn_end = L->p;
    L->section = "header";
    const uint8_t *md5 = rd_bytes(L, 16);
    uint32_t nsec = rd_u32(L);
    if (nsec != S_COUNT) fail(L, "%u sections, expected %d", nsec, S_COUNT);
    for (int i = 0; i < S_COUNT; i++) {
        const uint8_t *id = rd_bytes(L, 4);
        if (memcmp(id, section_ids[i], 4) != 0) fail(L, "section %d is not %s", i, section_ids[i]);
        uint32_t slen = rd_u32(L);
        sec[i].data = rd_bytes(L, slen);
        sec[i].len = slen;
    }
    if (L->p != L->end) fail(L, "%zu bytes after the last section", (size_t)(L->end - L->p));
    L->natoms = 0;

    /* the MD5 covers Atom .. Code */
    Md5 ctx;
    uint8_t digest[16];
    md5_init(&ctx);
    for (int i = S_ATOM; i <= S_CODE; i++) md5_update(&ctx, sec[i].data, sec[i].len);
    md5_final(&ctx, digest);
    if (memcmp(digest, md5, 16) != 0) fail(L, "MD5 mismatch: the file is corrupt");
    memcpy(v->md5, md5, 16);

    enter(L, &sec[S_ATOM], S_ATOM);
    read_atoms(L);
    leave(L);
    v->module = L->atoms[0];
    {
        size_t alen;
        const char *an = atom_name(L->vm->atoms, term_atom(v->module), &alen);
        if (alen != nlen || memcmp(an, name, nlen) != 0) fail(L, "module name in the header differs from atom 0");
    }
    L->p = vsn_at;
    L->end = vsn_end;
    L->section = "header vsn";
    v->vsn = rd_term(L);
    leave(L);

    enter(L, &sec[S_LITR], S_LITR);
    v->nliterals = rd_count(L, 1);
    v->literals = (Term *)zalloc(L, v->nliterals, sizeof(Term));
    for (size_t i = 0; i < v->nliterals; i++) v->literals[i] = rd_term(L);
    leave(L);

    enter(L, &sec[S_IMPT], S_IMPT);
    v->nimports = rd_count(L, 3);
    v->imports = (Export **)zalloc(L, v->nimports, sizeof(Export *));
    for (size_t i = 0; i < v->nimports; i++) {
        Term m = rd_atom(L), f = rd_atom(L);
        uint64_t a = rd_uv(L);
        if (a > BEM_MAX_ARITY) fail(L, "import arity too large");
        v->imports[i] = code_export(L->vm, m, f, (unsigned)a);
    }
    leave(L);

    /* Func before Expt and Lamb, which refer to it */
    enter(L, &sec[S_FUNC], S_FUNC);
    v->nfuncs = rd_count(L, 4);
    if (v->nfuncs == 0) fail(L, "no functions");
    v->funcs = (FuncInfo *)zalloc(L, v->nfuncs, sizeof(FuncInfo));
    FuncRange *fr = (FuncRange *)zalloc(L, v->nfuncs, sizeof(FuncRange));
    size_t expect = 0;
    for (size_t i = 0; i < v->nfuncs; i++) {
        v->funcs[i].name = rd_atom(L);
        uint64_t a = rd_uv(L);
        if (a > BEM_MAX_ARITY) { free(fr); fail(L, "function arity too large"); }
        v->funcs[i].arity = (unsigned)a;
        uint64_t first = rd_uv(L), count = rd_uv(L);
        if (first != expect || count == 0 || count > (1u << 28)) { free(fr); fail(L, "function %zu does not follow the previous one", i); }
        fr[i].first = (size_t)first;
        fr[i].count = (size_t)count;
        expect += (size_t)count;
    }
    leave(L);
    CodeCtx c = {fr, 0, expect, NULL, NULL};

    enter(L, &sec[S_EXPT], S_EXPT);
    v->nexports = rd_count(L, 3);
    v->exports = (uint32_t *)zalloc(L, v->nexports, sizeof(uint32_t));
    for (size_t i = 0; i < v->nexports; i++) {
        Term f = rd_atom(L);
        uint64_t a = rd_uv(L);
        size_t fi = rd_index(L, v->nfuncs, "function");
        if (v->funcs[fi].name != f || v->funcs[fi].arity != a) { free(fr); fail(L, "export %zu does not match its function", i); }
        v->exports[i] = (uint32_t)fi;
    }
    leave(L);

    enter(L, &sec[S_LAMB], S_LAMB);
    v->nlambdas = rd_count(L, 3);
    v->lambdas = (LambdaInfo *)zalloc(L, v->nlambdas, sizeof(LambdaInfo));
    for (size_t i = 0; i < v->nlambdas; i++) {
        size_t fi = rd_index(L, v->nfuncs, "function");
        uint64_t a = rd_uv(L), nfree = rd_uv(L);
        if (a + nfree != v->funcs[fi].arity) { free(fr); fail(L, "lambda %zu: arity %llu + %llu free does not match its function", i, (unsigned long long)a, (unsigned long long)nfree); }
        v->lambdas[i].version = v;
        v->lambdas[i].index = (uint32_t)i;
        v->lambdas[i].func = (uint32_t)fi;
        v->lambdas[i].arity = (unsigned)a;
        v->lambdas[i].nfree = (unsigned)nfree;
    }
    leave(L);

    c.is_func_start = (uint8_t *)calloc(expect + 1, 1);
    c.func_at = (uint32_t *)calloc(expect + 1, sizeof(uint32_t));
    Emit e = {0};
    size_t *iw = NULL;
    if (!c.is_func_start || !c.func_at) { free(fr); free(c.is_func_start); free(c.func_at); fail(L, "out of memory"); }
    for (size_t i = 0; i < v->nfuncs; i++) {
        c.is_func_start[fr[i].first] = 1;
        c.func_at[fr[i].first] = (uint32_t)i;
    }
    /* on failure below, free the temporaries through a second jmp_buf */
    jmp_buf outer;
    memcpy(&outer, &L->fail, sizeof outer);
    if (setjmp(L->fail)) {
        free(fr); free(c.is_func_start); free(c.func_at); free(e.w); free(e.fix); free(iw);
        memcpy(&L->fail, &outer, sizeof outer);
        longjmp(L->fail, 1);
    }
    enter(L, &sec[S_CODE], S_CODE);
    read_code(L, &c, &e, &iw);
    leave(L);

    /* labels to pcs */
    for (size_t i = 0; i < e.nfix; i++) e.w[e.fix[i]] = (Word)(uintptr_t)(e.w + iw[e.w[e.fix[i]]]);
    v->code = e.w;
    v->code_words = e.n;
    e.w = NULL;
    for (size_t i = 0; i < v->nfuncs; i++) {
        v->funcs[i].start = v->code + iw[fr[i].first];
        v->funcs[i].end = v->code + iw[fr[i].first + fr[i].count];
    }

    enter(L, &sec[S_LINE], S_LINE);
    {
        size_t flen = rd_count(L, 1);
        const uint8_t *fname = rd_bytes(L, flen);
        Term *cells = flen ? lit_alloc(L, 2 * flen) : NULL;
        for (size_t i = 0; i < flen; i++) {
            cells[2 * i] = term_from_small(fname[i]);
            cells[2 * i + 1] = i + 1 < flen ? term_make_cons(cells + 2 * i + 2) : TERM_NIL;
        }
        v->file = flen ? term_make_cons(cells) : TERM_NIL;
        v->nlines = rd_count(L, 2);
        v->lines = (LineEntry *)calloc(v->nlines ? v->nlines : 1, sizeof(LineEntry));
        if (!v->lines) fail(L, "out of memory");
        size_t prev = 0;
        for (size_t i = 0; i < v->nlines; i++) {
            uint64_t at = rd_uv(L), line = rd_uv(L);
            if (at >= c.ninstr || (i && at <= prev)) fail(L, "line entry %zu out of order or range", i);
            if (line > 0xffffffffu) fail(L, "line number too large");
            prev = (size_t)at;
            v->lines[i].pc = v->code + iw[at];
            v->lines[i].line = (uint32_t)line;
        }
    }
    leave(L);

    enter(L, &sec[S_ATTR], S_ATTR);
    v->attributes = rd_term(L);
    leave(L);
    enter(L, &sec[S_CINF], S_CINF);
    v->compile_info = rd_term(L);
    leave(L);

    memcpy(&L->fail, &outer, sizeof outer);
    free(fr);
    free(c.is_func_start);
    free(c.func_at);
    free(e.fix);
    free(iw);
}

CodeVersion *load_bem(Vm *vm, const uint8_t *data, size_t len, char *err, size_t errlen) {
    Loader L;
    memset(&L, 0, sizeof L);
    L.vm = vm;
    L.err = err;
    L.errlen = errlen;
    L.v = (CodeVersion *)calloc(1, sizeof(CodeVersion));
    if (!L.v) { snprintf(err, errlen, "out of memory"); return NULL; }
    if (setjmp(L.fail)) {
        while (L.scratch) scratch_pop(&L);
        code_version_destroy(L.v);
        free(L.atoms);
        return NULL;
    }
    parse(&L, data, len);
    free(L.atoms);
    return L.v;
}

uint8_t *load_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    Buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) { buf_free(&b); errno = EIO; return NULL; }
    *len = b.len;
    if (!b.data) { b.data = (char *)malloc(1); if (!b.data) return NULL; }
    return (uint8_t *)b.data;
}
