#!/usr/bin/env python3
"""graphml_networkx.py ENTGRAPH SAMPLES - the GraphML of the samples loads in networkx with the
labels, types and weights of the JSON graph (exit 77, skipped, when networkx is missing)."""
import json
import os
import subprocess
import sys
import tempfile

try:
    import networkx as nx
except ImportError:
    print("networkx not installed: skipped")
    sys.exit(77)

entgraph, samples = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    gml, js = os.path.join(tmp, "g.graphml"), os.path.join(tmp, "g.json")
    subprocess.run([entgraph, "build", "-q", samples, "-o", gml, "-o", js], check=True)
    g = nx.read_graphml(gml)
    with open(js, encoding="utf-8") as f:
        ref = json.load(f)

by_name = {data["name"]: data for _, data in g.nodes(data=True)}
assert len(by_name) == len(ref["nodes"]), (len(by_name), len(ref["nodes"]))
for node in ref["nodes"]:
    data = by_name[node["id"]]
    assert data["label"] == node["label"], (data, node)
    assert data["type"] == node["type"], (data, node)
    assert int(data["mentions"]) == node["mentions"], (data, node)
    assert data["aliases"].split("|") == [a.replace("|", "\\|") for a in node["aliases"]]

node_name = {n: data["name"] for n, data in g.nodes(data=True)}
weights = {}
for u, v, data in g.edges(data=True):
    assert isinstance(data["weight"], float), data
    weights[frozenset((node_name[u], node_name[v]))] = data["weight"]
assert len(weights) == len(ref["edges"]), (len(weights), len(ref["edges"]))
for e in ref["edges"]:
    assert weights[frozenset((e["source"], e["target"]))] == e["weight"], e
print(f"networkx read {len(by_name)} nodes and {len(weights)} edges with labels, types, weights")
