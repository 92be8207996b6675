#!/usr/bin/env python3
"""Validate expected.json against the articles (stdlib only).

Checks: JSON shape; every surface occurs as a whole-word span in some
article; no surface has a title / leading "the" / trailing "'s"; no
"distinct" pair is connected through a chain of "same" pairs; no pair
repeats or pairs a surface with itself.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

texts = {}
for p in sorted(glob.glob(os.path.join(HERE, "articles", "*.txt"))):
    with open(p, encoding="utf-8") as fh:
        texts[os.path.basename(p)] = fh.read()
if len(texts) != 16:
    errors.append("expected 16 articles, found %d" % len(texts))

with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as fh:
    data = json.load(fh)

if not isinstance(data, dict) or set(data) != {"same", "distinct"}:
    errors.append("top level must be an object with exactly 'same' and 'distinct'")
for key in ("same", "distinct"):
    for pair in data.get(key, []):
        if not (isinstance(pair, list) and len(pair) == 2
                and all(isinstance(s, str) and s.strip() == s and s for s in pair)):
            errors.append("%s: bad pair %r" % (key, pair))
        elif pair[0] == pair[1]:
            errors.append("%s: pair of identical surfaces %r" % (key, pair))

def where(surface):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [n for n, t in texts.items() if pat.search(t)]

BAD_PREFIX = ("The ", "the ", "Mr ", "Mr. ", "Mrs ", "Ms ", "Dr ", "Sir ",
              "President ", "Prime Minister ", "Chancellor ", "Lord ")
surfaces = sorted({s for k in ("same", "distinct") for p in data.get(k, []) for s in p})
for s in surfaces:
    if not where(s):
        errors.append("surface not found as whole-word span: %r" % s)
    if s.startswith(BAD_PREFIX):
        errors.append("surface starts with title/article: %r" % s)
    if s.endswith("'s") or s.endswith("\u2019s"):
        errors.append("surface ends with possessive: %r" % s)

# duplicates
seen = set()
for k in ("same", "distinct"):
    for p in data.get(k, []):
        key = frozenset(p)
        if key in seen:
            errors.append("duplicate pair %r" % p)
        seen.add(key)

# union-find over same pairs
parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for a, b in data.get("same", []):
    parent[find(a)] = find(b)
for a, b in data.get("distinct", []):
    if find(a) == find(b):
        errors.append("distinct pair joined by a chain of same pairs: %r" % [a, b])

# statistics: a "same" pair counts as cross-article when the articles in
# which each surface occurs as a standalone mention (not inside a longer
# expected surface) differ, i.e. some mention must be linked across articles.
def standalone(surface):
    out = set()
    longer = [s for s in surfaces if s != surface and surface in s]
    for n, t in texts.items():
        covered = set()
        for l in longer:
            for m in re.finditer(r"(?<!\w)" + re.escape(l) + r"(?!\w)", t):
                covered.update(range(m.start(), m.end()))
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", t):
            if m.start() not in covered:
                out.add(n)
    return out
cross = 0
for a, b in data.get("same", []):
    sa, sb = standalone(a), standalone(b)
    if sa and sb and sa != sb:
        cross += 1
words = {n: len(t.split()) for n, t in texts.items()}
print("articles: %d (words min %d, max %d)" % (len(texts), min(words.values()), max(words.values())))
for n, w in words.items():
    if not 180 <= w <= 230:
        print("  note: %s has %d words" % (n, w))
print("same pairs: %d (cross-article: %d)" % (len(data.get("same", [])), cross))
print("distinct pairs: %d" % len(data.get("distinct", [])))
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
