#!/usr/bin/env python3
"""exports_tools.py ENTGRAPH SRCDIR - each export of the samples graph, read by the tool it is
for: networkx node_link_graph (3.x with no arguments, 2.8 with link="edges"), read_graphml,
read_gexf and cytoscape_graph give a simple Graph keyed by the entity slugs with integer counts;
python3-igraph reads the GraphML; xmllint validates GraphML and GEXF against their schemas when
../shared/data/schemas (or $EG_DATA/schemas) is there. Exit 77 (skipped) without networkx."""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import networkx as nx
except ImportError:
    print("networkx not installed: skipped")
    sys.exit(77)

entgraph, src = sys.argv[1], sys.argv[2]
# ../shared next to the repository (or next to the worktree folder), or $EG_DATA
candidates = [os.environ.get("EG_DATA", ""), os.path.join(src, "..", "shared", "data"),
              os.path.join(src, "..", "..", "shared", "data")]
schemas = next((os.path.join(d, "schemas") for d in candidates
                if d and os.path.isdir(os.path.join(d, "schemas"))), "")
nx_version = tuple(int(x) for x in nx.__version__.split(".")[:2])
checks = 0


def check(cond, what):
    global checks
    if not cond:
        print("FAILED:", what)
        sys.exit(1)
    checks += 1


def same_graph(g, ref, how, int_weight=True):
    check(type(g) is nx.Graph, f"{how}: a simple undirected Graph, not {type(g).__name__}")
    check(set(g.nodes) == {n["id"] for n in ref["nodes"]}, f"{how}: nodes keyed by slug")
    for n in ref["nodes"]:
        d = g.nodes[n["id"]]
        check(d["label"] == n["label"] and d["type"] == n["type"], f"{how}: {n['id']} label/type")
        for k in ("mentions", "documents"):
            check(type(d[k]) is int and d[k] == n[k], f"{how}: {n['id']} {k} {d[k]!r} int")
    check(g.number_of_edges() == len(ref["edges"]), f"{how}: edge count")
    for e in ref["edges"]:
        d = g.edges[e["source"], e["target"]]
        check(d["weight"] == e["weight"], f"{how}: weight of {e['source']}--{e['target']}")
        if int_weight:
            check(type(d["weight"]) is int, f"{how}: integer weight {d['weight']!r}")
        check(type(d["documents"]) is int and d["documents"] == e["documents"],
              f"{how}: edge documents")


with tempfile.TemporaryDirectory() as tmp:
    out = {ext: os.path.join(tmp, "g." + ext) for ext in
           ("json", "graphml", "gexf", "cyjs", "dot", "csv")}
    subprocess.run([entgraph, "build", "-q", os.path.join(src, "samples")] +
                   [a for p in out.values() for a in ("-o", p)], check=True)
    with open(out["json"], encoding="utf-8") as f:
        ref = json.load(f)
    with open(out["json"], encoding="utf-8") as f:
        raw = json.load(f)
    if nx_version >= (3, 4):
        same_graph(nx.node_link_graph(raw), ref, "node_link_graph()")
    else:
        same_graph(nx.node_link_graph(raw, link="edges"), ref, 'node_link_graph(link="edges")')
    same_graph(nx.read_graphml(out["graphml"]), ref, "read_graphml")
    same_graph(nx.read_gexf(out["gexf"]), ref, "read_gexf", int_weight=False)  # GEXF: float
    with open(out["cyjs"], encoding="utf-8") as f:
        cy = json.load(f)
    c = nx.cytoscape_graph(cy)
    check(set(c.nodes) == {n["id"] for n in ref["nodes"]}, "cytoscape_graph: slug nodes")
    check(c.number_of_edges() == len(ref["edges"]), "cytoscape_graph: edges")
    check(all("id" in e["data"] for e in cy["elements"]["edges"]), "cyjs: edge ids")
    with open(out["dot"], encoding="utf-8") as f:
        check("entgraph_legend" not in f.read(), "DOT data export without the legend node")
    with open(os.path.join(tmp, "g.edges.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    check(all(r["docs:string[]"] and json.loads(r["evidence"]) for r in rows),
          "CSV edges carry their documents and evidence")
    try:
        import igraph
    except ImportError:
        print("python3-igraph not installed: its check skipped")
    else:
        ig = igraph.Graph.Read_GraphML(out["graphml"])
        check(ig.vcount() == len(ref["nodes"]) and ig.ecount() == len(ref["edges"]),
              "igraph reads the GraphML")
        check(sorted(ig.vs["name"]) == sorted(n["id"] for n in ref["nodes"]), "igraph names")
        checks_ids = ig.vs["id"] if "id" in ig.vs.attributes() else ig.vs["name"]
        check(sorted(checks_ids) == sorted(n["id"] for n in ref["nodes"]), "igraph node ids")
    xmllint = shutil.which("xmllint")
    if xmllint and schemas:
        for ext, xsd in (("graphml", "graphml.xsd"), ("gexf", "gexf.xsd")):
            r = subprocess.run([xmllint, "--noout", "--schema", os.path.join(schemas, xsd),
                                out[ext]], capture_output=True, text=True)
            check(r.returncode == 0, f"{ext} valid against {xsd}: {r.stderr[-500:]}")
    else:
        print("xmllint or the schemas (../shared/data/schemas) missing: schema checks skipped")
print(f"networkx {nx.__version__}: {checks} checks passed")
