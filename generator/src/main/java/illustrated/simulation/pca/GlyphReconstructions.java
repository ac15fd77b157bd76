package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Held-out glyphs (not used to fit the PCA) rebuilt from their first k principal coordinates, for a few
 * k: one row per glyph, one column per k, the original last. The relative error of each column is the
 * share of the glyphs' variance (around the mean image) that k components leave out.
 */
public final class GlyphReconstructions implements Simulation<GlyphReconstructions.Params> {
    /** @param shownDigits digits of the held-out glyphs rebuilt (the first of each); @param ks numbers of components */
    public record Params(Glyphs.Params glyphs, List<Integer> shownDigits, List<Integer> ks) {
        public Params {
            shownDigits = List.copyOf(shownDigits);
            ks = List.copyOf(ks);
        }

        public static Params standard() {
            return new Params(Glyphs.Params.standard(), List.of(2, 3, 4, 5, 8), List.of(1, 2, 5, 10, 20, 50));
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        Glyphs.Images im = Glyphs.draw(p.glyphs(), seed);
        Pca.Fit fit = Pca.bySvd(im.pixels());
        double[][] shown = new double[p.shownDigits().size()][];
        for (int r = 0; r < shown.length; r++) {
            shown[r] = firstHeldOut(im, p.shownDigits().get(r));
        }
        double[][][] rebuilt = new double[p.ks().size()][][];
        Dataset.Builder b = Dataset.builder();
        double[][] test = im.heldOut();
        double base = squaredDistance(test, rowsOf(fit.mean(), test.length));
        for (int c = 0; c < p.ks().size(); c++) {
            int k = p.ks().get(c);
            rebuilt[c] = fit.reconstruct(fit.scores(shown, k));
            double err = squaredDistance(test, fit.reconstruct(fit.scores(test, k))) / base;
            b.value("error-k" + k, new Value(100 * err, "%.0f", "%"));
            b.value("kept-k" + k, new Value(100 * fit.explained(k), "%.0f", "%"));
        }
        List<double[]> tiles = new ArrayList<>();
        for (int r = 0; r < shown.length; r++) {
            for (int c = 0; c < p.ks().size(); c++) {
                tiles.add(rebuilt[c][r]);
            }
            tiles.add(shown[r]);
        }
        return b.grid(Tiles.mosaic("reconstructions", tiles, im.size(), p.ks().size() + 1))
                .value("held-out", Value.integer(test.length))
                .value("dims", Value.integer((long) im.size() * im.size()))
                .build();
    }

    private static double[] firstHeldOut(Glyphs.Images im, int digit) {
        for (int i = 0; i < im.heldOutDigit().length; i++) {
            if (im.heldOutDigit()[i] == digit) {
                return im.heldOut()[i];
            }
        }
        throw new IllegalArgumentException("no held-out glyph of digit " + digit + ": hold out at least 10 glyphs");
    }

    static double[][] rowsOf(double[] row, int n) {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = row;
        }
        return out;
    }

    /** Σ over rows of |a_i − b_i|². */
    static double squaredDistance(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Neighbours.squaredDistance(a[i], b[i]);
        }
        return s;
    }
}
