#!/usr/bin/env bash
# html_view.sh ENTGRAPH SRCDIR - the interactive view (render -o FILE.html) in headless
# Chromium: the page loads from a file with no other resource, finds an entity by an alias
# (#q=), a click on an entity (#click=) shows its connections and the evidence sentences with
# their sources' titles, dates and links. What makes a big graph come up fast is checked by
# structure, not by timing: the connections are one path per line width (not an element
# each), entities have no per-entity children or listeners, and each evidence sentence is
# written once, after the page's script. Skipped (77) without Debian's chromium.
. "$(dirname "$0")/testlib.sh" "$@"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "chromium not installed: skipped"
    exit 77
fi
dom() { # FILE HASH -> the DOM after the page's script ran
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
        --user-data-dir="$tmp/profile" --dump-dom "file://$1#$2" 2>/dev/null
}
"$bin" build -q "$src/samples" -o "$tmp/s.json" -o "$tmp/s.html"
check test -s "$tmp/s.html"
# self-contained: no script, style or image from elsewhere
check test "$(grep -c -E '<script[^>]+src=|<link |<img |@import' "$tmp/s.html")" = 0
# a sentence that is evidence for 10 connections is in the page once, after the script
sentence='Russian President Vladimir Putin held a telephone conversation on Tuesday with interim President of Mali Assimi Goita, the Kremlin press service said.'
check test "$(grep -o "$sentence" "$tmp/s.html" | wc -l)" = 1
check python3 - "$tmp/s.json" "$sentence" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert sum(v["sentence"] == sys.argv[2] for e in g["edges"] for v in e["evidence"]) == 10
PY
check test "$(grep -n -m1 'class="ev"' "$tmp/s.html" | cut -d: -f1)" -gt \
    "$(grep -n -m1 '"use strict"' "$tmp/s.html" | cut -d: -f1)"
dom "$tmp/s.html" "q=bazuma" > "$tmp/q.html"
check grep -q '<h2 id="sel-label">Mohamed Bazoum</h2>' "$tmp/q.html"
check grep -q '<p>4 connections</p>' "$tmp/q.html"
check grep -q 'In late July, a group of military rebels in Niger announced the removal of President Mohamed Bazoum.<div class="src">000_a10a91cfc08b6cdf.txt</div>' "$tmp/q.html"
check grep -q '<circle class="n sel" data-i="[0-9]*"' "$tmp/q.html"
dom "$tmp/s.html" "click=niger" > "$tmp/c.html"
check grep -q '<h2 id="sel-label">Niger</h2>' "$tmp/c.html"
check grep -q 'data-ready-ms=' "$tmp/c.html"
# drawn without an element per connection: 60 connections, at most 9 paths (line widths)
svg_of() { python3 -c 'import re, sys; print(re.search(r"<svg id=\"svg\".*?</svg>", sys.stdin.read(), re.S).group(0))'; }
dom "$tmp/s.html" "" | svg_of > "$tmp/plain.svg"
svg_of < "$tmp/c.html" > "$tmp/c.svg"
check test "$(grep -o '<path class="e"' "$tmp/plain.svg" | wc -l)" -le 9
check test "$(grep -c '<line' "$tmp/plain.svg")" = 0
check test "$(grep -o '<circle class="n"' "$tmp/plain.svg" | wc -l)" = 50
check test "$(grep -c '<title>' "$tmp/plain.svg")" = 0  # none per entity
check test "$(grep -o '<path class="e hl"' "$tmp/c.svg" | wc -l)" -ge 1  # the selection's
# dated articles: titles, dates and links of the sources; the ego of render --ego is selected
"$bin" build -q "$src/tests/dates/news.jsonl" -o "$tmp/d.json" 2>/dev/null
"$bin" render "$tmp/d.json" --ego Goita -o "$tmp/ego.html" 2>/dev/null
dom "$tmp/ego.html" "" > "$tmp/e.html"
check grep -q '<h2 id="sel-label">Assimi Goita</h2>' "$tmp/e.html"
check grep -q 'PERSON, 2 mentions, seen 2023-07-30' "$tmp/e.html"
check grep -q '<a href="https://example.org/a1">Putin and Goita speak by phone</a>, 2023-07-30' "$tmp/e.html"
# a scraped title "<!--<script>" no longer swallows the rest of the page (the evidence blocks
# were gone): every "<" of the embedded JSON is written \u003c
printf '%s\n' '{"id": "x1", "title": "<!--<script>", "text": "President Vladimir Putin met President Joe Biden in Moscow. Putin said."}' \
    '{"id": "x2", "title": "ok</script>", "text": "President Joe Biden met Emmanuel Macron in Paris. Biden said."}' > "$tmp/xss.jsonl"
"$bin" build -q "$tmp/xss.jsonl" -o "$tmp/xss.html"
check test "$(grep -c -e '<!--<script>' -e 'ok</script>' "$tmp/xss.html")" = 0
dom "$tmp/xss.html" "click=vladimir-putin" > "$tmp/x1.html"
check grep -q '<h2 id="sel-label">Vladimir Putin</h2>' "$tmp/x1.html"
check grep -q 'President Vladimir Putin met President Joe Biden in Moscow.<div class="src">&lt;!--&lt;script&gt;</div>' "$tmp/x1.html"
dom "$tmp/xss.html" "click=emmanuel-macron" > "$tmp/x2.html"
check grep -q 'President Joe Biden met Emmanuel Macron in Paris.<div class="src">ok&lt;/script&gt;</div>' "$tmp/x2.html"
finish
