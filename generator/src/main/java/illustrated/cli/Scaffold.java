package illustrated.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code new SERIES SLUG "Title"}: a new article with a valid header, sections and a figure. */
public final class Scaffold {
    private Scaffold() {
    }

    public static int run(Path project, List<String> args) throws IOException {
        return run(project, args, illustrated.catalog.Catalogs.all());
    }

    /** As {@link #run(Path, List)}, with the example figure taken from {@code catalogs}. */
    public static int run(Path project, List<String> args, List<illustrated.figure.FigureCatalog> catalogs)
            throws IOException {
        if (args.size() < 3) {
            System.err.println("usage: generator/bin/site new SERIES SLUG \"Title\"   (e.g. generator/bin/site new rnn gru \"Understanding GRU\")");
            return 2;
        }
        String series = args.get(0);
        String slug = args.get(1);
        String title = args.get(2);
        if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
            System.err.println("slug '" + slug + "' must be lower-case letters, digits and '-'");
            return 2;
        }
        Path dir = project.resolve("content").resolve(series);
        if (!Files.exists(dir.resolve("index.md"))) {
            System.err.println("there is no series '" + series + "' (no content/" + series + "/index.md)");
            return 2;
        }
        Path file = dir.resolve(slug + ".md");
        if (Files.exists(file)) {
            System.err.println(project.relativize(file) + " already exists");
            return 2;
        }
        int order = 1;
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (l.startsWith("seriesOrder=")) {
                        order = Math.max(order, Integer.parseInt(l.substring(12).trim()) + 1);
                    }
                }
            }
        }
        String date = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String figure = exampleFigure(series, catalogs);
        String text = """
                title=%s
                date=%s
                type=post
                status=draft
                series=%s
                seriesOrder=%d
                tags=
                summary=One or two sentences that say what the reader will learn.
                ~~~~~~

                Start with why the reader should care.

                ## 1 The idea {#idea}

                Explain it with a picture: [[fig:%s]] shows … and a formula:

                $$
                y = f(x)
                $$ {#eq:mapping}

                ::: figure %s
                Caption: what the figure shows and what to notice. `%s` is an existing figure, as an
                example: replace it with the id of your own figure, defined in a catalog under
                generator/src/main/java/illustrated/catalog/ (a new catalog class is listed in
                illustrated.catalog.Catalogs.all(); `generator/bin/site preview ID` draws it alone).
                :::

                ## 2 Going further {#further}

                ## References {#references}

                ::: references
                - key2024: Author, A. (2024). *Title*. Publisher.
                :::
                """.formatted(title, date, series, order, figure, figure, figure);
        if (figure.equals("example-figure")) {
            System.err.println("note: no figure is defined yet; replace example-figure with a real figure id");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("created " + project.relativize(file) + " (status=draft: generator/bin/site serve shows it; set status=published"
                + " to publish it)");
        return 0;
    }

    /** A figure that exists, preferably one of the series (its id starts with the series name). */
    static String exampleFigure(String series, List<illustrated.figure.FigureCatalog> catalogs) {
        List<illustrated.figure.FigureSpec> all = new java.util.ArrayList<>();
        for (illustrated.figure.FigureCatalog c : catalogs) {
            all.addAll(c.figures());
        }
        List<illustrated.figure.FigureSpec> pictures = all.stream()
                .filter(f -> f.kind() != illustrated.figure.FigureSpec.Kind.VALUES).toList();
        return pictures.stream().filter(f -> f.id().startsWith(series + "-")).findFirst()
                .or(() -> pictures.stream().findFirst()).map(illustrated.figure.FigureSpec::id).orElse("example-figure");
    }
}
