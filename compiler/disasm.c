/* disasm.c — the .bem listing.  Reads the file section by section with
 * bounds checks everywhere (a malformed file gives an error, never a
 * crash) and decodes each instruction by its operand signature from
 * vm/opcodes.def, so it never needs updating when opcodes are added. */
#include "disasm.h"


#include <inttypes.h>
#include <setjmp.h>
#include <string.h>

#include "bcformat.h"
#include "crc32.h"

static const char *const op_names[] = {
#define OP(name, str, sig, doc) str,
#include "opcodes.def"
#undef OP
};
static const char *const op_sigs[] = {
#define OP(name, str, sig, doc) sig,
#include "opcodes.def"
#undef OP
};

typedef struct Rd {
    const uint8_t *p, *end;
    jmp_buf fail;
    Buf *err;
    /* tables needed to print operands */
    const uint8_t **atom_s; size_t *atom_len; size_t natoms;
    const uint8_t **lit_pos; size_t nlits;
    size_t nimports; uint64_t *imports;   /* 3 per import */
    int depth;
    uint64_t *funcs, nfuncs, *lines, nlines;   /* 4 and 2 per entry */
} Rd;

static _Noreturn void bad(Rd *r, const char *what) {
    if (r->err->len == 0) buf_printf(r->err, "%s", what);
    longjmp(r->fail, 1);
}

static uint8_t rd_u8(Rd *r) {
    if (r->p >= r->end) bad(r, "unexpected end of data");
    return *r->p++;
}

static uint64_t rd_uv(Rd *r) {
    uint64_t v = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        uint8_t b = rd_u8(r);
        if (shift == 63 && (b & 0x7e)) bad(r, "varint overflows 64 bits");
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
    }
    bad(r, "varint longer than 10 bytes");
}

static int64_t rd_sv(Rd *r) {
    uint64_t u = rd_uv(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

static const uint8_t *rd_bytes(Rd *r, uint64_t n) {
    if ((uint64_t)(r->end - r->p) < n) bad(r, "length runs past the end");
    const uint8_t *s = r->p;
    r->p += n;
    return s;
}

static uint32_t rd_u32(Rd *r) {
    const uint8_t *b = rd_bytes(r, 4);
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

/* A count that must fit in the remaining bytes (each item >= 1 byte). */
static uint64_t rd_count(Rd *r) {
    uint64_t n = rd_uv(r);
    if (n > (uint64_t)(r->end - r->p)) bad(r, "count larger than the data");
    return n;
}

static void print_atom_text(Buf *o, const uint8_t *s, size_t len) {
    int plain = len > 0 && s[0] >= 'a' && s[0] <= 'z';
    for (size_t i = 0; plain && i < len; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
              (s[i] >= '0' && s[i] <= '9') || s[i] == '_' || s[i] == '@'))
            plain = 0;
    if (plain) { buf_add(o, s, len); return; }
    buf_addc(o, '\'');
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\'' || s[i] == '\\') buf_addc(o, '\\');
        buf_addc(o, (char)s[i]);
    }
    buf_addc(o, '\'');
}

static void print_atom(Rd *r, Buf *o, uint64_t idx) {
    if (!r->atom_s) { buf_printf(o, "atom%" PRIu64, idx); return; }   /* table not read yet */
    if (idx >= r->natoms) bad(r, "atom index out of range");
    print_atom_text(o, r->atom_s[idx], r->atom_len[idx]);
}

static void print_term(Rd *r, Buf *o) {
    if (++r->depth > 10000) bad(r, "literal nested too deeply");
    uint8_t tag = rd_u8(r);
    switch (tag) {
    case LIT_SMALL: buf_printf(o, "%" PRId64, rd_sv(r)); break;
    case LIT_BIG: {
        uint8_t sign = rd_u8(r);
        uint64_t n = rd_count(r);
        const uint8_t *m = rd_bytes(r, n);
        buf_printf(o, "%s16#", sign ? "-" : "");
        if (n == 0) buf_addc(o, '0');
        for (uint64_t i = n; i-- > 0;) buf_printf(o, "%02X", m[i]);
        break;
    }
    case LIT_FLOAT: {
        const uint8_t *b = rd_bytes(r, 8);
        uint64_t u = 0;
        for (int i = 7; i >= 0; i--) u = u << 8 | b[i];
        double d;
        memcpy(&d, &u, sizeof d);
        buf_printf(o, "%.17g", d);
        break;
    }
    case LIT_ATOM: print_atom(r, o, rd_uv(r)); break;
    case LIT_NIL: buf_adds(o, "[]"); break;
    case LIT_LIST: {
        uint64_t n = rd_count(r);
        if (n == 0) bad(r, "empty list literal");
        buf_addc(o, '[');
        for (uint64_t i = 0; i < n; i++) {
            if (i) buf_addc(o, ',');
            print_term(r, o);
        }
        buf_addc(o, '|');
        print_term(r, o);
        buf_addc(o, ']');
        break;
    }
    case LIT_TUPLE: {
        uint64_t n = rd_count(r);
        buf_addc(o, '{');
        for (uint64_t i = 0; i < n; i++) {
            if (i) buf_addc(o, ',');
            print_term(r, o);
        }
        buf_addc(o, '}');
        break;
    }
    case LIT_STRING: {
        uint64_t n = rd_count(r);
        if (n == 0) bad(r, "empty string literal");
        const uint8_t *s = rd_bytes(r, n);
        buf_addc(o, '"');
        for (uint64_t i = 0; i < n; i++) {
            if (s[i] == '"' || s[i] == '\\') buf_printf(o, "\\%c", s[i]);
            else if (s[i] >= 32 && s[i] < 127) buf_addc(o, (char)s[i]);
            else buf_printf(o, "\\x{%X}", s[i]);
        }
        buf_addc(o, '"');
        break;
    }
    case LIT_BINARY: {
        uint64_t bits = rd_uv(r);
        if (bits > (uint64_t)(r->end - r->p) * 8) bad(r, "binary runs past the end");
        const uint8_t *s = rd_bytes(r, (bits + 7) / 8);
        buf_adds(o, "<<");
        for (uint64_t i = 0; i < (bits + 7) / 8; i++) {
            if (i) buf_addc(o, ',');
            buf_printf(o, "%u", s[i]);
            if (i == bits / 8 && bits % 8) buf_printf(o, ":%u", (unsigned)(bits % 8));
        }
        buf_adds(o, ">>");
        break;
    }
    case LIT_MAP: {
        uint64_t n = rd_count(r);
        /* keys first, then values: print as #{keys} => #{values} pairs */
        Buf keys = {0}, vals = {0};
        buf_adds(o, "#{");
        for (uint64_t i = 0; i < n; i++) {
            if (i) buf_addc(&keys, '\x01');
            print_term(r, &keys);
        }
        for (uint64_t i = 0; i < n; i++) {
            if (i) buf_addc(&vals, '\x01');
            print_term(r, &vals);
        }
        char *kp = keys.data, *vp = vals.data;
        for (uint64_t i = 0; i < n; i++) {
            char *ke = strchr(kp, '\x01'), *ve = strchr(vp, '\x01');
            size_t kl = ke ? (size_t)(ke - kp) : strlen(kp), vl = ve ? (size_t)(ve - vp) : strlen(vp);
            if (i) buf_addc(o, ',');
            buf_add(o, kp, kl);
            buf_adds(o, " => ");
            buf_add(o, vp, vl);
            kp += kl + (ke != NULL);
            vp += vl + (ve != NULL);
        }
        buf_free(&keys);
        buf_free(&vals);
        buf_addc(o, '}');
        break;
    }
    case LIT_EXPORT: {
        buf_adds(o, "fun ");
        print_atom(r, o, rd_uv(r));
        buf_addc(o, ':');
        print_atom(r, o, rd_uv(r));
        buf_printf(o, "/%" PRIu64, rd_uv(r));
        break;
    }
    default: bad(r, "unknown literal tag");
    }
    r->depth--;
}

static void print_src(Rd *r, Buf *o) {
    uint64_t v = rd_uv(r);
    uint64_t pay = v >> 3;
    switch (v & 7) {
    case SRC_SLOT: buf_printf(o, "%" PRIu64, pay); break;
    case SRC_SMALL: buf_printf(o, "#%" PRId64, (int64_t)(pay >> 1) ^ -(int64_t)(pay & 1)); break;
    case SRC_ATOM: print_atom(r, o, pay); break;
    case SRC_LITERAL: {
        if (pay >= r->nlits) bad(r, "literal index out of range");
        Rd sub = *r;
        sub.p = r->lit_pos[pay];
        print_term(&sub, o);
        break;
    }
    case SRC_NIL: buf_adds(o, "[]"); break;
    default: bad(r, "bad source operand kind");
    }
}

static void print_import(Rd *r, Buf *o, uint64_t x) {
    if (x >= r->nimports) bad(r, "import index out of range");
    print_atom(r, o, r->imports[3 * x]);
    buf_addc(o, ':');
    print_atom(r, o, r->imports[3 * x + 1]);
    buf_printf(o, "/%" PRIu64, r->imports[3 * x + 2]);
}

static void print_operand(Rd *r, Buf *o, char kind) {
    switch (kind) {
    case 'd': buf_printf(o, "%" PRIu64, rd_uv(r)); break;
    case 's': print_src(r, o); break;
    case 'u': buf_printf(o, "%" PRIu64, rd_uv(r)); break;
    case 'a': print_atom(r, o, rd_uv(r)); break;
    case 'c': {
        uint64_t c = rd_uv(r);
        if (c >= r->nlits) bad(r, "literal index out of range");
        Rd sub = *r;
        sub.p = r->lit_pos[c];
        print_term(&sub, o);
        break;
    }
    case 'l': buf_printf(o, "L%" PRIu64, rd_uv(r)); break;
    case 'f': {
        uint64_t f = rd_uv(r);
        if (f == 0) buf_adds(o, "none");
        else buf_printf(o, "L%" PRIu64, f - 1);
        break;
    }
    case 'x': print_import(r, o, rd_uv(r)); break;
    case 'L': buf_printf(o, "lambda%" PRIu64, rd_uv(r)); break;
    case 'v': {
        uint64_t n = rd_count(r);
        buf_addc(o, '[');
        for (uint64_t i = 0; i < n; i++) {
            if (i) buf_addc(o, ',');
            print_src(r, o);
        }
        buf_addc(o, ']');
        break;
    }
    case 'j': case 'k': {
        uint64_t n = rd_count(r);
        buf_addc(o, '[');
        for (uint64_t i = 0; i < n; i++) {
            if (i) buf_addc(o, ',');
            print_src(r, o);
            buf_printf(o, kind == 'j' ? "->L%" PRIu64 : "->%" PRIu64, rd_uv(r));
        }
        buf_addc(o, ']');
        break;
    }
    case 'B': {
        static const char *types[] = {"integer", "float", "binary", "utf8", "utf16", "utf32"};
        uint64_t n = rd_count(r);
        buf_addc(o, '[');
        for (uint64_t i = 0; i < n; i++) {
            uint64_t type = rd_uv(r), flags = rd_uv(r), unit = rd_uv(r);
            if (type >= 6) bad(r, "bad segment type");
            if (i) buf_addc(o, ',');
            buf_printf(o, "{%s,%" PRIu64 ",%" PRIu64 ",", types[type], flags, unit);
            print_src(r, o);
            buf_addc(o, ',');
            print_src(r, o);
            buf_addc(o, '}');
        }
        buf_addc(o, ']');
        break;
    }
    default: bad(r, "bad operand kind in opcodes.def");
    }
}

typedef struct Sec { const uint8_t *p; size_t len; } Sec;

int dis_module(const uint8_t *bem, size_t len, Buf *out, Buf *err) {
    static const char *ids[10] = {"Atom", "Litr", "Impt", "Expt", "Func", "Lamb", "Code", "Line", "Attr", "CInf"};
    Rd *r = calloc(1, sizeof *r);
    if (!r) { buf_adds(err, "out of memory"); return -1; }
    r->p = bem;
    r->end = bem + (len >= 4 ? len - 4 : 0);     /* the CRC-32 trailer is not a section */
    r->err = err;
    Sec sec[10];
        if (setjmp(r->fail)) {
        free(r->atom_s); free(r->atom_len); free(r->lit_pos); free(r->imports);
        free(r->funcs); free(r->lines); free(r);
        return -1;
    }
    if (memcmp(rd_bytes(r, 4), BEM_MAGIC, 4) != 0) bad(r, "not a .bem file (bad magic)");
    {
        const uint8_t *t = bem + len - 4;
        uint32_t crc = (uint32_t)t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
        if (crc32_ieee(bem, len - 4) != crc) bad(r, "checksum mismatch");
    }
    const uint8_t *v = rd_bytes(r, 4);
    unsigned ver = v[0] | v[1] << 8;
    if (ver != BEM_FORMAT_VERSION) bad(r, "unknown format version");
    uint64_t nlen = rd_count(r);
    const uint8_t *name = rd_bytes(r, nlen);
    buf_adds(out, "module ");
    print_atom_text(out, name, nlen);
    buf_printf(out, "  (format %u)\nvsn ", ver);
    /* vsn may use atoms: print it after the atom table is known. */
    const uint8_t *vsn_pos = r->p;
    {   /* skip the term structurally: print it into a scratch buffer with no atoms */
        Buf scratch = {0};
        Rd sub = *r;
        sub.natoms = 0;
        if (!setjmp(sub.fail)) { print_term(&sub, &scratch); r->p = sub.p; }
        else { buf_free(&scratch); bad(r, "bad vsn term"); }
        buf_free(&scratch);
    }
    const uint8_t *md5 = rd_bytes(r, 16);
    uint32_t nsec = rd_u32(r);
    if (nsec != 10) bad(r, "wrong number of sections");
    for (int i = 0; i < 10; i++) {
        const uint8_t *id = rd_bytes(r, 4);
        if (memcmp(id, ids[i], 4) != 0) bad(r, "sections out of order");
        uint32_t l = rd_u32(r);
        sec[i].p = rd_bytes(r, l);
        sec[i].len = l;
    }
    if (r->p != r->end) bad(r, "trailing bytes after the last section");

    /* Atom */
    r->p = sec[0].p; r->end = sec[0].p + sec[0].len;
    r->natoms = rd_count(r);
    r->atom_s = calloc(r->natoms + 1, sizeof *r->atom_s);
    r->atom_len = calloc(r->natoms + 1, sizeof *r->atom_len);
    for (size_t i = 0; i < r->natoms; i++) {
        r->atom_len[i] = rd_count(r);
        r->atom_s[i] = rd_bytes(r, r->atom_len[i]);
    }
    if (r->p != r->end) bad(r, "Atom section not consumed exactly");
    if (r->natoms == 0 || r->atom_len[0] != nlen || memcmp(r->atom_s[0], name, nlen)) bad(r, "atom 0 is not the module name");
    buf_adds(out, "");
    { Rd sub = *r; sub.p = vsn_pos; sub.end = bem + len; print_term(&sub, out); }
    buf_adds(out, "\nmd5 ");
    for (int i = 0; i < 16; i++) buf_printf(out, "%02x", md5[i]);
    buf_printf(out, "\natoms %zu\n", r->natoms);

    /* Litr */
    r->p = sec[1].p; r->end = sec[1].p + sec[1].len;
    r->nlits = rd_count(r);
    r->lit_pos = calloc(r->nlits + 1, sizeof *r->lit_pos);
    buf_printf(out, "literals %zu\n", r->nlits);
    for (size_t i = 0; i < r->nlits; i++) {
        r->lit_pos[i] = r->p;
        buf_printf(out, "  lit%zu = ", i);
        print_term(r, out);
        buf_addc(out, '\n');
    }
    if (r->p != r->end) bad(r, "Litr section not consumed exactly");

    /* Impt */
    r->p = sec[2].p; r->end = sec[2].p + sec[2].len;
    r->nimports = rd_count(r);
    r->imports = calloc(3 * r->nimports + 1, sizeof *r->imports);
    for (size_t i = 0; i < 3 * r->nimports; i++) r->imports[i] = rd_uv(r);
    buf_printf(out, "imports %zu\n", r->nimports);
    for (size_t i = 0; i < r->nimports; i++) {
        buf_printf(out, "  x%zu = ", i);
        print_import(r, out, i);
        buf_addc(out, '\n');
    }
    if (r->p != r->end) bad(r, "Impt section not consumed exactly");

    /* Func (read before Expt so exports can be checked) */
    r->p = sec[4].p; r->end = sec[4].p + sec[4].len;
    r->nfuncs = rd_count(r);
    r->funcs = calloc(4 * r->nfuncs + 1, sizeof *r->funcs);
    for (size_t i = 0; i < 4 * r->nfuncs; i++) r->funcs[i] = rd_uv(r);
    if (r->p != r->end) bad(r, "Func section not consumed exactly");

    r->p = sec[3].p; r->end = sec[3].p + sec[3].len;
    uint64_t nexp = rd_count(r);
    buf_printf(out, "exports %" PRIu64 "\n", nexp);
    for (uint64_t i = 0; i < nexp; i++) {
        uint64_t a = rd_uv(r), ar = rd_uv(r), fi = rd_uv(r);
        if (fi >= r->nfuncs || r->funcs[4 * fi] != a || r->funcs[4 * fi + 1] != ar) bad(r, "export does not match its function");
        buf_adds(out, "  ");
        print_atom(r, out, a);
        buf_printf(out, "/%" PRIu64 " -> f%" PRIu64 "\n", ar, fi);
    }
    if (r->p != r->end) bad(r, "Expt section not consumed exactly");

    r->p = sec[5].p; r->end = sec[5].p + sec[5].len;
    uint64_t nlam = rd_count(r);
    buf_printf(out, "lambdas %" PRIu64 "\n", nlam);
    for (uint64_t i = 0; i < nlam; i++) {
        uint64_t fi = rd_uv(r), ar = rd_uv(r), nf = rd_uv(r);
        if (fi >= r->nfuncs || r->funcs[4 * fi + 1] != ar + nf) bad(r, "lambda does not match its function");
        buf_printf(out, "  lambda%" PRIu64 " = f%" PRIu64 " arity %" PRIu64 " free %" PRIu64 "\n", i, fi, ar, nf);
    }
    if (r->p != r->end) bad(r, "Lamb section not consumed exactly");

    /* Line, read before Code so r->lines can be shown inline */
    r->p = sec[7].p; r->end = sec[7].p + sec[7].len;
    uint64_t fl = rd_count(r);
    const uint8_t *fname = rd_bytes(r, fl);
    r->nlines = rd_count(r);
    r->lines = calloc(2 * r->nlines + 1, sizeof *r->lines);
    for (size_t i = 0; i < 2 * r->nlines; i++) r->lines[i] = rd_uv(r);
    for (size_t i = 1; i < r->nlines; i++)
        if (r->lines[2 * i] <= r->lines[2 * i - 2]) bad(r, "line entries not increasing");
    if (r->p != r->end) bad(r, "Line section not consumed exactly");
    buf_adds(out, "file \"");
    buf_add(out, fname, fl);
    buf_adds(out, "\"\n");

    /* Code */
    r->p = sec[6].p; r->end = sec[6].p + sec[6].len;
    uint64_t ninstr = rd_count(r);
    uint64_t fidx = 0, next_line = 0;
    uint64_t expect_first = 0;
    for (uint64_t pc = 0; pc < ninstr; pc++) {
        while (fidx < r->nfuncs && r->funcs[4 * fidx + 2] == pc && r->funcs[4 * fidx + 3] == 0) fidx++;
        if (fidx < r->nfuncs && r->funcs[4 * fidx + 2] == pc) {
            if (pc != expect_first) bad(r, "functions leave a gap");
            buf_printf(out, "\nfunction f%" PRIu64 " ", fidx);
            print_atom(r, out, r->funcs[4 * fidx]);
            buf_printf(out, "/%" PRIu64 "\n", r->funcs[4 * fidx + 1]);
            expect_first = pc + r->funcs[4 * fidx + 3];
            fidx++;
        }
        uint64_t op = rd_uv(r);
        if (op >= OPC_HALT) bad(r, "unknown opcode");   /* HALT and later rows are internal */
        buf_printf(out, "  %5" PRIu64 "  ", pc);
        if (next_line < r->nlines && r->lines[2 * next_line] == pc) {
            buf_printf(out, "%4" PRIu64 "  ", r->lines[2 * next_line + 1]);
            next_line++;
        } else {
            buf_adds(out, "      ");
        }
        buf_adds(out, op_names[op]);
        for (const char *k = op_sigs[op]; *k; k++) {
            buf_adds(out, k == op_sigs[op] ? " " : ", ");
            print_operand(r, out, *k);
        }
        buf_addc(out, '\n');
    }
    if (r->p != r->end) bad(r, "Code section not consumed exactly");
    if (expect_first != ninstr || fidx != r->nfuncs) bad(r, "functions do not cover the code");

    for (int i = 8; i < 10; i++) {
        r->p = sec[i].p; r->end = sec[i].p + sec[i].len;
        buf_adds(out, i == 8 ? "\nattributes " : "compile ");
        print_term(r, out);
        buf_addc(out, '\n');
        if (r->p != r->end) bad(r, "Attr/CInf section not consumed exactly");
    }
    free(r->atom_s); free(r->atom_len); free(r->lit_pos); free(r->imports);
    free(r->funcs); free(r->lines); free(r);
    return 0;
}
