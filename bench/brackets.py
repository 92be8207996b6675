#!/usr/bin/env python3
"""bench/brackets.py ENTITIES_TSV ARTICLES_JSONL - how `entgraph entities` reads wire text's
angle brackets: of the names in brackets with a lower-case letter ("<Hunter Helicopter of
Nevada, Inc>"), how many are one ORGANIZATION mention covering the brackets exactly, partly
covered or missed; of the tickers (no lower-case letter: "<CHEM>", "<CKGH.HK>"), how many
overlap a mention (none should). ENTITIES_TSV is `entgraph entities ARTICLES_JSONL > FILE`.
Standard library only."""
import collections
import json
import re
import sys

tsv, articles = sys.argv[1], sys.argv[2]
spans = collections.defaultdict(list)
with open(tsv, encoding="utf-8") as f:
    next(f)  # header
    for line in f:
        c = line.rstrip("\n").split("\t")
        spans[c[0]].append((int(c[1]), int(c[2]), c[3]))
whole = part = missed = tickers = ticked = 0
with open(articles, encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        text = d["text"].encode("utf-8")  # the listing's offsets are bytes
        for m in re.finditer(rb"<([^<>]{1,160})>", text):
            a, b = m.start(1), m.end(1)
            over = [s for s in spans[d["id"]] if s[0] < b and a < s[1]]
            if not re.search(rb"[a-z]", m.group(1)):
                tickers += 1
                ticked += bool(over)
            elif any(s == (a, b, "ORGANIZATION") for s in over):
                whole += 1
            elif over:
                part += 1
            else:
                missed += 1
print(f"names in brackets: {whole + part + missed}, one organization {whole}, partly {part}, "
      f"missed {missed}")
print(f"tickers in brackets: {tickers}, with a mention {ticked}")
