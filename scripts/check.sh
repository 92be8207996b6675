#!/bin/sh
# check.sh - install what is missing, build, and run the whole test suite: the normal build,
# an AddressSanitizer + UndefinedBehaviorSanitizer build, the samples under valgrind, and 60 s
# of each libFuzzer harness (scripts/fuzz.sh).
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh --test
[ -d build ] || meson setup build
meson compile -C build
meson test -C build --print-errorlogs
# the sanitized build also routes the library's allocations through the fault-injection
# counters (src/base/faultinject.h) and runs tests/unit/test_faults.c
[ -d build-asan ] || CC=clang meson setup build-asan -Db_sanitize=address,undefined \
    -Db_lundef=false -Dc_args=-fno-sanitize-recover=all -Dwerror=true -Dfault_injection=true
meson configure build-asan -Dfault_injection=true
meson compile -C build-asan
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    meson test -C build-asan --print-errorlogs
meson test -C build --setup=valgrind --suite valgrind --print-errorlogs
# libFuzzer: every harness on its seed corpus (the reproducers of issue 13), 60 s each
sh scripts/fuzz.sh 60
