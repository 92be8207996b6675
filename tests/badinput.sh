#!/usr/bin/env bash
# badinput.sh ENTGRAPH SRCDIR - every bad input gets its exact one-line message and exit
# status, nothing crashes, and no output file is left behind.
set -u
export LC_ALL=C
bin=$(realpath "$1") src=$2
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pass=0 fail=0
# expect STATUS "STDERR LINE" -- ARGS...: runs entgraph, checks the status and that stderr holds
# the line exactly
expect() {
    local want=$1 line=$2
    shift 3
    "$bin" "$@" > "$t/out" 2> "$t/err"
    local got=$?
    if [ "$got" = "$want" ] && { [ -z "$line" ] || grep -Fxq -- "$line" "$t/err"; }; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAILED: entgraph $* -> status $got (want $want)"
        echo "  want: $line"
        sed 's/^/  got:  /' "$t/err" | head -5
    fi
}
good="Russian President Vladimir Putin met Assimi Goita in Moscow."
printf '%s\n' "$good" > "$t/good.txt"
# the good sentence gives the right entities (counting them hid "Vladimir" and "Assimi" alone)
"$bin" entities "$t/good.txt" > "$t/good.tsv"
printf 'doc\tstart\tend\ttype\tsurface\tentity\tlabel
good\t0\t7\tCOUNTRY\tRussian\trussia\tRussia
good\t18\t32\tPERSON\tVladimir Putin\tvladimir-putin\tVladimir Putin
good\t37\t49\tPERSON\tAssimi Goita\tassimi-goita\tAssimi Goita
good\t53\t59\tLOCATION\tMoscow\tmoscow\tMoscow
' > "$t/good.want"
if cmp -s "$t/good.tsv" "$t/good.want"; then
    pass=$((pass + 1))
else
    fail=$((fail + 1)); echo "FAILED: entities of the good sentence"; diff "$t/good.want" "$t/good.tsv"
fi

expect 1 "entgraph: $t/missing.txt: No such file or directory" -- build "$t/missing.txt"
mkdir "$t/emptydir"
expect 1 "entgraph: $t/emptydir: no .txt or .jsonl files" -- build "$t/emptydir"
: > "$t/empty.txt"
expect 1 "entgraph: warning: $t/empty.txt: empty article, skipped" -- build "$t/empty.txt"
expect 1 "entgraph: no articles found in the input" -- build "$t/empty.txt"
printf 'ab\0cd Putin' > "$t/binary.txt"
expect 0 "entgraph: warning: $t/binary.txt: binary file, skipped" -- build -q "$t/binary.txt" "$t/good.txt"
printf 'Putin met Goita \xff\xfe in Bamako.\n' > "$t/latin.txt"
expect 0 "entgraph: warning: $t/latin.txt: invalid UTF-8 at byte 16, replaced by U+FFFD" -- build -q "$t/latin.txt"
# a BOM and CRLF line ends give the same graph as plain text
printf '\xef\xbb\xbf%s\r\n\r\nThe Kremlin said Putin and Goita spoke.\r\n' "$good" > "$t/bom.txt"
printf '%s\n\nThe Kremlin said Putin and Goita spoke.\n' "$good" > "$t/plain.txt"
"$bin" build -q "$t/bom.txt" -o "$t/bom.json" && "$bin" build -q "$t/plain.txt" -o "$t/plain.json"
if python3 -c 'import json,sys; a,b=(json.load(open(p)) for p in sys.argv[1:]); [(e.pop("docs"), e.pop("evidence")) for g in (a,b) for e in g["edges"]]; [g["graph"].pop("documents") for g in (a,b)]; [n.pop("docs") for g in (a,b) for n in g["nodes"]]; sys.exit(a!=b)' "$t/bom.json" "$t/plain.json"; then
    pass=$((pass + 1))
else
    fail=$((fail + 1)); echo "FAILED: BOM/CRLF article differs from plain text"
fi
# a huge article on one line: refused above the limit, read below it
python3 -c 'import sys; sys.stdout.write("Putin met Goita in Bamako and " * 1800000)' > "$t/huge.txt"
expect 1 "entgraph: $t/huge.txt: article larger than 16777216 bytes (--max-article-bytes)" -- build -q "$t/huge.txt"
# ... by clusters too (it read raw text without a limit: a 300 MB stream took 2.4 GB)
expect 1 "entgraph: $t/huge.txt: article larger than 16777216 bytes (--max-article-bytes)" -- clusters "$t/huge.txt" -o "$t/huge.tsv"
head -c 5000000 "$t/huge.txt" > "$t/big.txt"
expect 0 "" -- build -q "$t/big.txt" -o "$t/big.json"
# one 70,000-token "sentence" without punctuation: the recognizer reads it in pieces, so its
# workspace stays bounded (a 20 MB one took 1.8 GB), and says so; a second warning about the
# same article comes on its own line
python3 -c 'print(" ".join(["officials said Putin met Goita in Bamako"] * 10000))' > "$t/long.txt"
msg="70000 tokens, more than the recognizer reads at once: tagged in 2 pieces of at most 65536 tokens"
expect 0 "entgraph: warning: $t/long.txt: $msg" -- build -q "$t/long.txt"
# ... and every name of every piece is found, at its place in the text
"$bin" entities "$t/long.txt" 2> /dev/null | python3 -c '
import sys
text = open(sys.argv[1], "rb").read()
rows = [l.rstrip("\n").split("\t") for l in sys.stdin][1:]
assert len(rows) == len({r[1] for r in rows}) == 30000, len(rows)
assert all(text[int(r[1]):int(r[2])].decode() == r[4] for r in rows)
' "$t/long.txt" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAILED: mentions of the long article"; }
{ printf '\xff '; cat "$t/long.txt"; } > "$t/long2.txt"
expect 0 "entgraph: warning: $t/long2.txt: invalid UTF-8 at byte 0, replaced by U+FFFD" -- build -q "$t/long2.txt"
expect 0 "entgraph: warning: $t/long2.txt: 70001 tokens, more than the recognizer reads at once: tagged in 2 pieces of at most 65536 tokens" -- build -q "$t/long2.txt"
# a "sentence" that is a list of 10,000 names: pairs are capped, with a warning
# (random pairs of the shipped name list, so the tagger sees names, not "Name123son")
python3 -c 'import random, sys; r = random.Random(1); n = [l.strip() for l in open(sys.argv[1]) if l.strip().isalpha() and l[0].isupper()]; print("The following people attended: " + ", ".join("%s %s" % (r.choice(n), r.choice(n)) for i in range(10000)) + ".")' "$src/data/lists/person_names.txt" > "$t/list.txt"
expect 0 "" -- build "$t/list.txt" -o "$t/list.json"
if grep -q "windows had more than 100 entities" "$t/err"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAILED: no warning about capped windows"; cat "$t/err"; fi
# 100,000 tiny articles
python3 -c 'import sys; [print("{\"id\": \"a%d\", \"text\": \"Russian President Vladimir Putin met Assimi Goita.\"}" % i) for i in range(100000)]' > "$t/many.jsonl"
expect 0 "100000 articles (800000 tokens), 3 entities, 3 edges" -- build "$t/many.jsonl" -o "$t/many.json"
# JSONL: malformed lines are skipped with their line number, or fail with --strict
printf '{"text": "%s"}\n{"text": \n{"id": "x"}\n[1, 2]\n%s\n' "$good" "$(python3 -c 'print("[" * 100000)')" > "$t/bad.jsonl"
expect 0 "entgraph: warning: $t/bad.jsonl:2: invalid JSON, skipped" -- build -q "$t/bad.jsonl"
expect 0 "entgraph: warning: $t/bad.jsonl:3: no \"text\" string, skipped" -- build -q "$t/bad.jsonl"
expect 0 "entgraph: warning: $t/bad.jsonl:4: not a JSON object, skipped" -- build -q "$t/bad.jsonl"
expect 0 "entgraph: warning: $t/bad.jsonl:5: invalid JSON, skipped" -- build -q "$t/bad.jsonl"
expect 0 "1 articles (10 tokens), 3 entities, 3 edges, 4 skipped" -- build "$t/bad.jsonl" -o "$t/x.json"
expect 1 "entgraph: $t/bad.jsonl:2: invalid JSON" -- build --strict "$t/bad.jsonl" -o "$t/strict.json"
# one id, one article: a file given twice, or under two names, is read once whatever the
# order; two articles of one id are an error naming both (the graph listed docs ["a", "a"]
# and its bytes depended on the order of the inputs)
mkdir "$t/s1" "$t/s2"
cp "$src/samples/000_a10a91cfc08b6cdf.txt" "$t/s1/a.txt"
cp "$src/samples/001_1202290a1e80eb19.txt" "$t/s2/a.txt"
expect 1 "entgraph: $t/s2/a.txt: article id 'a' already used by $t/s1/a.txt" -- build -q "$t/s1" "$t/s2"
expect 1 "entgraph: $t/s1/a.txt: article id 'a' already used by $t/s2/a.txt" -- build -q "$t/s2" "$t/s1"
"$bin" build -q "$t/s1/a.txt" -o "$t/once.json"
expect 0 "entgraph: warning: $t/s1/a.txt: file already read, skipped" -- build -q "$t/s1/a.txt" "$t/s1/a.txt" -o "$t/twice.json"
expect 0 "entgraph: warning: $t/s1/a.txt: file already read, skipped" -- build -q "$t/s1" "$t/s1/a.txt" -o "$t/dir-file.json"
ln "$t/s1/a.txt" "$t/s1/b.txt"
expect 0 "entgraph: warning: $t/s1/b.txt: same file as $t/s1/a.txt, skipped" -- build -q "$t/s1/b.txt" "$t/s1/a.txt" -o "$t/ba.json"
for f in twice dir-file ba; do
    if cmp -s "$t/once.json" "$t/$f.json"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAILED: $f.json differs from once.json"; fi
done
printf '{"id": "a", "text": "Vladimir Putin met Joe Biden."}\n{"id": "a", "text": "Angela Merkel met Joe Biden."}\n' > "$t/dup.jsonl"
expect 1 "entgraph: $t/dup.jsonl:2: article id 'a' already used by $t/dup.jsonl:1" -- build -q "$t/dup.jsonl"
expect 1 "entgraph: $t/dup.jsonl:2: article id 'a' already used by $t/dup.jsonl:1" -- entities "$t/dup.jsonl"
# ... found by the one thread that reads, several batches in (128 articles a batch with 4 threads)
python3 -c 'import sys; [print("{\"id\": \"a%d\", \"text\": \"Vladimir Putin met Joe Biden.\"}" % (i if i < 300 else 5)) for i in range(301)]' > "$t/dup300.jsonl"
expect 1 "entgraph: $t/dup300.jsonl:301: article id 'a5' already used by $t/dup300.jsonl:6" -- build -q -j 4 "$t/dup300.jsonl"
expect 1 "entgraph: $t/dup300.jsonl:301: article id 'a5' already used by $t/dup300.jsonl:6" -- build -q -j 1 "$t/dup300.jsonl"
# JSONL: a line over --max-article-bytes is skipped with its line number (read to its end but
# not kept), or fails with --strict; memory stays bounded on a stream without a newline (the
# whole line was read first: /dev/zero was killed by the OOM killer)
{ printf '{"id": "g1", "text": "%s"}\n' "$good"
  python3 -c 'print("{\"id\": \"big\", \"text\": \"" + "Putin met Goita. " * 300 + "\"}")'
  printf '{"id": "g2", "text": "%s"}\n' "$good"; } > "$t/long.jsonl"
expect 0 "entgraph: warning: $t/long.jsonl:2: article larger than 1000 bytes (--max-article-bytes), skipped" -- build -q --max-article-bytes 1000 "$t/long.jsonl"
expect 0 "2 articles (20 tokens), 3 entities, 3 edges, 1 skipped" -- build --max-article-bytes 1000 "$t/long.jsonl" -o "$t/long.json"
expect 1 "entgraph: $t/long.jsonl:2: article larger than 1000 bytes (--max-article-bytes)" -- build -q --strict --max-article-bytes 1000 "$t/long.jsonl"
expect 0 "entgraph: warning: $t/long.jsonl:2: article larger than 1000 bytes (--max-article-bytes), skipped" -- clusters --max-article-bytes 1000 "$t/long.jsonl" -o "$t/long.tsv"
if python3 - "$bin" <<'PY'
import resource, subprocess, sys
p = subprocess.Popen([sys.argv[1], "build", "-q", "--jsonl", "--max-article-bytes", "1000000", "-"],
                     stdin=subprocess.PIPE, stderr=subprocess.PIPE)
chunk = bytes(1 << 20)
for i in range(250):
    p.stdin.write(chunk)
p.stdin.close()
err = p.stderr.read().decode()
p.wait()
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB
want = ("entgraph: warning: standard input:1: article larger than 1000000 bytes "
        "(--max-article-bytes), skipped\nentgraph: no articles found in the input\n")
ok = p.returncode == 1 and err == want and rss < 200000
print("" if ok else "status %d, %d KB, stderr %r" % (p.returncode, rss, err))
sys.exit(0 if ok else 1)
PY
then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAILED: a 250 MB JSONL line of NUL bytes"; fi
# ... and when memory runs out, the message says so (it said "no articles found"); ulimit -v
# does not work with the sanitizers' shadow memory
if [ -z "${EG_SANITIZED:-}" ]; then
    (ulimit -v 600000; head -c 1000000000 /dev/zero | "$bin" build -q --jsonl --max-article-bytes 100000000000 - > /dev/null 2> "$t/err")
    if [ "$(cat "$t/err")" = "entgraph: out of memory" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAILED: out of memory on a JSONL line: $(cat "$t/err")"; fi
fi
# a NUL character: \u0000 in JSONL text is a space (the text after it was lost), an id with one
# is refused (it was cut short, and could take another article's id); in CoNLL, an error
printf '{"text": "Vladimir Putin\\u0000 met Joe Biden."}\n{"id": "x\\u0000y", "text": "Angela Merkel met Joe Biden."}\n{"id": "z", "text": "a \\\\u0000 b Angela Merkel\\u0000met Emmanuel Macron."}\n' > "$t/nul.jsonl"
expect 0 "entgraph: warning: $t/nul.jsonl:2: \"id\" with a NUL character, skipped" -- build -q "$t/nul.jsonl"
expect 1 "entgraph: $t/nul.jsonl:2: \"id\" with a NUL character" -- build -q --strict "$t/nul.jsonl"
"$bin" entities "$t/nul.jsonl" 2> /dev/null | cut -f1-3,5 > "$t/nul.tsv"
printf 'doc\tstart\tend\tsurface
nul.jsonl:1\t0\t14\tVladimir Putin
nul.jsonl:1\t20\t29\tJoe Biden
z\t11\t24\tAngela Merkel
z\t29\t44\tEmmanuel Macron
' > "$t/nul.want"
if cmp -s "$t/nul.tsv" "$t/nul.want"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAILED: text after \\u0000"; diff "$t/nul.want" "$t/nul.tsv"; fi
printf 'Putin NNP B-NP B-PER\n\nPu\0tin NNP B-NP B-PER\nmet VB O O\n\n' > "$t/nul.conll"
expect 1 "entgraph: $t/nul.conll:3: NUL character in the line" -- tag "$t/nul.conll"
expect 1 "entgraph: $t/nul.conll:3: NUL character in the line" -- eval "$t/nul.conll"
printf '1\tPu\0tin\t_\tPROPN\t_\t_\t0\t_\t_\t_\n\n' > "$t/nul.conllu"
expect 1 "entgraph: $t/nul.conllu:1: NUL character in the line" -- tag "$t/nul.conllu"
# corrupt and truncated model files
head -c 100000 "$src/data/ner.model" > "$t/trunc.model"
expect 1 "entgraph: $t/trunc.model: truncated model file" -- build -q --model "$t/trunc.model" "$t/good.txt"
cp "$src/data/ner.model" "$t/corrupt.model"
printf 'XXXX' | dd of="$t/corrupt.model" bs=1 seek=5000 conv=notrunc 2>/dev/null
expect 1 "entgraph: $t/corrupt.model: corrupt model file (checksum mismatch)" -- build -q --model "$t/corrupt.model" "$t/good.txt"
expect 1 "entgraph: $t/good.txt: not an entgraph model file" -- eval --model "$t/good.txt" "$src/tests/data/tiny.conll"
# unwritable output: a clear error, nothing left behind
expect 1 "entgraph: $t/no/such/dir/g.json: No such file or directory" -- build -q "$t/good.txt" -o "$t/no/such/dir/g.json"
expect 1 "entgraph: $t: Is a directory" -- build -q "$t/good.txt" -o "$t" -f json
# a malformed and a truncated graph for the queries
head -c 300 "$src/tests/query/tiny.json" > "$t/trunc.json"
expect 1 "entgraph: $t/trunc.json: invalid JSON near byte 300" -- stats "$t/trunc.json"
head -c 300 "$src/tests/query/shard2.graphml" > "$t/trunc.graphml"
expect 1 "entgraph: $t/trunc.graphml: invalid GraphML (Line 6: Comment not terminated)" -- stats "$t/trunc.graphml"
# usage errors exit 2
expect 2 "entgraph build: --threads needs 1 to 64 (see 'entgraph build --help')" -- build -j 0 "$t/good.txt"
expect 2 "entgraph build: unknown window 'page' (sentence, paragraph, document) (see 'entgraph build --help')" -- build -w page "$t/good.txt"
# nothing half-written anywhere
if [ "$(find "$t" -name '*.tmp.*' | wc -l)" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAILED: temporary files left"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
