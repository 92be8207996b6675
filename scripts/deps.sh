#!/bin/sh
# deps.sh - install the Debian 12 packages entgraph needs to build and test, if missing.
# Needs root (or sudo) only when something is missing.
set -eu
pkgs="gcc pkg-config meson ninja-build libigraph-dev libcjson-dev libgraphviz-dev graphviz \
libutf8proc-dev libjemalloc-dev"
if [ "${1:-}" = "--test" ]; then
    pkgs="$pkgs python3 python3-networkx python3-igraph chromium valgrind libxml2-utils parallel clang libclang-rt-14-dev python3-dask python3-distributed gcovr"
fi
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "installing:$missing"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO=sudo
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
