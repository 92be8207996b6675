#!/usr/bin/env bash
# bench/alias.sh [BUILD_DIR] - merge precision and recall of alias resolution on the corpus in
# tests/alias_corpus (articles written for entgraph: 40 alias cases, 19 look-alike traps).
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-rel}
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
meson compile -C "$build" >/dev/null
python3 tests/alias_corpus/score.py "$build/src/cli/entgraph" tests/alias_corpus
