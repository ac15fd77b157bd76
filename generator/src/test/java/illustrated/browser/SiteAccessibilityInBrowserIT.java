package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The built sites (see {@link SitesInBrowser}) for a reader without a mouse or without JavaScript: keyboard
 * focus is always visible and the skip link works; each figure's data page stands alone (title, table, files,
 * the way back) without JavaScript, and passes axe-core.
 */
class SiteAccessibilityInBrowserIT extends SitesInBrowser {
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
}
