#!/usr/bin/env python3
"""check.py ENTGRAPH WIRE_DIR - wire briefs: wrapped lines, names and tickers in brackets.

Every name between angle brackets with a lower-case letter ("<Tallis Rotorcraft of Idaho,
Inc>") is one ORGANIZATION mention covering the brackets exactly; no mention overlaps a
ticker's brackets ("<BSHP.L>", "<ROK>"); no mention spans a paragraph (a newline and an
indent); and the two firms of the wrapped first sentence of w1 share an edge."""
import json
import os
import re
import subprocess
import sys
import tempfile

entgraph, root = sys.argv[1], sys.argv[2]
arts = os.path.join(root, "articles")
mentions = json.loads(subprocess.run(
    [entgraph, "entities", "--json", "--threads", "1", arts],
    check=True, capture_output=True, text=True).stdout)
errors = []
by_doc = {}
for m in mentions:
    by_doc.setdefault(m["doc"], []).append(m)
names = tickers = 0
for fn in sorted(os.listdir(arts)):
    doc = fn[:-4]
    text = open(os.path.join(arts, fn), encoding="utf-8").read()
    assert text.isascii()  # byte offsets are character offsets
    ms = by_doc.get(doc, [])
    for br in re.finditer(r"<([^<>]+)>", text):
        a, b = br.start(1), br.end(1)
        inside = [m for m in ms if m["start"] < b and a < m["end"]]
        if re.search("[a-z]", br.group(1)):
            names += 1
            if not any(m["start"] == a and m["end"] == b and m["type"] == "ORGANIZATION"
                       for m in inside):
                errors.append(f"{doc}: <{br.group(1)!r}> is not one organization: {inside}")
        else:
            tickers += 1
            if inside:
                errors.append(f"{doc}: ticker <{br.group(1)}> has mentions {inside}")
    for m in ms:
        if "\n " in text[m["start"]:m["end"]]:
            errors.append(f"{doc}: mention {m['surface']!r} spans a paragraph")
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "g.json")
    subprocess.run([entgraph, "build", "--threads", "1", arts, "-o", out], check=True,
                   capture_output=True)
    g = json.load(open(out, encoding="utf-8"))
ids = {n["label"]: n["id"] for n in g["nodes"]}
pair = {ids.get("Marlow Avionics"), ids.get("Tallis Rotorcraft of Idaho, Inc")}
if None in pair or not any({e["source"], e["target"]} == pair for e in g["edges"]):
    errors.append("no edge between Marlow Avionics and Tallis Rotorcraft of Idaho, Inc "
                  "(one sentence over two lines)")
if names < 3 or tickers < 4:
    errors.append(f"{names} bracketed names and {tickers} tickers checked, expected 3 and 4")
print(f"{names} bracketed names, {tickers} tickers, {len(errors)} errors")
for err in errors:
    print("  " + err)
sys.exit(1 if errors else 0)
