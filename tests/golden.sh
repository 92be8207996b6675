#!/usr/bin/env bash
# golden.sh ENTGRAPH SRCDIR CASE [regenerate]
#
# Runs one golden case: tests/golden/CASE.args holds the arguments (one per line; @SRC@ is the
# source root, @TMP@ a fresh temporary directory), CASE.out the expected standard output and
# CASE.status the expected exit status (0 when absent). With `regenerate`, the expected files
# are rewritten from the current build instead of compared.
set -u
export LC_ALL=C
bin=$(realpath "$1") src=$2 case=$3 regen=${4:-}
dir="$src/tests/golden"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=()
while IFS= read -r line || [ -n "$line" ]; do
    line=${line//@SRC@/$src}
    line=${line//@TMP@/$tmp}
    args+=("$line")
done < "$dir/$case.args"
( cd "$src" && "$bin" "${args[@]}" ) > "$tmp/stdout" 2> "$tmp/stderr" < /dev/null
status=$?
# paths of the temporary and source directories are not stable: show them as @TMP@, @SRC@
sed -i -e "s#$tmp#@TMP@#g" -e "s#$src#@SRC@#g" "$tmp/stdout" "$tmp/stderr"
if [ "$regen" = regenerate ]; then
    cp "$tmp/stdout" "$dir/$case.out"
    if [ -s "$tmp/stderr" ] || [ -f "$dir/$case.err" ]; then cp "$tmp/stderr" "$dir/$case.err"; fi
    if [ "$status" -ne 0 ]; then echo "$status" > "$dir/$case.status"; else rm -f "$dir/$case.status"; fi
    echo "regenerated $case"
    exit 0
fi
want_status=0
[ -f "$dir/$case.status" ] && want_status=$(cat "$dir/$case.status")
fail=0
if [ "$status" != "$want_status" ]; then
    echo "$case: exit status $status, expected $want_status"; cat "$tmp/stderr"; fail=1
fi
if ! diff -u "$dir/$case.out" "$tmp/stdout" > "$tmp/diff"; then
    echo "$case: standard output differs:"; head -50 "$tmp/diff"; fail=1
fi
if [ -f "$dir/$case.err" ] && ! diff -u "$dir/$case.err" "$tmp/stderr" > "$tmp/diff"; then
    echo "$case: standard error differs:"; head -20 "$tmp/diff"; fail=1
fi
exit $fail
