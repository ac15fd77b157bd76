package illustrated.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import illustrated.build.BuildOptions;
import illustrated.cli.DiffCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git-revision path of {@code generator/bin/site diff}: a throw-away repository holds a copy of the
 * generator's sources plus the test catalog; the diff compiles the committed revision, runs its
 * figures inside its own classes and compares them with the working tree's.
 */
class RevisionDiffIT {
    @TempDir
    Path tmp;

    @AfterEach
    void clearCatalogs() {
        System.clearProperty("illustrated.catalogs");
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + out);
    }

    @Test
    void diffAgainstACommittedRevisionFindsTheAddedAndRemovedFiguresAndReusesTheCache() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        Path repo = tmp.resolve("repo");
        ReviewFixture.copyTree(here.resolve("generator/src/main/java"), repo.resolve("generator/src/main/java"));
        if (Files.isDirectory(here.resolve("generator/src/main/resources"))) {
            ReviewFixture.copyTree(here.resolve("generator/src/main/resources"), repo.resolve("generator/src/main/resources"));
        }
        Files.copy(here.resolve("generator/src/test/java/illustrated/report/ReviewCatalog.java"),
                repo.resolve("generator/src/main/java/illustrated/report/ReviewCatalog.java"));
        ReviewFixture.content(repo, List.of("alpha", "beta"));
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "fixture");

        System.setProperty("illustrated.catalogs", ReviewCatalog.class.getName());
        BuildOptions opts = BuildOptions.defaults(repo);

        // unchanged working tree: nothing changed, and the revision's figures came from the cache
        assertEquals(0, DiffCommand.run(opts, List.of()));
        Path shared = repo.resolve(".cache/figures/alpha");
        Path revCache = repo.resolve("target/figure-diff-work/cache/figures/alpha");
        Path data = single(shared, "data-");
        assertTrue(Files.isSameFile(data, revCache.resolve(data.getFileName())),
                "the revision's alpha must be the cached one (same bytecode, same key)");

        // the working tree drops beta and adds gamma
        ReviewFixture.content(repo, List.of("alpha", "gamma"));
        assertEquals(1, DiffCommand.run(opts, List.of("HEAD")));
        JsonNode s = new ObjectMapper().readTree(repo.resolve("target/figure-diff/summary.json").toFile());
        assertEquals("gamma", s.get("added").get(0).get("id").asText());
        assertEquals("beta", s.get("removed").get(0).get("id").asText());
        assertEquals(0, s.get("changed").size());
        assertEquals(1, s.get("unchanged").asInt());

        assertEquals(3, DiffCommand.run(opts, List.of("no-such-revision")));
    }

    private static Path single(Path dir, String prefix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> l = s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, l.size(), l.toString());
            return l.get(0);
        }
    }
}
