#!/usr/bin/env bash
# merge_inputs.sh ENTGRAPH SRCDIR - what `merge` refuses, with one line and exit 1, and no
# output file: a shard state whose counts or indices are not whole numbers in range (1e30 was
# cast to 0), an article in two inputs (counted twice), inputs built with other options (the
# result depended on their order), and counts that add up past 32 bits (they wrapped
# around). Merging disjoint shards stays exactly one build of the whole.
. "$(dirname "$0")/testlib.sh" "$@"
s=$src/samples
# refuse ARGS... -- LINE: merge ARGS exits 1 with exactly LINE on stderr and writes nothing
refuse() {
    local args=() line
    while [ "$1" != -- ]; do args+=("$1"); shift; done
    line=$2
    rm -f "$tmp/out.json"
    "$bin" merge "${args[@]}" -o "$tmp/out.json" > /dev/null 2> "$tmp/err"
    local got=$?
    check test "$got" = 1
    check test "$(cat "$tmp/err")" = "$line"
    check test ! -e "$tmp/out.json"
}
# edit IN OUT PYTHON: a copy of graph IN changed by a Python statement on `g`
edit() {
    python3 - "$1" "$2" "$3" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
exec(sys.argv[3])
json.dump(g, open(sys.argv[2], "w", encoding="utf-8"))
PY
}

"$bin" build -q "$s" -o "$tmp/whole.json"
"$bin" build -q --shard "$s"/000_*.txt "$s"/001_*.txt -o "$tmp/s1.json"
"$bin" build -q --shard "$s"/002_*.txt "$s"/003_*.txt "$s"/004_*.txt -o "$tmp/s2.json"
# disjoint shards merge into the bytes of one build, in either order
"$bin" merge "$tmp/s1.json" "$tmp/s2.json" -o "$tmp/m12.json"
check cmp -s "$tmp/whole.json" "$tmp/m12.json"
"$bin" merge "$tmp/s2.json" "$tmp/s1.json" -o "$tmp/m21.json"
check cmp -s "$tmp/whole.json" "$tmp/m21.json"

# --- shard states: numbers are whole and in range, never cast (1e30 windows became 0) -------
edit "$tmp/s2.json" "$tmp/w30.json" 'g["shard"]["nwindows"] = 1e30'
refuse "$tmp/s1.json" "$tmp/w30.json" -- "entgraph: shard 2: bad state (nwindows)"
edit "$tmp/s2.json" "$tmp/w64.json" 'g["shard"]["nwindows"] = 18446744073709551615'
refuse "$tmp/s1.json" "$tmp/w64.json" -- "entgraph: shard 2: bad state (nwindows)"
edit "$tmp/s1.json" "$tmp/cap.json" 'g["shard"]["capped"] = -1'
refuse "$tmp/cap.json" "$tmp/s2.json" -- "entgraph: shard 1: bad state (capped)"
edit "$tmp/s2.json" "$tmp/pair.json" 'g["shard"]["pairs"][0][1] = 1.5'
refuse "$tmp/s1.json" "$tmp/pair.json" -- "entgraph: shard 2: bad state (pairs)"
edit "$tmp/s2.json" "$tmp/text.json" 'g["shard"]["texts"][0][1][0] = 0.5'
refuse "$tmp/s1.json" "$tmp/text.json" -- "entgraph: shard 2: bad state (texts)"
edit "$tmp/s2.json" "$tmp/ev.json" 'g["shard"]["evidence"] = 2.5'
refuse "$tmp/s1.json" "$tmp/ev.json" -- "entgraph: shard 2: bad state (evidence)"
edit "$tmp/s2.json" "$tmp/win.json" 'g["shard"]["window"] = "x"'
refuse "$tmp/s1.json" "$tmp/win.json" -- "entgraph: shard 2: bad state (window)"

# --- an article in two inputs: its counts would be added twice (8 documents, 4 listed) ------
refuse "$tmp/whole.json" "$tmp/whole.json" -- "entgraph: merge: article '000_a10a91cfc08b6cdf' is in both $tmp/whole.json and $tmp/whole.json"
refuse "$tmp/s1.json" "$tmp/s1.json" -- "entgraph: merge: article '000_a10a91cfc08b6cdf' is in both $tmp/s1.json and $tmp/s1.json"
"$bin" build -q --shard "$s"/001_*.txt "$s"/002_*.txt -o "$tmp/s12.json"
refuse "$tmp/s2.json" "$tmp/s12.json" "$tmp/s1.json" -- "entgraph: merge: article '001_1202290a1e80eb19' is in both $tmp/s12.json and $tmp/s1.json"
cat "$tmp/s1.json" "$tmp/s2.json" "$tmp/s1.json" > "$tmp/three.json"
refuse "$tmp/three.json" -- "entgraph: merge: article '000_a10a91cfc08b6cdf' is in both $tmp/three.json (graph 1) and $tmp/three.json (graph 3)"
refuse - "$tmp/whole.json" -- "entgraph: merge: article '000_a10a91cfc08b6cdf' is in both standard input and $tmp/whole.json" < "$tmp/s1.json"
# graphs without a document table (older entgraph): the documents of their edges
refuse "$src/tests/query/shard1.json" "$src/tests/query/shard1.json" -- "entgraph: merge: article '000_a10a91cfc08b6cdf' is in both $src/tests/query/shard1.json and $src/tests/query/shard1.json"

# --- inputs built with other options: named, whatever their order ---------------------------
"$bin" build -q "$s"/000_*.txt "$s"/001_*.txt -o "$tmp/p1.json"
"$bin" build -q -w document "$s"/002_*.txt "$s"/003_*.txt -o "$tmp/p2doc.json"
refuse "$tmp/p1.json" "$tmp/p2doc.json" -- "entgraph: merge: $tmp/p2doc.json was built with --window document, $tmp/p1.json with --window sentence"
refuse "$tmp/p2doc.json" "$tmp/p1.json" -- "entgraph: merge: $tmp/p1.json was built with --window sentence, $tmp/p2doc.json with --window document"
# a shard's state keeps the other options, and the model that read its articles
other() { # other OPTION ARGS...: a shard of sample 002 built with ARGS is refused beside s1
    local opt=$1
    shift
    "$bin" build -q --shard "$@" "$s"/002_*.txt -o "$tmp/o.json"
    refuse "$tmp/s1.json" "$tmp/o.json" -- "entgraph: shard 2: built with other options than shard 1 ($opt)"
}
other --evidence -e 2
other --types -t all
other --repeats --repeats each
other --model -m none
"$bin" build -q --shard -w paragraph "$s"/002_*.txt -o "$tmp/o.json"
refuse "$tmp/s1.json" "$tmp/o.json" -- "entgraph: merge: $tmp/o.json was built with --window paragraph, $tmp/s1.json with --window sentence"
# a state written before the model was kept names none: it still merges, as before
edit "$tmp/s1.json" "$tmp/old1.json" 'del g["shard"]["model"]'
"$bin" merge "$tmp/old1.json" "$tmp/s2.json" -o "$tmp/mold.json"
check cmp -s "$tmp/whole.json" "$tmp/mold.json"
edit "$tmp/s1.json" "$tmp/m1.json" 'g["shard"]["model"] = 5'
refuse "$tmp/m1.json" "$tmp/s2.json" -- "entgraph: shard 1: bad state (model)"
# merge --shard keeps the model: the state of one build of the whole
"$bin" build -q --shard "$s" -o "$tmp/whole-state.json"
"$bin" merge --shard "$tmp/s2.json" "$tmp/s1.json" -o "$tmp/ms.json"
check cmp -s "$tmp/whole-state.json" "$tmp/ms.json"

# --- counts that overflow 32 bits: an error, never a smaller number (it wrapped around) -----
"$bin" build -q "$s"/002_*.txt "$s"/003_*.txt "$s"/004_*.txt -o "$tmp/p2.json"
for p in p1 p2; do
    edit "$tmp/$p.json" "$tmp/w$p.json" 'for e in g["edges"]: e["weight"] = 4294967295'
    edit "$tmp/$p.json" "$tmp/m$p.json" 'for n in g["nodes"]: n["mentions"] = 4294967295'
    edit "$tmp/$p.json" "$tmp/n$p.json" 'for n in g["nodes"]: n["windows"] = 4294967295'
    edit "$tmp/$p.json" "$tmp/g$p.json" 'g["graph"]["windows"] = 1.8e19'
done
max="count overflows (more than 4294967295)"
refuse "$tmp/wp1.json" "$tmp/wp2.json" -- "entgraph: merge: weight of 'Assimi Goita' -- 'Vladimir Putin': $max"
refuse "$tmp/mp1.json" "$tmp/mp2.json" -- "entgraph: merge: mentions of 'Assimi Goita': $max"
refuse "$tmp/np1.json" "$tmp/np2.json" -- "entgraph: merge: windows of 'Assimi Goita': $max"
refuse "$tmp/gp1.json" "$tmp/gp2.json" -- "entgraph: merge: windows: count overflows (more than 18446744073709551615)"
# shard states: summed into one builder, then resolved (Tchiani is Abdourahmane Tchiani)
edit "$tmp/s1.json" "$tmp/ms1.json" 'for e in g["shard"]["entities"]: e[3] = 4294967295'
edit "$tmp/s2.json" "$tmp/ms2.json" 'for e in g["shard"]["entities"]: e[3] = 4294967295'
refuse "$tmp/ms1.json" "$tmp/ms2.json" -- "entgraph: shard 2: mentions of 'assimi goita': $max"
edit "$tmp/s1.json" "$tmp/ps1.json" 'for p in g["shard"]["pairs"]: p[2] = 4294967295'
edit "$tmp/s2.json" "$tmp/ps2.json" 'for p in g["shard"]["pairs"]: p[2] = 4294967295'
refuse "$tmp/ps1.json" "$tmp/ps2.json" -- "entgraph: shard 2: weight of 'assimi goita' -- 'vladimir putin': $max"
edit "$tmp/s1.json" "$tmp/ts1.json" '
e = g["shard"]["entities"]
assert e[0][1] == "abdourahmane tchiani"
e[0][3] = 4294967295
e.append([0, "tchiani", None, 1, 1, ["Tchiani", 1], [0, 1]])'
refuse "$tmp/ts1.json" "$tmp/s2.json" -- "entgraph: mentions of 'Abdourahmane Tchiani': $max"

finish
