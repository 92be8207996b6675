#!/usr/bin/env bash
# special_outputs.sh ENTGRAPH SRCDIR - outputs that are not plain new files (src/base/outfile.c): a
# FIFO is written in place and stays a FIFO, a symbolic link is replaced and its target left
# alone, /dev/full reports the full disk, a missing directory or a directory as output is a
# one-line error, and a failed write never leaves a temporary file behind; /dev/stdout is
# written without truncating what standard output appends to, a name of 250 bytes is written,
# several -o are replaced together or not at all, and an output that is an input is refused.
. "$(dirname "$0")/testlib.sh" "$@"
not() { ! "$@"; }
run() { "$bin" build -q --threads 1 "$src/samples" "$@"; }

mkfifo "$tmp/fifo"
cat "$tmp/fifo" > "$tmp/from_fifo" &
reader=$!
run -f json -o "$tmp/fifo"
check test $? = 0
wait "$reader"
check test -p "$tmp/fifo"
check python3 -c 'import json, sys; g = json.load(open(sys.argv[1])); assert len(g["nodes"]) == 50' \
    "$tmp/from_fifo"

# a symbolic link is replaced by the new file, never followed into its target
echo old > "$tmp/target.json"
ln -s target.json "$tmp/link.json"
run -o "$tmp/link.json"
check test $? = 0
check not test -L "$tmp/link.json"
check grep -q '"nodes"' "$tmp/link.json"
check test "$(cat "$tmp/target.json")" = old

run -f json -o /dev/full 2> "$tmp/err"
check test $? != 0
check grep -q '^entgraph: .*No space left on device' "$tmp/err"
check test "$(wc -l < "$tmp/err")" = 1
# the writers through igraph, Graphviz and the GEXF writer say the same (they had said "could
# not write GraphML")
for f in graphml dot gexf; do
    run -f "$f" -o /dev/full 2> "$tmp/err"
    check test $? != 0
    check grep -qx 'entgraph: /dev/full: No space left on device' "$tmp/err"
done

run -o "$tmp/nodir/g.json" 2> "$tmp/err"
check test $? != 0
check grep -qx "entgraph: $tmp/nodir/g.json: No such file or directory" "$tmp/err"
mkdir "$tmp/adir.json"
run -o "$tmp/adir.json" 2> "$tmp/err"
check test $? != 0
check grep -qx "entgraph: $tmp/adir.json: Is a directory" "$tmp/err"

# /dev/stdout and /dev/stderr append where standard output or error appends (opened anew with
# O_TRUNC, they emptied the file), in a child drawing too
run -f json -o "$tmp/g.json"
echo HEADER > "$tmp/app.json"
run -f json -o /dev/stdout >> "$tmp/app.json"
check test "$(head -1 "$tmp/app.json")" = HEADER
check cmp -s <(tail -n +2 "$tmp/app.json") "$tmp/g.json"
echo HEADER > "$tmp/app2.json"
run -f json -o /dev/stderr 2>> "$tmp/app2.json"
check test "$(head -1 "$tmp/app2.json")" = HEADER
check cmp -s <(tail -n +2 "$tmp/app2.json") "$tmp/g.json"
echo HEADER > "$tmp/app.svg"
"$bin" render "$tmp/g.json" -f svg -o /dev/stdout >> "$tmp/app.svg" 2>/dev/null
check test "$(head -1 "$tmp/app.svg")" = HEADER
check grep -q '</svg>' "$tmp/app.svg"

# a legal name of 250 bytes (its temporary name cannot be 11 bytes longer)
long=$tmp/$(printf 'x%.0s' $(seq 245)).json
run -o "$long"
check test $? = 0
check cmp -s "$long" "$tmp/g.json"

# several -o: a failure in any leaves every existing output untouched (the first ones were
# replaced); with none, all are written
echo OLD > "$tmp/a.json"
run -o "$tmp/a.json" -o "$tmp/adir.json" 2> "$tmp/err"
check test $? = 1
check test "$(cat "$tmp/a.json")" = OLD
run -o "$tmp/a.json" -o "$tmp/nodir/b.graphml" 2> /dev/null
check test "$(cat "$tmp/a.json")" = OLD
run -o "$tmp/a.json" -o "$tmp/a.svg" --layout bogus 2> /dev/null
check test $? = 1
check test "$(cat "$tmp/a.json")" = OLD
check test ! -e "$tmp/a.svg"
"$bin" merge "$tmp/g.json" -o "$tmp/a.json" -o /dev/full -f json 2> /dev/null
check test $? = 1
check test "$(cat "$tmp/a.json")" = OLD
run -o "$tmp/a.json" -o "$tmp/a.graphml" -o "$tmp/a.svg"
check test $? = 0
check cmp -s "$tmp/a.json" "$tmp/g.json"
check test -s "$tmp/a.graphml" -a -s "$tmp/a.svg"

# an output that is one of the inputs (the same file) is refused and the input kept; merge
# may update a graph in place
cp "$src/samples/000_a10a91cfc08b6cdf.txt" "$tmp/in.txt"
cp "$tmp/in.txt" "$tmp/in.orig"
cp "$src/tests/data/tiny.conll" "$tmp/in.conll"
cp "$tmp/g.json" "$tmp/in.json"
ln "$tmp/in.txt" "$tmp/hard.txt"
refused() { # INPUT ARGS...: entgraph says so in one line, exits 1, and INPUT is unchanged
    local in=$1
    cp "$in" "$tmp/before"
    shift
    "$bin" "$@" > /dev/null 2> "$tmp/err"
    local got=$?
    [ "$got" = 1 ] && [ "$(wc -l < "$tmp/err")" = 1 ] &&
        grep -q ': the output would overwrite the input ' "$tmp/err" && cmp -s "$in" "$tmp/before"
}
check refused "$tmp/in.txt" build -q "$tmp/in.txt" -f json -o "$tmp/in.txt"
check refused "$tmp/in.txt" build -q "$tmp/in.txt" -f json -o "$tmp/hard.txt"
check refused "$tmp/in.json" build -q "$tmp/in.txt" -a "$tmp/in.json" -o "$tmp/in.json"
check refused "$tmp/in.txt" clusters "$tmp/in.txt" -o "$tmp/in.txt"
check refused "$tmp/in.conll" clusters --conll "$tmp/in.conll" -o "$tmp/in.conll"
check refused "$tmp/in.conll" train "$tmp/in.conll" -e 1 -b 10 -o "$tmp/in.conll"
check refused "$tmp/in.json" kmeans "$tmp/in.json" -k 2 -o "$tmp/in.json"
check refused "$tmp/in.json" render "$tmp/in.json" -f html -o "$tmp/in.json"
check cmp -s "$tmp/in.txt" "$tmp/in.orig"
"$bin" merge "$tmp/in.json" -o "$tmp/in.json"
check test $? = 0
check cmp -s "$tmp/in.json" "$tmp/g.json"

# no temporary file is left anywhere
check test -z "$(find "$tmp" -name '*.tmp.*')"
finish
