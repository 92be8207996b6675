#!/usr/bin/env bash
# html_view.sh ENTGRAPH SRCDIR - the interactive view (render -o FILE.html) in headless
# Chromium: the page loads from a file with no other resource, finds an entity by an alias
# (#q=), a click on an entity (#click=) shows its connections and the evidence sentences with
# their sources' titles, dates and links. Skipped (77) without Debian's chromium.
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
dom "$tmp/s.html" "q=bazuma" > "$tmp/q.html"
check grep -q '<h2 id="sel-label">Mohamed Bazoum</h2>' "$tmp/q.html"
check grep -q '<p>4 connections</p>' "$tmp/q.html"
check grep -q 'In late July, a group of military rebels in Niger announced the removal of President Mohamed Bazoum.<div class="src">000_a10a91cfc08b6cdf.txt</div>' "$tmp/q.html"
check grep -q '<circle class="n sel" data-i="[0-9]*"' "$tmp/q.html"
dom "$tmp/s.html" "click=niger" > "$tmp/c.html"
check grep -q '<h2 id="sel-label">Niger</h2>' "$tmp/c.html"
check grep -q 'data-ready-ms=' "$tmp/c.html"
# dated articles: titles, dates and links of the sources; the ego of render --ego is selected
"$bin" build -q "$src/tests/dates/news.jsonl" -o "$tmp/d.json" 2>/dev/null
"$bin" render "$tmp/d.json" --ego Goita -o "$tmp/ego.html" 2>/dev/null
dom "$tmp/ego.html" "" > "$tmp/e.html"
check grep -q '<h2 id="sel-label">Assimi Goita</h2>' "$tmp/e.html"
check grep -q 'PERSON, 2 mentions, seen 2023-07-30' "$tmp/e.html"
check grep -q '<a href="https://example.org/a1">Putin and Goita speak by phone</a>, 2023-07-30' "$tmp/e.html"
finish
