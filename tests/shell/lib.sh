# Shared by tests/shell/run.sh and tests/shell/oracle.sh: where a case runs
# and how its output is normalised, the same way for beamlet and for OTP.
#
# A case is cases/NAME.in, piped into the shell (beamlet with no script,
# or erl; with the arguments in cases/NAME.args when there is one) whose
# working directory is a fresh copy of files/.  Its expected
# stdout is cases/NAME.out, written by oracle.sh from OTP 25's erl; when OTP
# writes error reports (to stderr here, as beamlet does) they are
# cases/NAME.err.  Normalised on both sides:
#   the banner line (first line, "Eshell ...")   -> BANNER
#   pids <0.N.0>                                 -> <PID>
#   interpreted funs #Fun<erl_eval.N.M>          -> #Fun<erl_eval>
#   references #Ref<...>                         -> #Ref<REF>
#   the case's working directory                 -> CWD
#   .beam (OTP's object files)                   -> .bem (beamlet's)
#   "MD5: <32 hex digits>" (different compilers)  -> MD5: <MD5>
#   report headers' dates                        -> DATE

# normalise FILE DIR: rewrite FILE in place; DIR is the case's directory.
normalise() {
    sed -e '1s/^Eshell .*$/BANNER/' \
        -e 's/<0\.[0-9][0-9]*\.0>/<PID>/g' \
        -e 's/#Fun<erl_eval\.[0-9]*\.[0-9]*>/#Fun<erl_eval>/g' \
        -e 's/#Ref<[0-9.]*>/#Ref<REF>/g' \
        -e "s#$2#CWD#g" \
        -e 's/\.beam\>/.bem/g' \
        -e 's/^MD5: [0-9a-f]\{32\}$/MD5: <MD5>/' \
        -e 's/^=\([A-Z][A-Z ]*\)==== [0-9]\{1,2\}-[A-Z][a-z][a-z]-[0-9]\{4\}::[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]\{6\} ===$/=\1==== DATE ===/' \
        "$1" >"$1.norm" && mv "$1.norm" "$1"
}

# case_dir TMP NAME: a fresh working directory for case NAME, printed:
# files/, and the versions of the seeds' modules that tests/seq/hot has
# (pricing/vN/pricing_service.erl, code_reload/vN/..., counter/vN/...,
# inc/vN/inc.erl).
case_dir() {
    d="$1/$2"
    rm -rf "$d"
    mkdir -p "$d"
    cp -R "$here/files/." "$d/"
    for seed in pricing code_reload counter inc; do
        cp -R "$here/../seq/hot/$seed" "$d/"
    done
    (cd "$d" && pwd -P)
}
