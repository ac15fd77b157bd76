package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The set-up of the Site*InBrowserIT tests: the fixture site, built by the real pipeline once per test run
 * (by the first class that needs it), and the real target/site when it exists (or the folder named by
 * -Dbrowser.site), both served on 127.0.0.1 for each class; axe-core; and the checks these tests share (a
 * clean load, axe-core, the theme reset, the colour of a figure's text, the file a link points to).
 * Screenshots go to target/screenshots/.
 */
abstract class SitesInBrowser extends InBrowser {
    static final Path SHOTS = ROOT.resolve("target/screenshots");
    static final Path AXE = ROOT.resolve(".ci/browser/node_modules/axe-core/axe.min.js");

    static final List<Site> SITES = new ArrayList<>();
    static String axeSource;
    /** The fixture site's folder, built once per test run. */
    private static Path fixture;

    @BeforeAll
    static void startSites() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed"
                + " (apt-get install chromium chromium-driver)");
        if (!Files.isRegularFile(AXE)) {
            fail("axe-core is missing: run 'npm ci' in .ci/browser (it pins axe-core and lighthouse)");
        }
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
        if (fixture == null) {
            Path work = ROOT.resolve("target/browser-it");
            FixtureSite.deleteTree(work);
            fixture = FixtureSite.build(work);
        }
        SITES.add(serve("fixture", fixture));
        Path real = realSite();
        if (Files.isRegularFile(real.resolve("index.html"))) {
            SITES.add(serve("site", real));
        }
        startBrowser();
        browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopSites() throws Exception {
        closeBrowser();
        SITES.forEach(s -> s.server().stop(0));
        SITES.clear();
    }

    static void resetTheme(Site site) {
        if (browser.driver.getCurrentUrl().startsWith(site.origin())) {
            browser.js("try { localStorage.removeItem('theme'); } catch (e) {}"
                    + "document.documentElement.removeAttribute('data-theme');");
        }
    }

    static void assertClean(String page, Browser.Load load) {
        assertTrue(load.consoleErrors().isEmpty(), page + ": console errors or CSP violations: " + load.consoleErrors());
        assertTrue(load.failedRequests().isEmpty(), page + ": failed requests: " + load.failedRequests());
        assertTrue(load.foreignRequests().isEmpty(), page + ": third-party requests: " + load.foreignRequests());
    }

    static String figureTextFill() {
        return (String) browser.js("var t = document.querySelector('figure.figure svg text');"
                + "return t ? getComputedStyle(t).fill : null;");
    }

    static void assertAxe(String what) {
        if (!(Boolean) browser.js("return typeof window.axe !== 'undefined';")) {
            browser.js(axeSource);
        }
        // the page's script makes the overflowing scroll boxes keyboard stops, the far ones in idle time
        @SuppressWarnings("unchecked")
        List<String> unreachable = settled(10, () -> (List<String>) browser.js(UNREACHABLE_BOXES));
        assertEquals(List.of(), unreachable, what + ": boxes that scroll sideways but are no keyboard stop");
        Object r = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}}).then(function (res) {"
                + "  done(res.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 4)"
                + "      .map(function (n) { return n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ')'; }).join('; '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        assertEquals(List.of(), r, what + ": axe-core serious/critical violations");
    }

    /** The file a link of {@code page} points to: relative to the page, or to the site root when it starts with '/'. */
    static Path local(Path root, Path page, String link) {
        return link.startsWith("/") ? root.resolve(link.substring(1)).normalize() : page.getParent().resolve(link).normalize();
    }
}
