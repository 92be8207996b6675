#!/usr/bin/env python3
"""check.py ENTGRAPH SPORTS_DIR - teams are not countries.

SPORTS_DIR/articles holds match reports (s*.txt: football, cricket, rugby, Davis Cup tennis,
basketball, written for this test) and ordinary news about the same countries (n*.txt).
SPORTS_DIR/expected.json lists the team entities the reports must give (ORGANIZATION, one per
country and sport), the countries the news articles must give, and the countries a report of a
match between clubs (c*.txt) names as a club's ("Brazil's Esporte Clube Vitoria Nova"). Fails
when a team is missing or typed otherwise, when a country node takes a team's mention, or when
two countries are linked by an edge whose only evidence is match reports."""
import json
import os
import subprocess
import sys
import tempfile

entgraph, root = sys.argv[1], sys.argv[2]
expected = json.load(open(os.path.join(root, "expected.json"), encoding="utf-8"))
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "g.json")
    subprocess.run([entgraph, "build", "--threads", "1", os.path.join(root, "articles"), "-o", out],
                   check=True, capture_output=True)
    g = json.load(open(out, encoding="utf-8"))
mentions = json.loads(subprocess.run(
    [entgraph, "entities", "--json", "--explain", "--threads", "1", os.path.join(root, "articles")],
    check=True, capture_output=True, text=True).stdout)

errors = []
nodes = {n["label"]: n for n in g["nodes"]}
for label in expected["teams"]:
    n = nodes.get(label)
    if not n or n["type"] != "ORGANIZATION":
        errors.append(f"team {label!r}: {n['type'] if n else 'missing'}")
for label in expected["countries"]:
    n = nodes.get(label)
    if not n or n["type"] != "COUNTRY":
        errors.append(f"country {label!r}: {n['type'] if n else 'missing'}")
# in a match report every country named plays: none may resolve to the country
for m in mentions:
    if m["doc"].startswith("s") and m["type"] == "COUNTRY":
        errors.append(f"{m['doc']} {m['start']}: {m['surface']} resolved to a country")
# a country that owns the club named after its "'s" is the country ("Brazil's Esporte Clube
# Vitoria Nova"), in a report of a match between clubs (c*.txt)
for label in expected["club_countries"]:
    if not any(m["doc"].startswith("c") and m["type"] == "COUNTRY" and m["label"] == label
               for m in mentions):
        errors.append(f"club's country {label!r}: not a country in the club match report")
# names no node may have ("The AFC": "The AFC club competitions" is no club called "The AFC")
for label in expected.get("not_nodes", []):
    if label in nodes:
        errors.append(f"node {label!r}: not a name")
# people a report names stay people ("Dafydd Hewitt will make his long-awaited return from
# injury against Ulster": no side of the match)
for label in expected.get("people", []):
    n = nodes.get(label)
    if not n or n["type"] != "PERSON":
        errors.append(f"person {label!r}: {n['type'] if n else 'missing'}")
# and the organizations it lists are organizations (the graph keeps a league one: the body
# its clubs belong to)
for label in expected.get("organizations", []):
    n = nodes.get(label)
    if not n or n["type"] != "ORGANIZATION":
        errors.append(f"organization {label!r}: {n['type'] if n else 'missing'}")
teams = [m for m in mentions if m.get("rule") == "sports team"]
# ordinary news that uses the words of a match ("growth goals", "won praise") has no teams, nor
# a report of a match between clubs
for m in teams:
    if m["doc"].startswith("n") or m["doc"].startswith("c"):
        errors.append(f"{m['doc']} {m['start']}: {m['surface']} taken for a team where none plays")
if not teams:
    errors.append("no mention explained by the rule 'sports team'")
ids = {n["id"]: n for n in g["nodes"]}
for e in g["edges"]:
    a, b = ids[e["source"]], ids[e["target"]]
    if a["type"] == "COUNTRY" and b["type"] == "COUNTRY" and all(d.startswith("s") for d in e["docs"]):
        errors.append(f"country edge from match reports only: {a['label']} -- {b['label']}")
for pair in expected["country_edges"]:
    if not any({ids[e["source"]]["label"], ids[e["target"]]["label"]} == set(pair) for e in g["edges"]):
        errors.append(f"missing country edge from ordinary news: {pair}")
print(f"{len(expected['teams'])} teams, {len(teams)} team mentions, {len(errors)} errors")
for err in errors:
    print("  " + err)
sys.exit(1 if errors else 0)
