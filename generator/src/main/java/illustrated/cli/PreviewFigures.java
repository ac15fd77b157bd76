package illustrated.cli;

import illustrated.chart.FontCoverage;
import illustrated.chart.Theme;
import illustrated.figure.FigureRenderer;
import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import illustrated.figures.Catalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Developer tool: renders figures to {@code target/preview/} without baking the site.
 * Arguments: figure ids or id prefixes (none = all).
 */
public final class PreviewFigures {
    private PreviewFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target", "preview");
        Files.createDirectories(out);
        List<String> wanted = Arrays.asList(args);
        for (FigureSpec spec : Catalogs.allFigures()) {
            if (!wanted.isEmpty() && wanted.stream().noneMatch(spec.id()::startsWith)) {
                continue;
            }
            long t0 = System.nanoTime();
            RenderedFigure f = FigureRenderer.render(spec);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (f.svg() != null) {
                Files.writeString(out.resolve(spec.id() + ".svg"), f.svg(), StandardCharsets.UTF_8);
                for (FontCoverage.Gap gap : FontCoverage.gaps(f.svg(), Theme.standard())) {
                    System.out.printf("warning: %s: %s; a browser draws it from another font, so the layout measured"
                            + " here will be off (write math with Pen.math / MathText, or in words)%n", spec.id(), gap);
                }
            }
            for (var e : f.csv().entrySet()) {
                String name = spec.id() + (e.getKey().isEmpty() ? "" : "-" + e.getKey()) + ".csv";
                Files.writeString(out.resolve(name), e.getValue(), StandardCharsets.UTF_8);
            }
            System.out.printf("%-40s %6d ms  values=%s%n", spec.id(), ms, f.data().values().keySet());
            f.data().values().forEach((k, v) -> System.out.printf("    %-30s %s%n", k, v.formatted()));
        }
    }
}
