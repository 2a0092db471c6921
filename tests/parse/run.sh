#!/bin/sh
# The shell's reader, beamlet:parse_command/3,4, and stdlib/erl_pp.erl
# against OTP's answers:
#   sh tests/parse/run.sh BIN/beamlet
# runs parse_test.erl and pp_test.erl and compares what they print, case
# by case (a case starts with a line "== NAME"), with expected.out and
# pp_expected.out, which OTP wrote (README.md says how).  One FAIL line and
# a diff per differing case, then "N passed, N failed"; exit status 1 on
# any difference.

if [ $# -ne 1 ]; then
    echo "usage: sh tests/parse/run.sh BEAMLET" >&2
    exit 2
fi
case "$1" in
    /*) beamlet=$1 ;;
    *) beamlet=$(pwd)/$1 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beamlet-parse.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

pass=0
fail=0

# split FILE DIR: one file per case in DIR (1, 2, ...), in order.
split() {
    mkdir -p "$2"
    awk -v d="$2" '/^== /{n++} n {print > (d "/" n)}' "$1"
}

# run NAME EXPECTED: NAME.erl must exit with 0 and print EXPECTED.
run() {
    (cd "$here" && "$beamlet" "$1.erl") >"$tmp/$1.out" 2>"$tmp/$1.err"
    status=$?
    split "$here/$2" "$tmp/$1.want"
    split "$tmp/$1.out" "$tmp/$1.got"
    if [ $status -ne 0 ]; then
        echo "FAIL $1: exit status $status"
        head -5 "$tmp/$1.err"
        fail=$((fail + 1))
    fi
    for want in "$tmp/$1.want"/*; do
        got="$tmp/$1.got/${want##*/}"
        if [ -f "$got" ] && cmp -s "$want" "$got"; then
            pass=$((pass + 1))
        else
            echo "FAIL $1: $(head -n 1 "$want")"
            [ -f "$got" ] && diff "$want" "$got" | head -10
            fail=$((fail + 1))
        fi
    done
}

run parse_test expected.out
run pp_test pp_expected.out
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
