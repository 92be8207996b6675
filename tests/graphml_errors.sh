#!/usr/bin/env bash
# graphml_errors.sh ENTGRAPH SRCDIR - a GraphML graph that entgraph wrote, damaged one way at a
# time: every damage is a one-line error naming the element and the value, with exit status 1,
# never a crash or a silently wrong graph (src/io/graphml_load.c).
. "$(dirname "$0")/testlib.sh" "$@"
"$bin" build -q --threads 1 "$src/samples" -o "$tmp/g.graphml"
check test $? = 0
"$bin" neighbors "$tmp/g.graphml" Niger > /dev/null
check test $? = 0

# damaged SED WANT: the first match of the sed expression changed, the error contains WANT
damaged() {
    sed -e "$1" "$tmp/g.graphml" > "$tmp/bad.graphml"
    check not cmp -s "$tmp/g.graphml" "$tmp/bad.graphml"
    "$bin" neighbors "$tmp/bad.graphml" Niger > "$tmp/out" 2> "$tmp/err"
    local st=$?
    check test "$st" = 1
    check test "$(wc -l < "$tmp/err")" = 1
    check grep -qF -- "$2" "$tmp/err"
    [ "$st" = 1 ] && grep -qF -- "$2" "$tmp/err" || { echo "for $1:"; cat "$tmp/err"; }
}
not() { ! "$@"; }
damaged '0,/"e_weight">1</s//"e_weight">1.5</' "edge 0: 'weight' must be a whole number from 1 to 4294967295 (got 1.5)"
damaged '0,/"e_npmi">1</s//"e_npmi">3</' "edge 0: 'npmi' must be from -1 to 1 (got 3)"
damaged '0,/"e_documents">2</s//"e_documents">-2</' "edge 0: 'documents' must be a whole number"
damaged '0,/"e_evidence">\[/s//"e_evidence">{/' "edge 0: 'evidence' is not a JSON array"
damaged '0,/"v_type">[A-Z]*</s//"v_type">PLANET</' "node 0: invalid name, label or type"
damaged '0,/"v_mentions">[0-9]*</s//"v_mentions">-3</' "node 0: 'mentions' must be a whole number from 0 to 4294967295 (got -3)"
damaged '0,/"g_document_table_0">\[/s//"g_document_table_0">{/' "invalid document_table"
damaged '0,/"g_documents">[0-9]*</s//"g_documents">0.5</' "graph: 'documents' must be a whole number from 0 to 4294967295 (got 0.5)"
damaged '0,/"g_windows">[0-9]*</s//"g_windows">-1</' "graph: 'windows' must be a whole number from 0 to 1.8e19 (got -1)"
damaged '0,/id="e_weight" for="edge" attr.name="weight" attr.type="long"/s//id="e_weight" for="edge" attr.name="weight" attr.type="string"/' \
    "edge attribute 'weight' is declared string, expected double"
damaged '/id="v_label"/d; /key="v_label"/d' "GraphML without node attribute 'label'"
# every string attribute read is checked for its type (a "double" last_seen was read as a
# string: a crash that fuzz_graph found; "docs" and "doc_mentions", whose values are no
# numbers, igraph itself refuses, also in one line)
for a in v_first_seen v_last_seen e_first_seen e_last_seen; do
    damaged "s/id=\"$a\" \(.*\) attr.type=\"string\"/id=\"$a\" \1 attr.type=\"double\"/" \
        "attribute '${a#?_}' is declared double, expected string"
done
# the second node takes the first one's name
first=$(grep -m1 -o '"v_name">[^<]*<' "$tmp/g.graphml")
damaged "0,/\"v_name\">accra-lions</s//$first/" "duplicate node name 'abdourahmane-tchiani'"
finish
