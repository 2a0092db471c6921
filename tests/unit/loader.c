/* loader.c — the loader refuses corrupt bytecode with a reason and never
 * crashes: a real module, compiled here, is truncated at every length and
 * has every bit flipped in turn.  Run under `make asan` too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "crc32.h"
#include "compile.h"
#include "loader.h"
#include "vm.h"

static const char src[] =
    "-module(lt).\n"
    "-export([main/1, f/2]).\n"
    "-vsn(\"1.0\").\n"
    "main(Args) -> [f(X, Y) || X <- Args, Y <- [1, 2.5, big]], {ok, #{a => <<1,2>>}, \"str\"}.\n"
    "f(X, Y) when is_integer(Y) -> try X + Y catch error:R -> R end;\n"
    "f(X, Y) -> fun(Z) -> {X, Y, Z, 123456789012345678901234567890} end.\n";

static int failures;

static void check(int ok, const char *what) {
    if (!ok) {
        failures++;
        fprintf(stderr, "FAIL: %s\n", what);
    }
}

int main(void) {
    Buf diag = {0};
    CompileOptions opt = {NULL, 0, NULL, 0, NULL, 0};
    CompileResult res = {0};
    if (compile_source("lt.erl", src, strlen(src), &opt, &res, &diag) != 0 || !res.bem) {
        fprintf(stderr, "FAIL: compile: %s\n", diag.data ? diag.data : "");
        return 1;
    }
    Vm *vm = vm_new();
    char err[512];

    CodeVersion *v = load_bem(vm, res.bem, res.bem_len, err, sizeof err);
    check(v != NULL, "the intact file loads");
    if (v) check(code_install(vm, v) == ATOM_OK, "and installs");

    /* every truncation is refused, with a reason */
    for (size_t n = 0; n < res.bem_len; n++) {
        err[0] = 0;
        CodeVersion *t = load_bem(vm, res.bem, n, err, sizeof err);
        if (t) {
            failures++;
            fprintf(stderr, "FAIL: truncated to %zu bytes was accepted\n", n);
            break;
        }
        if (!err[0]) { check(0, "a refusal names its reason"); break; }
    }

    /* every single-bit flip: refused or (in unchecked metadata) loaded, never a crash */
    uint8_t *copy = malloc(res.bem_len);
    size_t refused = 0, accepted = 0;
    for (size_t i = 0; i < res.bem_len * 8; i++) {
        memcpy(copy, res.bem, res.bem_len);
        copy[i / 8] ^= (uint8_t)(1u << (i % 8));
        CodeVersion *t = load_bem(vm, copy, res.bem_len, err, sizeof err);
        if (t) {
            accepted++;
            code_version_destroy(t);       /* never installed */
        } else {
            refused++;
        }
    }
    check(accepted == 0, "every bit flip is refused (the CRC)");

    /* the same flips with the CRC made right again, so the structural
     * checks behind it see the damage: refused or loaded, never a crash */
    size_t deep_refused = 0;
    for (size_t i = 0; i < (res.bem_len - 4) * 8; i++) {
        memcpy(copy, res.bem, res.bem_len);
        copy[i / 8] ^= (uint8_t)(1u << (i % 8));
        uint32_t crc = crc32_ieee(copy, res.bem_len - 4);
        for (int k = 0; k < 4; k++) copy[res.bem_len - 4 + k] = (uint8_t)(crc >> (8 * k));
        CodeVersion *t = load_bem(vm, copy, res.bem_len, err, sizeof err);
        if (!t) { deep_refused++; continue; }
        code_version_destroy(t);
    }
    check(deep_refused > 0, "structural checks refuse damaged files with a valid CRC");

    /* a future format version names both versions */
    memcpy(copy, res.bem, res.bem_len);
    copy[4] = 7;
    check(load_bem(vm, copy, res.bem_len, err, sizeof err) == NULL && strstr(err, "version 7") && strstr(err, "reads 1"),
          "an unknown format version is refused with both numbers");
    memcpy(copy, res.bem, res.bem_len);
    copy[0] = 'X';
    check(load_bem(vm, copy, res.bem_len, err, sizeof err) == NULL && strstr(err, "magic"), "bad magic is refused");

    free(copy);
    size_t total = res.bem_len;
    compile_result_free(&res);
    buf_free(&diag);
    vm_free(vm);
    if (failures) return 1;
    printf("loader: %zu truncations and %zu bit flips (%zu refused) handled\n", total, refused + accepted, refused);
    return 0;
}
