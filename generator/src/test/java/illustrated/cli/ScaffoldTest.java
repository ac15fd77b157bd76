package illustrated.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new SERIES SLUG "Title"} writes an article that builds, as a draft and once published. */
class ScaffoldTest {
    @TempDir
    Path tmp;

    @Test
    void newArticleBuildsAsDraftAndWhenPublished() throws Exception {
        FixtureProject p = FixtureProject.create("fixture-site", tmp);
        int rc = Scaffold.run(p.dir(), List.of("demo", "ripples", "Ripples on a pond"), List.of(new FixtureCatalog()));
        assertEquals(0, rc);
        Path file = p.dir().resolve("content/demo/ripples.md");
        String text = Files.readString(file);
        assertTrue(text.startsWith("title=Ripples on a pond\n"));
        assertTrue(text.contains("status=draft") && text.contains("seriesOrder=2"), text);
        assertTrue(text.contains("::: figure waves") && text.contains("[[fig:waves]]"),
                "the example figure is one that exists: " + text);

        p.build();
        assertTrue(!Files.exists(p.site().resolve("demo/ripples.html")), "a draft is not published");

        // the preview (serve) shows the draft, so that its author can see it while writing it
        new illustrated.build.Pipeline(p.options().withMode("preview"), new illustrated.build.BuildLog(
                new java.io.PrintStream(java.io.PrintStream.nullOutputStream()), false, true),
                List.of(new FixtureCatalog())).build();
        Document draft = Jsoup.parse(p.site().resolve("demo/ripples.html").toFile(), "UTF-8");
        assertEquals("Ripples on a pond", draft.selectFirst("h1").text(), "the preview builds the draft");
        assertTrue(Jsoup.parse(p.site().resolve("demo/index.html").toFile(), "UTF-8").text().contains("Ripples on a pond"),
                "the draft is listed on its series page in the preview");

        Files.writeString(file, text.replace("status=draft", "status=published"));
        p.build();
        Document d = Jsoup.parse(p.site().resolve("demo/ripples.html").toFile(), "UTF-8");
        assertEquals("Ripples on a pond", d.selectFirst("h1").text());
        assertTrue(d.selectFirst("figure#fig-waves svg") != null, "the example figure is drawn");
        assertEquals(3, d.select(".article-body h2").size(), "the section skeleton: " + d.select("h2"));
    }

    @Test
    void refusesBadInput() throws Exception {
        FixtureProject p = FixtureProject.create("fixture-site", tmp);
        assertEquals(2, Scaffold.run(p.dir(), List.of("nope", "x", "X"), List.of(new FixtureCatalog())));
        assertEquals(2, Scaffold.run(p.dir(), List.of("demo", "Bad Slug", "X"), List.of(new FixtureCatalog())));
        assertEquals(2, Scaffold.run(p.dir(), List.of("demo", "waves", "X"), List.of(new FixtureCatalog())),
                "never overwrites");
    }
}
