#!/usr/bin/env bash
# stdin.sh ENTGRAPH SRCDIR - `merge` reads "-" and files holding several JSON graphs back to
# back (what `hadoop fs -getmerge` writes), and every query command reads "-".
set -eu
export LC_ALL=C
bin=$(realpath "$1") src=$(realpath "$2")
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0
ok() { pass=$((pass + 1)); }
q="$src/tests/query"
"$bin" merge "$q/banks-japan.json" "$q/banks-england.json" -o "$t/ref.json"
# the shard graphs concatenated, on standard input and in one file
cat "$q/banks-japan.json" "$q/banks-england.json" | "$bin" merge - -o "$t/m1.json"
cmp "$t/ref.json" "$t/m1.json" && ok
cat "$q/banks-england.json" "$q/banks-japan.json" > "$t/getmerge.json"
"$bin" merge "$t/getmerge.json" -o "$t/m2.json"
cmp "$t/ref.json" "$t/m2.json" && ok # and the order of the shards does not matter
# the sharded samples: getmerge of the part files equals merging them one by one
"$bin" build -q "$src"/samples/00[01]_*.txt -o "$t/p1.json"
"$bin" build -q "$src"/samples/00[234]_*.txt -o "$t/p2.json"
"$bin" merge "$t/p1.json" "$t/p2.json" -o "$t/s1.json"
cat "$t/p1.json" "$t/p2.json" | "$bin" merge - -o "$t/s2.json"
cmp "$t/s1.json" "$t/s2.json" && ok
# every query command reads "-", JSON or GraphML
"$bin" stats "$t/s1.json" > "$t/st1"
"$bin" stats - < "$t/s1.json" > "$t/st2"
cmp "$t/st1" "$t/st2" && ok
"$bin" merge "$t/s1.json" -o "$t/s1.graphml"
"$bin" stats - < "$t/s1.graphml" > "$t/st3"
cmp "$t/st1" "$t/st3" && ok
"$bin" neighbors "$t/s1.json" Bazoum > "$t/n1"
"$bin" neighbors - Bazoum < "$t/s1.json" > "$t/n2"
cmp "$t/n1" "$t/n2" && ok
"$bin" path "$t/s1.json" Bazoum Niger > "$t/p1"
"$bin" path - Bazoum Niger < "$t/s1.json" > "$t/p2"
cmp "$t/p1" "$t/p2" && ok
# errors: one line, non-zero
set +e
cat "$t/p1.json" "$t/p2.json" | "$bin" stats - > /dev/null 2> "$t/err"
rc=$?
set -e
[ $rc -ne 0 ] && grep -qx 'entgraph: standard input: several graphs (merge them first)' "$t/err" && ok
set +e
(cat "$t/p1.json"; echo '{"nodes": [') | "$bin" merge - > "$t/out" 2> "$t/err"
rc=$?
set -e
[ $rc -ne 0 ] && [ ! -s "$t/out" ] && [ "$(wc -l < "$t/err")" -eq 1 ] && grep -q '^entgraph: standard input: ' "$t/err" && ok
set +e
printf '' | "$bin" stats - > /dev/null 2> "$t/err"
rc=$?
set -e
[ $rc -ne 0 ] && grep -qx 'entgraph: standard input: not a graph file (expected JSON or GraphML)' "$t/err" && ok
echo "$pass passed, 0 failed"
[ $pass -eq 10 ]
