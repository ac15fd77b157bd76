package illustrated.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.cache.ContentHash;
import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import illustrated.report.BuildReport;
import illustrated.report.BuildReport.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds do only what their edit needs: nothing when nothing changed, no figure and no KaTeX for
 * a prose edit (whose pages are rendered directly, byte for byte what JBake would write), a full
 * bake when a template changed or the published site was tampered with.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    @Test
    void noOpProseEditAndTemplateEdit() throws IOException {
        FixtureProject p = FixtureProject.create("fixture-site", tmp.resolve("a"));
        Pipeline cold = pipeline(p, new ByteArrayOutputStream());
        assertEquals(Route.JBAKE, cold.build().route());
        Map<String, String> site1 = snapshot(p.site());
        String published = Files.readString(p.site().resolve("demo/waves.html"));
        assertFalse(published.contains("__preview"), "no reload script in a published page");

        Pipeline noop = pipeline(p, new ByteArrayOutputStream());
        BuildReport r = noop.build();
        assertEquals(Route.UP_TO_DATE, r.route());
        assertTrue(r.figures().isEmpty());
        assertEquals(site1, snapshot(p.site()), "a no-op build leaves every file as it was");

        // prose edit: no figure computed, no equation typeset, pages rendered directly
        Path md = p.dir().resolve("content/demo/waves.md");
        Files.writeString(md, Files.readString(md).replace("Cited work", "Work cited (an edit)"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Pipeline prose = pipeline(p, log);
        BuildReport pr = prose.build();
        assertEquals(Route.DIRECT, pr.route());
        assertTrue(pr.figures().stream().noneMatch(o -> o.computed()), "no figure recomputed: " + pr.figures());
        assertTrue(pr.figures().stream().allMatch(o -> o.reason().equals("cached")));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("equations: 0 typeset, 4 cached"), log.toString());
        assertTrue(Files.readString(p.site().resolve("demo/waves.html")).contains("Work cited (an edit)"));

        // the same inputs baked by JBake give the same bytes
        FixtureProject q = FixtureProject.create("fixture-site", tmp.resolve("b"));
        Files.copy(md, q.dir().resolve("content/demo/waves.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Pipeline full = pipeline(q, new ByteArrayOutputStream());
        assertEquals(Route.JBAKE, full.build().route());
        assertEquals(snapshot(q.site()), snapshot(p.site()), "direct rendering equals JBake's output");
        assertTrue(snapshot(p.site()).containsKey("figures/waves.html"), "the figure's data page is compared too");

        // an asset edit: copied, pages rendered directly, the same bytes as a bake
        Path css = p.dir().resolve("assets/css/site.css");
        Files.writeString(css, Files.readString(css) + "\n/* an edit */\n");
        Pipeline asset = pipeline(p, new ByteArrayOutputStream());
        assertEquals(Route.DIRECT, asset.build().route());
        assertTrue(Files.readString(p.site().resolve("css/site.css")).endsWith("/* an edit */\n"));
        Files.copy(css, q.dir().resolve("assets/css/site.css"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(q.dir().resolve(".cache/build-state.json"));
        pipeline(q, new ByteArrayOutputStream()).build();
        assertEquals(snapshot(q.site()), snapshot(p.site()), "direct path equals JBake after an asset edit");

        // a template edit goes through JBake again
        Path post = p.dir().resolve("templates/post.ftl");
        Files.writeString(post, Files.readString(post).replace("<h1>${content.title}</h1>",
                "<h1 class=\"title\">${content.title}</h1>"));
        Pipeline tpl = pipeline(p, new ByteArrayOutputStream());
        assertEquals(Route.JBAKE, tpl.build().route());
        assertTrue(Files.readString(p.site().resolve("demo/waves.html")).contains("<h1 class=\"title\">"));

        // a published file deleted by hand: the next build is not a no-op and restores it
        Files.delete(p.site().resolve("demo/index.html"));
        Pipeline repair = pipeline(p, new ByteArrayOutputStream());
        assertFalse(repair.build().route() == Route.UP_TO_DATE);
        assertTrue(Files.exists(p.site().resolve("demo/index.html")));
    }

    @Test
    void previewModeAddsTheReloadScriptAndIsNotMistakenForAPublishedBuild() throws IOException {
        FixtureProject p = FixtureProject.create("fixture-site", tmp.resolve("c"));
        new Pipeline(p.options().withMode("preview"), quiet(), List.of(new FixtureCatalog())).build();
        assertTrue(Files.readString(p.site().resolve("demo/waves.html")).contains("/__preview/reload.js"));
        Pipeline publish = pipeline(p, new ByteArrayOutputStream());
        assertFalse(publish.build().route() == Route.UP_TO_DATE, "another mode is another build");
        assertFalse(Files.readString(p.site().resolve("demo/waves.html")).contains("__preview"));
    }

    static Pipeline pipeline(FixtureProject p, ByteArrayOutputStream log) {
        return new Pipeline(p.options(), new BuildLog(new PrintStream(log, true, StandardCharsets.UTF_8), false, false),
                List.of(new FixtureCatalog()));
    }

    static BuildLog quiet() {
        return new BuildLog(new PrintStream(PrintStream.nullOutputStream()), false, true);
    }

    static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                m.put(site.relativize(f).toString(), ContentHash.of(Files.readAllBytes(f)));
            }
        }
        return m;
    }
}
