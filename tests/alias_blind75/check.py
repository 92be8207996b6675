#!/usr/bin/env python3
"""Validator for the alias-resolution test corpus.

Run from anywhere:  python3 check.py
Exit status 0 when every rule holds, 1 otherwise.  Python 3 standard library only.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(ROOT, "articles")

N_ARTICLES = 16
TOKENS_MIN, TOKENS_MAX = 220, 270
SAME_MIN, SAME_MAX = 90, 110          # "about 100"
DISTINCT_MIN, DISTINCT_MAX = 25, 35   # "about 30"
CROSS_MIN = 25                        # same pairs never printed together in one article
THREADS_MIN, THREADS_MAX = 6, 7
THREAD_SIZE_MIN, THREAD_SIZE_MAX = 2, 3

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
NAME_RE = re.compile(r"^(\d\d)_([a-z0-9]+(?:_[a-z0-9]+)*)\.txt$")
DATELINE_RE = re.compile(
    r"^([^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*), (" + "|".join(MONTHS) +
    r") ([1-9]|[12][0-9]|3[01]) \(Reuters\) - \S")
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

# Words that may precede a name but are not part of it.
TITLES = {
    "President", "Vice", "Minister", "Senator", "Governor", "Mayor", "Chairman",
    "Chairwoman", "Chair", "Chief", "Executive", "Officer", "CEO", "Director",
    "Coach", "Captain", "Judge", "Deputy", "Prime", "Former", "Mr", "Mr.", "Ms",
    "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Sen.", "Gov.", "Pres.", "King", "Queen",
    "Energy", "Economy", "Finance", "Mining", "Mines", "Foreign", "Interior",
    "Pollster", "Founder",
}
STOPWORDS = TITLES | set(MONTHS) | {
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "By",
    "For", "From", "With", "Under", "After", "Before", "While", "When", "Its",
    "His", "Her", "Their", "Our", "Shares", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "Reuters",
}
# lowercase particles allowed inside Iberian personal and company names
IBERIAN_PARTICLES = {"de", "del", "da", "do", "dos", "das", "la", "las", "los", "y", "e"}
# additionally allowed inside the full name in front of "(ACRONYM)"
ENGLISH_PARTICLES = {"of", "the", "and", "for"}
LOWER_SUFFIX_RE = re.compile(
    r"-(based|listed|owned|run|backed|speaking|controlled|born|led|largest|seat)$")

errors = []


def fail(msg):
    errors.append(msg)


def occ_re(s):
    """Exact string at word boundaries (works for strings ending in '.')."""
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


# ---------------------------------------------------------------- layout
for name in ("README.md", "check.py", "expected.json", "articles"):
    if not os.path.exists(os.path.join(ROOT, name)):
        fail(f"layout: missing {name}")
if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)

articles = {}          # "01" -> text
article_files = {}     # "01" -> file name
for fn in sorted(os.listdir(ART_DIR)):
    m = NAME_RE.match(fn)
    if not m:
        fail(f"layout: unexpected entry articles/{fn}")
        continue
    num = m.group(1)
    if num in article_files:
        fail(f"layout: two articles numbered {num}")
    article_files[num] = fn
expected_nums = [f"{i:02d}" for i in range(1, N_ARTICLES + 1)]
if sorted(article_files) != expected_nums:
    fail(f"layout: article numbers {sorted(article_files)} are not 01..{N_ARTICLES:02d}")

# ---------------------------------------------------------------- article format
for num, fn in sorted(article_files.items()):
    path = os.path.join(ART_DIR, fn)
    raw = open(path, "rb").read()
    where = f"articles/{fn}"
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{where}: has a BOM")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"{where}: not UTF-8 ({exc})")
        continue
    articles[num] = text
    if unicodedata.normalize("NFC", text) != text:
        fail(f"{where}: not Unicode NFC")
    if "\r" in text:
        fail(f"{where}: contains CR characters (LF line ends required)")
    if "\t" in text:
        fail(f"{where}: contains tab characters")
    if not text.endswith("\n"):
        fail(f"{where}: no final newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, line in enumerate(lines, 1):
        if not line.strip():
            fail(f"{where}: blank line {i}")
        elif line != line.strip():
            fail(f"{where}: line {i} has leading or trailing whitespace")
    ntok = len(text.split())
    if not TOKENS_MIN <= ntok <= TOKENS_MAX:
        fail(f"{where}: {ntok} tokens, outside {TOKENS_MIN}-{TOKENS_MAX}")
    m = DATELINE_RE.match(lines[0])
    if not m:
        fail(f"{where}: line 1 does not start with 'CITY, Month D (Reuters) - '")
    else:
        city = m.group(1)
        if city != city.upper():
            fail(f"{where}: dateline city {city!r} not in capitals")
        if YEAR_RE.search(lines[0][:m.end() - 1]):
            fail(f"{where}: dateline contains a year")
        body = text[m.end() - 1:]
        if not YEAR_RE.search(body):
            fail(f"{where}: no year written in the body")

# ---------------------------------------------------------------- README and threads
readme_path = os.path.join(ROOT, "README.md")
readme = open(readme_path, encoding="utf-8").read()
first = readme.split("\n", 1)[0]
if not re.match(r"^# Alias-resolution test corpus: \S", first):
    fail("README.md: first line must be '# Alias-resolution test corpus: <focus>'")
for word in ("expected.json", "check.py", "articles/"):
    if word not in readme:
        fail(f"README.md: does not describe {word}")

threads = {}   # thread id -> list of (num, year)
header = None
for line in readme.split("\n"):
    if not line.startswith("|"):
        header = None
        continue
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    low = [c.lower() for c in cells]
    if "thread" in low and "articles" in low and "years" in low:
        header = {name: low.index(name) for name in ("thread", "articles", "years")}
        continue
    if header is None or all(set(c) <= set("-: ") for c in cells):
        continue
    tid = cells[header["thread"]]
    nums = re.findall(r"(?<!\d)\d\d(?!\d)", cells[header["articles"]])
    years = YEAR_RE.findall(cells[header["years"]])
    if len(nums) != len(years):
        fail(f"README.md: thread {tid}: {len(nums)} articles but {len(years)} years")
        continue
    threads[tid] = list(zip(nums, years))

if not THREADS_MIN <= len(threads) <= THREADS_MAX:
    fail(f"threads: {len(threads)} threads in README table, need {THREADS_MIN}-{THREADS_MAX}")
thread_of = {}
for tid, members in threads.items():
    if not THREAD_SIZE_MIN <= len(members) <= THREAD_SIZE_MAX:
        fail(f"threads: thread {tid} has {len(members)} stories")
    years = [y for _, y in members]
    if len(set(years)) != len(years):
        fail(f"threads: thread {tid} repeats a year {years}")
    for num, year in members:
        if num in thread_of:
            fail(f"threads: article {num} listed in threads {thread_of[num]} and {tid}")
        thread_of[num] = tid
        if num not in articles:
            fail(f"threads: thread {tid} lists missing article {num}")
            continue
        body = articles[num].split("(Reuters) - ", 1)[-1]
        if year not in YEAR_RE.findall(body):
            fail(f"threads: article {num} does not write its year {year} in the body")
for num in articles:
    if num not in thread_of:
        fail(f"threads: article {num} belongs to no thread")

# ---------------------------------------------------------------- expected.json structure
try:
    expected = json.load(open(os.path.join(ROOT, "expected.json"), encoding="utf-8"))
except (ValueError, OSError) as exc:
    fail(f"expected.json: cannot load ({exc})")
    expected = {"same": [], "distinct": []}
if not isinstance(expected, dict) or set(expected) != {"same", "distinct"}:
    fail("expected.json: top level must be an object with exactly 'same' and 'distinct'")
    expected = {"same": expected.get("same", []) if isinstance(expected, dict) else [],
                "distinct": expected.get("distinct", []) if isinstance(expected, dict) else []}

pairs = {"same": [], "distinct": []}
for kind in ("same", "distinct"):
    seen = set()
    lst = expected[kind]
    if not isinstance(lst, list):
        fail(f"expected.json: '{kind}' is not a list")
        continue
    for p in lst:
        if (not isinstance(p, list) or len(p) != 2
                or not all(isinstance(x, str) and x for x in p)):
            fail(f"expected.json: bad {kind} entry {p!r}")
            continue
        a, b = p
        if a == b:
            fail(f"expected.json: {kind} pair of a string with itself {p!r}")
        key = frozenset(p)
        if key in seen:
            fail(f"expected.json: {kind} pair listed twice {p!r}")
        seen.add(key)
        pairs[kind].append((a, b))
same_keys = {frozenset(p) for p in pairs["same"]}
for a, b in pairs["distinct"]:
    if frozenset((a, b)) in same_keys:
        fail(f"expected.json: pair in both lists {[a, b]!r}")
if not SAME_MIN <= len(pairs["same"]) <= SAME_MAX:
    fail(f"expected.json: {len(pairs['same'])} same pairs, want {SAME_MIN}-{SAME_MAX}")
if not DISTINCT_MIN <= len(pairs["distinct"]) <= DISTINCT_MAX:
    fail(f"expected.json: {len(pairs['distinct'])} distinct pairs, "
         f"want {DISTINCT_MIN}-{DISTINCT_MAX}")

all_strings = sorted({x for kind in pairs for p in pairs[kind] for x in p})

# ---------------------------------------------------------------- string form
for s in all_strings:
    if s != s.strip() or "  " in s or "\n" in s:
        fail(f"string {s!r}: stray whitespace")
    if unicodedata.normalize("NFC", s) != s:
        fail(f"string {s!r}: not NFC")
    if re.match(r"(?i)the\s", s):
        fail(f"string {s!r}: leading 'the'")
    if re.search(r"['’]s?$", s):
        fail(f"string {s!r}: possessive ending")
    if s.split()[0] in TITLES:
        fail(f"string {s!r}: starts with a title")
    if re.search(r"[,;:!?\"()]", s):
        fail(f"string {s!r}: contains punctuation that is not part of a name")

# ---------------------------------------------------------------- occurrences
spans = {}   # string -> {num: [(start, end), ...]}
for s in all_strings:
    rx = occ_re(s)
    spans[s] = {num: [m.span() for m in rx.finditer(t)] for num, t in articles.items()}
    spans[s] = {k: v for k, v in spans[s].items() if v}
    if not spans[s]:
        fail(f"string {s!r}: does not occur in any article at word boundaries")

for s in all_strings:
    longer = [t for t in all_strings if t != s and s in t]
    standalone = False
    for num, lst in spans[s].items():
        covers = [sp for t in longer for sp in spans[t].get(num, [])]
        for a, b in lst:
            if not any(c <= a and b <= d for c, d in covers):
                standalone = True
                break
        if standalone:
            break
    if spans[s] and not standalone:
        fail(f"string {s!r}: occurs only inside longer listed names")

# ---------------------------------------------------------------- union-find
parent = {s: s for s in all_strings}


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for a, b in pairs["same"]:
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
components = {}
for s in all_strings:
    components.setdefault(find(s), set()).add(s)
for a, b in pairs["distinct"]:
    if find(a) == find(b):
        fail(f"distinct pair {[a, b]!r} is linked by a chain of same pairs")

# ---------------------------------------------------------------- cross-article pairs
cross = [p for p in pairs["same"]
         if not set(spans[p[0]]) & set(spans[p[1]])]
if len(cross) < CROSS_MIN:
    fail(f"same pairs never printed together in one article: {len(cross)}, need {CROSS_MIN}")


# ---------------------------------------------------------------- name runs
def name_word(tok):
    if not tok or not tok[0].isupper() or not tok[0].isalpha():
        return False
    if re.search(r"['’]s?$", tok) or LOWER_SUFFIX_RE.search(tok):
        return False
    return tok not in STOPWORDS


def name_run(text, start, end, particles):
    """Extend text[start:end] to the surrounding run of capitalised name words."""
    left = []
    pos = start
    while pos > 0 and text[pos - 1] == " ":
        m = re.search(r"(?:^|(?<=\s))(\S+) $", text[:pos])
        if not m:
            break
        tok = m.group(1)
        if re.search(r"[,;:!?\"“”()’']$", tok) or (tok.endswith(".")
                                                    and not re.search(r"\.\w", tok)):
            break   # punctuation closes the previous phrase or sentence
        if not (name_word(tok) or tok in particles):
            break
        left.insert(0, tok)
        pos = m.start(1)
    right = []
    pos = end
    while pos < len(text) and text[pos] == " ":
        m = re.match(r" (\S+)", text[pos:])
        tok = m.group(1)
        core = tok.rstrip(",;:!?\")’'")
        stop = core != tok
        if core.endswith(".") and not re.search(r"\.\w", core) and len(core) > 4 \
                and core[:-1] not in ("Inc", "Ltd", "Co", "Corp", "Jr", "Sr"):
            core, stop = core[:-1], True
        if not (name_word(core) or core in particles):
            break
        right.append(core)
        pos += 1 + len(tok)
        if stop:
            break
    mid = text[start:end]
    words = left + ([mid] if mid else []) + right
    while words and words[0] in particles:
        words.pop(0)
    while words and words[-1] in particles:
        words.pop()
    return " ".join(words)


# ---------------------------------------------------------------- bare names
# A single-word string that is paired with a longer form of the same entity
# (a bare surname, given name, nickname or short form) must (a) not be a word
# of a listed name belonging to another entity and (b) never be printed as
# part of a longer name that is not a listed form of its own entity.
def in_component(run, comp):
    for cand in (run, run.rstrip(".")):
        for c in comp:
            if occ_re(cand).search(c):
                return True
    return False


same_strings = {x for p in pairs["same"] for x in p}
for s in sorted(same_strings):
    if " " in s:
        continue
    comp = components[find(s)]
    if not any(" " in c for c in comp):
        continue
    for t in all_strings:
        if find(t) != find(s) and s in [w.strip(".,") for w in t.split()]:
            fail(f"bare name {s!r} is also a word of {t!r}, a different entity")
    for num, lst in spans[s].items():
        text = articles[num]
        for a, b in lst:
            run = name_run(text, a, b, IBERIAN_PARTICLES)
            if run != s and not in_component(run, comp):
                fail(f"bare name {s!r}: article {num} prints it inside {run!r}, "
                     f"which is not a listed form of the same entity")

# ---------------------------------------------------------------- acronyms
# "Full Name (ACR)" introductions; one acronym introduced for two bodies must
# appear in no pair, its expansions must form a distinct pair, and it must be
# used in two threads.
expansions = {}
for num, text in articles.items():
    for m in re.finditer(r" \(([A-Z][A-Z0-9&]{1,9})\)", text):
        acr = m.group(1)
        if acr == "Reuters":
            continue
        full = name_run(text, m.start() + 1, m.start() + 1,
                        IBERIAN_PARTICLES | ENGLISH_PARTICLES)
        full = full.strip()
        if full:
            expansions.setdefault(acr, {}).setdefault(full, set()).add(num)
ambiguous = {}
for acr, fulls in expansions.items():
    if len(fulls) < 2:
        continue
    roots = {find(f) if f in parent else f for f in fulls}
    if len(roots) > 1:
        ambiguous[acr] = fulls
if not ambiguous:
    fail("acronyms: no acronym is introduced for two different bodies")
distinct_keys = {frozenset(p) for p in pairs["distinct"]}
for acr, fulls in ambiguous.items():
    if acr in all_strings:
        fail(f"acronym {acr!r} stands for {sorted(fulls)} but appears in a pair")
    names = sorted(fulls)
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            if frozenset((names[i], names[j])) not in distinct_keys:
                fail(f"acronym {acr!r}: expansions {names[i]!r} and {names[j]!r} "
                     f"are not a distinct pair")
    used_threads = {thread_of.get(n) for n in articles if occ_re(acr).search(articles[n])}
    per_exp_threads = [{thread_of.get(n) for n in nums} for nums in fulls.values()]
    if len(used_threads) < 2 or any(a == b for i, a in enumerate(per_exp_threads)
                                    for b in per_exp_threads[i + 1:]):
        fail(f"acronym {acr!r}: its bodies are not in different threads")
for acr, fulls in expansions.items():
    if acr in ambiguous or acr not in parent:
        continue
    for full in fulls:
        if full in parent and find(full) != find(acr):
            fail(f"acronym {acr!r} introduced for {full!r} but not linked to it")

# ---------------------------------------------------------------- report
n_same, n_dist = len(pairs["same"]), len(pairs["distinct"])
if errors:
    for e in errors:
        print("FAIL", e)
    print(f"{len(errors)} problem(s); {len(articles)} articles, "
          f"{n_same} same pairs, {n_dist} distinct pairs")
    sys.exit(1)
print(f"OK: {len(articles)} articles in {len(threads)} threads, {n_same} same pairs "
      f"({len(cross)} never together in one article), {n_dist} distinct pairs, "
      f"ambiguous acronyms: {', '.join(sorted(ambiguous))}")
sys.exit(0)
