#!/usr/bin/env bash
# bench/misspell.sh [BUILD_DIR] [N...] - `entgraph build` on N small articles whose people and
# organizations all have distinct invented names (bench/misspell_gen.py), the case that made the
# cross-article misspelling search quadratic; then one article of the same sentences (N/2 of
# them, BIG=0 to skip it). Prints wall and CPU time, the peak memory and, from one size to
# the next, how much faster the CPU time grew than the input (CPU time, because the machine may
# be shared). One thread, so the figures compare.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-rel}
shift || true
sizes=${*:-5000 10000 20000 40000}
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
meson compile -C "$build" >/dev/null
bin=$(realpath "$build/src/cli/entgraph")
out=bench/out
mkdir -p "$out"
run() { # label corpus articles
    local log=$out/misspell.time cpu
    /usr/bin/time -f '%e %U %S %M' "$bin" build -q --threads 1 "$2" -o "$out/misspell.json" \
        2> "$log"
    read -r secs user sys kb < <(tail -1 "$log")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
    printf '%-34s %8.2f s wall %8.2f s CPU %6d MB' "$1" "$secs" "$cpu" $((kb / 1024))
    if [ -n "${prev:-}" ]; then
        awk -v s="$cpu" -v p="$prev" -v n="$3" -v m="$prevn" \
            'BEGIN { printf "   input x%.1f: CPU x%.2f (%.2fx faster)", n/m, s/p, (s/p)/(n/m) }'
    fi
    echo
    prev=$cpu prevn=$3
}
for n in $sizes; do
    f=$out/misspell-$n.jsonl
    [ -f "$f" ] || python3 bench/misspell_gen.py "$n" > "$f"
    run "$n articles" "$f" "$n"
done
prev=
if [ "${BIG:-1}" != 0 ]; then
    for n in $sizes; do
        [ "$n" -le 100000 ] || continue # one article of over 10 MB: past --max-article-bytes
        f=$out/misspell-big-$n.jsonl
        [ -f "$f" ] || python3 bench/misspell_gen.py 1 $((n / 2)) > "$f"
        run "one article, $((n / 2)) x 3 sentences" "$f" "$((n / 2))"
    done
fi
