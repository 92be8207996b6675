#!/usr/bin/env python3
"""bench/orgs.py GRAPH.json [LABEL...] - organizations in a graph written by `entgraph build`:
how many nodes, how many with a one-word label (and how many of those are a generic word of
data/org_words.txt such as "Commission" or "Bank"), the 50 most mentioned, and the entities
with the given labels (mentions and aliases), to check that one company is one node."""
import json
import os
import sys

g = json.load(open(sys.argv[1], encoding="utf-8"))
here = os.path.dirname(os.path.abspath(__file__))
generic = {w.strip().lower() for w in open(os.path.join(here, "..", "data", "org_words.txt"),
                                           encoding="utf-8") if w.strip() and not w.startswith("#")}
orgs = [n for n in g["nodes"] if n["type"] == "ORGANIZATION"]
one = [n for n in orgs if len(n["label"].split()) == 1]
gen = [n for n in one if n["label"].lower() in generic]
print(f"organization nodes {len(orgs)}; one-word labels {len(one)} "
      f"({sum(n['mentions'] for n in one)} mentions); generic one-word {len(gen)} "
      f"({sum(n['mentions'] for n in gen)} mentions: "
      + ", ".join(f"{n['label']} {n['mentions']}" for n in sorted(gen, key=lambda n: -n["mentions"])[:8])
      + ")")
orgs.sort(key=lambda n: (-n["mentions"], n["label"]))
print("top 50: " + "; ".join(f"{n['label']} ({n['mentions']})" for n in orgs[:50]))
for label in sys.argv[2:]:
    found = [n for n in g["nodes"] if n["label"] == label]
    desc = "; ".join(f"{n['type']}, {n['mentions']} mentions, aliases {', '.join(n['aliases'][:8])}"
                     for n in found)
    print(f"{label:28} {desc or 'no entity'}")
