/* fedrv.c — test driver for the front end: runs fe_module on each file and
 * prints the diagnostics as erlc does, then (with -d) the AST dump. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

int main(int argc, char **argv) {
    int dumpit = 0, rc = 0;
    const char *inc[16];
    size_t ninc = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-d")) { dumpit = 1; continue; }
        if (!strncmp(argv[i], "-I", 2) && ninc < 16) { inc[ninc++] = argv[i] + 2; continue; }
        FILE *f = fopen(argv[i], "rb");
        if (!f) { fprintf(stderr, "%s: no such file or directory\n", argv[i]); rc = 1; continue; }
        Buf src = {0};
        char tmp[65536];
        size_t k;
        while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) buf_add(&src, tmp, k);
        fclose(f);
        Diags d;
        diag_init(&d);
        FeOptions opt = {inc, ninc, NULL, 0, NULL, 0};
        AstModule *m = fe_module(argv[i], src.data ? src.data : "", src.len, &opt, &d);
        Buf out = {0};
        diag_render(&d, &out);
        if (out.len) fwrite(out.data, 1, out.len, stdout);
        buf_free(&out);
        if (m && dumpit) {
            ast_dump(m, &out);
            fwrite(out.data, 1, out.len, stdout);
            buf_free(&out);
        }
        if (!m) rc = 1;
        fe_free(m);
        diag_free(&d);
        buf_free(&src);
    }
    return rc;
}
