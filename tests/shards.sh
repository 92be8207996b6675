#!/usr/bin/env bash
# shards.sh ENTGRAPH SRCDIR - the sharded workflow of the README with GNU parallel: split the
# corpus, build each shard in parallel, merge; the result equals one build of the whole.
set -eu
export LC_ALL=C
bin=$(realpath "$1") src=$2
if ! command -v parallel >/dev/null; then
    echo "GNU parallel not installed: skipped"
    exit 77
fi
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
# the samples as one JSONL corpus, split into shards of two articles
for f in "$src"/samples/*.txt; do
    python3 -c 'import json,sys,os; p=sys.argv[1]; print(json.dumps({"id": os.path.basename(p)[:-4], "text": open(p, encoding="utf-8").read()}))' "$f"
done > "$t/corpus.jsonl"
mkdir "$t/shards"
split -l 2 -d --additional-suffix=.jsonl "$t/corpus.jsonl" "$t/shards/part-"
parallel --will-cite -j 2 "$bin" build -q --format json {} -o {.}.json ::: "$t"/shards/*.jsonl
"$bin" merge "$t"/shards/*.json -o "$t/merged.json"
"$bin" build -q "$t/corpus.jsonl" -o "$t/whole.json"
cmp "$t/merged.json" "$t/whole.json"
echo "1 passed, 0 failed"
