#!/usr/bin/env bash
# Whole-program figures (issue 6): in a fresh clone of the current HEAD, times
#   make -j2 build   (a clean build: library, chapters, tools, test binary)   target 120 s
#   make -j2 test    (after the build: the suite, check-docs, check-records)   target  60 s
#   make -j2 run     (every chapter with its defaults, every plot)             target 120 s
# and, without a target, `make -j2 test RECORDS=0` (the suite without the rerun of every record),
# and prints a markdown fragment (a table, the load average before/after, the core count).
# Usage: tests/bench/whole_program.sh [REPOSITORY]   (default: the repository this script is in)
# `make bench WHOLE=1` runs it and writes build/bench/whole_program.md.
set -u -o pipefail

repo=${1:-$(git -C "$(dirname "$0")" rev-parse --show-toplevel)} || exit 1
commit=$(git -C "$repo" rev-parse --short HEAD) || exit 1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

git clone -q "$repo" "$tmp/redes" || exit 1
cd "$tmp/redes" || exit 1
# The packages the build needs are checked once here, so that no step below times apt.
make --no-print-directory deps >&2 || exit 1

load() { cut -d' ' -f1-3 /proc/loadavg; }
load_before=$(load)
rows=()
failed=0
declare -A cpu_of met_of seconds_of

# step NAME TARGET_SECONDS COMMAND...: runs COMMAND (output to the log), appends a table row
# with the wall-clock seconds and the CPU seconds (user + system) of everything it ran.
# TARGET_SECONDS "-": no target (a row for information).
step() {
    local name=$1 target=$2
    shift 2
    local log="$tmp/$name.log" seconds cpu met rc times
    local TIMEFORMAT='%R %U %S'
    times=$({ time "$@" >"$log" 2>&1; } 2>&1)
    rc=$?
    seconds=$(awk '{ printf "%.0f", $1 }' <<<"$times")
    cpu=$(awk '{ printf "%.0f", $2 + $3 }' <<<"$times")
    if [ "$rc" -ne 0 ]; then
        met="failed (exit $rc)"
        failed=1
        echo "whole_program: '$*' failed; the end of its output:" >&2
        tail -20 "$log" >&2
    elif [ "$target" = - ]; then
        met="—"
    elif [ "$seconds" -le "$target" ]; then
        met="yes"
    else
        met="no"
    fi
    rows+=("| \`$*\` | $seconds | $cpu | $([ "$target" = - ] && echo — || echo "≤ $target") | $met |")
    cpu_of[$name]=$cpu
    seconds_of[$name]=$seconds
    met_of[$name]=$met
    echo "whole_program: $* → $seconds s ($cpu CPU s)" >&2
}

step build 120 make -j2 --no-print-directory build
step test 60 make -j2 --no-print-directory test
step suite - make -j2 --no-print-directory test RECORDS=0
step run 120 make -j2 --no-print-directory run
load_after=$(load)

tests_line=$(grep -h '^tests:' "$tmp/test.log" | tail -1)
echo "### Whole program (commit $commit, $(date -u +%Y-%m-%d))"
echo
echo "| step | seconds | CPU seconds | target | met? |"
echo "|---|---:|---:|---:|---|"
printf '%s\n' "${rows[@]}"
echo
echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))."
echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after. The targets are wall-clock"
echo "  seconds on an otherwise idle machine; CPU seconds (user + system, all processes) do not depend"
echo "  on the load: on n idle cores a step takes about CPU seconds / n when it keeps them all busy."
echo "- ${tests_line:-tests: no summary line}"
if [ "${met_of[build]:-}" = no ]; then
    cores=$(nproc)
    echo "- The clean build misses its target on CPU alone: ${cpu_of[build]} CPU seconds on $cores cores"
    echo "  take at least $(( ${cpu_of[build]} / cores )) s even when both are idle. Most of it is code"
    echo "  generation: the library and the chapter programs at -O2, the Boost.Test files (one per module"
    echo "  and chapter) at -O0. Tried: precompiled headers for Boost.Test and for the chapters'"
    echo "  Boost.Program_options (about 110 CPU s less); the test files at -O0 (about 75 CPU s less; the"
    echo "  suite runs as fast, its work is in the -O2 library). Not tried: fewer, larger test files."
fi
if [ "${met_of[test]:-}" = no ]; then
    records=$(grep -h '^check-records:' "$tmp/test.log" | tail -1)
    echo "- \`make test\` misses its target: after the suite it reruns every chapter program against its"
    echo "  recorded output (${records:-check-records}); the suite alone, \`make test RECORDS=0\`, took"
    echo "  ${seconds_of[suite]:-?} s."
fi
echo "- Measured by \`tests/bench/whole_program.sh\` in a fresh clone (\`make bench WHOLE=1\`)."
exit $failed
