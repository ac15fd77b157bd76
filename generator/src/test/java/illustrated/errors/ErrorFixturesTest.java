package illustrated.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.cache.ContentHash;
import illustrated.cli.Main;
import illustrated.fixture.FixtureProject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fixture per error an author can make: each breaks a copy of the (built) fixture site in one
 * way, runs {@code build} through {@link Main#run}, and checks the exit code, that the message names
 * the file and line with a hint, and that the previously published site was left exactly as it was.
 */
class ErrorFixturesTest {
    static final String WAVES = "content/demo/waves.md";
    static final String POST = "templates/post.ftl";
    static final Path SOURCES = FixtureProject.REPO.resolve("generator/src/test/java/illustrated/errors");

    @TempDir
    static Path tmp;
    static Path good;
    static int cases;

    @BeforeAll
    static void buildGoodSite() throws IOException {
        good = FixtureProject.create("fixture-site", tmp.resolve("good")).dir();
        Result r = run(good);
        assertEquals(0, r.code, "the fixture builds: " + r.err);
        assertTrue(Files.exists(good.resolve("target/site/demo/waves.html")));
    }

    // ---- headers ----

    @Test
    void malformedHeader() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "seriesOrder=1", "seriesOrder 1"));
        r.expect(WAVES, lineOf(r.dir, WAVES, "seriesOrder 1"), "malformed header line", "key=value");
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
        r.expect(WAVES, lineOf(good, WAVES, "shows waves"), "not valid UTF-8", "re-save the file as UTF-8");
    }

    // ---- references ----

    @Test
    void unknownFigureId() throws IOException {
        Result r = broken(p -> useFigure(p, "wavez"));
        r.expect(WAVES, lineOf(r.dir, WAVES, "::: figure wavez"), "unknown figure id 'wavez'", "did you mean 'waves'?");
    }

    @Test
    void crossReferenceToAFigureTheArticleDoesNotPlace() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "[[fig:waves]] shows", "[[fig:wavez]] shows"));
        r.expect(WAVES, lineOf(r.dir, WAVES, "[[fig:wavez]]"), "figure 'wavez'", "did you mean 'waves'?");
    }

    @Test
    void unknownValueId() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "[[val:waves/points]]", "[[val:waves/pionts]]"));
        r.expect(WAVES, lineOf(r.dir, WAVES, "waves/pionts"), "computes no value 'pionts'", "points");
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
        assertTrue(r.err.contains("ErrorCatalogs$Throwing$Boom.run"), "the trimmed stack names the caller:\n" + r.err);
        assertFalse(r.err.contains("at java.") || r.err.contains("at org.junit"), "only project frames:\n" + r.err);
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
        r.expect(WAVES, lineOf(r.dir, WAVES, "\\frac{1}"), "KaTeX", "fix the LaTeX");
    }

    // ---- templates ----

    @Test
    void templateSyntaxError() throws IOException {
        Result r = broken(p -> replace(p, POST, "<h1>${content.title}</h1>", "<h1>${content.title +}</h1>"));
        r.expect(POST, lineOf(r.dir, POST, "${content.title +}"), "template error", "fix the template");
    }

    @Test
    void unknownTemplateVariable() throws IOException {
        Result r = broken(p -> replace(p, POST, "<h1>${content.title}</h1>", "<h1>${content.titel}</h1>"));
        r.expect(POST, lineOf(r.dir, POST, "content.titel"), "template error: 'content.titel' is not defined",
                "unknown template variable");
    }

    // ---- links and assets ----

    @Test
    void brokenInternalLink() throws IOException {
        Result r = broken(p -> append(p, WAVES, "See [the overview](overvew.html) too."));
        r.expect(WAVES, lineOf(r.dir, WAVES, "overvew.html"), "broken link 'overvew.html'", "check the path");
    }

    @Test
    void brokenAnchor() throws IOException {
        Result r = broken(p -> append(p, WAVES, "Back to [the waves](#wavs)."));
        r.expect(WAVES, lineOf(r.dir, WAVES, "#wavs"), "broken anchor '#wavs'", "did you mean 'waves'?");
    }

    @Test
    void missingAssetInArticle() throws IOException {
        Result r = broken(p -> append(p, WAVES, "![A sketch](../img/sketch.png)"));
        r.expect(WAVES, lineOf(r.dir, WAVES, "sketch.png"), "broken link '../img/sketch.png'", "no file");
    }

    @Test
    void missingAssetInTemplate() throws IOException {
        Result r = broken(p -> replace(p, POST, "<main id=\"main\" class=\"article\">",
                "<link rel=\"stylesheet\" href=\"${root}css/print.css\">\n<main id=\"main\" class=\"article\">"));
        r.expect(POST, lineOf(r.dir, POST, "css/print.css"), "broken link '../css/print.css'", "no file");
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
        assertTrue(r.err.contains("Build failed: 3 problems"), r.err);
    }

    // ---- helpers ----

    interface Edit {
        void apply(Path project) throws IOException;
    }

    record Result(Path dir, int code, String err) {
        /** Exit code 1, "error: FILE:LINE: ...message...", a hint, and the old site untouched. */
        void expect(String file, int line, String message, String hint) {
            assertEquals(1, code, "exit code; output:\n" + err);
            assertTrue(line > 0, "the test found the line of the fault");
            String loc = "error: " + file + ":" + line + ": ";
            int at = err.indexOf(loc);
            assertTrue(at >= 0, "expected '" + loc + "' in:\n" + err);
            int end = err.indexOf("\n\n", at);
            String block = err.substring(at, end < 0 ? err.length() : end);
            assertTrue(block.contains(message), "expected '" + message + "' in:\n" + block);
            assertTrue(block.contains("fix:") && block.contains(hint), "expected hint '" + hint + "' in:\n" + block);
        }

        void expectMessage(String message) {
            assertEquals(1, code, "exit code; output:\n" + err);
            assertTrue(err.contains(message), "expected '" + message + "' in:\n" + err);
        }
    }

    /** Copies the built good project, applies the edit, builds; checks the old site is untouched. */
    static Result broken(Edit edit, String... extra) throws IOException {
        Path dir = tmp.resolve("case" + (++cases)).resolve("project");
        FixtureProject.copy(good, dir);
        Map<String, String> before = snapshot(dir.resolve("target/site"));
        edit.apply(dir);
        Result r = run(dir, extra);
        assertEquals(before, snapshot(dir.resolve("target/site")), "the published site must be left untouched");
        try (Stream<Path> s = Files.list(dir.resolve("target"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".site-new-")),
                    "no staging folder is left behind");
        }
        return r;
    }

    static Result run(Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--project", dir.toString(), "--quiet",
                "--no-manifest-check", "--catalog", illustrated.fixture.FixtureCatalog.class.getName()));
        args.addAll(List.of(extra));
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            code = Main.run(args.toArray(String[]::new));
        } finally {
            System.setErr(err);
        }
        return new Result(dir, code, buf.toString(StandardCharsets.UTF_8));
    }

    static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(site.relativize(p).toString(), ContentHash.of(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    static void replace(Path project, String file, String from, String to) throws IOException {
        Path f = project.resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains '" + from + "'");
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    static void append(Path project, String file, String paragraph) throws IOException {
        replace(project, file, "### A subsection {#sub}", paragraph + "\n\n### A subsection {#sub}");
    }

    /** Places figure {@code id} in the waves article. */
    static void useFigure(Path project, String id) throws IOException {
        append(project, WAVES, "::: figure " + id + "\nA figure that cannot be made.\n:::");
    }

    static int lineOf(Path project, String file, String needle) throws IOException {
        return lineOf(project.resolve(file), needle);
    }

    static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }
}
