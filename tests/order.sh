#!/usr/bin/env bash
# order.sh ENTGRAPH SRCDIR - the graph does not depend on the order of the articles: a
# generated corpus (tests/gen_corpus.py) built in several shuffled orders gives the same bytes,
# as JSON and as GraphML; so does Reuters-21578, reversed and shuffled, when ../shared (or
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
reuters=${EG_DATA:-$src/../shared/data}/news/reuters21578.jsonl
if [ -f "$reuters" ]; then
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
