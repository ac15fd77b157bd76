package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A figure handled by a reader of the real site (see {@link ArticlesInBrowser}): on a phone a figure wider
 * than the screen scrolls in its box and opens full screen, where it zooms and pans by keyboard and by touch
 * (a screenshot goes to target/readers/figure-zoom-390.png); a figure's data panel opened by keyboard fetches
 * its table, or says that it could not.
 */
class ReaderFiguresInBrowserIT extends ArticlesInBrowser {
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
        List<String> boxes = settled(10, () -> (List<String>) browser.js("var p = [];"
                + "document.querySelectorAll('figure.figure').forEach(function (f) {"
                + "  var b = " + SHOWN_BOX + ", m = f.querySelector('.figure-media');"
                + "  if (!f.querySelector('button.figure-enlarge')) { p.push(f.id + ': no enlarge button'); }"
                + "  if (b.scrollWidth > b.clientWidth + 1 && (b.getAttribute('tabindex') !== '0' || !m.classList.contains('more-right'))) {"
                + "    p.push(f.id + ': scrolls without a keyboard stop or a shadow'); } });"
                + "return p;"));
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
        // the drawing goes back when the dialog's close event fires, a task after the key
        assertEquals(home, ArticlesInBrowser.within(browser, 3, () -> browser.js("var s = document.getElementById(arguments[0])"
                + ".querySelector('.figure-scroll > svg'); return s ? s.getAttribute('viewBox') : null;", id)),
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
