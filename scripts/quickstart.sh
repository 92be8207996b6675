#!/bin/sh
# quickstart.sh - install what is missing, build entgraph, and turn samples/ into a graph:
# out/samples.json, .graphml, .dot and an .svg diagram.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
[ -d build ] || meson setup build --buildtype=release
meson compile -C build
mkdir -p out
./build/src/cli/entgraph build samples/ \
    -o out/samples.json -o out/samples.graphml -o out/samples.dot -o out/samples.svg
