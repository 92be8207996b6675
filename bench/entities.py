#!/usr/bin/env python3
"""bench/entities.py GRAPH.json LABEL... - mentions and aliases of the entities with these
labels in a graph written by `entgraph build` (to check alias resolution on real corpora)."""
import json
import sys

g = json.load(open(sys.argv[1], encoding="utf-8"))
for label in sys.argv[2:]:
    found = [n for n in g["nodes"] if n["label"] == label]
    desc = "; ".join(f"{n['mentions']} mentions, aliases {', '.join(n['aliases'])}" for n in found)
    print(f"{label:16} {desc or 'no entity'}")
