/* floatfmt.c — float printing and parsing with OTP 25's exact results:
 * the shortest round-trip form (~p, [short]), float_to_list/1,2 (C printf
 * formats, plus OTP's own fixed-point algorithm for {decimals, N}) and
 * io_lib's ~f/~e/~g, which round the 21 digits of "%.20e" half up. */
#include "floatfmt.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shortest round-trip digits ---- */

/* Write the n-digit decimal mantissa of "%.*e" into dig (no point) and
 * return the decimal exponent of the first digit.  a > 0. */
static int rounded_digits(double a, int n, char *dig) {
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.*e", n - 1, a);
    int k = 0;
    char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') dig[k++] = *p;
    dig[k] = 0;
    return atoi(p + 1);
}

static bool reads_back(const char *dig, int exp10, double a) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%c.%se%d", dig[0], dig[1] ? dig + 1 : "0", exp10);
    return strtod(tmp, NULL) == a;
}

/* add delta (+1 or -1) to the last digit of dig; false if it would change
 * the number of digits */
static bool step_digits(char *dig, int n, int delta) {
    int i = n - 1;
    if (delta > 0) {
        while (i >= 0 && dig[i] == '9') dig[i--] = '0';
        if (i < 0) return false;
        dig[i]++;
    } else {
        while (i >= 0 && dig[i] == '0') dig[i--] = '9';
        if (i < 0 || (i == 0 && dig[0] == '1')) return false;
        dig[i]--;
    }
    return true;
}

/* The shortest digit string (no trailing zeros) that reads back as a > 0,
 * nearest to a among those of its length; returns the exponent of its
 * first digit. */
static int shortest(double a, char *dig) {
    for (int n = 1; n <= 17; n++) {
        int e = rounded_digits(a, n, dig);
        if (reads_back(dig, e, a)) goto done;
        /* the nearest n-digit number can miss while a neighbour still
         * lands inside a's rounding interval (at powers of two) */
        char alt[24];
        for (int delta = -1; delta <= 1; delta += 2) {
            memcpy(alt, dig, (size_t)n + 1);
            if (step_digits(alt, n, delta) && reads_back(alt, e, a)) {
                memcpy(dig, alt, (size_t)n + 1);
                goto done;
            }
        }
        continue;
    done : {
        size_t len = strlen(dig);
        while (len > 1 && dig[len - 1] == '0') dig[--len] = 0;
        return e;
    }
    }
    return rounded_digits(a, 17, dig);   /* not reached: 17 digits always read back */
}

void flt_short(double d, Buf *out) {
    if (signbit(d)) buf_addc(out, '-');
    double a = fabs(d);
    if (a == 0.0) {
        buf_adds(out, "0.0");
        return;
    }
    char dig[24];
    int sci = shortest(a, dig);
    int n = (int)strlen(dig);
    int e = sci - n + 1;                 /* value = D * 10^e */
    bool fixed;
    if (n == 1) fixed = e >= -4 && e <= 2;
    else if (sci >= 10) fixed = e >= -(n + 2) && e <= 2;
    else fixed = e >= -(n + 2) && e <= 1;
    if (fixed && e >= 0 && e <= 2) {
        /* OTP prints these in scientific: the fixed form would show digits
         * the double does not have */
        uint64_t D = strtoull(dig, NULL, 10);
        if ((e == 0 && D >= ((uint64_t)1 << 53)) || (e == 1 && D > ((uint64_t)1 << 52) / 5) ||
            (e == 2 && D > ((uint64_t)1 << 51) / 25))
            fixed = false;
    }
    if (!fixed) {
        buf_addc(out, dig[0]);
        buf_addc(out, '.');
        buf_adds(out, n > 1 ? dig + 1 : "0");
        buf_printf(out, "e%d", sci);
    } else if (e >= 0) {
        buf_adds(out, dig);
        for (int i = 0; i < e; i++) buf_addc(out, '0');
        buf_adds(out, ".0");
    } else if (-e < n) {
        buf_add(out, dig, (size_t)(n + e));
        buf_addc(out, '.');
        buf_adds(out, dig + n + e);
    } else {
        buf_adds(out, "0.");
        for (int i = 0; i < -e - n; i++) buf_addc(out, '0');
        buf_adds(out, dig);
    }
}

/* ---- float_to_list/1,2 ---- */

void flt_to_list_default(double d, Buf *out) { buf_printf(out, "%.20e", d); }

/* OTP's limit on float_to_list/2 output: a 256-byte buffer with its NUL */
#define FLT_MAX_TEXT 255

/* [compact]: drop trailing zeros, keeping one digit after a point (and,
 * as OTP, also eating the zeros of an integral "%.0f" text) */
static size_t compact_len(const char *s, size_t len) {
    while (len > 0 && s[len - 1] == '0') len--;
    if (len > 0 && s[len - 1] == '.') len++;
    return len;
}

bool flt_decimals(double d, int decimals, bool compact, Buf *out) {
    static const double pow10v[] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    };
    if (decimals < 0) return false;
    bool neg = signbit(d);
    double a = fabs(d);
    char tmp[400];
    size_t len;
    if (a > 9007199254740992.0 || decimals > 18) {
        /* large values or many decimals: the C library's exact %f */
        int n = snprintf(NULL, 0, "%.*f", decimals, d);
        if (n < 0 || n > FLT_MAX_TEXT) return false;
        snprintf(tmp, sizeof tmp, "%.*f", decimals, d);
        len = (size_t)n;
        if (compact) len = compact_len(tmp, len);
        buf_add(out, tmp, len);
        return true;
    }
    /* OTP's fast path: integer part, then the fraction scaled by 10^N and
     * rounded half away from zero in double arithmetic */
    uint64_t ip, fp = 0;
    if (decimals) {
        double fi = floor(a);
        double ff = round((a - fi) * pow10v[decimals]);
        ip = (uint64_t)fi;
        fp = (uint64_t)ff;
        if (ff >= pow10v[decimals]) {
            ip++;
            fp = 0;
        }
    } else {
        ip = (uint64_t)llround(a);
    }
    len = (size_t)snprintf(tmp, sizeof tmp, "%s%llu", neg ? "-" : "", (unsigned long long)ip);
    if (decimals) {
        len += (size_t)snprintf(tmp + len, sizeof tmp - len, ".%0*llu", decimals, (unsigned long long)fp);
        if (compact) len = compact_len(tmp, len);
    }
    buf_add(out, tmp, len);
    return true;
}

bool flt_scientific(double d, int digits, Buf *out) {
    if (digits < 0) return false;
    int n = snprintf(NULL, 0, "%.*e", digits, d);
    if (n < 0 || n > FLT_MAX_TEXT) return false;
    buf_printf(out, "%.*e", digits, d);
    return true;
}

/* ---- io_lib ~f ~e ~g ---- */

/* The 21 significant digits of "%.20e" of a >= 0, and the exponent of the
 * first one.  Digits are rounded half up from there on. */
static int digits21(double a, char *dig) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%.20e", a);
    int k = 0;
    char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') dig[k++] = *p;
    dig[k] = 0;
    return atoi(p + 1);
}

/* Round the digit string d (length n) to keep the first k digits (k may be
 * beyond n: zeros are implied).  Returns 1 if a carry added a leading
 * digit (d then holds "1" followed by zeros), else 0.  d has room for
 * max(n, k) + 2 characters; the result has exactly k digits (k >= 0). */
static int round_half_up(char *d, int n, int k) {
    if (k >= n) {
        for (int i = n; i < k; i++) d[i] = '0';
        d[k] = 0;
        return 0;
    }
    bool up = d[k] >= '5';
    d[k] = 0;
    if (!up) return 0;
    int i = k - 1;
    while (i >= 0 && d[i] == '9') d[i--] = '0';
    if (i >= 0) {
        d[i]++;
        return 0;
    }
    memmove(d + 1, d, (size_t)k + 1);
    d[0] = '1';
    d[k + 1] = 0;
    return 1;
}

void flt_fixed(double d, int prec, Buf *out) {
    if (prec < 1) prec = 1;
    if (signbit(d)) buf_addc(out, '-');
    char dig[32];
    int e = digits21(fabs(d), dig) + 1;     /* value = 0.DIGITS * 10^e */
    /* make room for the integer part: at least one digit before the point */
    size_t lead = e <= 0 ? (size_t)(1 - e) : 0;
    int ipart = e <= 0 ? 1 : e;
    int total = ipart + prec;
    char *buf = (char *)malloc((size_t)total + 64 + lead);
    if (!buf) { fputs("beamlet: out of memory\n", stderr); abort(); }
    memset(buf, '0', lead);
    strcpy(buf + lead, dig);
    int n = (int)(lead + 21);
    ipart += round_half_up(buf, n, total);
    buf_add(out, buf, (size_t)ipart);
    buf_addc(out, '.');
    buf_add(out, buf + ipart, (size_t)prec);
    free(buf);
}

void flt_exp(double d, int prec, Buf *out) {
    if (prec < 2) prec = 2;
    if (signbit(d)) buf_addc(out, '-');
    char *buf = (char *)malloc((size_t)prec + 64);
    if (!buf) { fputs("beamlet: out of memory\n", stderr); abort(); }
    int e = digits21(fabs(d), buf);
    if (round_half_up(buf, 21, prec)) {
        e++;
        buf[prec] = 0;
    }
    buf_addc(out, buf[0]);
    buf_addc(out, '.');
    buf_add(out, buf + 1, (size_t)prec - 1);
    buf_printf(out, "e%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    free(buf);
}

void flt_g(double d, int prec, Buf *out) {
    if (prec < 1) prec = 1;
    double a = fabs(d);
    int e = a < 1.0e-1 ? -2 : a < 1.0e0 ? -1 : a < 1.0e1 ? 0 : a < 1.0e2 ? 1
          : a < 1.0e3 ? 2 : a < 1.0e4 ? 3 : 4;
    bool in_range = e <= 3;
    if (in_range && ((prec <= 1 && e == -1) || (prec - 1 > e && e >= -1)))
        flt_fixed(d, prec - 1 - e, out);
    else if (prec <= 1)
        flt_exp(d, 2, out);
    else
        flt_exp(d, prec, out);
}

/* ---- list_to_float ---- */

bool flt_parse(const char *s, size_t len, double *out) {
    size_t i = 0;
    if (i < len && (s[i] == '+' || s[i] == '-')) i++;
    size_t start = i;
    while (i < len && s[i] >= '0' && s[i] <= '9') i++;
    if (i == start || i >= len || s[i] != '.') return false;
    i++;
    start = i;
    while (i < len && s[i] >= '0' && s[i] <= '9') i++;
    if (i == start) return false;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-')) i++;
        start = i;
        while (i < len && s[i] >= '0' && s[i] <= '9') i++;
        if (i == start) return false;
    }
    if (i != len) return false;
    char stackbuf[128];
    char *tmp = len < sizeof stackbuf ? stackbuf : (char *)malloc(len + 1);
    if (!tmp) { fputs("beamlet: out of memory\n", stderr); abort(); }
    memcpy(tmp, s, len);
    tmp[len] = 0;
    double v = strtod(tmp, NULL);
    if (tmp != stackbuf) free(tmp);
    if (!isfinite(v)) return false;
    *out = v;
    return true;
}
