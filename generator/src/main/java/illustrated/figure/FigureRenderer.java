package illustrated.figure;

import illustrated.figure.SvgExport;
import illustrated.chart.Theme;
import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import java.util.Map;

/**
 * Makes one figure: runs its simulation, draws the SVG, writes the CSV and the provenance record.
 * Pure apart from measuring time: no file I/O (the site stage writes the files).
 */
public final class FigureRenderer {
    private FigureRenderer() {
    }

    /** Runs the simulation and draws the figure; {@code inputHash} identifies the inputs (cache key). */
    public static RenderedFigure render(FigureSpec spec, String inputHash) {
        Numerics.init();
        long t0 = System.nanoTime();
        Dataset data = spec.simulation().run(spec.params(), spec.seed());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return draw(spec, data, inputHash, millis);
    }

    /** Draws a figure from data already computed (e.g. taken from the cache). */
    public static RenderedFigure draw(FigureSpec spec, Dataset data, String inputHash, long computeMillis) {
        Provenance p = new Provenance(spec.id(), spec.simulationClass().getName(), spec.params().toString(),
                spec.seed(), inputHash, Numerics.nd4jVersion(), Numerics.backend(), Numerics.THREADS, computeMillis);
        String svg = spec.kind() == FigureSpec.Kind.VALUES ? null
                : SvgExport.export(spec, data, Theme.standard(), p.stableJson());
        Map<String, String> csv = Csv.files(data);
        return new RenderedFigure(spec, data, svg, csv, p);
    }

    /** Convenience for tests and previews: render with a placeholder input hash. */
    public static RenderedFigure render(FigureSpec spec) {
        return render(spec, "preview");
    }
}
