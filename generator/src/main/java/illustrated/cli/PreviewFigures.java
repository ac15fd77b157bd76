package illustrated.cli;

import illustrated.chart.FontCoverage;
import illustrated.chart.Theme;
import illustrated.figure.FigureRenderer;
import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import illustrated.figures.Catalogs;
import illustrated.simulation.Numerics;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Developer tool: renders figures to {@code target/preview/} without baking the site.
 * Arguments: figure ids or id prefixes (none = all).
 *
 * <p>Figures are made two at a time (one BLAS thread each, as in the build), and the chart stack
 * (the theme's fonts, Java2D's font machinery) starts in a side thread while ND4J loads, so a cold
 * preview pays for the two start-ups once and side by side. The report is printed in catalog order.
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
        List<FigureSpec> specs = Catalogs.allFigures().stream()
                .filter(s -> wanted.isEmpty() || wanted.stream().anyMatch(s.id()::startsWith)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(JOBS, r -> {
            Thread t = new Thread(r, "preview");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> warm = pool.submit(PreviewFigures::warmUpDrawing);
            List<Future<String>> reports = new ArrayList<>();
            for (FigureSpec spec : specs) {
                reports.add(pool.submit(() -> renderOne(spec, out)));
            }
            warm.get();
            for (Future<String> r : reports) {
                System.out.print(r.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Renders one figure into {@code out}; returns its report lines. */
    private static String renderOne(FigureSpec spec, Path out) {
        Numerics.init();
        Numerics.pinCurrentThread();
        long t0 = System.nanoTime();
        RenderedFigure f = FigureRenderer.render(spec);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
