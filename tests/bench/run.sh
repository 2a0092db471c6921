#!/bin/sh
# make bench: run each benchmark program on beamlet and, when erl is
# installed, on Erlang/OTP (compiled with erlc, JIT), and print the times
# side by side with their ratio.  Each program prints "... in N us" for its
# own timed part; start-up is timed from outside (hyperfine if present).
BEAMLET=${1:-bin/beamlet}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have_erl=0
command -v erl >/dev/null 2>&1 && command -v erlc >/dev/null 2>&1 && have_erl=1

us_of() { sed -n 's/.* in \([0-9]*\) us.*/\1/p' | head -n 1; }
best_of3() {   # the smallest of three runs of "$@"
    best=""
    for _ in 1 2 3; do
        t=$("$@" 2>/dev/null | us_of)
        [ -n "$t" ] || continue
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
    done
    echo "$best"
}

printf '%-14s %12s %12s %8s\n' benchmark beamlet_us otp_us ratio
for f in "$here"/*.erl; do
    name=$(basename "$f" .erl)
    [ "$name" = hello ] && continue
    b=$(best_of3 "$BEAMLET" "$f")
    o=-
    if [ $have_erl = 1 ]; then
        erlc -o "$tmp" "$f" && o=$(best_of3 erl -noshell -pa "$tmp" -eval "$name:main([]), halt().")
    fi
    ratio=-
    if [ -n "$b" ] && [ "$o" != - ] && [ -n "$o" ] && [ "$o" -gt 0 ]; then
        ratio=$(awk "BEGIN { printf \"%.2f\", $b / $o }")
    fi
    printf '%-14s %12s %12s %8s\n' "$name" "${b:--}" "${o:--}" "$ratio"
done

# start-up: a whole hello-world run
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 3 --export-csv "$tmp/h.csv" "$BEAMLET $here/hello.erl" >/dev/null 2>&1
    b=$(awk -F, 'NR==2 { printf "%d", $(NF-6) * 1000000 }' "$tmp/h.csv")
    o=-
    if [ $have_erl = 1 ]; then
        erlc -o "$tmp" "$here/hello.erl"
        hyperfine --warmup 1 --runs 10 --export-csv "$tmp/o.csv" "erl -noshell -pa $tmp -eval 'hello:main([]), halt().'" >/dev/null 2>&1
        o=$(awk -F, 'NR==2 { printf "%d", $(NF-6) * 1000000 }' "$tmp/o.csv")
    fi
    ratio=-
    [ "$o" != - ] && [ -n "$o" ] && ratio=$(awk "BEGIN { printf \"%.3f\", $b / $o }")
    printf '%-14s %12s %12s %8s\n' "startup" "$b" "$o" "$ratio"
fi
