#!/bin/sh
# coverage.sh - line coverage of the whole test suite, per source file (gcovr), as recorded in
# docs/COVERAGE.md. Builds build-cov with -Db_coverage=true; extra arguments go to meson test
# (for instance a suite: sh scripts/coverage.sh --suite unit).
#
# tests/hostile.sh is left out: it runs entgraph under a file-size limit (ulimit -f), which
# also cuts the .gcda files the instrumented program writes at exit and spoils the counts.
set -eu
cd "$(dirname "$0")/.."
[ -d build-cov ] || meson setup build-cov -Db_coverage=true
meson compile -C build-cov
find build-cov -name '*.gcda' -delete
if [ $# -eq 0 ]; then
    # shellcheck disable=SC2046
    set -- $(meson test -C build-cov --list 2>/dev/null | grep ' / ' | sed 's#.* / ##' | grep -vx hostile)
fi
meson test -C build-cov --num-processes 2 "$@" > /dev/null ||
    echo "coverage.sh: some tests failed (see build-cov/meson-logs/testlog.txt)" >&2
gcovr -r . build-cov --filter 'src/' --sort-percentage --print-summary --gcov-ignore-parse-errors
