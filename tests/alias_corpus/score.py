#!/usr/bin/env python3
"""score.py ENTGRAPH CORPUS_DIR [--min-recall R] [--min-precision P] - merge precision and
recall of entgraph's alias resolution on the hand-written corpus in CORPUS_DIR (articles/ +
expected.json).

Every surface form is looked up in `entgraph entities --json` output; a pair is predicted
"same" when some mention of each resolves to the same entity. Precision is over every pair
predicted same (alias cases and traps); recall over the alias cases. Exits 1 when precision is
below the minimum (default 1.0: a corpus is held to it unless its README says which known
failure it allows) or recall below its minimum (default 0.95)."""
import json
import os
import subprocess
import sys
from collections import defaultdict

entgraph, corpus = sys.argv[1], sys.argv[2]
min_recall = float(sys.argv[sys.argv.index("--min-recall") + 1]) if "--min-recall" in sys.argv else 0.95
min_precision = (float(sys.argv[sys.argv.index("--min-precision") + 1])
                 if "--min-precision" in sys.argv else 1.0)
out = subprocess.run([entgraph, "entities", "--json", "--threads", "1", corpus + "/articles"],
                     check=True, capture_output=True, text=True).stdout
entities = defaultdict(set)
at = {}  # (doc, start byte) -> entity
for m in json.loads(out):
    entities[m["surface"]].add(m["entity"])
    at[(m["doc"], m["start"])] = m["entity"]
texts = {os.path.splitext(f)[0]: open(os.path.join(corpus, "articles", f), "rb").read()
         for f in os.listdir(os.path.join(corpus, "articles"))}
TITLES = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President")
expected = json.load(open(corpus + "/expected.json", encoding="utf-8"))

def ids(form):
    """The entities of a gold form. A form entgraph never reports is looked up as the surface it
    reports for it: without a possessive "'s" ("Kenya's"; DESIGN.md: surfaces drop the
    possessive), without a leading "The" ("The Halberd Group"; a name's "the" is no part of
    its mention, as in CoNLL-2003) or after a person's title ("Mr Tounkara")."""
    if form in entities:
        return entities[form]
    for suffix in ("'s", "\u2019s"):
        if form.endswith(suffix):
            return ids(form[:-len(suffix)])
    if form.startswith("The ") and len(form) > 4:
        return entities.get(form[4:], set())
    title, _, name = form.partition(" ")
    if name and title in TITLES:
        # a title is no part of a person's mention: the entities of the mentions that start
        # right after this title wherever the articles write "Mr Tounkara" (each occurrence's
        # own mention, so "Mr Yusuf" and "Ms Yusuf" stay apart)
        found, needle = set(), form.encode()
        for doc, text in texts.items():
            k = text.find(needle)
            while k >= 0:
                e = at.get((doc, k + len(title.encode()) + 1))
                if e:
                    found.add(e)
                k = text.find(needle, k + 1)
        return found
    return set()

def same(a, b):
    return bool(ids(a) & ids(b))

tp = sum(same(a, b) for a, b in expected["same"])
fp_pairs = [(a, b) for a, b in expected["distinct"] if same(a, b)]
missed = [(a, b) for a, b in expected["same"] if not same(a, b)]
predicted_same = tp + len(fp_pairs)
precision = tp / predicted_same if predicted_same else 1.0
recall = tp / len(expected["same"])
print(f"alias cases: {len(expected['same'])}, look-alike traps: {len(expected['distinct'])}")
print(f"merge precision {precision:.3f}, recall {recall:.3f} ({tp}/{len(expected['same'])})")
for a, b in missed:
    print(f"  not merged: {a!r} / {b!r}  ({sorted(ids(a))} vs {sorted(ids(b))})")
for a, b in fp_pairs:
    print(f"  wrongly merged: {a!r} / {b!r}")
sys.exit(0 if precision >= min_precision and recall >= min_recall else 1)
