package illustrated.simulation.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Sampling;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.List;

/**
 * How far from the centre points uniform in the unit D-ball lie (the "empty M&amp;M" picture):
 * samples on ND4J (Gaussian direction, radius U^(1/D)), their norms recomputed from the coordinates,
 * histograms per D against the exact density D r^(D-1); the median radius is 2^(-1/D).
 */
public final class BallRadius implements Simulation<BallRadius.Params> {
    /** @param samples points per D; @param dims the D values; @param bins histogram bins over [0, 1] */
    public record Params(int samples, List<Integer> dims, int bins) {
        public Params {
            dims = List.copyOf(dims);
            if (samples < 1 || bins < 1 || dims.isEmpty() || dims.stream().anyMatch(d -> d < 1)) {
                throw new IllegalArgumentException("need samples, bins >= 1 and D >= 1; got " + samples + ", "
                        + bins + ", " + dims);
            }
        }

        public static Params standard() {
            return new Params(20_000, List.of(2, 10, 100), 100);
        }
    }

    /** Median distance from the centre: the r with r^D = 1/2. */
    public static double theoryMedian(int d) {
        return StrictMath.pow(0.5, 1.0 / d);
    }

    @Override
    public Dataset run(Params p, long seed) {
        double[][] radii = Sampling.withRng(seed, rng -> {
            double[][] out = new double[p.dims().size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = Sampling.rowNormsAndFree(Sampling.inUnitBall(rng, p.samples(), p.dims().get(i)));
            }
            return out;
        });
        double[] centres = Stats.binCentres(0, 1, p.bins());
        double[] fine = new double[201];
        for (int i = 0; i < fine.length; i++) {
            fine[i] = i / 200.0;
        }
        Dataset.Builder b = Dataset.builder();
        for (int i = 0; i < radii.length; i++) {
            int d = p.dims().get(i);
            // a norm recomputed from coordinates can exceed 1 by a rounding error
            double[] r = radii[i].clone();
            for (int j = 0; j < r.length; j++) {
                r[j] = Math.min(r[j], 1.0);
            }
            b.series("D = " + d, centres, Stats.density(r, 0, 1, p.bins()));
            double[] exact = new double[fine.length];
            for (int j = 0; j < fine.length; j++) {
                exact[j] = d * StrictMath.pow(fine[j], d - 1);
            }
            b.series("exact density, D = " + d, fine, exact);
            b.value("median-r-d" + d, Value.of(Stats.median(r), "%.3f"));
            b.value("theory-median-r-d" + d, Value.of(theoryMedian(d), "%.3f"));
        }
        b.value("samples", new Value(p.samples(), "%,.0f", ""));
        return b.build();
    }
}
