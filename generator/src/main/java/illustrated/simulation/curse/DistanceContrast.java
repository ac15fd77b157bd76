package illustrated.simulation.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Sampling;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Distance concentration (article A, §2.3): for {@code points} points uniform in [0,1]^D and a
 * random query, the relative contrast (max - min) / min of the Euclidean distances from the query.
 * Each D uses fresh points and {@code queries} queries; the plotted value is the median over the
 * queries (the mean is unstable in 1-D, where the nearest point can be arbitrarily close).
 * For large D the contrast shrinks like 1/√D: see {@link #approximationConstant(int)}.
 */
public final class DistanceContrast implements Simulation<DistanceContrast.Params> {
    /** @param points data points per D; @param queries query points per D; @param dims the D values */
    public record Params(int points, int queries, List<Integer> dims) {
        public Params {
            dims = List.copyOf(dims);
            if (points < 2 || queries < 1 || dims.isEmpty() || dims.stream().anyMatch(d -> d < 1)) {
                throw new IllegalArgumentException("need points >= 2, queries >= 1, D >= 1; got " + points + ", "
                        + queries + ", " + dims);
            }
        }

        public static Params standard() {
            return new Params(1000, 11, List.of(1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000));
        }
    }

    /**
     * (max - min) / min of the distances from {@code query} (1 x D) to the rows of {@code x}; {@code diff}
     * (shaped as x) is scratch space, reused over the queries.
     */
    static double contrast(INDArray x, INDArray query, INDArray diff) {
        Nd4j.getExecutioner().exec(new BroadcastSubOp(x, query, diff, 1));
        INDArray dist = diff.norm2(1);
        double min = dist.minNumber().doubleValue();
        double max = dist.maxNumber().doubleValue();
        dist.close();
        return (max - min) / min;
    }

    /**
     * Large-D approximation of the contrast, c / √D. For a query q uniform in the cube, the squared
     * distance to a uniform point is a sum of D independent terms (x_k - q_k)², of mean 1/6 and (given q,
     * averaged over q) variance 1/30; so the distance is nearly normal with relative spread
     * σ/μ ≈ ½ · √(D/30) / (D/6) = 3 / √(30 D). The nearest and farthest of n such distances lie about
     * one expected range of n standard normals apart, hence c = E[range of n normals] · 3/√30.
     */
    public static double approximationConstant(int n) {
        return 2 * expectedMaxOfNormals(n) * 3 / Math.sqrt(30);
    }

    /** E[max of n standard normals] = ∫ x n φ(x) Φ(x)^(n-1) dx, by quadrature with Φ built on the same grid. */
    static double expectedMaxOfNormals(int n) {
        double lo = -9;
        double h = 1e-3;
        int steps = (int) Math.round(18 / h);
        double cdf = 0;
        double prevPdf = 0;
        double e = 0;
        for (int i = 0; i <= steps; i++) {
            double x = lo + i * h;
            double pdf = StrictMath.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            cdf += i == 0 ? 0 : 0.5 * h * (pdf + prevPdf);
            prevPdf = pdf;
            e += x * n * pdf * StrictMath.pow(Math.min(1, cdf), n - 1) * h;
        }
        return e;
    }

    @Override
    public Dataset run(Params p, long seed) {
        int n = p.dims().size();
        double[][] perQuery = Sampling.withRng(seed, rng -> {
            double[][] out = new double[n][p.queries()];
            for (int i = 0; i < n; i++) {
                int d = p.dims().get(i);
                INDArray x = Sampling.uniform(rng, p.points(), d, 0, 1);
                INDArray q = Sampling.uniform(rng, p.queries(), d, 0, 1);
                INDArray diff = x.ulike();
                for (int j = 0; j < p.queries(); j++) {
                    out[i][j] = contrast(x, q.getRow(j, true), diff);
                }
                // free the samples now: their buffers live outside the Java heap
                diff.close();
                x.close();
                q.close();
            }
            return out;
        });
        double[] d = new double[n];
        double[] median = new double[n];
        double[] allD = new double[n * p.queries()];
        double[] all = new double[n * p.queries()];
        for (int i = 0; i < n; i++) {
            d[i] = p.dims().get(i);
            median[i] = Stats.median(perQuery[i]);
            for (int j = 0; j < p.queries(); j++) {
                allD[i * p.queries() + j] = d[i];
                all[i * p.queries() + j] = perQuery[i][j];
            }
        }
        double c = approximationConstant(p.points());
        double[] approxD = p.dims().stream().filter(k -> k >= 10).mapToDouble(Integer::doubleValue).toArray();
        double[] approx = new double[approxD.length];
        for (int i = 0; i < approxD.length; i++) {
            approx[i] = c / Math.sqrt(approxD[i]);
        }
        Dataset.Builder b = Dataset.builder()
                .series("median over queries", d, median)
                .series("normal approximation", approxD, approx)
                .value("approx-constant", Value.of(c, "%.2f"))
                .series("single queries", allD, all)
                .value("points", new Value(p.points(), "%,.0f", ""))
                .value("queries", Value.integer(p.queries()));
        for (int i = 0; i < n; i++) {
            b.value("contrast-d" + p.dims().get(i), Value.of(median[i], format(median[i])));
        }
        return b.build();
    }

    /** Two or three significant digits, never scientific notation. */
    static String format(double v) {
        if (v >= 100) {
            return "%,.0f";
        }
        if (v >= 10) {
            return "%.1f";
        }
        if (v >= 1) {
            return "%.2f";
        }
        return "%.3f";
    }
}
