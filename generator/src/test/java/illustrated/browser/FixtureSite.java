package illustrated.browser;

import illustrated.build.BuildLog;
import illustrated.build.BuildOptions;
import illustrated.build.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the browser-test fixture site with the real pipeline: the fixture's content
 * (src/test/resources/browser-site/content) with the project's real templates and assets, and the
 * figures of {@link FixtureFigures}.
 */
public final class FixtureSite {
    private FixtureSite() {
    }

    /** The repository root (the folder with templates/ and assets/). */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isDirectory(p.resolve("templates")) && Files.isDirectory(p.resolve("assets")))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the project root (templates/ and assets/) above "
                    + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** Builds the fixture into {@code work}/site and returns that folder. */
    public static Path build(Path work) throws Exception {
        Path project = work.resolve("project");
        Path root = repoRoot();
        illustrated.fixture.FixtureProject.copy(fixtureContent(), project.resolve("content"));
        illustrated.fixture.FixtureProject.copy(root.resolve("templates"), project.resolve("templates"));
        illustrated.fixture.FixtureProject.copy(root.resolve("assets"), project.resolve("assets"));
        Path site = work.resolve("site");
        BuildOptions o = new BuildOptions(project, site, null, work.resolve("report"), 1, "publish", false);
        new Pipeline(o, BuildLog.console(true), List.of(new FixtureFigures())).build();
        return site;
    }

    private static Path fixtureContent() throws URISyntaxException {
        var url = FixtureSite.class.getClassLoader().getResource("browser-site/content/site.properties");
        if (url == null) {
            throw new IllegalStateException("browser-site fixture is missing from the test resources");
        }
        return Path.of(url.toURI()).getParent();
    }



    static void deleteTree(Path dir) throws IOException {
        illustrated.fixture.FixtureProject.delete(dir);
    }

    /** Builds the fixture into the given folder (for looking at it by hand). */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/browser-fixture");
        System.out.println(build(work.toAbsolutePath()));
    }
}
