package illustrated.errors;

import static illustrated.errors.BadInput.POST;
import static illustrated.errors.BadInput.SOURCES;
import static illustrated.errors.BadInput.WAVES;
import static illustrated.errors.BadInput.append;
import static illustrated.errors.BadInput.broken;
import static illustrated.errors.BadInput.lineOf;
import static illustrated.errors.BadInput.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.errors.BadInput.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The smaller defects of issue 12 (item 8), each as the author would meet it: duplicate heading
 * ids, NaN on its way to the prose or a CSV file, Markdown nested too deeply, the line of a broken
 * link, a missing template, a link inside a formula. Part of the bad-input suite.
 */
class SmallDefectsTest {
    private static final String CATALOG_FILE = "generator/src/test/java/illustrated/errors/ErrorCatalogs.java";

    @Test
    void twoHeadingsWithOneId() throws IOException {
        Result r = broken(p -> append(p, WAVES, "## First {#twice}\n\nText.\n\n## Second {#twice}\n\nMore."));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "## Second {#twice}"), "duplicate id 'twice'",
                "give this heading an id of its own");
        assertTrue(r.err().contains("the heading on line " + lineOf(r.dir(), WAVES, "## First {#twice}")), r.err());
    }

    @Test
    void headingWithTheIdOfAFigure() throws IOException {
        Result r = broken(p -> append(p, WAVES, "## About the figure {#fig-waves}\n\nText."));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "{#fig-waves}"), "duplicate id 'fig-waves'", "an id of its own");
    }

    @Test
    void headingWithAnIdTheTemplateUses() throws IOException {
        Result r = broken(p -> append(p, WAVES, "## Main points {#main}\n\nText."));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "{#main}"), "duplicate id 'main'", "give the heading another id");
    }

    @Test
    void notANumberQuotedInTheProse() throws IOException {
        Result r = broken(p -> append(p, WAVES, "The mean is [[val:empty-mean/mean]]."), "--catalog",
                ErrorCatalogs.NaNValue.class.getName());
        r.expect(CATALOG_FILE, lineOf(SOURCES.resolve("ErrorCatalogs.java"), "NAN-VALUE"),
                "figure 'empty-mean': NaN or infinity in its data: the value 'mean' is NaN", "preview empty-mean");
        assertTrue(r.err().contains("updating the figure manifest would not make it a number"), r.err());
    }

    @Test
    void notANumberOnItsWayIntoACsvFile() throws IOException {
        Result r = broken(p -> append(p, WAVES, "The last root is [[val:gaps/last]]."), "--catalog",
                ErrorCatalogs.NaNSeries.class.getName());
        r.expect(CATALOG_FILE, lineOf(SOURCES.resolve("ErrorCatalogs.java"), "NAN-SERIES"),
                "gaps.csv row 1, column 'root' is NaN", "preview gaps");
    }

    @Test
    void markdownNestedTooDeeply() throws IOException {
        Result r = broken(p -> append(p, WAVES, "Before.\n\n" + ">".repeat(60_000) + " deep\n\nAfter."));
        r.expect(WAVES, lineOf(r.dir(), WAVES, ">>>>>>>>"), "nests too deeply", "flatten the nesting");
        List<String> lines = r.err().strip().lines().toList();
        assertTrue(lines.size() <= 6, "three lines and the summary, not a stack trace:\n" + r.err());
        assertFalse(r.err().contains("StackOverflowError"), r.err());
    }

    @Test
    void brokenLinkIsReportedAtItsOwnLine() throws IOException {
        // the address appears earlier as text (and inside a longer address): only the link's own line counts
        Result r = broken(p -> {
            replace(p, WAVES, "Inline math such as", "The file overvew.html.bak and [old](../overvew.html.bak.txt) "
                    + "are not it.\nInline math such as");
            append(p, WAVES, "See [the overview](overvew.html) too.");
        });
        r.expect(WAVES, lineOf(r.dir(), WAVES, "[the overview](overvew.html)"), "broken link 'overvew.html'",
                "check the path");
    }

    @Test
    void missingPageTemplate() throws IOException {
        Result r = broken(p -> Files.delete(p.resolve(POST)));
        r.expectFile(POST, "template 'post.ftl' not found", "restore templates/post.ftl");
        assertTrue(r.err().contains("content/demo/waves.md:3 (type=post) is rendered with it"), r.err());
    }

    @Test
    void missingIncludedTemplate() throws IOException {
        Result r = broken(p -> replace(p, POST, "<h1>${content.title}</h1>",
                "<h1>${content.title}</h1>\n<#include \"parts/byline.ftl\">"));
        r.expect(POST, lineOf(r.dir(), POST, "parts/byline.ftl"), "template 'parts/byline.ftl' not found",
                "create templates/parts/byline.ftl or correct the name");
    }

    @Test
    void linkInsideAFormula() throws IOException {
        Result r = broken(p -> append(p, WAVES, "A link in math: $\\href{https://evil.example}{x^2}$."));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "\\href"), "\\href is switched off (trust: false)",
                "write the link in Markdown");
    }

    @Test
    void imageInsideADisplayFormula() throws IOException {
        Result r = broken(p -> append(p, WAVES, "$$\nx + \\includegraphics{https://evil.example/x.png}\n$$"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "\\includegraphics"), "\\includegraphics is switched off",
                "write the link in Markdown");
        assertEquals(1, r.code());
    }
}
