#!/bin/sh
# Shell transcript tests (see lib.sh): pipe each cases/NAME.in into
# `BEAMLET` (the shell) and compare its stdout with cases/NAME.out, its
# stderr with cases/NAME.err (empty when absent), and its exit status with
# cases/NAME.status (0 when absent).  The expectations in cases/ come from
# OTP (oracle.sh); those in own/ are beamlet's where it differs from erl on
# purpose (docs/shell.md says where), written by hand from the docs.
#   sh tests/shell/run.sh BEAMLET [cases/NAME | own/NAME ...]
# Prints a FAIL line and a diff per failure, then "N passed, N failed".

here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
case "$1" in
    /*) beamlet=$1 ;;
    *) beamlet=$(pwd)/$1 ;;
esac
shift
limit=${TEST_TIMEOUT:-60}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beamlet-shell.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ $# -eq 0 ]; then
    set -- $(cd "$here" && ls cases/*.in own/*.in 2>/dev/null | sed 's/\.in$//')
fi
pass=0
fail=0
for case in "$@"; do
    name=${case##*/}
    kind=${case%/*}
    [ "$kind" = "$case" ] && kind=cases
    dir=$(case_dir "$tmp" "$name")
    args=""
    [ -f "$here/$kind/$name.args" ] && args=$(cat "$here/$kind/$name.args")
    (cd "$dir" && HOME="$dir" eval "timeout \"\$limit\" \"\$beamlet\" $args" <"$here/$kind/$name.in" >"$tmp/out" 2>"$tmp/err")
    st=$?
    normalise "$tmp/out" "$dir"
    normalise "$tmp/err" "$dir"
    # own/NAME.sed: more normalisation, of stdout and stderr, for what
    # varies with the build (reduction counts in i(), stdlib line numbers)
    if [ -f "$here/$kind/$name.sed" ]; then
        for f in out err; do
            sed -f "$here/$kind/$name.sed" "$tmp/$f" >"$tmp/$f.sed" && mv "$tmp/$f.sed" "$tmp/$f"
        done
    fi
    want=0
    [ -f "$here/$kind/$name.status" ] && want=$(cat "$here/$kind/$name.status")
    ok=1
    if ! cmp -s "$tmp/out" "$here/$kind/$name.out"; then
        echo "FAIL shell/$kind/$name: stdout differs from the expected"
        diff "$here/$kind/$name.out" "$tmp/out" | head -n 20 | sed 's/^/    /'
        ok=0
    fi
    errf="$here/$kind/$name.err"
    [ -f "$errf" ] || errf=/dev/null
    if ! cmp -s "$tmp/err" "$errf"; then
        echo "FAIL shell/$kind/$name: stderr differs"
        diff "$errf" "$tmp/err" | head -n 10 | sed 's/^/    /'
        ok=0
    fi
    if [ "$st" != "$want" ]; then
        echo "FAIL shell/$kind/$name: exit status $st, expected $want"
        ok=0
    fi
    if [ $ok -eq 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
