#!/usr/bin/env bash
# Recorded outputs: chapters/NN_name/output/NAME.txt holds on line 1 the command a student types
# (`$ make chapter-NN` for NAME = default, `$ make chapter-NN ARGS="…"` otherwise) and then that
# program's stdout, byte for byte, without its `  plot: …` lines (they name where figures went).
# The docs quote these records; tests/tools/check_docs.cpp checks the quotes against them.
#
#   scripts/records.sh BIN_DIR run   [NN…]  run each chapter as `make chapter-NN` does, show its
#                                           output, write output/default.txt unless only its
#                                           measured times changed             (make run)
#   scripts/records.sh BIN_DIR write [NN…]  rerun every record's line-1 command, rewrite the record
#                                           (make record, make record-NN)
#   scripts/records.sh BIN_DIR check [NN…]  rerun them and compare byte for byte; exit 1 and show
#                                           the difference when one changed (make check-records)
#
# Figures: the default run writes plots/ (as make chapter-NN does); write gives every record with
# ARGS (and no --out) its own folder build/runs/records/chapter-NN-NAME/, so that two records of one
# chapter rerun at once never draw into the same files; check writes all its figures to
# build/runs/check-records/chapter-NN-NAME/ and leaves plots/ alone.
# JOBS (default 2) records are rerun at a time by write and check.
#
# Measured times (seconds, not seeded) cannot repeat: output/NAME.timed lists, one extended regular
# expression a line, the record lines that print them; check compares those lines with every number
# replaced by '#' (same text, same count and place of numbers), all other lines byte for byte.
set -u -o pipefail

bin_dir=${1:?usage: scripts/records.sh BIN_DIR run|write|check [NN…]}
mode=${2:?usage: scripts/records.sh BIN_DIR run|write|check [NN…]}
shift 2
jobs=${JOBS:-2}

case $mode in run | write | check | one) ;; *)
    echo "records: unknown mode '$mode' (run, write or check)" >&2
    exit 2
    ;;
esac

# chapters/NN_name folders of the chapters asked for (all when none).
chapter_dirs() {
    if [ $# -eq 0 ]; then
        ls -d chapters/[0-9][0-9]_*/ 2>/dev/null | sed 's|/$||'
        return
    fi
    for nn in "$@"; do
        d=$(ls -d chapters/"$nn"_*/ 2>/dev/null | sed 's|/$||')
        if [ -z "$d" ]; then
            echo "records: no chapter $nn" >&2
            return 1
        fi
        echo "$d"
    done
}

# Writes to stdout what the record RECORD must hold now (line 1, then the program's stdout without
# `plot:` lines); FIGURES is the folder for figures when ARGS has no --out.
fresh() {
    local record=$1 figures=$2
    local dir=${record%/output/*} first nn args
    first=$(head -n 1 "$record")
    nn=${dir#chapters/}
    nn=${nn:0:2}
    if [[ $first == "\$ make chapter-$nn" ]]; then
        args=""
    elif [[ $first =~ ^\$\ make\ chapter-$nn\ ARGS=\"(.+)\"$ ]]; then
        args=${BASH_REMATCH[1]}
    else
        echo "records: $record: line 1 is not \`\$ make chapter-$nn\` or \`\$ make chapter-$nn ARGS=\"…\"\`: $first" >&2
        return 1
    fi
    local argv=()
    eval "argv=($args)" # word splitting and quotes as the shell of make's recipe does
    local has_out=0
    for a in "${argv[@]}"; do [[ $a == --out || $a == --out=* ]] && has_out=1; done
    [ $has_out = 1 ] || argv+=(--out "$figures")
    [ $has_out = 1 ] || mkdir -p "$figures"
    local prog="$bin_dir/ch${dir#chapters/}"
    echo "$first"
    "$prog" "${argv[@]}" | sed '/^[[:space:]]*plot:/d'
}

# record → folder for its figures when ARGS has no --out: one folder a record (records run
# JOBS at a time), except the default record of write, which draws plots/ as make chapter-NN does.
figures_for() {
    local record=$1 dir=${1%/output/*} nn
    nn=${dir#chapters/}
    nn=${nn:0:2}
    if [ "$mode" = write ] && [ "$(basename "$record")" = default.txt ]; then
        echo plots
    elif [ "$mode" = check ]; then
        echo "build/runs/check-records/chapter-$nn-$(basename "$record" .txt)"
    else
        echo "build/runs/records/chapter-$nn-$(basename "$record" .txt)"
    fi
}

# FILE with the numbers of the lines that match a pattern of PATTERNS replaced by '#' and their
# runs of blanks squeezed to one (a right-aligned column pads a shorter time with more blanks).
mask() {
    awk -v pf="$2" '
        BEGIN { while ((getline p < pf) > 0) if (p != "" && p !~ /^#/) pats[++n] = p }
        { for (i = 1; i <= n; i++) if ($0 ~ pats[i]) { gsub(/[0-9]+([.][0-9]+)?([eE][-+]?[0-9]+)?/, "#"); gsub(/ +/, " "); break }
          print }' "$1"
}

# One record (write or check): prints one line, returns 1 when it failed or differs.
one() {
    local record=$1 tmp
    tmp=$(mktemp)
    if ! fresh "$record" "$(figures_for "$record")" >"$tmp"; then
        echo "records: $record: its command failed (output above)"
        rm -f "$tmp"
        return 1
    fi
    if [ "$mode" = write ]; then
        if cmp -s "$tmp" "$record"; then echo "records: $record unchanged"; else echo "records: $record rewritten"; fi
        mv "$tmp" "$record"
        return 0
    fi
    if cmp -s "$tmp" "$record"; then
        rm -f "$tmp"
        return 0
    fi
    local timed=${record%.txt}.timed
    if [ -f "$timed" ] && cmp -s <(mask "$record" "$timed") <(mask "$tmp" "$timed"); then
        rm -f "$tmp"
        return 0
    fi
    echo "records: $record is stale: its command now prints (diff recorded → now):"
    diff "$record" "$tmp" | head -20 | sed 's/^/    /'
    echo "    (if the change is meant: make record-$(basename "${record%/output/*}" | cut -c1-2), then fix the docs that quote it;"
    echo "     lines that print measured times go in ${record%.txt}.timed, see docs/audit.md)"
    rm -f "$tmp"
    return 1
}

if [ "$mode" = one ]; then # internal: xargs calls back per record, the real mode in RECORDS_MODE
    mode=$RECORDS_MODE
    one "$1"
    exit
fi

dirs=$(chapter_dirs "$@") || exit 2

if [ "$mode" = run ]; then
    for d in $dirs; do
        nn=${d#chapters/}
        nn=${nn:0:2}
        log=$(mktemp)
        if ! "$bin_dir/ch${d#chapters/}" --out plots | tee "$log"; then
            rm -f "$log"
            exit 1
        fi
        mkdir -p "$d/output"
        record=$d/output/default.txt
        { echo "\$ make chapter-$nn"; sed '/^[[:space:]]*plot:/d' "$log"; } >"$log.record"
        # A run that differs from the record only in measured times leaves the record (and the
        # times the docs quote from it) as it is; any other difference is written.
        timed=$d/output/default.timed
        if [ -f "$record" ] && [ -f "$timed" ] &&
            cmp -s <(mask "$record" "$timed") <(mask "$log.record" "$timed"); then
            rm -f "$log.record"
        else
            mv "$log.record" "$record"
        fi
        rm -f "$log"
        echo
    done
    exit 0
fi

records=()
for d in $dirs; do
    for r in "$d"/output/*.txt; do [ -e "$r" ] && records+=("$r"); done
done
if [ ${#records[@]} = 0 ]; then
    echo "records: none in the chapters asked for (chapters/NN_name/output/NAME.txt)"
    exit 0
fi
report=$(printf '%s\n' "${records[@]}" | RECORDS_MODE=$mode xargs -P "$jobs" -n 1 "$0" "$bin_dir" one 2>&1)
rc=$?
[ -n "$report" ] && printf '%s\n' "$report"
bad=$(grep -c -e ' is stale:' -e 'its command failed' <<<"$report")
if [ "$mode" = check ]; then
    echo "check-records: ${#records[@]} records rerun, $bad stale or failing"
else
    echo "record: ${#records[@]} records rerun, $bad failing"
fi
[ $rc = 0 ] && [ "$bad" = 0 ]
