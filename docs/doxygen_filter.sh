#!/bin/sh
# Doxygen input filter (FILTER_PATTERNS in docs/Doxyfile). The code documents itself with plain
# // comments; this turns them into Doxygen comments on the fly, line for line (the line
# numbers stay), without touching the sources:
#   #pragma once + the comment block under it   →  /// \file + that block (the file's page)
#   // text above a declaration                 →  /// text (its documentation)
#   code;  // text after a member or a value     →  code;  ///< text
#   //   indented lines after a blank // line   →  kept as a code block (\code … \endcode on the
#        or after a line ending in ':'              first and last line), not run into the prose
#   class X { with no comment above it           →  /** \copydoc the header */ class X {, when the
#                                                   header's comment starts with X or X is its
#                                                   only class (the file comment describes it)
# A comment block followed by a blank line, `namespace`, a # directive or `}` stays a plain
# comment: it is a note on a section, not the documentation of what follows.
# In a .cpp file only comments at the start of a line (above a function) count: the indented
# ones inside function bodies are notes for the reader of the code, not API documentation.
case "$1" in *.cpp) body=0 ;; *) body=1 ;; esac
# The header as Doxygen names it (STRIP_FROM_PATH = src): …/src/redes/x/y.hpp → redes/x/y.hpp
name=$(printf '%s' "$1" | sed 's|^.*/src/||; s|^src/||')
exec awk -v body="$body" -v name="$name" '
  # pass 1: how many classes the file declares at namespace level
  FNR == NR { if ($0 ~ /^(class|struct) [A-Za-z_][A-Za-z0-9_]*/ && $0 !~ /;[ \t]*$/) classes++; next }

  function is_code(rest) { return rest ~ /^   +[^ ]/ }
  # Prints the buffered comment lines n0+1 … n: as documentation (doc = 1) or as they were.
  function flush(doc,    i, j, start, last) {
    if (n == 0) return
    if (!doc) { for (i = 1; i <= n; i++) print orig[i]; n = 0; documented = 0; return }
    for (i = 1; i <= n; i++) mark[i] = ""
    for (i = 1; i <= n; i++) {
      if (!is_code(rest[i]) || (i > 1 && rest[i - 1] !~ /^[ \t]*$/ && rest[i - 1] !~ /:[ \t]*$/)) continue
      last = i
      for (j = i + 1; j <= n; j++) {
        if (is_code(rest[j])) last = j
        else if (rest[j] !~ /^[ \t]*$/) break
      }
      mark[i] = "start"; mark[last] = mark[last] "end"; i = last
    }
    for (i = 1; i <= n; i++) {
      line = lead[i] "///" (mark[i] ~ /start/ ? " \\code" : "") rest[i] (mark[i] ~ /end/ ? " \\endcode" : "")
      print line
    }
    n = 0; documented = 1
  }
  function push(l, r) { n++; orig[n] = l; rest[n] = r; match(l, /^[ \t]*/); lead[n] = substr(l, 1, RLENGTH) }

  FNR == 1 && /^#pragma once/ { print "/// \\file"; top = 1; next }
  top && /^\/\/( |$)/ {
    r = substr($0, 3); push($0, r)
    if (!topword) { topword = r; sub(/^ +/, "", topword); sub(/[^A-Za-z0-9_].*$/, "", topword) }
    next
  }
  top { top = 0; flush(1) }
  /^\/\/( |$)/                  { push($0, substr($0, 3)); next }
  body && /^[ \t]+\/\/( |$)/    { i = index($0, "//"); push($0, substr($0, i + 2)); next }
  {
    was = n
    flush(!($0 ~ /^[ \t]*$/ || $0 ~ /^[ \t]*(namespace|#|})/))
    if (!was) documented = 0
  }
  body && !/^[ \t]*}/ && /[;,}][ \t]+\/\/ / { sub(/[ \t]+\/\/ /, " ///< "); print; documented = 0; next }
  /^(class|struct) [A-Za-z_][A-Za-z0-9_]*/ && !/;[ \t]*$/ && !documented {
    cls = $2; sub(/[^A-Za-z0-9_].*$/, "", cls)
    if (body && (cls == topword || cls "s" == topword || classes == 1)) { print "/** \\copydoc " name " */ " $0; next }
  }
  { print; if ($0 !~ /^[ \t]*$/) documented = 0 }
  END { flush(0) }
' "$1" "$1"
