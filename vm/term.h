/* term.h — the one term header: how an Erlang value fits in a machine word.
 *
 * A Term is one 64-bit word whose low bits are its tag:
 *
 *   63                                  4 3 2 1 0
 *   +-------------------------------------+-------+
 *   | arity (words after header)  | subtag  |0 0|   header: first word of a boxed object
 *   | pointer to [head, tail]               |0 1|   list cell (cons)
 *   | pointer to a header word              |1 0|   boxed object
 *   | signed 60-bit value                 |0 0 1 1|   small integer
 *   | atom index                          |0 1 1 1|   atom
 *   | serial (32) | process index (28)    |1 0 1 1|   pid <0.index.serial>
 *   | special value (see SPECIAL_*)       |1 1 1 1|   nil, the non-value
 *   +-------------------------------------+-------+
 *
 * Header word:  arity << 8 | subtag << 2 | 00.  Arity counts the words that
 * follow the header.  Headers live only on heaps and in literal areas, never
 * in a stack slot, so a stack slot always holds a real term.
 *
 * Boxed layouts (words after the header):
 *   TUPLE    e1 .. eN
 *   POSBIG/NEGBIG  magnitude limbs, least significant first (GMP limb order)
 *   FLOAT    the IEEE double bits
 *   BIN      bit size, then the bytes (arity-1 words)
 *   SUBBIN   bit size, bit offset, the underlying BIN term
 *   MAP      n, k1 .. kn, v1 .. vn   (keys sorted in term order)
 *   FUN      CodeVersion *, lambda index, n free, free1 .. freeN (raw words
 *            first: the collector copies them as they are and scans the free
 *            variables only)
 *   EXPORT   Export *   (fun M:F/A, the export entry lives for ever)
 *   REF      id (raw 64-bit counter)
 *
 * A cons or boxed pointer may point into a process heap or into a module's
 * literal area; the collector copies only what is in the heap it collects.
 */
#ifndef BEAMLET_TERM_H
#define BEAMLET_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Term;
typedef uint64_t Word;

enum {
    TAG_HEADER = 0x0, TAG_LIST = 0x1, TAG_BOXED = 0x2, TAG_IMM = 0x3,
};
enum {
    IMM_SMALL = 0x3, IMM_ATOM = 0x7, IMM_PID = 0xb, IMM_SPECIAL = 0xf,
};

enum {
    SUB_TUPLE = 0,
    SUB_POSBIG = 1,
    SUB_NEGBIG = 2,
    SUB_FLOAT = 3,
    SUB_BIN = 4,
    SUB_SUBBIN = 5,
    SUB_MAP = 6,
    SUB_FUN = 7,
    SUB_EXPORT = 8,
    SUB_REF = 9,
};

#define TERM_NIL        ((Term)0x0f)          /* [] */
#define THE_NON_VALUE   ((Term)0x1f)          /* "no term": a BIF raised (the reason is on the process) */
#define THE_TRAP        ((Term)0x2f)          /* a BIF asks the interpreter to make a call (bif.h) */
#define THE_FORWARD     ((Term)0x3f)          /* GC: this cons cell was moved, its tail says where */

/* small integers: 60 bits of signed payload */
#define SMALL_BITS 60
#define MAX_SMALL  ((int64_t)((1ULL << (SMALL_BITS - 1)) - 1))
#define MIN_SMALL  (-(int64_t)(1ULL << (SMALL_BITS - 1)))

static inline unsigned term_tag(Term t) { return (unsigned)(t & 3); }
static inline unsigned term_imm(Term t) { return (unsigned)(t & 0xf); }

static inline bool term_is_small(Term t) { return (t & 0xf) == IMM_SMALL; }
static inline bool term_is_atom(Term t) { return (t & 0xf) == IMM_ATOM; }
static inline bool term_is_pid(Term t) { return (t & 0xf) == IMM_PID; }
static inline bool term_is_nil(Term t) { return t == TERM_NIL; }
static inline bool term_is_cons(Term t) { return (t & 3) == TAG_LIST; }
static inline bool term_is_list(Term t) { return term_is_cons(t) || t == TERM_NIL; }
static inline bool term_is_boxed(Term t) { return (t & 3) == TAG_BOXED; }

static inline Term term_from_small(int64_t v) { return ((Term)v << 4) | IMM_SMALL; }
static inline int64_t term_small(Term t) { return (int64_t)t >> 4; }
static inline bool small_fits(int64_t v) { return v >= MIN_SMALL && v <= MAX_SMALL; }

static inline Term term_from_atom(uint32_t idx) { return ((Term)idx << 4) | IMM_ATOM; }
static inline uint32_t term_atom(Term t) { return (uint32_t)(t >> 4); }

/* A pid names a slot of the process table (index) and which of the slot's
 * occupants (serial): a pid of a dead process never names a new one. */
#define PID_INDEX_BITS 28
#define PID_INDEX_MAX ((1u << PID_INDEX_BITS) - 1)
static inline Term term_from_pid(uint32_t idx, uint32_t serial) {
    return ((Term)serial << (PID_INDEX_BITS + 4)) | ((Term)idx << 4) | IMM_PID;
}
static inline uint32_t term_pid_index(Term t) { return (uint32_t)(t >> 4) & PID_INDEX_MAX; }
static inline uint32_t term_pid_serial(Term t) { return (uint32_t)(t >> (PID_INDEX_BITS + 4)); }

/* list cells */
static inline Term *term_cons_ptr(Term t) { return (Term *)(uintptr_t)(t - TAG_LIST); }
static inline Term term_make_cons(Term *cell) { return (Term)(uintptr_t)cell | TAG_LIST; }
static inline Term term_hd(Term t) { return term_cons_ptr(t)[0]; }
static inline Term term_tl(Term t) { return term_cons_ptr(t)[1]; }

/* boxed objects */
static inline Term *term_box_ptr(Term t) { return (Term *)(uintptr_t)(t - TAG_BOXED); }
static inline Term term_make_boxed(Term *hdr) { return (Term)(uintptr_t)hdr | TAG_BOXED; }

static inline Term term_make_header(size_t arity, unsigned sub) {
    return ((Term)arity << 8) | ((Term)sub << 2);
}
static inline bool term_is_header(Term w) { return (w & 3) == TAG_HEADER; }
static inline size_t term_header_arity(Term h) { return (size_t)(h >> 8); }
static inline unsigned term_header_sub(Term h) { return (unsigned)((h >> 2) & 0x3f); }

static inline Term term_boxed_header(Term t) { return term_box_ptr(t)[0]; }
static inline unsigned term_boxed_sub(Term t) { return term_header_sub(term_boxed_header(t)); }
static inline bool term_is_boxed_sub(Term t, unsigned sub) {
    return term_is_boxed(t) && term_boxed_sub(t) == sub;
}

static inline bool term_is_tuple(Term t) { return term_is_boxed_sub(t, SUB_TUPLE); }
static inline size_t term_tuple_arity(Term t) { return term_header_arity(term_boxed_header(t)); }
/* 1-based, as element/2 */
static inline Term term_tuple_elem(Term t, size_t i) { return term_box_ptr(t)[i]; }
static inline Term *term_tuple_elems(Term t) { return term_box_ptr(t) + 1; }

static inline bool term_is_bignum(Term t) {
    return term_is_boxed(t) && (term_boxed_sub(t) == SUB_POSBIG || term_boxed_sub(t) == SUB_NEGBIG);
}
static inline bool term_is_integer(Term t) { return term_is_small(t) || term_is_bignum(t); }
static inline bool term_is_float(Term t) { return term_is_boxed_sub(t, SUB_FLOAT); }
static inline bool term_is_number(Term t) { return term_is_integer(t) || term_is_float(t); }
static inline double term_float(Term t) {
    double d;
    memcpy(&d, term_box_ptr(t) + 1, sizeof d);
    return d;
}

static inline bool term_is_bitstring(Term t) {
    return term_is_boxed(t) && (term_boxed_sub(t) == SUB_BIN || term_boxed_sub(t) == SUB_SUBBIN);
}
static inline bool term_is_map(Term t) { return term_is_boxed_sub(t, SUB_MAP); }
static inline size_t term_map_size(Term t) { return (size_t)term_box_ptr(t)[1]; }
static inline Term *term_map_keys(Term t) { return term_box_ptr(t) + 2; }
static inline Term *term_map_vals(Term t) { return term_box_ptr(t) + 2 + term_map_size(t); }

static inline bool term_is_fun(Term t) {
    return term_is_boxed(t) && (term_boxed_sub(t) == SUB_FUN || term_boxed_sub(t) == SUB_EXPORT);
}
static inline bool term_is_ref(Term t) { return term_is_boxed_sub(t, SUB_REF); }
static inline uint64_t term_ref_id(Term t) { return term_box_ptr(t)[1]; }

/* FUN layout indices (words after the header) */
#define FUN_VERSION 1  /* struct CodeVersion * */
#define FUN_INDEX   2  /* lambda index, raw */
#define FUN_NFREE   3  /* number of free variables, raw */
#define FUN_FREE    4  /* first free variable */
#define FUN_WORDS(nfree) (FUN_FREE + (nfree))   /* header included */

/* heap-object sizes in words, header included */
#define TUPLE_WORDS(n) (1 + (n))
#define FLOAT_WORDS 2
#define BIN_WORDS(nbytes) (2 + ((nbytes) + 7) / 8)
#define SUBBIN_WORDS 4
#define MAP_WORDS(n) (2 + 2 * (n))
#define REF_WORDS 2
#define EXPORT_WORDS 2
#define BIG_WORDS(nlimbs) (1 + (nlimbs))

/* A view of any bitstring (BIN or SUBBIN): bytes, first bit, size in bits. */
typedef struct BitView {
    const uint8_t *data;
    size_t offset;   /* in bits, from data */
    size_t bits;
} BitView;

static inline BitView term_bits(Term t) {
    BitView v;
    Term *p = term_box_ptr(t);
    if (term_header_sub(p[0]) == SUB_BIN) {
        v.data = (const uint8_t *)(p + 2);
        v.offset = 0;
        v.bits = (size_t)p[1];
    } else {
        Term *b = term_box_ptr(p[3]);
        v.data = (const uint8_t *)(b + 2);
        v.offset = (size_t)p[2];
        v.bits = (size_t)p[1];
    }
    return v;
}
static inline bool term_is_binary(Term t) { return term_is_bitstring(t) && term_bits(t).bits % 8 == 0; }

#endif
