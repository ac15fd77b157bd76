package illustrated.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.fixture.FixtureProject;
import illustrated.fixture.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture site with the real pipeline (real ND4J, KaTeX, JFreeChart, JBake) and compares
 * its key outputs with golden files kept beside the fixture. To accept an intended change, run the
 * test with {@code -Dgolden.update=true} and review the diff of the golden files.
 */
class FixtureSiteTest {
    static final Path GOLDEN = FixtureProject.REPO.resolve("generator/src/test/resources/fixture-site/expected");

    @TempDir
    static Path tmp;
    static FixtureProject project;

    @BeforeAll
    static void build() throws IOException {
        project = FixtureProject.create("fixture-site", tmp);
        project.build();
    }

    @Test
    void articleBodyMatchesGolden() throws IOException {
        Document d = Jsoup.parse(project.site().resolve("demo/waves.html").toFile(), "UTF-8");
        d.outputSettings().prettyPrint(false);
        golden("waves.body.html", d.selectFirst(".article-body").html().strip() + "\n");
    }

    @Test
    void figureArtefactsMatchGolden() throws IOException {
        golden("waves.svg", Files.readString(project.site().resolve("figures/waves.svg")));
        golden("waves.csv", Files.readString(project.site().resolve("figures/waves.csv")));
        // the input hash covers the bytecode of every class the simulation uses: masked, or any refactoring
        // anywhere in the generator would rewrite this golden file
        golden("waves.json", Files.readString(project.site().resolve("figures/waves.json"))
                .replaceFirst("\"inputHash\" : \"[0-9a-f]+\"", "\"inputHash\" : \"(masked)\""));
    }

    @Test
    void everyPageOfTheFixtureExists() {
        for (String p : new String[] {"index.html", "404.html", "demo/index.html", "demo/waves.html", "feed.xml",
                "sitemap.xml", "tags/demo.html", "css/generated.css", "fonts/im-math.woff2",
                "katex/fonts/KaTeX_Main-Regular.woff2"}) {
            assertTrue(Files.exists(project.site().resolve(p)), p + " should be published");
        }
    }

    @Test
    void numberingAndCrossReferences() throws IOException {
        Document d = Jsoup.parse(project.site().resolve("demo/waves.html").toFile(), "UTF-8");
        assertEquals("Figure 1", d.selectFirst("a.xref[href=#fig-waves]").text().replace('\u00A0', ' '));
        assertEquals("Equation (1)", d.selectFirst("a.xref[href=#eq-ball]").text().replace('\u00A0', ' '));
        assertEquals("(1)", d.selectFirst("#eq-ball .equation-number").text());
        assertEquals(2, d.select("a.citation[href=#ref-bishop2006]").size(), "two citations of one reference");
        assertEquals(2, d.select("#ref-bishop2006 a.backref").size(), "a back-link per citation");
        assertFalse(d.select("figure#fig-waves svg title").text().isBlank(), "figure has an accessible name");
        assertEquals(4, d.select("math").size(), "every formula is MathML");
        assertTrue(d.select(".katex, semantics, annotation").isEmpty(), "nothing but the MathML of a formula");
        assertTrue(d.select("[style]").isEmpty(), "no inline style attributes survive (CSP)");
    }

    @Test
    void everyFigureHasADataPageTheArticleLinksTo() throws IOException {
        Document article = Jsoup.parse(project.site().resolve("demo/waves.html").toFile(), "UTF-8");
        Element panel = article.selectFirst("#fig-waves details.figure-data");
        assertTrue(panel.select("table").isEmpty(), "the table is not in the article");
        assertEquals("../figures/waves.html", panel.selectFirst(".figure-data-link a").attr("href"));
        Document d = Jsoup.parse(project.site().resolve("figures/waves.html").toFile(), "UTF-8");
        assertEquals("Data of Figure 1: Sine and cosine", d.title());
        assertEquals(d.title(), d.selectFirst("main h1").text());
        assertEquals("../demo/waves.html#fig-waves", d.selectFirst(".data-page-back a").attr("href"));
        assertEquals(List.of("waves.csv", "waves.json", "waves.svg"), d.select("main .figure-links a").eachAttr("href"));
        assertEquals(List.of("x", "sin", "cos", "noisy sin"), d.select("main table thead th").eachText());
        assertEquals(panel.selectFirst(".figure-description").text(), d.selectFirst("main .figure-description").text());
        assertEquals("../css/site.css", d.selectFirst("link[rel=stylesheet][href$=site.css]").attr("href"), "the site's layout");
        assertTrue(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'self'"));
        assertTrue(Files.readString(project.site().resolve("sitemap.xml")).contains("figures/waves.html"));
    }

    private static void golden(String name, String actual) throws IOException {
        Golden.check(GOLDEN, name, actual);
    }
}
