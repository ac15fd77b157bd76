package illustrated.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import illustrated.build.FigureExport;
import illustrated.cli.DiffCommand;
import illustrated.site.SiteWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureDiffTest {
    @TempDir
    Path tmp;

    /** The figures of a fixture site showing {@code ids}, written as a site folder and read back. */
    private SortedMap<String, FigureFiles> site(String name, List<String> ids, double amplitude) throws Exception {
        Path project = ReviewFixture.content(tmp.resolve(name), ids);
        Path site = tmp.resolve(name + "-site");
        SiteWriter.writeFigures(site, FigureExport.compute(project, null, List.of(new ReviewCatalog(amplitude)), 2));
        return FigureFiles.readSite(site);
    }

    private int diff(Map<String, FigureFiles> a, Map<String, FigureFiles> b, Path out) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        return DiffCommand.report(a, b, "before", "after", out, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @Test
    void anUnchangedTreeReportsNoChanges() throws Exception {
        SortedMap<String, FigureFiles> a = site("a", List.of("alpha", "beta"), 1.0);
        SortedMap<String, FigureFiles> b = site("b", List.of("alpha", "beta"), 1.0);
        Path out = tmp.resolve("report");
        assertEquals(0, diff(a, b, out));
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(0, s.get("changes").asInt());
        assertEquals(2, s.get("unchanged").asInt());
        assertTrue(Files.readString(out.resolve("index.html")).contains("<b>2</b> unchanged"));
    }

    @Test
    void oneChangedParameterReportsExactlyThatFigureWithItsDataDelta() throws Exception {
        double a1 = 1.0;
        double a2 = 1.25;
        SortedMap<String, FigureFiles> a = site("a", List.of("alpha", "beta"), a1);
        SortedMap<String, FigureFiles> b = site("b", List.of("alpha", "beta"), a2);
        Path out = tmp.resolve("report");
        assertEquals(1, diff(a, b, out));
        FigureDiff.Result r = FigureDiff.compare(a, b);
        assertEquals(List.of("alpha"), r.changes().stream().map(FigureDiff.Change::id).toList());
        assertEquals(1, r.unchanged());
        FigureDiff.Change c = r.changes().get(0);
        assertEquals(FigureDiff.Status.CHANGED, c.status());
        assertTrue(c.svgChanged() && c.dataChanged());

        // theory: y changes by (a2 - a1) sin x, largest at the grid point nearest x = pi/2;
        // relative change is (a2 - a1) / a2 wherever sin x != 0
        double expectedAbs = 0;
        for (int i = 0; i < ReviewCatalog.POINTS; i++) {
            expectedAbs = Math.max(expectedAbs, Math.abs((a2 - a1) * Math.sin(2 * Math.PI * i / (ReviewCatalog.POINTS - 1))));
        }
        DataDelta.Column y = c.columns().stream().filter(k -> k.column().equals("scaled sine")).findFirst().orElseThrow();
        assertEquals("changed", y.status());
        assertEquals(expectedAbs, y.maxAbs(), 1e-12);
        assertEquals((a2 - a1) / a2, y.maxRel(), 1e-9);
        assertEquals(0, y.pointsDelta());
        DataDelta.Column x = c.columns().stream().filter(k -> k.column().equals("x")).findFirst().orElseThrow();
        assertEquals("equal", x.status());

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(1, s.get("changes").asInt());
        JsonNode alpha = s.get("changed").get(0);
        assertEquals("alpha", alpha.get("id").asText());
        assertTrue(alpha.get("pixelsDifferent").asLong() > 0, "the picture changed: " + alpha);
        assertTrue(Files.size(out.resolve("diff/alpha.png")) > 0);
        assertTrue(Files.exists(out.resolve("old/alpha.svg")) && Files.exists(out.resolve("new/alpha.svg")));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("id=\"alpha\"") && html.contains("diff/alpha.png") && html.contains("blink"));
    }

    @Test
    void removedAndAddedFiguresAreReportedAsSuch() throws Exception {
        SortedMap<String, FigureFiles> a = site("a", List.of("alpha", "beta"), 1.0);
        SortedMap<String, FigureFiles> b = site("b", List.of("alpha", "gamma"), 1.0);
        Path out = tmp.resolve("report");
        assertEquals(1, diff(a, b, out));
        FigureDiff.Result r = FigureDiff.compare(a, b);
        assertEquals(List.of("gamma"), r.with(FigureDiff.Status.ADDED).stream().map(FigureDiff.Change::id).toList());
        assertEquals(List.of("beta"), r.with(FigureDiff.Status.REMOVED).stream().map(FigureDiff.Change::id).toList());
        assertEquals(1, r.unchanged());
        assertTrue(r.with(FigureDiff.Status.CHANGED).isEmpty());
        assertTrue(Files.exists(out.resolve("new/gamma.svg")) && Files.exists(out.resolve("old/beta.svg")));
    }

    @Test
    void differencesBelowTheToleranceAreNumericallyEqual() {
        String before = "x,y\n0,1\n1,0.5\n";
        String tiny = "x,y\n0,1.0000000000001\n1,0.5\n";
        String big = "x,y\n0,1.001\n1,0.5\n2,0.25\n";
        DataDelta.Column t = DataDelta.compare(Map.of("f.csv", before), Map.of("f.csv", tiny)).get(1);
        assertEquals("numerically equal", t.status());
        assertTrue(t.maxRel() > 0 && t.maxRel() < DataDelta.REL_TOL);
        DataDelta.Column g = DataDelta.compare(Map.of("f.csv", before), Map.of("f.csv", big)).get(1);
        assertEquals("changed", g.status());
        assertEquals(1, g.pointsDelta());
        assertEquals(0.001, g.maxAbs(), 1e-12);

        String svg = "<svg><path d=\"M 1.25 3\"/><metadata>{\"inputHash\":\"a\"}</metadata></svg>";
        String svgRounded = "<svg><path d=\"M 1.26 3\"/><metadata>{\"inputHash\":\"b\"}</metadata></svg>";
        String svgMoved = "<svg><path d=\"M 1.5 3\"/><metadata>{\"inputHash\":\"b\"}</metadata></svg>";
        assertTrue(FigureDiff.svgWithinRounding(svg, svgRounded));
        assertTrue(!FigureDiff.svgWithinRounding(svg, svgMoved));

        FigureFiles a = new FigureFiles("f", svg, new java.util.TreeMap<>(Map.of("f.csv", before)), "{}");
        FigureFiles b = new FigureFiles("f", svgRounded, new java.util.TreeMap<>(Map.of("f.csv", tiny)), "{}");
        FigureDiff.Result r = FigureDiff.compare(Map.of("f", a), Map.of("f", b));
        assertEquals(FigureDiff.Status.NUMERICALLY_EQUAL, r.changes().get(0).status());
        assertTrue(!r.anyChange());
    }

    @Test
    void oneStepOfTheSvgRoundingIsNotAChange() {
        // the step is the one the SVG writer rounds to (a tenth of a pixel), read off the rounding itself
        assertEquals(0.1, FigureDiff.SVG_STEP);
        // a coordinate that moves by a hair across a rounding boundary comes out one step apart
        String below = illustrated.chart.SvgSlimmer.round(12.3499999);
        String above = illustrated.chart.SvgSlimmer.round(12.3500001);
        assertEquals("12.3", below);
        assertEquals("12.4", above);
        String svgBelow = "<svg><path d=\"M" + below + ",7L20,7\"/></svg>";
        String svgAbove = "<svg><path d=\"M" + above + ",7L20,7\"/></svg>";
        String data = "x,y\n0,1\n";
        FigureFiles a = new FigureFiles("f", svgBelow, new java.util.TreeMap<>(Map.of("f.csv", data)), "{}");
        FigureFiles b = new FigureFiles("f", svgAbove, new java.util.TreeMap<>(Map.of("f.csv", data)), "{}");
        FigureDiff.Result r = FigureDiff.compare(Map.of("f", a), Map.of("f", b));
        assertEquals(FigureDiff.Status.NUMERICALLY_EQUAL, r.changes().get(0).status());
        assertTrue(!r.anyChange());
        // two steps are a change
        FigureFiles c = new FigureFiles("f", svgBelow.replace("12.3", "12.5"), a.csv(), "{}");
        assertEquals(FigureDiff.Status.CHANGED, FigureDiff.compare(Map.of("f", a), Map.of("f", c)).changes().get(0)
                .status());
    }

    @Test
    void csvParserHandlesQuotedFields() {
        List<List<String>> rows = DataDelta.parse("name,\"a, b\"\n\"say \"\"hi\"\"\",2\n");
        assertEquals(List.of("name", "a, b"), rows.get(0));
        assertEquals(List.of("say \"hi\"", "2"), rows.get(1));
    }
}
