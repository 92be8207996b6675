#!/usr/bin/env bash
# bench/build.sh [BUILD_DIR] - end-to-end `entgraph build` (JSONL -> GraphML) on Reuters-21578
# and on a 10x corpus made from it: wall time, tokens/s, MB/s, peak memory, 1 and 2 threads.
# Needs ../shared/data/news (research data, not in the repository); skips without it.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-rel}
data=${EG_DATA:-../shared/data}
src=$data/news/reuters21578.jsonl
if [ ! -f "$src" ]; then
    echo "skipped: $src not found"
    exit 0
fi
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
meson compile -C "$build" >/dev/null
bin=$build/src/cli/entgraph
out=bench/out
mkdir -p "$out"
big=$out/reuters-x10.jsonl
if [ ! -f "$big" ]; then
    # ten copies with distinct ids, so documents are not merged
    for i in 0 1 2 3 4 5 6 7 8 9; do sed "s/\"id\": \"reuters21578-/\"id\": \"r$i-/" "$src"; done > "$big"
fi
run() { # corpus threads
    local f=$1 j=$2 log=$out/time.log
    sync # earlier outputs still being written back would slow this run's output
    /usr/bin/time -v "$bin" build -j "$j" "$f" -o "$out/graph.graphml" 2> "$log"
    local secs rss toks mb
    secs=$(awk -F': ' '/Elapsed/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$log")
    toks=$(grep -o '([0-9]* tokens)' "$log" | tr -dc 0-9)
    mb=$(stat -c %s "$f")
    awk -v f="$(basename "$f")" -v j="$j" -v s="$secs" -v r="$rss" -v t="$toks" -v b="$mb" \
        'BEGIN { printf "%-22s threads %d  %6.2f s  %9.0f tokens/s  %5.1f MB/s  peak %4.0f MB\n", f, j, s, t/s, b/s/1e6, r/1024 }'
}
run "$src" 1
run "$src" 2
run "$big" 1
run "$big" 2
