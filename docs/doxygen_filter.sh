#!/bin/sh
# Doxygen input filter (FILTER_PATTERNS in docs/Doxyfile). The code documents itself with plain
# // comments; this turns them into Doxygen comments on the fly, line for line (the line
# numbers stay), without touching the sources:
#   #pragma once + the comment block under it   →  /// \file + that block (the file's page)
#   // text above a declaration                 →  /// text (its documentation)
#   code;  // text after a member or a value     →  code;  ///< text
# In a .cpp file only comments at the start of a line (above a function) count: the indented
# ones inside function bodies are notes for the reader of the code, not API documentation.
case "$1" in *.cpp) body=0 ;; *) body=1 ;; esac
exec awk -v body="$body" '
  NR == 1 && /^#pragma once/                 { print "/// \\file"; top = 1; next }
  top && /^\/\/( |$)/                        { sub(/^\/\//, "///"); print; next }
  { top = 0 }
  /^\/\/( |$)/                               { sub(/^\/\//, "///"); print; next }
  body && /^[ \t]+\/\/( |$)/                 { sub(/\/\//, "///"); print; next }
  body && !/^[ \t]*}/ && /[;,}][ \t]+\/\/ /  { sub(/[ \t]+\/\/ /, " ///< "); print; next }
  { print }
' "$1"
