package illustrated.simulation.curse;

import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Sampling;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The source's own experiment (article A, §2.2): {@code pairs} pairs of random vectors whose
 * coordinates are uniform in [-1, 1] (the cube, which is what the source sampled although it says
 * "inside a sphere"), and the angle between the two vectors of each pair, for several D.
 *
 * <p>For directions uniform on the sphere the angle has density ∝ sin^(D-2) θ, whose spread tends
 * to (180/π)/√D degrees; in 2-D it is uniform on [0°, 180°] with spread 180/√12. The cube's
 * corners tilt the 2-D distribution, so the run repeats the 2-D case with points uniform in the disc.
 */
public final class AngleSpread implements Simulation<AngleSpread.Params> {
    /** @param pairs pairs per D; @param dims the D values; @param binDegrees histogram bin width */
    public record Params(int pairs, List<Integer> dims, double binDegrees) {
        public Params {
            dims = List.copyOf(dims);
            if (pairs < 2 || dims.isEmpty() || dims.stream().anyMatch(d -> d < 2)) {
                throw new IllegalArgumentException("need pairs >= 2 and every D >= 2; got " + pairs + ", " + dims);
            }
            if (180.0 / binDegrees != Math.rint(180.0 / binDegrees)) {
                throw new IllegalArgumentException("binDegrees must divide 180, got " + Decimal.shortest(binDegrees));
            }
        }

        public static Params standard() {
            return new Params(10_000, List.of(2, 3, 50, 100), 3.0);
        }
    }

    /** Spread of the angle (degrees) for directions uniform on the sphere, large-D approximation. */
    public static double theorySd(int d) {
        return Math.toDegrees(1.0) / Math.sqrt(d);
    }

    /** Angles in degrees between row i of {@code a} and row i of {@code b}. */
    static double[] anglesDegrees(INDArray a, INDArray b) {
        INDArray product = a.mul(b);
        INDArray dot = product.sum(1);
        product.close();
        INDArray cos = dot.divi(a.norm2(1).muli(b.norm2(1)));
        cos = Transforms.min(Transforms.max(cos, -1.0, false), 1.0, false);
        return Transforms.acos(cos, false).muli(180.0 / Math.PI).toDoubleVector();
    }

    /** Angles between pairs of points uniform in the cube [-1, 1]^d. */
    static double[] cubeAngles(Random rng, int pairs, int d) {
        return anglesAndFree(Sampling.uniform(rng, pairs, d, -1, 1), Sampling.uniform(rng, pairs, d, -1, 1));
    }

    /** Angles between pairs of points uniform in the unit ball of dimension d. */
    static double[] ballAngles(Random rng, int pairs, int d) {
        return anglesAndFree(Sampling.inUnitBall(rng, pairs, d), Sampling.inUnitBall(rng, pairs, d));
    }

    /** {@link #anglesDegrees}, then frees the two samples (ND4J buffers outside the Java heap). */
    private static double[] anglesAndFree(INDArray a, INDArray b) {
        double[] out = anglesDegrees(a, b);
        a.close();
        b.close();
        return out;
    }

    /** Density (per degree) of the angle between uniform directions in D dimensions, ∝ sin^(D-2) θ. */
    static double[] sphereDensity(int d, double[] degrees) {
        int n = 3600;
        double z = 0;
        for (int i = 0; i < n; i++) {
            z += StrictMath.pow(StrictMath.sin(Math.PI * (i + 0.5) / n), d - 2) * (180.0 / n);
        }
        double[] p = new double[degrees.length];
        for (int i = 0; i < degrees.length; i++) {
            p[i] = StrictMath.pow(StrictMath.sin(Math.toRadians(degrees[i])), d - 2) / z;
        }
        return p;
    }

    /**
     * Exact density (per degree) of the angle between two points uniform in the square [-1, 1]²: a
     * point's direction φ has density r(φ)²/8 with r(φ) = 1/max(|cos φ|, |sin φ|) (twice as likely
     * towards a corner as towards a side), and the angle θ = |φ₁ - φ₂| folded into [0°, 180°] has
     * density 2 ∫ p(φ) p(φ + θ) dφ (per radian). Computed by quadrature on a grid of 1/10 degree.
     */
    static double[] squareDensity(double[] degrees) {
        int m = 3600;
        double h = 2 * Math.PI / m;
        double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            double phi = (i + 0.5) * h;
            double r = 1 / Math.max(Math.abs(StrictMath.cos(phi)), Math.abs(StrictMath.sin(phi)));
            p[i] = r * r / 8;
        }
        double[] out = new double[degrees.length];
        for (int k = 0; k < degrees.length; k++) {
            double shift = Math.toRadians(degrees[k]) / h;
            int lo = (int) Math.floor(shift);
            double w = shift - lo;
            double c = 0;
            for (int i = 0; i < m; i++) {
                double a = p[Math.floorMod(i + lo, m)];
                double b = p[Math.floorMod(i + lo + 1, m)];
                c += p[i] * ((1 - w) * a + w * b) * h;
            }
            out[k] = 2 * c * Math.PI / 180;
        }
        return out;
    }

    /** Exact spread (degrees) of the angle between directions uniform on the sphere, by quadrature. */
    public static double sphereSd(int d) {
        int n = 20_000;
        double z = 0;
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            double th = Math.PI * (i + 0.5) / n;
            double w = StrictMath.pow(StrictMath.sin(th), d - 2);
            z += w;
            m1 += w * th;
            m2 += w * th * th;
        }
        double mean = m1 / z;
        return Math.toDegrees(Math.sqrt(m2 / z - mean * mean));
    }

    @Override
    public Dataset run(Params p, long seed) {
        int bins = (int) Math.round(180.0 / p.binDegrees());
        double[] centres = Stats.binCentres(0, 180, bins);
        double[] fine = new double[181];
        for (int i = 0; i <= 180; i++) {
            fine[i] = i;
        }
        Dataset.Builder b = Dataset.builder();
        double[][] results = Sampling.withRng(seed, rng -> {
            double[][] out = new double[p.dims().size() + 1][];
            for (int i = 0; i < p.dims().size(); i++) {
                out[i] = cubeAngles(rng, p.pairs(), p.dims().get(i));
            }
            out[p.dims().size()] = ballAngles(rng, p.pairs(), 2);
            return out;
        });
        for (int i = 0; i < p.dims().size(); i++) {
            int d = p.dims().get(i);
            double[] angles = results[i];
            b.series("D = " + d, centres, percent(Stats.density(angles, 0, 180, bins)));
            b.series("uniform directions, D = " + d, fine, percent(sphereDensity(d, fine)));
            b.value("mean-d" + d, new Value(Stats.mean(angles), "%.1f", "°"));
            b.value("sd-d" + d, new Value(Stats.sd(angles), "%.1f", "°"));
            if (d >= 10) {
                b.value("theory-sd-d" + d, new Value(theorySd(d), "%.1f", "°"));
            }
            b.value("sphere-sd-d" + d, new Value(sphereSd(d), "%.1f", "°"));
        }
        double[] square = squareDensity(fine);
        double ripple = 0;
        for (double v : square) {
            ripple = Math.max(ripple, Math.abs(v * 180 - 1));
        }
        b.series("exact for the square, D = 2", fine, percent(square));
        b.value("square-ripple-d2", new Value(100 * ripple, "%.0f", "%"));
        double[] disc = results[p.dims().size()];
        b.series("D = 2, disc", centres, percent(Stats.density(disc, 0, 180, bins)));
        b.value("mean-d2-disc", new Value(Stats.mean(disc), "%.1f", "°"));
        b.value("sd-d2-disc", new Value(Stats.sd(disc), "%.1f", "°"));
        b.value("theory-sd-d2-disc", new Value(180 / Math.sqrt(12), "%.1f", "°"));
        b.value("pairs", new Value(p.pairs(), "%,.0f", ""));
        return b.build();
    }

    private static double[] percent(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = 100 * v[i];
        }
        return out;
    }
}
