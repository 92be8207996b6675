#!/usr/bin/env bash
# dot_uptodate.sh ENTGRAPH SRCDIR - dot/samples.dot and dot/samples.svg must be what the
# current build produces from samples/ (regenerate with `meson compile -C build update-dot`).
set -eu
export LC_ALL=C
bin=$(realpath "$1") src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" build -q --threads 1 "$src/samples" -o "$tmp/samples.dot" -o "$tmp/samples.svg" \
    -o "$tmp/samples.html"
fail=0
for f in samples.dot samples.svg samples.html; do
    if ! cmp -s "$src/dot/$f" "$tmp/$f"; then
        echo "dot/$f is out of date: run 'meson compile -C build update-dot'"
        diff -u "$src/dot/$f" "$tmp/$f" | head -20
        fail=1
    fi
done
exit $fail
