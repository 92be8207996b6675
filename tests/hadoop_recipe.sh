#!/usr/bin/env bash
# hadoop_recipe.sh ENTGRAPH SRCDIR - the README's Hadoop Streaming recipe, run by hand: the
# binary bundled with its libraries (tools/bundle.sh) and run with an empty environment, each
# "mapper" builds its split from standard input, `getmerge` concatenates the part files, one
# "reducer" merges them from standard input. Each mapper's graph is put on one line (a
# Streaming record: no tab, so all key), the shuffle sorts the records, the one reducer reads
# them all with `merge -`. Equals one build of the five samples.
set -eu
export LC_ALL=C
bin=$(realpath "$1") src=$(realpath "$2")
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
bash "$src/tools/bundle.sh" "$bin" "$t/bundle"
# an empty environment (but the sanitizers' options, when the test runs under them)
run() { env -i ASAN_OPTIONS="${ASAN_OPTIONS:-}" LSAN_OPTIONS="${LSAN_OPTIONS:-}" \
            UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" "$t/bundle/entgraph" "$@"; }
for f in "$src"/samples/*.txt; do
    python3 -c 'import json,sys,os; p=sys.argv[1]; print(json.dumps({"id": os.path.basename(p)[:-4], "text": open(p, encoding="utf-8").read()}))' "$f"
done > "$t/corpus.jsonl"
split -l 2 -d "$t/corpus.jsonl" "$t/split-"
oneline='import json,sys; print(json.dumps(json.load(sys.stdin), ensure_ascii=False))'
for s in "$t"/split-*; do # the mappers
    run build -q --threads 1 --shard --format json --jsonl - < "$s" | python3 -c "$oneline" \
        > "$t/map-${s##*-}"
done
sort "$t"/map-* > "$t/shuffled" # the shuffle: records sorted by key
run merge - -o "$t/merged.json" < "$t/shuffled" # the one reducer
"$bin" build -q "$t/corpus.jsonl" -o "$t/whole.json"
cmp "$t/merged.json" "$t/whole.json"
# -numReduceTasks 0 and `hadoop fs -getmerge graphs/ -`: the part files back to back
cat "$t"/map-* | run merge - -o "$t/merged2.json"
cmp "$t/merged2.json" "$t/whole.json"
echo "2 passed, 0 failed"
