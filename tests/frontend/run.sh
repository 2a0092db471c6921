#!/bin/sh
# tests/frontend/run.sh — front-end conformance against Erlang/OTP.
#   sh tests/frontend/run.sh            build the driver, check every case
#   sh tests/frontend/run.sh --regen    rewrite the expectations with erlc/OTP
# For each cases/X.erl: X.expected holds erlc's diagnostics (byte for byte)
# and, for files that compile, X.dump holds OTP's parse in astdump's format
# (function lines; record-free files only, since we expand records).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${TMPDIR:-/tmp}/beamlet-fe-test
mkdir -p "$out/gen"
cd "$root"
bison -Wall -Werror -d -o "$out/gen/parser.tab.c" compiler/parser.y
re2c -W --no-generation-date -o "$out/gen/lexer.c" compiler/lexer.re
gcc -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE -g -O1 ${SANITIZE:-} -Wno-unused-function \
    -iquote compiler -iquote vm -I"$out/gen" -o "$out/fedrv" "$out/gen/lexer.c" "$out/gen/parser.tab.c" \
    compiler/ast.c compiler/astdump.c compiler/diag.c compiler/pp.c compiler/frontend.c \
    compiler/records.c compiler/check.c tests/frontend/fedrv.c
cd "$here/cases"
pass=0; fail=0
for f in *.erl; do
    b=${f%.erl}
    if [ "$1" = "--regen" ]; then
        erlc -o "$out" "$f" > "$b.expected" 2>&1 || true
        rm -f "$b.dump"
        if ! grep -q '^-record' "$f" && [ ! -s "$b.expected" ] || ! grep -qv Warning "$b.expected"; then
            grep -q '^-record' "$f" || escript ../erldump.escript "$f" > "$b.dump" 2>/dev/null || rm -f "$b.dump"
        fi
        continue
    fi
    "$out/fedrv" "$f" > "$out/$b.diag" 2>&1 || true
    ok=1
    cmp -s "$out/$b.diag" "$b.expected" || { echo "FAIL $b: diagnostics differ"; diff "$b.expected" "$out/$b.diag" | head -10; ok=0; }
    if [ -f "$b.dump" ]; then
        "$out/fedrv" -d "$f" 2>&1 | grep '^(function' > "$out/$b.dump" || true
        cmp -s "$out/$b.dump" "$b.dump" || { echo "FAIL $b: AST differs from OTP's parse"; ok=0; }
    fi
    if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); fi
done
[ "$1" = "--regen" ] && { echo "expectations regenerated"; exit 0; }
echo "frontend: $pass passed, $fail failed"
[ $fail = 0 ]
