#!/usr/bin/env bash
# examples.sh BUILDDIR SRCDIR ENTGRAPH CC [SANITIZE]
#
# The programs of examples/ against the INSTALLED library: `meson install --destdir` into a
# temporary root, compile each example with the compiler flags of the installed entgraph.pc
# (pkg-config, prefix moved under the root), run it with LD_LIBRARY_PATH there, and check that
# it prints what the CLI prints: the graph build_graph writes is the one `entgraph build`
# writes, and `neighbors` lists the same neighbours as `entgraph neighbors`.
# SANITIZE is meson's b_sanitize ("none" or e.g. "address,undefined"): a sanitized library
# needs sanitized programs.
set -eu
export LC_ALL=C
build=$(realpath "$1") src=$(realpath "$2") bin=$(realpath "$3") cc=$4 san=${5:-none}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
meson install -C "$build" --destdir "$root" --no-rebuild --quiet > "$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; exit 1; }
pc=$(find "$root" -name entgraph.pc | head -1)
[ -n "$pc" ] || { echo "entgraph.pc was not installed"; exit 1; }
prefix=$(sed -n 's/^prefix=//p' "$pc")
pkg() { PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --define-variable=prefix="$root$prefix" "$@"; }
libdir=$(pkg --variable=libdir entgraph)
[ -e "$libdir/libentgraph.so" ] || { echo "no libentgraph.so in $libdir"; exit 1; }
case $(pkg --cflags entgraph) in
    *"$root"*) ;;
    *) echo "pkg-config --cflags does not point into the installed tree"; exit 1 ;;
esac
flags=(-std=c11 -Wall -Wextra -Wpedantic -Werror)
[ "$san" = none ] || flags+=("-fsanitize=$san")
# the C example of the README's "Library" section too (docs as tests)
awk '/^## Library/ { lib = 1 } lib && /^```c$/ { c = 1; next } c && /^```$/ { exit } c' \
    "$src/README.md" > "$tmp/readme.c"
[ -s "$tmp/readme.c" ] || { echo "no C example in the README's Library section"; exit 1; }
cp "$src/examples/build_graph.c" "$src/examples/neighbors.c" "$tmp/"
for ex in build_graph neighbors readme; do
    # shellcheck disable=SC2046
    "$cc" "${flags[@]}" "$tmp/$ex.c" -o "$tmp/$ex" $(pkg --cflags --libs entgraph)
done
run() { LD_LIBRARY_PATH=$libdir "$@"; }
# the example's program resolves libentgraph from the installed tree, not the build tree
run ldd "$tmp/neighbors" | grep -q "$libdir/libentgraph.so" ||
    { echo "neighbors does not load the installed library"; run ldd "$tmp/neighbors"; exit 1; }

fail=0
run "$tmp/build_graph" "$src/samples" "$tmp/example.json" > "$tmp/build.out"
grep -q "entities, .* edges -> $tmp/example.json" "$tmp/build.out" || { cat "$tmp/build.out"; fail=1; }
"$bin" build -q "$src/samples" -o "$tmp/cli.json"
# the same graph; only the generator string may differ
if ! diff <(grep -v '"generator"' "$tmp/cli.json") <(grep -v '"generator"' "$tmp/example.json") \
        > "$tmp/diff"; then
    echo "build_graph wrote another graph than entgraph build:"; head -20 "$tmp/diff"; fail=1
fi
check() { # GRAPH NAME [DEPTH]
    local want got
    want=$("$bin" neighbors "$1" "$2" ${3:+--depth "$3"} 2>&1) || true
    got=$(run "$tmp/neighbors" "$@" 2>&1) || true
    if [ "$want" != "$got" ]; then
        echo "neighbors $*: differs from entgraph neighbors:"
        diff <(echo "$want") <(echo "$got") | head -20
        fail=1
    elif [ -z "$got" ]; then
        echo "neighbors $*: no output"; fail=1
    fi
}
check "$tmp/example.json" Bazoum
want=$("$bin" neighbors "$tmp/example.json" "bazoum's")
[ "$want" = "$(run "$tmp/readme" "$tmp/example.json" "bazoum's")" ] ||
    { echo "the README's example prints something else than entgraph neighbors"; fail=1; }
check "$tmp/example.json" "niger"
check "$src/tests/query/samples.json" "Assimi Goïta"
check "$src/tests/query/samples.json" "Bazuma"
check "$src/tests/query/samples.json" "tinubu's"
check "$src/tests/query/tiny.json" "Durand" 3
check "$src/tests/query/tiny.json" "Isolated Group"
# an unknown name: the same message after the program's name, and a failure
if run "$tmp/neighbors" "$src/tests/query/samples.json" Bazum > "$tmp/out" 2> "$tmp/err"; then
    echo "neighbors of an unknown name succeeded"; fail=1
fi
grep -qx "neighbors: no entity named 'Bazum'; did you mean: Mohamed Bazoum, African Union, Bawumia?" \
    "$tmp/err" || { echo "unknown name:"; cat "$tmp/err"; fail=1; }
[ "$fail" = 0 ] && echo "examples: ok"
exit "$fail"
