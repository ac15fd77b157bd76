package illustrated.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.cli.Main;
import illustrated.cli.PreviewServer;
import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of one project at once (issue 12, item 6): a real {@code build} in another JVM, and
 * meanwhile in this JVM a second {@code build} and a preview server's rebuild, as when {@code serve}
 * runs while an author types {@code build}. Before, the later build deleted the first's staging
 * folder and both failed; now they wait for each other, all succeed, and the site is the one a
 * single clean build makes.
 */
class ConcurrentBuildsTest {
    @TempDir
    Path tmp;

    @Test
    void buildsOfOneProjectWaitForEachOther() throws Exception {
        FixtureProject p = FixtureProject.create("fixture-site", tmp.resolve("a"));
        assertEquals(0, Main.run(args(p.dir())), "first build");
        // a template edit: the next builds bake with JBake, which takes a while
        Path post = p.dir().resolve("templates/post.ftl");
        Files.writeString(post, Files.readString(post).replace("<h1>${content.title}</h1>",
                "<h1 class=\"concurrent\">${content.title}</h1>"));

        Process child = startChild(p.dir());
        Path lock = p.dir().resolve("target/.build.lock");
        String holder = "pid " + child.pid();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline
                && !(Files.exists(lock) && Files.readString(lock).strip().equals(holder))) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the other build holds the lock: " + Files.readString(tmp.resolve("child.log")));

        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        AtomicInteger buildCode = new AtomicInteger(-1);
        PreviewServer server = new PreviewServer(p.options().withMode("preview"), List.of(new FixtureCatalog()));
        try (PrintStream capture = new PrintStream(said, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            Thread build = new Thread(() -> buildCode.set(Main.run(args(p.dir()))), "second-build");
            Thread serve = new Thread(() -> server.rebuild(List.of()), "preview-rebuild");
            build.start();
            serve.start();
            build.join(TimeUnit.MINUTES.toMillis(3));
            serve.join(TimeUnit.MINUTES.toMillis(3));
        } finally {
            System.setErr(err);
        }
        assertTrue(child.waitFor(3, TimeUnit.MINUTES));
        String log = said.toString(StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), "the other build succeeds: " + Files.readString(tmp.resolve("child.log")));
        assertEquals(0, buildCode.get(), "this build succeeds after waiting:\n" + log);
        assertTrue(log.contains("waiting for another build of this project to finish (" + holder), log);
        assertTrue(server.buildId().endsWith("-1") && !log.contains("Build failed"), "the preview rebuild succeeds:\n"
                + log);

        // one more build; its site equals the one a single clean build of the same sources makes
        assertEquals(0, Main.run(args(p.dir())));
        Path clean = tmp.resolve("b/project");
        FixtureProject.copy(p.dir().resolve("content"), clean.resolve("content"));
        FixtureProject.copy(p.dir().resolve("templates"), clean.resolve("templates"));
        FixtureProject.copy(p.dir().resolve("assets"), clean.resolve("assets"));
        assertEquals(0, Main.run(args(clean)));
        assertEquals(IncrementalBuildTest.snapshot(clean.resolve("target/site")),
                IncrementalBuildTest.snapshot(p.site()));
        try (Stream<Path> s = Files.list(p.dir().resolve("target"))) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().startsWith(".site-")), "no leftovers");
        }
    }

    private Process startChild(Path project) throws IOException {
        String cp = String.join(File.pathSeparator, FixtureProject.REPO.resolve("target/classes").toString(),
                FixtureProject.REPO.resolve("target/test-classes").toString(),
                Files.readString(FixtureProject.REPO.resolve("target/classpath.txt")).strip());
        List<String> cmd = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.awt.headless=true", "-Dpolyglot.engine.WarnInterpreterOnly=false", "-Xss4m",
                "-Dillustrated.relaunched=true", "-cp", cp, Main.class.getName()));
        cmd.addAll(List.of(args(project)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile());
        pb.environment().put("OMP_NUM_THREADS", "1");
        return pb.start();
    }

    private static String[] args(Path project) {
        return new String[] {"build", "--project", project.toString(), "--quiet", "--no-manifest-check", "--catalog",
            FixtureCatalog.class.getName()};
    }
}
