package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import illustrated.simulation.curse.ThreeClassData;

/**
 * Scree plots of the article's two data sets: the share of the variance along each principal component,
 * and the running total, for the curse article's 12-D three-class data and for the glyph images. The
 * glyphs use this figure's seed; the three-class data its own seed, so that it is the curse article's.
 */
public final class Scree implements Simulation<Scree.Params> {
    /** @param shownGlyphComponents how many of the glyphs' components are drawn */
    public record Params(ThreeClassData.Params data, long dataSeed, Glyphs.Params glyphs, int shownGlyphComponents) {
    }

    @Override
    public Dataset run(Params p, long seed) {
        Pca.Fit oil = Pca.bySvd(ThreeClassData.sample(p.data(), p.dataSeed()).x());
        Pca.Fit glyphs = Pca.bySvd(Glyphs.draw(p.glyphs(), seed).pixels());
        Dataset.Builder b = Dataset.builder();
        add(b, "12-D data", oil, oil.dims());
        add(b, "glyphs", glyphs, p.shownGlyphComponents());
        // the elbow: the number of components before the steepest drop (largest ratio λ_j / λ_{j+1})
        double[] v = oil.variances();
        int elbow = 1;
        for (int j = 1; j < v.length; j++) {
            if (v[j - 1] / v[j] > v[elbow - 1] / v[elbow]) {
                elbow = j;
            }
        }
        return b.value("oil-elbow", Value.integer(elbow))
                .value("oil-cum2", new Value(100 * oil.explained(2), "%.0f", "%"))
                .value("oil-share3", new Value(100 * oil.variances()[2] / oil.totalVariance(), "%.1f", "%"))
                .value("oil-share12", new Value(100 * oil.variances()[11] / oil.totalVariance(), "%.1f", "%"))
                .value("glyph-share1", new Value(100 * glyphs.explained(1), "%.1f", "%"))
                .value("glyph-k90", Value.integer(ReconstructionError.componentsFor(glyphs, 0.9)))
                .value("glyph-dims", Value.integer(glyphs.dims()))
                .build();
    }

    private static void add(Dataset.Builder b, String name, Pca.Fit fit, int shown) {
        double[] k = new double[shown];
        double[] share = new double[shown];
        double[] cum = new double[shown];
        for (int j = 0; j < shown; j++) {
            k[j] = j + 1;
            share[j] = 100 * fit.variances()[j] / fit.totalVariance();
            cum[j] = 100 * fit.explained(j + 1);
        }
        b.series(name + ": share of the variance (%)", k, share);
        b.series(name + ": cumulative share (%)", k, cum);
    }
}
