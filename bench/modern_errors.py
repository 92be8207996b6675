#!/usr/bin/env python3
"""bench/modern_errors.py TAGGED [CATEGORIES | --bootstrap] - the errors of `entgraph tag`
output (gold tags in the second-to-last column, predicted in the last) as clusters: gold and
predicted entities of a sentence that overlap form one error, of kind missed (no prediction
overlaps), spurious (no gold entity overlaps), type (same span, other type) or boundary
(anything else). Prints one TSV line per error: sentence, kind, gold, predicted, context,
category. CATEGORIES (the committed bench/data/modern_errors.tsv) names the category of every
error already analysed, matched by gold, prediction and context; new errors get "?". Ends with
the count per category on stderr. --bootstrap instead prints F1 per type with a 95% interval
from 2000 resamplings of the articles (seed 1): how far the figures of so small a set can move."""
import collections
import random
import sys


def spans(tags):
    out, i = [], 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        ty, j = tags[i][2:], i + 1
        while j < len(tags) and tags[j] == "I-" + ty:
            j += 1
        out.append((i, j, ty))
        i = j
    return out


def sentences(path):
    cur = []
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if not f or f[0] == "-DOCSTART-":
            if cur:
                yield cur
            cur = []
            continue
        cur.append((f[0], f[-2], f[-1]))
    if cur:
        yield cur


def clusters(sent):
    w = [x[0] for x in sent]
    g, p = set(spans([x[1] for x in sent])), set(spans([x[2] for x in sent]))
    items = [("g", x) for x in sorted(g - p)] + [("p", x) for x in sorted(p - g)]
    cl = []
    for it in items:
        hit = [c for c in cl if any(a < it[1][1] and it[1][0] < b for _, (a, b, _) in c)]
        cl = [c for c in cl if c not in hit] + [[it] + [x for c in hit for x in c]]
    for c in sorted(cl, key=lambda c: min(x[1][0] for x in c)):
        gs = sorted(x for k, x in c if k == "g")
        ps = sorted(x for k, x in c if k == "p")
        kind = ("missed" if not ps else "spurious" if not gs else
                "type" if len(gs) == len(ps) == 1 and gs[0][:2] == ps[0][:2] else "boundary")
        fmt = lambda xs: " | ".join(f"{' '.join(w[a:b])}/{t}" for a, b, t in xs) or "-"
        lo = min(a for _, (a, b, _) in c)
        hi = max(b for _, (a, b, _) in c)
        ctx = f"{' '.join(w[max(0, lo - 4):lo])} <<{' '.join(w[lo:hi])}>> {' '.join(w[hi:hi + 4])}"
        yield kind, fmt(gs), fmt(ps), ctx.strip()


def bootstrap(path):
    docs = []  # per article: type -> [gold, predicted, correct]
    cur = []

    def flush():
        if cur and docs:
            g = set(spans([x[1] for x in cur]))
            p = set(spans([x[2] for x in cur]))
            for k, group in enumerate((g, p, g & p)):
                for _, _, t in group:
                    docs[-1][t][k] += 1
                    docs[-1]["overall"][k] += 1
        cur.clear()

    for line in open(path, encoding="utf-8"):
        f = line.split()
        if f and f[0] == "-DOCSTART-":
            flush()
            docs.append(collections.defaultdict(lambda: [0, 0, 0]))
        elif not f:
            flush()
        else:
            cur.append((f[0], f[-2], f[-1]))
    flush()

    def f1(sample, t):
        g, p, c = (sum(x[t][k] for x in sample) for k in range(3))
        return 200 * c / (g + p) if g + p else 0.0

    rng = random.Random(1)
    print("type        F1   95% interval (2000 resamplings of the articles)")
    for t in ("PER", "LOC", "ORG", "MISC", "overall"):
        v = sorted(f1([rng.choice(docs) for _ in docs], t) for _ in range(2000))
        print(f"{t:8} {f1(docs, t):6.2f}   {v[50]:5.1f} - {v[1949]:5.1f}")


def main():
    if len(sys.argv) > 2 and sys.argv[2] == "--bootstrap":
        bootstrap(sys.argv[1])
        return
    known = {}
    if len(sys.argv) > 2:
        for line in open(sys.argv[2], encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) == 6 and f[0] != "sentence":
                known[(f[2], f[3], f[4])] = f[5]
    count = collections.Counter()
    print("sentence\tkind\tgold\tpredicted\tcontext\tcategory")
    for si, sent in enumerate(sentences(sys.argv[1])):
        for kind, gold, pred, ctx in clusters(sent):
            cat = known.get((gold, pred, ctx), "?")
            count[cat] += 1
            print(f"{si}\t{kind}\t{gold}\t{pred}\t{ctx}\t{cat}")
    for cat, n in count.most_common():
        print(f"{n:4d}  {cat}", file=sys.stderr)


main()
