#!/usr/bin/env python3
"""dask_shards.py ENTGRAPH SRCDIR - the README's Dask recipe: a dask.distributed LocalCluster of
2 worker processes maps shards of the generated corpus to `entgraph build --shard` and reduces
them with `entgraph merge --shard` in a tree (the root a plain merge); the result has the
bytes of one build of the whole. Exit 77 (skipped) when Dask is not installed."""
import os
import subprocess
import sys
import tempfile

try:
    from dask.distributed import Client, LocalCluster
except ImportError:
    print("python3-dask / python3-distributed not installed: skipped")
    sys.exit(77)

BIN = os.path.realpath(sys.argv[1])
SRC = os.path.realpath(sys.argv[2])


def build_shard(path):
    out = path[:-len(".jsonl")] + ".json"
    subprocess.run([BIN, "build", "-q", "--threads", "1", "--shard", path, "-o", out],
                   check=True)
    return out


def merge(parts, out, keep_state):
    subprocess.run([BIN, "merge", *(["--shard"] if keep_state else []), *parts, "-o", out],
                   check=True)
    return out


def main():
    with tempfile.TemporaryDirectory() as t:
        corpus = os.path.join(t, "gen.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, os.path.join(SRC, "tests", "gen_corpus.py"),
                            "2000", "14"], stdout=f, check=True)
        with open(corpus, encoding="utf-8") as f:
            lines = f.readlines()
        nshards = 6
        paths = []
        for k in range(nshards):
            p = os.path.join(t, "part-%02d.jsonl" % k)
            with open(p, "w", encoding="utf-8") as f:
                f.writelines(lines[k::nshards])  # any split will do: here round robin
            paths.append(p)
        whole = os.path.join(t, "whole.json")
        subprocess.run([BIN, "build", "-q", corpus, "-o", whole], check=True)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            level = client.map(build_shard, paths)
            n = 0
            while len(level) > 2:  # a tree of merges that keep the state
                nxt = []
                for i in range(0, len(level), 2):
                    if i + 1 < len(level):
                        n += 1
                        out = os.path.join(t, "tree-%d.json" % n)
                        nxt.append(client.submit(merge, [level[i], level[i + 1]], out, True))
                    else:
                        nxt.append(level[i])
                level = nxt
            merged = client.submit(merge, level, os.path.join(t, "merged.json"), False).result()
        with open(whole, "rb") as a, open(merged, "rb") as b:
            if a.read() != b.read():
                print("the Dask tree merge differs from one build")
                return 1
        print("Dask: 6 shards on 2 worker processes, merged as a tree: same bytes as one build")
        print("1 passed, 0 failed")
        return 0


if __name__ == "__main__":
    sys.exit(main())
