package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import illustrated.chart.ColourMaps;
import illustrated.cli.PreviewServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What a reader on a phone (390 px) and on a desktop (1280 px) sees of the real site (target/site,
 * or -Dbrowser.site), in Debian's Chromium: one copy of every formula, display equations that fit
 * the column or visibly scroll with their number in view, the title before the contents, series
 * links that are never empty and cross the series, a "References" heading, a contents highlight
 * that follows a jump to the top, and data colours that keep their value→colour mapping in both
 * themes.
 */
class ReadersInBrowserIT {
    private static final Path ROOT = FixtureSite.repoRoot();
    /** Figures whose colours encode numbers, by figure id. */
    private static final List<String> DATA_COLOUR_FIGURES = List.of("lstm-gates-heatmap", "lstm-cell-heatmap",
            "gradient-cliff", "bptt-error-heatmap", "xor-mlp");
    private static Path site;
    private static HttpServer server;
    private static String origin;
    private static List<String> articles;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed");
        String other = System.getProperty("browser.site");
        site = other != null ? Path.of(other).toAbsolutePath() : ROOT.resolve("target/site");
        Assumptions.assumeTrue(Files.isRegularFile(site.resolve("index.html")),
                "skipped: no built site in " + site + " (mvn package builds it)");
        server = PreviewServer.start(site, 0);
        origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        try (Stream<Path> s = Files.walk(site)) {
            articles = s.filter(p -> p.toString().endsWith(".html"))
                    .filter(SiteInBrowserIT::isArticle)
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertFalse(articles.isEmpty(), "no article in " + site);
        browser = new Browser();
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static void open(String page, int width, String scheme) {
        browser.systemScheme(scheme);
        browser.viewport(width, width < 600 ? 844 : 900, width < 600);
        Browser.Load load = browser.load(origin + page, origin);
        assertTrue(load.consoleErrors().isEmpty(), page + ": " + load.consoleErrors());
    }

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
        List<String> eq = (List<String>) browser.js("var p = [], vw = document.documentElement.clientWidth, desktop = arguments[0];"
                + "document.querySelectorAll('.equation').forEach(function (e, i) {"
                + "  var b = e.querySelector('.equation-body'), n = e.querySelector('.equation-number'), name = e.id || 'equation ' + i;"
                + "  if (!b) { p.push(name + ': no .equation-body'); return; }"
                + "  var r = e.getBoundingClientRect(); if (r.right > vw + 0.5) { p.push(name + ': the box leaves the page'); }"
                + "  if (n) { var nr = n.getBoundingClientRect(); if (nr.right > vw + 0.5 || nr.left < 0) { p.push(name + ': number out of view'); } }"
                + "  if (b.scrollWidth <= b.clientWidth + 1) { return; }"
                + "  if (desktop) { p.push(name + ': wider than the column by ' + (b.scrollWidth - b.clientWidth) + ' px'); return; }"
                + "  if (getComputedStyle(b).backgroundImage.indexOf('radial-gradient') < 0) { p.push(name + ': scrolls without a shadow'); }"
                + "  if (b.getAttribute('tabindex') !== '0') { p.push(name + ': scrolls but cannot be reached by keyboard'); }"
                + "}); return p;", width >= 1000);
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

        assertTrue((Long) browser.js("return document.querySelectorAll('.series-nav a[href]').length;") >= 1,
                at + ": the previous/next block is empty");
        assertEquals(0L, browser.js("var n = 0; document.querySelectorAll('ol.references').forEach(function (o) {"
                + " var h = o.previousElementSibling; if (!h || !/^H[23]$/.test(h.tagName) || !/References/.test(h.textContent)) { n++; } });"
                + " return n;"), at + ": a reference list without a 'References' heading");
    }

    /**
     * A figure's data panel opened by keyboard: the table arrives from the data page while the panel says
     * it is busy, focus stays on the summary; when the page cannot be fetched the panel says so, with the link.
     */
    @Test
    void theDataTableArrivesWhenThePanelOpensByKeyboard() throws Exception {
        String page = null;
        for (String a : articles) {
            if (Files.readString(site.resolve(a)).split("data-table=", -1).length > 2) {
                page = a;
                break;
            }
        }
        assertTrue(page != null, "no article with two figures whose data page has a table");
        open(page, 390, "light");
        browser.js("var s = document.querySelector('details.figure-data[data-table] summary');"
                + " s.scrollIntoView({block: 'center'}); s.focus();");
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        String first = "document.querySelectorAll('details.figure-data[data-table]')[0]";
        assertTrue(waitFor("return !!" + first + ".querySelector('table, .figure-data-error');"), page + ": no table after 10 s");
        assertEquals(null, browser.js("return " + first + ".querySelector('.figure-data-error');"), page + ": the table failed");
        assertEquals(Boolean.TRUE, browser.js("return " + first + ".open;"), "Enter opened the panel");
        assertEquals("SUMMARY", browser.js("return document.activeElement.tagName;"), "focus stays on the summary");
        assertEquals(null, browser.js("return " + first + ".getAttribute('aria-busy');"), "not busy once the table is in");
        assertTrue(((String) browser.js("return " + first + ".querySelector('table caption').textContent;"))
                .matches("Data of Figure[\\s\\u00a0]\\d+"), "the table has a caption");

        // the data page cannot be fetched: an error line with the link to it
        String second = "document.querySelectorAll('details.figure-data[data-table]')[1]";
        String url = (String) browser.js("return " + second + ".getAttribute('data-table');");
        browser.cdp("Network.setBlockedURLs", Map.of("urls", List.of("*" + url.replaceFirst("^(\\.\\./)+", ""))));
        try {
            browser.js(second + ".open = true;");
            assertTrue(waitFor("return !!" + second + ".querySelector('table, .figure-data-error');"), "no answer after 10 s");
            assertEquals(null, browser.js("return " + second + ".querySelector('table');"), "the blocked page gave a table");
            assertEquals(url, browser.js("return " + second + ".querySelector('.figure-data-error a').getAttribute('href');"),
                    "the error line links to the data page");
            assertEquals(null, browser.js("return " + second + ".getAttribute('aria-busy');"), "not busy after the failure");
        } finally {
            browser.cdp("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    private static boolean waitFor(String script) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (Boolean.TRUE.equals(browser.js(script))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
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

    /**
     * Colours that encode numbers are fixed: every cell painted in a colour of one of the site's scales
     * (and every step of their colour bars) has that same colour in dark mode, while the figure's ink changes.
     */
    @Test
    void dataColoursKeepTheirMeaningInBothThemes() {
        List<String> rgb = ColourMaps.allScaleColours().stream()
                .map(c -> String.format(Locale.ROOT, "rgb(%d, %d, %d)", c.getRed(), c.getGreen(), c.getBlue())).toList();
        Map<String, String> found = new TreeMap<>();
        for (String page : articles) {
            open(page, 1280, "light");
            String fills = "var lut = arguments[0], out = {};"
                    + "document.querySelectorAll('figure.figure').forEach(function (f) {"
                    + "  var id = f.id.replace(/^fig-/, ''), cells = [];"
                    + "  f.querySelectorAll('.figure-media svg path, .figure-media svg rect').forEach(function (e, i) {"
                    + "    var c = getComputedStyle(e).fill; if (lut.indexOf(c) >= 0) { cells.push(i + '=' + c); } });"
                    + "  var t = f.querySelector('.figure-media svg text');"
                    + "  out[id] = {cells: cells, ink: t ? getComputedStyle(t).fill : ''}; });"
                    + "return out;";
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> light = (Map<String, Map<String, Object>>) browser.js(fills, rgb);
            browser.systemScheme("dark");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> dark = (Map<String, Map<String, Object>>) browser.js(fills, rgb);
            browser.systemScheme("light");
            for (String id : DATA_COLOUR_FIGURES) {
                if (!light.containsKey(id)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<String> cells = (List<String>) light.get(id).get("cells");
                assertTrue(cells.size() >= 10, page + " " + id + ": only " + cells.size()
                        + " cells are painted in a fixed data scale (theme colours flip in dark mode)");
                assertEquals(cells, dark.get(id).get("cells"), page + " " + id + ": data colours change with the theme");
                assertNotEquals(light.get(id).get("ink"), dark.get(id).get("ink"), page + " " + id
                        + ": the figure's ink does not follow the theme (the test would prove nothing)");
                found.put(id, cells.size() + " cells");
            }
        }
        assertEquals(DATA_COLOUR_FIGURES.stream().sorted().toList(), List.copyOf(found.keySet()),
                "figures with a colour scale that were checked: " + found);
    }

    /**
     * Script: every label of every figure of the page with its rendered size in CSS px and its box in the drawing;
     * of a figure with a narrow layout, the rendering shown at this width.
     */
    private static final String LABELS = "var out = [];"
            + "document.querySelectorAll('.figure').forEach(function (f) { f.style.contentVisibility = 'visible'; });"
            + "document.querySelectorAll('.figure-media svg').forEach(function (svg) { if (!svg.getClientRects().length) { return; }"
            + "  var id = svg.closest('figure').id.replace(/^fig-/, ''), vb = svg.viewBox.baseVal, inv = svg.getCTM().inverse();"
            + "  svg.querySelectorAll('text').forEach(function (t) { if (!t.textContent.trim()) { return; }"
            + "    var m = t.getScreenCTM(), bb = t.getBBox(), c = t.getCTM();"
            + "    var px = parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(m.a * m.a + m.b * m.b);"
            + "    var pts = [[bb.x, bb.y], [bb.x + bb.width, bb.y + bb.height], [bb.x + bb.width, bb.y], [bb.x, bb.y + bb.height]]"
            + "      .map(function (p) { var x = c.a * p[0] + c.c * p[1] + c.e, y = c.b * p[0] + c.d * p[1] + c.f;"
            + "        return [inv.a * x + inv.c * y + inv.e, inv.b * x + inv.d * y + inv.f]; });"
            + "    var xs = pts.map(function (p) { return p[0]; }), ys = pts.map(function (p) { return p[1]; });"
            + "    out.push({figure: id, text: t.textContent.trim().slice(0, 24), px: px,"
            + "      outside: Math.min.apply(null, xs) < vb.x - 1 || Math.min.apply(null, ys) < vb.y - 1"
            + "        || Math.max.apply(null, xs) > vb.x + vb.width + 1 || Math.max.apply(null, ys) > vb.y + vb.height + 1}); }); });"
            + "return out;";

    /** No label is cut by the edge of its drawing (the "…" of rnn-unfolded was). */
    @Test
    void figureLabelsStayInsideTheirDrawing() {
        List<String> cut = new ArrayList<>();
        for (String page : articles) {
            open(page, 1280, "light");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.js(LABELS);
            labels.stream().filter(l -> Boolean.TRUE.equals(l.get("outside")))
                    .forEach(l -> cut.add(page + " " + l.get("figure") + ": '" + l.get("text") + "'"));
        }
        assertEquals(List.of(), cut, "labels that leave their drawing");
    }

    /**
     * Item 1 of issue 11: at 390 px every label renders at 11 px or more, at 1280 px at 12 px or more. A
     * figure keeps the width at which its smallest label has that size and scrolls in its box when the
     * column is narrower; the report (target/readers/figure-labels.md) lists the smallest label per figure.
     */
    @Test
    void everyFigureLabelIsLegible() throws Exception {
        List<String> small = new ArrayList<>();
        StringBuilder report = new StringBuilder("| page | width | figure | smallest label (px) | scrolls in its box |\n|---|---|---|---|---|\n");
        for (int width : new int[] {390, 1280}) {
            double min = width < 600 ? 11 : 12;
            for (String page : articles) {
                open(page, width, "light");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.js(LABELS);
                Map<String, Double> smallest = new TreeMap<>();
                labels.forEach(l -> smallest.merge((String) l.get("figure"), ((Number) l.get("px")).doubleValue(), Math::min));
                @SuppressWarnings("unchecked")
                Map<String, Boolean> scrolls = (Map<String, Boolean>) browser.js("var o = {};"
                        + "document.querySelectorAll('figure.figure').forEach(function (f) { var b = " + SHOWN_BOX + ";"
                        + "  if (b) { o[f.id.replace(/^fig-/, '')] = b.scrollWidth > b.clientWidth + 1; } }); return o;");
                smallest.forEach((fig, px) -> {
                    report.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %s |%n", page, width, fig, px,
                            Boolean.TRUE.equals(scrolls.get(fig)) ? "yes" : "no"));
                    if (px < min) {
                        small.add(String.format(Locale.ROOT, "%s %s at %d px: %.1f px", page, fig, width, px));
                    }
                });
            }
        }
        Files.createDirectories(ROOT.resolve("target/readers"));
        Files.writeString(ROOT.resolve("target/readers/figure-labels.md"), report);
        assertEquals(List.of(), small, "figure labels below the legible size");
    }

    /** Script: figure {@code f}'s scroll box that is shown (a figure with a narrow layout has two, one hidden). */
    private static final String SHOWN_BOX = "Array.from(f.querySelectorAll('.figure-scroll'))"
            + ".find(function (b) { return b.offsetWidth > 0; })";

    /**
     * Item 1 of issue 11, the small multiples: at 390 px a figure with a narrow layout shows it (panels
     * stacked) instead of the wide one, and it does not scroll sideways; the Enlarge button opens that
     * rendering. At 1280 px the wide one is shown and the narrow one is out of the layout.
     */
    @Test
    void narrowLayoutsReplaceScrollingOnPhones() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String page : articles) {
            for (Map<String, Object> f : renderings(page, 390, "none", "block")) {
                String what = page + " " + f.get("id") + " at 390 px: " + f;
                assertTrue(((Number) f.get("client")).doubleValue() > 300, what);
                assertTrue(((Number) f.get("scroll")).doubleValue() <= 0, what + ": the narrow layout scrolls");
                seen.add((String) f.get("id"));
            }
            if (!seen.isEmpty() && browser.js("return document.getElementById(arguments[0]);", seen.get(seen.size() - 1)) != null) {
                String id = seen.get(seen.size() - 1);
                browser.js("var b = document.getElementById(arguments[0]).querySelector('button.figure-enlarge'); b.focus(); b.click();", id);
                String shown = (String) browser.js("var d = document.querySelector('dialog.figure-zoom[open] svg'); return d ? d.id : null;");
                assertEquals(id.replaceFirst("^fig-", "") + "-narrow-svg", shown, page + ": Enlarge opens the rendering shown");
                browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
                assertEquals(Boolean.TRUE, browser.js("return !!document.getElementById(arguments[0]).querySelector('.figure-narrow > svg');", id),
                        page + ": the narrow drawing is back in its figure");
            }
            renderings(page, 1280, "block", "none");
        }
        assertTrue(seen.size() >= 3, "figures with a narrow layout placed in the articles: " + seen);
    }

    /**
     * Opens {@code page} at {@code width} and checks, for every figure with a narrow layout, the CSS display of
     * its wide and its narrow rendering; returns them with the narrow box's overflow ({@code scroll}) and width.
     */
    private static List<Map<String, Object>> renderings(String page, int width, String wide, String narrow) {
        open(page, width, "light");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.js("var o = [];"
                + "document.querySelectorAll('.figure').forEach(function (f) { f.style.contentVisibility = 'visible'; });"
                + "document.querySelectorAll('.figure-media.has-narrow').forEach(function (m) {"
                + "  var w = m.querySelector('.figure-wide'), n = m.querySelector('.figure-narrow');"
                + "  o.push({id: m.closest('figure').id, wide: getComputedStyle(w).display, narrow: getComputedStyle(n).display,"
                + "    scroll: n.scrollWidth - n.clientWidth, client: n.clientWidth}); });"
                + "return o;");
        for (Map<String, Object> f : found) {
            String what = page + " " + f.get("id") + " at " + width + " px: " + f;
            assertEquals(wide, f.get("wide"), what);
            assertEquals(narrow, f.get("narrow"), what);
        }
        return found;
    }

    private static String viewBox() {
        return (String) browser.js("var d = document.querySelector('dialog.figure-zoom[open] svg');"
                + " return d ? d.getAttribute('viewBox') : null;");
    }

    /**
     * A figure too wide for a phone scrolls in its box (a keyboard stop, a shadow on the side that has more)
     * and opens full screen from its "Enlarge" button: there it zooms with + and − and by pinching (real
     * touch input through the DevTools protocol), pans with the arrow keys and by dragging, and Escape
     * closes it, with the drawing back in its figure (same view box, caption, data and description) and
     * the focus back on the button.
     */
    @Test
    void wideFiguresScrollAndEnlargeByKeyboardAndTouch() throws Exception {
        String page = articles.stream().filter(p -> p.contains("simple-rnn")).findFirst().orElse(articles.get(0));
        open(page, 390, "light");
        @SuppressWarnings("unchecked")
        List<String> boxes = (List<String>) browser.js("var p = [];"
                + "document.querySelectorAll('.figure').forEach(function (f) { f.style.contentVisibility = 'visible'; });"
                + "document.querySelectorAll('figure.figure').forEach(function (f) {"
                + "  var b = " + SHOWN_BOX + ", m = f.querySelector('.figure-media');"
                + "  if (!f.querySelector('button.figure-enlarge')) { p.push(f.id + ': no enlarge button'); }"
                + "  if (b.scrollWidth > b.clientWidth + 1 && (b.getAttribute('tabindex') !== '0' || !m.classList.contains('more-right'))) {"
                + "    p.push(f.id + ': scrolls without a keyboard stop or a shadow'); } });"
                + "return p;");
        assertEquals(List.of(), boxes, page);
        String id = (String) browser.js("var f = Array.from(document.querySelectorAll('figure.figure')).find(function (f) {"
                + "  var b = " + SHOWN_BOX + "; return b.scrollWidth > b.clientWidth + 1; });"
                + "f.querySelector('button.figure-enlarge').focus(); return f.id;");
        assertTrue(id != null && !id.isEmpty(), page + ": no figure is wider than a phone");
        String home = (String) browser.js("return document.getElementById(arguments[0]).querySelector('svg').getAttribute('viewBox');", id);
        browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        String open = viewBox();
        assertEquals(home, open, "the dialog opens on the whole figure");
        assertEquals("figure-zoom-view", browser.js("return document.activeElement.className;"), "focus in the dialog");
        assertFalse((Boolean) browser.js("return !!document.getElementById(arguments[0]).querySelector('svg');", id),
                "the drawing moved into the dialog (one copy)");
        var keys = browser.driver.switchTo().activeElement();
        keys.sendKeys("+");
        double[] zoomed = numbers(viewBox());
        assertTrue(zoomed[2] < numbers(home)[2] * 0.9, "+ zooms in: " + viewBox());
        keys.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        assertTrue(numbers(viewBox())[0] > zoomed[0], "the right arrow pans right: " + viewBox());
        keys.sendKeys("0");
        assertEquals(home, viewBox(), "0 resets");
        // a pinch: two fingers that move apart zoom in
        Map<String, Object> r = (Map<String, Object>) browser.js("var r = document.querySelector('.figure-zoom-view').getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2};");
        double cx = ((Number) r.get("x")).doubleValue();
        double cy = ((Number) r.get("y")).doubleValue();
        touch("touchStart", cx, cy, 30);
        for (int step = 1; step <= 5; step++) {
            touch("touchMove", cx, cy, 30 + 20 * step);
        }
        browser.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
        double[] pinched = numbers(viewBox());
        assertTrue(pinched[2] < numbers(home)[2] * 0.6, "a pinch zooms in: " + viewBox());
        Files.createDirectories(ROOT.resolve("target/readers"));
        Files.write(ROOT.resolve("target/readers/figure-zoom-390.png"), java.util.Base64.getDecoder().decode(
                (String) browser.cdp("Page.captureScreenshot", Map.of("format", "png")).get("data")));
        // one finger drags the drawing: moving it left shows what is to the right
        browser.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart",
                "touchPoints", List.of(Map.of("x", cx, "y", cy, "id", 1))));
        browser.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchMove",
                "touchPoints", List.of(Map.of("x", cx - 60, "y", cy, "id", 1))));
        browser.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
        assertTrue(numbers(viewBox())[0] > pinched[0], "a drag pans: " + viewBox());
        browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertEquals(null, viewBox(), "Escape closes the dialog");
        assertEquals(home, browser.js("return document.getElementById(arguments[0]).querySelector('.figure-scroll > svg').getAttribute('viewBox');", id),
                "the drawing is back in its figure, whole");
        assertEquals("figure-enlarge", browser.js("return document.activeElement.className;"), "focus back on the button");
        assertTrue((Boolean) browser.js("var f = document.getElementById(arguments[0]);"
                + " return !!(f.querySelector('figcaption') && f.querySelector('.figure-links a') && f.querySelector('svg title')"
                + " && f.querySelector('svg desc') && f.querySelector('details.figure-data'));", id), id + ": caption, data link and description kept");
    }

    private static void touch(String type, double cx, double cy, double half) {
        browser.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", type, "touchPoints", List.of(
                Map.of("x", cx - half, "y", cy, "id", 1), Map.of("x", cx + half, "y", cy, "id", 2))));
    }

    private static double[] numbers(String viewBox) {
        return Stream.of(viewBox.trim().split("[\\s,]+")).mapToDouble(Double::parseDouble).toArray();
    }
}
