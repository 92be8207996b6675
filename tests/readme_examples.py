#!/usr/bin/env python3
"""readme_examples.py ENTGRAPH SRCDIR - the README's examples are tests (docs as tests): every
```console block is run (each "$ command" in a scratch directory holding samples/ and the
graph.json that `entgraph build samples/ -o graph.json` writes, with entgraph on the PATH) and
must print exactly the lines shown under it; a block with a "..." line is an excerpt and is
skipped. Each ```json block of a node or an edge must equal that node or edge of graph.json."""
import json
import os
import re
import subprocess
import sys
import tempfile

entgraph, src = os.path.abspath(sys.argv[1]), sys.argv[2]
readme = open(os.path.join(src, "README.md"), encoding="utf-8").read()
blocks = re.findall(r"```(console|json)\n(.*?)```", readme, re.S)
failures, checked = 0, 0
with tempfile.TemporaryDirectory() as tmp:
    os.symlink(os.path.abspath(os.path.join(src, "samples")), os.path.join(tmp, "samples"))
    bindir = os.path.join(tmp, "bin")
    os.mkdir(bindir)
    os.symlink(entgraph, os.path.join(bindir, "entgraph"))
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""), LC_ALL="C")
    subprocess.run(["entgraph", "build", "-q", "samples/", "-o", "graph.json"], cwd=tmp, env=env,
                   check=True)
    graph = json.load(open(os.path.join(tmp, "graph.json"), encoding="utf-8"))
    nodes = {n["id"]: n for n in graph["nodes"]}
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    for kind, text in blocks:
        if kind == "json":
            shown = json.loads(text)
            if "source" in shown and "target" in shown:
                actual = edges.get((shown["source"], shown["target"]))
            elif "id" in shown and "label" in shown:
                actual = nodes.get(shown["id"])
            else:
                continue  # not a node or an edge (the alias file)
            checked += 1
            if shown != actual:
                failures += 1
                print("README json block differs from graph.json:\n" +
                      json.dumps(actual, indent=2, ensure_ascii=False))
            continue
        lines = text.rstrip("\n").split("\n")
        if "..." in lines:
            continue
        cmds = [i for i, l in enumerate(lines) if l.startswith("$ ")]
        for k, i in enumerate(cmds):
            want = lines[i + 1:cmds[k + 1] if k + 1 < len(cmds) else len(lines)]
            r = subprocess.run(lines[i][2:], shell=True, cwd=tmp, env=env, capture_output=True,
                               text=True)
            got = r.stdout.rstrip("\n").split("\n") if r.stdout else []
            checked += 1
            if got != want:
                failures += 1
                print(f"README: `{lines[i][2:]}` prints:\n" + "\n".join(got))
print(f"{checked} README examples checked, {failures} differ")
sys.exit(1 if failures or checked < 5 else 0)
