#!/usr/bin/env python3
"""bench/modern_conll.py SRC > CONLL - turn the hand-annotated source of the modern news probe
(bench/data/modern.src: one sentence a line, "#DOC" starts an article, entities written
[TYPE words]) into CoNLL-2003 columns "word X X TAG" with the IOB1 tags of CoNLL-2003's own
files (I- everywhere, B- only where an entity directly follows another of the same type).
Tokenization follows CoNLL-2003: punctuation split off, "'s" and "n't" tokens, abbreviations
such as "U.S." and "Inc." one token."""
import re
import sys

ABBREV = {"U.S.", "U.K.", "U.N.", "E.U.", "Inc.", "Corp.", "Co.", "Ltd.", "Mr.", "Mrs.", "Ms.",
          "Dr.", "St.", "Jr.", "Gov.", "Sen.", "Rep.", "Gen.", "No.", "vs.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Bros.", "Plc.", "Mt.",
          "D.C.", "N.V.", "S.A.", "Lt.", "Kft.", "Zrt.", "Nyrt.", "s.r.o.", "Sr.",
          # US states as datelines abbreviate them, one token as CoNLL-2003 writes "Calif."
          "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
          "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
          "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Vt.", "Va.",
          "Wash.", "Wis.", "Wyo."}
INITIALS = re.compile(r"([A-Z]\.)+")  # "J." and "J.K." initials stay one token
LEAD = "([\"'$"
TRAIL = ")],.;:?!\"'%"


def split_chunk(ch):
    out_lead, out_trail = [], []
    while ch and ch[0] in LEAD and ch not in ("'s", "'"):
        out_lead.append(ch[0])
        ch = ch[1:]
    while ch and ch[-1] in TRAIL and ch not in ABBREV and ch != "'" and not INITIALS.fullmatch(ch):
        if ch.endswith("'s"):
            break
        out_trail.insert(0, ch[-1])
        ch = ch[:-1]
    mid = []
    if ch:
        if ch.endswith("n't") and len(ch) > 3:
            mid = [ch[:-3], "n't"]
        elif ch.endswith("'s") and len(ch) > 2:
            mid = [ch[:-2], "'s"]
        elif ch.endswith("s'") and len(ch) > 2:
            mid = [ch[:-1], "'"]
        else:
            # "REUTERS/Name" and "/Illustration/File" in photo credits: "/" is a token
            mid = [p for p in re.split(r"(/)", ch) if p] if re.search(r"[A-Za-z]", ch) else [ch]
    return out_lead + mid + out_trail


def tokens(text):
    out = []
    for ch in text.split():
        out.extend(split_chunk(ch))
    return out


def sentence(line, lineno):
    res = []  # (word, type or None, entity index)
    pos, ent = 0, 0
    for m in re.finditer(r"\[(PER|LOC|ORG|MISC) ([^\[\]]+)\]", line):
        for w in tokens(line[pos:m.start()]):
            res.append((w, None, -1))
        ent += 1
        for w in tokens(m.group(2)):
            res.append((w, m.group(1), ent))
        pos = m.end()
    rest = line[pos:]
    if "[" in rest or "]" in rest:
        sys.exit(f"line {lineno}: stray bracket: {line}")
    for w in tokens(rest):
        res.append((w, None, -1))
    return res


def main():
    out = sys.stdout
    first = True
    for lineno, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
        line = line.strip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("#DOC"):
            if not first:
                pass
            out.write("-DOCSTART- -X- -X- O\n\n")
            first = False
            continue
        prev = (None, -1)
        for w, t, e in sentence(line, lineno):
            if t is None:
                tag = "O"
            elif prev[0] == t and prev[1] != e:
                tag = "B-" + t
            else:
                tag = "I-" + t
            out.write(f"{w} X X {tag}\n")
            prev = (t, e)
        out.write("\n")


main()
