#!/usr/bin/env bash
# boundaries.sh SRCDIR - the rules of the library's boundary, read from the sources:
#   1. src/cli/ includes only the public headers (<entgraph/*.h> / "entgraph/*.h"), its own
#      commands.h and system headers: no "../graph.h", no internal header by any path, none of
#      the libraries the library wraps (igraph, Graphviz, utf8proc, cJSON: JSON answers come
#      from the eg_*_write_json functions).
#   2. the library (src/ outside src/cli/) never prints: no stderr, stdout, printf, puts,
#      perror; it reports through eg_error and the callbacks of eg_build_options.
#   3. the library's static mutable state is the list below, each entry with why it is safe for
#      threads; a new one must be made thread-safe and added here with its reason.
#   4. the stages' layering: a source in src/<stage>/ includes only its own stage's headers and
#      those of the stages below it (the list below, the same as src/*/meson.build's include
#      directories, which src/meson.build checks when configuring), and never by a path.
# A self-test feeds each check a line that breaks it.
set -eu
export LC_ALL=C
src=$1
fail=0

# --- 1. the CLI's includes ---
internal=$(cd "$src/src" && ls ./*/*.h | grep -v '^\./cli/' | sed 's|^.*/||')
cli_bad_includes() {
    # an include that is neither <system.h> without a project name, nor entgraph/, nor commands.h
    grep -HnE '^[[:space:]]*#[[:space:]]*include' "$@" |
        grep -vE '#[[:space:]]*include[[:space:]]*[<"]entgraph/[a-z_]+\.h[>"]' |
        grep -vE '#[[:space:]]*include[[:space:]]*"commands\.h"' |
        while IFS= read -r line; do
            inc=$(printf '%s\n' "$line" | sed -E 's/.*include[[:space:]]*[<"]([^>"]*)[>"].*/\1/')
            case $inc in
                ../* | */../* | igraph* | graphviz/* | utf8proc.h | cJSON.h | cjson/*)
                    echo "$line" ;;
                *)
                    if printf '%s\n' "$internal" | grep -qxF "$(basename "$inc")"; then
                        echo "$line"
                    fi ;;
            esac
        done
}
# files not yet moved onto the public headers (this list only shrinks)
pending=""
bad=$(cli_bad_includes "$src"/src/cli/*.c "$src"/src/cli/*.h |
    grep -vE "/($(echo "$pending" | sed 's/ /|/g; s/\./\\./g')):" || true)
if [ -n "$bad" ]; then
    echo "src/cli includes headers that are not entgraph/*.h:"
    echo "$bad"
    fail=1
fi

# --- 2. the library never prints ---
lib_prints() {
    # comments and string literals taken out first
    grep -HnE '' "$@" |
        sed -E 's|"([^"\\]\|\\.)*"|""|g; s|/\*.*\*/||g; s|/\*.*||; s|//.*||; s|^([^:]+:[0-9]+:)[[:space:]]*\*.*|\1|' |
        grep -E '\b(stderr|stdout)\b|(^|[^a-z_.>])(printf|vprintf|puts|putchar|perror)[[:space:]]*\(' || true
}
# faultinject.[ch] is test instrumentation, compiled in only with -Dfault_injection=true
lib=$(find "$src/src" -mindepth 2 -maxdepth 2 -name '*.[ch]' ! -path '*/cli/*' ! -name 'faultinject.[ch]' | sort)
# outfile.c opens "-" as standard output: the one place the library names stdout
bad=$(lib_prints $lib | grep -vE '/outfile\.c:[0-9]+:[[:space:]]*of->fp = stdout;$' || true)
if [ -n "$bad" ]; then
    echo "the library prints (report through eg_error or a callback instead):"
    echo "$bad"
    fail=1
fi

# --- 3. static mutable state ---
# file:name  -- why it is safe with several threads
allowed="
export.c:igraph_once        pthread_once
export.c:igraph_reason      _Thread_local
export.c:igraph_mutex       the lock igraph is used under
alias.c:cue_index_once      pthread_once
alias.c:cue_open_len        built once under pthread_once, read-only afterwards
alias.c:cue_at              built once under pthread_once, read-only afterwards
alias.c:cue_list            built once under pthread_once, read-only afterwards
alias.c:cue_words           built once under pthread_once, read-only afterwards
alias.c:cue_word_id         built once under pthread_once, read-only afterwards
alias.c:cue_nwords          built once under pthread_once, read-only afterwards
alias.c:cue_skip            built once under pthread_once, read-only afterwards
alias_names.c:formal_once pthread_once
alias_names.c:formal_list built once under pthread_once, read-only afterwards
alias_names.c:formal_at   built once under pthread_once, read-only afterwards
gazetteer.c:once            pthread_once
gazetteer.c:deflt           built once under pthread_once, read-only afterwards
gazetteer.c:pl_bit          built once under pthread_once, read-only afterwards
gazetteer.c:pl_once         pthread_once
gazetteer.c:legal_form_once pthread_once
gazetteer.c:legal_form_shape built once under pthread_once, read-only afterwards
gazetteer.c:legal_form_slot built once under pthread_once, read-only afterwards
gazetteer.c:particle_filter built once under pthread_once, read-only afterwards
gazetteer.c:word_filter_once pthread_once
model.c:BOS_H               never written (a constant without const)
model.c:EOS_H               never written (a constant without const)
modelfile.c:crc_table       built once under pthread_once, read-only afterwards
modelfile.c:crc_once        pthread_once
model.c:model_serial        atomic counter (main's tagger cache, after 032077b)
model.c:list_looks          slots claimed by compare-and-swap, filled, then published by a release store
model.c:look_hashes         each run written once by the thread that claimed its look, before the look's release store
model.c:look_hashes_used    atomic counter (fetch-and-add)
model.c:rule_doc            _Thread_local
model.c:rule_doc_serial     _Thread_local
model.c:list_spans          _Thread_local
ner_sports.c:sport_words    built once under pthread_once, read-only afterwards
ner_sports.c:sport_lens     built once under pthread_once, read-only afterwards
ner_sports.c:sport_words_ok built once under pthread_once, read-only afterwards
ner_sports.c:sport_once     pthread_once
ner_sports.c:club_alias_map built once under pthread_once, read-only afterwards
ner_sports.c:club_alias_ok built once under pthread_once, read-only afterwards
ner_sports.c:club_alias_once pthread_once
outfile.c:temps             atomic slots (compare-and-swap)
outfile.c:batch             _Thread_local
phrases.c:table             built once under pthread_once, read-only afterwards
phrases.c:table_ok          built once under pthread_once, read-only afterwards
phrases.c:once              pthread_once
query.c:leiden_visits       _Thread_local
query.c:leiden_limit        _Thread_local
render.c:report_fd          written in the drawing child process only (after fork)
render.c:child_out          written in the drawing child process only (after fork)
render.c:gv_error           written in the drawing child process only (after fork)
render.c:reported           written in the drawing child process only (after fork)
alias.c:buf                 _Thread_local
"
static_state() {
    # static variables that are not const: "file:name" per variable
    grep -HnE '^[[:space:]]*static[[:space:]]' "$@" |
        sed -E 's/_Atomic\(([^)]*)\)/_Atomic_\1/' |
        grep -vE 'static[[:space:]]+(inline[[:space:]]+)?const[[:space:]]' |
        grep -vE ':[[:space:]]*static[^=;]*\(' |
        sed -E 's|^.*/([^/:]+):[0-9]+:(.*)$|\1:\2|' |
        while IFS= read -r line; do
            file=${line%%:*} decl=${line#*:}
            decl=$(printf '%s\n' "$decl" | sed -E 's/\{[^}]*\}//g; s/=[^,;]*//g; s/;.*//; s/\[[^]]*\]//g')
            # every declarator: "static uint64_t a, b" gives a and b
            printf '%s\n' "$decl" | tr ',' '\n' | sed -E 's/.*[[:space:]*]([A-Za-z_][A-Za-z_0-9]*)[[:space:]]*$/\1/; s/^[[:space:]]*//' |
                while IFS= read -r name; do
                    [ -n "$name" ] && echo "$file:$name"
                done
        done
}
found=$(static_state $lib | sort -u)
bad=$(comm -23 <(printf '%s\n' "$found") <(printf '%s\n' "$allowed" | awk 'NF { print $1 }' | sort -u))
if [ -n "$bad" ]; then
    echo "static mutable state not in tests/boundaries.sh's list (make it thread-safe, then say why):"
    echo "$bad"
    fail=1
fi

# --- 4. the stages' layering ---
# stage: the stages its sources may include besides its own (docs/DESIGN.md section 1)
layers="
base:
text: base
ner: text base
resolve: ner text base
graph: text base
io: graph text base
builder: resolve ner graph text base
query: builder io resolve ner graph text base
render: io graph text base
api: query render builder io resolve ner graph text base
"
# every internal header as "name stage"
headers=$(cd "$src/src" && ls ./*/*.h | grep -v '^\./cli/' | sed -E 's|^\./([^/]+)/(.*)$|\2 \1|')
layer_bad_includes() {
    # "file:line:text" of each #include "..." that names a header of a stage not allowed to
    # the file's folder, or names any header by a path (other than entgraph/)
    for f in "$@"; do
        st=$(basename "$(dirname "$f")")
        allowed=" $st $(printf '%s\n' "$layers" | sed -n "s/^$st:[[:space:]]*//p") "
        grep -HnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" |
            while IFS= read -r line; do
                inc=$(printf '%s\n' "$line" | sed -E 's/.*include[[:space:]]*"([^"]*)".*/\1/')
                case $inc in
                    entgraph/*) continue ;;
                    */*) echo "$line"; continue ;;
                esac
                hs=$(printf '%s\n' "$headers" | awk -v h="$inc" '$1 == h { print $2 }')
                case $allowed in
                    *" $hs "*) ;;
                    *) [ -n "$hs" ] && echo "$line (a header of src/$hs)" ;;
                esac
            done
    done
}
for d in "$src"/src/*/; do
    st=$(basename "$d")
    if [ "$st" != cli ] && ! printf '%s\n' "$layers" | grep -q "^$st:"; then
        echo "src/$st is not in tests/boundaries.sh's list of stages (say which stages it may use)"
        fail=1
    fi
done
bad=$(layer_bad_includes $lib)
if [ -n "$bad" ]; then
    echo "a stage includes a header of a stage above it (or beside it):"
    echo "$bad"
    fail=1
fi

# --- the checks catch what they are for ---
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include "../graph.h"\n#include <igraph.h>\n#include "util.h"\n#include <entgraph/query.h>\n#include <stdio.h>\n#include <cJSON.h>\n' > "$tmp/cli.c"
[ "$(cli_bad_includes "$tmp/cli.c" | wc -l)" = 4 ] || { echo "self-test: include check"; fail=1; }
printf 'x;\n    fprintf(stderr, "x");\n    printf("y");\n    snprintf(b, 1, "z");\n    /* stderr */\n' > "$tmp/lib.c"
[ "$(lib_prints "$tmp/lib.c" | wc -l)" = 2 ] || { echo "self-test: print check"; fail=1; }
printf 'static int counter;\nstatic const int k = 1;\nstatic int f(void);\nstatic uint64_t a = 1, b = 2;\nstatic char *p[4];\n' > "$tmp/st.c"
[ "$(static_state "$tmp/st.c" | tr '\n' ' ')" = "st.c:counter st.c:a st.c:b st.c:p " ] ||
    { echo "self-test: static state check: $(static_state "$tmp/st.c" | tr '\n' ' ')"; fail=1; }
mkdir "$tmp/graph"
printf '#include "graph.h"\n#include "util.h"\n#include "dates.h"\n#include "entgraph/graph.h"\n#include "alias.h"\n#include "../ner/ner.h"\n#include "builder.h"\n#include <stdio.h>\n' > "$tmp/graph/x.c"
[ "$(layer_bad_includes "$tmp/graph/x.c" | cut -d: -f2 | tr '\n' ' ')" = "5 6 7 " ] ||
    { echo "self-test: layering check: $(layer_bad_includes "$tmp/graph/x.c")"; fail=1; }
exit $fail
