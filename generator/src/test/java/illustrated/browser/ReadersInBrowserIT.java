package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What a reader on a phone (390 px) and on a desktop (1280 px) sees of the real site's articles (see
 * {@link ArticlesInBrowser}): one copy of every formula, display equations that fit the column or visibly
 * scroll with their number in view, the title before the contents, series links that are never empty and
 * cross the series, a "References" heading, and a contents highlight that follows a jump to the top.
 */
class ReadersInBrowserIT extends ArticlesInBrowser {
    @TestFactory
    List<DynamicTest> everyArticleOnAPhoneAndADesktop() {
        List<DynamicTest> out = new ArrayList<>();
        for (String page : articles) {
            for (int width : new int[] {390, 1280}) {
                out.add(DynamicTest.dynamicTest(page + " at " + width + " px", () -> checkArticle(page, width)));
            }
        }
        return out;
    }

    private void checkArticle(String page, int width) {
        open(page, width, "light");
        String at = page + " at " + width + " px";
        // one copy of every formula: MathML only, nothing of KaTeX's HTML
        assertEquals(0L, browser.js("return document.querySelectorAll('.katex, .katex-html, .katex-mathml, annotation').length;"),
                at + ": formulas shown twice");

        // display equations: none wider than the column on a desktop; on a phone the ones that scroll say so
        @SuppressWarnings("unchecked")
        List<String> eq = settled(10, () -> (List<String>) browser.js("var p = [], vw = document.documentElement.clientWidth, desktop = arguments[0];"
                + "document.querySelectorAll('.equation').forEach(function (e, i) {"
                + "  var b = e.querySelector('.equation-body'), n = e.querySelector('.equation-number'), name = e.id || 'equation ' + i;"
                + "  if (!b) { p.push(name + ': no .equation-body'); return; }"
                + "  var r = e.getBoundingClientRect(); if (r.right > vw + 0.5) { p.push(name + ': the box leaves the page'); }"
                + "  if (n) { var nr = n.getBoundingClientRect(); if (nr.right > vw + 0.5 || nr.left < 0) { p.push(name + ': number out of view'); } }"
                + "  if (b.scrollWidth <= b.clientWidth + 1) { return; }"
                + "  if (desktop) { p.push(name + ': wider than the column by ' + (b.scrollWidth - b.clientWidth) + ' px'); return; }"
                + "  if (getComputedStyle(b).backgroundImage.indexOf('radial-gradient') < 0) { p.push(name + ': scrolls without a shadow'); }"
                + "  if (b.getAttribute('tabindex') !== '0') { p.push(name + ': scrolls but cannot be reached by keyboard'); }"
                + "}); return p;", width >= 1000));
        assertEquals(List.of(), eq, at + ": display equations");

        // the title first: on a phone the contents come after it, on a desktop beside it
        @SuppressWarnings("unchecked")
        Map<String, Object> order = (Map<String, Object>) browser.js("var h = document.querySelector('h1').getBoundingClientRect();"
                + "var t = document.querySelector('.toc'); var r = t ? t.getBoundingClientRect() : null;"
                + "return {h1: h.top + scrollY, toc: r ? r.top + scrollY : 1e9, tocLeft: r ? r.left : 0, h1Left: h.left};");
        double h1 = ((Number) order.get("h1")).doubleValue();
        assertTrue(h1 < ((Number) order.get("toc")).doubleValue() || width >= 1000
                && ((Number) order.get("tocLeft")).doubleValue() < ((Number) order.get("h1Left")).doubleValue(),
                at + ": the contents come before the title: " + order);
        assertTrue(h1 < 500, at + ": the title starts " + h1 + " px down the page");

        // the math font: its first face only, and only where there is math (the other two faces hold
        // characters no article uses; a phone fetches the first face when a formula comes near)
        @SuppressWarnings("unchecked")
        List<String> faces = (List<String>) browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "document.querySelectorAll('.article-body > *, .figure').forEach(function (e) { e.style.contentVisibility = 'visible'; });"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { document.fonts.ready.then(function () {"
                + "  done(performance.getEntriesByType('resource').map(function (r) { return r.name.replace(/.*\\//, ''); })"
                + "    .filter(function (n) { return n.indexOf('im-math') === 0; }).sort()); }); }); });");
        boolean math = (Long) browser.js("return document.querySelectorAll('.article-body math').length;") > 0;
        // every square root has its radical sign drawn: the root is wider than what it holds
        @SuppressWarnings("unchecked")
        List<String> roots = (List<String>) browser.js("var p = [];"
                + "document.querySelectorAll('.article-body msqrt').forEach(function (r, i) {"
                + "  var inner = 0; Array.from(r.children).forEach(function (c) { inner += c.getBoundingClientRect().width; });"
                + "  var w = r.getBoundingClientRect().width, em = parseFloat(getComputedStyle(r).fontSize);"
                + "  if (w < inner + 0.5 * em) { p.push('square root ' + i + ' (' + r.textContent + '): ' + w.toFixed(1) + ' px for '"
                + "    + inner.toFixed(1) + ' px inside'); } });"
                + "return p;");
        assertEquals(List.of(), roots, at + ": radical signs not drawn");
        assertEquals(math ? List.of("im-math.woff2") : List.of(), faces, at + ": the math font faces fetched");
        assertTrue(!math || (Boolean) browser.js("return document.fonts.check('16px \"IM Math\"', 'x');"), at + ": IM Math is not loaded");

        assertTrue((Long) browser.js("return document.querySelectorAll('.series-nav a[href]').length;") >= 1,
                at + ": the previous/next block is empty");
        assertEquals(0L, browser.js("var n = 0; document.querySelectorAll('ol.references').forEach(function (o) {"
                + " var h = o.previousElementSibling; if (!h || !/^H[23]$/.test(h.tagName) || !/References/.test(h.textContent)) { n++; } });"
                + " return n;"), at + ": a reference list without a 'References' heading");
    }

    /** Each series links to the other: the last article of a series leads on to another one. */
    @Test
    void theSeriesLinkToEachOther() {
        Map<String, String> seriesOf = new TreeMap<>();
        Map<String, List<String>> links = new TreeMap<>();
        for (String page : articles) {
            open(page, 1280, "light");
            seriesOf.put(page, (String) browser.js("return document.querySelector('.article-series a').getAttribute('href');"));
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) browser.js("return Array.from(document.querySelectorAll('main a[href]'))"
                    + ".map(function (a) { return a.href; });");
            links.put(page, hrefs.stream().filter(h -> h.startsWith(origin)).map(h -> h.substring(origin.length())
                    .replaceFirst("#.*$", "")).toList());
        }
        Map<String, List<String>> bySeries = seriesOf.keySet().stream().collect(Collectors.groupingBy(p ->
                Path.of(p).getParent() == null ? "" : Path.of(p).getParent().toString()));
        assertTrue(bySeries.size() >= 2 || articles.size() < 2, "articles of one series only: " + bySeries);
        for (List<String> members : bySeries.values()) {
            boolean crosses = members.stream().anyMatch(p -> links.get(p).stream()
                    .anyMatch(l -> articles.contains(l) && !members.contains(l)));
            assertTrue(crosses || bySeries.size() < 2, "no article of " + members + " links to another series");
        }
    }

    /** A jump back to the top (Home key, "back to top") unmarks the section that was being read. */
    @Test
    void theContentsHighlightFollowsAJumpToTheTop() {
        String page = articles.stream().max((a, b) -> Long.compare(tocLength(a), tocLength(b))).orElseThrow();
        open(page, 1280, "light");
        browser.js("document.documentElement.style.scrollBehavior = 'auto';"
                + "var hs = document.querySelectorAll('.article-body h2[id]'); hs[hs.length - 1].scrollIntoView();");
        waitFrames();
        assertNotEquals(null, browser.js("var a = document.querySelector('.toc a[aria-current]'); return a && a.textContent;"),
                page + ": a section is marked while it is read");
        browser.js("window.scrollTo(0, 0);");
        waitFrames();
        assertEquals(null, browser.js("var a = document.querySelector('.toc a[aria-current]'); return a && a.textContent;"),
                page + ": back at the top, no section is marked");
    }

    private static long tocLength(String page) {
        try {
            return Files.readString(site.resolve(page)).split("<li><a href=\"#").length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void waitFrames() {
        browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(done, 50); }); });");
    }
}
