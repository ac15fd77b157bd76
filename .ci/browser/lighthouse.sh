#!/usr/bin/env bash
# Lighthouse 12 on the home page and every article of a built site, served on 127.0.0.1.
# usage: .ci/browser/lighthouse.sh [SITE_DIR] [OUT_DIR]     (defaults: target/site target/lighthouse)
# Needs: npm ci in .ci/browser (pins lighthouse 12.2.3) and Debian's chromium at /usr/bin/chromium.
# Prints a Markdown table of the four category scores and the DOM size (mobile preset, Lighthouse's
# default, and desktop preset), each the median of LIGHTHOUSE_RUNS runs (default 3), and writes each
# report as JSON and HTML to OUT_DIR. LIGHTHOUSE_PRESETS="mobile" measures the mobile preset only.
# The server compresses text (gzip), as every static host does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
site="$(cd "${1:-$repo/target/site}" && pwd)"
out="${2:-$repo/target/lighthouse}"
port="${LIGHTHOUSE_PORT:-8181}"
runs="${LIGHTHOUSE_RUNS:-3}"
presets="${LIGHTHOUSE_PRESETS:-mobile desktop}"
lh="$here/node_modules/.bin/lighthouse"
[ -x "$lh" ] || { echo "lighthouse is missing: run 'npm ci' in .ci/browser" >&2; exit 2; }
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
mkdir -p "$out"

node "$here/serve.mjs" "$site" "$port" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

pages=("index.html")
while IFS= read -r f; do pages+=("${f#"$site"/}"); done < <(grep -rl --include='*.html' '<main id="main" class="article">' "$site" | sort)

flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync"
for preset in $presets; do
  for p in "${pages[@]}"; do
    for run in $(seq "$runs"); do
      name="$(echo "${p%.html}" | tr '/' '_')-$preset-$run"
      extra=()
      [ "$preset" = desktop ] && extra=(--preset=desktop)
      "$lh" "http://127.0.0.1:$port/$p" "${extra[@]}" --quiet --chrome-flags="$flags" \
        --only-categories=performance,accessibility,best-practices,seo \
        --output=json --output=html --output-path="$out/$name" >/dev/null 2>"$out/$name.log" \
        || { echo "lighthouse failed on $p ($preset): see $out/$name.log" >&2; exit 1; }
    done
  done
done

node - "$out" "$runs" "$presets" "${pages[@]}" <<'JS'
const fs = require('fs');
const [out, runs, presets, ...pages] = process.argv.slice(2);
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`| page | preset | performance | accessibility | best practices | SEO | DOM elements |`);
console.log('|---|---|---|---|---|---|---|');
let worst = {};
for (const preset of presets.split(' ')) {
  for (const p of pages) {
    const rs = [];
    for (let i = 1; i <= Number(runs); i++) {
      rs.push(JSON.parse(fs.readFileSync(`${out}/${p.replace(/\.html$/, '').replace(/\//g, '_')}-${preset}-${i}.report.json`)));
    }
    const s = cats.map(c => median(rs.map(r => Math.round(r.categories[c].score * 100))));
    const dom = median(rs.map(r => r.audits['dom-size'].numericValue));
    cats.forEach((c, i) => { worst[c] = Math.min(worst[c] ?? 100, s[i]); });
    console.log(`| ${p} | ${preset} | ${s.join(' | ')} | ${dom} |`);
  }
}
console.error(`lowest: ${JSON.stringify(worst)}`);
JS
