package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import illustrated.cli.PreviewServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The built site in a real browser (Debian's Chromium, local chromedriver), served on 127.0.0.1:
 * the fixture site built here by the real pipeline, and the real target/site when it exists (or
 * the folder named by -Dbrowser.site). Every page: no console error, no CSP violation, no failed or
 * third-party request, no broken image, math laid out, figures visible and safe, axe-core without
 * serious or critical violations in both themes, no sideways scrolling on a phone; dark mode
 * switches page and figures; search finds a word that occurs in one article only, and the search
 * page works without JavaScript; keyboard focus is visible. Screenshots of every page (phone and
 * desktop, light and dark) go to target/screenshots/.
 */
class SiteInBrowserIT {
    private static final Path ROOT = FixtureSite.repoRoot();
    private static final Path SHOTS = ROOT.resolve("target/screenshots");
    private static final Path AXE = ROOT.resolve(".ci/browser/node_modules/axe-core/axe.min.js");

    record Site(String name, Path root, HttpServer server, String origin, List<String> pages) {
        String url(String page) {
            return origin + page;
        }

        List<String> articles() {
            return pages.stream().filter(p -> isArticle(root.resolve(p))).toList();
        }
    }

    private static final List<Site> SITES = new ArrayList<>();
    private static Browser browser;
    private static String axeSource;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed"
                + " (apt-get install chromium chromium-driver)");
        if (!Files.isRegularFile(AXE)) {
            fail("axe-core is missing: run 'npm ci' in .ci/browser (it pins axe-core and lighthouse)");
        }
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
        Path work = ROOT.resolve("target/browser-it");
        FixtureSite.deleteTree(work);
        SITES.add(serve("fixture", FixtureSite.build(work)));
        String other = System.getProperty("browser.site");
        Path real = other != null ? Path.of(other).toAbsolutePath() : ROOT.resolve("target/site");
        if (Files.isRegularFile(real.resolve("index.html"))) {
            SITES.add(serve("site", real));
        }
        browser = new Browser();
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        SITES.forEach(s -> s.server().stop(0));
    }

    private static Site serve(String name, Path root) throws Exception {
        HttpServer server = PreviewServer.start(root, 0);
        List<String> pages;
        try (Stream<Path> s = Files.walk(root)) {
            pages = s.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("figures/") && !p.startsWith("katex/"))
                    .sorted().toList();
        }
        return new Site(name, root, server, "http://127.0.0.1:" + server.getAddress().getPort() + "/", pages);
    }

    static boolean isArticle(Path html) {
        try {
            return Files.readString(html, StandardCharsets.UTF_8).contains("<main id=\"main\" class=\"article\">");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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

    private static void resetTheme(Site site) {
        if (browser.driver.getCurrentUrl().startsWith(site.origin())) {
            browser.js("try { localStorage.removeItem('theme'); } catch (e) {}"
                    + "document.documentElement.removeAttribute('data-theme');");
        }
    }

    private static void assertClean(String page, Browser.Load load) {
        assertTrue(load.consoleErrors().isEmpty(), page + ": console errors or CSP violations: " + load.consoleErrors());
        assertTrue(load.failedRequests().isEmpty(), page + ": failed requests: " + load.failedRequests());
        assertTrue(load.foreignRequests().isEmpty(), page + ": third-party requests: " + load.foreignRequests());
    }

    private static String figureTextFill() {
        return (String) browser.js("var t = document.querySelector('figure.figure svg text');"
                + "return t ? getComputedStyle(t).fill : null;");
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

    private static void assertAxe(String what) {
        if (!(Boolean) browser.js("return typeof window.axe !== 'undefined';")) {
            browser.js(axeSource);
        }
        Object r = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (res) {"
                + "  done(res.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 4)"
                + "      .map(function (n) { return n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ')'; }).join('; '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        assertEquals(List.of(), r, what + ": axe-core serious/critical violations");
    }

    // ------------------------------------------------------------------ dark mode from the system

    @Test
    void darkModeFollowsTheSystem() {
        for (Site site : SITES) {
            String page = firstPageWithFigure(site);
            browser.viewport(1440, 900, false);
            browser.systemScheme("light");
            browser.load(site.url(page), site.origin());
            resetTheme(site);
            browser.load(site.url(page), site.origin());
            String bg = (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
            String fill = figureTextFill();
            browser.systemScheme("dark");
            assertNotEquals(bg, browser.js("return getComputedStyle(document.body).backgroundColor;"),
                    site.name() + "/" + page + ": the page follows the system's dark preference");
            if (fill != null) {
                assertNotEquals(fill, figureTextFill(), site.name() + "/" + page + ": the figures follow it too");
            }
            browser.systemScheme("light");
        }
    }

    /** In dark mode every figure colour role stands out from the figure's background (WCAG 1.4.11: 3:1). */
    @Test
    void darkFigureColoursHaveContrast() {
        Site site = SITES.get(0);
        browser.viewport(1440, 900, false);
        browser.systemScheme("dark");
        try {
            browser.load(site.url(firstPageWithFigure(site)), site.origin());
            @SuppressWarnings("unchecked")
            Map<String, Object> roles = (Map<String, Object>) browser.js("var out = {}; var cs = getComputedStyle(document.documentElement);"
                    + "for (var i = 0; i < document.styleSheets.length; i++) { var rules;"
                    + "  try { rules = document.styleSheets[i].cssRules; } catch (e) { continue; }"
                    + "  for (var j = 0; j < rules.length; j++) { var st = rules[j].style; if (!st) { continue; }"
                    + "    for (var k = 0; k < st.length; k++) { if (st[k].indexOf('--fig-') === 0) { out[st[k]] = cs.getPropertyValue(st[k]).trim(); } } } }"
                    + "return out;");
            String paper = (String) roles.get("--fig-paper");
            List<String> weak = new ArrayList<>();
            roles.forEach((role, value) -> {
                if (List.of("--fig-paper", "--fig-fill", "--fig-highlight", "--fig-grid").contains(role)) {
                    return;
                }
                double c = contrast((String) value, paper);
                if (c < 3.0) {
                    weak.add(String.format(Locale.ROOT, "%s %s on %s: %.2f", role, value, paper, c));
                }
            });
            assertTrue(roles.size() >= 15, "figure roles found: " + roles.keySet());
            assertEquals(List.of(), weak, "dark-mode figure roles below 3:1 against the figure background");
        } finally {
            browser.systemScheme("light");
        }
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.replace("#", ""), 16);
        double[] c = {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String firstPageWithFigure(Site site) {
        for (String p : site.pages()) {
            try {
                if (Files.readString(site.root().resolve(p)).contains("class=\"figure\"")) {
                    return p;
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return "index.html";
    }

    // ------------------------------------------------------------------ search

    @Test
    void searchFindsAWordThatOccursInExactlyOneArticle() {
        for (Site site : SITES) {
            Map<String, String> words = uniqueWords(site);
            if (site.name().equals("fixture")) {
                assertEquals("fixture-series/decay.html", words.get("zebrafinch"),
                        "the fixture's unique word is found by the test's own scan");
            }
            assertFalse(words.isEmpty(), site.name() + ": no word occurs in exactly one article");
            // a word that occurs in one article only, chosen deterministically (the longest, then alphabetically)
            String word = words.keySet().stream().max((a, b) -> a.length() != b.length()
                    ? Integer.compare(a.length(), b.length()) : b.compareTo(a)).orElseThrow();
            String article = words.get(word);
            assertSearchPage(site);

            // the header form of the home page leads to the search page, which searches in place
            browser.viewport(1440, 900, false);
            browser.load(site.url("index.html"), site.origin());
            WebElement q = browser.driver.findElement(By.id("site-search-q"));
            q.sendKeys(word, Keys.ENTER);
            List<String> hits = waitForResults();
            assertTrue(browser.driver.getCurrentUrl().contains("search.html?q=" + word), browser.driver.getCurrentUrl());
            assertEquals(List.of(site.url(article)), hits, site.name() + ": search for '" + word + "'");
            assertClean("search.html", browser.collect(site.origin()));
            assertTrue((Long) browser.js("return document.querySelectorAll('.search-results mark').length;") > 0,
                    "the word is highlighted in the result");

            // typing a word that no article contains says so
            WebElement input = browser.driver.findElement(By.id("search-q"));
            input.clear();
            input.sendKeys("qqxzzyq");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(5))
                    .until(d -> browser.js("return document.querySelector('.search-status').textContent;")
                            .toString().startsWith("No article"));
        }
    }

    private static List<String> waitForResults() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> (Long) browser.js("return document.querySelectorAll('.search-results > li').length;") > 0
                        || browser.js("return document.querySelector('.search-status').textContent;").toString()
                                .startsWith("No article"));
        @SuppressWarnings("unchecked")
        List<String> hits = (List<String>) browser.js("return Array.from(document.querySelectorAll('.search-results > li h2 a'))"
                + ".map(function (a) { return a.href; });");
        return hits;
    }

    /** Words (7+ letters) that occur in the text of exactly one article, with that article. */
    static Map<String, String> uniqueWords(Site site) {
        Map<String, TreeSet<String>> where = new TreeMap<>();
        Pattern word = Pattern.compile("\\p{L}{7,}");
        for (String a : site.articles()) {
            try {
                Document d = Jsoup.parse(site.root().resolve(a).toFile(), "UTF-8");
                d.select("math, svg, .figure-data, .figure-links, script, .site-header, .site-footer, .toc").remove();
                Matcher m = word.matcher(d.select("main").text().toLowerCase(Locale.ROOT));
                while (m.find()) {
                    where.computeIfAbsent(m.group(), k -> new TreeSet<>()).add(a);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Map<String, String> out = new TreeMap<>();
        where.forEach((w, s) -> {
            if (s.size() == 1) {
                out.put(w, s.first());
            }
        });
        return out;
    }

    private static void assertSearchPage(Site site) {
        assertTrue(Files.isRegularFile(site.root().resolve("search.html")), site.name() + ": there is no search.html,"
                + " which every page's search form leads to: add content/search.md (type=page, layout=search)");
    }

    @Test
    void searchPageWorksWithoutJavaScript() {
        for (Site site : SITES) {
            assertSearchPage(site);
            browser.viewport(1440, 900, false);
            browser.scripts(false);
            try {
                browser.load(site.url("search.html?q=anything"), site.origin());
                assertTrue(browser.driver.findElement(By.cssSelector(".no-js-note")).isDisplayed(),
                        site.name() + ": without JavaScript the search page says how to search");
                assertFalse(browser.driver.findElement(By.cssSelector(".theme-toggle")).isDisplayed(),
                        "the theme toggle, which needs JavaScript, stays hidden");
                List<String> listed = browser.driver.findElements(By.cssSelector(".all-articles .card-title a")).stream()
                        .map(e -> e.getAttribute("href").substring(site.origin().length())).sorted().toList();
                assertEquals(site.articles(), listed, site.name() + ": the fallback lists every article");
                // with every article's sections, for the browser's find in page (the query cannot be read)
                List<org.openqa.selenium.WebElement> sections = browser.driver.findElements(
                        By.cssSelector(".all-articles .card-sections a"));
                assertTrue(sections.stream().allMatch(org.openqa.selenium.WebElement::isDisplayed)
                        && sections.stream().allMatch(e -> e.getAttribute("href").contains(".html#")),
                        site.name() + ": the fallback lists each article's sections, as links into it");
            } finally {
                browser.scripts(true);
            }
        }
    }

    // ------------------------------------------------------------------ the figures' data pages

    /** Each figure's data page: a page of the site with the table, the files and the way back, no JavaScript needed. */
    @Test
    void dataPagesStandAloneWithoutJavaScript() throws Exception {
        for (Site site : SITES) {
            List<String> data;
            try (Stream<Path> s = Files.list(site.root().resolve("figures"))) {
                data = s.map(p -> "figures/" + p.getFileName()).filter(p -> p.endsWith(".html")).sorted().toList();
            }
            assertFalse(data.isEmpty(), site.name() + ": no data page in figures/");
            List<String> problems = new ArrayList<>();
            for (String page : data) {
                String id = page.substring("figures/".length(), page.length() - ".html".length());
                Document d = Jsoup.parse(site.root().resolve(page).toFile(), "UTF-8");
                if (!d.title().matches("Data of Figure \\d+: .+") || !d.title().equals(d.select("main h1").text())) {
                    problems.add(page + ": title '" + d.title() + "'");
                }
                String back = d.select(".data-page-back a").attr("href");
                if (!back.endsWith("#fig-" + id) || !Files.readString(local(site.root(), site.root().resolve(page),
                        back.replaceFirst("#.*", ""))).contains("id=\"fig-" + id + "\"")) {
                    problems.add(page + ": back link '" + back + "'");
                }
                for (String href : d.select("main .figure-links a").eachAttr("href")) {
                    if (!Files.isRegularFile(site.root().resolve("figures").resolve(href))) {
                        problems.add(page + ": broken link " + href);
                    }
                }
                if (!d.select("main .figure-links a").eachAttr("href").containsAll(List.of(id + ".svg", id + ".json"))) {
                    problems.add(page + ": no link to the SVG");
                }
                if (d.select("main table, main .figure-description").size() < 1) {
                    problems.add(page + ": neither table nor description");
                }
            }
            assertEquals(List.of(), problems, site.name() + ": data pages");
            // in the browser: whole and readable without JavaScript, then axe
            for (String page : data.subList(0, Math.min(3, data.size()))) {
                browser.viewport(390, 844, true);
                browser.scripts(false);
                try {
                    browser.load(site.url(page), site.origin());
                    assertTrue(browser.driver.getTitle().startsWith("Data of Figure "), site.name() + "/" + page);
                    assertTrue(browser.driver.findElement(By.cssSelector(".data-page-back a")).isDisplayed(),
                            site.name() + "/" + page + ": the way back is shown");
                    List<WebElement> tables = browser.driver.findElements(By.cssSelector("main table"));
                    assertTrue(tables.isEmpty() || tables.get(0).isDisplayed(), site.name() + "/" + page + ": the table is shown");
                } finally {
                    browser.scripts(true);
                }
                Browser.Load load = browser.load(site.url(page), site.origin());
                assertClean(page, load);
                assertAxe(site.name() + "/" + page);
            }
        }
    }

    // ------------------------------------------------------------------ keyboard

    @Test
    void keyboardFocusIsAlwaysVisible() {
        for (Site site : SITES) {
            String page = site.articles().isEmpty() ? "index.html" : site.articles().get(0);
            browser.viewport(1440, 900, false);
            browser.load(site.url(page), site.origin());
            Actions keys = new Actions(browser.driver);
            keys.sendKeys(Keys.TAB).perform();
            assertEquals("skip-link", browser.js("return document.activeElement.className;"),
                    site.name() + "/" + page + ": the first Tab reaches the skip link");
            List<String> invisible = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String state = (String) browser.js("var e = document.activeElement; var s = getComputedStyle(e);"
                        + "var r = e.getBoundingClientRect();"
                        + "var shown = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && r.width > 0 && r.height > 0;"
                        + "return shown ? '' : e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 30);");
                if (!state.isEmpty()) {
                    invisible.add(state);
                }
                keys.sendKeys(Keys.TAB).perform();
                if ((Boolean) browser.js("return document.activeElement === document.body;")) {
                    break;
                }
            }
            assertEquals(List.of(), invisible, site.name() + "/" + page + ": focused elements without a visible outline");
            browser.load(site.url(page), site.origin());
            keys.sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
            assertTrue(browser.driver.getCurrentUrl().endsWith("#main"), "the skip link jumps to the content");
        }
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

    /** The file a link of {@code page} points to: relative to the page, or to the site root when it starts with '/'. */
    private static Path local(Path root, Path page, String link) {
        return link.startsWith("/") ? root.resolve(link.substring(1)).normalize() : page.getParent().resolve(link).normalize();
    }

    private static long gzipped(byte[] content) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.size();
    }
}
