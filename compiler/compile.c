/* compile.c — compile_source: the front end (fe_module), then the code
 * generator; diagnostics rendered in OTP's format.  The one way into the
 * compiler for the VM (c/1, scripts) and for beamletc. */
#include "compile.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "codegen.h"
#include "frontend.h"

/* The absolute path of file, as module_info(compile) shows it. */
static char *absolute(const char *file) {
    char *r = realpath(file, NULL);
    if (r) return r;
    if (file[0] == '/') return strdup(file);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return strdup(file);
    size_t n = strlen(cwd) + strlen(file) + 2;
    char *p = malloc(n);
    if (!p) return NULL;
    snprintf(p, n, "%s/%s", cwd, file);
    return p;
}

/* Render errors only, or errors and warnings. */
static void render(const Diags *d, int warnings, Buf *out) {
    if (!out) return;
    if (warnings) { diag_render(d, out); return; }
    Diags only = *d;
    only.items = malloc((d->n + 1) * sizeof *d->items);
    if (!only.items) return;
    only.n = 0;
    for (size_t i = 0; i < d->n; i++)
        if (!d->items[i].is_warning) only.items[only.n++] = d->items[i];
    only.cap = only.n;
    only.nwarnings = 0;
    diag_render(&only, out);
    free(only.items);
}

int compile_source(const char *file, const char *src, size_t len,
                   const CompileOptions *opt, CompileResult *res, Buf *diag_out) {
    memset(res, 0, sizeof *res);
    CompileOptions none;
    memset(&none, 0, sizeof none);
    if (!opt) opt = &none;
    if (!file) file = "nofile";
    Diags d;
    diag_init(&d);
    FeOptions fo;
    memset(&fo, 0, sizeof fo);
    fo.include_path = opt->include_path;
    fo.ninclude = opt->ninclude;
    fo.flags = opt->flags;
    fo.nflags = opt->nflags;
    AstModule *m = fe_module(file, src ? src : "", src ? len : 0, &fo, &d);
    int rc = -1;
    if (m && d.nerrors == 0 && m->name) {
        char *abs = opt->source_path ? NULL : absolute(file);
        CgOptions co = {file, opt->source_path ? opt->source_path : abs, opt->flags, opt->nflags};
        Buf out = {0};
        if (cg_module(m, &co, &d, &out) == 0 && d.nerrors == 0) {
            res->bem = (uint8_t *)out.data;
            res->bem_len = out.len;
            res->module = strdup(m->name);
            rc = 0;
        } else {
            buf_free(&out);
        }
        free(abs);
    }
    if (m) fe_free(m);
    res->nerrors = (int)d.nerrors;
    res->nwarnings = (int)d.nwarnings;
    if (rc != 0 && res->nerrors == 0) res->nerrors = 1;
    render(&d, opt->report_warnings, diag_out);
    diag_free(&d);
    return rc;
}

void compile_result_free(CompileResult *res) {
    free(res->bem);
    free(res->module);
    memset(res, 0, sizeof *res);
}
