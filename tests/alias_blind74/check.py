#!/usr/bin/env python3
"""Validator for the alias-resolution test corpus (Python 3 standard library only).

Run from anywhere:  python3 check.py
Exits 0 when every rule holds, 1 otherwise (all failures are listed).
"""
import itertools
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(ROOT, "articles")

# Threads: article number -> year the story is set in.
THREADS = {
    "A": [(1, 2014), (2, 2018), (3, 2023)],
    "B": [(4, 2013), (5, 2017), (6, 2021)],
    "C": [(7, 2012), (8, 2016), (9, 2020)],
    "D": [(10, 2015), (11, 2019), (12, 2024)],
    "E": [(13, 2017), (14, 2022)],
    "F": [(15, 2016), (16, 2021)],
}
N_ARTICLES = 16
MIN_TOKENS, MAX_TOKENS = 220, 270
SAME_RANGE = (90, 110)        # "about 100"
DISTINCT_RANGE = (25, 35)     # "about 30"
MIN_CROSS_ARTICLE = 25

MONTHS = {
    "January": 31, "February": 29, "March": 31, "April": 30, "May": 31,
    "June": 30, "July": 31, "August": 31, "September": 30,
    "October": 31, "November": 30, "December": 31,
}
DATELINE = re.compile(
    r"^([A-Z][A-Z .'\-]*[A-Z]), (" + "|".join(MONTHS) + r") ([1-9][0-9]?) \(Reuters\) - \S"
)
FILE_RE = re.compile(r"^(\d\d)_([a-z0-9]+(?:_[a-z0-9]+)*)\.txt$")
YEAR_RE = re.compile(r"(?<![\w.,$])(1[89]\d\d|20\d\d)(?![\w,]\d|\w)")
TITLES = {
    "president", "minister", "chairman", "chairwoman", "chair", "chief",
    "ceo", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
    "prime", "governor", "director", "founder", "king", "queen", "prince",
    "senator", "secretary", "general", "judge", "professor", "prof.",
}
ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Z0-9&]{1,9})\)")

errors = []


def fail(msg):
    errors.append(msg)


def occ_regex(s):
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


# ---------------------------------------------------------------- layout
for name in ("README.md", "check.py", "expected.json"):
    if not os.path.isfile(os.path.join(ROOT, name)):
        fail("missing file: %s" % name)
if not os.path.isdir(ART_DIR):
    fail("missing directory: articles/")
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)

files = sorted(os.listdir(ART_DIR))
articles = {}  # number -> (filename, text)
for fn in files:
    m = FILE_RE.match(fn)
    if not m:
        fail("unexpected file name in articles/: %r" % fn)
        continue
    num = int(m.group(1))
    if num in articles:
        fail("two articles numbered %02d" % num)
    articles[num] = (fn, None)
if sorted(articles) != list(range(1, N_ARTICLES + 1)):
    fail("articles must be numbered 01..%02d, found %s"
         % (N_ARTICLES, sorted(articles)))

# ---------------------------------------------------------------- threads
thread_of = {}
story_year = {}
if not 6 <= len(THREADS) <= 7:
    fail("need six or seven threads, have %d" % len(THREADS))
for t, stories in THREADS.items():
    if not 2 <= len(stories) <= 3:
        fail("thread %s must have two or three stories" % t)
    years = [y for _, y in stories]
    if len(set(years)) != len(years):
        fail("thread %s: stories must be set in different years" % t)
    for num, y in stories:
        if num in thread_of:
            fail("article %02d is in two threads" % num)
        thread_of[num] = t
        story_year[num] = y
if sorted(thread_of) != list(range(1, N_ARTICLES + 1)):
    fail("threads must cover articles 01..%02d exactly once" % N_ARTICLES)

# ---------------------------------------------------------------- article format
for num in sorted(articles):
    fn = articles[num][0]
    path = os.path.join(ART_DIR, fn)
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail("%s: has a BOM" % fn)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("%s: not UTF-8 (%s)" % (fn, e))
        continue
    articles[num] = (fn, text)
    if unicodedata.normalize("NFC", text) != text:
        fail("%s: not Unicode NFC" % fn)
    if "\r" in text:
        fail("%s: contains CR characters (LF line ends required)" % fn)
    if not text.endswith("\n"):
        fail("%s: no final newline" % fn)
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    if any(l.strip() == "" for l in lines):
        fail("%s: contains blank lines" % fn)
    if any(l != l.strip() for l in lines):
        fail("%s: line with leading or trailing whitespace" % fn)
    if len(lines) < 3:
        fail("%s: fewer than three paragraphs" % fn)
    ntok = len(text.split())
    if not MIN_TOKENS <= ntok <= MAX_TOKENS:
        fail("%s: %d tokens, need %d..%d" % (fn, ntok, MIN_TOKENS, MAX_TOKENS))
    m = DATELINE.match(lines[0] if lines else "")
    if not m:
        fail("%s: line 1 lacks dateline 'CITY, Month D (Reuters) - '" % fn)
    elif int(m.group(3)) > MONTHS[m.group(2)]:
        fail("%s: invalid day in dateline" % fn)
    y = story_year.get(num)
    if y is not None:
        body = text[m.end() - 1:] if m else text
        if not re.search(r"(?<!\d)%d(?!\d)" % y, body):
            fail("%s: story year %d not written in the body" % (fn, y))
        for ym in YEAR_RE.finditer(text):
            if int(ym.group(1)) > y:
                fail("%s: mentions year %s, later than story year %d"
                     % (fn, ym.group(1), y))

texts = {num: t for num, (fn, t) in articles.items() if t is not None}

# ---------------------------------------------------------------- expected.json
try:
    with open(os.path.join(ROOT, "expected.json"), encoding="utf-8") as f:
        exp = json.load(f)
except Exception as e:  # noqa: BLE001
    fail("expected.json unreadable: %s" % e)
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)

if not isinstance(exp, dict) or set(exp) != {"same", "distinct"}:
    fail("expected.json must be an object with exactly the keys 'same' and 'distinct'")
    exp = {"same": exp.get("same", []) if isinstance(exp, dict) else [],
           "distinct": exp.get("distinct", []) if isinstance(exp, dict) else []}

pairs = {"same": [], "distinct": []}
seen = {}
for kind in ("same", "distinct"):
    lst = exp[kind]
    if not isinstance(lst, list):
        fail("%s must be a list" % kind)
        continue
    for p in lst:
        if (not isinstance(p, list) or len(p) != 2
                or not all(isinstance(x, str) for x in p)):
            fail("%s: malformed pair %r" % (kind, p))
            continue
        a, b = p
        if a == b:
            fail("%s: pair of identical strings %r" % (kind, a))
            continue
        key = frozenset(p)
        if key in seen:
            if seen[key] == kind:
                fail("%s: pair listed twice %r" % (kind, p))
            else:
                fail("pair in both lists %r" % p)
            continue
        seen[key] = kind
        pairs[kind].append((a, b))

n_same, n_distinct = len(pairs["same"]), len(pairs["distinct"])
if not SAME_RANGE[0] <= n_same <= SAME_RANGE[1]:
    fail("%d same pairs, want about 100 (%d..%d)" % ((n_same,) + SAME_RANGE))
if not DISTINCT_RANGE[0] <= n_distinct <= DISTINCT_RANGE[1]:
    fail("%d distinct pairs, want about 30 (%d..%d)" % ((n_distinct,) + DISTINCT_RANGE))

strings = sorted({s for k in pairs for p in pairs[k] for s in p})
same_strings = {s for p in pairs["same"] for s in p}

# ---------------------------------------------------------------- string form
for s in strings:
    if s != s.strip() or "  " in s or "\n" in s:
        fail("string has stray whitespace: %r" % s)
    if unicodedata.normalize("NFC", s) != s:
        fail("string not NFC: %r" % s)
    if re.match(r"(?i)the\s", s):
        fail("string starts with 'the': %r" % s)
    if re.search(r"['\u2019](s)?$", s):
        fail("string ends with a possessive: %r" % s)
    first = s.split()[0].lower()
    if first in TITLES and len(s.split()) > 1:
        fail("string starts with a title: %r" % s)

# ---------------------------------------------------------------- occurrences
spans = {}  # (num, s) -> list of spans
for num, text in texts.items():
    for s in strings:
        sp = [m.span() for m in occ_regex(s).finditer(text)]
        if sp:
            spans[(num, s)] = sp


def standalone_spans(num, s):
    out = []
    for (a, b) in spans.get((num, s), []):
        covered = False
        for t in strings:
            if t == s or len(t) <= len(s) or s not in t:
                continue
            for (c, d) in spans.get((num, t), []):
                if c <= a and b <= d:
                    covered = True
                    break
            if covered:
                break
        if not covered:
            out.append((a, b))
    return out


present = {s: {num for num in texts if (num, s) in spans} for s in strings}
standalone = {s: {num for num in texts if standalone_spans(num, s)} for s in strings}
for s in strings:
    if not present[s]:
        fail("string never occurs at word boundaries in any article: %r" % s)
    elif not standalone[s]:
        fail("string occurs only inside a longer listed name: %r" % s)

# ---------------------------------------------------------------- union-find
parent = {s: s for s in strings}


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for a, b in pairs["same"]:
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
for a, b in pairs["distinct"]:
    if find(a) == find(b):
        fail("distinct pair linked through same pairs: %r / %r" % (a, b))

# ---------------------------------------------------------------- cross-article pairs
cross = [p for p in pairs["same"] if not (present[p[0]] & present[p[1]])]
if len(cross) < MIN_CROSS_ARTICLE:
    fail("only %d same pairs never occur together in one article, need %d"
         % (len(cross), MIN_CROSS_ARTICLE))

# ---------------------------------------------------------------- bare names
# (1) A token shared by the two names of a distinct pair (a shared surname of
#     relatives, a given name of two people, a word shared by look-alike
#     companies) must not be paired as a bare name.
for a, b in pairs["distinct"]:
    shared = (set(a.split()) & set(b.split())) - {a, b}
    for t in sorted(shared):
        if t in same_strings:
            fail("bare shared name %r of distinct pair %r / %r is in a same pair"
                 % (t, a, b))
# (2) A one-word short form (surname, given name, short company name) that is
#     paired must be unambiguous wherever it stands alone: no article that uses
#     it alone may also contain a listed name of another entity containing it.
for s in sorted(same_strings):
    if len(s.split()) != 1:
        continue
    own_long = [t for t in strings if t != s and find(t) == find(s) and s in t.split()]
    if not own_long:
        continue  # nickname, acronym, demonym: not a short form
    rivals = [t for t in strings if find(t) != find(s) and s in t.split()]
    for num in standalone[s]:
        for t in rivals:
            if num in present[t]:
                fail("bare %r is ambiguous in article %02d (also %r there)"
                     % (s, num, t))

# ---------------------------------------------------------------- acronyms
acr_exp = {}  # acronym -> set of expansion strings
for num, text in texts.items():
    for m in ACRONYM_IN_PARENS.finditer(text):
        acr = m.group(1)
        before = text[:m.start()]
        cands = [s for s in strings
                 if before.endswith(s + " ")
                 and not re.search(r"\w$", before[:len(before) - len(s) - 1])]
        if not cands:
            fail("article %02d: expansion of (%s) is not a listed name" % (num, acr))
            continue
        acr_exp.setdefault(acr, set()).add(max(cands, key=len))
        rest = text[:m.start()] + text[m.end():]
        if not any(occ_regex(acr).search(t if n != num else rest)
                   for n, t in texts.items()):
            fail("acronym %s is never used alone" % acr)
distinct_keys = {frozenset(p) for p in pairs["distinct"]}
for acr, exps in sorted(acr_exp.items()):
    roots = {find(e) for e in exps}
    if len(roots) > 1:
        if acr in strings:
            fail("acronym %s stands for several bodies but appears in a pair" % acr)
        for e1, e2 in itertools.combinations(sorted(exps), 2):
            if find(e1) != find(e2) and frozenset((e1, e2)) not in distinct_keys:
                fail("expansions of shared acronym %s need a distinct pair: %r / %r"
                     % (acr, e1, e2))
    elif acr in strings and find(acr) not in roots:
        fail("acronym %s is paired with something other than its expansion" % acr)
shared_acronyms = sorted(a for a, e in acr_exp.items() if len({find(x) for x in e}) > 1)
if not shared_acronyms:
    fail("no acronym stands for two different bodies in two threads")
for acr in shared_acronyms:
    th = {thread_of.get(n) for n, t in texts.items() if "(%s)" % acr in t}
    if len(th) < 2:
        fail("shared acronym %s is not used in two threads" % acr)

# ---------------------------------------------------------------- README
try:
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
except Exception as e:  # noqa: BLE001
    readme = ""
    fail("README.md unreadable: %s" % e)
if not readme.startswith("# Alias-resolution test corpus: "):
    fail("README.md must start with '# Alias-resolution test corpus: <focus>'")
for num, (fn, _) in articles.items():
    if fn not in readme:
        fail("README.md does not mention %s" % fn)
table_rows = [l for l in readme.splitlines() if l.startswith("|")]
for t, stories in THREADS.items():
    for num, y in stories:
        if not any(("%02d" % num) in row and str(y) in row for row in table_rows):
            fail("README thread table lacks article %02d with year %d" % (num, y))
for word in ("expected.json", "check.py"):
    if word not in readme:
        fail("README.md does not describe %s" % word)

# ---------------------------------------------------------------- result
if errors:
    for e in errors:
        print("FAIL: " + e)
    print("%d problem(s) found" % len(errors))
    sys.exit(1)
print("OK: %d stories, %d same pairs (%d never in one article), %d distinct pairs, "
      "%d names, shared acronym(s): %s"
      % (len(texts), n_same, len(cross), n_distinct, len(strings),
         ", ".join(shared_acronyms)))
sys.exit(0)
