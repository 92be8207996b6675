#!/usr/bin/env bash
# cli_options.sh ENTGRAPH SRCDIR - the subcommands' option helper (src/cli/opts.c): numbers in
# range and their three errors, repeatable options and their limit, a missing value, an unknown
# option, the operand count, --help, and that parsed values reach the command.
. "$(dirname "$0")/testlib.sh"
# run STATUS "STDERR" ARGS...: entgraph exits with STATUS and writes exactly STDERR (stdout is
# left in $tmp/out)
run() {
    local want=$1 line=$2
    shift 2
    "$bin" "$@" > "$tmp/out" 2> "$tmp/err"
    local got=$?
    [ "$got" = "$want" ] && [ "$(cat "$tmp/err")" = "$line" ] && return
    echo "  status $got, stderr: $(head -c 300 "$tmp/err")"
    return 1
}
g=$src/tests/query/dated.json
see() { echo " (see 'entgraph $1 --help')"; }

# numbers: negative or empty, not a number or above the maximum, below the minimum
check run 2 "entgraph neighbors: --limit needs a non-negative number$(see neighbors)" neighbors --limit -1 "$g" niger
check run 2 "entgraph neighbors: --limit needs a non-negative number$(see neighbors)" neighbors --limit= "$g" niger
check run 2 "entgraph stats: --top: invalid number '100001'$(see stats)" stats --top 100001 "$g"
check run 2 "entgraph stats: --top: invalid number '3x'$(see stats)" stats --top 3x "$g"
check run 2 "entgraph neighbors: --depth must be 1 to 100$(see neighbors)" neighbors --depth 0 "$g" niger
check run 2 "entgraph neighbors: --depth: invalid number '101'$(see neighbors)" neighbors -d 101 "$g" niger
check run 2 "entgraph build: --top needs a positive number$(see build)" build --top 0 "$g"
check run 2 "entgraph build: --min-weight: invalid number '4294967296'$(see build)" build --min-weight 4294967296 "$g"
check run 2 "entgraph train: --seed: invalid number '4294967296'$(see train)" train --seed 4294967296 x.conll -o m
check run 2 "entgraph train: --bits must be 10 to 24$(see train)" train --bits 9 x.conll -o m
check run 2 "entgraph train: --models must be 1 to 16$(see train)" train --models 0 x.conll -o m
check run 2 "entgraph kmeans: --words needs 2 or more$(see kmeans)" kmeans --words 1 v.json -o c
check run 2 "entgraph clusters: --min-count must be positive$(see clusters)" clusters -m 0 x.txt -o c
# repeatable options: at most 16
outs=() conlls=()
for i in $(seq 17); do outs+=(-o "$tmp/g$i.json"); conlls+=(--conll "c$i.conll"); done
check run 2 "entgraph build: at most 16 outputs$(see build)" build "${outs[@]}" "$g"
check run 2 "entgraph clusters: at most 16 --conll files$(see clusters)" clusters "${conlls[@]}" -o c
check test ! -e "$tmp/g1.json"
# a single-valued option given twice is an error, not the last one silently (merge wrote only
# the last of two -o); a list takes every value: merge writes each -o in its format
check run 2 "entgraph render: --output given more than once$(see render)" render "$g" -o "$tmp/a.svg" -o "$tmp/b.svg"
check run 2 "entgraph build: --model given more than once$(see build)" build -m a -m b "$g"
check run 2 "entgraph stats: --top given more than once$(see stats)" stats --top 3 --top 4 "$g"
# so is a word the command parses, and a date (build -w sentence -w document kept the last)
check run 2 "entgraph build: --window given more than once$(see build)" build -w sentence -w document "$g"
check run 2 "entgraph build: --format given more than once$(see build)" build -f json -f dot "$g"
check run 2 "entgraph build: --types given more than once$(see build)" build -t all -t PERSON "$g"
check run 2 "entgraph build: --repeats given more than once$(see build)" build --repeats once --repeats each "$g"
check run 2 "entgraph build: --since given more than once$(see build)" build --since 2020 --since 2021 "$g"
check run 2 "entgraph merge: --format given more than once$(see merge)" merge -f json -f dot "$g"
check run 2 "entgraph neighbors: --since given more than once$(see neighbors)" neighbors --since 2020 --since 2021 "$g" niger
check run 2 "entgraph path: --until given more than once$(see path)" path --until 2023 --until 2024 "$g" niger mali
check run 2 "entgraph stats: --until given more than once$(see stats)" stats --until 2023 --until 2024 "$g"
check run 2 "entgraph render: --since given more than once$(see render)" render --since 2020 --since 2021 "$g" -o "$tmp/r.svg"
# --since and --until together, and a repeatable word (--extra), stay accepted
check run 0 "" stats --since 2020 --until 2030 --top 1 "$g"
check run 1 "entgraph: $tmp/none.conll: No such file or directory" train -x "$tmp/a.conll" -x "$tmp/b.conll" "$tmp/none.conll" -o "$tmp/m"
check run 2 "entgraph merge: $tmp/m.xyz: unknown output extension$(see merge)" merge "$g" -o "$tmp/m.json" -o "$tmp/m.xyz"
check test ! -e "$tmp/m.json"
check run 0 "" merge "$g" -o "$tmp/m.json" -o "$tmp/m.graphml"
check grep -q '"nodes"' "$tmp/m.json"
check grep -q '<graphml' "$tmp/m.graphml"
check run 0 "" merge "$g" -f graphml -o "$tmp/m2.xml" -o "$tmp/m3.xml"
check cmp -s "$tmp/m.graphml" "$tmp/m2.xml"
check cmp -s "$tmp/m2.xml" "$tmp/m3.xml"
# a missing value, an unknown option, a flag given a value, --json where there is none
check run 2 "entgraph stats: option '--top' needs a value$(see stats)" stats --top
check run 2 "entgraph build: option '-o' needs a value$(see build)" build -o
check run 2 "entgraph stats: unknown option '--bogus'$(see stats)" stats --bogus "$g"
check run 2 "entgraph path: unknown option '-Z' in '-Zambia' (a name that starts with '-' goes after '--')$(see path)" path "$g" niger -Zambia
check run 2 "entgraph tag: unknown option '--json'$(see tag)" tag --json x.conll
# the command's own values: an enumeration, a format, a date
check run 2 "entgraph build: unknown window 'para' (sentence, paragraph, document)$(see build)" build -w para "$g"
check run 2 "entgraph merge: unknown format 'xml'$(see merge)" merge -f xml "$g"
check run 2 "entgraph stats: --since: not a date '2023-13' (expected ISO 8601, YYYY-MM-DD)$(see stats)" stats --since 2023-13 "$g"
# operands
check run 2 "entgraph path: expected GRAPH, A and B$(see path)" path "$g" niger
check run 2 "entgraph neighbors: expected GRAPH and NAME$(see neighbors)" neighbors "$g" a b
check run 2 "entgraph build: no input (give files, directories, .jsonl or -)$(see build)" build -q
check run 2 "entgraph merge: expected at least one GRAPH$(see merge)" merge
check run 2 "entgraph eval: expected one CoNLL file$(see eval)" eval a.conll b.conll
# --help: the text on stdout, status 0, even after other options
check run 0 "" stats --top 3 --help
check grep -q '^usage: entgraph stats GRAPH' "$tmp/out"
# parsed values reach the command: the maximum is accepted, --top and --limit cut the answer
check run 0 "" neighbors --depth 100 "$g" niger
check run 0 "" stats --top 1 "$g"
check grep -qx 'top 1 by degree:' "$tmp/out"
check test "$(grep -c '^   1\. ' "$tmp/out")" = 5 # 4 metrics, 1 community
check run 0 "" neighbors -l 1 "$g" niger
check grep -qx '  ... 5 more (--limit)' "$tmp/out"
finish
