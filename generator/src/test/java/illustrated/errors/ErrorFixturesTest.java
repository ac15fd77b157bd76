package illustrated.errors;

import static illustrated.errors.BadInput.append;
import static illustrated.errors.BadInput.broken;
import static illustrated.errors.BadInput.lineOf;
import static illustrated.errors.BadInput.replace;
import static illustrated.errors.BadInput.useFigure;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.errors.BadInput.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * One fixture per error an author can make: each breaks a copy of the (built) fixture site in one
 * way, runs {@code build} through the command line, and checks the exit code, that the message names
 * the file and line with a hint, and (in {@link BadInput}) that the previously published site was left
 * exactly as it was and nothing outside target/ changed. Part of the bad-input suite.
 */
class ErrorFixturesTest {
    static final String WAVES = BadInput.WAVES;
    static final String POST = BadInput.POST;
    static final Path SOURCES = BadInput.SOURCES;

    // ---- headers ----

    @Test
    void malformedHeader() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "seriesOrder=1", "seriesOrder 1"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "seriesOrder 1"), "malformed header line", "key=value");
    }

    @Test
    void missingTitle() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "title=Waves and formulas\n", ""));
        r.expect(WAVES, 1, "missing title", "add a line title=");
    }

    @Test
    void missingDate() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "date=2024-01-03\n", ""));
        r.expect(WAVES, 1, "missing date", "add a line date=");
    }

    @Test
    void badDate() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "date=2024-01-03", "date=2024-02-30"));
        r.expect(WAVES, 2, "bad date '2024-02-30'", "yyyy-MM-dd");
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Result r = broken(p -> {
            byte[] latin1 = Files.readString(p.resolve(WAVES)).replace("shows waves", "shows caf\u00e9 waves")
                    .getBytes(StandardCharsets.ISO_8859_1);
            Files.write(p.resolve(WAVES), latin1);
        });
        r.expect(WAVES, lineOf(BadInput.good(), WAVES, "shows waves"), "not valid UTF-8", "re-save the file as UTF-8");
    }

    // ---- references ----

    @Test
    void unknownFigureId() throws IOException {
        Result r = broken(p -> useFigure(p, "wavez"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "::: figure wavez"), "unknown figure id 'wavez'", "did you mean 'waves'?");
    }

    @Test
    void crossReferenceToAFigureTheArticleDoesNotPlace() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "[[fig:waves]] shows", "[[fig:wavez]] shows"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "[[fig:wavez]]"), "figure 'wavez'", "did you mean 'waves'?");
    }

    @Test
    void unknownValueId() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "[[val:waves/points]]", "[[val:waves/pionts]]"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "waves/pionts"), "computes no value 'pionts'", "points");
    }

    @Test
    void duplicateFigureId() throws IOException {
        Result r = broken(p -> { }, "--catalog", ErrorCatalogs.Duplicate.class.getName());
        r.expect("generator/src/test/java/illustrated/errors/ErrorCatalogs.java",
                lineOf(SOURCES.resolve("ErrorCatalogs.java"), "\"waves\""), "duplicate figure id 'waves'",
                "rename one of the two figures");
    }

    @Test
    void duplicatePagePath() throws IOException {
        Result r = broken(p -> {
            Files.createDirectories(p.resolve("content/tags"));
            Files.writeString(p.resolve("content/tags/demo.md"), "title=Demo\ntype=page\nstatus=published\n~~~~~~\n\nText.\n");
        });
        r.expect("content/tags/demo.md", 1, "duplicate page path 'tags/demo.html'", "rename or move");
    }

    // ---- figures ----

    @Test
    void simulationThatThrows() throws IOException {
        Result r = broken(p -> useFigure(p, "boom"), "--catalog", ErrorCatalogs.Throwing.class.getName());
        r.expect("generator/src/test/java/illustrated/errors/ErrorCatalogs.java",
                lineOf(SOURCES.resolve("ErrorCatalogs.java"), "THROWS-HERE"),
                "the simulation failed: IllegalArgumentException: mean of no numbers", "generator/bin/site preview boom");
        assertTrue(r.err().contains("ErrorCatalogs$Throwing$Boom.run"), "the trimmed stack names the caller:\n" + r.err());
        assertFalse(r.err().contains("at java.") || r.err().contains("at org.junit"), "only project frames:\n" + r.err());
    }

    @Test
    void notANumberInChartData() throws IOException {
        Result r = broken(p -> useFigure(p, "ratio"), "--catalog", ErrorCatalogs.NotFinite.class.getName());
        r.expect("generator/src/test/java/illustrated/errors/ErrorCatalogs.java",
                lineOf(SOURCES.resolve("ErrorCatalogs.java"), "CHART-OF-RATIO"),
                "NaN or infinity in chart data: series 'ratio' has NaN at index 2", "generator/bin/site preview ratio");
    }

    // ---- math ----

    @Test
    void invalidLatex() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "$\\cos\\theta", "$\\frac{1}{\\cos\\theta"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "\\frac{1}"), "KaTeX", "fix the LaTeX");
    }

    // ---- templates ----

    @Test
    void templateSyntaxError() throws IOException {
        Result r = broken(p -> replace(p, POST, "<h1>${content.title}</h1>", "<h1>${content.title +}</h1>"));
        r.expect(POST, lineOf(r.dir(), POST, "${content.title +}"), "template error", "fix the template");
    }

    @Test
    void unknownTemplateVariable() throws IOException {
        Result r = broken(p -> replace(p, POST, "<h1>${content.title}</h1>", "<h1>${content.titel}</h1>"));
        r.expect(POST, lineOf(r.dir(), POST, "content.titel"), "template error: 'content.titel' is not defined",
                "unknown template variable");
    }

    // ---- links and assets ----

    @Test
    void brokenInternalLink() throws IOException {
        Result r = broken(p -> append(p, WAVES, "See [the overview](overvew.html) too."));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "overvew.html"), "broken link 'overvew.html'", "check the path");
    }

    @Test
    void brokenAnchor() throws IOException {
        Result r = broken(p -> append(p, WAVES, "Back to [the waves](#wavs)."));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "#wavs"), "broken anchor '#wavs'", "did you mean 'waves'?");
    }

    @Test
    void missingAssetInArticle() throws IOException {
        Result r = broken(p -> append(p, WAVES, "![A sketch](../img/sketch.png)"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "sketch.png"), "broken link '../img/sketch.png'", "no file");
    }

    @Test
    void missingAssetInTemplate() throws IOException {
        Result r = broken(p -> replace(p, POST, "<main id=\"main\" class=\"article\">",
                "<link rel=\"stylesheet\" href=\"${root}css/print.css\">\n<main id=\"main\" class=\"article\">"));
        r.expect(POST, lineOf(r.dir(), POST, "css/print.css"), "broken link '../css/print.css'", "no file");
    }

    // ---- all of them at once ----

    @Test
    void everyProblemOfABuildIsPrintedTogether() throws IOException {
        Result r = broken(p -> {
            replace(p, WAVES, "date=2024-01-03", "date=yesterday");
            replace(p, "content/demo/index.md", "date=2024-01-02", "date=2024-1-2");
            replace(p, "templates/page.ftl", "<#ftl output_format=\"HTML\">", "<#-- no output format -->");
        });
        r.expect("templates/page.ftl", 1, "template does not declare an output format", "output_format");
        r.expect(WAVES, 2, "bad date 'yesterday'", "yyyy-MM-dd");
        r.expect("content/demo/index.md", 2, "bad date '2024-1-2'", "yyyy-MM-dd");
        assertTrue(r.err().contains("Build failed: 3 problems"), r.err());
    }
}
