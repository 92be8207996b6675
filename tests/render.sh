#!/usr/bin/env bash
# render.sh ENTGRAPH SRCDIR - diagrams and exports survive hostile names (quotes, backslashes,
# newlines, control characters, <, &, HTML-like text, DOT keywords): every output parses back
# with the original names; SVG is well-formed; the node cap and the ego view work.
. "$(dirname "$0")/testlib.sh" "$@"
nasty=$src/tests/query/nasty.json

check "$bin" render "$nasty" -o "$tmp/nasty.svg"
check "$bin" merge "$nasty" -o "$tmp/nasty.dot"
check "$bin" merge "$nasty" -o "$tmp/nasty.graphml"
check "$bin" merge "$nasty" -o "$tmp/nasty.json"
check "$bin" merge "$nasty" -o "$tmp/nasty.csv"
if command -v xmllint >/dev/null; then
    check xmllint --noout "$tmp/nasty.svg"
    check xmllint --noout "$tmp/nasty.graphml"
fi
# DOT: Graphviz parses it back and every label is intact
check dot -Tcanon "$tmp/nasty.dot" -o "$tmp/canon.dot"
check python3 - "$nasty" "$tmp" <<'PY'
import csv, json, re, sys
src, tmp = sys.argv[1], sys.argv[2]
want = {n["label"] for n in json.load(open(src, encoding="utf-8"))["nodes"]}
# JSON round trip
got = {n["label"] for n in json.load(open(tmp + "/nasty.json", encoding="utf-8"))["nodes"]}
assert got == want, (got ^ want)
# CSV round trip
with open(tmp + "/nasty.nodes.csv", encoding="utf-8", newline="") as f:
    got = {row["Label"] for row in csv.DictReader(f)}
assert got == want, (got ^ want)
# DOT: labels are quoted strings; undo DOT's escapes (\" and \\ and escaped newlines)
text = open(tmp + "/nasty.dot", encoding="utf-8").read()
labels = set()
for m in re.finditer(r'label="((?:[^"\\]|\\.)*)"', text, re.S):
    s = m.group(1).replace("\\\n", "")
    s = re.sub(r'\\(["\\])', r"\1", s)
    labels.add(s)
missing = {w for w in want if w.replace("\a", "\ufffd") not in labels}
assert not missing, missing
PY
# GraphML: networkx reads the names back (control characters become U+FFFD: XML cannot hold them)
check python3 - "$nasty" "$tmp" <<'PY'
import json, sys
try:
    import networkx as nx
except ImportError:
    sys.exit(0)
src, tmp = sys.argv[1], sys.argv[2]
want = {n["label"].replace("\a", "\ufffd") for n in json.load(open(src, encoding="utf-8"))["nodes"]}
g = nx.read_graphml(tmp + "/nasty.graphml")
got = {d["label"] for _, d in g.nodes(data=True)}
assert got == want, (got ^ want)
PY
# caps and ego views
samples=$src/tests/query/samples.json
check "$bin" render "$samples" -o "$tmp/cap.svg" --max-nodes 5
check test "$("$bin" render "$samples" -o "$tmp/cap.svg" --max-nodes 5 2>&1 | grep -c 'drew 5 of 56 entities')" = 1
check test "$(grep -c '<g id="node' "$tmp/cap.svg")" = 6   # 5 entities + the legend
check "$bin" render "$samples" -o "$tmp/ego.svg" --ego bazuma
check grep -q "Mohamed Bazoum" "$tmp/ego.svg"
# the ego view keeps every edge to the ego (even when a hairball is thinned) and marks it
python3 - "$tmp/star.json" <<'PY'
import json, sys
ids = ["hub"] + [f"n{i}" for i in range(10)]
nodes = [{"id": i, "label": i.upper(), "type": "PERSON", "aliases": [i.upper()], "mentions": 3,
          "documents": 1, "windows": 1} for i in ids]
edges = [{"source": "hub", "target": f"n{i}", "weight": 1, "documents": 1, "npmi": 0.1,
          "docs": ["d"], "evidence": []} for i in range(10)]
edges += [{"source": f"n{i}", "target": f"n{j}", "weight": 5, "documents": 1, "npmi": 0.1,
           "docs": ["d"], "evidence": []} for i in range(10) for j in range(i + 1, 10)]
json.dump({"directed": False, "graph": {"window": "sentence", "documents": 1, "windows": 1},
           "nodes": nodes, "edges": edges}, open(sys.argv[1], "w"))
PY
check "$bin" render "$tmp/star.json" --ego HUB -o "$tmp/star.svg"
check test "$(grep -c '<title>hub&#45;&#45;n[0-9]</title>' "$tmp/star.svg")" = 10
check python3 - "$tmp/star.svg" <<'PY'
import re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
hub = re.search(r"<title>hub</title>(.*?)</g>", svg, re.S).group(1)
assert hub.count("<ellipse") == 2 and 'stroke-width="3"' in hub, hub  # double, bold outline
other = re.search(r"<title>n1</title>(.*?)</g>", svg, re.S).group(1)
assert other.count("<ellipse") == 1 and "stroke-width" not in other, other
PY
# build draws under the same cap as render and says what it left out
check test "$("$bin" build -q "$src/samples" -o "$tmp/b.svg" --max-nodes 7 2>&1 | grep -c 'drew 7 of 50 entities')" = 1
check test "$(grep -c '<g id="node' "$tmp/b.svg")" = 8   # 7 entities + the legend
check test "$("$bin" render "$samples" -o "$tmp/x.txt" 2>&1; echo $?)" != 0
check test ! -e "$tmp/x.txt"
# the time limit: a big random graph with a slow layout is stopped, and leaves no file
python3 - "$tmp/big.json" <<'PY'
import json, random, sys
random.seed(7)
n = 3000
nodes = [{"id": f"e{i}", "label": f"Entity {i}", "type": "PERSON", "aliases": [f"Entity {i}"],
          "mentions": 1 + i % 5, "documents": 1, "windows": 1} for i in range(n)]
pairs = {(min(a, b), max(a, b)) for a, b in ((random.randrange(n), random.randrange(n)) for _ in range(4 * n)) if a != b}
edges = [{"source": f"e{a}", "target": f"e{b}", "weight": 1 + (a * b) % 3, "documents": 1,
          "npmi": 0.1, "docs": ["d"], "evidence": []} for a, b in sorted(pairs)]
json.dump({"directed": False, "graph": {"window": "sentence", "documents": 1, "windows": 1},
           "nodes": nodes, "edges": edges}, open(sys.argv[1], "w"))
PY
out=$("$bin" render "$tmp/big.json" -o "$tmp/big.svg" --max-nodes 3000 --layout neato --timeout 1 2>&1)
check test $? = 1
check grep -q "rendering took longer than 1 s and was stopped; draw fewer entities (--max-nodes, --min-weight, --ego)$" <<< "$out"
check test ! -e "$tmp/big.svg"
check test "$(ls "$tmp" | grep -c '\.tmp\.')" = 0

# Graphviz's exit() on a full disk ends the drawing child with _exit(): one line, and in a
# sanitized build no LeakSanitizer report of Graphviz's allocations, even without
# tests/lsan.supp (ignored by a release build)
if [ -w /dev/full ]; then
    for f in svg png; do
        LSAN_OPTIONS= ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1 \
            "$bin" render "$samples" -o /dev/full -f $f 2> "$tmp/err"
        check test $? = 1
        check test "$(cat "$tmp/err")" = "entgraph: /dev/full: No space left on device"
    done
fi

# a SIGTERM to render ends its drawing child too (the child drew on alone): the child draws a
# PNG bigger than a pipe's buffer into a FIFO that is open but never read, so it cannot end
# by itself
children() { cat /proc/"$1"/task/*/children 2>/dev/null; }
alive() { [ -e /proc/"$1"/stat ] && [ "$(sed 's/.*) //' /proc/"$1"/stat | cut -d' ' -f1)" != Z ]; }
gone() { ! alive "$1"; }
if [ -e /proc/$$/task/$$/children ]; then
    mkfifo "$tmp/fifo"
    exec 3<> "$tmp/fifo"
    "$bin" render "$samples" -o "$tmp/fifo" -f png --timeout 0 2> /dev/null &
    parent=$! kid=
    for _ in $(seq 600); do
        kid=$(children $parent)
        kid=${kid%% *}
        [ -n "$kid" ] && break
        sleep 0.1
    done
    check test -n "$kid"
    kill -TERM $parent
    wait $parent
    check test $? = 143
    for _ in $(seq 100); do
        alive "$kid" || break
        sleep 0.1
    done
    check gone "$kid"
    if [ -n "$kid" ] && alive "$kid"; then
        kill -KILL $kid
    fi
    exec 3>&-
fi
finish
