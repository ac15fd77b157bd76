package illustrated.errors;

import static illustrated.errors.BadInput.POST;
import static illustrated.errors.BadInput.WAVES;
import static illustrated.errors.BadInput.lineOf;
import static illustrated.errors.BadInput.replace;
import static illustrated.errors.BadInput.useFigure;
import static illustrated.errors.Case.appending;
import static illustrated.errors.Case.of;
import static illustrated.errors.Case.replacing;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One fixture per error an author can make, one row each: the row breaks a copy of the (built) fixture
 * site in one way, runs {@code build} through the command line, and checks the exit code, that the
 * message names the file and line with a hint, and (in {@link BadInput}) that the previously published
 * site was left exactly as it was and nothing outside target/ changed. Part of the bad-input suite.
 */
class ErrorFixturesTest {
    @TestFactory
    Stream<DynamicTest> headers() {
        return Case.tests(
                replacing("malformedHeader", WAVES, "seriesOrder=1", "seriesOrder 1")
                        .at(WAVES, "seriesOrder 1", "malformed header line", "key=value"),
                replacing("missingTitle", WAVES, "title=Waves and formulas\n", "")
                        .atLine(WAVES, 1, "missing title", "add a line title="),
                replacing("missingDate", WAVES, "date=2024-01-03\n", "")
                        .atLine(WAVES, 1, "missing date", "add a line date="),
                replacing("badDate", WAVES, "date=2024-01-03", "date=2024-02-30")
                        .atLine(WAVES, 2, "bad date '2024-02-30'", "yyyy-MM-dd"),
                of("fileThatIsNotUtf8", p -> Files.write(p.resolve(WAVES), Files.readString(p.resolve(WAVES))
                        .replace("shows waves", "shows caf\u00e9 waves").getBytes(StandardCharsets.ISO_8859_1)))
                        .expect(p -> WAVES + ":" + lineOf(BadInput.good().resolve(WAVES), "shows waves"),
                                "not valid UTF-8", "re-save the file as UTF-8"));
    }

    @TestFactory
    Stream<DynamicTest> references() {
        return Case.tests(
                of("unknownFigureId", p -> useFigure(p, "wavez"))
                        .at(WAVES, "::: figure wavez", "unknown figure id 'wavez'", "did you mean 'waves'?"),
                replacing("crossReferenceToAFigureTheArticleDoesNotPlace", WAVES, "[[fig:waves]] shows",
                        "[[fig:wavez]] shows").at(WAVES, "[[fig:wavez]]", "figure 'wavez'", "did you mean 'waves'?"),
                replacing("unknownValueId", WAVES, "[[val:waves/points]]", "[[val:waves/pionts]]")
                        .at(WAVES, "waves/pionts", "computes no value 'pionts'", "points"),
                of("duplicateFigureId", p -> { }).args("--catalog", ErrorCatalogs.Duplicate.class.getName())
                        .atCatalog("\"waves\"", "duplicate figure id 'waves'", "rename one of the two figures"),
                of("duplicatePagePath", p -> {
                    Files.createDirectories(p.resolve("content/tags"));
                    Files.writeString(p.resolve("content/tags/demo.md"),
                            "title=Demo\ntype=page\nstatus=published\n~~~~~~\n\nText.\n");
                }).atLine("content/tags/demo.md", 1, "duplicate page path 'tags/demo.html'", "rename or move"));
    }

    @TestFactory
    Stream<DynamicTest> figuresAndMath() {
        return Case.tests(
                of("simulationThatThrows", p -> useFigure(p, "boom"))
                        .args("--catalog", ErrorCatalogs.Throwing.class.getName())
                        .atCatalog("THROWS-HERE", "the simulation failed: IllegalArgumentException: mean of no numbers",
                                "generator/bin/site preview boom")
                        .then(r -> assertTrue(r.err().contains("ErrorCatalogs$Throwing$Boom.run"),
                                "the trimmed stack names the caller:\n" + r.err()))
                        .then(r -> assertFalse(r.err().contains("at java.") || r.err().contains("at org.junit"),
                                "only project frames:\n" + r.err())),
                of("notANumberInChartData", p -> useFigure(p, "ratio"))
                        .args("--catalog", ErrorCatalogs.NotFinite.class.getName())
                        .atCatalog("CHART-OF-RATIO", "NaN or infinity in chart data: series 'ratio' has NaN at index 2",
                                "generator/bin/site preview ratio"),
                replacing("invalidLatex", WAVES, "$\\cos\\theta", "$\\frac{1}{\\cos\\theta")
                        .at(WAVES, "\\frac{1}", "KaTeX", "fix the LaTeX"));
    }

    /** FreeMarker's own exception objects give the template, line and column. */
    @TestFactory
    Stream<DynamicTest> templates() {
        return Case.tests(
                replacing("templateSyntaxError", POST, "<h1>${content.title}</h1>", "<h1>${content.title +}</h1>")
                        .atColumn(POST, "${content.title +}", "}</h1>", "template error", "fix the template"),
                replacing("unknownTemplateVariable", POST, "<h1>${content.title}</h1>", "<h1>${content.titel}</h1>")
                        .atColumn(POST, "content.titel", "content.titel",
                                "template error: 'content.titel' is not defined", "unknown template variable"));
    }

    @TestFactory
    Stream<DynamicTest> linksAndAssets() {
        return Case.tests(
                appending("brokenInternalLink", "See [the overview](overvew.html) too.")
                        .at(WAVES, "overvew.html", "broken link 'overvew.html'", "check the path"),
                appending("brokenAnchor", "Back to [the waves](#wavs).")
                        .at(WAVES, "#wavs", "broken anchor '#wavs'", "did you mean 'waves'?"),
                appending("missingAssetInArticle", "![A sketch](../img/sketch.png)")
                        .at(WAVES, "sketch.png", "broken link '../img/sketch.png'", "no file"),
                replacing("missingAssetInTemplate", POST, "<main id=\"main\" class=\"article\">",
                        "<link rel=\"stylesheet\" href=\"${root}css/print.css\">\n<main id=\"main\" class=\"article\">")
                        .at(POST, "css/print.css", "broken link '../css/print.css'", "no file"));
    }

    @TestFactory
    Stream<DynamicTest> allOfThemAtOnce() {
        return Case.tests(
                of("everyProblemOfABuildIsPrintedTogether", p -> {
                    replace(p, WAVES, "date=2024-01-03", "date=yesterday");
                    replace(p, "content/demo/index.md", "date=2024-01-02", "date=2024-1-2");
                    replace(p, "templates/page.ftl", "<#ftl output_format=\"HTML\">", "<#-- no output format -->");
                }).atLine("templates/page.ftl", 1, "template does not declare an output format", "output_format")
                        .atLine(WAVES, 2, "bad date 'yesterday'", "yyyy-MM-dd")
                        .atLine("content/demo/index.md", 2, "bad date '2024-1-2'", "yyyy-MM-dd")
                        .then(r -> assertTrue(r.err().contains("Build failed: 3 problems"), r.err())));
    }
}
