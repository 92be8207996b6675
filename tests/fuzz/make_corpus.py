#!/usr/bin/env python3
"""make_corpus.py - writes the seed corpus of the harnesses of issue 13 into tests/fuzz/corpus/
(graph, aliasfile, dir; the reproducers of the issue and small valid inputs). Run from the
repository root with a GraphML copy of tests/query/tiny.json as the first argument:
    entgraph merge tests/query/tiny.json -o /tmp/tiny.graphml
    python3 tests/fuzz/make_corpus.py /tmp/tiny.graphml
"""
import json
import os
import re
import sys

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def put(harness, name, data):
    d = os.path.join(out, harness)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


# ---- graph: a control line ("" = every step), then the graph file -------------------------
tiny_json = open("tests/query/tiny.json", "rb").read()
tiny_gml = open(sys.argv[1], "rb").read()
g = json.loads(tiny_json)


def graph_json(mod):
    h = json.loads(tiny_json)
    mod(h)
    return json.dumps(h, ensure_ascii=False).encode()


def setp(path, value):
    def mod(h):
        o = h
        for k in path[:-1]:
            o = o[k]
        o[path[-1]] = value
    return mod


put("graph", "tiny.json", b"\n" + tiny_json)
put("graph", "tiny-ego.json", b"\xff\x01\x00\x04\x00\x02Durand\n" + tiny_json)
put("graph", "tiny-noevidence.json", b"\x80\n" + tiny_json)
put("graph", "tiny.graphml", b"\n" + tiny_gml)
put("graph", "tiny-path.graphml", b"\x26\x00\x00\x00\x02\x03\n" + tiny_gml)
put("graph", "shard2.graphml", b"\n" + open("tests/query/shard2.graphml", "rb").read())
put("graph", "nasty.json", b"\n" + open("tests/query/nasty.json", "rb").read())
# 1. type / name declared as double; weight as string; NaN, missing, negative counts
put("graph", "type-double.graphml", b"\n" + tiny_gml.replace(
    b'attr.name="type" attr.type="string"', b'attr.name="type" attr.type="double"'))
put("graph", "name-double.graphml", b"\n" + tiny_gml.replace(
    b'attr.name="name" attr.type="string"', b'attr.name="name" attr.type="double"'))
put("graph", "weight-string.graphml", b"\n" + tiny_gml.replace(
    b'attr.name="weight" attr.type="double"', b'attr.name="weight" attr.type="string"'))
put("graph", "mentions-nan.graphml", b"\n" + re.sub(
    rb'<data key="mentions">\d+<', b'<data key="mentions">NaN<', tiny_gml, count=1))
put("graph", "mentions-missing.graphml", b"\n" + re.sub(
    rb'\s*<data key="mentions">\d+</data>', b"", tiny_gml, count=1))
put("graph", "mentions-negative.graphml", b"\n" + re.sub(
    rb'<data key="mentions">\d+<', b'<data key="mentions">-3<', tiny_gml, count=1))
# 2. edge weights 0, 0.5, NaN (Leiden spun forever)
for name, w in (("0", b"0"), ("half", b"0.5"), ("nan", b"NaN"), ("inf", b"INF")):
    put("graph", "weight-%s.graphml" % name, b"\x01\n" + re.sub(
        rb'<data key="weight">\d+<', b'<data key="weight">' + w + b"<", tiny_gml, count=1))
put("graph", "weight-0.json", b"\x01\n" + graph_json(setp(["edges", 0, "weight"], 0)))
put("graph", "weight-half.json", b"\x01\n" + graph_json(setp(["edges", 0, "weight"], 0.5)))
put("graph", "mentions-negative.json", b"\n" + graph_json(setp(["nodes", 0, "mentions"], -1)))
# duplicate edges
put("graph", "duplicate-edge.json", b"\n" + graph_json(
    lambda h: h["edges"].append(dict(h["edges"][0]))))
put("graph", "duplicate-edge.graphml", b"\n" + tiny_gml.replace(
    b"  </graph>", tiny_gml[tiny_gml.index(b"    <edge "):tiny_gml.index(b"</edge>") + 8] +
    b"  </graph>"))
# 7. invalid UTF-8 in a JSON graph; null and 1e30; a truncated graph
put("graph", "invalid-utf8.json", b"\n" + tiny_json.replace("Zoë".encode(), b"Zo\xeb"))
put("graph", "mentions-null.json", b"\n" + graph_json(setp(["nodes", 0, "mentions"], None)))
put("graph", "weight-1e30.json", b"\n" + tiny_json.replace(b'"weight": 2', b'"weight": 1e30', 1))
put("graph", "npmi-null.json", b"\n" + graph_json(setp(["edges", 0, "npmi"], None)))
put("graph", "truncated.json", b"\n" + tiny_json[:len(tiny_json) // 2])
put("graph", "truncated.graphml", b"\n" + tiny_gml[:len(tiny_gml) // 2])
# 8. zero-width characters and Graphviz escapes in names
put("graph", "zero-width.json", b"\n" + graph_json(
    setp(["nodes", 0, "label"], "Pu\u200btin\u00ad \u2066Goita\u2069")))
put("graph", "escapes.json", b"\x10\n" + graph_json(setp(["nodes", 0, "label"], "\\N \\G \\E \\L\"")))

# ---- aliasfile: the file, a NUL byte, an article ------------------------------------------
art = b"Tinubu of Nigeria met Bazoum of Niger. Twitter, now X, hired John Smyth."
samples = open("tests/aliases/samples.json", "rb").read()
put("aliasfile", "samples.json", samples + b"\0" + art)
for f in sorted(os.listdir("tests/aliases")):
    if f != "samples.json":
        put("aliasfile", f, open(os.path.join("tests/aliases", f), "rb").read() + b"\0")
put("aliasfile", "contradictory.json", json.dumps({
    "entities": [{"label": "Niger", "type": "COUNTRY", "aliases": ["Nigeria"]}],
    "distinct": [["Niger", "Nigeria"]]}).encode() + b"\0" + art)
put("aliasfile", "misspelt-key.json", json.dumps({
    "entites": [{"label": "Mohamed Bazoum", "type": "PERSON", "aliases": ["Bazuma"]}],
    "distinct": []}).encode() + b"\0" + art)
put("aliasfile", "misspelt-field.json", json.dumps({
    "entities": [{"label": "Mohamed Bazoum", "typ": "PERSON", "alias": ["Bazuma"]}]}).encode() +
    b"\0" + art)
put("aliasfile", "zero-width.json", json.dumps({
    "entities": [{"label": "Vladimir Putin", "type": "PERSON", "aliases": ["Pu\u200btin"]}]},
    ensure_ascii=False).encode() + b"\0" + "Pu\u200btin met Goi\u00adta.".encode())
put("aliasfile", "null-1e30.json", b'{"entities": [{"label": null, "type": 1e30}]}\0')
put("aliasfile", "lone-surrogate.json",
    b'{"entities": [{"label": "A\\ud800", "type": "PERSON", "aliases": ["\\udc00"]}]}\0')

# ---- dir: ops of fuzz_dir.c: (name index, op, args...) ------------------------------------
# ops: 0 mkdir+enter, 1 up, 2/3 file (len byte + body), 4/5 symlink (target kind),
#      6 FIFO, 7 hard link; names index into fuzz_dir.c's table
A_TXT, C_JSONL, SELF, NAME_A, NAME_B = 4, 6, 15, 0, 1


def file_op(name, body):
    return bytes([name, 2, len(body)]) + body


body = b"Vladimir Putin met Assimi Goita in Moscow."
jsonl = b'{"id":"1","text":"Tinubu visited Niger."}\n{"id":"2","text":"\\ud800 Bazoum"}\n'
put("dir", "plain", file_op(A_TXT, body) + file_op(C_JSONL, jsonl))
# symlink loops: self -> ".", a/to-b -> ../b, b/to-a -> ../a (issue item 3)
put("dir", "loops",
    bytes([NAME_A, 0]) + file_op(A_TXT, body) + bytes([0, 1]) +
    bytes([NAME_B, 0]) + file_op(A_TXT, body) + bytes([SELF, 4, 1]) + bytes([0, 1]) +
    bytes([SELF, 4, 0]) + bytes([SELF, 4, 3]))
put("dir", "self-loop", bytes([SELF, 4, 4]) + bytes([A_TXT, 4, 4]) + file_op(C_JSONL, jsonl))
put("dir", "deep", bytes([NAME_A, 0]) * 6 + file_op(A_TXT, body) + bytes([SELF, 4, 3]) +
    bytes([NAME_B, 4, 2]))
put("dir", "fifo-links", bytes([A_TXT, 6]) + bytes([5, 6]) + file_op(C_JSONL, jsonl) +
    bytes([NAME_B, 7, 0]) + bytes([NAME_A, 4, 6]) + bytes([13, 4, 5]))
put("dir", "zero-width", file_op(14, "Pu\u200btin met Goi\u00adta.".encode()) +
    file_op(10, b"\xff\xfe bad UTF-8 \xc3"))

# ---- the older harnesses: a lone surrogate in JSONL, zero-width characters in an article ---
put("jsonl", "lone-surrogate.jsonl",
    b'{"id": "s", "text": "Vladimir Putin met Assimi Goita in Moscow. \\ud800 \\udc00 \\ud83d\\ude00"}\n'
    b'{"id": "n", "text": null}\n{"id": "e", "text": "x", "n": 1e30}\n')
put("pipeline", "zero-width.txt",
    "Pu\u200btin met Goi\u00adta and \u2066Bazoum\u2069 in Nia\u200dmey.\n".encode())

# ---- findings of the fuzzers (each also a case of tests/fuzz_seeds.sh) ----------------------
# fuzz_files, 2026-11-29: an edge with "evidence" given twice kept an uninitialized entry
# (merge / build -o crashed writing it); the last list counts now, as for "docs"
put("graph", "evidence-twice.json", b"\n" + tiny_json.replace(
    b'"evidence": [', b'"evidence": [{"doc": "d9", "sentence": "first."}], "evidence": [', 1))
