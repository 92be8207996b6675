#!/usr/bin/env bash
# bench/modern.sh [ENTGRAPH] [--errors] - the built-in NER model on the modern news probe,
# bench/data/modern.conll: 44 short wire-style articles (2019-2026 topics) written and annotated
# by us for diagnosis, CoNLL-2003 guidelines and IOB1 tags. It is NOT the held-out set of issue
# #12, and it is small (7.9 k tokens, 1128 entities): read the figures as a diagnosis, not as a
# benchmark. Prints the per-type table of `entgraph eval`; --errors also prints 95% intervals of
# the F1s (resampling the articles) and the count of errors per category (bench/modern_errors.py,
# categories of bench/data/modern_errors.tsv; "?" marks errors not analysed yet). ENTGRAPH
# defaults to build-rel's, then build's.
set -eu
cd "$(dirname "$0")/.."
bin=
errors=0
for a in "$@"; do
    case $a in
    --errors) errors=1 ;;
    *) bin=$a ;;
    esac
done
if [ -z "$bin" ]; then
    bin=build-rel/src/cli/entgraph
    [ -x "$bin" ] || bin=build/src/cli/entgraph
fi
[ -x "$bin" ] || { echo "bench/modern.sh: $bin: no entgraph binary (build first)" >&2; exit 1; }
data=bench/data/modern.conll
# the CoNLL file is generated from the annotated source; say so when they disagree
if command -v python3 >/dev/null &&
    ! python3 bench/modern_conll.py bench/data/modern.src | cmp -s - "$data"; then
    echo "bench/modern.sh: $data is stale: python3 bench/modern_conll.py bench/data/modern.src > $data" >&2
    exit 1
fi
echo "== $bin eval $data"
"$bin" eval "$data"
if [ "$errors" = 1 ]; then
    tmp=$(mktemp)
    trap 'rm -f "$tmp"' EXIT
    "$bin" tag "$data" > "$tmp" 2>/dev/null
    echo "== F1 intervals (bench/modern_errors.py --bootstrap)"
    python3 bench/modern_errors.py "$tmp" --bootstrap
    echo "== errors per category (bench/modern_errors.py)"
    python3 bench/modern_errors.py "$tmp" bench/data/modern_errors.tsv 2>&1 >/dev/null
fi
