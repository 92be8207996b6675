#!/usr/bin/env bash
# bench/same_bytes.sh [ENTGRAPH] - the graph does not depend on the order of the articles nor
# on how they are sharded: Reuters-21578 built with one thread, a shuffled copy built with two,
# and its two halves built with --shard and merged in reverse order give the same GraphML
# bytes; BBC with one thread and shuffled with two give the same JSON. Prints the sha256 of
# each (first 16 digits) and the graphs' sizes. Needs ../shared/data/news (EG_DATA); skips
# without it.
set -eu
cd "$(dirname "$0")/.."
bin=${1:-build-rel/src/cli/entgraph}
data=${EG_DATA:-../shared/data}
r=$data/news/reuters21578.jsonl
b=$data/news/bbc.jsonl
if [ ! -f "$r" ] || [ ! -f "$b" ]; then
    echo "skipped: $data/news not found"
    exit 0
fi
[ -x "$bin" ] || { echo "bench/same_bytes.sh: $bin: no entgraph binary (build first)" >&2; exit 1; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
"$bin" build -q -j 1 "$r" -o "$t/a.graphml"
shuf --random-source=<(yes) "$r" > "$t/shuffled.jsonl"
"$bin" build -q -j 2 "$t/shuffled.jsonl" -o "$t/b.graphml"
n=$(wc -l < "$r")
head -n $((n / 2)) "$r" > "$t/p1.jsonl"
tail -n +$((n / 2 + 1)) "$r" > "$t/p2.jsonl"
"$bin" build -q --shard "$t/p1.jsonl" -o "$t/p1.json"
"$bin" build -q --shard "$t/p2.jsonl" -o "$t/p2.json"
"$bin" merge "$t/p2.json" "$t/p1.json" -o "$t/c.graphml"
echo "Reuters-21578: -j 1, shuffled -j 2, two shards merged in reverse order"
(cd "$t" && sha256sum a.graphml b.graphml c.graphml | cut -c1-16)
"$bin" stats "$t/a.graphml" 2>/dev/null | head -1
"$bin" build -q -j 1 "$b" -o "$t/d.json"
shuf --random-source=<(yes) "$b" > "$t/bshuffled.jsonl"
"$bin" build -q -j 2 "$t/bshuffled.jsonl" -o "$t/e.json"
echo "BBC: -j 1, shuffled -j 2"
(cd "$t" && sha256sum d.json e.json | cut -c1-16)
"$bin" stats "$t/d.json" 2>/dev/null | head -1
