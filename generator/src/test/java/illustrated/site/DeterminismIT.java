package illustrated.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import illustrated.build.BuildLog;
import illustrated.build.BuildOptions;
import illustrated.build.Pipeline;
import illustrated.fixture.FixtureProject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean build without any cache produces the same bytes as the published build in target/site:
 * every simulation, chart, formula and page is deterministic.
 */
class DeterminismIT {
    @TempDir
    Path tmp;

    @Test
    void cleanRebuildIsByteIdentical() throws IOException {
        Path published = FixtureProject.REPO.resolve("target/site");
        assumeTrue(Files.exists(published.resolve("index.html")), "target/site is built by mvn package before verify");
        BuildOptions o = BuildOptions.defaults(FixtureProject.REPO).withCache(null).withSiteDir(tmp.resolve("site"))
                .withReportDir(tmp.resolve("report")).withManifestCheck(false);
        new Pipeline(o, new BuildLog(new PrintStream(PrintStream.nullOutputStream()), false, true)).build();
        List<String> a = listing(published);
        List<String> b = listing(tmp.resolve("site"));
        assertEquals(a, b, "the same files are published");
        List<String> differ = new ArrayList<>();
        for (String f : a) {
            if (!Arrays.equals(Files.readAllBytes(published.resolve(f)), Files.readAllBytes(tmp.resolve("site").resolve(f)))) {
                differ.add(f);
            }
        }
        assertEquals(List.of(), differ, "files that differ between two clean builds");
    }

    static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
