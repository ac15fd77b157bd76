package illustrated.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.FigureStage;
import illustrated.figure.RenderedFigure;
import illustrated.problem.BuildFailure;
import illustrated.problem.Problems;
import illustrated.report.ReviewCatalog;
import illustrated.report.ReviewFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One way to a figure: the export (manifest, diff) reads the sources as the build does, and a
 * preview made without a cache is byte for byte what the export made, from the cache or not,
 * provenance and its input hash included.
 */
class FigurePathTest {
    @TempDir
    Path tmp;

    @Test
    void previewExportAndCachedExportMakeTheSameFigure() throws Exception {
        Path project = ReviewFixture.content(tmp.resolve("p"), List.of("beta", "alpha"));
        Path cache = tmp.resolve("cache");
        List<illustrated.figure.FigureCatalog> catalogs = List.of(new ReviewCatalog());
        Map<String, RenderedFigure> computed = FigureExport.compute(project, cache, catalogs, 2);
        assertEquals(List.of("beta", "alpha"), List.copyOf(computed.keySet()), "the figures cited, in order of use");
        assertTrue(Files.isDirectory(cache.resolve("figures/alpha")));
        Map<String, RenderedFigure> cached = FigureExport.compute(project, cache, catalogs, 2);
        for (RenderedFigure f : computed.values()) {
            RenderedFigure preview = FigureStage.render(f.spec());
            String id = f.spec().id();
            assertTrue(preview.provenance().inputHash().matches("[0-9a-f]{16}"), preview.provenance().inputHash());
            assertEquals(f.provenance().stableJsonPretty(), preview.provenance().stableJsonPretty(), id);
            assertEquals(f.svg(), preview.svg(), id);
            assertFalse(preview.svg().contains("inputHash"), "the SVG carries no input hash: " + id);
            assertEquals(f.csv(), preview.csv(), id);
            assertEquals(f.svg(), cached.get(id).svg(), id);
            assertEquals(f.provenance().stableJsonPretty(), cached.get(id).provenance().stableJsonPretty(), id);
        }
    }

    @Test
    void theSourcesAreReadOnceForEveryCommand() throws Exception {
        Path project = ReviewFixture.content(tmp.resolve("q"), List.of("gamma", "alpha", "gamma"));
        Files.writeString(project.resolve("content/demo/draft.md"), "title=Draft\ndate=2024-01-04\ntype=post\n"
                + "status=draft\nseries=demo\nseriesOrder=2\ntags=demo\nsummary=A draft.\n~~~~~~\n\n"
                + "::: figure beta\nBeta.\n:::\n");
        List<illustrated.figure.FigureCatalog> catalogs = List.of(new ReviewCatalog());
        Problems problems = new Problems();
        Sources published = Sources.read(project, catalogs, Sources.Drafts.LEAVE_OUT, problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals("Review Fixture", published.site().title());
        assertEquals(List.of("gamma", "alpha"), published.needed().stream().map(s -> s.id()).toList());
        assertEquals(1, published.drafts().size());
        // the preview server shows the draft (read first: draft.md sorts before figures.md)
        Sources shown = Sources.read(project, catalogs, Sources.Drafts.SHOW, problems);
        assertEquals(List.of("beta", "gamma", "alpha"), shown.needed().stream().map(s -> s.id()).toList());
        assertTrue(shown.drafts().isEmpty());

        // an unknown id is a problem at its line, with the nearest id suggested, for the export as for the build
        Files.writeString(project.resolve("content/demo/draft.md"), "title=Draft\ndate=2024-01-04\ntype=post\n"
                + "status=published\nseries=demo\nseriesOrder=2\ntags=demo\nsummary=A draft.\n~~~~~~\n\n"
                + "::: figure betta\nBeta.\n:::\n");
        BuildFailure f = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class,
                () -> FigureExport.compute(project, null, catalogs, 1));
        assertEquals(1, f.problems().size(), f.problems().toString());
        assertTrue(f.problems().get(0).format().contains("unknown figure id 'betta'"), f.problems().get(0).format());
        assertTrue(f.problems().get(0).format().contains("beta"), f.problems().get(0).format());
    }
}
