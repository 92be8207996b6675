#!/usr/bin/env python3
"""gen_corpus.py N SEED - a synthetic news corpus (JSON Lines on stdout) whose graph exercises
every cross-article rule: people named in full then by surname, two people sharing a surname,
misspellings of names, acronyms defined in some articles and used bare in others, stated
aliases, "The Bank" style partial names, countries and organizations. Deterministic for a
given N and SEED (Python stdlib only)."""
import json
import random
import sys

FIRST = ["Maria", "John", "Ahmed", "Olga", "Kenji", "Fatima", "Pierre", "Ingrid", "Carlos",
         "Amina", "David", "Yuki", "Lars", "Grace", "Tomas", "Nadia", "Samuel", "Elena"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Brennan", "Sato",
        "Alvarez", "Petrov", "Mensah", "Fischer", "Novak", "Castillo", "Rahman", "Weber"]
ORGS = [("International Monetary Fund", "IMF"), ("World Health Organization", "WHO"),
        ("Economic Community of West African States", "ECOWAS"),
        ("Organization of Petroleum Exporting Countries", "OPEC"),
        ("European Central Bank", "ECB"), ("National Oil Corporation", "NOC"),
        ("African Development Bank", "AfDB"), ("Federal Reserve Board", "FRB")]
BANKS = ["Bank of Japan", "Bank of England", "Bank of France", "Bank of Italy"]
COMPANIES = ["Texaco Inc", "General Motors Corp", "Acme Holdings Ltd", "Northwind Traders",
             "Globex Corporation", "Initech Systems", "Umbrella Pharmaceuticals"]
COUNTRIES = ["Niger", "Nigeria", "Japan", "France", "Germany", "Brazil", "Kenya", "Canada",
             "Italy", "Britain", "Egypt", "Peru"]


def misspell(name, rng):
    i = rng.randrange(1, len(name) - 1)
    c = name[i]
    if rng.random() < 0.5 and i + 1 < len(name):
        return name[:i] + name[i + 1] + c + name[i + 2:]
    return name[:i] + c + name[i:]


def article(k, rng, people):
    s = []
    p1, p2 = rng.sample(people, 2)
    org, acr = rng.choice(ORGS)
    c1, c2 = rng.sample(COUNTRIES, 2)
    comp = rng.choice(COMPANIES)
    s.append(f"{p1[0]} {p1[1]} met {p2[0]} {p2[1]} in {c1} on Monday.")
    r = rng.random()
    if r < 0.3:
        s.append(f"The {org} ({acr}) said {c2} would receive support.")
    elif r < 0.6:
        s.append(f"The {acr} said {c1} and {c2} agreed on a plan with {comp}.")
    else:
        s.append(f"Officials of the {org} praised {p1[1]} for the talks with {c2}.")
    if rng.random() < 0.4:
        s.append(f"{p2[1]} told reporters that {comp} would invest in {c2}.")
    if rng.random() < 0.15:
        s.append(f"{misspell(p1[0] + ' ' + p1[1], rng)} later spoke to {p2[0]} {p2[1]}.")
    if rng.random() < 0.2:
        bank = rng.choice(BANKS)
        s.append(f"The {bank} raised its rate. The Bank added that {c1} was stable.")
    if rng.random() < 0.05:
        s.append(f"Northwind Traders, formerly known as Northwind Trading, met {p1[1]}.")
    if rng.random() < 0.1:
        # a boilerplate paragraph carried word for word by several articles
        s.append(f"In late July, {p1[0]} {p1[1]} visited {c1} with officials of the {acr}.")
    if rng.random() < 0.01:
        # a list of names in one sentence: more than the 100 entities a window keeps pairs of
        names = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(160)})
        s.append("Delegates included " + ", ".join(names) + ".")
    return {"id": f"gen-{k:05d}", "text": " ".join(s)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 14)
    people = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(40)]
    people = sorted(set(people))
    for k in range(n):
        print(json.dumps(article(k, rng, people)))


if __name__ == "__main__":
    main()
