#!/usr/bin/env bash
# make fuzz-run: runs each libFuzzer target for SECONDS from its seeds in tests/fuzz/corpus/<t>/,
# keeping new inputs in FUZZ_BUILD/corpus/<t>/ and a crashing or hanging input in
# FUZZ_BUILD/artifacts/<t>-crash-… (replay it: FUZZ_BUILD/bin/fuzz_<t> FILE). Prints each target's
# final statistics; exit 1, naming the saved input, when one found a bug.
#   scripts/fuzz_run.sh FUZZ_BUILD SECONDS TIMEOUT TARGET…
set -u -o pipefail

fuzz_build=${1:?usage: scripts/fuzz_run.sh FUZZ_BUILD SECONDS TIMEOUT TARGET…}
seconds=${2:?seconds}
timeout=${3:?timeout}
shift 3

rc=0
for t in "$@"; do
    mkdir -p "$fuzz_build/corpus/$t" "$fuzz_build/artifacts"
    log=$fuzz_build/fuzz_$t.log
    echo "fuzz: $t for $seconds s from tests/fuzz/corpus/$t/ (log: $log)"
    if "$fuzz_build/bin/fuzz_$t" -max_total_time="$seconds" -timeout="$timeout" \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$fuzz_build/artifacts/$t-" \
        "$fuzz_build/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
        grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" | sed 's/^/  /'
        grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9/]*[a-zA-Z]*' "$log" | tail -1 | sed 's/^/  /'
    else
        rc=1
        echo "fuzz: $t FOUND A BUG:"
        grep -E 'ERROR|CONTRACT BROKEN|SUMMARY|Test unit written|terminate called' "$log" | head -8 | sed 's/^/  /'
    fi
done
[ $rc = 0 ] && echo "fuzz: no crash, hang or stray exception in $*"
exit $rc
