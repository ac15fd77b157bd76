package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.List;

/**
 * The mean squared reconstruction error of the glyphs against the number k of components kept: measured
 * by rebuilding every image pixel by pixel, and predicted as the sum of the discarded eigenvalues,
 * λ_{k+1} + … + λ_D. On the fitted glyphs the two agree to rounding; held-out glyphs do a little worse.
 */
public final class ReconstructionError implements Simulation<ReconstructionError.Params> {
    /** @param ks the numbers of components at which the error is measured (the prediction is drawn for every k) */
    public record Params(Glyphs.Params glyphs, List<Integer> ks) {
        public Params {
            ks = List.copyOf(ks);
        }

        public static Params standard() {
            return new Params(Glyphs.Params.standard(),
                    List.of(0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 70, 80, 100, 120));
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        Glyphs.Images im = Glyphs.draw(p.glyphs(), seed);
        double[][] x = im.pixels();
        Pca.Fit fit = Pca.bySvd(x);
        int maxK = p.ks().get(p.ks().size() - 1);
        double[] allK = new double[maxK + 1];
        double[] predicted = new double[maxK + 1];
        for (int k = 0; k <= maxK; k++) {
            allK[k] = k;
            predicted[k] = fit.discarded(k);
        }
        double[] ks = new double[p.ks().size()];
        double[] measured = new double[ks.length];
        double[] heldOut = new double[ks.length];
        double gap = 0;
        for (int i = 0; i < ks.length; i++) {
            int k = p.ks().get(i);
            ks[i] = k;
            measured[i] = meanSquaredError(fit, x, k);
            heldOut[i] = meanSquaredError(fit, im.heldOut(), k);
            gap = Math.max(gap, Math.abs(measured[i] - fit.discarded(k)) / fit.discarded(k));
        }
        Dataset.Builder b = Dataset.builder()
                .series("sum of the discarded eigenvalues", allK, predicted)
                .series("measured on the fitted glyphs", ks, measured)
                .series("measured on held-out glyphs", ks, heldOut);
        for (int k : List.of(10, 50)) {
            b.value("kept-k" + k, new Value(100 * fit.explained(k), "%.0f", "%"));
        }
        return b.value("k90", Value.integer(componentsFor(fit, 0.9)))
                .value("k99", Value.integer(componentsFor(fit, 0.99)))
                .value("total-variance", Value.of(fit.totalVariance(), "%.1f"))
                .value("gap", Quoted.bound(gap))
                .value("dims", Value.integer(fit.dims()))
                .value("count", new Value(x.length, "%,.0f", ""))
                .value("held-out", Value.integer(im.heldOut().length))
                .build();
    }

    /** Mean over the rows of |x − x̂|², x̂ rebuilt from k components (the mean image alone for k = 0). */
    static double meanSquaredError(Pca.Fit fit, double[][] x, int k) {
        double[][] r = k == 0 ? GlyphReconstructions.rowsOf(fit.mean(), x.length) : fit.reconstruct(fit.scores(x, k));
        return GlyphReconstructions.squaredDistance(x, r) / x.length;
    }

    /** The smallest k whose components explain at least {@code share} of the variance. */
    static int componentsFor(Pca.Fit fit, double share) {
        int k = 1;
        while (fit.explained(k) < share) {
            k++;
        }
        return k;
    }
}
