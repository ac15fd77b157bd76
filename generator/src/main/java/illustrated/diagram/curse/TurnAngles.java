package illustrated.diagram.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import illustrated.simulation.Value;
import java.util.List;

/**
 * The angle between a fixed direction (the last move) and a uniformly random direction in D
 * dimensions has density proportional to sin^(D-2) θ on [0, π] (uniform for D = 2, ½ sin θ for D = 3).
 * This computes evenly spaced quantiles of that law, so a fan of rays drawn at them shows where the
 * next move goes, and the half-width of the central 90% around 90°. Numerical integration of the
 * density; no randomness (the seed is ignored).
 */
public final class TurnAngles implements illustrated.simulation.Simulation<TurnAngles.Params> {
    /**
     * @param dims  dimensions to tabulate (at least 2)
     * @param rays  quantiles per dimension, at levels (k + ½) / rays
     * @param steps integration steps on [0, π]
     */
    public record Params(List<Integer> dims, int rays, int steps) {
        public Params {
            dims = List.copyOf(dims);
            if (dims.stream().anyMatch(d -> d < 2)) {
                throw new IllegalArgumentException("dims must be at least 2, got " + dims);
            }
            if (rays < 1 || steps < 100) {
                throw new IllegalArgumentException("rays must be >= 1 and steps >= 100, got " + rays + ", " + steps);
            }
        }

        public static Params standard() {
            return new Params(List.of(2, 100), 36, 200_000);
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        Dataset.Builder b = Dataset.builder();
        for (int d : p.dims()) {
            double[] cdf = cdf(d, p.steps());
            double[] levels = new double[p.rays()];
            double[] angles = new double[p.rays()];
            for (int k = 0; k < p.rays(); k++) {
                levels[k] = (k + 0.5) / p.rays();
                angles[k] = Math.toDegrees(quantile(cdf, levels[k]));
            }
            b.series(new Series("d" + d, levels, angles));
            double half = 90 - Math.toDegrees(quantile(cdf, 0.05));
            b.value("spread90-d" + d, new Value(half, "%.0f", "°"));
        }
        return b.build();
    }

    /** CDF of the angle on a uniform grid of {@code steps} intervals over [0, π] (trapezoid rule, log-space). */
    static double[] cdf(int dim, int steps) {
        double h = Math.PI / steps;
        double[] logf = new double[steps + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= steps; i++) {
            double s = StrictMath.sin(i * h);
            logf[i] = dim == 2 ? 0 : (s <= 0 ? Double.NEGATIVE_INFINITY : (dim - 2) * StrictMath.log(s));
            max = Math.max(max, logf[i]);
        }
        double[] c = new double[steps + 1];
        for (int i = 1; i <= steps; i++) {
            c[i] = c[i - 1] + 0.5 * h * (StrictMath.exp(logf[i - 1] - max) + StrictMath.exp(logf[i] - max));
        }
        double total = c[steps];
        for (int i = 0; i <= steps; i++) {
            c[i] /= total;
        }
        return c;
    }

    /** The angle (radians) where the tabulated CDF reaches {@code q}, linearly interpolated. */
    static double quantile(double[] cdf, double q) {
        int lo = 0;
        int hi = cdf.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double t = cdf[hi] == cdf[lo] ? 0 : (q - cdf[lo]) / (cdf[hi] - cdf[lo]);
        return Math.PI * (lo + t) / (cdf.length - 1);
    }
}
