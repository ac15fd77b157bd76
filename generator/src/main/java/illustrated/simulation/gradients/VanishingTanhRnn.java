package illustrated.simulation.gradients;

import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import illustrated.simulation.nn.TanhRnn;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Vanishing and exploding gradients in a tanh RNN, computed: the spectral norm of the Jacobian
 * {@code dh(T)/dh(0) = prod_t diag(1 - h(t)^2) W} along real trajectories, for recurrent matrices
 * rescaled to several spectral norms ||W||, against the bound ||W||^T. The bound is an inequality;
 * below 1 it forces vanishing, above 1 it only allows explosion (tanh saturates and
 * {@code diag(1 - h^2)} shrinks the product).
 *
 * <p>Each trajectory starts from {@code h(0) = tanh(u(0))} and is driven by random inputs
 * {@code u(t) ~ N(0, inputScale^2)}: {@code h(t) = tanh(W h(t-1) + u(t))}. Reported is the geometric
 * mean over the trajectories of {@code ||dh(T)/dh(0)||_2}.
 */
public final class VanishingTanhRnn implements Simulation<VanishingTanhRnn.Params> {
    public record Params(int hidden, List<Double> scales, int maxSteps, int sequences, double inputScale,
            List<Integer> quotedSteps) {
    }

    @Override
    public Dataset run(Params p, long seed) {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        int h = p.hidden();
        INDArray w0 = Nd4j.randn(new long[] {h, h}, rng);
        w0.divi(spectralNorm(w0));
        INDArray u = Nd4j.randn(new long[] {p.maxSteps() + 1, p.sequences(), h}, rng).muli(p.inputScale());
        double[] ts = new double[p.maxSteps() + 1];
        for (int t = 0; t <= p.maxSteps(); t++) {
            ts[t] = t;
        }
        Dataset.Builder d = Dataset.builder();
        int seqs = p.sequences();
        for (double scale : p.scales()) {
            INDArray w = w0.mul(scale);
            double[] logSum = new double[p.maxSteps() + 1];
            // all trajectories at once: states [S, H] (the site's tanh recurrence with R = Wᵀ and x(t) W + b = u(t));
            // Jacobians side by side [H, S, H], J_s = jac[:, s, :]
            INDArray pre = u.get(NDArrayIndex.interval(1, p.maxSteps() + 1), NDArrayIndex.all(), NDArrayIndex.all())
                    .dup('c');
            INDArray h0 = Transforms.tanh(u.slice(0), true);
            INDArray slopes = TanhRnn.slopes(TanhRnn.states(pre, w.transpose().dup('c'), h0), 0, p.maxSteps());
            INDArray jac = Nd4j.eye(h).reshape(h, 1, h).repeat(1, seqs);
            for (int t = 1; t <= p.maxSteps(); t++) {
                INDArray deriv = slopes.slice(t - 1); // [S, H], 1 - h(t)^2
                // J(t) = diag(1 - h(t)^2) W J(t-1), for every trajectory with one product
                jac = w.mmul(jac.reshape(h, (long) seqs * h)).reshape(h, seqs, h)
                        .muli(deriv.transpose().reshape(h, seqs, 1));
                for (int q = 0; q < seqs; q++) {
                    logSum[t] += StrictMath.log(spectralNorm(jac.get(NDArrayIndex.all(), NDArrayIndex.point(q),
                            NDArrayIndex.all())));
                }
            }
            double[] norm = new double[p.maxSteps() + 1];
            double[] bound = new double[p.maxSteps() + 1];
            for (int t = 0; t <= p.maxSteps(); t++) {
                norm[t] = t == 0 ? 1.0 : StrictMath.exp(logSum[t] / p.sequences());
                bound[t] = StrictMath.pow(scale, t);
            }
            String label = label(scale);
            d.series(new Series("\u2016W\u2016 = " + Decimal.format("%.1f", scale), ts, norm));
            d.series(new Series("bound \u2016W\u2016^T, \u2016W\u2016 = " + Decimal.format("%.1f", scale), ts, bound));
            for (int t : p.quotedSteps()) {
                d.value("norm-t" + t + "-scale" + label, norm[t], "%.1e");
                d.value("bound-t" + t + "-scale" + label, bound[t], "%.1e");
            }
        }
        d.value("max-steps", p.maxSteps(), "%.0f");
        d.value("hidden-size", h, "%.0f");
        d.value("sequences", p.sequences(), "%.0f");
        return d.build();
    }

    /** "0.9" to "0-9" for value names. */
    public static String label(double scale) {
        return Decimal.format("%.1f", scale).replace('.', '-');
    }

    /** Largest singular value, by LAPACK's SVD (gesvd) through ND4J. */
    public static double spectralNorm(INDArray m) {
        INDArray a = m.dup('f');
        INDArray sv = Nd4j.create(a.dataType(), Math.min(a.rows(), a.columns()));
        Nd4j.getBlasWrapper().lapack().gesvd(a, sv, null, null);
        return sv.maxNumber().doubleValue();
    }
}
