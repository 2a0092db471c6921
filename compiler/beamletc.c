/* beamletc.c — the erlc-like driver:
 *   beamletc [-o DIR] [-I DIR] [-S] FILE.erl...
 * writes DIR/Mod.bem for each file (or, with -S, prints its listing),
 * diagnostics on stderr; exit status 1 if any file had an error. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "disasm.h"

static void usage(void) {
    fputs("usage: beamletc [-o DIR] [-I DIR] [-S] FILE.erl...\n", stderr);
    exit(2);
}

static char *read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    Buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) buf_add(&b, chunk, n);
    int err = ferror(fp);
    fclose(fp);
    if (err) { buf_free(&b); return NULL; }
    if (!b.data) buf_add(&b, "", 0);
    *len = b.len;
    return b.data;
}

static int write_file(const char *path, const void *data, size_t len) {
    FILE *fp = fopen(path, "wb");
    if (!fp) return -1;
    size_t w = fwrite(data, 1, len, fp);
    int rc = fclose(fp);
    return w == len && rc == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
    const char *outdir = ".";
    int listing = 0, status = 0;
    const char **incs = calloc((size_t)argc + 1, sizeof *incs);
    size_t ninc = 0;
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    size_t nfiles = 0;
    if (!incs || !files) return 70;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-o") == 0) {
            if (++i >= argc) usage();
            outdir = argv[i];
        } else if (strcmp(a, "-I") == 0) {
            if (++i >= argc) usage();
            incs[ninc++] = argv[i];
        } else if (strncmp(a, "-I", 2) == 0 && a[2]) {
            incs[ninc++] = a + 2;
        } else if (strncmp(a, "-o", 2) == 0 && a[2]) {
            outdir = a + 2;
        } else if (strcmp(a, "-S") == 0) {
            listing = 1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "beamletc: unknown option %s\n", a);
            usage();
        } else {
            files[nfiles++] = a;
        }
    }
    if (nfiles == 0) usage();
    for (size_t i = 0; i < nfiles; i++) {
        size_t len = 0;
        char *src = read_file(files[i], &len);
        if (!src) {
            fprintf(stderr, "%s: %s\n", files[i], strerror(errno));
            status = 1;
            continue;
        }
        CompileOptions opt;
        memset(&opt, 0, sizeof opt);
        opt.include_path = incs;
        opt.ninclude = ninc;
        opt.report_warnings = 1;
        CompileResult res;
        Buf diag = {0};
        int rc = compile_source(files[i], src, len, &opt, &res, &diag);
        if (diag.len) fwrite(diag.data, 1, diag.len, stderr);
        buf_free(&diag);
        if (rc != 0) {
            status = 1;
        } else if (listing) {
            Buf out = {0}, err = {0};
            if (dis_module(res.bem, res.bem_len, &out, &err) != 0) {
                fprintf(stderr, "%s: internal error: bad bytecode: %s\n", files[i], err.data ? err.data : "");
                status = 1;
            }
            if (out.len) fwrite(out.data, 1, out.len, stdout);
            buf_free(&out);
            buf_free(&err);
        } else {
            size_t n = strlen(outdir) + strlen(res.module) + 8;
            char *path = malloc(n);
            if (!path) return 70;
            snprintf(path, n, "%s/%s.bem", outdir, res.module);
            if (write_file(path, res.bem, res.bem_len) != 0) {
                fprintf(stderr, "%s: cannot write %s: %s\n", files[i], path, strerror(errno));
                status = 1;
            }
            free(path);
        }
        compile_result_free(&res);
        free(src);
    }
    free(incs);
    free(files);
    return status;
}
