#!/usr/bin/env python3
"""Validator for the West African / Sahel alias-resolution test corpus.

Run from anywhere:  python3 check.py
Uses the Python 3 standard library only. Prints every problem found and
exits with status 1 if there is at least one, otherwise prints a summary
and exits with status 0.
"""

import calendar
import itertools
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(ROOT, "articles")
EXPECTED = os.path.join(ROOT, "expected.json")
README = os.path.join(ROOT, "README.md")

N_STORIES = 16
MIN_TOKENS, MAX_TOKENS = 220, 270
SAME_RANGE = (90, 115)        # "about 100"
DISTINCT_RANGE = (25, 35)     # "about 30"
MIN_CROSS_ONLY = 25           # same pairs never found together in one article
THREAD_COUNT_RANGE = (6, 7)
THREAD_SIZE_RANGE = (2, 3)

# Threads: story number -> year in which the story is set.
THREADS = {
    "A Niger uranium and junta": {1: 2029, 2: 2032, 3: 2035},
    "B Nigerian telecom operator": {4: 2027, 5: 2030, 6: 2034},
    "C Guinea bauxite and junta": {7: 2028, 8: 2031, 9: 2036},
    "D Regional bodies and Sahel juntas": {10: 2027, 11: 2031, 12: 2035},
    "E Senegalese telecom and mobile money": {13: 2029, 14: 2033},
    "F Malian gold mine": {15: 2028, 16: 2034},
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
FILE_RE = re.compile(r"^(\d\d)_([a-z0-9]+(?:_[a-z0-9]+)*)\.txt$")
DATELINE_RE = re.compile(
    r"^(?P<city>[^,\n]+), (?P<month>" + "|".join(MONTHS) +
    r") (?P<day>[1-9]|[12][0-9]|3[01]) \(Reuters\) - \S")
TITLE_WORDS = {
    "President", "Minister", "Chairman", "Chairwoman", "Chairperson",
    "General", "Colonel", "Captain", "Lieutenant", "Major", "Commander",
    "Governor", "Senator", "Prime", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
    "Dr", "Dr.", "Sir", "Alhaji", "Chief", "King", "Queen", "Emir",
}
ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&.\-]+")

errors = []


def err(msg):
    errors.append(msg)


def word_pattern(s):
    """Match s verbatim, not preceded or followed by a word character."""
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


# ---------------------------------------------------------------- threads
def check_threads():
    years = {}
    if not THREAD_COUNT_RANGE[0] <= len(THREADS) <= THREAD_COUNT_RANGE[1]:
        err("threads: %d threads, expected %d to %d"
            % (len(THREADS), THREAD_COUNT_RANGE[0], THREAD_COUNT_RANGE[1]))
    for name, stories in THREADS.items():
        if not THREAD_SIZE_RANGE[0] <= len(stories) <= THREAD_SIZE_RANGE[1]:
            err("thread %r has %d stories, expected 2 or 3" % (name, len(stories)))
        ys = list(stories.values())
        if len(set(ys)) != len(ys):
            err("thread %r: two stories share a year %r" % (name, ys))
        for n, y in stories.items():
            if n in years:
                err("story %02d is listed in more than one thread" % n)
            years[n] = y
    if sorted(years) != list(range(1, N_STORIES + 1)):
        err("threads do not cover stories 01-%02d exactly once" % N_STORIES)
    return years


# ---------------------------------------------------------------- articles
def check_articles(years):
    texts = {}
    if not os.path.isdir(ART_DIR):
        err("articles/ directory missing")
        return texts
    seen = {}
    for fn in sorted(os.listdir(ART_DIR)):
        m = FILE_RE.match(fn)
        if not m:
            err("articles/%s: bad file name (want NN_topic.txt)" % fn)
            continue
        n = int(m.group(1))
        if not 1 <= n <= N_STORIES:
            err("articles/%s: number out of range 01-%02d" % (fn, N_STORIES))
            continue
        if n in seen:
            err("articles/%s: number %02d used twice" % (fn, n))
        seen[n] = fn
    for n in range(1, N_STORIES + 1):
        if n not in seen:
            err("article %02d missing" % n)
    for n, fn in sorted(seen.items()):
        path = os.path.join(ART_DIR, fn)
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            err("%s: starts with a BOM" % fn)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err("%s: not valid UTF-8 (%s)" % (fn, e))
            continue
        text = text.lstrip("\ufeff")
        if "\r" in text:
            err("%s: contains CR characters (need LF line ends)" % fn)
        if unicodedata.normalize("NFC", text) != text:
            err("%s: not in Unicode NFC" % fn)
        if not text.endswith("\n"):
            err("%s: no final newline" % fn)
        if text.endswith("\n\n"):
            err("%s: blank line at end" % fn)
        lines = text.rstrip("\n").split("\n")
        for i, line in enumerate(lines, 1):
            if not line.strip():
                err("%s: line %d is blank" % (fn, i))
            elif line != line.strip():
                err("%s: line %d has leading or trailing whitespace" % (fn, i))
            elif line[-1] not in '.!?"\u201d)':
                err("%s: line %d does not end like a paragraph" % (fn, i))
        ntok = len(text.split())
        if not MIN_TOKENS <= ntok <= MAX_TOKENS:
            err("%s: %d tokens, expected %d-%d" % (fn, ntok, MIN_TOKENS, MAX_TOKENS))
        m = DATELINE_RE.match(lines[0])
        year = years.get(n)
        if not m:
            err("%s: line 1 lacks a dateline 'CITY, Month D (Reuters) - '" % fn)
        else:
            city = m.group("city")
            if city != city.upper() or not any(c.isalpha() for c in city) \
                    or any(c.isdigit() for c in city):
                err("%s: dateline city %r not in capitals" % (fn, city))
            if year:
                month = MONTHS.index(m.group("month")) + 1
                if int(m.group("day")) > calendar.monthrange(year, month)[1]:
                    err("%s: dateline day does not exist in %d" % (fn, year))
            body = text[m.end() - 1:]
            if year and not re.search(r"(?<!\d)%d(?!\d)" % year, body):
                err("%s: story year %d not written in the body" % (fn, year))
        texts[fn] = text
    return texts


# ---------------------------------------------------------------- expected
def load_expected():
    try:
        data = json.load(open(EXPECTED, encoding="utf-8"))
    except (OSError, ValueError) as e:
        err("expected.json unreadable: %s" % e)
        return None
    if not isinstance(data, dict) or set(data) != {"same", "distinct"}:
        err("expected.json must be an object with exactly the keys same, distinct")
        return None
    for key in ("same", "distinct"):
        lst = data[key]
        if not isinstance(lst, list):
            err("expected.json: %s is not a list" % key)
            return None
        for p in lst:
            if not (isinstance(p, list) and len(p) == 2
                    and all(isinstance(x, str) for x in p)):
                err("expected.json: %s entry %r is not a pair of strings" % (key, p))
                return None
    return data


def check_strings(strings):
    for s in sorted(strings):
        if not s or s != s.strip() or "  " in s:
            err("string %r: empty or stray whitespace" % s)
        if unicodedata.normalize("NFC", s) != s:
            err("string %r: not NFC" % s)
        if re.match(r"(?i)the\s", s):
            err("string %r: starts with 'the'" % s)
        if re.search(r"['\u2019](s)?$", s):
            err("string %r: ends with a possessive" % s)
        first = s.split()[0] if s.split() else ""
        if first in TITLE_WORDS:
            err("string %r: starts with a title" % s)


def find_spans(texts, strings):
    spans = {}
    for s in strings:
        pat = word_pattern(s)
        spans[s] = {fn: [m.span() for m in pat.finditer(t)]
                    for fn, t in texts.items()}
        spans[s] = {fn: v for fn, v in spans[s].items() if v}
    return spans


def check_occurrences(strings, spans):
    for s in sorted(strings):
        if not spans[s]:
            err("string %r occurs in no article at word boundaries" % s)
            continue
        longer = [t for t in strings if t != s and s in t]
        standalone = False
        for fn, sp in spans[s].items():
            cover = [c for t in longer for c in spans[t].get(fn, [])]
            for a, b in sp:
                if not any(ca <= a and b <= cb for ca, cb in cover):
                    standalone = True
                    break
            if standalone:
                break
        if not standalone:
            err("string %r occurs only inside longer listed names" % s)


CONNECTORS = {"of", "for", "and", "de", "des", "du", "la", "le", "les",
              "pour", "et", "en", "économique"}


def guess_expansion(before):
    """Capitalised name (with connector words) ending a text segment."""
    words = before.split()
    taken = []
    for w in reversed(words):
        core = re.sub(r"^[ldLD]'", "", w)
        if (core[:1].isupper() and not w.endswith((",", ".", ";", ":"))) \
                or w in CONNECTORS:
            taken.append(w)
        else:
            break
    taken.reverse()
    while taken and (taken[0] in CONNECTORS or taken[0] in ("The", "the")):
        taken.pop(0)
    return " ".join(taken)


def collect_acronyms(texts, strings):
    """Map each acronym introduced as 'Name (ACR)' to the names before it.

    A listed string ending right before the parenthesis is preferred;
    otherwise the capitalised phrase before it is taken.
    """
    found = {}
    pat = re.compile(r" \((" + ACRONYM_RE.pattern + r")\)")
    for t in texts.values():
        for m in pat.finditer(t):
            acr = m.group(1)
            line_start = t.rfind("\n", 0, m.start()) + 1
            before = t[line_start:m.start()]
            listed = [s for s in strings
                      if before.endswith(s)
                      and (len(before) == len(s)
                           or not before[-len(s) - 1].isalnum())]
            if listed:
                exp = max(listed, key=len)
            else:
                exp = guess_expansion(before)
            if exp:
                found.setdefault(acr, set()).add(exp)
    return found


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def check_pairs(data, texts):
    same, distinct = data["same"], data["distinct"]
    keys = {}
    for key in ("same", "distinct"):
        keys[key] = set()
        for a, b in data[key]:
            if a == b:
                err("%s pair %r has two identical strings" % (key, [a, b]))
            k = tuple(sorted((a, b)))
            if k in keys[key]:
                err("%s pair %r listed twice" % (key, [a, b]))
            keys[key].add(k)
    for k in keys["same"] & keys["distinct"]:
        err("pair %r is in both same and distinct" % (list(k),))

    if not SAME_RANGE[0] <= len(same) <= SAME_RANGE[1]:
        err("%d same pairs, expected about 100 (%d-%d)" % ((len(same),) + SAME_RANGE))
    if not DISTINCT_RANGE[0] <= len(distinct) <= DISTINCT_RANGE[1]:
        err("%d distinct pairs, expected about 30 (%d-%d)"
            % ((len(distinct),) + DISTINCT_RANGE))

    strings = {x for p in same + distinct for x in p}
    check_strings(strings)
    spans = find_spans(texts, strings)
    check_occurrences(strings, spans)

    uf = UnionFind()
    for s in strings:
        uf.find(s)
    for a, b in same:
        uf.union(a, b)
    for a, b in distinct:
        if uf.find(a) == uf.find(b):
            err("distinct pair %r is linked through a chain of same pairs" % ([a, b],))

    # Same pairs whose strings never occur together in one article.
    cross = [p for p in same
             if not set(spans[p[0]]) & set(spans[p[1]])]
    if len(cross) < MIN_CROSS_ONLY:
        err("only %d same pairs never co-occur in one article, need %d"
            % (len(cross), MIN_CROSS_ONLY))

    same_strings = {x for p in same for x in p}

    # Relatives / namesakes: a token shared as first or last word by two
    # look-alike names in a distinct pair must not be paired on its own.
    for a, b in distinct:
        ta, tb = a.split(), b.split()
        if len(ta) < 2 or len(tb) < 2:
            continue
        for shared in {ta[0]} & {tb[0]} | {ta[-1]} & {tb[-1]}:
            if shared in same_strings:
                err("bare shared token %r of distinct pair %r appears in a same pair"
                    % (shared, [a, b]))

    # A bare one-word name in a same pair must not also be the first or
    # last word of listed names belonging to two different entities.
    for w in sorted(s for s in same_strings if len(s.split()) == 1):
        owners = {uf.find(t) for t in strings
                  if len(t.split()) >= 2 and w in (t.split()[0], t.split()[-1])}
        if len(owners) > 1:
            err("bare name %r is shared by names of different entities but is paired" % w)

    # Acronyms introduced in parentheses after a full name.
    expansions = collect_acronyms(texts, strings)
    for acr, exps in sorted(expansions.items()):
        comps = {}
        for e in exps:
            comps.setdefault(uf.find(e) if e in strings else ("unlisted", e),
                             set()).add(e)
        if len(comps) < 2:
            continue
        if acr in strings:
            err("acronym %r stands for %d bodies but appears in a pair"
                % (acr, len(comps)))
        for c1, c2 in itertools.combinations(comps, 2):
            linked = any({uf.find(x), uf.find(y)} == {c1, c2} for x, y in distinct)
            if not linked:
                err("acronym %r: expansions %r and %r form no distinct pair"
                    % (acr, sorted(comps[c1]), sorted(comps[c2])))
    ambiguous = sorted(a for a, e in expansions.items()
                       if len({uf.find(x) if x in strings else x for x in e}) > 1)
    return len(same), len(distinct), len(cross), ambiguous


# ---------------------------------------------------------------- readme
def check_readme(texts):
    try:
        text = open(README, encoding="utf-8").read()
    except OSError:
        err("README.md missing")
        return
    first = text.split("\n", 1)[0]
    if not re.match(r"^# Alias-resolution test corpus: \S", first):
        err("README.md: first line must be '# Alias-resolution test corpus: <focus>'")
    if not re.search(r"^\|.*\|\s*$", text, re.M):
        err("README.md: no thread table")
    for fn in texts:
        if fn not in text:
            err("README.md: article %s not referred to" % fn)
    for word in ("expected.json", "check.py"):
        if word not in text:
            err("README.md: does not describe %s" % word)


def main():
    years = check_threads()
    texts = check_articles(years)
    data = load_expected()
    stats = None
    if data is not None and texts:
        stats = check_pairs(data, texts)
    check_readme(texts)
    if errors:
        for e in errors:
            print("FAIL: " + e)
        print("%d problem(s) found" % len(errors))
        sys.exit(1)
    n_same, n_distinct, n_cross, ambiguous = stats
    print("OK: %d stories, %d same pairs (%d never in one article), "
          "%d distinct pairs; ambiguous acronyms: %s"
          % (len(texts), n_same, n_cross, n_distinct, ", ".join(ambiguous) or "none"))
    sys.exit(0)


if __name__ == "__main__":
    main()
