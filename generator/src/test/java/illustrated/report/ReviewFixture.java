package illustrated.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes a tiny project whose one article shows the given figures of {@link ReviewCatalog}. */
public final class ReviewFixture {
    private ReviewFixture() {
    }

    /** content/ with a home page, a 404 page, one series and one article showing {@code figureIds}. */
    public static Path content(Path project, List<String> figureIds) throws IOException {
        Path c = project.resolve("content");
        write(c.resolve("site.properties"), "title=Review Fixture\nauthor=Fixture Author\n"
                + "host=https://review.example.org/\ndescription=A fixture for the reviewers' tools.\n");
        write(c.resolve("index.md"), "title=Review Fixture\ndate=2024-01-01\ntype=home\nstatus=published\n"
                + "summary=Home.\n~~~~~~\n\nThe home page.\n");
        write(c.resolve("404.md"), "title=Page not found\ndate=2024-01-01\ntype=notfound\nstatus=published\n"
                + "summary=Not found.\n~~~~~~\n\nNothing here. Go [home](/index.html).\n");
        write(c.resolve("demo/index.md"), "title=Demo\ndate=2024-01-02\ntype=series\nstatus=published\n"
                + "seriesId=demo\nsummary=One article.\n~~~~~~\n\nThe demo series.\n");
        StringBuilder body = new StringBuilder("title=Figures\ndate=2024-01-03\ntype=post\nstatus=published\n"
                + "series=demo\nseriesOrder=1\ntags=demo\nsummary=Figures for the reviewers' tests.\n~~~~~~\n\n"
                + "Some figures.\n");
        for (String id : figureIds) {
            body.append("\n[[fig:").append(id).append("]] is a figure.\n\n::: figure ").append(id)
                    .append("\nThe figure ").append(id).append(".\n:::\n");
        }
        write(c.resolve("demo/figures.md"), body.toString());
        return project;
    }

    /** A whole buildable project: the fixture content plus the repository's templates and assets. */
    public static Path project(Path project, List<String> figureIds) throws IOException {
        content(project, figureIds);
        Path repo = Path.of("").toAbsolutePath();
        copyTree(repo.resolve("templates"), project.resolve("templates"));
        copyTree(repo.resolve("assets"), project.resolve("assets"));
        return project;
    }

    public static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    public static void copyTree(Path from, Path to) throws IOException {
        illustrated.fixture.FixtureProject.copy(from, to);
    }
}
