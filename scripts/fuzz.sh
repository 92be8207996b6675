#!/bin/sh
# fuzz.sh - build the libFuzzer harnesses (clang, ASan + UBSan) in build-fuzz and run each one
# on its seed corpus for SECONDS (default 60), two at a time; any crash, hang (30 s), leak or
# sanitizer report fails. Findings are kept in build-fuzz/findings/<harness>/. Skips, saying
# so, only when clang's libFuzzer runtime is missing (package libclang-rt-14-dev); a runtime
# that is there but cannot link fails.
#   sh scripts/fuzz.sh [SECONDS]
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
cc=${FUZZ_CC:-clang}
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
    > "$probe/p.c"
rt=$("$cc" --print-runtime-dir 2> /dev/null || true)
if ! command -v "$cc" > /dev/null 2>&1 || ! ls "$rt"/libclang_rt.fuzzer-*.a > /dev/null 2>&1; then
    echo "fuzz.sh: SKIPPED: no libFuzzer runtime for $cc (libclang_rt.fuzzer-*.a in '$rt';"
    echo "         Debian: apt-get install clang libclang-rt-14-dev, as scripts/deps.sh --test does)"
    exit 0
fi
if ! "$cc" -fsanitize=fuzzer,address,undefined "$probe/p.c" -o "$probe/p" 2> "$probe/err"; then
    echo "fuzz.sh: $cc has a libFuzzer runtime but cannot link a fuzzer:" >&2
    head -5 "$probe/err" >&2
    exit 1
fi
# without optimization: clang instruments src/ner/model.c for coverage in 6 s at -O0 and in
# about ten minutes at -O2 (most of CI's time); the harnesses run fewer inputs a second
[ -d build-fuzz ] || CC="$cc" meson setup build-fuzz -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false -Dwerror=true -Doptimization=0 > /dev/null
meson configure build-fuzz -Doptimization=0
meson compile -C build-fuzz
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# harness, max input length, seed directories (the first is its own corpus in tests/fuzz)
run() {
    h=$1 len=$2
    shift 2
    work="$probe/$h" out="build-fuzz/findings/$h"
    mkdir -p "$work" "$out"
    if build-fuzz/tests/fuzz/fuzz_"$h" -max_total_time="$secs" -timeout=30 -rss_limit_mb=2048 \
        -max_len="$len" -print_final_stats=1 -artifact_prefix="$out/" "$work" "$@" \
        > "build-fuzz/fuzz_$h.log" 2>&1; then
        echo "fuzz_$h: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "build-fuzz/fuzz_$h.log" |
            grep -o '[0-9]*$') runs in ${secs} s, $(grep -o 'cov: [0-9]*' "build-fuzz/fuzz_$h.log" |
            tail -1), no finding"
    else
        echo "fuzz_$h: FINDING (input kept in $out/):"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "build-fuzz/fuzz_$h.log" | head -5
        return 1
    fi
}
fail=0
run graph 16384 tests/fuzz/corpus/graph & a=$!
run dir 4096 tests/fuzz/corpus/dir & b=$!
wait $a || fail=1
wait $b || fail=1
run aliasfile 4096 tests/fuzz/corpus/aliasfile & a=$!
run files 16384 tests/fuzz/corpus/graph tests/aliases & b=$!
wait $a || fail=1
wait $b || fail=1
run pipeline 8192 tests/fuzz/corpus/pipeline samples tests/data/datelines tests/data/clubalias & a=$!
run jsonl 8192 tests/fuzz/corpus/jsonl & b=$!
wait $a || fail=1
wait $b || fail=1
exit $fail
