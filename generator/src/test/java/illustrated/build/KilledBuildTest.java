package illustrated.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.cli.Main;
import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL in the middle of baking (a child JVM running the real command line)
 * leaves the previous site exactly as it was; the next build removes its leftovers and publishes.
 */
class KilledBuildTest {
    @TempDir
    Path tmp;

    @Test
    void killDashNineMidBuildLeavesThePreviousSite() throws Exception {
        FixtureProject p = FixtureProject.create("fixture-site", tmp);
        assertEquals(0, Main.run(args(p)), "first build");
        Map<String, String> before = IncrementalBuildTest.snapshot(p.site());

        // a template edit: the next build bakes with JBake, which takes long enough to be caught
        Path post = p.dir().resolve("templates/post.ftl");
        Files.writeString(post, Files.readString(post).replace("<h1>${content.title}</h1>",
                "<h1 class=\"killed\">${content.title}</h1>"));
        String cp = String.join(File.pathSeparator, FixtureProject.REPO.resolve("target/classes").toString(),
                FixtureProject.REPO.resolve("target/test-classes").toString(),
                Files.readString(FixtureProject.REPO.resolve("target/classpath.txt")).strip());
        List<String> cmd = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.awt.headless=true", "-Dpolyglot.engine.WarnInterpreterOnly=false", "-Xss4m", "-cp", cp,
                Main.class.getName()));
        cmd.addAll(List.of(args(p)));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path target = p.dir().resolve("target");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!staging(target) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive() && staging(target), "the child was caught while baking: "
                + Files.readString(tmp.resolve("child.log")));
        Thread.sleep(200); // well inside the bake
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        assertEquals(before, IncrementalBuildTest.snapshot(p.site()), "the previous site is intact");
        assertTrue(staging(target), "the killed build left its staging folder behind");

        assertEquals(0, Main.run(args(p)), "the next build");
        assertTrue(!staging(target), "the next build removed the leftovers");
        assertTrue(Files.readString(p.site().resolve("demo/waves.html")).contains("<h1 class=\"killed\">"));
    }

    private static String[] args(FixtureProject p) {
        return new String[] {"build", "--project", p.dir().toString(), "--quiet", "--no-manifest-check", "--catalog",
            FixtureCatalog.class.getName()};
    }

    private static boolean staging(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return false;
        }
        try (Stream<Path> s = Files.list(target)) {
            return s.anyMatch(f -> f.getFileName().toString().startsWith(".site-new-"));
        }
    }
}
