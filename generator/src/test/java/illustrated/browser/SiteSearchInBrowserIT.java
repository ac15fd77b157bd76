package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Search on the built sites (see {@link SitesInBrowser}): the header form finds a word that occurs in one
 * article only, highlights it and says when nothing is found; without JavaScript the search page says how to
 * search and lists every article with its sections.
 */
class SiteSearchInBrowserIT extends SitesInBrowser {
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
}
