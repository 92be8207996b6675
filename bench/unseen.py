#!/usr/bin/env python3
"""bench/unseen.py TRAIN TAGGED - entity F1 per type on the names never seen as a name in
TRAIN (a CoNLL file): gold entities whose words are no entity of TRAIN (recall) and predicted
ones likewise (precision), with conlleval's chunks. TAGGED is `entgraph tag` output (gold tags
in the second-to-last column, predicted in the last). How well the tagger finds names it never
saw: 60% of the entities of 2020 news are not in the 1996 training data (issue #12)."""
import collections
import sys


def chunks(tags):
    """(begin, end, type) of IOB1/IOB2 tags, conlleval semantics."""
    out, start, typ = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.append((start, i, typ))
            start, typ = (i, t[2:]) if t != "O" else (None, None)
    return out


def sentences(path):
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("-DOCSTART-"):
            if sent:
                yield sent
            sent = []
            continue
        sent.append(line.split())
    if sent:
        yield sent


def main():
    seen = set()
    for s in sentences(sys.argv[1]):
        for a, b, _ in chunks([x[-1] for x in s]):
            seen.add(" ".join(x[0] for x in s[a:b]))
    gold, pred, good = (collections.Counter() for _ in range(3))
    for s in sentences(sys.argv[2]):
        words = [x[0] for x in s]
        g = [c for c in chunks([x[-2] for x in s]) if " ".join(words[c[0]:c[1]]) not in seen]
        p = [c for c in chunks([x[-1] for x in s]) if " ".join(words[c[0]:c[1]]) not in seen]
        for counter, cs in ((gold, g), (pred, p), (good, set(g) & set(p))):
            for c in cs:
                counter[c[2]] += 1
                counter["all"] += 1
    print("names never seen in training   precision  recall      F1   gold")
    for t in ["PER", "LOC", "ORG", "MISC", "all"]:
        pr = 100 * good[t] / pred[t] if pred[t] else 0
        rc = 100 * good[t] / gold[t] if gold[t] else 0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0
        print(f"{t:30} {pr:9.2f} {rc:7.2f} {f1:7.2f} {gold[t]:6}")


if __name__ == "__main__":
    main()
