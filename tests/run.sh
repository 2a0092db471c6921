#!/bin/sh
# The test runner behind `make test`:
#   sh tests/run.sh BEAMLET BEAMLETC BUILDDIR
# 1. tests/seq/NAME.erl: `BEAMLET NAME.erl` (run from tests/seq) must print
#    NAME.out exactly and exit with NAME.status (0 when absent); then the
#    round trip `BEAMLETC -o TMP NAME.erl` + `BEAMLET TMP/NAME.bem` must too.
#    When NAME.err exists (error reports of crashed processes), stderr must
#    equal it once normalised: report dates -> DATE, pids <0.N.0> -> <PID>.
# 2. tests/errors/NAME.erl|NAME.bem: beamlet-only behaviour; stderr must be
#    NAME.err, the status NAME.status (0 when absent), stdout NAME.out if any.
# 3. Every executable in BUILDDIR/unit/ must exit 0.
# 4. The suites with runners of their own: tests/shell (transcripts piped
#    through the shell), tests/parse (the shell's parser) and tests/tty
#    (stdin and the terminal); each prints FAIL lines and "N passed, N failed".
# One FAIL line (plus a short diff) per failure, then "N passed, N failed".
# BEAMLET_ARGS (environment) is put before the file name, e.g. "-pa DIR".

if [ $# -ne 3 ]; then
    echo "usage: sh tests/run.sh BEAMLET BEAMLETC BUILDDIR" >&2
    exit 2
fi

abspath() {
    case "$1" in
        /*) echo "$1" ;;
        *) echo "$(pwd)/$1" ;;
    esac
}
beamlet=$(abspath "$1")
beamletc=$(abspath "$2")
build=$(abspath "$3")
here=$(cd "$(dirname "$0")" && pwd)
limit=${TEST_TIMEOUT:-60}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/beamlet-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

pass=0
fail=0

# report NAME: count a failure and print what differs (files in $tmp).
failed() {
    echo "FAIL $1"
    fail=$((fail + 1))
}

# expect_status FILE: the expected exit status kept in FILE, 0 when absent.
expect_status() {
    if [ -f "$1" ]; then cat "$1"; else echo 0; fi
}

# normalise_err FILE: rewrite FILE in place the way tests/oracle.sh writes
# NAME.err: the date of a report header becomes DATE, every pid <PID>.
# normalise_err FILE NAME: then, when there is a NAME.sed, that script too
# (for what a report holds that differs between VMs: heap sizes, the
# stdlib's own frames and lines).
normalise_err() {
    sed -e 's/^=\([A-Z][A-Z ]*\)==== [0-9]\{1,2\}-[A-Z][a-z][a-z]-[0-9]\{4\}::[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]\{6\} ===$/=\1==== DATE ===/' \
        -e 's/<0\.[0-9][0-9]*\.0>/<PID>/g' "$1" >"$1.norm" && mv "$1.norm" "$1"
    if [ -n "${2:-}" ] && [ -f "$2.sed" ]; then
        sed -f "$2.sed" "$1" >"$1.norm" && mv "$1.norm" "$1"
    fi
}

# check LABEL WANT_OUT WANT_STATUS GOT_STATUS [WANT_ERR]: compare the run
# whose stdout is in $tmp/out and stderr in $tmp/err.
check() {
    label=$1
    ok=1
    why=""
    if [ "$4" = 124 ] && [ "$3" != 124 ]; then
        why="timed out after ${limit}s"
        ok=0
    elif [ "$4" != "$3" ]; then
        why="exit status $4, expected $3"
        ok=0
    fi
    if [ -n "$2" ] && ! cmp -s "$2" "$tmp/out"; then
        why="${why:+$why; }stdout differs"
        ok=0
    fi
    if [ -n "${5:-}" ] && ! cmp -s "$5" "$tmp/err"; then
        why="${why:+$why; }stderr differs"
        ok=0
    fi
    if [ $ok -eq 1 ]; then
        pass=$((pass + 1))
        return
    fi
    failed "$label: $why"
    if [ -n "$2" ] && ! cmp -s "$2" "$tmp/out"; then
        diff "$2" "$tmp/out" | head -n 8 | sed 's/^/    /'
    fi
    if [ -n "${5:-}" ] && ! cmp -s "$5" "$tmp/err"; then
        diff "$5" "$tmp/err" | head -n 8 | sed 's/^/    /'
    elif [ -s "$tmp/err" ]; then
        head -n 4 "$tmp/err" | sed 's/^/    stderr: /'
    fi
}

# 1. Sequential programs, expectations from Erlang/OTP (tests/oracle.sh).
cd "$here/seq" || exit 2
for src in *.erl; do
    [ -f "$src" ] || continue
    name=${src%.erl}
    want_status=$(expect_status "$name.status")
    want_err=""
    [ -f "$name.err" ] && want_err="$name.err"
    # shellcheck disable=SC2086
    timeout "$limit" "$beamlet" $BEAMLET_ARGS "$src" </dev/null >"$tmp/out" 2>"$tmp/err"
    st=$?
    [ -n "$want_err" ] && normalise_err "$tmp/err" "$name"
    check "seq/$name" "$name.out" "$want_status" $st "$want_err"

    rm -rf "$tmp/bem" && mkdir -p "$tmp/bem"
    if ! timeout "$limit" "$beamletc" -o "$tmp/bem" "$src" </dev/null >"$tmp/out" 2>"$tmp/err"; then
        failed "seq/$name (bem): beamletc failed"
        head -n 4 "$tmp/err" | sed 's/^/    /'
        continue
    fi
    if [ ! -f "$tmp/bem/$name.bem" ]; then
        failed "seq/$name (bem): beamletc wrote no $name.bem"
        continue
    fi
    # shellcheck disable=SC2086
    timeout "$limit" "$beamlet" $BEAMLET_ARGS "$tmp/bem/$name.bem" </dev/null >"$tmp/out" 2>"$tmp/err"
    st=$?
    [ -n "$want_err" ] && normalise_err "$tmp/err" "$name"
    check "seq/$name (bem)" "$name.out" "$want_status" $st "$want_err"
done

# 2. beamlet-only behaviour on bad input: stderr and status are the contract.
if [ -d "$here/errors" ]; then
    cd "$here/errors" || exit 2
    for src in *.erl *.bem; do
        [ -f "$src" ] || continue
        name=${src%.*}
        want_out=""
        [ -f "$name.out" ] && want_out="$name.out"
        if [ ! -f "$name.err" ]; then
            failed "errors/$src: no $name.err"
            continue
        fi
        # shellcheck disable=SC2086
        timeout "$limit" "$beamlet" $BEAMLET_ARGS "$src" </dev/null >"$tmp/out" 2>"$tmp/err"
        st=$?
        normalise_err "$tmp/err" "$name"
        check "errors/$src" "$want_out" "$(expect_status "$name.status")" $st "$name.err"
    done
fi

# 2b. Corrupt bytecode on the command line (beamlet-only, docs/bytecode.md):
# a truncated or bit-flipped copy of a real .bem is refused with the file's
# name and a reason, exit status 65, never a crash.
if "$beamletc" -o "$tmp" "$here/errors/../seq/hello.erl" 2>/dev/null && [ -f "$tmp/hello.bem" ]; then
    size=$(wc -c <"$tmp/hello.bem")
    for cut in 3 20 $((size / 2)) $((size - 1)); do
        head -c "$cut" "$tmp/hello.bem" >"$tmp/cut.bem"
        (cd "$tmp" && timeout "$limit" "$beamlet" cut.bem </dev/null >"$tmp/out" 2>"$tmp/err")
        st=$?
        if [ $st = 65 ] && grep -q '^beamlet: cut.bem: ' "$tmp/err"; then
            pass=$((pass + 1))
        else
            failed "badbem/truncated-$cut: exit status $st"
            sed 's/^/    /' "$tmp/err" | head -n 3
        fi
    done
    for at in 10 40 $((size / 2)) $((size - 8)); do
        # flip one byte: xor 0x5a through od/printf, portable sh
        byte=$(od -An -tu1 -j "$at" -N1 "$tmp/hello.bem" | tr -d ' ')
        head -c "$at" "$tmp/hello.bem" >"$tmp/flip.bem"
        printf "$(printf '\\%03o' $((byte ^ 90)))" >>"$tmp/flip.bem"
        tail -c +$((at + 2)) "$tmp/hello.bem" >>"$tmp/flip.bem"
        (cd "$tmp" && timeout "$limit" "$beamlet" flip.bem </dev/null >"$tmp/out" 2>"$tmp/err")
        st=$?
        if [ $st = 65 ] && grep -q '^beamlet: flip.bem: ' "$tmp/err"; then
            pass=$((pass + 1))
        else
            failed "badbem/flipped-$at: exit status $st"
            sed 's/^/    /' "$tmp/err" | head -n 3
        fi
    done
fi

# 3. C unit tests.
if [ -d "$build/unit" ]; then
    for t in "$build"/unit/*; do
        [ -f "$t" ] && [ -x "$t" ] || continue
        timeout "$limit" "$t" </dev/null >"$tmp/out" 2>"$tmp/err"
        st=$?
        if [ $st -eq 0 ]; then
            pass=$((pass + 1))
        else
            failed "unit/${t##*/}: exit status $st"
            tail -n 4 "$tmp/out" "$tmp/err" 2>/dev/null | grep -v '^==>' | grep . | sed 's/^/    /'
        fi
    done
fi

for suite in shell parse tty; do
    [ -f "$here/$suite/run.sh" ] || continue
    sh "$here/$suite/run.sh" "$beamlet" >"$tmp/suite" 2>&1
    grep -Ev '^([a-z]+: )?[0-9]+ passed, [0-9]+ failed$' "$tmp/suite"
    counts=$(grep -E '^([a-z]+: )?[0-9]+ passed, [0-9]+ failed$' "$tmp/suite" | tail -n 1 | sed 's/^[a-z]*: //')
    if [ -z "$counts" ]; then
        failed "$suite: its runner printed no summary"
        continue
    fi
    pass=$((pass + ${counts%% *}))
    f=${counts#*, }
    fail=$((fail + ${f%% *}))
done

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
