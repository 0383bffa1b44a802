#!/usr/bin/env bash
# make test, after the build: check-docs and check-briefs, the Boost.Test suite, then
# check-records; one last line
#   tests: N passed, M failed[; check-docs failed][; check-briefs failed][; records stale]
# (N and M read from Boost.Test's XML report, so CI can parse the line). Exit 0 iff all hold.
#   scripts/run_tests.sh BUILD_DIR        (RECORDS=0 skips check-records)
set -u -o pipefail

build=${1:?usage: scripts/run_tests.sh BUILD_DIR}
bin=$build/bin

docs=ok
"$bin/check_docs" || docs=failed
briefs=ok
scripts/check_briefs.sh || briefs=failed

rc=0
report=$build/test-report.xml
rm -f "$report"
"$bin/tests" --report_format=XML --report_level=short --report_sink="$report" --log_level=error || rc=$?
count() { grep -o "$1=\"[0-9]*\"" "$report" | head -1 | tr -dc 0-9; }
if [ -s "$report" ]; then
    passed=$(count test_cases_passed)
    failed=$(count test_cases_failed)
    aborted=$(count test_cases_aborted)
    failed=$((${failed:-0} + ${aborted:-0}))
else
    echo "tests: the test program stopped before writing its report (exit $rc)"
    passed=0
    failed=1
fi
[ $rc -ne 0 ] && [ "$failed" = 0 ] && failed=1

records=ok
if [ "${RECORDS:-1}" != 0 ]; then
    scripts/records.sh "$bin" check || records=stale
fi

line="tests: $passed passed, $failed failed"
[ $docs = ok ] || line="$line; check-docs failed (its problems are listed above)"
[ $briefs = ok ] || line="$line; check-briefs failed (classes listed above)"
[ $records = ok ] || line="$line; records stale (listed above)"
echo "$line"
[ $rc = 0 ] && [ "$failed" = 0 ] && [ $docs = ok ] && [ $briefs = ok ] && [ $records = ok ]
