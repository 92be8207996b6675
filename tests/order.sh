#!/usr/bin/env bash
# order.sh ENTGRAPH SRCDIR - the graph does not depend on the order of the articles: a
# generated corpus (tests/gen_corpus.py) built in several shuffled orders gives the same bytes,
# as JSON and as GraphML, and merging its shards gives the same bytes in any order of the
# shards; so does Reuters-21578, reversed and shuffled, when ../shared (or
# $EG_DATA) holds it.
set -eu
export LC_ALL=C
bin=$(realpath "$1") src=$(realpath "$2")
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
shuffle() { # shuffle IN SEED > OUT: the lines of IN in a random order (seed 0: reversed)
    python3 -c 'import random,sys
lines = open(sys.argv[1], encoding="utf-8").readlines()
s = int(sys.argv[2])
lines.reverse() if s == 0 else random.Random(s).shuffle(lines)
sys.stdout.write("".join(lines))' "$1" "$2"
}
pass=0
python3 "$src/tests/gen_corpus.py" 1500 14 > "$t/gen.jsonl"
"$bin" build -q "$t/gen.jsonl" -o "$t/ref.json"
"$bin" build -q "$t/gen.jsonl" -o "$t/ref.graphml"
for seed in 0 1 2 3; do
    shuffle "$t/gen.jsonl" $seed > "$t/s.jsonl"
    "$bin" build -q "$t/s.jsonl" -o "$t/s.json"
    "$bin" build -q "$t/s.jsonl" -o "$t/s.graphml"
    cmp "$t/ref.json" "$t/s.json"
    cmp "$t/ref.graphml" "$t/s.graphml"
    pass=$((pass + 1))
done
# merge does not depend on the order of its shards either (4 and 7 shards, several orders)
for k in 4 7; do
    mkdir "$t/sh$k"
    split -n l/$k -d --additional-suffix=.jsonl "$t/gen.jsonl" "$t/sh$k/part-"
    for f in "$t/sh$k"/part-*.jsonl; do
        "$bin" build -q --threads 1 "$f" -o "${f%.jsonl}.json"
    done
    ls "$t/sh$k"/part-*.json > "$t/list"
    "$bin" merge $(cat "$t/list") -o "$t/m.json"
    for seed in 0 5; do
        shuffle "$t/list" $seed > "$t/list2"
        "$bin" merge $(cat "$t/list2") -o "$t/m2.json"
        cmp "$t/m.json" "$t/m2.json"
        pass=$((pass + 1))
    done
done
reuters=${EG_DATA:-$src/../shared/data}/news/reuters21578.jsonl
if [ -n "${EG_SANITIZED:-}" ]; then
    echo "sanitizer build: Reuters skipped (the release build runs it)"
elif [ -f "$reuters" ]; then
    "$bin" build -q "$reuters" -o "$t/r.json"
    for seed in 0 7; do
        shuffle "$reuters" $seed > "$t/rs.jsonl"
        "$bin" build -q "$t/rs.jsonl" -o "$t/rs.json"
        cmp "$t/r.json" "$t/rs.json"
        pass=$((pass + 1))
    done
else
    echo "Reuters not present: its shuffled builds skipped"
fi
echo "$pass passed, 0 failed"
