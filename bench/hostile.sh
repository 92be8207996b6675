#!/usr/bin/env bash
# bench/hostile.sh [ENTGRAPH] - the costs behind README's "Bad input" guarantees: GraphML values
# near and over the limits (igraph's reader is quadratic in a value's pieces), a graph with a
# weight-0 edge (stats used to spin in Leiden), a directory with a `self` link, and an article
# of 8,000 look-alike names each written twice (the apart links of alias.c compared them all:
# 173 s before their cap). Generated inputs only; prints one line per case: seconds, exit status
# (124: stopped after 30 s), first line of stderr.
set -u
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/src/cli/entgraph}")
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
"$bin" merge tests/query/tiny.json -o "$t/g.graphml"
python3 - "$t" <<'PY'
import sys
t = sys.argv[1]
s = open(t + "/g.graphml", encoding="utf-8").read()
def put(name, value):
    open(f"{t}/{name}.graphml", "w", encoding="utf-8").write(s.replace("France</data>", value + "</data>", 1))
put("plain-4MiB", "A" * ((4 << 20) - 16))
put("plain-16MiB", "A" * (16 << 20))
put("refs-5MB", "&amp;" * (1 << 20))
for refs in (1024, 4096):
    chunk = "A" * (((4 << 20) - 16) // refs - 5) + "&amp;"
    put(f"4MiB-{refs}refs", chunk * refs)
PY
run() {
    local name=$1
    shift
    local s e
    s=$(date +%s.%N)
    timeout 30 "$bin" "$@" > /dev/null 2> "$t/err"
    local st=$?
    e=$(date +%s.%N)
    printf '%-22s %6.2f s  exit %s  %s\n' "$name" "$(echo "$e - $s" | bc)" "$st" "$(head -1 "$t/err" | sed "s|$t/||")"
}
for f in plain-4MiB 4MiB-1024refs 4MiB-4096refs plain-16MiB refs-5MB; do
    run "$f" stats "$t/$f.graphml"
done
printf '{"nodes": [{"id": "a", "label": "A", "type": "PERSON"}, {"id": "b", "label": "B", "type": "PERSON"}], "edges": [{"source": "a", "target": "b", "weight": 0}]}' > "$t/w0.json"
run "weight 0 (stats)" stats "$t/w0.json"
mkdir -p "$t/corpus/a"
printf 'Russian President Vladimir Putin met Assimi Goita in Moscow.\n' > "$t/corpus/a/one.txt"
ln -s . "$t/corpus/self"
ln -s .. "$t/corpus/a/up"
run "self + up links" build "$t/corpus" -o "$t/c.json"
python3 - "$t/lookalike.txt" <<'PY'
import itertools, string, sys
names = ["Taras Sav" + "".join(p) + "chuk"
         for p in itertools.product(string.ascii_lowercase, repeat=3)][:8000]
open(sys.argv[1], "w").write(" ".join(f"{n} said. {n} agreed." for n in names) + "\n")
PY
run "8,000 look-alikes" build "$t/lookalike.txt" -o "$t/l.json"
