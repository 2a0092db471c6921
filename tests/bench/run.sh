#!/bin/sh
# make bench: run each benchmark program on beamlet and, when erl is
# installed, on Erlang/OTP (compiled with erlc, JIT), and print the figures
# side by side with their ratio (beamlet / OTP).  Each program prints
# "... in N us" for its own timed part, and may print per-item figures as
# "X UNIT per ITEM" at the end of a line ("342.7 ns per hop", "2654 bytes
# per process"), and other figures as whole lines "NAME: X UNIT" ("call
# rate kept: 97.5 %"); each of those gets a row of its own under the
# program's.
# The best of three runs counts, by its time; its per-item figures are that
# run's.  Start-up is timed from outside (hyperfine if present).
BEAMLET=${1:-bin/beamlet}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have_erl=0
command -v erl >/dev/null 2>&1 && command -v erlc >/dev/null 2>&1 && have_erl=1
# A program that hangs (a receive that never matches) must not hang the table.
limit=
command -v timeout >/dev/null 2>&1 && limit="timeout 120"

us_of() { sed -n 's/.* in \([0-9]*\) us.*/\1/p' | head -n 1; }
# "UNIT|per ITEM|X" for each "X UNIT per ITEM" ending a line, and
# "UNIT|NAME|X" for each line "NAME: X UNIT".
items_of() {
    sed -n -e 's/.* \([0-9][0-9.]*\) \([a-z]*\) per \([^,]*\)$/\2|per \3|\1/p' -e t \
           -e 's/^\([^:]*\): \([0-9][0-9.]*\) \([a-z%]*\)$/\3|\1|\2/p'
}
best_of3() {   # the output of the fastest of three runs of "$@", into $out
    best=""
    : >"$out"
    for _ in 1 2 3; do
        $limit "$@" >"$tmp/run" 2>/dev/null
        t=$(us_of <"$tmp/run")
        [ -n "$t" ] || continue
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then
            best=$t
            cp "$tmp/run" "$out"
        fi
    done
}
ratio() {      # beamlet / OTP, or - when either is missing
    case "$1$2" in *-*|'') echo -; return ;; esac
    awk -v b="$1" -v o="$2" 'BEGIN {
        if (o + 0 <= 0) { print "-"; exit }
        r = b / o; printf (r < 0.1 ? "%.3f\n" : "%.2f\n"), r }'
}
row() { printf '%-24s %12s %12s %8s  %s\n' "$1" "${2:--}" "${3:--}" "$4" "$5"; }

row benchmark beamlet otp ratio unit
for f in "$here"/*.erl; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .erl)
    [ "$name" = hello ] && continue
    out=$tmp/b.out; best_of3 "$BEAMLET" "$f"
    : >"$tmp/o.out"
    if [ $have_erl = 1 ] && erlc -o "$tmp" "$f"; then
        out=$tmp/o.out; best_of3 erl -noshell -pa "$tmp" -eval "$name:main([]), halt()."
    fi
    b=$(us_of <"$tmp/b.out"); o=$(us_of <"$tmp/o.out")
    row "$name" "$b" "$o" "$(ratio "${b:--}" "${o:--}")" us
    items_of <"$tmp/b.out" | sed 's/^/b|/' >"$tmp/items"
    items_of <"$tmp/o.out" | sed 's/^/o|/' >>"$tmp/items"
    # one row per UNIT|ITEM, in the order first seen: "ITEM|UNIT|B|O"
    awk -F'|' '{ k = $2 "|" $3; if (!(k in seen)) { seen[k] = 1; keys[++n] = k }
                 v[$1, k] = $4 }
               END { for (i = 1; i <= n; i++) { split(keys[i], p, "|")
                       b = (("b", keys[i]) in v) ? v["b", keys[i]] : "-"
                       o = (("o", keys[i]) in v) ? v["o", keys[i]] : "-"
                       print p[2] "|" p[1] "|" b "|" o } }' "$tmp/items" |
    while IFS='|' read -r item unit b o; do
        row "  $item" "$b" "$o" "$(ratio "$b" "$o")" "$unit"
    done
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
    row startup "$b" "$o" "$(ratio "${b:--}" "${o:--}")" us
fi
