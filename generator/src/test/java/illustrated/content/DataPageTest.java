package illustrated.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.FigureStage;
import illustrated.figure.RenderedFigure;
import illustrated.fixture.FixtureCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A figure's data page carries the readers' table the panel under the figure used to carry, and the
 * panel keeps the description with one link to that page (site.js fetches the table from it).
 */
class DataPageTest {
    private static RenderedFigure waves;

    @BeforeAll
    static void render() {
        waves = FigureStage.render(new FixtureCatalog().figures().get(0));
    }

    private static Article article(String rel, String title) {
        return new Article(Path.of("content", rel), Path.of(rel), Map.of("title", title, "type", "post"), Map.of(),
                List.of(), 1);
    }

    @Test
    void thePageHasTheTableTheFilesAndTheWayBack() {
        DataPage d = DataPage.of(waves, 3, article("series/waves.md", "Waves & more"));
        assertEquals("figures/waves.html", d.uri());
        assertEquals("Data of Figure 3: Sine and cosine", d.title());
        assertEquals(waves.spec().description(waves.data()), d.summary());
        Element body = Jsoup.parseBodyFragment(d.body()).body();
        Element back = body.selectFirst(".data-page-back a");
        assertEquals("../series/waves.html#fig-waves", back.attr("href"));
        assertEquals("Back to Figure 3 in “Waves & more”", back.text());
        assertEquals(List.of("waves.csv", "waves.json", "waves.svg"), body.select(".figure-links a").eachAttr("href"));
        // exactly the readers' table DataPanel builds
        assertEquals(Jsoup.parseBodyFragment(DataPanel.table(waves.data().series(), AxisLabels.of(waves), 30)).body()
                .html(), body.selectFirst(".table-scroll").html(), "the table as DataPanel builds it");
        assertEquals(List.of("x", "sin", "cos", "noisy sin"), body.select("thead th").eachText());
        assertEquals(2, body.select(".figure-values dt").size(), "the quotable values");
    }

    @Test
    void thePanelLinksToThePageInsteadOfCarryingTheTable() {
        Element d = Jsoup.parseBodyFragment(DataPanel.html(waves, "../")).selectFirst("details.figure-data");
        assertNull(d.selectFirst("table"), "no table in the article");
        assertEquals("../figures/waves.html", d.attr("data-table"));
        assertEquals(waves.spec().description(waves.data()), d.selectFirst(".figure-description").text());
        Element link = d.selectFirst(".figure-data-link a");
        assertEquals("Table of the data", link.text());
        assertEquals("../figures/waves.html", link.attr("href"));
        assertEquals(List.of("../figures/waves.html", "../figures/waves.csv", "../figures/waves.json"),
                d.select(".figure-data-link a").eachAttr("href"));
        assertNotNull(d.selectFirst(".figure-values"), "the quotable values stay");
        assertTrue(d.select("*").size() < 20, "a light panel: " + d.select("*").size() + " elements");
    }

    @Test
    void eachPlacedFigureGetsOnePageNumberedAsItsArticleNumbersIt() {
        RenderedFigure other = FigureStage.render(new FixtureCatalog().figures().get(0));
        Page first = new Page(article("a.md", "A"), "", "", 1, List.of("x", "waves", "waves"), 10);
        Page second = new Page(article("b.md", "B"), "", "", 1, List.of("waves"), 10);
        List<DataPage> pages = DataPage.of(List.of(first, second), Map.of("waves", other));
        assertEquals(1, pages.size(), "one page per figure, from the first article that places it");
        assertEquals(2, pages.get(0).number());
        assertEquals("a.html", pages.get(0).article().uri());
    }
}
