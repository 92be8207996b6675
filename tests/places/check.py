#!/usr/bin/env python3
"""check.py ENTGRAPH PLACES_DIR - "Georgia" the U.S. state is not Georgia the country.

In PLACES_DIR/articles, every "Georgia" of a u*.txt article must resolve to the LOCATION
"Georgia (U.S. state)" (rule "U.S. state") and every one of a c*.txt article to the COUNTRY
Georgia; the built graph must hold both nodes, each with only its own articles."""
import json
import os
import subprocess
import sys
import tempfile

entgraph, root = sys.argv[1], sys.argv[2]
arts = os.path.join(root, "articles")
mentions = json.loads(subprocess.run(
    [entgraph, "entities", "--json", "--explain", "--threads", "1", arts],
    check=True, capture_output=True, text=True).stdout)
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "g.json")
    subprocess.run([entgraph, "build", "--threads", "1", "--types", "all", arts, "-o", out], check=True,
                   capture_output=True)
    g = json.load(open(out, encoding="utf-8"))

errors = []
seen = {"u": 0, "c": 0}
for m in mentions:
    if m["label"] not in ("Georgia", "Georgia (U.S. state)"):
        continue
    kind = m["doc"][0]
    seen[kind] += 1
    if kind == "u" and (m["type"], m["label"], m.get("rule")) != ("LOCATION", "Georgia (U.S. state)", "U.S. state"):
        errors.append(f"{m['doc']} {m['start']}: {m['type']} {m['label']} ({m.get('rule')})")
    if kind == "c" and (m["type"], m["label"]) != ("COUNTRY", "Georgia"):
        errors.append(f"{m['doc']} {m['start']}: {m['type']} {m['label']}")
for kind, want in (("u", 5), ("c", 6)):
    if seen[kind] < want:
        errors.append(f"{kind}*.txt: {seen[kind]} Georgia mentions, expected at least {want}")
nodes = {n["label"]: n for n in g["nodes"]}
for label, typ, kind in (("Georgia (U.S. state)", "LOCATION", "u"), ("Georgia", "COUNTRY", "c")):
    n = nodes.get(label)
    if not n or n["type"] != typ:
        errors.append(f"node {label!r}: {n['type'] if n else 'missing'}")
        continue
    docs = set(n.get("docs") or [d["doc"] if isinstance(d, dict) else d for d in n.get("documents", [])])
    if any(not d.startswith(kind) for d in docs):
        errors.append(f"node {label!r} has articles {sorted(docs)}")
print(f"{seen['u']} state mentions, {seen['c']} country mentions, {len(errors)} errors")
for err in errors:
    print("  " + err)
sys.exit(1 if errors else 0)
