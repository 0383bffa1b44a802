#!/usr/bin/env bash
# make check-install: installs into a temporary PREFIX, builds tests/install/use_redes.cpp there
# with nothing but CXX and pkg-config (no -Isrc), runs it; checks that redes/redes.hpp includes
# every installed header and builds and runs tests/install/use_umbrella.cpp (only that include);
# uninstalls, and checks that nothing is left behind.
#   scripts/check_install.sh CXX
set -u -o pipefail

cxx=${1:?usage: scripts/check_install.sh CXX}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

make --no-print-directory install PREFIX="$prefix" DESTDIR= || exit 1
cp tests/install/use_redes.cpp "$tmp/"
flags=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs redes) || exit 1
echo "check-install: pkg-config --cflags --libs redes → $flags"
# shellcheck disable=SC2086
(cd "$tmp" && $cxx -std=c++17 -Wall -Wextra use_redes.cpp $flags -o use_redes) || exit 1
mkdir -p "$tmp/scratch"
"$tmp/use_redes" data/digits.csv.gz "$tmp/scratch" || exit 1

# The umbrella: it names every installed header, and a program including only it builds and runs.
include=$prefix/include
missing=$(cd "$include" && find redes -name '*.hpp' ! -path redes/redes.hpp | sort |
    while read -r h; do grep -q "^#include \"$h\"" redes/redes.hpp || echo "$h"; done)
if [ -n "$missing" ]; then
    echo "check-install: src/redes/redes.hpp does not include:" $missing
    exit 1
fi
cp tests/install/use_umbrella.cpp "$tmp/"
# shellcheck disable=SC2086
(cd "$tmp" && $cxx -std=c++17 -Wall -Wextra use_umbrella.cpp $flags -o use_umbrella) || exit 1
"$tmp/use_umbrella" || exit 1
make --no-print-directory uninstall PREFIX="$prefix" DESTDIR= >/dev/null || exit 1
left=$(find "$prefix" -type f)
if [ -n "$left" ]; then
    echo "check-install: uninstall left files behind:"
    echo "$left"
    exit 1
fi
echo "check-install: install, pkg-config build, run and uninstall all worked"
