package illustrated.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.cli.Main;
import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import illustrated.site.Publisher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing stopped after each of its steps, and recovery stopped after each of its own, as a
 * kill would stop them (the step hook throws; {@link Publisher} has no finally block that would
 * tidy up, so the folders are left exactly as after the step). After every such stop the next
 * build, first a failing one and then a good one, must find {@code target/site} to be a whole
 * site: byte for byte the old one or the new one, never missing, never a mix.
 */
class PublishInterleavingTest {
    private static final String WAVES = "content/demo/waves.md";
    private static final String EDIT_FROM = "Cited work";
    private static final String EDIT_TO = "Work we cite";

    @TempDir
    static Path tmp;
    static Path good;
    static Map<String, String> oldSite;
    static Map<String, String> newSite;
    static Path newBuilt;
    static int cases;

    /** Thrown by the hook: the process "dies" here. */
    static final class Halt extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @BeforeAll
    static void sites() throws IOException {
        good = FixtureProject.create("fixture-site", tmp.resolve("good")).dir();
        assertEquals(0, build(good), "the old site builds");
        oldSite = IncrementalBuildTest.snapshot(good.resolve("target/site"));
        Path b = tmp.resolve("new/project");
        copy(good, b);
        edit(b);
        assertEquals(0, build(b), "the new site builds");
        newBuilt = b.resolve("target/site");
        newSite = IncrementalBuildTest.snapshot(newBuilt);
        assertFalse(oldSite.equals(newSite), "the edit changes the site");
    }

    @Test
    void everyStopOfPublishAndOfRecoveryLeavesAWholeSite() throws IOException {
        List<String> publishSteps = publishStopped(Integer.MAX_VALUE, fresh());
        assertEquals(5, publishSteps.size(), "rename old away, new in place, old to trash, trash half deleted, "
                + "trash deleted: " + publishSteps);
        for (int k = 1; k <= publishSteps.size(); k++) {
            // stopped after step k, then a failing build, then a good one
            Path p = fresh();
            publishStopped(k, p);
            assertWhole(p, "after '" + publishSteps.get(k - 1) + "'");
            Path waves = p.resolve(WAVES);
            String text = Files.readString(waves, StandardCharsets.UTF_8);
            Files.writeString(waves, text.replace("date=2024-01-03", "date=2024-02-30"), StandardCharsets.UTF_8);
            assertEquals(1, build(p), "the next build fails on the bad date");
            assertWhole(p, "after a failing build that followed a stop after '" + publishSteps.get(k - 1) + "'");
            Files.writeString(waves, text, StandardCharsets.UTF_8);
            assertEquals(0, build(p), "the build after that succeeds");
            assertEquals(newSite, IncrementalBuildTest.snapshot(p.resolve("target/site")));
            assertNoLeftovers(p);

            // stopped after step k, then the next build's recovery stopped after each of its steps
            List<String> recoverySteps = recoverySteps(k);
            assertFalse(recoverySteps.isEmpty(), "a stopped publish leaves something to recover");
            for (int j = 1; j <= recoverySteps.size(); j++) {
                Path q = recoveryStopped(k, j, new ArrayList<>());
                assertWhole(q, "after '" + publishSteps.get(k - 1) + "' and recovery's '" + recoverySteps.get(j - 1)
                        + "'");
                assertEquals(0, build(q), "the build after a stopped recovery");
                assertEquals(newSite, IncrementalBuildTest.snapshot(q.resolve("target/site")));
                assertNoLeftovers(q);
            }
        }
    }

    /** Publishes the new site into {@code p}, stopping after step {@code k}; returns the steps seen. */
    private static List<String> publishStopped(int k, Path p) throws IOException {
        Publisher scratch = new Publisher(p.resolve("target/site"));
        Path staging = scratch.newStaging();
        copy(newBuilt, staging.resolve("out"));
        List<String> seen = new ArrayList<>();
        Publisher publisher = new Publisher(p.resolve("target/site"), step -> {
            seen.add(step);
            if (seen.size() == k) {
                throw new Halt();
            }
        });
        if (k == Integer.MAX_VALUE) {
            publisher.publish(staging.resolve("out"));
        } else {
            assertThrows(Halt.class, () -> publisher.publish(staging.resolve("out")));
        }
        edit(p);
        return seen;
    }

    /** The steps recovery takes after a publish stopped after step k (recovery alone, on a copy). */
    private static List<String> recoverySteps(int k) throws IOException {
        Path p = fresh();
        publishStopped(k, p);
        List<String> seen = new ArrayList<>();
        new Publisher(p.resolve("target/site"), seen::add).recover();
        return seen;
    }

    /** Publish stopped after step k, then a build whose recovery stops after its step j. */
    private static Path recoveryStopped(int k, int j, List<String> seen) throws IOException {
        Path p = fresh();
        publishStopped(k, p);
        Pipeline next = new Pipeline(BuildOptions.defaults(p).withManifestCheck(false), quiet(),
                List.of(new FixtureCatalog())).publishSteps(step -> {
                    seen.add(step);
                    if (seen.size() == j) {
                        throw new Halt();
                    }
                });
        assertThrows(Halt.class, next::build);
        return p;
    }

    /** The published site is whole: exactly the old or the new one (or, mid-publish, the old one renamed aside). */
    private static void assertWhole(Path p, String when) throws IOException {
        Path site = p.resolve("target/site");
        Path old = p.resolve("target/.site-old");
        if (Files.exists(site)) {
            Map<String, String> now = IncrementalBuildTest.snapshot(site);
            assertTrue(now.equals(oldSite) || now.equals(newSite), "target/site is the old or the new site " + when);
        } else {
            assertTrue(Files.exists(old), "with no target/site, the previous site waits in .site-old " + when);
            Map<String, String> previous = IncrementalBuildTest.snapshot(old);
            assertTrue(previous.equals(oldSite) || previous.equals(newSite), "and it is whole " + when);
        }
    }

    private static void assertNoLeftovers(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p.resolve("target"))) {
            List<String> left = s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".site-")).toList();
            assertTrue(left.isEmpty(), "leftovers: " + left);
        }
    }

    private static Path fresh() throws IOException {
        Path p = tmp.resolve("case" + (++cases)).resolve("project");
        copy(good, p);
        return p;
    }

    private static void edit(Path p) throws IOException {
        Path f = p.resolve(WAVES);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.contains(EDIT_FROM)) {
            Files.writeString(f, text.replace(EDIT_FROM, EDIT_TO), StandardCharsets.UTF_8);
        }
    }

    private static BuildLog quiet() {
        return new BuildLog(new PrintStream(PrintStream.nullOutputStream()), false, true);
    }

    private static int build(Path p) {
        PrintStream err = System.err;
        try (PrintStream sink = new PrintStream(PrintStream.nullOutputStream())) {
            System.setErr(sink);
            return Main.run(new String[] {"build", "--project", p.toString(), "--quiet", "--no-manifest-check",
                "--catalog", FixtureCatalog.class.getName()});
        } finally {
            System.setErr(err);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        illustrated.fixture.FixtureProject.copy(from, to);
    }
}
