#!/usr/bin/env bash
# public_cli.sh ENTGRAPH ENTGRAPH_PUBLIC SRCDIR - the CLI linked against the shared library
# (only EG_API symbols visible; it would not link if the CLI called anything else) gives the
# bytes the usual program gives: build, neighbors, path, stats, entities, tag.
set -eu
export LC_ALL=C
bin=$1 pub=$2 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {
    "$bin" "$@" > "$tmp/a.out" 2> "$tmp/a.err" || echo "status $?" >> "$tmp/a.err"
    "$pub" "$@" > "$tmp/b.out" 2> "$tmp/b.err" || echo "status $?" >> "$tmp/b.err"
    if cmp -s "$tmp/a.out" "$tmp/b.out" && cmp -s "$tmp/a.err" "$tmp/b.err" && [ -s "$tmp/a.out" ]; then
        echo "same: $*"
    else
        echo "DIFFERENT: $*"
        diff "$tmp/a.out" "$tmp/b.out" | head -5
        diff "$tmp/a.err" "$tmp/b.err" | head -5
        fail=1
    fi
}
"$bin" build -q --threads 2 "$src/samples" -o "$tmp/g.json"
check build -q --threads 2 "$src/samples"
check neighbors "$tmp/g.json" bazoum --depth 2 --evidence
check path --json "$tmp/g.json" tinubu france
check stats "$tmp/g.json"
check stats --timeline niger "$src/tests/query/dated.json"
check entities --explain --threads 2 "$src/samples"
check tag "$src/tests/query/tiny.conll"
check merge "$src/tests/query/banks-japan-shard.json" "$src/tests/query/banks-england-shard.json"
exit $fail
