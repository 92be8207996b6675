#!/usr/bin/env python3
"""misspell_gen.py N [SENTENCES] - N small news articles (JSONL on standard output), each naming
people and organizations with invented names that no other article uses, so every name is a
distinct candidate for the cross-article misspelling search (bench/misspell.sh).

With SENTENCES > 0, one article of that many such sentences instead (the "one huge article" case).
Deterministic: the names are spelled from the article number, in syllables."""
import json
import sys

ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr",
          "gr", "kr", "tr", "st"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
CODAS = ["", "n", "r", "l", "s", "k"]
SYL = [o + v + c for o in ONSETS for v in VOWELS for c in CODAS]  # 960 syllables


def word(n, salt):
    """A capitalized invented word of three syllables, one-to-one with n < 960**3."""
    n = (n * 2654435761 + salt) % (len(SYL) ** 3)
    parts = []
    for _ in range(3):
        parts.append(SYL[n % len(SYL)])
        n //= len(SYL)
    return "".join(parts).capitalize()


def sentences(i):
    a, b = word(4 * i, 11), word(4 * i + 1, 11)
    c, d = word(4 * i + 2, 11), word(4 * i + 3, 11)
    org, lone = word(i, 29), word(i, 47)
    return [
        f"President {a} {b} met {c} {d} in the capital on Tuesday.",
        f"{b} said the {org} Corporation would sign the agreement with {d}.",
        f"{lone} was not available for comment.",
    ]


def main():
    n = int(sys.argv[1])
    big = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    out = sys.stdout
    if big:
        text = " ".join(s for i in range(big) for s in sentences(i))
        out.write(json.dumps({"id": "big", "text": text}) + "\n")
        return
    for i in range(n):
        out.write(json.dumps({"id": f"a{i:07d}", "text": " ".join(sentences(i))}) + "\n")


main()
