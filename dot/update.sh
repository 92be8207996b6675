#!/bin/sh
# update.sh ENTGRAPH SRCDIR - regenerate the diagrams of samples/ kept in dot/: the whole graph
# (DOT, SVG, PNG) and the neighbourhood of one entity (PNG).
set -eu
export LC_ALL=C
"$1" build -q --threads 1 "$2/samples" -o "$2/dot/samples.dot" -o "$2/dot/samples.svg" \
    -o "$2/dot/samples.png"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$1" build -q --threads 1 "$2/samples" -o "$tmp/samples.json"
"$1" render "$tmp/samples.json" --ego "Mohamed Bazoum" -o "$2/dot/ego-bazoum.png" 2>/dev/null
