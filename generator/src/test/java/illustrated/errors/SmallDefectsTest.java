package illustrated.errors;

import static illustrated.errors.BadInput.POST;
import static illustrated.errors.BadInput.WAVES;
import static illustrated.errors.BadInput.append;
import static illustrated.errors.BadInput.lineOf;
import static illustrated.errors.BadInput.replace;
import static illustrated.errors.Case.appending;
import static illustrated.errors.Case.of;
import static illustrated.errors.Case.replacing;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The smaller defects of issue 12 (item 8), each as the author would meet it, one row each: duplicate
 * heading ids, NaN on its way to the prose or a CSV file, Markdown nested too deeply, the line of a
 * broken link, a missing template, a link inside a formula. Part of the bad-input suite.
 */
class SmallDefectsTest {
    @TestFactory
    Stream<DynamicTest> headingIds() {
        return Case.tests(
                appending("twoHeadingsWithOneId", "## First {#twice}\n\nText.\n\n## Second {#twice}\n\nMore.")
                        .at(WAVES, "## Second {#twice}", "duplicate id 'twice'", "give this heading an id of its own")
                        .then(r -> assertTrue(r.err().contains("the heading on line "
                                + lineOf(r.dir().resolve(WAVES), "## First {#twice}")), r.err())),
                appending("headingWithTheIdOfAFigure", "## About the figure {#fig-waves}\n\nText.")
                        .at(WAVES, "{#fig-waves}", "duplicate id 'fig-waves'", "an id of its own"),
                appending("headingWithAnIdTheTemplateUses", "## Main points {#main}\n\nText.")
                        .at(WAVES, "{#main}", "duplicate id 'main'", "give the heading another id"));
    }

    @TestFactory
    Stream<DynamicTest> notANumber() {
        return Case.tests(
                appending("notANumberQuotedInTheProse", "The mean is [[val:empty-mean/mean]].")
                        .args("--catalog", ErrorCatalogs.NaNValue.class.getName())
                        .atCatalog("NAN-VALUE", "figure 'empty-mean': NaN or infinity in its data: the value 'mean' "
                                + "is NaN", "preview empty-mean")
                        .then(r -> assertTrue(r.err().contains("updating the figure manifest would not make it a number"),
                                r.err())),
                appending("notANumberOnItsWayIntoACsvFile", "The last root is [[val:gaps/last]].")
                        .args("--catalog", ErrorCatalogs.NaNSeries.class.getName())
                        .atCatalog("NAN-SERIES", "gaps.csv row 1, column 'root' is NaN", "preview gaps"));
    }

    @TestFactory
    Stream<DynamicTest> markdownAndLinks() {
        return Case.tests(
                appending("markdownNestedTooDeeply", "Before.\n\n" + ">".repeat(60_000) + " deep\n\nAfter.")
                        .at(WAVES, ">>>>>>>>", "nests too deeply", "flatten the nesting")
                        .then(r -> assertTrue(r.err().strip().lines().count() <= 6,
                                "three lines and the summary, not a stack trace:\n" + r.err()))
                        .then(r -> assertFalse(r.err().contains("StackOverflowError"), r.err())),
                // the address appears earlier as text (and inside a longer address): only the link's own line counts
                of("brokenLinkIsReportedAtItsOwnLine", p -> {
                    replace(p, WAVES, "Inline math such as", "The file overvew.html.bak and [old](../overvew.html.bak.txt) "
                            + "are not it.\nInline math such as");
                    append(p, WAVES, "See [the overview](overvew.html) too.");
                }).at(WAVES, "[the overview](overvew.html)", "broken link 'overvew.html'", "check the path"),
                appending("linkInsideAFormula", "A link in math: $\\href{https://evil.example}{x^2}$.")
                        .at(WAVES, "\\href", "\\href is switched off (trust: false)", "write the link in Markdown"),
                appending("imageInsideADisplayFormula", "$$\nx + \\includegraphics{https://evil.example/x.png}\n$$")
                        .at(WAVES, "\\includegraphics", "\\includegraphics is switched off",
                                "write the link in Markdown"));
    }

    @TestFactory
    Stream<DynamicTest> missingTemplates() {
        return Case.tests(
                of("missingPageTemplate", p -> Files.delete(p.resolve(POST)))
                        .atFile(POST, "template 'post.ftl' not found", "restore templates/post.ftl")
                        .then(r -> assertTrue(r.err().contains("content/demo/waves.md:3 (type=post) is rendered with it"),
                                r.err())),
                // FreeMarker's exception for the include gives the column of the directive
                replacing("missingIncludedTemplate", POST, "<h1>${content.title}</h1>",
                        "<h1>${content.title}</h1>\n<#include \"parts/byline.ftl\">")
                        .atColumn(POST, "parts/byline.ftl", "<#include", "template 'parts/byline.ftl' not found",
                                "create templates/parts/byline.ftl or correct the name"));
    }
}
