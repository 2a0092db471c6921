#!/bin/sh
# Re-run the sequential test programs on Erlang/OTP (the reference) and check,
# or with --update write, their expected stdout (NAME.out) and exit status
# (NAME.status, only present when it is not 0).
#
#   sh tests/oracle.sh [--update] [NAME...]     (default: every tests/seq/*.erl)
#
# Each program is compiled with erlc from inside tests/seq (so ?FILE is
# "NAME.erl", as under beamlet) and NAME:main([]) is called; an exception
# out of main prints {Class,Reason,Stack} on stderr and exits 127, as escript.
# The exit status is non-zero when any expectation differs from what OTP prints.

update=0
if [ "${1:-}" = "--update" ]; then
    update=1
    shift
fi

here=$(cd "$(dirname "$0")" && pwd)
seq="$here/seq"
cd "$seq" || exit 2

if ! command -v erl >/dev/null 2>&1 || ! command -v erlc >/dev/null 2>&1; then
    echo "oracle: erl and erlc are needed (Debian: apt-get install erlang-nox)" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/beamlet-oracle.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ $# -eq 0 ]; then
    set -- $(ls *.erl | sed 's/\.erl$//')
fi

pass=0
fail=0
for name in "$@"; do
    name=${name%.erl}
    name=${name##*/}
    if [ ! -f "$name.erl" ]; then
        echo "FAIL $name: no such test tests/seq/$name.erl"
        fail=$((fail + 1))
        continue
    fi
    ebin="$tmp/$name"
    mkdir -p "$ebin"
    if ! erlc -o "$ebin" "$name.erl" >"$tmp/erlc.err" 2>&1; then
        echo "FAIL $name: erlc failed"
        sed 's/^/    /' "$tmp/erlc.err" | head -n 20
        fail=$((fail + 1))
        continue
    fi
    timeout 300 erl -noshell -pa "$ebin" -eval "
        try $name:main([]) of
            _ -> erlang:halt(0)
        catch
            C:R:S -> io:format(standard_error, \"~p~n\", [{C,R,S}]),
                     erlang:halt(127)
        end." </dev/null >"$tmp/out" 2>"$tmp/err"
    status=$?
    rm -rf "$ebin"
    if [ $update -eq 1 ]; then
        cp "$tmp/out" "$name.out"
        if [ $status -eq 0 ]; then
            rm -f "$name.status"
        else
            echo $status >"$name.status"
        fi
        if [ -s "$tmp/err" ]; then
            echo "note $name: status $status, stderr:"
            head -n 5 "$tmp/err" | sed 's/^/    /'
        fi
        pass=$((pass + 1))
        continue
    fi
    want=0
    [ -f "$name.status" ] && want=$(cat "$name.status")
    ok=1
    if [ ! -f "$name.out" ]; then
        echo "FAIL $name: no $name.out (run tests/oracle.sh --update $name)"
        ok=0
    elif ! cmp -s "$tmp/out" "$name.out"; then
        echo "FAIL $name: stdout differs from OTP's"
        diff "$name.out" "$tmp/out" | head -n 10 | sed 's/^/    /'
        ok=0
    fi
    if [ "$status" != "$want" ]; then
        echo "FAIL $name: OTP exits with $status, expected $want"
        ok=0
    fi
    if [ $ok -eq 1 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
    fi
done

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
