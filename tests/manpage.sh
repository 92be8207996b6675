#!/usr/bin/env bash
# manpage.sh ENTGRAPH SRCDIR - entgraph(1) has a section for every command and names every long
# option that `entgraph COMMAND --help` lists (so the page cannot fall behind), groff reads it
# without warnings, and the bash completion offers each command's options.
. "$(dirname "$0")/testlib.sh" "$@"
man=$src/docs/entgraph.1
cmds=$("$bin" --help | awk '/^commands:/{on=1; next} on && /^  [a-z]/{print $1}')
check test "$(echo "$cmds" | wc -w)" -ge 11
for c in $cmds; do
    check grep -q "^\.SH ${c^^}\$" "$man"
    for o in $("$bin" "$c" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        [ "$o" = --help ] && continue
        if ! grep -q -- "${o//-/\\\\-}" "$man"; then
            echo "entgraph.1: $c: $o not documented"
            fail=$((fail + 1))
        fi
    done
done
if command -v groff >/dev/null; then
    check test -z "$(groff -man -ww -z -Tutf8 "$man" 2>&1)"
fi
complete_words() { # WORDS... -> the completions of the last word
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _entgraph; echo "${COMPREPLY[*]}"' \
        _ "$src/scripts/entgraph.bash-completion" "$@"
}
check grep -qw -- --since <<< "$(complete_words "$bin" neighbors --s)"
check grep -qw -- --timeline <<< "$(complete_words "$bin" stats --t)"
check grep -qw gexf <<< "$(complete_words "$bin" build -f g)"
check grep -qw render <<< "$(complete_words "$bin" re)"
finish
