// Screenshots of every article of a built site: 390 px (phone) and 1280 px (desktop), light and dark.
// usage: node .ci/browser/screenshots.mjs SITE_DIR OUT_DIR    (run by generator/bin/screenshots)
// Uses puppeteer-core (brought by the pinned lighthouse in package.json) with Debian's /usr/bin/chromium.
import { readdirSync, readFileSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const [site, out] = process.argv.slice(2);
const port = Number(process.env.SCREENSHOT_PORT || 8183);
const here = new URL('.', import.meta.url).pathname;
const walk = d => readdirSync(d).flatMap(f => statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]);
const articles = walk(site).filter(f => f.endsWith('.html') && readFileSync(f, 'utf8').includes('<main id="main" class="article">'))
  .map(f => relative(site, f)).sort();
const server = spawn('node', [join(here, 'serve.mjs'), site, String(port)], { stdio: 'ignore' });
await new Promise(r => setTimeout(r, 500));
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: 'new',
  args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-color-profile=srgb'] });
mkdirSync(out, { recursive: true });
const lines = ['| article | width | theme | file |', '|---|---|---|---|'];
try {
  const page = await browser.newPage();
  for (const a of articles) {
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark']) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width, height: width < 600 ? 844 : 900, isMobile: width < 600, hasTouch: width < 600 });
        await page.goto(`http://127.0.0.1:${port}/${a}`, { waitUntil: 'load' });
        // blocks far from the viewport are not rendered (content-visibility: auto): render them all, then
        // wait for the fonts they need (a phone fetches the math font when the first formula is drawn)
        await page.evaluate(async () => {
          document.querySelectorAll('.figure, .article-body > *').forEach(f => { f.style.contentVisibility = 'visible'; });
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          await document.fonts.ready;
        });
        const file = `${a.replace(/\.html$/, '').replace(/\//g, '_')}-${width}-${scheme}.png`;
        await page.screenshot({ path: join(out, file), fullPage: true });
        lines.push(`| ${a} | ${width} | ${scheme} | ${file} |`);
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
writeFileSync(join(out, 'index.md'), lines.join('\n') + '\n');
console.log(`${articles.length * 4} screenshots in ${out} (listed in ${join(out, 'index.md')})`);
