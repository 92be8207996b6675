#!/usr/bin/env python3
"""Consistency checker for the blind20 alias-resolution test corpus.

Usage:  python3 check.py        # run all checks, print problems and a result line
        python3 check.py -v     # additionally list clusters and where each string occurs

Checks:
  * articles/*.txt: UTF-8, NFC, one paragraph per non-empty line, first line starts
    with a dateline "CITY, Month D (Reuters) - ", a year (19xx/20xx) in the text,
    230-260 words
  * expected.json: {"same": [[a,b],...], "distinct": [[a,b],...]}
  * every listed string occurs as a whole word somewhere in the articles
  * every listed string also occurs at least once outside any longer listed string
    that contains it (i.e. it stands alone somewhere)
  * strings are NFC, carry no possessive 's and no leading title
  * no self pairs, no duplicate pairs, no pair in both lists
  * no chain of same pairs joins the two members of a distinct pair
It also reports how many same pairs are linked only across articles (the two strings
never stand alone in the same article).
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(HERE, "articles")
EXPECTED = os.path.join(HERE, "expected.json")

MONTHS = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|January|February|August|September|October|November|December)"
DATELINE = re.compile(r"^[A-Z][A-Z .'\-]*[A-Z], " + MONTHS + r" \d{1,2} \(Reuters\) - \S")
YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
TITLES = ("Minister ", "Dr. ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "President ", "Prime Minister ",
          "Chairman ", "Judge ", "Justice ", "Sir ", "Coach ")
MIN_WORDS, MAX_WORDS = 230, 260


def load_articles(problems):
    arts = {}
    names = sorted(n for n in os.listdir(ART_DIR) if n.endswith(".txt"))
    for n in names:
        raw = open(os.path.join(ART_DIR, n), "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{n}: not UTF-8 ({e})")
            continue
        if unicodedata.normalize("NFC", text) != text:
            problems.append(f"{n}: not NFC")
        if not re.match(r"^\d\d_[a-z0-9_]+\.txt$", n):
            problems.append(f"{n}: file name is not NN_topic.txt")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if any(not l.strip() for l in lines):
            problems.append(f"{n}: empty line(s) - expected one paragraph per line")
        if not lines or not DATELINE.match(lines[0]):
            problems.append(f"{n}: first paragraph lacks a 'CITY, Month D (Reuters) - ' dateline")
        if not YEAR.search(text):
            problems.append(f"{n}: no year in the story text")
        words = len(text.split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            problems.append(f"{n}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        arts[n] = text
    return arts


def spans(s, text):
    pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def main():
    verbose = "-v" in sys.argv[1:]
    problems = []
    arts = load_articles(problems)
    if len(arts) != 16:
        problems.append(f"expected 16 articles, found {len(arts)}")

    data = json.load(open(EXPECTED, encoding="utf-8"))
    if set(data) != {"same", "distinct"}:
        problems.append(f"expected.json keys are {sorted(data)}, want ['distinct', 'same']")
    same = data.get("same", [])
    distinct = data.get("distinct", [])

    strings = []
    for lst_name, lst in (("same", same), ("distinct", distinct)):
        for p in lst:
            if not (isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)):
                problems.append(f"{lst_name}: malformed pair {p!r}")
                continue
            for x in p:
                if x not in strings:
                    strings.append(x)
    strings_set = set(strings)

    # string hygiene
    for s in strings:
        if unicodedata.normalize("NFC", s) != s:
            problems.append(f"string not NFC: {s!r}")
        if s != s.strip() or not s:
            problems.append(f"string has stray whitespace: {s!r}")
        if s.endswith("'s") or s.endswith("\u2019s"):
            problems.append(f"string carries a possessive: {s!r}")
        if any(s.startswith(t) for t in TITLES):
            problems.append(f"string carries a title: {s!r}")

    # occurrences
    occ = {}        # string -> {article: [spans]}
    alone = {}      # string -> {article: count of standalone spans}
    for s in strings:
        occ[s] = {}
        for n, t in arts.items():
            sp = spans(s, t)
            if sp:
                occ[s][n] = sp
    longer = {s: [o for o in strings if o != s and len(o) > len(s) and spans(s, o)] for s in strings}
    for s in strings:
        alone[s] = {}
        for n, sp in occ[s].items():
            covering = []
            for o in longer[s]:
                covering.extend(occ[o].get(n, []))
            k = sum(1 for a, b in sp if not any(c <= a and b <= d for c, d in covering))
            if k:
                alone[s][n] = k
        if not occ[s]:
            problems.append(f"string never occurs as a whole word: {s!r}")
        elif not alone[s]:
            problems.append(f"string occurs only inside longer listed strings: {s!r}")

    # pair hygiene
    def key(p):
        return tuple(sorted(p))
    seen = {}
    for lst_name, lst in (("same", same), ("distinct", distinct)):
        for p in lst:
            if len(p) != 2:
                continue
            if p[0] == p[1]:
                problems.append(f"{lst_name}: self pair {p!r}")
            k = key(p)
            if k in seen:
                if seen[k] == lst_name:
                    problems.append(f"{lst_name}: duplicate pair {p!r}")
                else:
                    problems.append(f"pair in both lists: {p!r}")
            else:
                seen[k] = lst_name

    # clusters via union-find over same pairs
    parent = {s: s for s in strings}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in same:
        parent[find(a)] = find(b)
    for a, b in distinct:
        if find(a) == find(b):
            problems.append(f"distinct pair joined by a chain of same pairs: {a!r} / {b!r}")

    # cross-article same pairs
    cross = []
    for a, b in same:
        if not (set(alone.get(a, {})) & set(alone.get(b, {}))):
            cross.append((a, b))

    total_words = sum(len(t.split()) for t in arts.values())

    if verbose:
        clusters = {}
        for s in strings:
            clusters.setdefault(find(s), []).append(s)
        print(f"== {len(clusters)} clusters ==")
        for i, (_, members) in enumerate(sorted(clusters.items(), key=lambda kv: kv[1][0]), 1):
            print(f"[{i}]")
            for s in members:
                where = ", ".join(f"{n[:2]}x{c}" for n, c in sorted(alone[s].items()))
                print(f"    {s!r:45} alone in: {where or '-'}")
        print("== same pairs linked only across articles ==")
        for a, b in cross:
            print(f"    {a!r} ~ {b!r}")
        print("== distinct pairs ==")
        for a, b in distinct:
            print(f"    {a!r} != {b!r}")
        print("== articles ==")
        for n, t in arts.items():
            print(f"    {n}: {len(t.split())} words")

    for p in problems:
        print("PROBLEM:", p)
    summary = (f"{len(arts)} articles, {total_words} words, {len(same)} same pairs "
               f"({len(cross)} cross-article), {len(distinct)} distinct pairs, "
               f"{len(strings_set)} strings")
    if problems:
        print(f"RESULT: FAIL - {len(problems)} problem(s); {summary}")
        return 1
    print(f"RESULT: OK - {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
