package illustrated.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import illustrated.report.BuildReport.Route;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving the checkout to another folder keeps a no-op build a no-op (issue 12, item 8): the build
 * state holds no absolute path, neither in the options nor in the hash of the generator's code.
 */
class MovedCheckoutTest {
    @TempDir
    Path tmp;

    @Test
    void aMovedProjectIsStillUpToDate() throws IOException {
        FixtureProject p = FixtureProject.create("fixture-site", tmp.resolve("here"));
        assertEquals(Route.JBAKE, build(p.dir()));
        Path moved = tmp.resolve("there/elsewhere/project");
        Files.createDirectories(moved.getParent());
        Files.move(p.dir(), moved);
        assertEquals(Route.UP_TO_DATE, build(moved), "nothing changed but the folder");
    }

    @Test
    void theCodeHashDoesNotDependOnWhereTheClassesAre() throws IOException {
        Path classes = FixtureProject.REPO.resolve("target/classes/illustrated/cache");
        Path a = tmp.resolve("a/target/classes");
        Path b = tmp.resolve("somewhere/else/target/classes");
        FixtureProject.copy(classes, a.resolve("illustrated/cache"));
        FixtureProject.copy(classes, b.resolve("illustrated/cache"));
        String jar = System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0];
        assertEquals(BuildState.codeHash(List.of(a, Path.of(jar))), BuildState.codeHash(List.of(Path.of(jar), b)),
                "the same classes in another folder (and another order) hash the same");
        Path one = b.resolve("illustrated/cache/ContentHash.class");
        byte[] bytes = Files.readAllBytes(one);
        bytes[bytes.length - 1] ^= 1;
        Files.write(one, bytes);
        assertNotEquals(BuildState.codeHash(List.of(a)), BuildState.codeHash(List.of(b)), "a changed class counts");
    }

    private static Route build(Path project) throws IOException {
        Pipeline pipeline = new Pipeline(BuildOptions.defaults(project).withManifestCheck(false),
                new BuildLog(new PrintStream(PrintStream.nullOutputStream()), false, true),
                List.of(new FixtureCatalog()));
        return pipeline.build().route();
    }
}
