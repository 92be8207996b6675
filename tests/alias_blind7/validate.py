#!/usr/bin/env python3
"""Validate the blind7 corpus: JSON shape, every surface occurs as a whole-word
span (case-sensitive) in some article, basic surface hygiene, and consistency
between "same" clusters and "distinct" pairs. Standard library only."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

def main():
    errors = []
    arts = {}
    for fn in sorted(os.listdir(ART)):
        if fn.endswith(".txt"):
            with open(os.path.join(ART, fn), encoding="utf-8") as f:
                arts[fn] = f.read()
    if len(arts) != 16:
        errors.append("expected 16 articles, found %d" % len(arts))
    for fn, t in arts.items():
        n = len(t.split())
        if not 180 <= n <= 230:
            errors.append("%s: %d words (want 180-230)" % (fn, n))
        first = t.splitlines()[0]
        if not re.match(r"^[A-Z][A-Za-z .,'-]+, [A-Z][a-z]+\.? \d{1,2} \((19[89]\d|20[0-2]\d)\) - ", first):
            errors.append("%s: bad dateline: %r" % (fn, first[:60]))

    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict) or set(data) != {"same", "distinct"}:
        errors.append("top level must be an object with exactly 'same' and 'distinct'")
        data = {"same": data.get("same", []), "distinct": data.get("distinct", [])} if isinstance(data, dict) else {"same": [], "distinct": []}
    for key in ("same", "distinct"):
        if not isinstance(data[key], list):
            errors.append("%s is not a list" % key); data[key] = []
        for p in data[key]:
            if not (isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) and s for s in p)):
                errors.append("%s: bad pair %r" % (key, p))
            elif p[0] == p[1]:
                errors.append("%s: identical surfaces %r" % (key, p))

    def where(s):
        pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
        return {fn for fn, t in arts.items() if pat.search(t)}

    bad_prefix = re.compile(r"^(the |President |Mr\.? |Mrs\.? |Gen\.? |Sir |Chairman )")
    surfaces = {s for k in ("same", "distinct") for p in data[k] if isinstance(p, list) for s in p}
    locs = {}
    for s in sorted(surfaces):
        locs[s] = where(s)
        if not locs[s]:
            errors.append("surface not found as whole word: %r" % s)
        if bad_prefix.match(s) or s.endswith("'s") or s != s.strip():
            errors.append("surface hygiene problem: %r" % s)

    # duplicates
    for key in ("same", "distinct"):
        seen = set()
        for p in data[key]:
            k = frozenset(p)
            if k in seen:
                errors.append("%s: duplicate pair %r" % (key, p))
            seen.add(k)

    # union-find over same pairs; distinct pairs must not fall in one cluster
    parent = {}
    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]; x = parent[x]
        return x
    for a, b in data["same"]:
        parent[find(a)] = find(b)
    for a, b in data["distinct"]:
        if find(a) == find(b):
            errors.append("distinct pair %r is joined by same-pairs" % ([a, b],))

    cross = [p for p in data["same"] if locs.get(p[0]) and locs.get(p[1]) and not (locs[p[0]] & locs[p[1]])]
    print("articles: %d, same pairs: %d (cross-article only: %d), distinct pairs: %d, surfaces: %d"
          % (len(arts), len(data["same"]), len(cross), len(data["distinct"]), len(surfaces)))
    for p in cross:
        print("  cross:", p, sorted(locs[p[0]])[0][:2], "<->", sorted(locs[p[1]])[0][:2])
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
