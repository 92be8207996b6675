#!/usr/bin/env python3
"""Checker for the blind19 alias-resolution test corpus.

Checks:
  * article files: name pattern NN_topic.txt, UTF-8, NFC, one paragraph per
    line (no blank lines), dateline "CITY, Month D (YYYY) - " with a valid
    date, 230-260 words, balanced double quotes per paragraph;
  * expected.json: well-formed pairs, no self-pairs, no duplicate pairs, no
    pair in both lists, no possessive 's in strings;
  * every listed string occurs as a whole word in the articles, and also
    occurs at least once outside every longer listed string that contains it;
  * no chain of "same" pairs joins the two members of a "distinct" pair;
  * at least 20 "same" pairs are linked only across articles (the two strings
    never both stand alone in the same article).

Usage: python3 check.py [-v]     (-v lists clusters and cross-article pairs)
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
VERBOSE = "-v" in sys.argv[1:]
MONTHS = ("January February March April May June July August September "
          "October November December").split()
DATELINE = re.compile(
    r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]*), (" + "|".join(MONTHS) +
    r") ([1-9]|[12][0-9]|3[01]) \(((?:19|20)[0-9]{2})\) - \S")
MIN_WORDS, MAX_WORDS = 230, 260
MIN_CROSS = 20

problems = []


def problem(msg):
    problems.append(msg)
    print("PROBLEM:", msg)


def pattern(s):
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


# ---------------------------------------------------------------- articles
paths = sorted(glob.glob(os.path.join(HERE, "articles", "*.txt")))
articles = {}
total_words = 0
for p in paths:
    name = os.path.basename(p)
    if not re.fullmatch(r"[0-9]{2}_[a-z0-9_]+\.txt", name):
        problem(f"{name}: file name does not match NN_topic.txt")
    raw = open(p, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problem(f"{name}: not UTF-8 ({e})")
        continue
    if text.startswith("\ufeff"):
        problem(f"{name}: starts with a BOM")
    if not unicodedata.is_normalized("NFC", text):
        problem(f"{name}: not NFC-normalised")
    if "\r" in text:
        problem(f"{name}: contains carriage returns")
    if not text.endswith("\n") or text.endswith("\n\n"):
        problem(f"{name}: file must end with exactly one newline")
    lines = text.rstrip("\n").split("\n")
    for i, line in enumerate(lines, 1):
        if not line.strip():
            problem(f"{name}: blank line {i} (one paragraph per line expected)")
        elif line != line.strip():
            problem(f"{name}: line {i} has leading/trailing whitespace")
        if line.count('"') % 2:
            problem(f"{name}: line {i} has unbalanced double quotes")
    m = DATELINE.match(lines[0])
    if not m:
        problem(f"{name}: first paragraph lacks a 'CITY, Month D (YYYY) - ' dateline")
    else:
        try:
            datetime.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        except ValueError:
            problem(f"{name}: dateline date does not exist")
    for i, line in enumerate(lines[1:], 2):
        if DATELINE.match(line):
            problem(f"{name}: line {i} looks like a second dateline")
    words = len(text.split())
    total_words += words
    if not MIN_WORDS <= words <= MAX_WORDS:
        problem(f"{name}: {words} words (expected {MIN_WORDS}-{MAX_WORDS})")
    articles[name] = text

if len(articles) != 16:
    problem(f"expected 16 articles, found {len(articles)}")

# ---------------------------------------------------------------- gold file
gold = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
if set(gold) != {"same", "distinct"}:
    problem(f"expected.json keys are {sorted(gold)}, expected 'same' and 'distinct'")
same = gold.get("same", [])
distinct = gold.get("distinct", [])

seen = {}
for kind, pairs in (("same", same), ("distinct", distinct)):
    for pr in pairs:
        if not (isinstance(pr, list) and len(pr) == 2 and all(isinstance(x, str) for x in pr)):
            problem(f"{kind}: malformed pair {pr!r}")
            continue
        a, b = pr
        if a == b:
            problem(f"{kind}: self-pair {pr!r}")
        for s in pr:
            if s != s.strip() or not s:
                problem(f"{kind}: string {s!r} has surrounding whitespace or is empty")
            if re.search(r"['’]s?$", s):
                problem(f"{kind}: string {s!r} ends with a possessive")
            if not unicodedata.is_normalized("NFC", s):
                problem(f"{kind}: string {s!r} not NFC")
        key = frozenset(pr)
        if key in seen:
            if seen[key] == kind:
                problem(f"{kind}: duplicate pair {pr!r}")
            else:
                problem(f"pair {pr!r} is in both 'same' and 'distinct'")
        seen[key] = kind

strings = sorted({s for pr in same + distinct for s in pr})

# ------------------------------------------- occurrences and standalone uses
# occ[name][s] = list of (start, end) whole-word spans
occ = {name: {s: [m.span() for m in pattern(s).finditer(t)] for s in strings}
       for name, t in articles.items()}
# standalone[s] = set of article names where s occurs outside every longer
# listed string
standalone = {s: set() for s in strings}
alone_count = {s: 0 for s in strings}
total_count = {s: 0 for s in strings}
for name in articles:
    spans = occ[name]
    for s in strings:
        longer = [t for t in strings if len(t) > len(s) and pattern(s).search(t)]
        cover = [sp for t in longer for sp in spans[t]]
        for (a, b) in spans[s]:
            total_count[s] += 1
            if not any(c0 <= a and b <= c1 for (c0, c1) in cover):
                alone_count[s] += 1
                standalone[s].add(name)
for s in strings:
    if total_count[s] == 0:
        problem(f"string {s!r} does not occur as a whole word in any article")
    elif alone_count[s] == 0:
        problem(f"string {s!r} occurs only inside longer listed strings")

# ---------------------------------------------------------------- clusters
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
        problem(f"distinct pair {[a, b]!r} is joined by a chain of same pairs")

clusters = {}
for s in strings:
    clusters.setdefault(find(s), []).append(s)

cross = [pr for pr in same if not (standalone[pr[0]] & standalone[pr[1]])]
if len(cross) < MIN_CROSS:
    problem(f"only {len(cross)} cross-article same pairs (need >= {MIN_CROSS})")

# ---------------------------------------------------------------- report
if VERBOSE:
    short = lambda n: n.split("_")[0]
    multi = [c for c in clusters.values() if len(c) > 1]
    single = [c[0] for c in clusters.values() if len(c) == 1]
    print(f"\nClusters of same-pair strings ({len(multi)}):")
    for c in sorted(multi, key=lambda c: min(min(standalone[s]) for s in c if standalone[s])):
        print("  *", " | ".join(f"{s} [{','.join(short(n) for n in sorted(standalone[s]))}]"
                                for s in sorted(c, key=lambda s: (-len(s), s))))
    print(f"\nStrings only in distinct pairs ({len(single)}):")
    for s in sorted(single):
        print(f"  - {s} [{','.join(short(n) for n in sorted(standalone[s]))}]")
    print(f"\nCross-article same pairs ({len(cross)}):")
    for a, b in cross:
        print(f"  {a}  <->  {b}")
    print()

summary = (f"{len(articles)} articles, {total_words} words, {len(same)} same pairs "
           f"({len(cross)} cross-article), {len(distinct)} distinct pairs, "
           f"{len(strings)} strings")
if problems:
    print(f"RESULT: FAIL - {len(problems)} problem(s); {summary}")
    sys.exit(1)
print(f"RESULT: OK - {summary}")
