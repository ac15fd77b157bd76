package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The glyph data set and what PCA finds in it: some of the images, their mean image, and the first
 * principal components drawn as images ("eigen-glyphs": positive and negative pixel weights).
 */
public final class GlyphGallery implements Simulation<GlyphGallery.Params> {
    /** @param samples images shown; @param components components shown */
    public record Params(Glyphs.Params glyphs, int samples, int components) {
        public static Params standard() {
            return new Params(Glyphs.Params.standard(), 20, 9);
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        Glyphs.Images im = Glyphs.draw(p.glyphs(), seed);
        Pca.Fit fit = Pca.bySvd(im.pixels());
        List<double[]> samples = new ArrayList<>();
        for (int i = 0; i < p.samples(); i++) {
            samples.add(im.pixels()[i]);
        }
        List<double[]> comps = new ArrayList<>();
        Dataset.Builder b = Dataset.builder();
        for (int j = 0; j < p.components(); j++) {
            comps.add(fit.components()[j]);
            b.value("share-" + (j + 1), new Value(100 * fit.variances()[j] / fit.totalVariance(), "%.1f", "%"));
        }
        int size = im.size();
        return b
                .grid(Tiles.mosaic("samples", samples, size, 10))
                .grid(Tiles.mosaic("mean", List.of(fit.mean()), size, 1))
                .grid(Tiles.mosaic("components", comps, size, p.components()))
                .value("count", new Value(im.count(), "%,.0f", ""))
                .value("size", Value.integer(size))
                .value("dims", Value.integer((long) size * size))
                .value("pc1-share", new Value(100 * fit.explained(1), "%.1f", "%"))
                .value("shown-share", new Value(100 * fit.explained(p.components()), "%.0f", "%"))
                .value("shown", Value.integer(p.components()))
                .build();
    }
}
