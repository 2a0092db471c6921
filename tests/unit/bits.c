/* tests/unit/bits.c — unit tests of the bit syntax at run time (vm/bits.c):
 * construction of every segment type and every matching function.  Each
 * expectation was taken from Erlang/OTP 25; the expression is beside it. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bcformat.h"
#include "bits.h"
#include "heap.h"
#include "process.h"
#include "vm.h"

#ifdef BITS_UNIT_STUBS
/* Built without the rest of the VM: heap.c needs this for maps only. */
int term_compare_exact(const AtomTable *atoms, Term a, Term b);
int term_compare_exact(const AtomTable *atoms, Term a, Term b) {
    (void)atoms;
    return a < b ? -1 : a > b;
}
/* process.c frees heaps through the collector */
void gc_free_heap(Process *p);
void gc_free_heap(Process *p) { (void)p; }
#endif

static int checks, failures;

#define CHECK(cond) check((cond), #cond, __LINE__)
static void check(int ok, const char *what, int line) {
    checks++;
    if (!ok) {
        failures++;
        fprintf(stderr, "tests/unit/bits.c:%d: check failed: %s\n", line, what);
    }
}

static Process *P;

#define SM(v) term_from_small(v)
#define ALL T_ATOM(ALL)
#define DEF TERM_NIL

/* A bitstring of nbits from the given bytes. */
#define BITS(nbits, ...) heap_bitstring(P, (const uint8_t[]){__VA_ARGS__}, (nbits))
#define EMPTY heap_bitstring(P, "", 0)

/* a bignum from magnitude limbs, least significant first */
static Term big(int neg, size_t n, ...) {
    va_list ap;
    Term *h = heap_alloc(P, BIG_WORDS(n));
    h[0] = term_make_header(n, neg ? SUB_NEGBIG : SUB_POSBIG);
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) h[1 + i] = va_arg(ap, uint64_t);
    va_end(ap);
    return term_make_boxed(h);
}

static int is_big(Term t, int neg, size_t n, ...) {
    if (!term_is_bignum(t)) return 0;
    if ((term_boxed_sub(t) == SUB_NEGBIG) != !!neg) return 0;
    if (term_header_arity(term_boxed_header(t)) != n) return 0;
    va_list ap;
    va_start(ap, n);
    int ok = 1;
    for (size_t i = 0; i < n; i++)
        if (term_box_ptr(t)[1 + i] != va_arg(ap, uint64_t)) ok = 0;
    va_end(ap);
    return ok;
}

static int bits_eq(Term t, const uint8_t *b, size_t nbits) {
    if (t == THE_NON_VALUE || !term_is_bitstring(t)) return 0;
    BitView v = term_bits(t);
    if (v.bits != nbits) return 0;
    for (size_t i = 0; i < nbits; i++) {
        size_t a = v.offset + i;
        int x = (v.data[a / 8] >> (7 - a % 8)) & 1;
        int y = (b[i / 8] >> (7 - i % 8)) & 1;
        if (x != y) return 0;
    }
    return 1;
}
#define IS_BITS(t, nbits, ...) bits_eq((t), (const uint8_t[]){__VA_ARGS__}, (nbits))

static int raised(Term t, uint32_t atom) {
    int ok = t == THE_NON_VALUE && P->exc_reason == term_from_atom(atom);
    P->exc_reason = TERM_NIL;
    return ok;
}

#define SEG(type, flags, unit, value, size) ((BitSeg){(type), (flags), (unit), (value), (size)})
#define I(v, size) SEG(SEG_INTEGER, 0, 1, (v), (size))
#define IF(v, size, flags) SEG(SEG_INTEGER, (flags), 1, (v), (size))
#define F(v, size, flags) SEG(SEG_FLOAT, (flags), 1, (v), (size))
#define BIN(v, size) SEG(SEG_BINARY, 0, 8, (v), (size))
#define BITSEG(v, size) SEG(SEG_BINARY, 0, 1, (v), (size))
#define U8(v) SEG(SEG_UTF8, 0, 1, (v), DEF)
#define U16(v, flags) SEG(SEG_UTF16, (flags), 1, (v), DEF)
#define U32(v, flags) SEG(SEG_UTF32, (flags), 1, (v), DEF)
#define MAKE(...) make((const BitSeg[]){__VA_ARGS__}, sizeof((const BitSeg[]){__VA_ARGS__}) / sizeof(BitSeg))
static Term make(const BitSeg *s, size_t n) { return bits_create(P, s, n); }

static void test_create_integer(void) {
    /* <<>> */
    CHECK(bits_create(P, NULL, 0) != THE_NON_VALUE && term_bits(bits_create(P, NULL, 0)).bits == 0);
    CHECK(IS_BITS(MAKE(I(SM(1), SM(1))), 1, 0x80));                         /* <<1:1>> */
    CHECK(IS_BITS(MAKE(I(SM(258), DEF)), 8, 2));                             /* <<258>> */
    CHECK(IS_BITS(MAKE(I(SM(-1), SM(7)), I(SM(3), SM(3))), 10, 254, 0xC0));  /* <<-1:7,3:3>> = <<254,3:2>> */
    /* <<258:16/little, 258:16/big, 258:16/native>> */
    CHECK(IS_BITS(MAKE(IF(SM(258), SM(16), SEGF_LITTLE), I(SM(258), SM(16)),
                       IF(SM(258), SM(16), SEGF_NATIVE)), 48, 2, 1, 1, 2, 2, 1));
    /* <<16#123:12/little>> = <<35,1:4>> */
    CHECK(IS_BITS(MAKE(IF(SM(0x123), SM(12), SEGF_LITTLE)), 12, 35, 0x10));
    /* <<16#12345:20/little>> = <<69,35,1:4>> */
    CHECK(IS_BITS(MAKE(IF(SM(0x12345), SM(20), SEGF_LITTLE)), 20, 69, 35, 0x10));
    /* <<-1:12>> = <<255,15:4>> */
    CHECK(IS_BITS(MAKE(I(SM(-1), SM(12))), 12, 255, 0xF0));
    /* <<-5:60/little>> = <<251,255,255,255,255,255,255,15:4>> */
    CHECK(IS_BITS(MAKE(IF(SM(-5), SM(60), SEGF_LITTLE)), 60, 251, 255, 255, 255, 255, 255, 255, 0xF0));
    /* <<1:3/unit:4>> = <<0,1:4>> */
    CHECK(IS_BITS(MAKE(SEG(SEG_INTEGER, 0, 4, SM(1), SM(3))), 12, 0, 0x10));
    /* <<1:0>> = <<>>, and with an integer of any size */
    CHECK(IS_BITS(MAKE(I(SM(1), SM(0))), 0, 0));
    /* <<(1 bsl 70):0>> */
    CHECK(IS_BITS(MAKE(I(big(0, 2, 0ULL, 64ULL), SM(0))), 0, 0));
    /* <<16#1234567890abcdef:64, -2:64/little>> (a bignum in our 60-bit smalls) */
    CHECK(IS_BITS(MAKE(I(big(0, 1, 0x1234567890abcdefULL), SM(64)), IF(SM(-2), SM(64), SEGF_LITTLE)), 128,
                  18, 52, 86, 120, 144, 171, 205, 239, 254, 255, 255, 255, 255, 255, 255, 255));
    /* <<1:3, 16#1234567890abcdef:64>> = <<34,70,138,207,18,21,121,189,7:3>> */
    CHECK(IS_BITS(MAKE(I(SM(1), SM(3)), I(big(0, 1, 0x1234567890abcdefULL), SM(64))), 67,
                  34, 70, 138, 207, 18, 21, 121, 189, 0xE0));
    /* <<(1 bsl 64):72>> = <<1,0,0,0,0,0,0,0,0>> */
    CHECK(IS_BITS(MAKE(I(big(0, 2, 0ULL, 1ULL), SM(72))), 72, 1, 0, 0, 0, 0, 0, 0, 0, 0));
    /* <<(-(1 bsl 64)):72>> = <<255,0,0,0,0,0,0,0,0>> */
    CHECK(IS_BITS(MAKE(I(big(1, 2, 0ULL, 1ULL), SM(72))), 72, 255, 0, 0, 0, 0, 0, 0, 0, 0));
    /* <<(-(1 bsl 64)):64>> = <<0:64>> */
    CHECK(IS_BITS(MAKE(I(big(1, 2, 0ULL, 1ULL), SM(64))), 64, 0, 0, 0, 0, 0, 0, 0, 0));
    /* <<(-((1 bsl 64)+1)):80/little>> = <<255,255,255,255,255,255,255,255,254,255>> */
    CHECK(IS_BITS(MAKE(IF(big(1, 2, 1ULL, 1ULL), SM(80), SEGF_LITTLE)), 80,
                  255, 255, 255, 255, 255, 255, 255, 255, 254, 255));
    /* <<1:5, (-((1 bsl 70)+3)):75>> = <<15,191,255,255,255,255,255,255,255,253>> */
    CHECK(IS_BITS(MAKE(I(SM(1), SM(5)), I(big(1, 2, 3ULL, 64ULL), SM(75))), 80,
                  15, 191, 255, 255, 255, 255, 255, 255, 255, 253));
    /* <<(-(1 bsl 70)):72>> = <<192,0,0,0,0,0,0,0,0>> */
    CHECK(IS_BITS(MAKE(I(big(1, 2, 0ULL, 64ULL), SM(72))), 72, 192, 0, 0, 0, 0, 0, 0, 0, 0));
    /* <<((1 bsl 70)+5):72/little>> = <<5,0,0,0,0,0,0,0,64>> */
    CHECK(IS_BITS(MAKE(IF(big(0, 2, 5ULL, 64ULL), SM(72), SEGF_LITTLE)), 72, 5, 0, 0, 0, 0, 0, 0, 0, 64));
    /* <<((1 bsl 70)+5):8>> = <<5>> */
    CHECK(IS_BITS(MAKE(I(big(0, 2, 5ULL, 64ULL), SM(8))), 8, 5));
    /* <<16#123456789abcdef0123456789:100/little>> =
       <<137,103,69,35,1,239,205,171,137,103,69,35,1:4>> */
    CHECK(IS_BITS(MAKE(IF(big(0, 2, 0xabcdef0123456789ULL, 0x123456789ULL), SM(100), SEGF_LITTLE)),
                  100, 137, 103, 69, 35, 1, 239, 205, 171, 137, 103, 69, 35, 0x10));
    /* <<(-16#123456789abcdef0123456789):100/little>> =
       <<119,152,186,220,254,16,50,84,118,152,186,220,14:4>> */
    CHECK(IS_BITS(MAKE(IF(big(1, 2, 0xabcdef0123456789ULL, 0x123456789ULL), SM(100), SEGF_LITTLE)),
                  100, 119, 152, 186, 220, 254, 16, 50, 84, 118, 152, 186, 220, 0xE0));
    /* <<7:200>>: 24 zero bytes, then 7 */
    CHECK(IS_BITS(MAKE(I(SM(7), SM(200))), 200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                  0, 0, 0, 0, 7));
    /* <<(-7):70/little>> = <<249,255,255,255,255,255,255,255,63:6>> */
    CHECK(IS_BITS(MAKE(IF(SM(-7), SM(70), SEGF_LITTLE)), 70, 249, 255, 255, 255, 255, 255, 255, 255, 63 << 2));
    /* <<(id(1.0)):8>> -> badarg; <<x:8>> -> badarg */
    CHECK(raised(MAKE(I(heap_float(P, 1.0), SM(8))), ATOM_BADARG));
    CHECK(raised(MAKE(I(T_ATOM(OK), SM(8))), ATOM_BADARG));
    CHECK(raised(MAKE(I(SM(1), SM(-1))), ATOM_BADARG));                      /* <<1:(-1)>> */
    CHECK(raised(MAKE(I(SM(1), T_ATOM(OK))), ATOM_BADARG));                  /* <<1:x>> */
    CHECK(raised(MAKE(I(SM(1), ALL)), ATOM_BADARG));
    CHECK(raised(MAKE(I(SM(1), big(0, 2, 0ULL, 1ULL))), ATOM_SYSTEM_LIMIT)); /* <<1:(1 bsl 64)>> */
    CHECK(raised(MAKE(I(SM(1), big(1, 2, 0ULL, 1ULL))), ATOM_BADARG));      /* <<1:(-(1 bsl 64))>> */
    CHECK(raised(MAKE(I(SM(1), SM(MAX_SMALL))), ATOM_SYSTEM_LIMIT));         /* too big to build */
    /* badarg in a later segment: nothing is half-built */
    CHECK(raised(MAKE(I(SM(1), SM(8)), I(T_ATOM(OK), SM(8))), ATOM_BADARG));
}

static void test_create_float(void) {
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.5), DEF, 0)), 64, 63, 248, 0, 0, 0, 0, 0, 0));       /* <<1.5/float>> */
    CHECK(IS_BITS(MAKE(F(heap_float(P, -2.5), SM(64), SEGF_LITTLE)), 64, 0, 0, 0, 0, 0, 0, 4, 192));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.5), SM(32), SEGF_LITTLE)), 32, 0, 0, 192, 63));   /* 1.5:32/float-little */
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.5), SM(16), SEGF_LITTLE)), 16, 0, 62));           /* 1.5:16/float-little */
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.5), SM(16), 0)), 16, 62, 0));                     /* 1.5:16/float */
    CHECK(IS_BITS(MAKE(I(SM(1), SM(3)), F(heap_float(P, 0.1), SM(32), 0)), 35, 39, 185, 153, 153, 0xA0));
    CHECK(IS_BITS(MAKE(F(SM(3), SM(32), 0)), 32, 64, 64, 0, 0));                            /* <<3:32/float>> */
    CHECK(IS_BITS(MAKE(F(heap_float(P, -0.0), SM(64), 0)), 64, 128, 0, 0, 0, 0, 0, 0, 0));
    /* out of range for 32 and 16 bits: infinity, no error */
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.0e300), SM(32), 0)), 32, 127, 128, 0, 0));        /* 1.0e300:32/float */
    CHECK(IS_BITS(MAKE(F(heap_float(P, -1.0e300), SM(32), 0)), 32, 255, 128, 0, 0));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.0e10), SM(16), 0)), 16, 124, 0));                 /* 1.0e10:16/float */
    CHECK(IS_BITS(MAKE(F(SM(100000), SM(16), 0)), 16, 124, 0));                             /* 100000:16/float */
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.0e-10), SM(16), 0)), 16, 0, 0));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.0e-40), SM(32), 0)), 32, 0, 1, 22, 194));         /* subnormal */
    /* half precision rounding: ties to even, overflow, subnormals */
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.0009765625), SM(16), 0)), 16, 60, 1));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.00048828125), SM(16), 0)), 16, 60, 0));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 1.00146484375), SM(16), 0)), 16, 60, 2));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 65504.0), SM(16), 0)), 16, 123, 255));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 65519.0), SM(16), 0)), 16, 123, 255));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 65520.0), SM(16), 0)), 16, 124, 0));
    CHECK(IS_BITS(MAKE(F(heap_float(P, -2.0), SM(16), 0)), 16, 192, 0));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 6.0e-8), SM(16), 0)), 16, 0, 1));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 3.0e-5), SM(16), 0)), 16, 1, 247));
    CHECK(IS_BITS(MAKE(F(heap_float(P, 0.1), SM(16), 0)), 16, 46, 102));
    /* bignums: <<((1 bsl 80)+1):64/float>>, <<(-((1 bsl 80)+1)):32/float>>,
       <<16#1fffffffffffff1:64/float>> (rounds up), <<(1 bsl 200):32/float>> = inf */
    CHECK(IS_BITS(MAKE(F(big(0, 2, 1ULL, 0x10000ULL), SM(64), 0)), 64, 68, 240, 0, 0, 0, 0, 0, 0));
    CHECK(IS_BITS(MAKE(F(big(1, 2, 1ULL, 0x10000ULL), SM(32), 0)), 32, 231, 128, 0, 0));
    CHECK(IS_BITS(MAKE(F(big(0, 1, 0x1fffffffffffff1ULL), SM(64), 0)), 64, 67, 127, 255, 255, 255, 255, 255, 255));
    CHECK(IS_BITS(MAKE(F(big(0, 4, 0ULL, 0ULL, 0ULL, 256ULL), SM(32), 0)), 32, 127, 128, 0, 0));
    /* OTP converts a bignum limb by limb, not to the nearest double:
       <<((1 bsl 116) + (1 bsl 63) + 1):64/float>> = <<71,48,0,0,0,0,0,0>> (2^116) */
    CHECK(IS_BITS(MAKE(F(big(0, 2, (1ULL << 63) + 1, 1ULL << 52), SM(64), 0)), 64, 71, 48, 0, 0, 0, 0, 0, 0));
    CHECK(IS_BITS(MAKE(F(big(1, 2, (1ULL << 63) + 1, 1ULL << 52), SM(64), 0)), 64, 199, 48, 0, 0, 0, 0, 0, 0));
    /* <<(1 bsl 1100):64/float>> -> badarg (no double for it) */
    {
        Term *h = heap_alloc(P, BIG_WORDS(18));
        h[0] = term_make_header(18, SUB_POSBIG);
        for (int i = 1; i <= 18; i++) h[i] = 0;
        h[18] = 1ULL << 12;
        CHECK(raised(MAKE(F(term_make_boxed(h), SM(64), 0)), ATOM_BADARG));
    }
    /* <<1.0:8/float>> -> badarg, <<1.0:8/float-unit:8>> ok, <<1.0:0/float>> badarg */
    CHECK(raised(MAKE(F(heap_float(P, 1.0), SM(8), 0)), ATOM_BADARG));
    CHECK(IS_BITS(MAKE(SEG(SEG_FLOAT, 0, 8, heap_float(P, 1.0), SM(8))), 64, 63, 240, 0, 0, 0, 0, 0, 0));
    CHECK(raised(MAKE(F(heap_float(P, 1.0), SM(0), 0)), ATOM_BADARG));
    CHECK(raised(MAKE(F(T_ATOM(OK), SM(64), 0)), ATOM_BADARG));
}

static void test_create_binary(void) {
    Term b123 = BITS(24, 1, 2, 3);
    /* <<<<1,2,3>>:2/binary, <<5:3>>/bits>> = <<1,2,5:3>> */
    CHECK(IS_BITS(MAKE(BIN(b123, SM(2)), BITSEG(BITS(3, 0xA0), DEF)), 19, 1, 2, 0xA0));
    /* <<<<1:1>>/bits, <<1,2,3>>/binary>> = <<128,129,1,1:1>> */
    CHECK(IS_BITS(MAKE(BITSEG(BITS(1, 0x80), DEF), BIN(b123, ALL)), 25, 128, 129, 1, 0x80));
    CHECK(IS_BITS(MAKE(BIN(EMPTY, DEF)), 0, 0));                                 /* <<<<>>/binary>> */
    CHECK(IS_BITS(MAKE(BIN(BITS(16, 1, 2), SM(1))), 8, 1));                      /* <<<<1,2>>:1/binary>> */
    CHECK(raised(MAKE(BIN(BITS(16, 1, 2), SM(3))), ATOM_BADARG));                /* <<<<1,2>>:3/binary>> */
    CHECK(raised(MAKE(BIN(BITS(1, 0x80), DEF)), ATOM_BADARG));                   /* <<<<1:1>>/binary>> */
    CHECK(raised(MAKE(BIN(SM(1), DEF)), ATOM_BADARG));                           /* <<1/binary>> */
    CHECK(raised(MAKE(BIN(BITS(16, 1, 2), SM(-1))), ATOM_BADARG));
    CHECK(raised(MAKE(BIN(BITS(16, 1, 2), big(0, 2, 0ULL, 1ULL))), ATOM_BADARG));
    /* <<<<1,2,3>>:1/binary-unit:16>> = <<1,2>>; <<<<1,2,3>>/binary-unit:16>> badarg */
    CHECK(IS_BITS(MAKE(SEG(SEG_BINARY, 0, 16, b123, SM(1))), 16, 1, 2));
    CHECK(raised(MAKE(SEG(SEG_BINARY, 0, 16, b123, DEF)), ATOM_BADARG));
    /* <<<<1:6>>:2/binary-unit:3>> = <<1:6>>, <<<<1:6>>/binary-unit:3>> = <<1:6>> */
    CHECK(IS_BITS(MAKE(SEG(SEG_BINARY, 0, 3, BITS(6, 4), SM(2))), 6, 4));
    CHECK(IS_BITS(MAKE(SEG(SEG_BINARY, 0, 3, BITS(6, 4), DEF)), 6, 4));
    CHECK(raised(MAKE(BITSEG(BITS(6, 4), SM(7))), ATOM_BADARG));                 /* <<<<1:6>>:7/bits>> */
    CHECK(IS_BITS(MAKE(BITSEG(BITS(6, 4), SM(5))), 5, 0));                       /* <<<<1:6>>:5/bits>> = <<0:5>> */
    /* <<1:3, <<1,2,3>>/binary, 5:5>> = <<32,32,64,101>> */
    CHECK(IS_BITS(MAKE(I(SM(1), SM(3)), BIN(b123, DEF), I(SM(5), SM(5))), 32, 32, 32, 64, 101));
    /* a value that is a sub-binary at an odd offset */
    {
        Term big_bin = BITS(40, 0xAB, 0xCD, 0xEF, 0x12, 0x34);
        Term *h = heap_alloc(P, SUBBIN_WORDS);
        h[0] = term_make_header(3, SUB_SUBBIN);
        h[1] = 20;
        h[2] = 5;
        h[3] = big_bin;
        Term sub = term_make_boxed(h);   /* bits 5..24: 0111 1001 1011 1101 1110 */
        CHECK(IS_BITS(MAKE(BITSEG(sub, DEF)), 20, 0x79, 0xBD, 0xE0));
        CHECK(IS_BITS(MAKE(I(SM(0), SM(4)), BITSEG(sub, DEF)), 24, 0x07, 0x9B, 0xDE));
    }
    /* a long unaligned copy: <<1:1, B/binary>> for a 100-byte B */
    {
        uint8_t src[100], want[101];
        for (int i = 0; i < 100; i++) src[i] = (uint8_t)(i * 37 + 11);
        memset(want, 0, sizeof want);
        want[0] = 0x80;
        for (int i = 0; i < 800; i++)
            if ((src[i / 8] >> (7 - i % 8)) & 1) want[(i + 1) / 8] |= (uint8_t)(0x80 >> ((i + 1) % 8));
        Term t = MAKE(I(SM(1), SM(1)), BIN(heap_binary(P, src, 100), DEF));
        CHECK(bits_eq(t, want, 801));
    }
}

static void test_create_utf(void) {
    /* <<$a/utf8, 233/utf8, 8364/utf8, 128512/utf8>> */
    CHECK(IS_BITS(MAKE(U8(SM('a')), U8(SM(233)), U8(SM(8364)), U8(SM(128512))), 80,
                  97, 195, 169, 226, 130, 172, 240, 159, 152, 128));
    CHECK(IS_BITS(MAKE(I(SM(1), SM(1)), U8(SM(233))), 17, 225, 212, 0x80));   /* <<1:1, 233/utf8>> */
    CHECK(IS_BITS(MAKE(U8(SM(0x10FFFF))), 32, 244, 143, 191, 191));
    CHECK(raised(MAKE(U8(SM(0x110000))), ATOM_BADARG));
    CHECK(raised(MAKE(U8(SM(0xD800))), ATOM_BADARG));
    CHECK(raised(MAKE(U8(SM(-1))), ATOM_BADARG));
    CHECK(raised(MAKE(U8(heap_float(P, 1.0))), ATOM_BADARG));
    CHECK(raised(MAKE(U32(big(0, 2, 0ULL, 64ULL), 0)), ATOM_BADARG));
    /* <<16#10437/utf16>> = <<216,1,220,55>>, -little = <<1,216,55,220>> */
    CHECK(IS_BITS(MAKE(U16(SM(0x10437), 0)), 32, 216, 1, 220, 55));
    CHECK(IS_BITS(MAKE(U16(SM(0x10437), SEGF_LITTLE)), 32, 1, 216, 55, 220));
    CHECK(raised(MAKE(U16(SM(0xDFFF), 0)), ATOM_BADARG));
    /* <<65/utf16, 65/utf16-little, 65/utf32>> */
    CHECK(IS_BITS(MAKE(U16(SM(65), 0), U16(SM(65), SEGF_LITTLE), U32(SM(65), 0)), 64, 0, 65, 65, 0, 0, 0, 0, 65));
    CHECK(IS_BITS(MAKE(U32(SM(0x10437), SEGF_LITTLE)), 32, 55, 4, 1, 0));
    CHECK(IS_BITS(MAKE(U32(SM(0x10FFFF), 0)), 32, 0, 16, 255, 255));
}

static void test_get_integer(void) {
    size_t off;
    Term x, b;
    /* <<X:12/little, R/bits>> = <<1,2>>: X = 1, R = <<2:4>> */
    b = BITS(16, 1, 2);
    off = 0;
    x = bits_get_integer(P, b, &off, SM(12), 1, SEGF_LITTLE);
    CHECK(x == SM(1) && off == 12);
    CHECK(IS_BITS(bits_get_binary(P, b, &off, ALL, 1, 0), 4, 0x20));
    /* <<X:12/little-signed, _/bits>> = <<255,242>>: -1 */
    off = 0;
    CHECK(bits_get_integer(P, BITS(16, 255, 242), &off, SM(12), 1, SEGF_LITTLE | SEGF_SIGNED) == SM(-1));
    off = 0;
    CHECK(bits_get_integer(P, BITS(8, 200), &off, SM(8), 1, SEGF_SIGNED) == SM(-56) && off == 8);
    off = 0;
    CHECK(bits_get_integer(P, BITS(8, 200), &off, SM(1), 1, SEGF_SIGNED) == SM(-1));
    off = 0;
    CHECK(bits_get_integer(P, BITS(8, 200), &off, SM(0), 1, SEGF_SIGNED) == SM(0) && off == 0);
    off = 0;
    CHECK(bits_get_integer(P, EMPTY, &off, SM(0), 1, 0) == SM(0) && off == 0);
    off = 0;
    CHECK(bits_get_integer(P, EMPTY, &off, SM(1), 1, 0) == THE_NON_VALUE && off == 0);
    off = 0;
    CHECK(bits_get_integer(P, BITS(16, 1, 2), &off, DEF, 1, 0) == SM(1) && off == 8);
    /* <<X:2/integer-unit:8>> = <<1,2>>: 258 */
    off = 0;
    CHECK(bits_get_integer(P, BITS(16, 1, 2), &off, SM(2), 8, 0) == SM(258) && off == 16);
    /* <<X:32/little>> = <<1,2,3,4>>: 67305985; <<X:24/little-signed>> = <<1,2,131>>: -8191487 */
    off = 0;
    CHECK(bits_get_integer(P, BITS(32, 1, 2, 3, 4), &off, SM(32), 1, SEGF_LITTLE) == SM(67305985));
    off = 0;
    CHECK(bits_get_integer(P, BITS(24, 1, 2, 131), &off, SM(24), 1, SEGF_LITTLE | SEGF_SIGNED) == SM(-8191487));
    /* <<_:3, X:16/little, _/bits>> = <<1,2,3>>: 4104 */
    off = 3;
    CHECK(bits_get_integer(P, BITS(24, 1, 2, 3), &off, SM(16), 1, SEGF_NATIVE) == SM(4104) && off == 19);
    /* around the small/bignum border */
    Term m64 = BITS(64, 128, 0, 0, 0, 0, 0, 0, 0);
    off = 0;   /* <<X:64/signed>> = -9223372036854775808 */
    CHECK(is_big(bits_get_integer(P, m64, &off, SM(64), 1, SEGF_SIGNED), 1, 1, 0x8000000000000000ULL));
    off = 0;   /* <<X:64>> = 9223372036854775808 */
    CHECK(is_big(bits_get_integer(P, m64, &off, SM(64), 1, 0), 0, 1, 0x8000000000000000ULL));
    off = 0;   /* <<X:60/signed, _/bits>> = -576460752303423488 (MIN_SMALL) */
    CHECK(bits_get_integer(P, m64, &off, SM(60), 1, SEGF_SIGNED) == SM(MIN_SMALL));
    off = 0;   /* <<X:60, _/bits>> = 576460752303423488 = MAX_SMALL + 1 */
    CHECK(is_big(bits_get_integer(P, m64, &off, SM(60), 1, 0), 0, 1, 576460752303423488ULL));
    off = 0;   /* <<X:61/signed, _/bits>> = -1152921504606846976 */
    CHECK(is_big(bits_get_integer(P, m64, &off, SM(61), 1, SEGF_SIGNED), 1, 1, 1152921504606846976ULL));
    off = 0;   /* <<X:59/signed, _/bits>> = -288230376151711744 */
    CHECK(bits_get_integer(P, m64, &off, SM(59), 1, SEGF_SIGNED) == SM(-288230376151711744LL));
    /* <<_:1, X:64, _/bits>> = <<255 x 9>>: 16#FFFFFFFFFFFFFFFF; signed: -1 */
    Term ff9 = BITS(72, 255, 255, 255, 255, 255, 255, 255, 255, 255);
    off = 1;
    CHECK(is_big(bits_get_integer(P, ff9, &off, SM(64), 1, 0), 0, 1, ~0ULL) && off == 65);
    off = 1;
    CHECK(bits_get_integer(P, ff9, &off, SM(64), 1, SEGF_SIGNED) == SM(-1));
    /* <<_:1, X:60/signed, _/bits>> = <<127,255,...>>: -1 */
    off = 1;
    CHECK(bits_get_integer(P, BITS(72, 127, 255, 255, 255, 255, 255, 255, 255, 255), &off, SM(60), 1,
                           SEGF_SIGNED) == SM(-1));
    /* bignums: <<X:100>> = <<1:100>> -> 1;  <<X:100/signed>> = <<-1:100>> -> -1 */
    off = 0;
    CHECK(bits_get_integer(P, BITS(100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10), &off, SM(100), 1, 0) == SM(1));
    off = 0;
    CHECK(bits_get_integer(P, BITS(100, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0xF0), &off,
                           SM(100), 1, SEGF_SIGNED) == SM(-1) && off == 100);
    /* <<X:128/little>> = <<1:128/little>> -> 1 */
    off = 0;
    CHECK(bits_get_integer(P, BITS(128, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), &off, SM(128), 1,
                           SEGF_LITTLE) == SM(1));
    /* <<X:65>> = <<255 x 8, 1:1>>: 16#1FFFFFFFFFFFFFFFF */
    off = 0;
    CHECK(is_big(bits_get_integer(P, BITS(65, 255, 255, 255, 255, 255, 255, 255, 255, 0x80), &off, SM(65), 1, 0),
                 0, 2, ~0ULL, 1ULL));
    Term b14 = BITS(112, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    /* <<X:100/little, R/bits>> = <<1..14>>: 16#C0B0A090807060504030201, R = <<208,14:4>> */
    off = 0;
    CHECK(is_big(bits_get_integer(P, b14, &off, SM(100), 1, SEGF_LITTLE), 0, 2, 0x0807060504030201ULL,
                 0x0C0B0A09ULL) && off == 100);
    CHECK(IS_BITS(bits_get_binary(P, b14, &off, ALL, 1, 0), 12, 208, 0xE0));
    /* <<_:5, X:70/little-signed, _/bits>> = <<1..14>>: 16#801E1C0A080604020 */
    off = 5;
    CHECK(is_big(bits_get_integer(P, b14, &off, SM(70), 1, SEGF_LITTLE | SEGF_SIGNED), 0, 2,
                 0x01E1C0A080604020ULL, 0x8ULL) && off == 75);
    /* <<X:100/signed, _/bits>> = <<128,2,3,...,14>>: -16#7FFDFCFBFAF9F8F7F6F5F4F40 */
    off = 0;
    CHECK(is_big(bits_get_integer(P, BITS(112, 128, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), &off, SM(100), 1,
                                  SEGF_SIGNED), 1, 2, 0xAF9F8F7F6F5F4F40ULL, 0x7FFDFCFBFULL));
    /* <<X:100/little-signed, R/bits>> = <<1..12,255,255>>: -75500996822128472792334401023 */
    off = 0;
    x = bits_get_integer(P, BITS(112, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 255, 255), &off, SM(100), 1,
                         SEGF_LITTLE | SEGF_SIGNED);
    CHECK(is_big(x, 1, 2, 0xF7F8F9FAFBFCFDFFULL, 0xF3F4F5F6ULL));
    /* <<X:128/little-signed>> = <<1,0..0,16#80>>: -16#7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF */
    off = 0;
    CHECK(is_big(bits_get_integer(P, BITS(128, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80), &off, SM(128), 1,
                                  SEGF_LITTLE | SEGF_SIGNED), 1, 2, ~0ULL, 0x7FFFFFFFFFFFFFFFULL));
    /* no match: too few bits, bad sizes; the offset stays */
    off = 4;
    CHECK(bits_get_integer(P, BITS(16, 1, 2), &off, SM(13), 1, 0) == THE_NON_VALUE && off == 4);
    CHECK(bits_get_integer(P, BITS(16, 1, 2), &off, SM(-1), 1, 0) == THE_NON_VALUE && off == 4);
    CHECK(bits_get_integer(P, BITS(16, 1, 2), &off, T_ATOM(OK), 1, 0) == THE_NON_VALUE && off == 4);
    CHECK(bits_get_integer(P, BITS(16, 1, 2), &off, big(0, 2, 0ULL, 1ULL), 1, 0) == THE_NON_VALUE);
    CHECK(bits_get_integer(P, BITS(16, 1, 2), &off, SM(MAX_SMALL), 256, 0) == THE_NON_VALUE && off == 4);
    CHECK(bits_get_integer(P, BITS(16, 1, 2), &off, ALL, 1, 0) == THE_NON_VALUE && off == 4);
    /* round trips: build then match many sizes, signs and endians */
    for (int n = 1; n <= 130; n++) {
        for (int fl = 0; fl < 4; fl++) {
            unsigned flags = (fl & 1 ? SEGF_SIGNED : 0) | (fl & 2 ? SEGF_LITTLE : 0);
            Term v = n <= 59 ? SM((int64_t)(0x5A5A5A5A5A5A5A5AULL >> (64 - n)) * (fl & 1 ? -1 : 1))
                             : big(fl & 1, 3, 0x0123456789ABCDEFULL, 0xFEDCBA9876543210ULL, 0x3ULL);
            Term bin = MAKE(I(SM(0), SM(3)), IF(v, SM(n), flags));
            off = 3;
            Term back = bits_get_integer(P, bin, &off, SM(n), 1, flags);
            Term again = MAKE(I(SM(0), SM(3)), IF(back, SM(n), flags));
            CHECK(back != THE_NON_VALUE && off == (size_t)n + 3);
            BitView a = term_bits(bin), c = term_bits(again);
            CHECK(a.bits == c.bits && memcmp(a.data, c.data, (a.bits + 7) / 8) == 0);
            if (n <= 59) CHECK(back == v);
        }
    }
}

static int float_is(Term t, double d) { return t != THE_NON_VALUE && term_is_float(t) && term_float(t) == d; }

static void test_get_float(void) {
    size_t off = 0;
    CHECK(float_is(bits_get_float(P, BITS(64, 63, 248, 0, 0, 0, 0, 0, 0), &off, SM(64), 1, 0), 1.5) && off == 64);
    /* <<_:3, X:64/float, _/bits>> = <<7,252,0,0,0,0,0,0,0>>: 0.5 */
    off = 3;
    CHECK(float_is(bits_get_float(P, BITS(72, 7, 252, 0, 0, 0, 0, 0, 0, 0), &off, SM(64), 1, 0), 0.5) && off == 67);
    off = 0;  /* <<X:32/float>> = <<16#3dcccccd:32>>: 0.10000000149011612 */
    CHECK(float_is(bits_get_float(P, BITS(32, 0x3d, 0xcc, 0xcc, 0xcd), &off, SM(32), 1, 0), 0.10000000149011612));
    off = 0;  /* <<X:32/float-little>> = <<0,0,192,63>>: 1.5 */
    CHECK(float_is(bits_get_float(P, BITS(32, 0, 0, 192, 63), &off, SM(32), 1, SEGF_LITTLE), 1.5));
    off = 0;  /* <<X:16/float-little>> = <<16#55,16#35>>: 0.333251953125 */
    CHECK(float_is(bits_get_float(P, BITS(16, 0x55, 0x35), &off, SM(16), 1, SEGF_LITTLE), 0.333251953125));
    off = 0;  /* <<X:16/float>> = <<16#3e00:16>>: 1.5; <<1:16>>: 5.960464477539063e-8 */
    CHECK(float_is(bits_get_float(P, BITS(16, 0x3e, 0), &off, SM(16), 1, 0), 1.5));
    off = 0;
    CHECK(float_is(bits_get_float(P, BITS(16, 0, 1), &off, SM(16), 1, 0), 5.960464477539063e-8));
    off = 0;  /* <<X:64/float-little>> = <<0,0,0,0,0,0,240,63>>: 1.0 */
    CHECK(float_is(bits_get_float(P, BITS(64, 0, 0, 0, 0, 0, 0, 240, 63), &off, SM(64), 1, SEGF_LITTLE), 1.0));
    off = 0;  /* -0.0 */
    Term nz = bits_get_float(P, BITS(64, 128, 0, 0, 0, 0, 0, 0, 0), &off, DEF, 1, 0);
    CHECK(float_is(nz, 0.0) && signbit(term_float(nz)));
    off = 0;  /* <<X:8/float-unit:8>>, size 8 unit 8 = 64 bits */
    CHECK(float_is(bits_get_float(P, BITS(64, 63, 248, 0, 0, 0, 0, 0, 0), &off, SM(8), 8, 0), 1.5));
    /* no match: NaN and infinities, bad sizes, too short */
    off = 0;
    CHECK(bits_get_float(P, BITS(64, 0x7f, 0xf8, 0, 0, 0, 0, 0, 0), &off, SM(64), 1, 0) == THE_NON_VALUE);
    CHECK(bits_get_float(P, BITS(64, 0x7f, 0xf0, 0, 0, 0, 0, 0, 0), &off, SM(64), 1, 0) == THE_NON_VALUE);
    CHECK(bits_get_float(P, BITS(64, 0xff, 0xf0, 0, 0, 0, 0, 0, 0), &off, SM(64), 1, 0) == THE_NON_VALUE);
    CHECK(bits_get_float(P, BITS(32, 127, 128, 0, 0), &off, SM(32), 1, 0) == THE_NON_VALUE);
    CHECK(bits_get_float(P, BITS(32, 127, 192, 0, 0), &off, SM(32), 1, 0) == THE_NON_VALUE);
    CHECK(bits_get_float(P, BITS(16, 0x7c, 0), &off, SM(16), 1, 0) == THE_NON_VALUE);
    CHECK(bits_get_float(P, BITS(16, 0xfe, 0), &off, SM(16), 1, 0) == THE_NON_VALUE);
    CHECK(bits_get_float(P, BITS(16, 0, 1), &off, SM(8), 1, 0) == THE_NON_VALUE);      /* <<X:8/float,_/bits>> */
    CHECK(bits_get_float(P, BITS(56, 0, 0, 0, 0, 0, 0, 0), &off, SM(64), 1, 0) == THE_NON_VALUE);
    CHECK(bits_get_float(P, EMPTY, &off, SM(0), 1, 0) == THE_NON_VALUE && off == 0);
    /* round trip of float segments at odd offsets */
    double vals[] = {0.0, 1.0, -3.25, 1.0e300, -1.0e-300, 123456.789, 0.1};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        for (int little = 0; little < 2; little++) {
            unsigned fl = little ? SEGF_LITTLE : 0;
            Term bin = MAKE(I(SM(1), SM(5)), F(heap_float(P, vals[i]), SM(64), fl), I(SM(1), SM(2)));
            off = 5;
            CHECK(float_is(bits_get_float(P, bin, &off, SM(64), 1, fl), vals[i]) && off == 69);
            bin = MAKE(I(SM(1), SM(5)), F(heap_float(P, vals[i]), SM(32), fl));
            off = 5;
            CHECK(float_is(bits_get_float(P, bin, &off, SM(32), 1, fl), (double)(float)vals[i]) || fabs(vals[i]) > 1e38);
        }
    }
}

/* the BIN under a SUBBIN, and the SUBBIN's offset */
static Term sub_base(Term t) { return term_box_ptr(t)[3]; }
static size_t sub_offset(Term t) { return (size_t)term_box_ptr(t)[2]; }

/* byte i of a run of bytes 0,1,2,... read at bit offset s into byte i */
static int want_byte(int i, int s) { return ((i << s) | ((i + 1) >> (8 - s))) & 0xff; }

static void test_get_binary(void) {
    size_t off;
    Term b = BITS(16, 1, 2);
    /* <<_:3/binary-unit:3, R/bits>> = <<1,2>>: R = <<2:7>> */
    off = 0;
    CHECK(bits_skip(b, &off, SM(3), 3) && off == 9);
    CHECK(IS_BITS(bits_get_binary(P, b, &off, ALL, 1, 0), 7, 4) && off == 16);
    /* <<_:3, R/binary>> = <<1,2>>: no match */
    off = 3;
    CHECK(bits_get_binary(P, b, &off, ALL, 8, 0) == THE_NON_VALUE && off == 3);
    CHECK(!bits_skip(b, &off, ALL, 8) && off == 3);
    /* <<_:3, R:5/binary-unit:1, _/bits>> = <<1,2>>: <<1:5>> */
    CHECK(IS_BITS(bits_get_binary(P, b, &off, SM(5), 1, 0), 5, 0x08) && off == 8);
    /* the whole thing is the term itself */
    off = 0;
    CHECK(bits_get_binary(P, b, &off, ALL, 8, 0) == b && off == 16);
    CHECK(IS_BITS(bits_get_binary(P, b, &off, ALL, 8, 0), 0, 0) && off == 16);   /* empty rest */
    off = 0;
    CHECK(IS_BITS(bits_get_binary(P, b, &off, SM(0), 8, 0), 0, 0) && off == 0);
    CHECK(bits_get_binary(P, b, &off, SM(3), 8, 0) == THE_NON_VALUE && off == 0);
    CHECK(bits_get_binary(P, b, &off, SM(-1), 8, 0) == THE_NON_VALUE && off == 0);   /* S = -1 */
    CHECK(bits_get_binary(P, b, &off, T_ATOM(OK), 8, 0) == THE_NON_VALUE && off == 0);
    CHECK(bits_get_binary(P, EMPTY, &off, ALL, 8, 0) != THE_NON_VALUE && off == 0);
    /* large: SUBBINs onto the one BIN, offsets combined */
    uint8_t data[256];
    for (int i = 0; i < 256; i++) data[i] = (uint8_t)i;
    Term whole = heap_binary(P, data, 256);
    off = 8;
    Term s1 = bits_get_binary(P, whole, &off, SM(100), 8, 0);
    CHECK(term_is_boxed_sub(s1, SUB_SUBBIN) && sub_base(s1) == whole && sub_offset(s1) == 8 && off == 808);
    CHECK(term_bits(s1).bits == 800 && term_bits(s1).data[1] == 1);
    off = 3;
    Term s2 = bits_get_binary(P, s1, &off, SM(50), 8, 0);
    CHECK(term_is_boxed_sub(s2, SUB_SUBBIN) && sub_base(s2) == whole && sub_offset(s2) == 11 && off == 403);
    {
        uint8_t want[50];
        for (int i = 0; i < 50; i++) want[i] = (uint8_t)(((1 + i) << 3 | (2 + i) >> 5) & 0xff);
        CHECK(bits_eq(s2, want, 400));
    }
    /* matching inside a SUBBIN: integers, utf8, strings see its bits */
    off = 0;
    CHECK(bits_get_integer(P, s2, &off, SM(8), 1, 0) == SM(want_byte(1, 3)));
    off = 0;
    CHECK(bits_match_string(s1, &off, BITS(16, 1, 2)) && off == 16);
    CHECK(bits_test_tail(s1, 16, 784) && !bits_test_tail(s1, 16, 783));
    /* small results are copies */
    off = 8;
    Term s3 = bits_get_binary(P, whole, &off, SM(4), 8, 0);
    CHECK(term_is_boxed_sub(s3, SUB_BIN) && IS_BITS(s3, 32, 1, 2, 3, 4));
    /* the rest of an odd-offset SUBBIN */
    off = 401;
    Term s4 = bits_get_binary(P, s1, &off, ALL, 1, 0);
    CHECK(term_bits(s4).bits == 399 && off == 800);
    CHECK(IS_BITS(bits_get_binary(P, s1, &off, ALL, 1, 0), 0, 0));
}

static void test_get_utf(void) {
    size_t off = 0;
    /* <<X/utf8, Y/utf8, Z/utf8, W/utf8, R/bits>> = <<"a",16#C3,16#A9,16#E2,16#82,16#AC,16#F0,16#9F,16#98,16#80,1:3>>
       -> {97,233,8364,128512,<<1:3>>} */
    Term b = BITS(83, 'a', 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x20);
    CHECK(bits_get_utf8(P, b, &off) == SM(97) && off == 8);
    CHECK(bits_get_utf8(P, b, &off) == SM(233) && off == 24);
    CHECK(bits_get_utf8(P, b, &off) == SM(8364) && off == 48);
    CHECK(bits_get_utf8(P, b, &off) == SM(128512) && off == 80);
    CHECK(bits_get_utf8(P, b, &off) == THE_NON_VALUE && off == 80);
    CHECK(bits_test_tail(b, off, 3));
    /* <<_:3, X/utf8, R/bits>> = <<0:3, 16#C3, 16#A9, 1:5>> -> {233, <<1:5>>} */
    b = MAKE(I(SM(0), SM(3)), I(SM(0xC3), SM(8)), I(SM(0xA9), SM(8)), I(SM(1), SM(5)));
    off = 3;
    CHECK(bits_get_utf8(P, b, &off) == SM(233) && off == 19);
    /* invalid: overlong, surrogates, above 10FFFF, truncated, stray continuation, 5-byte form */
    off = 0;
    CHECK(bits_get_utf8(P, BITS(16, 0xC0, 0x80), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(16, 0xC1, 0xBF), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(24, 0xED, 0xA0, 0x80), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(24, 0xE0, 0x80, 0x80), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(32, 0xF0, 0x80, 0x80, 0x80), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(32, 0xF4, 0x90, 0x80, 0x80), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(16, 0xE2, 0x82), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(8, 0x80), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(8, 0xFF), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(40, 0xF8, 0x88, 0x80, 0x80, 0x80), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(16, 0xC3, 0x29), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, BITS(7, 0x40), &off) == THE_NON_VALUE);
    CHECK(bits_get_utf8(P, EMPTY, &off) == THE_NON_VALUE && off == 0);
    CHECK(bits_get_utf8(P, BITS(32, 0xF4, 0x8F, 0xBF, 0xBF), &off) == SM(0x10FFFF) && off == 32);
    off = 0;
    CHECK(bits_get_utf8(P, BITS(24, 0xED, 0x9F, 0xBF), &off) == SM(0xD7FF) && off == 24);
    off = 0;
    CHECK(bits_get_utf8(P, BITS(24, 0xEE, 0x80, 0x80), &off) == SM(0xE000) && off == 24);
    /* utf16 */
    off = 0;  /* <<X/utf16-little, R/bits>> = <<1,216,55,220,7>> -> {66615, <<7>>} */
    CHECK(bits_get_utf16(P, BITS(40, 1, 216, 55, 220, 7), &off, SEGF_LITTLE) == SM(66615) && off == 32);
    off = 0;
    CHECK(bits_get_utf16(P, BITS(32, 216, 1, 220, 55), &off, 0) == SM(0x10437) && off == 32);
    off = 0;
    CHECK(bits_get_utf16(P, BITS(16, 0, 65), &off, 0) == SM(65) && off == 16);
    off = 0;
    CHECK(bits_get_utf16(P, BITS(16, 0xFF, 0xFF), &off, 0) == SM(0xFFFF) && off == 16);
    off = 0;  /* lone surrogates: <<16#D800:16, 65:16>> and <<16#DC00:16, 65:16>> don't match */
    CHECK(bits_get_utf16(P, BITS(32, 0xD8, 0, 0, 65), &off, 0) == THE_NON_VALUE);
    CHECK(bits_get_utf16(P, BITS(32, 0xDC, 0, 0, 65), &off, 0) == THE_NON_VALUE);
    CHECK(bits_get_utf16(P, BITS(16, 0xD8, 0), &off, 0) == THE_NON_VALUE);
    CHECK(bits_get_utf16(P, BITS(8, 65), &off, 0) == THE_NON_VALUE && off == 0);
    /* utf32 */
    off = 0;  /* <<X/utf32-little>> = <<55,4,1,0>> -> 66615 */
    CHECK(bits_get_utf32(P, BITS(32, 55, 4, 1, 0), &off, SEGF_LITTLE) == SM(66615) && off == 32);
    off = 0;
    CHECK(bits_get_utf32(P, BITS(32, 0, 16, 255, 255), &off, 0) == SM(0x10FFFF));
    off = 0;
    CHECK(bits_get_utf32(P, BITS(32, 0, 0, 0xD8, 0), &off, 0) == THE_NON_VALUE);
    CHECK(bits_get_utf32(P, BITS(32, 0, 17, 0, 0), &off, 0) == THE_NON_VALUE);
    CHECK(bits_get_utf32(P, BITS(32, 255, 255, 255, 255), &off, 0) == THE_NON_VALUE);
    CHECK(bits_get_utf32(P, BITS(24, 0, 0, 65), &off, 0) == THE_NON_VALUE && off == 0);
    /* round trip every kind of code point through all three at an odd offset */
    int64_t cps[] = {0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF};
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        Term t = MAKE(I(SM(5), SM(3)), U8(SM(cps[i])), U16(SM(cps[i]), 0), U16(SM(cps[i]), SEGF_LITTLE),
                      U32(SM(cps[i]), SEGF_LITTLE), U32(SM(cps[i]), 0));
        off = 3;
        CHECK(bits_get_utf8(P, t, &off) == SM(cps[i]));
        CHECK(bits_get_utf16(P, t, &off, 0) == SM(cps[i]));
        CHECK(bits_get_utf16(P, t, &off, SEGF_NATIVE) == SM(cps[i]));
        CHECK(bits_get_utf32(P, t, &off, SEGF_LITTLE) == SM(cps[i]));
        CHECK(bits_get_utf32(P, t, &off, 0) == SM(cps[i]));
        CHECK(bits_test_tail(t, off, 0));
    }
}

static void test_skip_tail_string(void) {
    Term b = BITS(20, 0xAB, 0xCD, 0xE0);
    size_t off = 0;
    CHECK(bits_skip(b, &off, SM(4), 1) && off == 4);
    CHECK(!bits_skip(b, &off, SM(17), 1) && off == 4);
    CHECK(!bits_skip(b, &off, SM(-1), 1) && off == 4);
    CHECK(!bits_skip(b, &off, T_ATOM(OK), 1) && off == 4);
    CHECK(!bits_skip(b, &off, big(0, 2, 0ULL, 1ULL), 1) && off == 4);
    CHECK(bits_skip(b, &off, SM(0), 8) && off == 4);
    CHECK(bits_skip(b, &off, SM(2), 8) && off == 20);
    CHECK(bits_test_tail(b, off, 0) && !bits_test_tail(b, off, 1));
    off = 4;
    CHECK(bits_skip(b, &off, ALL, 16) && off == 20);
    off = 4;
    CHECK(!bits_skip(b, &off, ALL, 3) && off == 4);
    CHECK(bits_test_tail(b, 0, 20) && bits_test_tail(b, 4, 16) && !bits_test_tail(b, 4, 15));
    CHECK(!bits_test_tail(b, 21, 0));
    CHECK(bits_test_tail(EMPTY, 0, 0));
    /* match_string: aligned, unaligned, partial bytes, too long */
    off = 0;
    CHECK(bits_match_string(b, &off, BITS(8, 0xAB)) && off == 8);
    CHECK(!bits_match_string(b, &off, BITS(8, 0xCE)) && off == 8);
    CHECK(bits_match_string(b, &off, BITS(12, 0xCD, 0xE0)) && off == 20);
    CHECK(bits_match_string(b, &off, EMPTY) && off == 20);
    CHECK(!bits_match_string(b, &off, BITS(1, 0)) && off == 20);
    off = 4;  /* bits 4..19 are 1011 1100 1101 1110 */
    CHECK(bits_match_string(b, &off, BITS(16, 0xBC, 0xDE)) && off == 20);
    off = 4;
    CHECK(!bits_match_string(b, &off, BITS(16, 0xBC, 0xDF)) && off == 4);
    CHECK(bits_match_string(b, &off, BITS(3, 0xA0)) && off == 7);
    off = 0;
    CHECK(!bits_match_string(b, &off, BITS(24, 0xAB, 0xCD, 0xE0)) && off == 0);
    /* a literal that is itself at an odd offset (a SUBBIN) */
    {
        Term *h = heap_alloc(P, SUBBIN_WORDS);
        h[0] = term_make_header(3, SUB_SUBBIN);
        h[1] = 12;
        h[2] = 4;
        h[3] = b;
        off = 4;
        CHECK(bits_match_string(b, &off, term_make_boxed(h)) && off == 16);
    }
    /* long strings */
    uint8_t data[300];
    for (int i = 0; i < 300; i++) data[i] = (uint8_t)(i * 7);
    Term big_b = MAKE(I(SM(1), SM(1)), BIN(heap_binary(P, data, 300), DEF));
    off = 1;
    CHECK(bits_match_string(big_b, &off, heap_binary(P, data, 300)) && off == 2401);
    data[299] ^= 1;
    off = 1;
    CHECK(!bits_match_string(big_b, &off, heap_binary(P, data, 300)) && off == 1);
}

/* ---- cases generated at random on OTP 25 -------------------------------
 * CI Pre V Size Flags => Bits Hex:   <<5:Pre, V:Size/Flags>>
 * MI Bits Hex Off Size Flags => X:   <<_:Off, X:Size/Flags, _/bits>> = Bin
 * CF Pre Dbits Size Flags => Bits Hex: <<1:Pre, D:Size/float-Flags>>
 * CJ V Size Flags => Bits Hex | badarg:  <<V:Size/float-Flags>>
 * MF Bits Hex Off Size Flags => Dbits:  <<_:Off, X:Size/float-Flags>> = Bin
 * MU Bits Hex Off => (CP RestBits | nomatch) for utf8, utf16, utf16-little
 * Integers in hex with a sign, floats as the hex of their 64 bits, flags
 * s/u (signed) and b/l (endian). */
static const char *const otp_cases[] = {
    "CI 2 A5CFE 136 sb 138 400000000000000000000000000002973f80",
    "CI 1 -172E51EB3F998C4532812D1BB90C2 79 sb 80 86673bacd7ed2e446f3e",
    "CI 6 -400EAEF6C52 64 ub 70 17ffffeffc54424eb8",
    "CI 1 64F848464F78887DFEBE55E2B6D97BCD8 62 sl 63 ec5e4bb695af72d6",
    "CI 5 -10E29182ADED 46 ul 51 289a93eb70ede0",
    "CI 4 -EC450C57B8F621A6D52440C227 23 ub 27 57e7bb20",
    "CI 0 -D6704B7254DB9B8BF01949C953B55488 24 sl 24 78ab4a",
    "CI 0 -ED8BF2BA212730B6A2DE42D572D 105 ub 105 93a06a2ef6c67a4ae90de9546980",
    "CI 0 2B0ABF6759EB9CDCE5486FA18C12353D02 53 ul 53 023d35128ca178",
    "CI 2 6B4FB523EA34217F4039F7 42 sb 44 4217f4039f70",
    "CI 7 -1E902ABC7D481ED0CD4640CF55190A206 88 ub 95 0afc25e65737e6155cdebbf4",
    "CI 4 796009891F090261953346600E88EFA5601 74 ul 78 50156fa8ee8006634534",
    "CI 7 1BD7E57442D 37 ub 44 0bd7e57442d0",
    "CI 6 -7676AE6B0DADE4053AE736B 19 sb 25 14c64a80",
    "CI 6 -33598929B067ED8715D 45 sb 51 149f3024f1d460",
    "CI 6 7E65517BF684271F168A609BEA679A9784 47 sb 53 14df533cd4bc20",
    "CI 1 -1A5962 26 sb 27 fcb4d3c0",
    "CI 0 -CA040BDA5152F7F 92 ub 92 ffffffff35fbf425aead0810",
    "CI 1 -176C14EF2C3E093677DD6EFB44D44606 46 sl 47 fd5c95dd8222",
    "CI 5 DAA87AC 48 ul 53 2d643d50680000",
    "CI 6 898BF8197CBE17 89 sb 95 14000000011317f032f97c2e",
    "CI 3 -7AA6DD9ADDD 76 sl 79 a46a44d24abf1ffffffe",
    "CI 0 1FC104C92A7AD2631 59 sl 59 3126ada7924c1080",
    "CI 1 -8F1EB80594 5 sb 6 b0",
    "CI 4 -2157870 44 ub 48 5ffffdea8790",
    "MI 0 - 0 1 sb nomatch",
    "MI 102 5ab3b95dda4a975341f1344494 46 14 ul 35A5",
    "MI 56 a7ecc0c57c9e9b 13 39 sb -33F3A83617",
    "MI 103 1e36ebe3cfedc58971a0eb36c4 39 34 sb -2474ED1D",
    "MI 100 87e16baaa703dd199442604430 58 38 sb 1994426044",
    "MI 87 32f5e69eff3422a330c7ba 54 2 sl -2",
    "MI 54 dcef4df754eb58 33 16 ul D6A9",
    "MI 127 73ed6b08a80dceec54f69b52fa1579f4 71 48 sb 7B4DA97D0ABC",
    "MI 128 336b8b636ffe687a11edc922e812b904 57 66 ub 3D08F6E49174095C8",
    "MI 146 fd62c31bf2e322e234ccc03719b793037b5b40 23 44 sl 1719171F98D",
    "MI 18 7d0540 0 12 ub 7D0",
    "MI 143 e583010e909a75de35cc4c39c43df5afdbb4 83 29 ub C39C43D",
    "MI 37 8d6104a0f0 26 2 sb -2",
    "MI 90 1a051bb3a95fca7b60895900 43 25 sl DB53FE",
    "MI 91 bbd148fa242efbf0953babe0 31 26 sb 485DF7",
    "MI 29 5c236688 10 21 sb nomatch",
    "MI 119 0b0999d036d7baf66ea21a9c594ba8 51 50 ul 3E2D41075B3D7",
    "MI 103 1479f351a7191a19a318245ff4 55 49 ul nomatch",
    "MI 20 d3ee50 18 0 ul 0",
    "MI 77 ce2a16fa82be745eda20 6 67 ul 4B6179DAFA0BE858A",
    "MI 23 b8d766 14 1 sl -1",
    "MI 76 242c7ba30397dfdb9970 5 38 ul 1C60748F85",
    "MI 94 3c31974228c13ea37dfc80e4 71 19 sl 340FE",
    "MI 9 f600 8 2 ul nomatch",
    "MI 118 9a89d65da2502082f640dcac0c4d04 101 3 sb -4",
    "CF 6 41b929b037f1e884 64 sl 70 0613a3c4dec0a6e504",
    "CF 0 c032c0a504c9da6e 16 sl 16 b0cc",
    "CF 2 4061a9c8e2d87637 16 ul 18 5a9600",
    "CF 7 02e9acee46337abf 32 ul 39 0200000000",
    "CF 2 1bca92dd2a3113cb 32 sb 34 4000000000",
    "CF 4 3b325ded627a923c 32 sl 36 16bef92190",
    "CF 1 b844fcc9c5a6013b 16 sb 17 c00000",
    "CF 4 407992f286bca1af 64 ul 68 1afa1bc86f29279400",
    "CF 1 405488590b21642d 64 sb 65 a02a442c8590b21680",
    "CF 4 40890b28dfbb28e0 64 sl 68 1e028bbdf280b89400",
    "CF 2 3b57da91474a75ca 16 ub 18 400000",
    "CF 0 408831f75270d045 16 sb 16 620c",
    "CJ -ED3AEC749AA000000000000000000000000000000000000000000000000000 64 sb 64 cf6da75d8e935400",
    "CJ -380000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 64 sl 64 0000000000000cda",
    "CJ 28A6FBD7EF6BAFE00000000000000000000000000000000000000000000000000000000 16 sl 16 007c",
    "CJ 15E34D20BD740000000000000000000000000000000000000000000000 16 ul 16 007c",
    "CJ 1E2A4C000000000000 64 sl 64 000000004c2a3e44",
    "CJ D2726A623E0640000000 64 sb 64 44ea4e4d4c47c0c8",
    "CJ -902692055534F5E76CBB0A0006DE00000000000000000000000000000000000000000000000000000000000000000000000000000000000 32 sb 32 ff800000",
    "CJ -11100000000000 32 ul 32 008088d9",
    "MF 34 222fcc2980 2 32 ub b917e614c0000000",
    "MF 69 06fd4c88c0d029ad58 5 64 ul ab35051a1891a9df",
    "MF 18 182480 2 16 ul bf49800000000000",
    "MF 32 e2735807 0 32 ul 38eb0e7c40000000",
    "MF 19 1ffc20 3 16 sb nomatch",
    "MF 18 2f6dc0 2 16 ul bfdef40000000000",
    "MF 33 071e7cb000 1 32 sl 441f2781c0000000",
    "MF 22 0318b8 6 16 ub c018b80000000000",
    "MF 67 1daedc45ac1fce3420 3 64 ub ed76e22d60fe71a1",
    "MF 64 19c36764ec366fb8 0 64 sb 19c36764ec366fb8",
    "MF 71 01bc1b70e4953c00fc 7 64 ub de0db8724a9e007e",
    "MF 71 0037183ab6182406c8 7 64 sl 6403120c5b1d8c1b",
    "MU 46 0383bb870800 6 nomatch e0ee 24 eee0 24",
    "MU 43 1e9018401820 3 nomatch f480 24 80f4 24",
    "MU 12 0bf0 4 nomatch nomatch nomatch",
    "MU 10 3880 2 nomatch nomatch nomatch",
    "MU 9 6000 1 nomatch nomatch nomatch",
    "MU 16 00f0 0 0 8 f0 0 f000 0",
    "MU 35 18187e1c20 3 nomatch c0c3 16 c3c0 16",
    "MU 8 e1 0 nomatch nomatch nomatch",
    "MU 26 3c77f000 2 nomatch f1df 8 nomatch",
    "MU 36 000ede2f50 4 0 24 ed 16 ed00 16",
    "MU 35 1830387dc0 3 nomatch c181 16 81c1 16",
    "MU 35 1e3e5c5800 3 nomatch f1f2 16 f2f1 16",
    "MU 43 17febe3e9e20 3 nomatch bff5 24 f5bf 24",
    "MU 22 03d384 6 nomatch f4e1 0 e1f4 0",
    "MU 15 01c0 7 nomatch nomatch nomatch",
    "MU 32 81c4f0f6 0 nomatch 81c4 16 c481 16",
    "MU 12 0820 4 nomatch nomatch nomatch",
    "MU 35 1dd83bfc20 3 nomatch eec1 16 c1ee 16",
};

static int hexv(int c) { return c <= '9' ? c - '0' : (c | 32) - 'a' + 10; }

static Term parse_int(const char *s) {
    int neg = *s == '-';
    if (neg) s++;
    size_t n = strlen(s);
    uint64_t limbs[24] = {0};
    for (size_t i = 0; i < n && i < 24 * 16; i++) {
        size_t bit = 4 * (n - 1 - i);
        limbs[bit / 64] |= (uint64_t)hexv(s[i]) << (bit % 64);
    }
    size_t nl = 24;
    while (nl && !limbs[nl - 1]) nl--;
    if (nl == 0) return SM(0);
    if (nl == 1 && limbs[0] <= (uint64_t)MAX_SMALL) return SM(neg ? -(int64_t)limbs[0] : (int64_t)limbs[0]);
    Term *h = heap_alloc(P, BIG_WORDS(nl));
    h[0] = term_make_header(nl, neg ? SUB_NEGBIG : SUB_POSBIG);
    memcpy(h + 1, limbs, nl * sizeof(uint64_t));
    return term_make_boxed(h);
}

/* an integer term in the same notation; normalisation is checked too */
static void fmt_int(Term t, char *out) {
    if (term_is_small(t)) {
        int64_t v = term_small(t);
        sprintf(out, v < 0 ? "-%llX" : "%llX", (unsigned long long)(v < 0 ? -v : v));
        return;
    }
    size_t n = term_header_arity(term_boxed_header(t));
    const Term *l = term_box_ptr(t) + 1;
    out += sprintf(out, "%s%llX", term_boxed_sub(t) == SUB_NEGBIG ? "-" : "", (unsigned long long)l[n - 1]);
    for (size_t i = n - 1; i-- > 0;) out += sprintf(out, "%016llX", (unsigned long long)l[i]);
    if (l[n - 1] == 0 || (n == 1 && l[0] <= (uint64_t)1 << 59)) strcpy(out, "!unnormalised");
}

static Term parse_bin(size_t nbits, const char *hex) {
    uint8_t buf[64] = {0};
    if (strcmp(hex, "-") != 0)
        for (size_t i = 0; hex[2 * i] && i < sizeof buf; i++)
            buf[i] = (uint8_t)(hexv(hex[2 * i]) << 4 | hexv(hex[2 * i + 1]));
    return heap_bitstring(P, buf, nbits);
}

static void fmt_bin(Term t, char *out) {
    if (t == THE_NON_VALUE) { strcpy(out, "badarg"); P->exc_reason = TERM_NIL; return; }
    BitView v = term_bits(t);
    size_t nb = (v.bits + 7) / 8;
    out += sprintf(out, "%zu ", v.bits);
    if (!nb) strcpy(out, "-");
    for (size_t i = 0; i < nb; i++) {
        unsigned b = 0;
        for (unsigned k = 0; k < 8 && i * 8 + k < v.bits; k++) {
            size_t a = v.offset + i * 8 + k;
            if ((v.data[a / 8] >> (7 - a % 8)) & 1) b |= 0x80u >> k;
        }
        out += sprintf(out, "%02x", b);
    }
}

static unsigned parse_flags(const char *f) {
    return (f[0] == 's' ? SEGF_SIGNED : 0) | (f[1] == 'l' ? SEGF_LITTLE : 0);
}

static double parse_double(const char *h) {
    uint64_t u = strtoull(h, NULL, 16);
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static void test_otp_cases(void) {
    char a[200], b[200], c[200], got[400], want[400];
    for (size_t i = 0; i < sizeof otp_cases / sizeof otp_cases[0]; i++) {
        const char *line = otp_cases[i];
        size_t x1, x2, x3;
        if (sscanf(line, "CI %zu %199s %zu %199s %zu %199s", &x1, a, &x2, b, &x3, c) == 6) {
            fmt_bin(MAKE(I(SM(5), SM((int64_t)x1)), IF(parse_int(a), SM((int64_t)x2), parse_flags(b))), got);
            sprintf(want, "%zu %s", x3, c);
        } else if (sscanf(line, "MI %zu %199s %zu %zu %199s %199s", &x1, a, &x2, &x3, b, c) == 6) {
            size_t off = x2;
            Term r = bits_get_integer(P, parse_bin(x1, a), &off, SM((int64_t)x3), 1, parse_flags(b));
            if (r == THE_NON_VALUE) strcpy(got, off == x2 ? "nomatch" : "nomatch, offset moved");
            else if (off != x2 + x3) strcpy(got, "wrong offset");
            else fmt_int(r, got);
            strcpy(want, c);
        } else if (sscanf(line, "CF %zu %199s %zu %199s %zu %199s", &x1, a, &x2, b, &x3, c) == 6) {
            fmt_bin(MAKE(I(SM(1), SM((int64_t)x1)), F(heap_float(P, parse_double(a)), SM((int64_t)x2), parse_flags(b))),
                    got);
            sprintf(want, "%zu %s", x3, c);
        } else if (sscanf(line, "CJ %199s %zu %199s %199[^\n]", a, &x2, b, c) == 4) {
            fmt_bin(MAKE(F(parse_int(a), SM((int64_t)x2), parse_flags(b))), got);
            strcpy(want, c);
        } else if (sscanf(line, "MF %zu %199s %zu %zu %199s %199s", &x1, a, &x2, &x3, b, c) == 6) {
            size_t off = x2;
            Term r = bits_get_float(P, parse_bin(x1, a), &off, SM((int64_t)x3), 1, parse_flags(b));
            if (r == THE_NON_VALUE) {
                strcpy(got, "nomatch");
            } else {
                double d = term_float(r);
                uint64_t u;
                memcpy(&u, &d, sizeof u);
                sprintf(got, "%016llx", (unsigned long long)u);
            }
            strcpy(want, c);
        } else if (sscanf(line, "MU %zu %199s %zu", &x1, a, &x2) == 3) {
            const char *rest = line;
            for (int k = 0; k < 4; k++) rest = strchr(rest, ' ') + 1;
            strcpy(want, rest);
            Term bin = parse_bin(x1, a);
            char *o = got;
            for (int k = 0; k < 3; k++) {
                size_t off = x2;
                Term r = k == 0 ? bits_get_utf8(P, bin, &off) : bits_get_utf16(P, bin, &off, k == 2 ? SEGF_LITTLE : 0);
                if (k) *o++ = ' ';
                if (r == THE_NON_VALUE) o += sprintf(o, "nomatch");
                else o += sprintf(o, "%llx %zu", (unsigned long long)term_small(r), x1 - off);
            }
        } else {
            strcpy(got, "unparsed");
            strcpy(want, "");
        }
        checks++;
        if (strcmp(got, want) != 0) {
            failures++;
            fprintf(stderr, "tests/unit/bits.c: OTP case %s\n  got  %s\n  want %s\n", line, got, want);
        }
    }
}

int main(void) {
    Vm vm;
    memset(&vm, 0, sizeof vm);
    vm.atoms = atom_table_new();
    Process proc;
    memset(&proc, 0, sizeof proc);
    proc.vm = &vm;
    P = &proc;

    test_create_integer();
    test_create_float();
    test_create_binary();
    test_create_utf();
    test_get_integer();
    test_get_float();
    test_get_binary();
    test_get_utf();
    test_skip_tail_string();
    test_otp_cases();

    for (HeapFrag *f = proc.frags; f;) {
        HeapFrag *next = f->next;
        free(f);
        f = next;
    }
    atom_table_free(vm.atoms);
    printf("bits: %d passed, %d failed\n", checks - failures, failures);
    return failures ? 1 : 0;
}
