#!/bin/sh
# Standard input tests (vm/tty.c):   sh tests/tty/run.sh BEAMLET
# 1. NAME.erl with NAME.in: `BEAMLET NAME.erl < NAME.in` must print NAME.out.
# 2. pipe_ticks: its lines are fed through a fifo one at a time, each after
#    the "tick N" the previous one causes, so the run is deterministic.
#    The .out files of 1 and 2 come from Erlang/OTP:
#        sh tests/tty/run.sh --oracle
#    runs `erl -noshell -pa DIR -run NAME main x -s init stop` the same way
#    (after erlc) and rewrites every NAME.out.
# 3. NAME.keys: ptydrive (built here with cc) runs `BEAMLET ARGS` under a
#    pseudo-terminal, ARGS from the script's "# run:" line, with HOME a fresh
#    directory (or as its "# home:" line says), TERM=xterm and LC_ALL=C.UTF-8,
#    and checks the screen (see ptydrive.c).  Shell cases are NAME.keys
#    files with an empty "# run:" line (BEAMLET alone starts the shell).
#    Skipped when there is no C compiler or no pseudo-terminal device.
# One FAIL line per failure, then "tty: N passed, N failed"; exit 1 on failure.

here=$(cd "$(dirname "$0")" && pwd)
oracle=0
if [ "$1" = "--oracle" ]; then
    oracle=1
elif [ $# -ne 1 ]; then
    echo "usage: sh tests/tty/run.sh BEAMLET | --oracle" >&2
    exit 2
else
    case "$1" in
        /*) beamlet=$1 ;;
        *) beamlet=$(pwd)/$1 ;;
    esac
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beamlet-tty.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
cd "$here" || exit 2
# a wait ends as soon as the screen is right: a long limit costs nothing
PTYDRIVE_TIMEOUT=${PTYDRIVE_TIMEOUT:-20}
export PTYDRIVE_TIMEOUT

# run NAME: the command that runs program NAME (reading stdin).
run() {
    if [ $oracle = 1 ]; then
        erl -noshell -pa "$tmp" -run "$1" main x -s init stop
    else
        "$beamlet" "$1.erl"
    fi
}

# wait_for TEXT FILE: until FILE holds TEXT (10 s at most).
wait_for() {
    i=0
    while ! grep -q "$1" "$2" 2>/dev/null; do
        i=$((i + 1))
        [ $i -gt 200 ] && return 1
        sleep 0.05
    done
}

# ticks NAME: run NAME with NAME.in fed line by line through a fifo.
ticks() {
    rm -f "$tmp/fifo"
    mkfifo "$tmp/fifo" || return 1
    run "$1" <"$tmp/fifo" >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    exec 3>"$tmp/fifo"
    n=0
    ok=0
    while IFS= read -r line; do
        printf '%s\n' "$line" >&3
        n=$((n + 1))
        wait_for "tick $n" "$tmp/out" || { ok=1; break; }
    done <"$1.in"
    exec 3>&-
    [ $ok = 0 ] || kill "$pid" 2>/dev/null
    wait "$pid"
    return $ok
}

result() {   # result NAME: compare $tmp/out with NAME.out
    if [ $oracle = 1 ]; then
        cp "$tmp/out" "$1.out"
        echo "wrote tests/tty/$1.out"
    elif cmp -s "$tmp/out" "$1.out"; then
        pass=$((pass + 1))
    else
        echo "FAIL tty/$1"
        diff "$1.out" "$tmp/out" | head -10
        fail=$((fail + 1))
    fi
}

for f in *.in; do
    name=${f%.in}
    [ $oracle = 1 ] && { erlc -o "$tmp" "$name.erl" || exit 1; }
    if [ "$name" = pipe_ticks ]; then
        ticks "$name" || echo "(pipe_ticks: no tick after a line)" >>"$tmp/out"
    else
        run "$name" <"$f" >"$tmp/out" 2>"$tmp/err"
    fi
    result "$name"
done
[ $oracle = 1 ] && exit 0

if ! command -v "${CC:-cc}" >/dev/null 2>&1; then
    echo "tty: no C compiler: pseudo-terminal tests skipped"
elif [ ! -c /dev/ptmx ] || [ ! -d /dev/pts ]; then
    echo "tty: no pseudo-terminals here (/dev/ptmx, /dev/pts): pseudo-terminal tests skipped"
elif ! "${CC:-cc}" -std=c11 -D_GNU_SOURCE -o "$tmp/ptydrive" ptydrive.c; then
    echo "FAIL tty/ptydrive does not compile"
    fail=$((fail + 1))
else
    for f in *.keys; do
        name=${f%.keys}
        args=$(sed -n 's/^# run: *//p' "$f" | head -1)
        home=$(sed -n 's/^# home: *//p' "$f" | head -1)
        rm -rf "$tmp/home"
        mkdir "$tmp/home"
        # "# home: none" runs without HOME, "# home: DIR" with HOME=DIR
        case "$home" in
            "") set -- env HOME="$tmp/home" ;;
            none) set -- env -u HOME ;;
            *) set -- env HOME="$home" ;;
        esac
        # shellcheck disable=SC2086  # ARGS are words
        if "$@" TERM=xterm LC_ALL=C.UTF-8 "$tmp/ptydrive" "$f" "$beamlet" $args >"$tmp/drive" 2>&1; then
            pass=$((pass + 1))
        else
            echo "FAIL tty/$name"
            sed 's/^/    /' "$tmp/drive"
            fail=$((fail + 1))
        fi
    done
fi

echo "tty: $pass passed, $fail failed"
[ $fail = 0 ]
