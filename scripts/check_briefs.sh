#!/usr/bin/env bash
# make check-briefs (and make test, beside check-docs): every class and struct a header under
# src/redes defines has a description on its Doxygen page. docs/doxygen_filter.sh gives it one
# when, as it reads the header,
#   - a // comment stands on the line right above it (or above its `template <…>` line), or
#   - it is at namespace level and the header's opening comment (under #pragma once) starts with
#     its name (or its plural), or it is the header's only class: the file comment describes it.
# Forward declarations (`struct Impl;`) and enum classes are not classes here.
# Prints each class without one as FILE:LINE NAME and exits 1; exits 0 with a count otherwise.
#   scripts/check_briefs.sh [DIR]      (default src/redes)
set -u -o pipefail

dir=${1:-src/redes}
headers=$(find "$dir" -name '*.hpp' | sort)
[ -n "$headers" ] || { echo "check-briefs: no headers under $dir"; exit 1; }

# shellcheck disable=SC2086
awk '
  function report(   ) {
    for (i = 1; i <= nc; i++) {
      if (cdoc[i]) { ok++; continue }
      if (!cindent[i] && topword != "" && (cname[i] == topword || cname[i] "s" == topword || classes == 1)) { ok++; continue }
      print FILENAME_prev ":" cline[i] " " cname[i] ": no // comment above it (one line naming the lecture concept or formula)"
      bad++
    }
  }
  FNR == 1 {
    if (NR > 1) report()
    FILENAME_prev = FILENAME; nc = 0; classes = 0; topword = ""; top = 0; prev = ""; prevprev = ""
  }
  FNR == 1 && /^#pragma once/ { top = 1; prev = $0; next }
  top && /^\/\/( |$)/ {
    if (topword == "") { w = substr($0, 3); sub(/^ +/, "", w); sub(/[^A-Za-z0-9_].*$/, "", w); topword = w }
    prev = $0; next
  }
  { top = 0 }
  /^[ \t]*(class|struct) [A-Za-z_][A-Za-z0-9_]*/ {
    if ($0 ~ /^[ \t]*(class|struct) [A-Za-z0-9_]+[ \t]*;/) { prevprev = prev; prev = $0; next }  # declared only
    name = $0; sub(/^[ \t]*(class|struct) /, "", name); sub(/[^A-Za-z0-9_].*$/, "", name)
    above = prev
    if (above ~ /^[ \t]*template[ \t]*</) above = prevprev
    nc++; cname[nc] = name; cline[nc] = FNR
    cindent[nc] = ($0 ~ /^[ \t]/)
    cdoc[nc] = (above ~ /^[ \t]*\/\/( |$)/)
    if (!cindent[nc]) classes++
  }
  { prevprev = prev; prev = $0 }
  END {
    if (NR > 0) report()
    if (bad) { print "check-briefs: " bad " of " ok + bad " classes have no description (docs/doxygen_filter.sh turns the // comment above a class into its Doxygen brief)"; exit 1 }
    print "check-briefs: " ok " classes and structs in " ARGC - 1 " headers, each with a description"
  }
' $headers
