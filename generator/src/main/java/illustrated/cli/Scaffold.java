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
        if (args.size() < 3) {
            System.err.println("usage: bin/site new SERIES SLUG \"Title\"   (e.g. bin/site new rnn gru \"Understanding GRU\")");
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

                ## 1. The idea {#idea}

                Explain it with a picture: [[fig:example-figure]] shows … and a formula:

                $$
                y = f(x)
                $$ {#eq:mapping}

                ::: figure example-figure
                Caption: what the figure shows and what to notice. Replace `example-figure` with the id of a
                figure defined in a catalog under generator/src/main/java/illustrated/figures/.
                :::

                ## 2. Going further {#further}

                ## References {#references}

                ::: references
                - key2024: Author, A. (2024). *Title*. Publisher.
                :::
                """.formatted(title, date, series, order);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("created " + project.relativize(file) + " (status=draft: set status=published to publish)");
        return 0;
    }
}
