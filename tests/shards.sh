#!/usr/bin/env bash
# shards.sh ENTGRAPH SRCDIR - the sharded workflow of the README with GNU parallel: split the
# corpus, build each shard in parallel with --shard, merge; the result has the bytes of one
# build of the whole.
set -eu
export LC_ALL=C
bin=$(realpath "$1") src=$2
if ! command -v parallel >/dev/null; then
    echo "GNU parallel not installed: skipped"
    exit 77
fi
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
# the generated corpus (tests/gen_corpus.py, 2,000 articles) in 8 shards built with --shard
python3 "$src/tests/gen_corpus.py" 2000 14 > "$t/corpus.jsonl"
mkdir "$t/shards"
split -n l/8 -d --additional-suffix=.jsonl "$t/corpus.jsonl" "$t/shards/part-"
parallel --will-cite -j 2 "$bin" build -q --threads 1 --shard {} -o {.}.json ::: "$t"/shards/*.jsonl
"$bin" merge "$t"/shards/*.json -o "$t/merged.json"
"$bin" build -q "$t/corpus.jsonl" -o "$t/whole.json"
cmp "$t/merged.json" "$t/whole.json"
echo "1 passed, 0 failed"
