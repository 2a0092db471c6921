/* bits.c — the bit syntax at run time: bits_create builds a bitstring from
 * segments (bs_create), the bits_get_* functions match segments out of one.
 * Bit streams are big-endian within a byte: bit 0 is the top bit of byte 0. */
#include "bits.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bcformat.h"
#include "heap.h"

/* Largest bitstring bits_create builds: past it, system_limit (OTP has no
 * fixed limit but fails to allocate far below 2^64 bits). 2^36 bits = 8 GiB. */
#define BITS_CREATE_LIMIT ((size_t)1 << 36)

/* A result of bits_get_binary up to this many bytes is copied into a fresh
 * BIN (no bigger than a SUBBIN, and it lets the big one go). */
#define COPY_MAX_BYTES 16

static bool is_little(unsigned flags) {
    if (flags & SEGF_LITTLE) return true;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return false;
#else
    return (flags & SEGF_NATIVE) != 0;
#endif
}

/* ---- bit-level reading and writing ---------------------------------- */

/* k (0..8) bits at bit offset off of src, as the low bits of the result.
 * Reads only bytes that hold some of those bits. */
static unsigned read_small(const uint8_t *src, size_t off, unsigned k) {
    if (k == 0) return 0;
    size_t i = off >> 3;
    unsigned s = (unsigned)(off & 7);
    unsigned mask = (1u << k) - 1;
    if (s + k <= 8) return ((unsigned)src[i] >> (8 - s - k)) & mask;
    unsigned w = ((unsigned)src[i] << 8) | src[i + 1];
    return (w >> (16 - s - k)) & mask;
}

static unsigned read_byte(const uint8_t *src, size_t off) {
    if ((off & 7) == 0) return src[off >> 3];
    return read_small(src, off, 8);
}

/* OR the low k (0..8) bits of v into dst at bit offset off. */
static void write_small(uint8_t *dst, size_t off, unsigned v, unsigned k) {
    if (k == 0) return;
    size_t i = off >> 3;
    unsigned s = (unsigned)(off & 7);
    v &= (1u << k) - 1;
    if (s + k <= 8) {
        dst[i] |= (uint8_t)(v << (8 - s - k));
    } else {
        unsigned spill = s + k - 8;          /* bits that go into dst[i+1] */
        dst[i] |= (uint8_t)(v >> spill);
        dst[i + 1] |= (uint8_t)(v << (8 - spill));
    }
}

/* n bits, up to 64, at off, as an unsigned big-endian number. */
static uint64_t read_u64(const uint8_t *src, size_t off, unsigned n) {
    uint64_t u = 0;
    if ((off & 7) == 0) {
        const uint8_t *b = src + (off >> 3);
        unsigned i = 0;
        for (; n >= 8; n -= 8) u = (u << 8) | b[i++];
        if (n) u = (u << n) | ((unsigned)b[i] >> (8 - n));
        return u;
    }
    for (; n >= 8; n -= 8, off += 8) u = (u << 8) | read_small(src, off, 8);
    if (n) u = (u << n) | read_small(src, off, n);
    return u;
}

/* OR n bits of src at soff into dst at doff (dst's bits there are zero). */
static void copy_bits(uint8_t *dst, size_t doff, const uint8_t *src, size_t soff, size_t n) {
    if (n == 0) return;
    if ((doff & 7) == 0 && (soff & 7) == 0) {
        size_t nb = n >> 3;
        memcpy(dst + (doff >> 3), src + (soff >> 3), nb);
        unsigned r = (unsigned)(n & 7);
        if (r) dst[(doff >> 3) + nb] |= (uint8_t)(src[(soff >> 3) + nb] & (0xff00u >> r));
        return;
    }
    /* align the destination first, then whole destination bytes */
    unsigned head = (unsigned)((8 - (doff & 7)) & 7);
    if (head > n) head = (unsigned)n;
    if (head) {
        write_small(dst, doff, read_small(src, soff, head), head);
        doff += head; soff += head; n -= head;
    }
    uint8_t *d = dst + (doff >> 3);
    for (; n >= 8; n -= 8, soff += 8) *d++ = (uint8_t)read_small(src, soff, 8);
    if (n) write_small(dst, (size_t)(d - dst) * 8, read_small(src, soff, (unsigned)n), (unsigned)n);
}

/* Do n bits of a at aoff equal n bits of b at boff? */
static bool equal_bits(const uint8_t *a, size_t aoff, const uint8_t *b, size_t boff, size_t n) {
    if ((aoff & 7) == 0 && (boff & 7) == 0) {
        size_t nb = n >> 3;
        if (memcmp(a + (aoff >> 3), b + (boff >> 3), nb) != 0) return false;
        aoff += nb * 8; boff += nb * 8; n &= 7;
    }
    for (; n >= 8; n -= 8, aoff += 8, boff += 8)
        if (read_small(a, aoff, 8) != read_small(b, boff, 8)) return false;
    return read_small(a, aoff, (unsigned)n) == read_small(b, boff, (unsigned)n);
}

/* ---- integers --------------------------------------------------------- */

/* An integer seen as an infinite two's-complement byte string. */
typedef struct IntBytes {
    bool neg;
    int64_t small;              /* when limbs is NULL */
    const uint64_t *limbs;      /* magnitude of a bignum */
    size_t nlimbs;
    size_t first_nz;            /* bignum: index of the lowest non-zero magnitude byte */
} IntBytes;

static bool int_bytes_of(Term t, IntBytes *ib) {
    memset(ib, 0, sizeof *ib);
    if (term_is_small(t)) {
        ib->small = term_small(t);
        ib->neg = ib->small < 0;
        return true;
    }
    if (!term_is_bignum(t)) return false;
    ib->neg = term_boxed_sub(t) == SUB_NEGBIG;
    ib->limbs = (const uint64_t *)(term_box_ptr(t) + 1);
    ib->nlimbs = term_header_arity(term_boxed_header(t));
    ib->first_nz = 0;
    for (size_t k = 0; k < ib->nlimbs * 8; k++) {
        if ((ib->limbs[k / 8] >> (8 * (k % 8))) & 0xff) { ib->first_nz = k; break; }
    }
    return true;
}

/* Byte k (0 = least significant) of the two's-complement form. */
static unsigned int_byte(const IntBytes *ib, size_t k) {
    if (!ib->limbs) {
        if (k >= 8) return ib->neg ? 0xff : 0;
        return (unsigned)(((uint64_t)ib->small >> (8 * k)) & 0xff);
    }
    unsigned m = k / 8 < ib->nlimbs ? (unsigned)((ib->limbs[k / 8] >> (8 * (k % 8))) & 0xff) : 0;
    if (!ib->neg) return m;
    /* -m = ~m + 1: the +1 carries through the zero bytes below first_nz */
    if (k < ib->first_nz) return 0;
    if (k == ib->first_nz) return (256 - m) & 0xff;
    return ~m & 0xff;
}

/* Write the low n bits of the integer at bit offset off of dst (zeroed). */
static void write_integer(uint8_t *dst, size_t off, const IntBytes *ib, size_t n, bool little) {
    size_t q = n / 8;
    unsigned r = (unsigned)(n % 8);
    if (!ib->limbs && n <= 64 && !little && (off & 7) == 0 && r == 0) {
        uint64_t u = (uint64_t)ib->small;
        uint8_t *d = dst + (off >> 3);
        for (size_t k = 0; k < q; k++) d[k] = (uint8_t)(u >> (8 * (q - 1 - k)));
        return;
    }
    if (little) {
        /* whole bytes from the least significant, then the r high bits */
        for (size_t k = 0; k < q; k++) write_small(dst, off + 8 * k, int_byte(ib, k), 8);
        if (r) write_small(dst, off + 8 * q, int_byte(ib, q), r);
    } else {
        if (r) write_small(dst, off, int_byte(ib, q), r);
        size_t pos = off + r;
        for (size_t k = q; k-- > 0; pos += 8) write_small(dst, pos, int_byte(ib, k), 8);
    }
}

/* An integer term from a magnitude in limbs (least significant first),
 * normalised: a small when it fits. */
static Term make_integer(Process *p, const uint64_t *limbs, size_t n, bool neg) {
    while (n > 0 && limbs[n - 1] == 0) n--;
    if (n == 0) return term_from_small(0);
    if (n == 1) {
        if (!neg && limbs[0] <= (uint64_t)MAX_SMALL) return term_from_small((int64_t)limbs[0]);
        if (neg && limbs[0] <= (uint64_t)1 << (SMALL_BITS - 1))
            return term_from_small(-(int64_t)(limbs[0] - 1) - 1);
    }
    Term *h = heap_alloc(p, BIG_WORDS(n));
    h[0] = term_make_header(n, neg ? SUB_NEGBIG : SUB_POSBIG);
    memcpy(h + 1, limbs, n * sizeof(uint64_t));
    return term_make_boxed(h);
}

/* Read an n-bit integer at bit offset off of data. */
static Term read_integer(Process *p, const uint8_t *data, size_t off, size_t n, bool little, bool sign) {
    if (n == 0) return term_from_small(0);
    if (n <= 64) {
        uint64_t u;
        if (!little || n <= 8) {
            u = read_u64(data, off, (unsigned)n);
        } else {
            size_t q = n / 8;
            unsigned r = (unsigned)(n % 8);
            u = 0;
            for (size_t k = 0; k < q; k++) u |= (uint64_t)read_byte(data, off + 8 * k) << (8 * k);
            if (r) u |= (uint64_t)read_small(data, off + 8 * q, r) << (8 * q);
        }
        if (sign && (u >> (n - 1)) & 1) {
            uint64_t mag = n == 64 ? (uint64_t)0 - u : ((uint64_t)1 << n) - u;
            return make_integer(p, &mag, 1, true);
        }
        return make_integer(p, &u, 1, false);
    }
    size_t nlimbs = (n + 63) / 64;
    uint64_t stackbuf[8];
    uint64_t *limbs = nlimbs <= 8 ? stackbuf : (uint64_t *)malloc(nlimbs * sizeof(uint64_t));
    if (!limbs) { fputs("beamlet: out of memory\n", stderr); abort(); }
    memset(limbs, 0, nlimbs * sizeof(uint64_t));
    size_t q = n / 8;
    unsigned r = (unsigned)(n % 8);
    /* byte k of the value (least significant first) */
    if (little) {
        for (size_t k = 0; k < q; k++)
            limbs[k / 8] |= (uint64_t)read_byte(data, off + 8 * k) << (8 * (k % 8));
        if (r) limbs[q / 8] |= (uint64_t)read_small(data, off + 8 * q, r) << (8 * (q % 8));
    } else {
        for (size_t k = 0; k < q; k++)
            limbs[k / 8] |= (uint64_t)read_byte(data, off + n - 8 * (k + 1)) << (8 * (k % 8));
        if (r) limbs[q / 8] |= (uint64_t)read_small(data, off, r) << (8 * (q % 8));
    }
    bool neg = sign && ((limbs[(n - 1) / 64] >> ((n - 1) % 64)) & 1);
    if (neg) {
        /* magnitude = 2^n - value: invert within n bits, add one */
        for (size_t i = 0; i < nlimbs; i++) limbs[i] = ~limbs[i];
        if (n % 64) limbs[nlimbs - 1] &= ((uint64_t)1 << (n % 64)) - 1;
        for (size_t i = 0; i < nlimbs; i++)
            if (++limbs[i] != 0) break;
    }
    Term t = make_integer(p, limbs, nlimbs, neg);
    if (limbs != stackbuf) free(limbs);
    return t;
}

/* ---- floats ----------------------------------------------------------- */

/* A bignum as a double, computed as OTP does (digit by digit from the top,
 * rounding at each step, so not always the nearest double); inf when it
 * overflows. */
static double big_to_double(Term t) {
    const uint64_t *l = (const uint64_t *)(term_box_ptr(t) + 1);
    size_t n = term_header_arity(term_boxed_header(t));
    double d = 0.0;
    for (size_t i = n; i-- > 0;) {
        d = d * 18446744073709551616.0 + (double)l[i];
        if (isinf(d)) break;
    }
    return term_boxed_sub(t) == SUB_NEGBIG ? -d : d;
}

/* double -> IEEE binary16, round to nearest even, overflow to infinity */
static unsigned double_to_half(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    unsigned sign = (unsigned)(b >> 63) << 15;
    int exp = (int)((b >> 52) & 0x7ff);
    uint64_t mant = b & (((uint64_t)1 << 52) - 1);
    if (exp == 0x7ff) return sign | 0x7c00 | (mant ? 0x200 : 0);
    if (exp == 0) return sign;                      /* double subnormals are far below half's */
    int e = exp - 1023;
    if (e > 15) return sign | 0x7c00;
    if (e >= -14) {
        uint64_t hm = mant >> 42, rem = mant & (((uint64_t)1 << 42) - 1), half = (uint64_t)1 << 41;
        if (rem > half || (rem == half && (hm & 1))) hm++;
        if (hm == 0x400) { hm = 0; e++; }
        if (e > 15) return sign | 0x7c00;
        return sign | (unsigned)(e + 15) << 10 | (unsigned)hm;
    }
    /* subnormal: units of 2^-24 */
    uint64_t m = mant | (uint64_t)1 << 52;
    int shift = 28 - e;                             /* >= 43 */
    if (shift >= 64) return sign;
    uint64_t q = m >> shift, rem = m & (((uint64_t)1 << shift) - 1), half = (uint64_t)1 << (shift - 1);
    if (rem > half || (rem == half && (q & 1))) q++;
    return sign | (unsigned)q;                      /* q may be 0x400: the smallest normal */
}

/* binary16 -> double; false for infinity and NaN */
static bool half_to_double(unsigned h, double *out) {
    unsigned exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
    double d;
    if (exp == 0x1f) return false;
    if (exp == 0) d = ldexp((double)mant, -24);
    else d = ldexp((double)(mant | 0x400), (int)exp - 25);
    *out = (h & 0x8000) ? -d : d;
    return true;
}

static uint32_t double_to_single_bits(double d) {
    float f;
    if (d >= 0x1p128) f = HUGE_VALF;       /* beyond the round-to-FLT_MAX range */
    else if (d <= -0x1p128) f = -HUGE_VALF;
    else f = (float)d;
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

/* ---- construction ----------------------------------------------------- */

enum { SZ_OK = 0, SZ_BADARG, SZ_LIMIT };

/* Bits of an explicit size in units: size must be a non-negative integer. */
static int explicit_bits(Term size, unsigned unit, size_t *bits) {
    if (term_is_small(size)) {
        int64_t s = term_small(size);
        if (s < 0) return SZ_BADARG;
        if (unit && (uint64_t)s > BITS_CREATE_LIMIT / unit) return SZ_LIMIT;
        *bits = (size_t)s * unit;
        return SZ_OK;
    }
    if (term_is_bignum(size)) return term_boxed_sub(size) == SUB_POSBIG ? SZ_LIMIT : SZ_BADARG;
    return SZ_BADARG;
}

static int utf8_len(int64_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

static bool valid_code_point(Term v, int64_t *cp) {
    if (!term_is_small(v)) return false;
    int64_t c = term_small(v);
    if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    *cp = c;
    return true;
}

/* Check a segment and find its size in bits. */
static int seg_bits(const BitSeg *s, size_t *bits) {
    int64_t cp;
    switch (s->type) {
    case SEG_INTEGER:
        if (!term_is_integer(s->value)) return SZ_BADARG;
        if (term_is_nil(s->size)) { *bits = 8; return SZ_OK; }
        return explicit_bits(s->size, s->unit, bits);
    case SEG_FLOAT: {
        if (!term_is_number(s->value)) return SZ_BADARG;
        size_t b = 64;
        if (!term_is_nil(s->size)) {
            int r = explicit_bits(s->size, s->unit, &b);
            if (r != SZ_OK) return r;
        }
        if (b != 16 && b != 32 && b != 64) return SZ_BADARG;
        if (term_is_bignum(s->value) && isinf(big_to_double(s->value))) return SZ_BADARG;
        *bits = b;
        return SZ_OK;
    }
    case SEG_BINARY: {
        if (!term_is_bitstring(s->value)) return SZ_BADARG;
        size_t have = term_bits(s->value).bits;
        if (term_is_nil(s->size) || s->size == T_ATOM(ALL)) {
            if (s->unit > 1 && have % s->unit != 0) return SZ_BADARG;
            *bits = have;
            return SZ_OK;
        }
        size_t want;
        int r = explicit_bits(s->size, s->unit, &want);
        if (r == SZ_LIMIT) return SZ_BADARG;   /* more than the value has */
        if (r != SZ_OK) return r;
        if (want > have) return SZ_BADARG;
        *bits = want;
        return SZ_OK;
    }
    case SEG_UTF8:
        if (!valid_code_point(s->value, &cp)) return SZ_BADARG;
        *bits = 8 * (size_t)utf8_len(cp);
        return SZ_OK;
    case SEG_UTF16:
        if (!valid_code_point(s->value, &cp)) return SZ_BADARG;
        *bits = cp >= 0x10000 ? 32 : 16;
        return SZ_OK;
    case SEG_UTF32:
        if (!valid_code_point(s->value, &cp)) return SZ_BADARG;
        *bits = 32;
        return SZ_OK;
    default:
        return SZ_BADARG;
    }
}

static void put_u64(uint8_t *dst, size_t off, uint64_t u, unsigned n, bool little) {
    IntBytes ib;
    memset(&ib, 0, sizeof ib);
    ib.small = (int64_t)u;              /* only the low n <= 64 bits are used */
    write_integer(dst, off, &ib, n, little);
}

static void write_seg(uint8_t *dst, size_t off, const BitSeg *s, size_t bits) {
    bool little = is_little(s->flags);
    switch (s->type) {
    case SEG_INTEGER: {
        IntBytes ib;
        int_bytes_of(s->value, &ib);
        write_integer(dst, off, &ib, bits, little);
        break;
    }
    case SEG_FLOAT: {
        double d = term_is_float(s->value) ? term_float(s->value)
                 : term_is_small(s->value) ? (double)term_small(s->value)
                 : big_to_double(s->value);
        uint64_t u;
        if (bits == 64) memcpy(&u, &d, sizeof u);
        else if (bits == 32) u = double_to_single_bits(d);
        else u = double_to_half(d);
        put_u64(dst, off, u, (unsigned)bits, little);
        break;
    }
    case SEG_BINARY: {
        BitView v = term_bits(s->value);
        copy_bits(dst, off, v.data, v.offset, bits);
        break;
    }
    case SEG_UTF8: {
        uint32_t c = (uint32_t)term_small(s->value);
        uint8_t b[4];
        int len = utf8_len(c);
        if (len == 1) b[0] = (uint8_t)c;
        else if (len == 2) { b[0] = (uint8_t)(0xC0 | c >> 6); b[1] = (uint8_t)(0x80 | (c & 0x3F)); }
        else if (len == 3) {
            b[0] = (uint8_t)(0xE0 | c >> 12); b[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
            b[2] = (uint8_t)(0x80 | (c & 0x3F));
        } else {
            b[0] = (uint8_t)(0xF0 | c >> 18); b[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
            b[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F)); b[3] = (uint8_t)(0x80 | (c & 0x3F));
        }
        copy_bits(dst, off, b, 0, 8 * (size_t)len);
        break;
    }
    case SEG_UTF16: {
        uint32_t c = (uint32_t)term_small(s->value);
        if (c < 0x10000) {
            put_u64(dst, off, c, 16, little);
        } else {
            c -= 0x10000;
            put_u64(dst, off, 0xD800 | (c >> 10), 16, little);
            put_u64(dst, off + 16, 0xDC00 | (c & 0x3FF), 16, little);
        }
        break;
    }
    case SEG_UTF32:
        put_u64(dst, off, (uint64_t)term_small(s->value), 32, little);
        break;
    default:
        break;
    }
}

Term bits_create(Process *p, const BitSeg *segs, size_t n) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        size_t b = 0;
        int r = seg_bits(&segs[i], &b);
        if (r == SZ_OK && b > BITS_CREATE_LIMIT - total) r = SZ_LIMIT;
        if (r == SZ_BADARG) RAISE_BADARG(p);
        if (r == SZ_LIMIT) RAISE_ERROR(p, T_ATOM(SYSTEM_LIMIT));
        total += b;
    }
    uint8_t *d;
    size_t nbytes = (total + 7) / 8;
    Term t = heap_binary_uninit(p, nbytes, &d);
    if (nbytes) memset(d, 0, nbytes);
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        size_t b = 0;
        seg_bits(&segs[i], &b);
        write_seg(d, off, &segs[i], b);
        off += b;
    }
    term_box_ptr(t)[1] = (Term)total;
    return t;
}

/* ---- matching --------------------------------------------------------- */

/* Bits wanted by a match of size * unit, if size is a usable number and the
 * result fits in `left` bits. */
static bool match_bits(Term size, unsigned unit, size_t left, size_t *bits) {
    if (!term_is_small(size)) return false;
    int64_t s = term_small(size);
    if (s < 0) return false;
    if (unit == 0) { *bits = 0; return true; }
    if ((uint64_t)s > left / unit) return false;
    *bits = (size_t)s * unit;
    return true;
}

Term bits_get_integer(Process *p, Term bin, size_t *off, Term size, unsigned unit, unsigned flags) {
    BitView v = term_bits(bin);
    if (*off > v.bits) return THE_NON_VALUE;
    size_t left = v.bits - *off, n;
    if (term_is_nil(size)) { size = term_from_small(8); unit = 1; }
    if (!match_bits(size, unit, left, &n)) return THE_NON_VALUE;
    Term t = read_integer(p, v.data, v.offset + *off, n, is_little(flags), (flags & SEGF_SIGNED) != 0);
    *off += n;
    return t;
}

Term bits_get_float(Process *p, Term bin, size_t *off, Term size, unsigned unit, unsigned flags) {
    BitView v = term_bits(bin);
    if (*off > v.bits) return THE_NON_VALUE;
    size_t left = v.bits - *off, n;
    if (term_is_nil(size)) { size = term_from_small(64); unit = 1; }
    if (!match_bits(size, unit, left, &n)) return THE_NON_VALUE;
    if (n != 16 && n != 32 && n != 64) return THE_NON_VALUE;
    size_t at = v.offset + *off;
    uint64_t u;
    if (is_little(flags)) {
        u = 0;
        for (unsigned k = 0; k < n / 8; k++) u |= (uint64_t)read_byte(v.data, at + 8 * k) << (8 * k);
    } else {
        u = read_u64(v.data, at, (unsigned)n);
    }
    double d;
    if (n == 64) {
        if (((u >> 52) & 0x7ff) == 0x7ff) return THE_NON_VALUE;
        memcpy(&d, &u, sizeof d);
    } else if (n == 32) {
        if (((u >> 23) & 0xff) == 0xff) return THE_NON_VALUE;
        uint32_t w = (uint32_t)u;
        float f;
        memcpy(&f, &w, sizeof f);
        d = f;
    } else {
        if (!half_to_double((unsigned)u, &d)) return THE_NON_VALUE;
    }
    *off += n;
    return heap_float(p, d);
}

/* The bits [start, start+n) of bitstring bin (start counted from bin's
 * own first bit) as a term: bin itself, a small copy, or a SUBBIN onto the
 * underlying BIN. */
static Term sub_bitstring(Process *p, Term bin, size_t start, size_t n) {
    BitView v = term_bits(bin);
    if (start == 0 && n == v.bits) return bin;
    if (n <= COPY_MAX_BYTES * 8) {
        uint8_t *d;
        size_t nbytes = (n + 7) / 8;
        Term t = heap_binary_uninit(p, nbytes, &d);
        if (nbytes) memset(d, 0, nbytes);
        copy_bits(d, 0, v.data, v.offset + start, n);
        term_box_ptr(t)[1] = (Term)n;
        return t;
    }
    Term base = term_boxed_sub(bin) == SUB_BIN ? bin : term_box_ptr(bin)[3];
    Term *h = heap_alloc(p, SUBBIN_WORDS);
    h[0] = term_make_header(SUBBIN_WORDS - 1, SUB_SUBBIN);
    h[1] = (Term)n;
    h[2] = (Term)(v.offset + start);
    h[3] = base;
    return term_make_boxed(h);
}

Term bits_get_binary(Process *p, Term bin, size_t *off, Term size, unsigned unit, unsigned flags) {
    (void)flags;
    BitView v = term_bits(bin);
    if (*off > v.bits) return THE_NON_VALUE;
    size_t left = v.bits - *off, n;
    if (size == T_ATOM(ALL) || term_is_nil(size)) {
        if (unit > 1 && left % unit != 0) return THE_NON_VALUE;
        n = left;
    } else if (!match_bits(size, unit, left, &n)) {
        return THE_NON_VALUE;
    }
    Term t = sub_bitstring(p, bin, *off, n);
    *off += n;
    return t;
}

Term bits_get_utf8(Process *p, Term bin, size_t *off) {
    (void)p;
    BitView v = term_bits(bin);
    if (*off > v.bits) return THE_NON_VALUE;
    size_t left = v.bits - *off, at = v.offset + *off;
    if (left < 8) return THE_NON_VALUE;
    unsigned b0 = read_byte(v.data, at);
    unsigned len;
    uint32_t cp, min;
    if (b0 < 0x80) { *off += 8; return term_from_small(b0); }
    if (b0 < 0xC2) return THE_NON_VALUE;            /* continuation byte or overlong C0/C1 */
    if (b0 < 0xE0) { len = 2; cp = b0 & 0x1F; min = 0x80; }
    else if (b0 < 0xF0) { len = 3; cp = b0 & 0x0F; min = 0x800; }
    else if (b0 < 0xF5) { len = 4; cp = b0 & 0x07; min = 0x10000; }
    else return THE_NON_VALUE;
    if (left < 8 * (size_t)len) return THE_NON_VALUE;
    for (unsigned i = 1; i < len; i++) {
        unsigned b = read_byte(v.data, at + 8 * i);
        if ((b & 0xC0) != 0x80) return THE_NON_VALUE;
        cp = cp << 6 | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return THE_NON_VALUE;
    *off += 8 * (size_t)len;
    return term_from_small(cp);
}

static unsigned read_u16(const uint8_t *d, size_t at, bool little) {
    unsigned a = read_byte(d, at), b = read_byte(d, at + 8);
    return little ? (b << 8 | a) : (a << 8 | b);
}

Term bits_get_utf16(Process *p, Term bin, size_t *off, unsigned flags) {
    (void)p;
    BitView v = term_bits(bin);
    if (*off > v.bits) return THE_NON_VALUE;
    size_t left = v.bits - *off, at = v.offset + *off;
    bool little = is_little(flags);
    if (left < 16) return THE_NON_VALUE;
    unsigned w1 = read_u16(v.data, at, little);
    if (w1 < 0xD800 || w1 > 0xDFFF) { *off += 16; return term_from_small(w1); }
    if (w1 > 0xDBFF || left < 32) return THE_NON_VALUE;
    unsigned w2 = read_u16(v.data, at + 16, little);
    if (w2 < 0xDC00 || w2 > 0xDFFF) return THE_NON_VALUE;
    *off += 32;
    return term_from_small(0x10000 + ((int64_t)(w1 - 0xD800) << 10) + (w2 - 0xDC00));
}

Term bits_get_utf32(Process *p, Term bin, size_t *off, unsigned flags) {
    (void)p;
    BitView v = term_bits(bin);
    if (*off > v.bits) return THE_NON_VALUE;
    size_t left = v.bits - *off, at = v.offset + *off;
    if (left < 32) return THE_NON_VALUE;
    uint32_t c = 0;
    if (is_little(flags)) {
        for (unsigned k = 0; k < 4; k++) c |= (uint32_t)read_byte(v.data, at + 8 * k) << (8 * k);
    } else {
        c = (uint32_t)read_u64(v.data, at, 32);
    }
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return THE_NON_VALUE;
    *off += 32;
    return term_from_small(c);
}

bool bits_skip(Term bin, size_t *off, Term size, unsigned unit) {
    BitView v = term_bits(bin);
    if (*off > v.bits) return false;
    size_t left = v.bits - *off, n;
    if (size == T_ATOM(ALL) || term_is_nil(size)) {
        if (unit > 1 && left % unit != 0) return false;
        n = left;
    } else if (!match_bits(size, unit, left, &n)) {
        return false;
    }
    *off += n;
    return true;
}

bool bits_test_tail(Term bin, size_t off, size_t bits) {
    size_t have = term_bits(bin).bits;
    return off <= have && have - off == bits;
}

bool bits_match_string(Term bin, size_t *off, Term lit) {
    BitView v = term_bits(bin), l = term_bits(lit);
    if (*off > v.bits || v.bits - *off < l.bits) return false;
    if (!equal_bits(v.data, v.offset + *off, l.data, l.offset, l.bits)) return false;
    *off += l.bits;
    return true;
}
