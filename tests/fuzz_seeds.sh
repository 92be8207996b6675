#!/usr/bin/env bash
# fuzz_seeds.sh - the graph seeds of the fuzz corpus (tests/fuzz/corpus/graph: the reproducers
# of issue 13 and the fuzzers' findings) through the release CLI, which the fuzz build does
# not test: stats, neighbors and merge to JSON and GraphML either succeed or fail with one
# 'entgraph: ...' line (never a signal), and what merge writes loads again.
# usage: fuzz_seeds.sh ENTGRAPH SOURCE_ROOT
set -u
bin=$1
src=$2
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fails=0
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }
# status 0, or 1 with a one-line entgraph message
clean() {
    local what=$1 rc
    shift
    "$@" > /dev/null 2> "$t/err"
    rc=$?
    if [ "$rc" = 0 ]; then
        return 0
    fi
    if [ "$rc" != 1 ] || [ "$(wc -l < "$t/err")" != 1 ] || ! grep -q '^entgraph: ' "$t/err"; then
        bad "$what: status $rc: $(head -c 300 "$t/err")"
    fi
    return 1
}
n=0
for f in "$src"/tests/fuzz/corpus/graph/*; do
    name=$(basename "$f")
    ext=${name##*.}
    tail -n +2 "$f" > "$t/in.$ext" # the first line is fuzz_graph's control line
    clean "$name stats" "$bin" stats "$t/in.$ext"
    clean "$name neighbors" "$bin" neighbors "$t/in.$ext" France
    for out in json graphml; do
        if clean "$name merge -o .$out" "$bin" merge "$t/in.$ext" -o "$t/m.$out"; then
            "$bin" stats "$t/m.$out" > /dev/null 2> "$t/err" ||
                bad "$name: merge wrote a $out graph that does not load: $(cat "$t/err")"
        fi
    done
    n=$((n + 1))
done
[ "$n" -ge 30 ] || bad "only $n graph seeds found"
# fuzz_files finding: "evidence" given twice in an edge kept an uninitialized entry (a crash
# under ASan, a mix of both lists in release); the last list counts
tail -n +2 "$src/tests/fuzz/corpus/graph/evidence-twice.json" > "$t/ev.json"
if ! "$bin" merge "$t/ev.json" -o "$t/ev-out.json" 2> "$t/err"; then
    bad "evidence twice: $(cat "$t/err")"
elif grep -q '"first\."' "$t/ev-out.json" || ! grep -q 'Durand chairs the Bordeaux Council' "$t/ev-out.json"; then
    bad "evidence twice: not the last list: $(grep -o '"evidence":[^]]*' "$t/ev-out.json" | head -1)"
fi
if [ "$fails" -gt 0 ]; then
    echo "$fails failure(s)"
    exit 1
fi
echo "ok: $n graph seeds"
