#!/usr/bin/env bash
# shards_exact.sh ENTGRAPH SRCDIR - shards that carry their state merge exactly: the generated
# corpus (tests/gen_corpus.py, 2,000 articles; 500 under the sanitizers) built with --shard in
# 2, 4, 7 and 16 shards and merged in several orders and tree shapes (merge --shard, then merge
# of merges) gives the same bytes as one build; merge --shard of all shards gives the bytes of
# build --shard of the whole. Reuters-21578 in 4 shards too when ../shared (or $EG_DATA) holds it.
set -eu
export LC_ALL=C
bin=$(realpath "$1") src=$(realpath "$2")
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0
shuffle() { # shuffle SEED: the lines of stdin in a random order (seed 0: reversed)
    python3 -c 'import random,sys
lines = sys.stdin.readlines()
s = int(sys.argv[1])
lines.reverse() if s == 0 else random.Random(s).shuffle(lines)
sys.stdout.write("".join(lines))' "$1"
}
tree() { # tree OUT GRAPH...: merge --shard pairwise, level by level, the last level plain
    local out=$1
    shift
    local level=("$@") n=0
    while [ ${#level[@]} -gt 2 ]; do
        local next=()
        for ((i = 0; i < ${#level[@]}; i += 2)); do
            n=$((n + 1))
            if [ $((i + 1)) -lt ${#level[@]} ]; then
                "$bin" merge --shard "${level[i]}" "${level[i + 1]}" -o "$t/tree-$n.json"
                next+=("$t/tree-$n.json")
            else
                next+=("${level[i]}")
            fi
        done
        level=("${next[@]}")
    done
    "$bin" merge "${level[@]}" -o "$out"
}
check() { # check CORPUS K [SEEDS]: K shards of CORPUS, merged several ways, equal one build
    local corpus=$1 k=$2 seeds=${3:-0 3} d="$t/sh$2"
    rm -rf "$d"
    mkdir "$d"
    split -n l/"$k" -d -a 2 --additional-suffix=.jsonl "$corpus" "$d/part-"
    for f in "$d"/part-*.jsonl; do
        "$bin" build -q --threads 1 --shard "$f" -o "${f%.jsonl}.json"
    done
    ls "$d"/part-*.json > "$t/list"
    "$bin" merge $(cat "$t/list") -o "$t/m.json"
    cmp "$t/ref.json" "$t/m.json"
    for seed in $seeds; do
        "$bin" merge $(shuffle $seed < "$t/list") -o "$t/m.json"
        cmp "$t/ref.json" "$t/m.json"
        tree "$t/m.json" $(shuffle $seed < "$t/list")
        cmp "$t/ref.json" "$t/m.json"
    done
    echo "$corpus in $k shards: same bytes as one build (flat and tree merges, orders: $seeds)"
    pass=$((pass + 1))
}
# under the sanitizers (ten times slower) a smaller corpus in fewer shard counts; the release
# build runs all of them
articles=2000 counts="2 4 7 16"
if [ -n "${EG_SANITIZED:-}" ]; then
    articles=500 counts="2 7 16"
fi
python3 "$src/tests/gen_corpus.py" $articles 14 > "$t/gen.jsonl"
"$bin" build -q "$t/gen.jsonl" -o "$t/ref.json"
for k in $counts; do
    check "$t/gen.jsonl" $k
done
# the state itself: merge --shard of the shards (here 16) is build --shard of the whole
"$bin" build -q --shard "$t/gen.jsonl" -o "$t/whole-state.json"
"$bin" merge --shard "$t"/sh16/part-*.json -o "$t/m.json"
cmp "$t/whole-state.json" "$t/m.json"
# and a shard graph is still a graph: queries read it
"$bin" stats "$t/sh16/part-00.json" > /dev/null
pass=$((pass + 1))
# a state that does not hold together is refused with one line, no output file
python3 -c 'import json,sys
g = json.load(open(sys.argv[1]))
g["shard"]["pairs"][0][0] = 10**9
json.dump(g, open(sys.argv[2], "w"))' "$t/sh2/part-00.json" "$t/bad.json"
if "$bin" merge "$t/bad.json" "$t/sh2/part-01.json" -o "$t/bad-out.json" 2> "$t/err"; then
    echo "a broken shard state was merged"
    exit 1
fi
grep -q '^entgraph: .*shard 1: bad state (pairs)' "$t/err"
[ "$(wc -l < "$t/err")" -eq 1 ] && [ ! -e "$t/bad-out.json" ]
# --shard needs shard graphs
"$bin" build -q "$t/sh2/part-00.jsonl" -o "$t/plain.json"
if "$bin" merge --shard "$t/plain.json" "$t/sh2/part-01.json" -o "$t/x.json" 2> "$t/err"; then
    exit 1
fi
grep -q 'every GRAPH must be built with --shard' "$t/err"
# shards built with other options do not merge; --shard refuses what a merge cannot redo
"$bin" build -q --shard --evidence 2 "$t/sh2/part-00.jsonl" -o "$t/e2.json"
if "$bin" merge "$t/e2.json" "$t/sh2/part-01.json" -o "$t/x.json" 2> "$t/err"; then
    exit 1
fi
grep -q '^entgraph: .*shard 2: built with other options than shard 1' "$t/err"
if "$bin" build -q --shard --min-weight 2 "$t/sh2/part-00.jsonl" -o "$t/x.json" 2> "$t/err"; then
    exit 1
fi
grep -q -- '--shard: not with --aliases' "$t/err"
pass=$((pass + 4))
reuters=${EG_DATA:-$src/../shared/data}/news/reuters21578.jsonl
if [ -n "${EG_SANITIZED:-}" ]; then
    echo "sanitizer build: Reuters skipped (the release build runs it)"
elif [ -f "$reuters" ]; then
    "$bin" build -q "$reuters" -o "$t/ref.json"
    check "$reuters" 4 0 # about 50 s: one reversed order
else
    echo "Reuters not present: its shards skipped"
fi
echo "$pass passed, 0 failed"
