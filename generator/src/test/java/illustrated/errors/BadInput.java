package illustrated.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.cache.ContentHash;
import illustrated.cli.Main;
import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The bad-input suite's harness. One good fixture project is built once per test JVM; each case
 * copies it, breaks the copy in one way, runs {@code build} in-process through {@link Main#run}
 * and checks, besides what the case ({@link Case}, one row of a table) asserts about the message:
 * <ul>
 *   <li>the exit code (1 for input problems);</li>
 *   <li>{@code target/site} is byte-identical to before, and no staging, old or trash folder is left;</li>
 *   <li>no file outside the project's {@code target/} changed: not the sources, not a canary folder
 *       next to the project (where a path that escapes would land), and in {@code .cache/} nothing
 *       but cache entries (figures, equations, pages) and never the build state.</li>
 * </ul>
 */
public final class BadInput {
    static final String WAVES = "content/demo/waves.md";
    static final String POST = "templates/post.ftl";
    static final Path SOURCES = FixtureProject.REPO.resolve("generator/src/test/java/illustrated/errors");
    private static final AtomicInteger CASES = new AtomicInteger();
    private static Path root;
    private static Path good;

    private BadInput() {
    }

    /** The built good project (built on first use, shared by every test class of the suite). */
    static synchronized Path good() throws IOException {
        if (good == null) {
            root = Files.createTempDirectory("bad-input");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
            good = FixtureProject.create("fixture-site", root.resolve("good")).dir();
            Result r = run(good);
            assertEquals(0, r.code, "the fixture builds: " + r.err);
            assertTrue(Files.exists(good.resolve("target/site/demo/waves.html")));
        }
        return good;
    }

    /** A change to a project. */
    interface Edit {
        void apply(Path project) throws IOException;
    }

    /** Copies the good project, applies the edit, builds, and checks that nothing it must not touch changed. */
    static Result broken(Edit edit, String... extra) throws IOException {
        Path caseDir = good().getParent().getParent().resolve("case" + CASES.incrementAndGet());
        Path dir = caseDir.resolve("project");
        copy(good, dir);
        Path outside = caseDir.resolve("outside");
        Files.createDirectories(outside.resolve("site"));
        Files.writeString(outside.resolve("site/index.html"), "canary", StandardCharsets.UTF_8);
        Map<String, String> site = snapshot(dir.resolve("target/site"));
        edit.apply(dir);
        Map<String, String> sources = snapshotExcept(dir, "target", ".cache");
        Map<String, String> cache = snapshot(dir.resolve(".cache"));
        Map<String, String> around = snapshotExcept(caseDir, "project");
        Result r = run(dir, extra);
        assertEquals(site, snapshot(dir.resolve("target/site")), "the published site must be left byte-identical:\n"
                + r.err);
        assertEquals(sources, snapshotExcept(dir, "target", ".cache"), "no source file may change");
        assertEquals(around, snapshotExcept(caseDir, "project"), "nothing next to the project may change");
        Map<String, String> cacheAfter = snapshot(dir.resolve(".cache"));
        assertEquals(cache.get("build-state.json"), cacheAfter.get("build-state.json"), "a failed build keeps the state");
        for (Map.Entry<String, String> e : cacheAfter.entrySet()) {
            if (!e.getValue().equals(cache.get(e.getKey()))) {
                assertTrue(e.getKey().matches("(figures|math|pages)/.*"), "only cache entries may change in .cache/: "
                        + e.getKey());
            }
        }
        try (Stream<Path> s = Files.list(dir.resolve("target"))) {
            List<String> left = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-")).toList();
            assertTrue(left.isEmpty(), "no staging, old or trash folder is left behind: " + left);
        }
        return r;
    }

    /** The outcome of one build: exit code and everything it printed to standard error. */
    record Result(Path dir, int code, String err) {
        /**
         * Exit code {@code exit} and "error: LOCATION: ...message..." with the hint, where the location is
         * {@code file}, {@code file:line} or {@code file:line:column}, exactly.
         */
        Result expectAt(int exit, String location, String message, String hint) {
            assertEquals(exit, code, "exit code; output:\n" + err);
            String loc = "error: " + location + ": ";
            int at = err.indexOf(loc);
            assertTrue(at >= 0, "expected '" + loc + "' in:\n" + err);
            int end = err.indexOf("\n\n", at);
            String block = err.substring(at, end < 0 ? err.length() : end);
            assertTrue(block.contains(message), "expected '" + message + "' in:\n" + block);
            assertTrue(block.contains("fix:") && block.contains(hint), "expected hint '" + hint + "' in:\n" + block);
            return this;
        }
    }

    static Result run(Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--project", dir.toString(), "--quiet",
                "--no-manifest-check", "--catalog", FixtureCatalog.class.getName()));
        args.addAll(List.of(extra));
        Result r = main(args.toArray(String[]::new));
        return new Result(dir, r.code, r.err);
    }

    /** Runs the command line in this JVM; returns the exit code and standard error. */
    static Result main(String... args) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(new PrintStream(PrintStream.nullOutputStream()));
            code = Main.run(args);
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        return new Result(null, code, buf.toString(StandardCharsets.UTF_8));
    }

    static Map<String, String> snapshot(Path dir) throws IOException {
        return snapshotExcept(dir);
    }

    /** Every file and link under {@code dir} (links by their target) except the named top-level entries. */
    static Map<String, String> snapshotExcept(Path dir, String... skip) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(dir)) {
            return m;
        }
        List<String> skipped = List.of(skip);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                return !d.equals(dir) && d.getParent().equals(dir) && skipped.contains(d.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                m.put(rel, a.isSymbolicLink() ? "link:" + Files.readSymbolicLink(f)
                        : a.isRegularFile() ? ContentHash.of(Files.readAllBytes(f)) : "special");
                return FileVisitResult.CONTINUE;
            }
        });
        return m;
    }

    /** Copies a project keeping modification times (the build state compares them). */
    static void copy(Path from, Path to) throws IOException {
        illustrated.fixture.FixtureProject.copy(from, to);
    }

    static void replace(Path project, String file, String from, String to) throws IOException {
        Path f = project.resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains '" + from + "'");
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Adds a paragraph to the waves article, before its subsection. */
    static void append(Path project, String file, String paragraph) throws IOException {
        replace(project, file, "### A subsection {#sub}", paragraph + "\n\n### A subsection {#sub}");
    }

    /** Places figure {@code id} in the waves article. */
    static void useFigure(Path project, String id) throws IOException {
        append(project, WAVES, "::: figure " + id + "\nA figure that cannot be made.\n:::");
    }

    /** 1-based line of the first line containing {@code needle}, or 0. */
    static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void deleteQuietly(Path p) {
        try {
            illustrated.site.Publisher.deleteTree(p);
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }
}
