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
# the interactive view, and a screenshot of it with an entity found by an alias (needs chromium)
"$1" build -q --threads 1 "$2/samples" -o "$2/dot/samples.html"
browser=$(command -v chromium || true)
if [ -n "$browser" ]; then
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
        --user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1280,800 \
        --screenshot="$2/dot/samples-html.png" "file://$(realpath "$2/dot/samples.html")#q=bazuma" \
        2>/dev/null
fi
