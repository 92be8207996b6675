#!/usr/bin/env bash
# bundle.sh ENTGRAPH OUTDIR - entgraph with every shared library it loads (glibc and its
# loader included), so that it runs on cluster nodes that have none of them installed (Hadoop
# Streaming `-files`/`-archives`, Spark `--archives`). OUTDIR/entgraph is a wrapper that starts
# the bundled loader on the bundled libraries; `tar czf entgraph.tgz -C OUTDIR .` ships it.
# Debian has no static Graphviz or cJSON libraries, so a static binary is not an option here.
set -eu
bin=$(realpath "$1") out=$2
mkdir -p "$out/lib"
cp "$bin" "$out/lib/entgraph.bin"
loader=
while read -r lib; do
    cp -L "$lib" "$out/lib/"
    case "$lib" in */ld-linux*) loader=$(basename "$lib") ;; esac
done < <(ldd "$bin" | awk '/=>/ { print $3 } /^[[:space:]]*\/.*ld-linux/ { print $1 }' | grep '^/')
[ -n "$loader" ] || { echo "bundle.sh: no dynamic loader found in ldd $bin" >&2; exit 1; }
cat > "$out/entgraph" <<WRAP
#!/bin/sh
d=\$(dirname "\$0")/lib
exec "\$d/$loader" --library-path "\$d" "\$d/entgraph.bin" "\$@"
WRAP
chmod +x "$out/entgraph" "$out/lib/$loader"
