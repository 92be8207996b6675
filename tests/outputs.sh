#!/usr/bin/env bash
# outputs.sh ENTGRAPH SRCDIR - every output format of the samples graph is valid for the tools
# that read it: JSON follows docs/DESIGN.md section 3, DOT lays out with sfdp, SVG is
# well-formed XML, CSV has the documented headers; outputs are deterministic across thread
# counts and failed writes leave no file behind.
. "$(dirname "$0")/testlib.sh" "$@"
set -e

"$bin" build -q --threads 1 "$src/samples" -o "$tmp/g.json" -o "$tmp/g.dot" -o "$tmp/g.svg" \
    -o "$tmp/g.csv" -o "$tmp/g.graphml"
"$bin" build -q --threads 2 "$src/samples" -o "$tmp/g2.json"
check cmp -s "$tmp/g.json" "$tmp/g2.json"

check python3 - "$tmp/g.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert g["directed"] is False
assert set(g["graph"]) >= {"generator", "window", "documents"}
assert g["graph"]["window"] == "sentence" and g["graph"]["format"] == 2
# the document table: .txt articles are named by their file
assert [d["title"] for d in g["graph"]["documents"]] == [d["id"] + ".txt" for d in g["graph"]["documents"]]
assert len(g["graph"]["documents"]) == 5
ids = [n["id"] for n in g["nodes"]]
assert ids == sorted(ids) and len(set(ids)) == len(ids)
for n in g["nodes"]:
    assert n["type"] in ("PERSON", "COUNTRY", "ORGANIZATION", "LOCATION"), n
    assert n["label"] in n["aliases"], n
    assert n["mentions"] >= 1 and 1 <= n["documents"] <= 5, n
for e in g["edges"]:
    assert e["source"] in ids and e["target"] in ids and e["source"] < e["target"], e
    # a sentence repeated in several articles counts once in the weight (--repeats once),
    # and every article carrying it is among the documents
    assert e["weight"] >= 1 and e["documents"] == len(e["docs"]) >= 1, e
    assert 1 <= len(e["evidence"]) <= 3, e
    for ev in e["evidence"]:
        assert set(ev) >= {"doc", "sentence"} and ev["sentence"], ev
PY
# what the samples must contain: names the lists do not know, with the right types, and the
# merges and non-merges the samples exercise
check python3 - "$tmp/g.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
by_label = {n["label"]: n for n in g["nodes"]}
alias_of = {a: n["label"] for n in g["nodes"] for a in n["aliases"]}
want = {
    "Vladimir Putin": "PERSON", "Assimi Goita": "PERSON", "Abdourahmane Tchiani": "PERSON",
    "Ali Lamine Zeine": "PERSON", "Mohamed Bazoum": "PERSON", "Bola Ahmed Tinubu": "PERSON",
    "Omar Alieu Touray": "PERSON", "Yevgeny Prigozhin": "PERSON", "Alassane Ouattara": "PERSON",
    "Economic Community of West African States": "ORGANIZATION", "Kremlin": "ORGANIZATION",
    "Wagner Group": "ORGANIZATION", "X": "ORGANIZATION",
    "National Council for the Safeguard of the Homeland": "ORGANIZATION",
    "Niger": "COUNTRY", "Nigeria": "COUNTRY", "Burkina Faso": "COUNTRY", "Mali": "COUNTRY",
    "Russia": "COUNTRY", "Ghana": "COUNTRY", "Libya": "COUNTRY",
}
for label, typ in want.items():
    assert label in by_label, f"missing {label}"
    assert by_label[label]["type"] == typ, (label, by_label[label]["type"])
assert alias_of["Bazuma"] == alias_of["Bazoum"] == "Mohamed Bazoum"
assert alias_of["Twitter"] == "X"
assert alias_of["ECOWAS"] == "Economic Community of West African States"
assert alias_of["CNSP"] == "National Council for the Safeguard of the Homeland"
assert alias_of["Republic of Niger"] == "Niger" and alias_of["Nigeria"] == "Nigeria"
assert alias_of["Malian"] == "Mali" and alias_of["Russian"] == "Russia"
assert alias_of["Putin"] == "Vladimir Putin" and alias_of["Goita"] == "Assimi Goita"
PY
check sfdp -Tsvg "$tmp/g.dot" -o "$tmp/sfdp.svg"
if command -v xmllint >/dev/null; then
    check xmllint --noout "$tmp/g.svg"
    check xmllint --noout "$tmp/sfdp.svg"
    check xmllint --noout "$tmp/g.graphml"
fi
check grep -q '^Id,Label,type,aliases' "$tmp/g.nodes.csv"
check grep -q '^Source,Target,Weight' "$tmp/g.edges.csv"
# the Neo4j columns: every relationship's :START_ID and :END_ID is a node's :ID
check python3 - "$tmp/g.nodes.csv" "$tmp/g.edges.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    nodes = list(csv.DictReader(f))
ids = {n[":ID"] for n in nodes}
assert all(n[":LABEL"] in ("PERSON", "COUNTRY", "ORGANIZATION", "LOCATION") for n in nodes)
assert all(n["Id"] == n[":ID"] for n in nodes)
with open(sys.argv[2], encoding="utf-8", newline="") as f:
    edges = list(csv.DictReader(f))
assert edges and all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
assert all(e[":TYPE"] == "CO_OCCURS_WITH" and int(e["Weight"]) >= 1 for e in edges)
PY

# every query command and merge read the graph from standard input ("-"), JSON or GraphML
check test "$("$bin" neighbors - bazuma < "$tmp/g.json" | head -1)" = "Mohamed Bazoum (PERSON): 4 neighbors"
check test "$("$bin" path - tinubu goita < "$tmp/g.graphml" | head -1)" = "Bola Ahmed Tinubu -> Assimi Goita: 4 hops"
check test "$("$bin" stats - < "$tmp/g.json" | head -1)" = "50 entities, 97 edges, 5 documents (window: sentence)"
"$bin" merge - -o "$tmp/stdin-merge.json" < "$tmp/g.json"
check cmp -s "$tmp/g.json" "$tmp/stdin-merge.json"
"$bin" render - -o "$tmp/stdin.svg" < "$tmp/g.json" 2>/dev/null
check test -s "$tmp/stdin.svg"
check test "$(echo nonsense | "$bin" stats - 2>&1)" = "entgraph: standard input: not a graph file (expected JSON or GraphML)"
# a failed write leaves the previous file intact and no temporary file behind
echo previous > "$tmp/keep.json"
check test "$("$bin" build -q "$src/samples/does-not-exist.txt" -o "$tmp/keep.json" 2>/dev/null; echo $?)" = 1
check test "$(cat "$tmp/keep.json")" = previous
check test "$(ls "$tmp" | grep -c '\.tmp\.')" = 0
# special files are written in place
if [ -w /dev/full ]; then
    check test "$("$bin" build -q "$src/samples" -f json -o /dev/full 2>&1 >/dev/null | grep -c 'No space left')" = 1
fi
"$bin" build -q "$src/samples" -f json -o /dev/stdout > "$tmp/stdout.json"
check cmp -s "$tmp/g.json" "$tmp/stdout.json"

# many batches, a few thousand edges and hundreds of people: the same bytes for any thread count
python3 - "$tmp/many.jsonl" <<'PY'
import json, random, sys
random.seed(7)
first = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Felix", "Greta", "Hassan", "Ines", "Jonas",
         "Karim", "Lena", "Marco", "Nadia", "Oskar", "Paula", "Rafael", "Sofia", "Tomas", "Vera"]
last = ["Albescu", "Brennan", "Castell", "Dorovic", "Eklund", "Ferrante", "Gallagher", "Horvath",
        "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov",
        "Quintana", "Rossi", "Schneider", "Takahashi"]
places = ["France", "Nigeria", "Brazil", "Japan", "Kenya", "Poland", "Chile", "Egypt"]
with open(sys.argv[1], "w") as out:
    for i in range(400):
        sents = []
        for _ in range(random.randint(1, 12)):
            a, b = (random.choice(first) + " " + random.choice(last) for _ in range(2))
            sents.append(f"{a} met {b} in {random.choice(places)} on Monday, officials said.")
        out.write(json.dumps({"id": f"a{i}", "text": " ".join(sents)}) + "\n")
PY
"$bin" build -q --threads 1 "$tmp/many.jsonl" -o "$tmp/m1.json" -o "$tmp/m1.graphml"
"$bin" build -q --threads 3 "$tmp/many.jsonl" -o "$tmp/m3.json" -o "$tmp/m3.graphml"
check cmp -s "$tmp/m1.json" "$tmp/m3.json"
check cmp -s "$tmp/m1.graphml" "$tmp/m3.graphml"
# the random sentences repeat across articles: counted once whatever the order of the articles
tac "$tmp/many.jsonl" > "$tmp/many-rev.jsonl"
"$bin" build -q --threads 2 "$tmp/many-rev.jsonl" -o "$tmp/mr.json"
check python3 - "$tmp/m1.json" "$tmp/mr.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["graph"]["windows"] == b["graph"]["windows"], (a["graph"], b["graph"])
# (the recognizer's document memory may type a name differently in another order: such
# nodes, present in one graph only, are left out of the comparison)
import re
suffix = re.compile(r"-(person|organization|country|location)$")
split = {suffix.sub("", n["id"]) for g in (a, b) for n in g["nodes"] if suffix.search(n["id"])}
both = {n["id"] for n in a["nodes"]} & {n["id"] for n in b["nodes"]}
both = {i for i in both if suffix.sub("", i) not in split}
def edges(g):
    return {(e["source"], e["target"]): (e["weight"], e["documents"], e["npmi"])
            for e in g["edges"] if e["source"] in both and e["target"] in both}
def nodes(g):
    return {n["id"]: (n["windows"], n["mentions"], n["documents"]) for n in g["nodes"] if n["id"] in both}
assert len(both) > 250 and edges(a) == edges(b) and nodes(a) == nodes(b)
assert any(e["documents"] > e["weight"] for e in a["edges"])  # repeats were seen
PY
check python3 -c "import json,sys; g=json.load(open(sys.argv[1])); assert len(g['edges']) > 1024 and len(g['nodes']) > 256, (len(g['nodes']), len(g['edges']))" "$tmp/m1.json"

finish
