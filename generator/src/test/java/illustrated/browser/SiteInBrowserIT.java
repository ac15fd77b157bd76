package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of the built sites (see {@link SitesInBrowser}) in a real browser: no console error, no CSP
 * violation, no failed or third-party request, no broken image, math laid out, figures visible and safe with
 * their data panels, axe-core without serious or critical violations in both themes, no sideways scrolling on
 * a phone; the theme toggle switches page and figures and is remembered; the print stylesheet. Screenshots of
 * every page (phone and desktop, light and dark, and print) go to target/screenshots/. From the files: the
 * strict CSP, no inline style or script, the JavaScript and page-weight budgets.
 */
class SiteInBrowserIT extends SitesInBrowser {
    // ------------------------------------------------------------------ every page

    @TestFactory
    List<DynamicNode> everyPage() {
        List<DynamicNode> out = new ArrayList<>();
        for (Site site : SITES) {
            List<DynamicNode> tests = new ArrayList<>();
            for (String page : site.pages()) {
                tests.add(DynamicTest.dynamicTest(page, () -> checkPage(site, page)));
            }
            out.add(DynamicContainer.dynamicContainer(site.name(), tests));
        }
        return out;
    }

    private void checkPage(Site site, String page) throws Exception {
        String shot = site.name() + "/" + page.replace(".html", "").replace('/', '_');
        resetTheme(site);
        browser.systemScheme("light");
        browser.viewport(1440, 900, false);
        Browser.Load load = browser.load(site.url(page), site.origin());
        assertClean(page, load);
        assertEquals(0L, browser.js("return Array.from(document.images).filter(function (i) {"
                + " return !i.complete || i.naturalWidth === 0; }).length;"), page + ": broken images");
        assertMath(page);
        assertFigures(page);
        assertAxe(page + " (light)");
        browser.screenshot(SHOTS.resolve(shot + "-desktop-light.png"));
        if (isArticle(site.root().resolve(page))) {
            assertPrint(page, SHOTS.resolve(shot + "-print.png"));
        }

        // the toggle switches page and figures to dark
        String bgLight = (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
        String figLight = figureTextFill();
        WebElement toggle = browser.driver.findElement(By.cssSelector(".theme-toggle"));
        assertTrue(toggle.isDisplayed(), page + ": the theme toggle is shown when JavaScript runs");
        toggle.click();
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme');"));
        assertEquals("true", toggle.getAttribute("aria-pressed"), page + ": the toggle says it is pressed");
        assertNotEquals(bgLight, browser.js("return getComputedStyle(document.body).backgroundColor;"),
                page + ": the page background follows dark mode");
        if (figLight != null) {
            assertNotEquals(figLight, figureTextFill(), page + ": figure text colour follows dark mode");
        }
        assertAxe(page + " (dark)");
        browser.screenshot(SHOTS.resolve(shot + "-desktop-dark.png"));

        // a phone: the choice of theme persists across the reload, nothing scrolls sideways
        browser.viewport(390, 844, true);
        Browser.Load phone = browser.load(site.url(page), site.origin());
        assertClean(page + " (phone)", phone);
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme');"),
                page + ": the theme choice is remembered");
        assertTrue((Boolean) browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;"),
                page + ": the page scrolls sideways on a phone: " + browser.js("return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(function (e) { return e.getBoundingClientRect().right > document.documentElement.clientWidth + 1; })"
                        + ".slice(0, 5).map(function (e) { return e.tagName + '.' + e.className; }).join(', ');"));
        browser.screenshot(SHOTS.resolve(shot + "-phone-dark.png"));
        assertAxe(page + " (phone, dark)");
        browser.driver.findElement(By.cssSelector(".theme-toggle")).click();
        browser.screenshot(SHOTS.resolve(shot + "-phone-light.png"));
        resetTheme(site);
    }

    /** The print stylesheet: light, no navigation, notes as footnotes. */
    private static void assertPrint(String page, Path shot) throws Exception {
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", browser.js("return getComputedStyle(document.querySelector('.site-header')).display;"),
                    page + ": print hides the header");
            assertEquals("rgb(255, 255, 255)", browser.js("return getComputedStyle(document.body).backgroundColor;"),
                    page + ": print is on white");
            Object notes = browser.js("var f = document.querySelector('.footnotes'); return f ? getComputedStyle(f).display : 'block';");
            assertNotEquals("none", notes, page + ": print keeps the footnotes");
            browser.screenshot(shot);
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.systemScheme("light");
        }
    }

    /** Formulas are MathML only, one copy each, laid out in the site's math font. */
    private static void assertMath(String page) {
        long formulas = (Long) browser.js("return document.querySelectorAll('math').length;");
        if (formulas == 0) {
            return;
        }
        assertEquals(0L, browser.js("return document.querySelectorAll('.katex, .katex-html, .katex-mathml, semantics,"
                + " annotation, [mathvariant]:not([mathvariant=normal])').length;"),
                page + ": KaTeX's HTML or markup MathML Core ignores is left in the page");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.js("var out = {visible: 0, empty: []};"
                + "document.querySelectorAll('math').forEach(function (k) {"
                + "  if (!k.getClientRects().length || k.closest('details:not([open])')) { return; } out.visible++;"
                + "  var r = k.getBoundingClientRect(); if (r.width < 1 || r.height < 1) { out.empty.push(k.textContent.slice(0, 40)); } });"
                + "out.family = getComputedStyle(document.querySelector('math')).fontFamily;"
                + "out.font = document.fonts.check('16px \"IM Math\"');"
                + "out.loaded = Array.from(document.fonts).some(function (f) { return f.family.replace(/\"/g, '') === 'IM Math' && f.status === 'loaded'; });"
                + "return out;");
        assertTrue(((Long) m.get("visible")) > 0, page + ": no formula is visible");
        assertEquals(List.of(), m.get("empty"), page + ": formulas with no size");
        assertTrue(String.valueOf(m.get("family")).startsWith("\"IM Math\""), page + ": math font " + m.get("family"));
        assertEquals(Boolean.TRUE, m.get("font"), page + ": the IM Math font is not available");
        assertEquals(Boolean.TRUE, m.get("loaded"), page + ": the IM Math font was not loaded");
    }

    /** Figures are visible, named, described, come with their data, and carry nothing active. */
    private static void assertFigures(String page) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.js("var p = [];"
                + "document.querySelectorAll('svg').forEach(function (svg, i) {"
                + "  var fig = svg.closest('figure.figure'); var name = fig ? fig.id : 'svg ' + i;"
                + "  if (svg.querySelector('script, foreignObject, iframe, object, embed')) { p.push(name + ': active content'); }"
                + "  svg.querySelectorAll('*').forEach(function (e) { Array.from(e.attributes).forEach(function (a) {"
                + "    if (/^on/i.test(a.name)) { p.push(name + ': event handler ' + a.name); }"
                + "    if (/href$/i.test(a.name) && a.value.charAt(0) !== '#' && a.value.indexOf('data:image/') !== 0) { p.push(name + ': external reference ' + a.value.substring(0, 60)); } }); });"
                + "  if (!fig || svg.parentNode !== fig.querySelector('.figure-scroll')) { return; }"
                + "  var r = svg.getBoundingClientRect(); if (r.width < 100 || r.height < 50) { p.push(name + ': not visible'); }"
                + "  if (svg.getAttribute('role') !== 'img') { p.push(name + ': no role=img'); }"
                + "  var ids = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);"
                + "  var texts = ids.map(function (id) { var e = document.getElementById(id); return e ? e.textContent.trim() : ''; });"
                + "  if (texts.length < 2 || texts.some(function (t) { return t.length < 5; })) { p.push(name + ': no accessible name and description'); }"
                + "  var d = fig.querySelector('details.figure-data');"
                + "  if (!d || !d.querySelector('.figure-description')) { p.push(name + ': no description and data panel'); return; }"
                + "  var a = d.querySelector('.figure-data-link a');"
                + "  if (!a || !/figures\\/[a-z0-9-]+\\.html$/.test(a.getAttribute('href'))) { p.push(name + ': no link to its data page'); }"
                + "  if (d.querySelector('table')) { p.push(name + ': a table in the article before the panel is opened'); }"
                + "});"
                + "return p;");
        assertEquals(List.of(), problems, page + ": figure problems");
        assertDataPanels(page);
    }

    /** Every data panel opened: the ones with a table fetch it from their data page, with a caption. */
    private static void assertDataPanels(String page) {
        Object r = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1], p = [], t0 = Date.now();"
                + "var ds = Array.from(document.querySelectorAll('details.figure-data'));"
                + "var name = function (d) { var f = d.closest('figure'); return f ? f.id : 'panel'; };"
                + "ds.forEach(function (d) { d.open = true; });"
                + "(function wait() {"
                + "  var pending = ds.filter(function (d) { return d.hasAttribute('data-table') && !d.querySelector('table, .figure-data-error'); });"
                + "  if (pending.length && Date.now() - t0 < 20000) { setTimeout(wait, 50); return; }"
                + "  pending.forEach(function (d) { p.push(name(d) + ': no table 20 s after opening'); });"
                + "  ds.forEach(function (d) {"
                + "    var e = d.querySelector('.figure-data-error'); if (e) { p.push(name(d) + ': ' + e.textContent); }"
                + "    if (d.hasAttribute('aria-busy')) { p.push(name(d) + ': still aria-busy'); }"
                + "    var t = d.querySelector('table'); if (!t) { return; }"
                + "    var num = d.closest('figure').querySelector('.figure-number').textContent.replace(/\\.$/, '');"
                + "    if (!t.caption || t.caption.textContent !== 'Data of ' + num) { p.push(name(d) + ': caption ' + (t.caption ? t.caption.textContent : 'missing')); }"
                + "    if (!t.querySelector('thead th') || t.querySelectorAll('tbody tr').length < 2) { p.push(name(d) + ': an empty table'); }"
                + "  });"
                + "  done(p);"
                + "})();");
        assertEquals(List.of(), r, page + ": data panels opened");
    }

    // ------------------------------------------------------------------ weight and policy (from the files)

    @Test
    void weightAndPolicy() throws Exception {
        List<String> weight = new ArrayList<>();
        for (Site site : SITES) {
            long js;
            try (Stream<Path> s = Files.walk(site.root().resolve("js"))) {
                js = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            assertTrue(js <= 20 * 1024, site.name() + ": " + js + " bytes of JavaScript (budget 20 KB)");
            for (String page : site.pages()) {
                Path f = site.root().resolve(page);
                Document d = Jsoup.parse(f.toFile(), "UTF-8");
                String csp = d.select("meta[http-equiv=Content-Security-Policy]").attr("content");
                assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                        && !csp.contains("unsafe-") && csp.contains("default-src 'self'"),
                        site.name() + "/" + page + ": strict CSP meta, got '" + csp + "'");
                assertTrue(d.select("[style]").isEmpty(), page + ": inline style attributes: " + d.select("[style]").size());
                assertTrue(d.select("script:not([src])").isEmpty(), page + ": inline scripts");
                // page weight = bytes a reader downloads: HTML, CSS and JS (with the inline SVG figures), gzip-
                // compressed as any static host serves text; the uncompressed size is reported alongside
                List<Path> parts = new ArrayList<>(List.of(f));
                for (String href : d.select("link[rel=stylesheet]").eachAttr("href")) {
                    parts.add(local(site.root(), f, href));
                }
                for (String src : d.select("script[src]").eachAttr("src")) {
                    if (!src.startsWith("/__preview")) {
                        parts.add(local(site.root(), f, src));
                    }
                }
                long raw = 0;
                long bytes = 0;
                for (Path part : parts) {
                    byte[] content = Files.readAllBytes(part);
                    raw += content.length;
                    bytes += gzipped(content);
                }
                if (bytes >= 400 * 1024) {
                    String biggest = d.select(".figure-scroll > svg").stream()
                            .sorted((x, y) -> Integer.compare(y.outerHtml().length(), x.outerHtml().length())).limit(4)
                            .map(e -> e.id() + " " + e.outerHtml().length() / 1024 + " KB")
                            .reduce((x, y) -> x + ", " + y).orElse("no figures");
                    weight.add(site.name() + "/" + page + ": " + bytes / 1024 + " KB transferred, " + raw / 1024
                            + " KB uncompressed (largest figures: " + biggest + ")");
                }
            }
        }
        assertEquals(List.of(), weight, "pages over the 400 KB budget of HTML, CSS, SVG and JS (fonts excluded)");
    }

    private static long gzipped(byte[] content) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.size();
    }
}
