package illustrated.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * On the real build: every article of a series is listed, in order, on its series page and on the home
 * page, has an entry in the feed, and links to its neighbours with "previous" and "next" (a new article
 * is reachable from everywhere a reader may come from).
 */
class SeriesLinksIT {
    static final Path SITE = SiteIT.SITE;

    @Test
    void everyArticleIsListedLinkedAndInTheFeed() throws IOException {
        assumeTrue(Files.exists(SITE.resolve("index.html")), "target/site is built by mvn package before verify");
        Document home = Jsoup.parse(SITE.resolve("index.html").toFile(), "UTF-8");
        String feed = Files.readString(SITE.resolve("feed.xml"));
        int series = 0;
        for (var section : home.select("section.home-series")) {
            String seriesHref = section.selectFirst("h2 a").attr("href");
            Path seriesPage = SITE.resolve(seriesHref);
            List<String> onHome = new ArrayList<>();
            section.select(".article-list h3 a").forEach(a -> onHome.add(SITE.relativize(SITE.resolve(a.attr("href")).normalize())
                    .toString()));
            Document sp = Jsoup.parse(seriesPage.toFile(), "UTF-8");
            List<String> onSeries = new ArrayList<>();
            sp.select(".article-list h2 a").forEach(a -> onSeries.add(SITE.relativize(seriesPage.getParent()
                    .resolve(a.attr("href")).normalize()).toString()));
            assertEquals(onSeries, onHome, seriesHref + ": the home page lists the series' articles in its order");
            assertTrue(onSeries.size() >= 1, seriesHref + " lists articles");
            for (int i = 0; i < onSeries.size(); i++) {
                Path page = SITE.resolve(onSeries.get(i));
                Document d = Jsoup.parse(page.toFile(), "UTF-8");
                String prev = href(d, page, "a.prev");
                String next = href(d, page, "a.next");
                // the first article leads back to its series page; the last one on to another series (or nowhere)
                String seriesPath = SITE.relativize(seriesPage.normalize()).toString();
                assertEquals(i == 0 ? seriesPath : onSeries.get(i - 1), prev, onSeries.get(i) + ": previous");
                if (i < onSeries.size() - 1) {
                    assertEquals(onSeries.get(i + 1), next, onSeries.get(i) + ": next");
                } else {
                    assertTrue(next == null || !onSeries.contains(next) && next.endsWith(".html"),
                            onSeries.get(i) + ": next leads out of the series, not back into it: " + next);
                }
                assertTrue(feed.contains(onSeries.get(i) + "\"/>"), onSeries.get(i) + " has an entry in the feed");
            }
            series++;
        }
        assertTrue(series >= 2, "the home page shows the series");
    }

    private static String href(Document d, Path page, String css) {
        var a = d.selectFirst(css);
        return a == null ? null : SITE.relativize(page.getParent().resolve(a.attr("href")).normalize()).toString();
    }
}
