#!/usr/bin/env python3
"""Validate expected.json against the articles in ./articles (stdlib only).

Checks:
  1. JSON shape: {"same": [[str, str], ...], "distinct": [[str, str], ...]}
  2. every surface occurs verbatim as a whole-word span in some article
  3. no surface has a title / leading lower-case "the" / trailing "'s"
  4. no "distinct" pair is connected through a chain of "same" pairs
Also reports how many "same" pairs span two articles (no single article
contains both surfaces as maximal spans, i.e. not nested inside a longer
listed surface).
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TITLES = ("President ", "Mr ", "Mr. ", "Mrs ", "Ms ", "Dr ", "Chancellor ",
          "King ", "Sheikh ", "Prime Minister ", "Sir ")


def load_articles():
    arts = {}
    for f in sorted(glob.glob(os.path.join(HERE, "articles", "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            arts[os.path.basename(f)] = fh.read()
    return arts


def spans(text, s):
    pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def main():
    errors = []
    arts = load_articles()
    if len(arts) == 0:
        errors.append("no articles found")
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, dict) or set(data) != {"same", "distinct"}:
        errors.append("top level must be an object with exactly 'same' and 'distinct'")
        data = {"same": data.get("same", []), "distinct": data.get("distinct", [])} if isinstance(data, dict) else {"same": [], "distinct": []}
    for key in ("same", "distinct"):
        if not isinstance(data[key], list):
            errors.append(f"'{key}' must be a list")
            continue
        for p in data[key]:
            if not (isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) and x.strip() for x in p)):
                errors.append(f"bad pair in {key}: {p!r}")
            elif p[0] == p[1]:
                errors.append(f"identical surfaces in {key}: {p!r}")
    surfaces = sorted({x for k in ("same", "distinct") for p in data[k] for x in p})

    # 2 + 3: occurrence and surface form
    where = {}
    for s in surfaces:
        where[s] = [a for a, t in arts.items() if spans(t, s)]
        if not where[s]:
            errors.append(f"surface not found as whole-word span: {s!r}")
        if s.startswith(TITLES) or s.startswith("the ") or s.endswith("'s") or s != s.strip():
            errors.append(f"surface has title/'the'/possessive/whitespace: {s!r}")

    # duplicates
    for key in ("same", "distinct"):
        seen = set()
        for p in data[key]:
            k = frozenset(p)
            if k in seen:
                errors.append(f"duplicate pair in {key}: {p!r}")
            seen.add(k)
    if {frozenset(p) for p in data["same"]} & {frozenset(p) for p in data["distinct"]}:
        errors.append("a pair is listed both as same and distinct")

    # 4: union-find over same pairs
    parent = {}
    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in data["same"]:
        parent[find(a)] = find(b)
    for a, b in data["distinct"]:
        if find(a) == find(b):
            errors.append(f"distinct pair joined by a chain of same pairs: {a!r} / {b!r}")

    # info: maximal occurrences per article (not nested in a longer listed surface)
    def maximal_in(art, s):
        t = arts[art]
        longer = [o for o in surfaces if o != s and s in o]
        cover = [sp for o in longer for sp in spans(t, o)]
        return any(not any(c0 <= a0 and b0 <= c1 for c0, c1 in cover) for a0, b0 in spans(t, s))
    cross = 0
    for a, b in data["same"]:
        if not any(maximal_in(art, a) and maximal_in(art, b) for art in arts):
            cross += 1
    print(f"articles: {len(arts)}")
    print(f"same pairs: {len(data['same'])} (spanning two articles: {cross})")
    print(f"distinct pairs: {len(data['distinct'])}")
    print(f"surfaces: {len(surfaces)}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
