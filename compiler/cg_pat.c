/* cg_pat.c — literals, patterns and guards: constant terms to literal
 * encodings, patterns to type tests and extractions that jump to a fail
 * label, binary matching and construction, guard sequences and tests. */
#include "cg.h"

#include <stdbool.h>
#include <string.h>

/* ---- constants ---- */

static size_t str_count(const Ast *s) { return s->chars ? s->nchars : s->len; }
static uint32_t str_at(const Ast *s, size_t i) {
    return s->chars ? s->chars[i] : (uint8_t)s->text[i];
}

static int const_map_ok(Cg *cg, const Ast *e);

int cg_is_const(const Ast *e) {
    if (!e) return 0;
    switch (e->kind) {
    case A_INT: case A_BIGINT: case A_FLOAT: case A_ATOM: case A_STRING: case A_NIL:
        return 1;
    case A_UNOP:
        return (e->op == OP_NEG || e->op == OP_PLUS) && e->nkids == 1 &&
               (e->kids[0]->kind == A_INT || e->kids[0]->kind == A_FLOAT ||
                e->kids[0]->kind == A_BIGINT);
    case A_CONS: case A_TUPLE:
        for (size_t i = 0; i < e->nkids; i++)
            if (!cg_is_const(e->kids[i])) return 0;
        return 1;
    case A_MAP:
        for (size_t i = 0; i < e->nkids; i++) {
            const Ast *a = e->kids[i];
            if (a->kind != A_MAP_ASSOC || a->nkids != 2 || !cg_is_const(a->kids[0]) ||
                !cg_is_const(a->kids[1]))
                return 0;
        }
        return const_map_ok(NULL, e);
    default:
        return 0;
    }
}

static void enc_int(Buf *b, int64_t v, int neg) {
    if (!neg) { bcw_t_int(b, v); return; }
    if (v == INT64_MIN) {            /* -(-2^63) = 2^63 */
        static const uint8_t mag[8] = {0x80, 0, 0, 0, 0, 0, 0, 0};
        bcw_t_unsigned_be(b, mag, 8);
        return;
    }
    bcw_t_int(b, -v);
}

static void enc_string(Buf *b, const Ast *s) {
    size_t n = str_count(s);
    if (n == 0) { bcw_t_nil(b); return; }
    int bytes = 1;
    for (size_t i = 0; i < n; i++)
        if (str_at(s, i) > 255) bytes = 0;
    if (bytes) {
        buf_addc(b, LIT_STRING);
        bcw_uv(b, n);
        for (size_t i = 0; i < n; i++) buf_addc(b, (char)(uint8_t)str_at(s, i));
        return;
    }
    buf_addc(b, LIT_LIST);
    bcw_uv(b, n);
    for (size_t i = 0; i < n; i++) bcw_t_int(b, str_at(s, i));
    bcw_t_nil(b);
}

/* Encode with a NULL cg: atoms get index 0 (only used to compare keys). */
static void encode(Cg *cg, const Ast *e, Buf *b) {
    switch (e->kind) {
    case A_INT: bcw_t_int(b, e->ival); break;
    case A_BIGINT:
        if (bcw_t_decimal(b, e->text) != 0) bcw_t_int(b, 0);
        break;
    case A_FLOAT: bcw_t_float(b, e->fval); break;
    case A_ATOM:
        if (cg) bcw_t_atom(b, bcw_atom(&cg->w, e->text, e->len));
        else { buf_addc(b, LIT_STRING); bcw_str(b, e->text, e->len); }   /* comparison key only */
        break;
    case A_STRING: enc_string(b, e); break;
    case A_NIL: bcw_t_nil(b); break;
    case A_UNOP: {
        const Ast *k = e->kids[0];
        int neg = e->op == OP_NEG;
        if (k->kind == A_INT) enc_int(b, k->ival, neg);
        else if (k->kind == A_FLOAT) bcw_t_float(b, neg ? -k->fval : k->fval);
        else {
            Buf t = {0};
            buf_printf(&t, "%s%s", neg ? (k->text[0] == '-' ? "" : "-") : "",
                       neg && k->text[0] == '-' ? k->text + 1 : k->text);
            if (bcw_t_decimal(b, t.data) != 0) bcw_t_int(b, 0);
            buf_free(&t);
        }
        break;
    }
    case A_CONS: {
        size_t n = 0;
        const Ast *p = e;
        while (p->kind == A_CONS) { n++; p = p->kids[1]; }
        buf_addc(b, LIT_LIST);
        bcw_uv(b, n);
        for (p = e; p->kind == A_CONS; p = p->kids[1]) encode(cg, p->kids[0], b);
        encode(cg, p, b);
        break;
    }
    case A_TUPLE:
        buf_addc(b, LIT_TUPLE);
        bcw_uv(b, e->nkids);
        for (size_t i = 0; i < e->nkids; i++) encode(cg, e->kids[i], b);
        break;
    case A_MAP:
        buf_addc(b, LIT_MAP);
        bcw_uv(b, e->nkids);
        for (size_t i = 0; i < e->nkids; i++) encode(cg, e->kids[i]->kids[0], b);
        for (size_t i = 0; i < e->nkids; i++) encode(cg, e->kids[i]->kids[1], b);
        break;
    default:
        bcw_t_nil(b);
    }
}

/* A map literal's keys must be distinct (as terms). */
static int const_map_ok(Cg *cg, const Ast *e) {
    (void)cg;
    int ok = 1;
    Buf *keys = cg_alloc(e->nkids * sizeof *keys + 1);
    for (size_t i = 0; i < e->nkids; i++) encode(NULL, e->kids[i]->kids[0], &keys[i]);
    for (size_t i = 0; i < e->nkids && ok; i++)
        for (size_t j = 0; j < i; j++)
            if (keys[i].len == keys[j].len && memcmp(keys[i].data, keys[j].data, keys[i].len) == 0) {
                ok = 0;
                break;
            }
    for (size_t i = 0; i < e->nkids; i++) buf_free(&keys[i]);
    free(keys);
    return ok;
}

void cg_lit_encode(Cg *cg, const Ast *e, Buf *b) { encode(cg, e, b); }

CgOpnd cg_lit_op(Cg *cg, const Buf *enc) {
    return (CgOpnd){SRC_LITERAL, bcw_literal(&cg->w, enc->data, enc->len)};
}

CgOpnd cg_const_op(Cg *cg, const Ast *e) {
    switch (e->kind) {
    case A_ATOM: return (CgOpnd){SRC_ATOM, bcw_atom(&cg->w, e->text, e->len)};
    case A_NIL: return (CgOpnd){SRC_NIL, 0};
    case A_STRING:
        if (str_count(e) == 0) return (CgOpnd){SRC_NIL, 0};
        break;
    case A_INT:
        if (e->ival >= -((int64_t)1 << 59) && e->ival < ((int64_t)1 << 59)) return cg_small_op(e->ival);
        break;
    case A_UNOP:
        if (e->op == OP_NEG && e->kids[0]->kind == A_INT && e->kids[0]->ival > -((int64_t)1 << 59) &&
            e->kids[0]->ival <= ((int64_t)1 << 59))
            return cg_small_op(-e->kids[0]->ival);
        if (e->op == OP_PLUS && e->kids[0]->kind == A_INT) return cg_const_op(cg, e->kids[0]);
        break;
    default:
        break;
    }
    Buf b = {0};
    encode(cg, e, &b);
    CgOpnd o = cg_lit_op(cg, &b);
    buf_free(&b);
    return o;
}

/* ---- patterns ---- */

static int is_wild(const Ast *p) { return p->kind == A_VAR && strcmp(p->text, "_") == 0; }

static void test2(CgFn *f, int op, int fail, CgOpnd a, CgOpnd b) {
    cg_ins(f, op);
    cg_lab(f, fail);
    cg_src(f, a);
    cg_src(f, b);
}

static void test1(CgFn *f, int op, int fail, CgOpnd a) {
    cg_ins(f, op);
    cg_lab(f, fail);
    cg_src(f, a);
}

static void match_var(CgFn *f, const Ast *p, CgOpnd src, int fail) {
    int vi = cg_var_find(f, p->text);
    if (vi < 0) cg_fatal(f->cg, p, "internal error: variable without a slot");
    if (f->bound[vi]) {
        test2(f, OPC_IS_EQ_EXACT, fail, src, cg_slot_op(f->vars[vi].slot));
    } else {
        cg_move(f, src, f->vars[vi].slot);
        f->bound[vi] = 1;
    }
}

/* Where a sub-pattern's value should go: straight into an unbound
 * variable's own slot (which is then bound), else a new temporary that
 * the caller matches the sub-pattern against (*direct = 0). */
static int dest_slot(CgFn *f, const Ast *p, int *direct) {
    if (p->kind == A_VAR && strcmp(p->text, "_") != 0) {
        int vi = cg_var_find(f, p->text);
        if (vi >= 0 && !f->bound[vi]) {
            f->bound[vi] = 1;
            *direct = 1;
            return f->vars[vi].slot;
        }
    }
    *direct = 0;
    return cg_temp(f);
}

static void match_cons(CgFn *f, const Ast *head, const Ast *tail, CgOpnd src, int fail) {
    int save = f->top;
    test1(f, OPC_IS_NONEMPTY_LIST, fail, src);
    if (is_wild(head) && is_wild(tail)) return;
    int dh, dt;
    if (is_wild(head)) {
        int t = dest_slot(f, tail, &dt);
        cg_ins(f, OPC_GET_TL); cg_src(f, src); cg_slot(f, t);
        if (!dt) cg_match(f, tail, cg_slot_op(t), fail);
    } else if (is_wild(tail)) {
        int h = dest_slot(f, head, &dh);
        cg_ins(f, OPC_GET_HD); cg_src(f, src); cg_slot(f, h);
        if (!dh) cg_match(f, head, cg_slot_op(h), fail);
    } else {
        int h = dest_slot(f, head, &dh), t = dest_slot(f, tail, &dt);
        cg_ins(f, OPC_GET_LIST); cg_src(f, src); cg_slot(f, h); cg_slot(f, t);
        if (!dh) cg_match(f, head, cg_slot_op(h), fail);
        if (!dt) cg_match(f, tail, cg_slot_op(t), fail);
    }
    f->top = save;
}

static void match_tuple(CgFn *f, const Ast *p, CgOpnd src, int fail) {
    int save = f->top;
    size_t n = p->nkids;
    size_t from = 0;
    if (n > 0 && p->kids[0]->kind == A_ATOM) {
        cg_ins(f, OPC_IS_TAGGED_TUPLE);
        cg_lab(f, fail);
        cg_src(f, src);
        cg_raw(f, n);
        cg_raw(f, bcw_atom(&f->cg->w, p->kids[0]->text, p->kids[0]->len));
        from = 1;
    } else {
        test1(f, OPC_IS_TUPLE, fail, src);
        cg_ins(f, OPC_TEST_ARITY);
        cg_lab(f, fail);
        cg_src(f, src);
        cg_raw(f, n);
    }
    for (size_t i = from; i < n; i++) {
        if (is_wild(p->kids[i])) continue;
        int mark = f->top, direct;
        int t = dest_slot(f, p->kids[i], &direct);
        cg_ins(f, OPC_GET_ELEMENT);
        cg_src(f, src);
        cg_raw(f, i + 1);
        cg_slot(f, t);
        if (!direct) cg_match(f, p->kids[i], cg_slot_op(t), fail);
        f->top = mark;
    }
    f->top = save;
}

static void match_map(CgFn *f, const Ast *p, CgOpnd src, int fail) {
    int save = f->top;
    test1(f, OPC_IS_MAP, fail, src);
    if (p->nkids == 0) return;
    int gsave = f->gfail;
    f->gfail = fail;
    CgOpnd *keys = cg_alloc(p->nkids * sizeof *keys);
    for (size_t i = 0; i < p->nkids; i++) keys[i] = cg_expr(f, p->kids[i]->kids[0]);
    f->gfail = gsave;
    int *dst = cg_alloc(p->nkids * sizeof *dst), *direct = cg_alloc(p->nkids * sizeof *direct);
    for (size_t i = 0; i < p->nkids; i++) dst[i] = dest_slot(f, p->kids[i]->kids[1], &direct[i]);
    cg_ins(f, OPC_GET_MAP_ELEMENTS);
    cg_lab(f, fail);
    cg_src(f, src);
    cg_raw(f, p->nkids);
    for (size_t i = 0; i < p->nkids; i++) {
        cg_src(f, keys[i]);
        cg_slot(f, dst[i]);
    }
    free(keys);
    for (size_t i = 0; i < p->nkids; i++)
        if (!direct[i]) cg_match(f, p->kids[i]->kids[1], cg_slot_op(dst[i]), fail);
    free(dst);
    free(direct);
    f->top = save;
}

/* Segment type, default size and unit of a binary segment. */
typedef struct SegInfo { int type; int unit; int flags; int default_size; int is_all; } SegInfo;

static SegInfo seg_info(const Ast *seg) {
    SegInfo s = {SEG_INTEGER, 1, 0, 8, 0};
    switch (seg->seg.type) {
    case SEGT_DEFAULT: case SEGT_INTEGER: break;
    case SEGT_FLOAT: s.type = SEG_FLOAT; s.default_size = 64; break;
    case SEGT_BINARY: case SEGT_BYTES: s.type = SEG_BINARY; s.unit = 8; s.is_all = 1; break;
    case SEGT_BITSTRING: case SEGT_BITS: s.type = SEG_BINARY; s.unit = 1; s.is_all = 1; break;
    case SEGT_UTF8: s.type = SEG_UTF8; s.default_size = 0; break;
    case SEGT_UTF16: s.type = SEG_UTF16; s.default_size = 0; break;
    case SEGT_UTF32: s.type = SEG_UTF32; s.default_size = 0; break;
    }
    if (seg->seg.unit > 0) s.unit = seg->seg.unit;
    if (seg->seg.is_signed) s.flags |= SEGF_SIGNED;
    if (seg->seg.endian == 1) s.flags |= SEGF_LITTLE;
    if (seg->seg.endian == 2) s.flags |= SEGF_NATIVE;
    return s;
}

static CgOpnd lit_binary(Cg *cg, const uint8_t *bytes, size_t n) {
    Buf b = {0};
    buf_addc(&b, LIT_BINARY);
    bcw_uv(&b, (uint64_t)n * 8);
    buf_add(&b, bytes, n);
    CgOpnd o = cg_lit_op(cg, &b);
    buf_free(&b);
    return o;
}

static void match_binary(CgFn *f, const Ast *p, CgOpnd src, int fail) {
    int save = f->top;
    int off = cg_temp(f);
    cg_ins(f, OPC_BS_START);
    cg_lab(f, fail);
    cg_src(f, src);
    cg_slot(f, off);
    for (size_t i = 0; i < p->nkids; i++) {
        const Ast *seg = p->kids[i];
        const Ast *val = seg->kids[0];
        const Ast *size = seg->nkids > 1 ? seg->kids[1] : NULL;
        SegInfo si = seg_info(seg);
        int mark = f->top;
        if (val->kind == A_STRING && si.type == SEG_INTEGER && !size && si.unit == 1 && si.flags == 0) {
            size_t n = str_count(val);
            if (n == 0) continue;
            uint8_t *bytes = cg_alloc(n);
            for (size_t k = 0; k < n; k++) bytes[k] = (uint8_t)str_at(val, k);
            CgOpnd lit = lit_binary(f->cg, bytes, n);
            free(bytes);
            cg_ins(f, OPC_BS_MATCH_STRING);
            cg_lab(f, fail);
            cg_src(f, src);
            cg_slot(f, off);
            cg_raw(f, (uint64_t)lit.v);
            continue;
        }
        size_t nvals = val->kind == A_STRING ? str_count(val) : 1;
        for (size_t k = 0; k < nvals; k++) {
            CgOpnd sz;
            if (size) {
                int g = f->gfail;
                f->gfail = fail;
                sz = cg_expr(f, size);
                f->gfail = g;
            } else if (si.is_all) {
                sz = cg_atom_op(f->cg, "all");
            } else {
                sz = cg_small_op(si.default_size);
            }
            if (si.type == SEG_INTEGER || si.type == SEG_FLOAT || si.type == SEG_BINARY) {
                if (is_wild(val)) {
                    cg_ins(f, OPC_BS_SKIP);
                    cg_lab(f, fail); cg_src(f, src); cg_slot(f, off); cg_src(f, sz); cg_raw(f, (uint64_t)si.unit);
                    break;
                }
                int direct = 0;
                int t = val->kind == A_STRING ? cg_temp(f) : dest_slot(f, val, &direct);
                cg_ins(f, si.type == SEG_INTEGER ? OPC_BS_GET_INTEGER
                          : si.type == SEG_FLOAT ? OPC_BS_GET_FLOAT : OPC_BS_GET_BINARY);
                cg_lab(f, fail); cg_src(f, src); cg_slot(f, off); cg_src(f, sz);
                cg_raw(f, (uint64_t)si.unit); cg_raw(f, (uint64_t)si.flags); cg_slot(f, t);
                if (val->kind == A_STRING)
                    test2(f, OPC_IS_EQ_EXACT, fail, cg_slot_op(t), cg_small_op(str_at(val, k)));
                else if (!direct)
                    cg_match(f, val, cg_slot_op(t), fail);
            } else {
                int t = cg_temp(f);
                if (si.type == SEG_UTF8) {
                    cg_ins(f, OPC_BS_GET_UTF8);
                    cg_lab(f, fail); cg_src(f, src); cg_slot(f, off); cg_slot(f, t);
                } else {
                    cg_ins(f, si.type == SEG_UTF16 ? OPC_BS_GET_UTF16 : OPC_BS_GET_UTF32);
                    cg_lab(f, fail); cg_src(f, src); cg_slot(f, off); cg_raw(f, (uint64_t)si.flags); cg_slot(f, t);
                }
                if (val->kind == A_STRING)
                    test2(f, OPC_IS_EQ_EXACT, fail, cg_slot_op(t), cg_small_op(str_at(val, k)));
                else if (!is_wild(val))
                    cg_match(f, val, cg_slot_op(t), fail);
            }
            f->top = mark;
        }
        f->top = mark;
    }
    cg_ins(f, OPC_BS_TEST_TAIL);
    cg_lab(f, fail);
    cg_src(f, src);
    cg_slot(f, off);
    cg_raw(f, 0);
    f->top = save;
}

/* "abc" ++ Tail (or [a, b] ++ Tail) in a pattern. */
static void match_prefix(CgFn *f, const Ast *prefix, const Ast *tail, CgOpnd src, int fail) {
    int save = f->top;
    CgOpnd cur = src;
    if (prefix->kind == A_STRING) {
        for (size_t i = 0; i < str_count(prefix); i++) {
            int h = cg_temp(f), t = cg_temp(f);
            test1(f, OPC_IS_NONEMPTY_LIST, fail, cur);
            cg_ins(f, OPC_GET_LIST); cg_src(f, cur); cg_slot(f, h); cg_slot(f, t);
            test2(f, OPC_IS_EQ_EXACT, fail, cg_slot_op(h), cg_small_op(str_at(prefix, i)));
            cur = cg_slot_op(t);
        }
    } else {
        for (const Ast *p = prefix; p->kind == A_CONS; p = p->kids[1]) {
            int h = cg_temp(f), t = cg_temp(f);
            test1(f, OPC_IS_NONEMPTY_LIST, fail, cur);
            cg_ins(f, OPC_GET_LIST); cg_src(f, cur); cg_slot(f, h); cg_slot(f, t);
            cg_match(f, p->kids[0], cg_slot_op(h), fail);
            cur = cg_slot_op(t);
        }
    }
    cg_match(f, tail, cur, fail);
    f->top = save;
}

/* A map in a pattern matches any map with at least its keys, so a pattern
 * holding one is never compared whole against a literal. */
static int has_map(const Ast *p) {
    if (!p) return 0;
    if (p->kind == A_MAP) return 1;
    for (size_t i = 0; i < p->nkids; i++)
        if (has_map(p->kids[i])) return 1;
    return 0;
}

/* The value of a constant arithmetic expression in a pattern (erl_lint
 * allows `?N * 2 = X`, `-(1 bsl 4)`), as a new literal; NULL when it is
 * not one this folds: operands that are not numbers, bignums, an overflow,
 * a division by zero. */
static Ast *fold_const(const Ast *p) {
    if (p->kind == A_INT || p->kind == A_FLOAT) {
        Ast *r = ast_new(p->kind, p->line, p->col);
        r->ival = p->ival;
        r->fval = p->fval;
        return r;
    }
    if (p->kind != A_OP && p->kind != A_UNOP) return NULL;
    Ast *a = fold_const(p->kids[0]);
    Ast *b = p->kind == A_OP ? fold_const(p->kids[1]) : NULL;
    Ast *r = NULL;
    if (!a || (p->kind == A_OP && !b)) goto done;
    if (p->kind == A_UNOP) {
        if (p->op == OP_PLUS) { r = a; a = NULL; goto done; }
        if (p->op == OP_NEG) {
            if (a->kind == A_FLOAT) a->fval = -a->fval;
            else if (a->ival == INT64_MIN) goto done;
            else a->ival = -a->ival;
            r = a;
            a = NULL;
        } else if (p->op == OP_BNOT && a->kind == A_INT) {
            a->ival = ~a->ival;
            r = a;
            a = NULL;
        }
        goto done;
    }
    bool fl = a->kind == A_FLOAT || b->kind == A_FLOAT;
    if (fl || p->op == OP_FDIV) {
        double x = a->kind == A_FLOAT ? a->fval : (double)a->ival;
        double y = b->kind == A_FLOAT ? b->fval : (double)b->ival;
        double z;
        switch (p->op) {
        case OP_ADD: z = x + y; break;
        case OP_SUB: z = x - y; break;
        case OP_MUL: z = x * y; break;
        case OP_FDIV: if (y == 0.0) goto done; z = x / y; break;
        default: goto done;
        }
        r = ast_new(A_FLOAT, p->line, p->col);
        r->fval = z;
        goto done;
    }
    int64_t x = a->ival, y = b->ival, z;
    switch (p->op) {
    case OP_ADD: if (__builtin_add_overflow(x, y, &z)) goto done; break;
    case OP_SUB: if (__builtin_sub_overflow(x, y, &z)) goto done; break;
    case OP_MUL: if (__builtin_mul_overflow(x, y, &z)) goto done; break;
    case OP_DIV: if (y == 0 || (x == INT64_MIN && y == -1)) goto done; z = x / y; break;
    case OP_REM: if (y == 0 || (x == INT64_MIN && y == -1)) goto done; z = x % y; break;
    case OP_BAND: z = x & y; break;
    case OP_BOR: z = x | y; break;
    case OP_BXOR: z = x ^ y; break;
    case OP_BSL: if (y < 0 || y > 62 || (x >> (62 - y)) != 0) goto done; z = x << y; break;
    case OP_BSR: if (y < 0) goto done; z = y > 63 ? (x < 0 ? -1 : 0) : x >> y; break;
    default: goto done;
    }
    r = ast_new(A_INT, p->line, p->col);
    r->ival = z;
done:
    ast_free(a);
    ast_free(b);
    return r;
}

void cg_match(CgFn *f, const Ast *p, CgOpnd src, int fail) {
    if (p->line > 0) f->line = p->line;
    if (cg_is_const(p) && !has_map(p)) {
        test2(f, OPC_IS_EQ_EXACT, fail, src, cg_const_op(f->cg, p));
        return;
    }
    switch (p->kind) {
    case A_VAR:
        if (!is_wild(p)) match_var(f, p, src, fail);
        return;
    case A_CONS: match_cons(f, p->kids[0], p->kids[1], src, fail); return;
    case A_TUPLE: match_tuple(f, p, src, fail); return;
    case A_MAP: match_map(f, p, src, fail); return;
    case A_BIN: match_binary(f, p, src, fail); return;
    case A_MATCH:
        cg_match(f, p->kids[0], src, fail);
        cg_match(f, p->kids[1], src, fail);
        return;
    case A_OP:
        if (p->op == OP_APPEND && (p->kids[0]->kind == A_STRING || p->kids[0]->kind == A_NIL ||
                                   p->kids[0]->kind == A_CONS)) {
            match_prefix(f, p->kids[0], p->kids[1], src, fail);
            return;
        }
        break;
    default:
        break;
    }
    Ast *k = fold_const(p);
    if (k) {
        test2(f, OPC_IS_EQ_EXACT, fail, src, cg_const_op(f->cg, k));
        ast_free(k);
        return;
    }
    cg_error(f->cg, p, "illegal pattern");
}

/* ---- guards ---- */

int cg_type_test_op(const char *name, int arity) {
    static const struct { const char *name; int op; } tests[] = {
        {"is_atom", OPC_IS_ATOM}, {"is_binary", OPC_IS_BINARY}, {"is_bitstring", OPC_IS_BITSTRING},
        {"is_boolean", OPC_IS_BOOLEAN}, {"is_float", OPC_IS_FLOAT}, {"is_function", OPC_IS_FUNCTION},
        {"is_integer", OPC_IS_INTEGER}, {"is_list", OPC_IS_LIST}, {"is_map", OPC_IS_MAP},
        {"is_number", OPC_IS_NUMBER}, {"is_pid", OPC_IS_PID}, {"is_port", OPC_IS_PORT},
        {"is_reference", OPC_IS_REFERENCE}, {"is_tuple", OPC_IS_TUPLE},
    };
    if (arity != 1) return -1;
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++)
        if (strcmp(tests[i].name, name) == 0) return tests[i].op;
    return -1;
}

/* If e calls a guard BIF, its name and arity (module erlang). */
static int guard_call(CgFn *f, const Ast *e, const char **name) {
    if (e->kind != A_CALL) return -1;
    const Ast *c = e->kids[0];
    int arity = (int)e->nkids - 1;
    if (c->kind == A_ATOM) {
        if (cg_local_fun(f->cg, c->text, arity)) return -1;
        int fl = cg_bif_flags("erlang", c->text, arity);
        if (fl < 0 || !(fl & CG_BF_AUTO) || !(fl & CG_BF_GUARD)) return -1;
        *name = c->text;
        return arity;
    }
    if (c->kind == A_REMOTE && c->kids[0]->kind == A_ATOM && c->kids[1]->kind == A_ATOM &&
        strcmp(c->kids[0]->text, "erlang") == 0) {
        int fl = cg_bif_flags("erlang", c->kids[1]->text, arity);
        if (fl < 0 || !(fl & CG_BF_GUARD)) return -1;
        *name = c->kids[1]->text;
        return arity;
    }
    return -1;
}

int cg_is_guard_expr(CgFn *f, const Ast *e) {
    const char *name;
    switch (e->kind) {
    case A_VAR: case A_INT: case A_BIGINT: case A_FLOAT: case A_ATOM: case A_STRING: case A_NIL:
        return 1;
    case A_CONS: case A_TUPLE: case A_BIN: case A_BINSEG: case A_MAP: case A_MAP_UPDATE:
    case A_MAP_ASSOC: case A_MAP_EXACT: case A_UNOP:
        break;
    case A_OP:
        if (e->op == OP_SEND || e->op == OP_APPEND || e->op == OP_SUBTRACT) return 0;
        break;
    case A_CALL: {
        if (guard_call(f, e, &name) < 0) return 0;
        for (size_t i = 1; i < e->nkids; i++)
            if (!cg_is_guard_expr(f, e->kids[i])) return 0;
        return 1;
    }
    default:
        return 0;
    }
    for (size_t i = 0; i < e->nkids; i++)
        if (e->kids[i] && !cg_is_guard_expr(f, e->kids[i])) return 0;
    return 1;
}

static int cmp_op(AstOp op, int *swap) {
    *swap = 0;
    switch (op) {
    case OP_EQ: return OPC_IS_EQ;
    case OP_NE: return OPC_IS_NE;
    case OP_EXACT_EQ: return OPC_IS_EQ_EXACT;
    case OP_EXACT_NE: return OPC_IS_NE_EXACT;
    case OP_LT: return OPC_IS_LT;
    case OP_GE: return OPC_IS_GE;
    case OP_GT: *swap = 1; return OPC_IS_LT;
    case OP_LE: *swap = 1; return OPC_IS_GE;
    default: return -1;
    }
}

int cg_cmp_test(CgFn *f, const Ast *e, int fail) {
    int swap;
    int op = cmp_op(e->op, &swap);
    if (op < 0) return 0;
    int save = f->top;
    CgOpnd a = cg_expr(f, e->kids[0]);
    CgOpnd b = cg_expr(f, e->kids[1]);
    if (e->line > 0) f->line = e->line;
    if (swap) test2(f, op, fail, b, a);
    else test2(f, op, fail, a, b);
    f->top = save;
    return 1;
}

void cg_test(CgFn *f, const Ast *e, int fail) {
    int save = f->top;
    if (e->line > 0) f->line = e->line;
    const char *name;
    switch (e->kind) {
    case A_ATOM:
        if (strcmp(e->text, "true") == 0) return;
        cg_ins(f, OPC_JUMP);
        cg_lab(f, fail);
        return;
    case A_OP:
        if (e->op == OP_ANDALSO) {
            cg_test(f, e->kids[0], fail);
            cg_test(f, e->kids[1], fail);
            return;
        }
        if (e->op == OP_ORELSE) {
            int right = cg_label(f->cg), ok = cg_label(f->cg);
            int g = f->gfail;
            f->gfail = right;
            cg_test(f, e->kids[0], right);
            f->gfail = g;
            cg_ins(f, OPC_JUMP);
            cg_lab(f, ok);
            cg_place(f, right);
            cg_test(f, e->kids[1], fail);
            cg_place(f, ok);
            return;
        }
        if (cg_cmp_test(f, e, fail)) return;
        break;
    case A_CALL: {
        int arity = guard_call(f, e, &name);
        if (arity == 1 && cg_type_test_op(name, 1) >= 0) {
            CgOpnd a = cg_expr(f, e->kids[1]);
            test1(f, cg_type_test_op(name, 1), fail, a);
            f->top = save;
            return;
        }
        if (arity == 2 && strcmp(name, "is_function") == 0) {
            CgOpnd a = cg_expr(f, e->kids[1]);
            CgOpnd b = cg_expr(f, e->kids[2]);
            cg_ins(f, OPC_IS_FUNCTION2);
            cg_lab(f, fail); cg_src(f, a); cg_src(f, b);
            f->top = save;
            return;
        }
        if (arity == 3 && strcmp(name, "is_record") == 0 && e->kids[2]->kind == A_ATOM &&
            e->kids[3]->kind == A_INT && e->kids[3]->ival >= 1 && e->kids[3]->ival <= 255) {
            CgOpnd a = cg_expr(f, e->kids[1]);
            cg_ins(f, OPC_IS_TAGGED_TUPLE);
            cg_lab(f, fail); cg_src(f, a); cg_raw(f, (uint64_t)e->kids[3]->ival);
            cg_raw(f, bcw_atom(&f->cg->w, e->kids[2]->text, e->kids[2]->len));
            f->top = save;
            return;
        }
        break;
    }
    default:
        break;
    }
    int g = f->gfail;
    f->gfail = fail;
    CgOpnd v = cg_expr(f, e);
    f->gfail = g;
    test2(f, OPC_IS_EQ_EXACT, fail, v, cg_atom_op(f->cg, "true"));
    f->top = save;
}

void cg_guard(CgFn *f, const Ast *g, int fail) {
    if (!g || g->nkids == 0) return;
    int ok = cg_label(f->cg);
    int gsave = f->gfail;
    for (size_t i = 0; i < g->nkids; i++) {
        int last = i + 1 == g->nkids;
        int next = last ? fail : cg_label(f->cg);
        const Ast *conj = g->kids[i];
        f->gfail = next;
        if (conj->kind == A_SEQ) {
            for (size_t k = 0; k < conj->nkids; k++) cg_test(f, conj->kids[k], next);
        } else {
            cg_test(f, conj, next);
        }
        if (!last) {
            cg_ins(f, OPC_JUMP);
            cg_lab(f, ok);
            cg_place(f, next);
        }
    }
    f->gfail = gsave;
    cg_place(f, ok);
}

/* ---- binary construction ---- */

CgOpnd cg_bin_build(CgFn *f, const Ast *e) {
    int save = f->top;
    size_t cap = e->nkids + 1, n = 0;
    struct { SegInfo si; CgOpnd val, size; } *segs = cg_alloc(cap * sizeof *segs);
    for (size_t i = 0; i < e->nkids; i++) {
        const Ast *seg = e->kids[i];
        const Ast *val = seg->kids[0];
        const Ast *size = seg->nkids > 1 ? seg->kids[1] : NULL;
        SegInfo si = seg_info(seg);
        if (val->kind == A_STRING && si.type == SEG_INTEGER && !size && si.unit == 1 && si.flags == 0) {
            size_t len = str_count(val);
            if (len == 0) continue;
            uint8_t *bytes = cg_alloc(len);
            for (size_t k = 0; k < len; k++) bytes[k] = (uint8_t)str_at(val, k);
            SegInfo bi = {SEG_BINARY, 8, 0, 0, 1};
            if (n == cap) segs = realloc(segs, (cap *= 2) * sizeof *segs);
            segs[n].si = bi;
            segs[n].val = lit_binary(f->cg, bytes, len);
            segs[n].size = cg_atom_op(f->cg, "all");
            n++;
            free(bytes);
            continue;
        }
        size_t nvals = val->kind == A_STRING ? str_count(val) : 1;
        CgOpnd sz = {SRC_NIL, 0};
        if (size) sz = cg_expr(f, size);
        else if (si.is_all) sz = cg_atom_op(f->cg, "all");
        else if (si.type == SEG_INTEGER || si.type == SEG_FLOAT) sz = cg_small_op(si.default_size);
        for (size_t k = 0; k < nvals; k++) {
            if (n == cap) {
                segs = realloc(segs, (cap *= 2) * sizeof *segs);
                if (!segs) cg_fatal(f->cg, e, "out of memory");
            }
            segs[n].si = si;
            segs[n].val = val->kind == A_STRING ? cg_small_op(str_at(val, k)) : cg_expr(f, val);
            segs[n].size = sz;
            n++;
        }
    }
    f->top = save;
    int dst = cg_temp(f);
    if (e->line > 0) f->line = e->line;
    cg_ins(f, OPC_BS_CREATE);
    cg_fail(f, f->gfail);
    cg_slot(f, dst);
    cg_raw(f, n);
    for (size_t i = 0; i < n; i++) {
        cg_raw(f, (uint64_t)segs[i].si.type);
        cg_raw(f, (uint64_t)segs[i].si.flags);
        cg_raw(f, (uint64_t)segs[i].si.unit);
        cg_src(f, segs[i].val);
        cg_src(f, segs[i].size);
    }
    free(segs);
    return cg_slot_op(dst);
}
