# testlib.sh - sourced by the shell tests: `. testlib.sh ENTGRAPH SRCDIR` sets bin (the entgraph
# binary, absolute), src, tmp (removed on exit) and check CMD... (counts passes and failures;
# `finish` prints them and sets the exit status).
set -u
export LC_ALL=C
bin=$(realpath "$1") src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { if "$@"; then pass=$((pass + 1)); else echo "FAILED: $*"; fail=$((fail + 1)); fi; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; }
