#!/bin/sh
# Write the expectations of the shell transcript tests from Erlang/OTP 25:
# each cases/NAME.in is piped into `erl` in a fresh copy of files/ (see
# lib.sh); stdout becomes cases/NAME.out, the exit status cases/NAME.status
# (when not 0), logger's reports (routed to stderr, as beamlet writes them)
# cases/NAME.err (when any).
#   sh tests/shell/oracle.sh [--check] [NAME...]   (default: every case)
# With --check nothing is written: each expectation is compared with what
# OTP prints now (make oracle), and the exit status says whether all agree.

check=0
if [ "${1:-}" = "--check" ]; then
    check=1
    shift
fi
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
if ! command -v erl >/dev/null 2>&1; then
    echo "oracle: erl is needed (Debian: apt-get install erlang-nox)" >&2
    exit 2
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beamlet-shell-oracle.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
if [ $# -eq 0 ]; then
    set -- $(cd "$here/cases" && ls *.in | sed 's/\.in$//')
fi
pass=0
fail=0
for name in "$@"; do
    dir=$(case_dir "$tmp" "$name")
    args=""
    [ -f "$here/cases/$name.args" ] && args=$(cat "$here/cases/$name.args")
    (cd "$dir" && HOME="$dir" eval "timeout 120 erl \
        -kernel logger '[{handler,default,logger_std_h,#{config=>#{type=>standard_error}}}]' \
        $args" <"$here/cases/$name.in" >"$tmp/out" 2>"$tmp/err")
    st=$?
    normalise "$tmp/out" "$dir"
    normalise "$tmp/err" "$dir"
    if [ $check -eq 1 ]; then
        want=0
        [ -f "$here/cases/$name.status" ] && want=$(cat "$here/cases/$name.status")
        errf="$here/cases/$name.err"
        [ -f "$errf" ] || errf=/dev/null
        if cmp -s "$tmp/out" "$here/cases/$name.out" && cmp -s "$tmp/err" "$errf" && [ "$st" = "$want" ]; then
            pass=$((pass + 1))
        else
            echo "FAIL shell/$name: OTP's output is not the expectation"
            diff "$here/cases/$name.out" "$tmp/out" | head -n 10 | sed 's/^/    /'
            fail=$((fail + 1))
        fi
        continue
    fi
    cp "$tmp/out" "$here/cases/$name.out"
    if [ $st -eq 0 ]; then rm -f "$here/cases/$name.status"; else echo $st >"$here/cases/$name.status"; fi
    if [ -s "$tmp/err" ]; then cp "$tmp/err" "$here/cases/$name.err"; else rm -f "$here/cases/$name.err"; fi
    echo "oracle: $name (status $st)"
done
if [ $check -eq 1 ]; then
    echo "shell oracle: $pass passed, $fail failed"
    [ $fail -eq 0 ]
fi
