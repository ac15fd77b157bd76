package illustrated.cli;

import illustrated.build.FigureIndex;
import illustrated.chart.FontCoverage;
import illustrated.chart.Theme;
import illustrated.figure.FigureSpec;
import illustrated.figure.FigureStage;
import illustrated.figure.RenderedFigure;
import illustrated.catalog.Catalogs;
import illustrated.problem.Problems;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Developer tool: renders figures to {@code target/preview/} without baking the site.
 * Arguments: figure ids or id prefixes (none = all).
 *
 * <p>Figures are made by the build's {@link FigureStage} (no cache: always computed), two at a time
 * (one BLAS thread each, as in the build), so a preview's SVG is the one the build publishes. The chart
 * stack (the theme's fonts, Java2D's font machinery) starts in a side thread while ND4J loads, so a cold
 * preview pays for the two start-ups side by side. The report is printed in catalog order; a figure
 * that fails is reported like a build problem (file and line of the code that threw).
 */
public final class PreviewFigures {
    /** Figures made at once: the build's two. */
    static final int JOBS = 2;

    private PreviewFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target", "preview");
        Files.createDirectories(out);
        List<String> wanted = Arrays.asList(args);
        Problems problems = new Problems();
        List<FigureSpec> specs = FigureIndex.of(Catalogs.all(), problems).specs().values().stream()
                .filter(s -> wanted.isEmpty() || wanted.stream().anyMatch(s.id()::startsWith)).toList();
        problems.throwIfAny();
        Thread warm = new Thread(PreviewFigures::warmUpDrawing, "warm-up");
        warm.setDaemon(true);
        warm.start();
        FigureStage.Result made = new FigureStage(null, JOBS).run(specs, problems, o -> { });
        Map<String, FigureStage.Outcome> outcomes = new java.util.HashMap<>();
        made.outcomes().forEach(o -> outcomes.put(o.id(), o));
        for (RenderedFigure f : made.figures().values()) {
            FigureStage.Outcome o = outcomes.get(f.spec().id());
            System.out.print(write(f, out, o.computeMillis() + o.drawMillis()));
        }
        problems.throwIfAny();
    }

    /** Writes one figure into {@code out}; returns its report lines. */
    private static String write(RenderedFigure f, Path out, long ms) throws IOException {
        FigureSpec spec = f.spec();
        if (f.svg() != null) {
            Files.writeString(out.resolve(spec.id() + ".svg"), f.svg(), StandardCharsets.UTF_8);
            for (FontCoverage.Gap gap : FontCoverage.gaps(f.svg(), Theme.standard())) {
                System.out.printf("warning: %s: %s; a browser draws it from another font, so the layout measured"
                        + " here will be off (write math with Pen.math / MathText, or in words)%n", spec.id(), gap);
            }
        }
        if (f.narrowSvg() != null) {
            // the narrow layout of small multiples, as phones show it
            Files.writeString(out.resolve(spec.id() + "-narrow.svg"), f.narrowSvg(), StandardCharsets.UTF_8);
        }
        for (var e : f.csv().entrySet()) {
            String name = spec.id() + (e.getKey().isEmpty() ? "" : "-" + e.getKey()) + ".csv";
            Files.writeString(out.resolve(name), e.getValue(), StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(String.format("%-40s %6d ms  values=%s%n", spec.id(), ms,
                f.data().values().keySet()));
        f.data().values().forEach((k, v) -> sb.append(String.format("    %-30s %s%n", k, v.formatted())));
        return sb.toString();
    }

    /** Loads the theme's fonts and lays out a line of text: the first figure's drawing need not wait for it. */
    static void warmUpDrawing() {
        Theme.standard().font(14f).getStringBounds("0.5 warm-up", new FontRenderContext(null, true, true));
    }
}
