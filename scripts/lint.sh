#!/usr/bin/env bash
# make lint: clang-format (.clang-format) and clang-tidy (.clang-tidy) over src/ tests/ chapters/
# (tests/data/ left alone: fixtures laid out as they are on purpose). Prints every finding and one
# summary line; exit 1 on any finding.
#
# Which files: by default those changed since the branch left LINT_BASE (default main): `git diff`
# against the merge-base of HEAD and LINT_BASE, uncommitted changes and new files included (on
# LINT_BASE itself with nothing uncommitted: the last commit). LINT_ALL=1: every file (some 25
# CPU-minutes of clang-tidy). clang-tidy runs on .cpp files; a changed header is checked through
# the .cpp of the same name beside it, else through the first .cpp that includes it.
#
# clang-tidy runs through `make lint-tidy` (LINT_JOBS at a time), which keeps each file's result
# in build/lint/FILE.tidy and re-checks a file only when it, a header it reads or .clang-tidy
# changed.
#   scripts/lint.sh          (from make lint; reads LINT_ALL, LINT_BASE, LINT_JOBS, CLANG_FORMAT)
set -u -o pipefail

clang_format=${CLANG_FORMAT:-clang-format}
jobs=${LINT_JOBS:-2}
base_ref=${LINT_BASE:-main}
lint_dir=build/lint

all_sources() { # every .cpp/.hpp (or only .cpp with "cpp") of the three folders
    local names=(-name '*.cpp' -o -name '*.hpp')
    [ "${1:-}" = cpp ] && names=(-name '*.cpp')
    find src tests chapters -path tests/data -prune -o \( "${names[@]}" \) -print | sort
}

changed_sources() {
    local base
    if ! base=$(git merge-base HEAD "$base_ref" 2>/dev/null); then
        echo "lint: no branch '$base_ref' to compare with; set LINT_BASE=<ref> or LINT_ALL=1" >&2
        return 1
    fi
    if [ "$base" = "$(git rev-parse HEAD)" ] && git diff --quiet HEAD &&
        [ -z "$(git ls-files --others --exclude-standard src tests chapters)" ]; then
        base=HEAD~1 # on the base itself, nothing uncommitted: the last commit
    fi
    echo "lint: files changed since $(git rev-parse --short "$base") (${base_ref}'s merge-base; LINT_ALL=1 for all)" >&2
    { git diff --name-only --diff-filter=d "$base" -- src tests chapters
      git ls-files --others --exclude-standard src tests chapters; } |
        grep -E '\.(cpp|hpp)$' | grep -v '^tests/data/' | sort -u
}

# The .cpp files that check a header: the one beside it, else the first that includes it.
tidy_units() {
    local f stem inc
    for f in "$@"; do
        case $f in
        *.cpp) echo "$f" ;;
        *.hpp)
            stem=${f%.hpp}
            if [ -f "$stem.cpp" ]; then
                echo "$stem.cpp"
            else
                inc=${f#src/}
                all_sources cpp | xargs grep -l -F "\"$inc\"" 2>/dev/null | head -1
            fi
            ;;
        esac
    done | sort -u
}

if [ "${LINT_ALL:-0}" = 1 ]; then
    files=$(all_sources)
else
    files=$(changed_sources) || exit 2
fi
if [ -z "$files" ]; then
    echo "lint: no changed .cpp/.hpp in src/ tests/ chapters/ (LINT_ALL=1 checks every file)"
    exit 0
fi
units=$(tidy_units $files)
n_files=$(wc -w <<<"$files")
n_units=$(wc -w <<<"$units")

# clang-format: every file as .clang-format lays it out.
fmt_out=$("$clang_format" --dry-run --Werror $files 2>&1)
fmt_files=$(printf '%s\n' "$fmt_out" | grep -o '^[^:]*:[0-9]*:[0-9]*: error:' | cut -d: -f1 | sort -u)
fmt_n=$(printf '%s' "$fmt_files" | grep -c .)
[ "$fmt_n" -gt 0 ] && printf '%s\n' "$fmt_files" | sed 's/^/  not formatted: /'

# clang-tidy, through make for its per-file cache.
tidy_n=0
if [ -n "$units" ]; then
    # shellcheck disable=SC2086
    make -s --no-print-directory -j"$jobs" lint-tidy TIDY_SRC="$(echo $units)" || exit 1
    stamps=$(for u in $units; do echo "$lint_dir/$u.tidy"; done)
    # shellcheck disable=SC2086
    findings=$(cat $stamps | grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' | sed "s|^$PWD/||" | sort -u)
    tidy_n=$(printf '%s' "$findings" | grep -c .)
    [ "$tidy_n" -gt 0 ] && printf '%s\n' "$findings" | sed 's/^/  /'
fi

hint=""
[ "$fmt_n" -gt 0 ] && hint=" (make format fixes them)"
echo "lint: clang-format: $fmt_n of $n_files files differ from .clang-format$hint; clang-tidy: $tidy_n findings over $n_units files (each file's in $lint_dir/FILE.tidy)"
[ "$fmt_n" = 0 ] && [ "$tidy_n" = 0 ]
