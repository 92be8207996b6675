#!/usr/bin/env bash
# bench/build.sh [BUILD_DIR] - end-to-end `entgraph build` (JSONL -> GraphML) on Reuters-21578
# and on a 10x corpus made from it: wall time, tokens/s, MB/s, peak memory, 1 and 2 threads.
# This machine's speed drifts by 10-20% from minute to minute (a shared virtual machine), so
# Reuters-21578 is built EG_BENCH_RUNS times (default 3) a setting and the median and best are
# printed after the runs; the x10 corpus once.
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
one() { # corpus threads: one run, its line; its tokens/s in $rate
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
    rate=$(awk -v s="$secs" -v t="$toks" 'BEGIN { printf "%.0f", t / s }')
}
run() { # corpus threads runs: each run's line, then the median and best of several
    local f=$1 j=$2 n=$3 rates=""
    for _ in $(seq "$n"); do
        one "$f" "$j"
        rates="$rates $rate"
    done
    if [ "$n" -gt 1 ]; then
        echo "$rates" | tr ' ' '\n' | grep . | sort -n | awk -v n="$n" -v j="$j" \
            '{ r[NR] = $1 } END { printf "  threads %d over %d runs: median %.0f tokens/s, best %.0f\n", j, n, r[int((n + 1) / 2)], r[n] }'
    fi
}
runs=${EG_BENCH_RUNS:-3}
run "$src" 1 "$runs"
run "$src" 2 "$runs"
run "$big" 1 1
run "$big" 2 1
