#!/usr/bin/env bash
# dates.sh ENTGRAPH SRCDIR - time and sources: the document table (id, title, date, url), first
# and last dates on nodes and edges, malformed dates as warnings with the line number, and the
# round trips build -> JSON / GraphML -> load -> JSON that keep all of it; GEXF time spans read
# by networkx and valid against the GEXF schema (when ../shared/data/schemas is there).
. "$(dirname "$0")/testlib.sh" "$@"
news=$src/tests/dates/news.jsonl

"$bin" build --threads 1 "$news" -o "$tmp/d.json" -o "$tmp/d.graphml" -o "$tmp/d.gexf" \
    -o "$tmp/d.csv" 2> "$tmp/err"
check test $? = 0
check grep -q 'news.jsonl:3: malformed date "August 22, 2023" (expected ISO 8601, YYYY-MM-DD), ignored' "$tmp/err"
# more bad dates: a number, an impossible day, an empty string; never a crash
printf '%s\n' '{"text": "Putin met Goita.", "date": 20230822}' \
    '{"text": "Putin met Goita.", "date": "2023-02-30"}' '{"text": "Putin met Goita.", "date": ""}' \
    '{"text": "Putin met Goita.", "date": "2024-02-29"}' > "$tmp/bad.jsonl"
"$bin" build -q "$tmp/bad.jsonl" -o "$tmp/bad.json" 2> "$tmp/bad.err"
check test $? = 0
check test "$(grep -c 'malformed date' "$tmp/bad.err")" = 3
check grep -q 'bad.jsonl:2: malformed date "2023-02-30"' "$tmp/bad.err"
check python3 - "$tmp/d.json" "$tmp/bad.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
docs = g["graph"]["documents"]
assert docs[0] == {"id": "a1", "title": "Putin and Goita speak by phone", "date": "2023-07-30",
                   "url": "https://example.org/a1"}, docs[0]
assert docs[1]["date"] == "2023-08-06"  # the calendar date of a timestamp
assert "date" not in docs[2] and "url" not in docs[2]  # malformed date dropped
nodes = {n["id"]: n for n in g["nodes"]}
assert (nodes["niger"]["first_seen"], nodes["niger"]["last_seen"]) == ("2023-07-30", "2023-09-14")
assert "first_seen" not in nodes["mohamed-bazoum"]  # named only in the undated article
assert nodes["niger"]["docs"] == ["a1", "a2", "a3", "a4"] and nodes["mohamed-bazoum"]["docs"] == ["a3"]
edges = {(e["source"], e["target"]): e for e in g["edges"]}
e = edges["niger", "vladimir-putin"]
assert (e["first_seen"], e["last_seen"]) == ("2023-07-30", "2023-09-14"), e
assert all(ev["doc"] in {d["id"] for d in docs} for e in g["edges"] for ev in e["evidence"])
b = json.load(open(sys.argv[2], encoding="utf-8"))
assert [d.get("date") for d in b["graph"]["documents"]] == [None, None, None, "2024-02-29"]
PY
# round trips: JSON and GraphML load back with the table and the dates, byte for byte
"$bin" merge "$tmp/d.json" -o "$tmp/j.json"
check cmp -s "$tmp/d.json" "$tmp/j.json"
"$bin" merge "$tmp/d.graphml" -o "$tmp/g.json"
check cmp -s "$tmp/d.json" "$tmp/g.json"
check grep -q '^"niger","Niger",COUNTRY,"Niger",5,4,2023-07-30,2023-09-14,' "$tmp/d.nodes.csv"
# GEXF: networkx reads the spans; the schema accepts them
check python3 - "$tmp/d.gexf" <<'PY'
import sys
try:
    import networkx as nx
except ImportError:
    sys.exit(0)
g = nx.read_gexf(sys.argv[1])
assert (g.nodes["niger"]["start"], g.nodes["niger"]["end"]) == ("2023-07-30", "2023-09-14")
e = g.edges["niger", "vladimir-putin"]
assert (e["start"], e["end"]) == ("2023-07-30", "2023-09-14"), e
assert "start" not in g.nodes["mohamed-bazoum"]
PY
for d in "${EG_DATA:-}" "$src/../shared/data" "$src/../../shared/data"; do
    if [ -n "$d" ] && [ -f "$d/schemas/gexf.xsd" ] && command -v xmllint >/dev/null; then
        check xmllint --noout --schema "$d/schemas/gexf.xsd" "$tmp/d.gexf"
        check xmllint --noout --schema "$d/schemas/graphml.xsd" "$tmp/d.graphml"
        break
    fi
done
# --since / --until: build reads only the articles of the period; queries keep what was seen in it
"$bin" build -q "$news" --since 2023-08 --until 2023-08 -o "$tmp/aug.json" 2>/dev/null
check python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); assert [d["id"] for d in g["graph"]["documents"]] == ["a2"], g["graph"]' "$tmp/aug.json"
check test "$("$bin" neighbors "$tmp/d.json" niger --since 2023-09-01 | head -1)" = "Niger (COUNTRY): 3 neighbors"
check test "$("$bin" neighbors "$tmp/d.json" niger --until 2023-07-31 | grep -c 'Assimi Goita')" = 1
check test "$("$bin" neighbors "$tmp/d.json" niger --since 2023-09-01 | grep -c 'Assimi Goita')" = 0
check test "$("$bin" stats "$tmp/d.json" --since 2023-09 | head -1)" = "4 entities, 6 edges, 4 documents (window: sentence)"
"$bin" path "$tmp/d.json" goita tinubu --since 2023-09-01 > /dev/null 2>&1
check test $? = 1   # Goita was not seen after August
"$bin" render "$tmp/d.json" --until 2023-07 -o "$tmp/july.svg" 2> /dev/null
check test "$(grep -c '<g id="node' "$tmp/july.svg")" = 7   # the 6 entities of a1 + the legend
"$bin" neighbors "$tmp/d.json" niger --since yesterday 2> "$tmp/usage"
check test $? = 2
check grep -q "not a date 'yesterday'" "$tmp/usage"
# the document table follows the ids, whatever the order of the articles (build renumbers
# documents by id: titles and dates must go with them)
printf '%s\n' '{"id": "z9", "title": "Last by id", "date": "2023-09-01", "text": "Putin met Goita."}' \
    '{"id": "a0", "title": "First by id", "date": "2023-01-01", "text": "Putin met Goita."}' \
    > "$tmp/order.jsonl"
"$bin" build -q "$tmp/order.jsonl" -o "$tmp/order.json"
check python3 - "$tmp/order.json" <<'PY'
import json, sys
docs = json.load(open(sys.argv[1], encoding="utf-8"))["graph"]["documents"]
assert [(d["id"], d["title"], d["date"]) for d in docs] == [
    ("a0", "First by id", "2023-01-01"), ("z9", "Last by id", "2023-09-01")], docs
PY
finish
