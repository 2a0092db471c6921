#!/bin/sh
# Re-run the sequential test programs on Erlang/OTP (the reference) and check,
# or with --update write, their expected stdout (NAME.out), exit status
# (NAME.status, only present when it is not 0) and error reports (NAME.err,
# only present when the program exits 0 with something on stderr).
#
#   sh tests/oracle.sh [--update] [NAME...]     (default: every tests/seq/*.erl)
#
# Each program is compiled with erlc from inside tests/seq (so ?FILE is
# "NAME.erl", as under beamlet) and NAME:main([]) is called; an exception
# out of main prints {Class,Reason,Stack} on stderr and exits 127, as escript.
# main starts with trap_exit false, as under escript (erl -eval traps exits).
# Logger's default handler writes to standard_error instead of standard_io
# (same formatter, so the same text: legacy "=ERROR REPORT====" headers), as
# beamlet writes error reports of crashed processes to stderr. The emulator
# hands a crash report to a dispatcher thread, which passes it on to
# logger_proxy later; so before halting, a system_monitor message (same
# dispatcher queue) is waited for, then logger_proxy and the handler are
# synchronised, so no report is lost. NAME.err
# is stored normalised: the date of a report header becomes DATE, every pid
# <0.N.0> becomes <PID> (tests/run.sh normalises beamlet's stderr the same way).
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

# normalise_err FILE: rewrite FILE in place as NAME.err is stored.
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
    timeout 300 erl -noshell -pa "$ebin" \
        -kernel logger '[{handler,default,logger_std_h,#{config=>#{type=>standard_error}}}]' \
        -eval "
        Sync = fun() ->
                   erlang:system_monitor(self(), [{large_heap, 16384}]),
                   H = spawn(fun() ->
                                 L = lists:seq(1, 100000),
                                 erlang:garbage_collect(),
                                 length(L)
                             end),
                   receive {monitor, H, large_heap, _} -> ok
                   after 5000 -> ok
                   end,
                   erlang:system_monitor(undefined),
                   catch sys:get_state(logger_proxy),
                   catch sys:get_state(logger_proxy),
                   catch logger_std_h:filesync(default)
               end,
        process_flag(trap_exit, false),
        try $name:main([]) of
            _ -> Sync(), erlang:halt(0)
        catch
            C:R:S -> Sync(),
                     io:format(standard_error, \"~p~n\", [{C,R,S}]),
                     erlang:halt(127)
        end." </dev/null >"$tmp/out" 2>"$tmp/err"
    status=$?
    rm -rf "$ebin"
    # keep_err: 1 when stderr is an expectation (NAME.err) for this run
    keep_err=0
    if [ $status -eq 0 ] && [ -s "$tmp/err" ]; then
        keep_err=1
        normalise_err "$tmp/err" "$name"
    fi
    if [ $update -eq 1 ]; then
        cp "$tmp/out" "$name.out"
        if [ $status -eq 0 ]; then
            rm -f "$name.status"
        else
            echo $status >"$name.status"
        fi
        if [ $keep_err -eq 1 ]; then
            cp "$tmp/err" "$name.err"
        else
            rm -f "$name.err"
            if [ -s "$tmp/err" ]; then
                echo "note $name: status $status, stderr:"
                head -n 5 "$tmp/err" | sed 's/^/    /'
            fi
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
    if [ $keep_err -eq 1 ] && [ ! -f "$name.err" ]; then
        echo "FAIL $name: no $name.err (run tests/oracle.sh --update $name)"
        ok=0
    elif [ $keep_err -eq 1 ] && ! cmp -s "$tmp/err" "$name.err"; then
        echo "FAIL $name: stderr differs from OTP's"
        diff "$name.err" "$tmp/err" | head -n 10 | sed 's/^/    /'
        ok=0
    elif [ $keep_err -eq 0 ] && [ -f "$name.err" ]; then
        echo "FAIL $name: stale $name.err, OTP prints no error report (run tests/oracle.sh --update $name)"
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
