#!/usr/bin/env bash
# timeline.sh ENTGRAPH SRCDIR - a node's mentions per article (`doc_mentions`): counted by build
# (an entity named twice in one article counts 2 there), kept by the JSON and GraphML round
# trips, by merge of graphs and of shards (shards merged give the whole build's bytes, in any
# order), summed per month by `stats --timeline`; graphs without them still load and merge,
# and a timeline then counts articles and says so; malformed counts are one-line errors.
. "$(dirname "$0")/testlib.sh" "$@"
news=$src/tests/dates/news.jsonl
older=$src/tests/query/dated-older.json

"$bin" build -q --threads 1 "$news" -o "$tmp/d.json" -o "$tmp/d.graphml" -o "$tmp/d.gexf"
check test $? = 0
# a4 names Putin twice ("Vladimir Putin ... Putin and Tinubu"), a1 too; Niger once in a1..a3
check python3 - "$tmp/d.json" <<'PY'
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1], encoding="utf-8"))["nodes"]}
p, n = nodes["vladimir-putin"], nodes["niger"]
assert (p["docs"], p["doc_mentions"]) == (["a1", "a4"], [2, 2]), p
assert (n["docs"], n["doc_mentions"]) == (["a1", "a2", "a3", "a4"], [1, 1, 1, 2]), n
for x in nodes.values():
    assert len(x["doc_mentions"]) == len(x["docs"]) and sum(x["doc_mentions"]) == x["mentions"], x
PY
check grep -q '<data key="v_doc_mentions">1|1|1|2</data>' "$tmp/d.graphml"
check grep -q '<attvalue for="doc_mentions" value="2|2"/>' "$tmp/d.gexf"
# round trips keep them, byte for byte
"$bin" merge "$tmp/d.json" -o "$tmp/j.json" && check cmp -s "$tmp/d.json" "$tmp/j.json"
"$bin" merge "$tmp/d.graphml" -o "$tmp/g.json" && check cmp -s "$tmp/d.json" "$tmp/g.json"
# shards, in both orders, merged with and without --shard: the whole build's bytes
sed -n 1,2p "$news" > "$tmp/s1.jsonl"
sed -n 3,4p "$news" > "$tmp/s2.jsonl"
"$bin" build -q --threads 1 --shard "$tmp/s1.jsonl" -o "$tmp/s1.json"
"$bin" build -q --threads 1 --shard "$tmp/s2.jsonl" -o "$tmp/s2.json"
"$bin" merge "$tmp/s2.json" "$tmp/s1.json" -o "$tmp/m.json"
check cmp -s "$tmp/d.json" "$tmp/m.json"
"$bin" merge --shard "$tmp/s1.json" "$tmp/s2.json" -o "$tmp/ms.json"
"$bin" merge "$tmp/ms.json" -o "$tmp/m2.json"
check cmp -s "$tmp/d.json" "$tmp/m2.json"
# graphs merged as graphs (no shard state) keep the mentions per article; an article in two
# inputs is refused (its counts were added twice)
"$bin" build -q --threads 1 "$tmp/s1.jsonl" -o "$tmp/p1.json"
"$bin" build -q --threads 1 "$tmp/s2.jsonl" -o "$tmp/p2.json"
"$bin" merge "$tmp/p1.json" "$tmp/p2.json" -o "$tmp/pp.json"
check python3 - "$tmp/pp.json" <<'PY'
import json, sys
nodes = {n["id"]: n for n in json.load(open(sys.argv[1], encoding="utf-8"))["nodes"]}
n = nodes["niger"]
assert (n["docs"], n["doc_mentions"]) == (["a1", "a2", "a3", "a4"], [1, 1, 1, 2]), n
PY
"$bin" merge "$tmp/p1.json" "$tmp/p2.json" "$tmp/p1.json" -o "$tmp/pp3.json" 2> "$tmp/pp3.err"
check test $? = 1
check grep -qx "entgraph: merge: article 'a1' is in both $tmp/p1.json and $tmp/p1.json" "$tmp/pp3.err"
check test ! -e "$tmp/pp3.json"
# the timeline: mentions per month, and the articles
"$bin" stats "$tmp/m.json" --timeline Putin > "$tmp/tl"
check grep -qx 'Vladimir Putin (PERSON): 4 mentions in 2 articles, 0 undated' "$tmp/tl"
check grep -qx '  2023-09         2         1  ##' "$tmp/tl"
# an older graph: no doc_mentions; it loads, merges with a new one (the result has none) and
# its timeline counts articles, saying so
echo '{"id": "a5", "date": "2023-10-02", "text": "Putin said Putin would go to Niger."}' \
    > "$tmp/a5.jsonl"
"$bin" build -q "$tmp/a5.jsonl" -o "$tmp/a5.json"
"$bin" merge "$older" "$tmp/a5.json" -o "$tmp/o.json"
check test $? = 0
check test "$(grep -c doc_mentions "$tmp/o.json")" = 0
"$bin" stats "$tmp/o.json" --timeline Putin > "$tmp/otl"
check grep -qx 'Vladimir Putin (PERSON): 3 articles, 0 undated' "$tmp/otl"
check grep -q 'no mentions per article in this graph' "$tmp/otl"
check grep -qx '  2023-10         1  #' "$tmp/otl"
"$bin" stats "$tmp/a5.json" --timeline Putin > "$tmp/a5tl"
check grep -qx '  2023-10         2         1  ##' "$tmp/a5tl"
# a shard state of format 1 (documents without mentions) still merges, with none
python3 - "$tmp/s1.json" "$tmp/s1old.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
g["shard"]["format"] = 1
for e in g["shard"]["entities"]:
    e[6] = e[6][0::2]
json.dump(g, open(sys.argv[2], "w", encoding="utf-8"))
PY
"$bin" merge "$tmp/s1old.json" "$tmp/s2.json" -o "$tmp/mo.json"
check test $? = 0
check test "$(grep -c doc_mentions "$tmp/mo.json")" = 0
check test "$(grep -c '"docs"' "$tmp/mo.json")" -gt 0
# malformed counts: one line, exit 1, no output file
python3 - "$tmp/d.json" "$tmp/bad1.json" "$tmp/bad2.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
g["nodes"][0]["doc_mentions"] = [1, 2, 3]
json.dump(g, open(sys.argv[2], "w", encoding="utf-8"))
g["nodes"][0]["doc_mentions"] = [-1]
json.dump(g, open(sys.argv[3], "w", encoding="utf-8"))
PY
"$bin" merge "$tmp/bad1.json" -o "$tmp/out1.json" 2> "$tmp/err1"
check test $? = 1
check grep -qx "entgraph: $tmp/bad1.json: node 0: 3 doc_mentions for 1 docs" "$tmp/err1"
"$bin" merge "$tmp/bad2.json" -o "$tmp/out2.json" 2> "$tmp/err2"
check test $? = 1
check test "$(wc -l < "$tmp/err2")" = 1
check grep -q "doc_mentions" "$tmp/err2"
sed 's#<data key="v_doc_mentions">1|1|1|2</data>#<data key="v_doc_mentions">1|x</data>#' \
    "$tmp/d.graphml" > "$tmp/bad3.graphml"
"$bin" merge "$tmp/bad3.graphml" -o "$tmp/out3.json" 2> "$tmp/err3"
check test $? = 1
check grep -q "'doc_mentions' must be 4 whole numbers" "$tmp/err3"
check test ! -e "$tmp/out1.json" -a ! -e "$tmp/out2.json" -a ! -e "$tmp/out3.json"
# an empty list is too short like any other (it passed a null pointer to memcpy), and a
# doc_mentions that is no list is an error (it was ignored), for queries too
python3 - "$tmp/d.json" "$tmp/bad4.json" "$tmp/bad5.json" "$tmp/bad6.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
for path, value in zip(sys.argv[2:], ([], None, {"a1": 1})):
    g["nodes"][0]["doc_mentions"] = value
    json.dump(g, open(path, "w", encoding="utf-8"))
PY
"$bin" merge "$tmp/bad4.json" -o "$tmp/out4.json" 2> "$tmp/err4"
check test $? = 1
check test "$(cat "$tmp/err4")" = "entgraph: $tmp/bad4.json: node 0: 0 doc_mentions for 1 docs"
"$bin" stats "$tmp/bad5.json" > /dev/null 2> "$tmp/err5"
check test $? = 1
check test "$(cat "$tmp/err5")" = "entgraph: $tmp/bad5.json: node 0: 'doc_mentions' must be a list (got null)"
"$bin" path "$tmp/bad6.json" Putin Niger > /dev/null 2> "$tmp/err6"
check test $? = 1
check test "$(cat "$tmp/err6")" = "entgraph: $tmp/bad6.json: node 0: 'doc_mentions' must be a list (got {\"a1\": 1})"
check test ! -e "$tmp/out4.json"
finish
