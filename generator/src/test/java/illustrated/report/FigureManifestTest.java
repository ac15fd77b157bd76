package illustrated.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.build.FigureExport;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.cli.ManifestCommand;
import illustrated.figure.FigureCatalog;
import illustrated.figure.RenderedFigure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureManifestTest {
    @TempDir
    Path tmp;

    private static Map<String, RenderedFigure> figures(Path project, double amplitude) throws Exception {
        return FigureExport.compute(project, null, List.of(new ReviewCatalog(amplitude)), 2);
    }

    private static Problems check(Path project, Map<String, RenderedFigure> figs) {
        Problems p = new Problems();
        FigureManifest.check(project, figs, p);
        return p;
    }

    private static String update(Path project, FigureCatalog catalog) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, ManifestCommand.update(project, null, List.of(catalog), 2,
                new PrintStream(out, true, StandardCharsets.UTF_8)));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void failsOnAnUnrecordedChangeAndPassesAfterTheUpdateCommand() throws Exception {
        Path project = ReviewFixture.content(tmp.resolve("p"), List.of("alpha", "beta"));
        update(project, new ReviewCatalog(1.0));
        assertTrue(check(project, figures(project, 1.0)).isEmpty(), "fresh manifest must match");

        Map<String, RenderedFigure> changed = figures(project, 1.5);
        Problems p = check(project, changed);
        assertEquals(1, p.list().size());
        Problem problem = p.list().get(0);
        assertEquals(Path.of(FigureManifest.FILE), problem.file());
        assertTrue(problem.what().contains("changed  alpha (svg, data)"), problem.format());
        assertFalse(problem.what().contains("beta"), "beta did not change: " + problem.format());
        assertTrue(problem.hint().contains("generator/bin/site manifest update"), problem.format());

        String log = update(project, new ReviewCatalog(1.5));
        assertTrue(log.contains("changed  alpha (svg, data)"), log);
        assertTrue(check(project, changed).isEmpty(), "after the update the build passes");
    }

    /** Rewrites the manifest's platform line, as if it had been recorded on another class of machine. */
    private static void recordedElsewhere(Path project) throws Exception {
        Path f = project.resolve(FigureManifest.FILE);
        Files.writeString(f, Files.readString(f).replaceFirst("\"platform\": \"[^\"]*\"",
                "\"platform\": \"macos-aarch64 openblas-0.3.19-pinned\""));
    }

    /** Changes the recorded SVG hash of one figure, as a machine difference in the last bit of a coordinate would. */
    private static void otherBytes(Path project, String id) throws Exception {
        Path f = project.resolve(FigureManifest.FILE);
        String text = Files.readString(f);
        int at = text.indexOf("\"svg\": \"", text.indexOf("\"" + id + "\": {")) + "\"svg\": \"".length();
        Files.writeString(f, text.substring(0, at) + (text.charAt(at) == '0' ? '1' : '0') + text.substring(at + 1));
    }

    @Test
    void onAnotherPlatformClassSameMeaningIsANoticeNotAFailure() throws Exception {
        Path project = ReviewFixture.content(tmp.resolve("p"), List.of("alpha", "beta"));
        update(project, new ReviewCatalog(1.0));
        otherBytes(project, "alpha");
        // same platform class: byte-exact, so the build fails
        assertEquals(1, check(project, figures(project, 1.0)).list().size());
        // another platform class: the meaning is compared and holds, so the build passes with a notice
        recordedElsewhere(project);
        Problems p = new Problems();
        List<String> notices = FigureManifest.check(project, figures(project, 1.0), p);
        assertTrue(p.isEmpty(), p.list().toString());
        assertTrue(notices.stream().anyMatch(n -> n.contains("alpha: same meaning")), notices.toString());
        // a figure whose numbers really moved is listed with its deltas, still without failing the reader's build
        notices = FigureManifest.check(project, figures(project, 1.5), p);
        assertTrue(p.isEmpty(), p.list().toString());
        assertTrue(notices.stream().anyMatch(n -> n.contains("alpha: differs on this platform") && n.contains("data")),
                notices.toString());
        // an added figure is a real change on every platform
        ReviewFixture.content(project, List.of("alpha", "beta", "gamma"));
        FigureManifest.check(project, figures(project, 1.0), p);
        assertEquals(1, p.list().size());
        assertTrue(p.list().get(0).what().contains("added    gamma"), p.list().get(0).format());
    }

    @Test
    void listsAddedAndRemovedFigures() throws Exception {
        Path project = ReviewFixture.content(tmp.resolve("p"), List.of("alpha", "beta"));
        update(project, new ReviewCatalog());
        ReviewFixture.content(project, List.of("alpha", "gamma"));
        Problem problem = check(project, figures(project, 1.0)).list().get(0);
        assertTrue(problem.what().contains("added    gamma"), problem.format());
        assertTrue(problem.what().contains("removed  beta"), problem.format());
        assertTrue(problem.what().startsWith("2 figures differ"), problem.format());
    }

    @Test
    void aMissingManifestFailsWithTheCommandThatCreatesIt() throws Exception {
        Path project = ReviewFixture.content(tmp.resolve("p"), List.of("alpha"));
        Problems p = check(project, figures(project, 1.0));
        assertEquals(1, p.list().size());
        assertTrue(p.list().get(0).hint().contains("generator/bin/site manifest update"));
        assertTrue(check(project, Map.of()).isEmpty(), "a site without figures needs no manifest");
    }

    @Test
    void fileIsSortedStableAndRoundTrips() throws Exception {
        SortedMap<String, FigureManifest.Entry> e = new TreeMap<>();
        e.put("zeta", new FigureManifest.Entry(null, "d2"));
        e.put("alpha", new FigureManifest.Entry("s1", "d1"));
        String json = FigureManifest.toJson(e);
        assertTrue(json.indexOf("\"alpha\"") < json.indexOf("\"zeta\""));
        assertFalse(json.contains("\r"));
        assertEquals(e, FigureManifest.parse(json));
        assertEquals(json, FigureManifest.toJson(FigureManifest.parse(json)));
        assertEquals(new TreeMap<>(), FigureManifest.parse(FigureManifest.toJson(new TreeMap<>())));
    }

    /** A narrow layout's hash is one more line of its figure's entry; entries without one are written as before. */
    @Test
    void narrowLayoutHashIsAFieldOfItsEntry() throws Exception {
        SortedMap<String, FigureManifest.Entry> e = new TreeMap<>();
        e.put("plain", new FigureManifest.Entry("s1", "d1"));
        e.put("panels", new FigureManifest.Entry("s2", "d2", 1e-6, null, "n2"));
        String json = FigureManifest.toJson(e);
        assertTrue(json.contains("\"panels\": {\n      \"svg\": \"s2\",\n      \"svg-narrow\": \"n2\",\n      \"data\": \"d2\""), json);
        assertTrue(json.contains("\"plain\": {\n      \"svg\": \"s1\",\n      \"data\": \"d1\""), json);
        assertEquals(e, FigureManifest.parse(json));
        SortedMap<String, FigureManifest.Entry> changed = new TreeMap<>(e);
        changed.put("panels", new FigureManifest.Entry("s2", "d2", 1e-6, null, "n3"));
        assertEquals(Map.of("panels", "svg-narrow"), FigureManifest.compare(e, changed).changed());
        assertFalse(e.get("panels").sameBytes(changed.get("panels")));
    }

    @Test
    void hashesDoNotDependOnWhetherFiguresWereReadBackFromASite() throws Exception {
        Path project = ReviewFixture.content(tmp.resolve("p"), List.of("alpha", "beta"));
        Map<String, RenderedFigure> figs = figures(project, 1.0);
        Path site = tmp.resolve("site");
        illustrated.site.SiteWriter.writeFigures(site, figs);
        SortedMap<String, FigureFiles> mem = FigureFiles.of(figs);
        SortedMap<String, FigureFiles> read = FigureFiles.readSite(site);
        assertEquals(FigureManifest.entries(mem), FigureManifest.entries(read));
        assertEquals(mem.get("alpha").csv().keySet(), read.get("alpha").csv().keySet());
        assertNotEquals(mem.get("alpha").svgHash(), mem.get("beta").svgHash());
        assertTrue(Files.exists(site.resolve("figures/alpha.json")));
    }
}
