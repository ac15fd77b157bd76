package illustrated.simulation.nn.rnn;

import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Sampling;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import illustrated.simulation.nn.check.GradientCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradient check published in article C: for a small random RNN and random sequences, the
 * hand-written BPTT gradient of every parameter is compared with central finite differences and
 * with ND4J SameDiff's automatic differentiation. Fails (throws) if any worst relative error
 * exceeds {@code tolerance}, so a wrong BPTT cannot be published.
 *
 * <p>Series {@code finite differences} and {@code SameDiff}: x = parameter index in
 * {@link RnnParameters#NAMES} order, y = worst relative error. Table {@code gradient-check}.
 */
public final class RnnGradientCheck implements Simulation<RnnGradientCheck.Params> {
    /**
     * @param inputs    one-hot input size
     * @param hidden    hidden units
     * @param outputs   classes
     * @param steps     T
     * @param batch     sequences
     * @param eps       step of the central differences
     * @param floor     denominator floor of the relative error
     * @param tolerance largest acceptable worst relative error
     */
    public record Params(int inputs, int hidden, int outputs, int steps, int batch, double eps, double floor,
            double tolerance) {
    }

    /** Thrown when the hand-written gradient disagrees with a reference. */
    public static final class GradientMismatchException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public GradientMismatchException(String message) {
            super(message);
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        RnnParameters params = RnnParameters.randomWithBiases(p.inputs(), p.hidden(), p.outputs(), seed);
        Random rng = new Random(seed + 1);
        List<INDArray> xs = new ArrayList<>();
        List<INDArray> ys = new ArrayList<>();
        for (int t = 0; t < p.steps(); t++) {
            int[] x = new int[p.batch()];
            int[] y = new int[p.batch()];
            for (int j = 0; j < p.batch(); j++) {
                x[j] = rng.nextInt(p.inputs());
                y[j] = rng.nextInt(p.outputs());
            }
            xs.add(SimpleRnn.oneHot(x, p.inputs()));
            ys.add(SimpleRnn.oneHot(y, p.outputs()));
        }
        INDArray h0 = Sampling.gaussian(rng, p.hidden(), p.batch(), 0.5);
        Gradients bptt = SimpleRnn.backward(params, SimpleRnn.forward(params, xs, ys, h0));
        Gradients fd = finiteDifferences(params, xs, ys, h0, p.eps());
        Gradients sd = SameDiffRnn.gradients(params, xs, ys, h0);
        Map<String, Double> errFd = GradientCheck.worstRelativeErrors(bptt.byName(), fd.byName(), p.floor());
        Map<String, Double> errSd = GradientCheck.worstRelativeErrors(bptt.byName(), sd.byName(), p.floor());

        List<String> table = new ArrayList<>();
        table.add("parameter,shape,entries,worst relative error vs finite differences,worst relative error vs SameDiff");
        double[] idx = new double[RnnParameters.NAMES.size()];
        double[] fdY = new double[idx.length];
        double[] sdY = new double[idx.length];
        double worstFd = 0;
        double worstSd = 0;
        Map<String, INDArray> arrays = params.byName();
        for (int i = 0; i < idx.length; i++) {
            String name = RnnParameters.NAMES.get(i);
            INDArray a = arrays.get(name);
            idx[i] = i;
            fdY[i] = errFd.get(name);
            sdY[i] = errSd.get(name);
            worstFd = Math.max(worstFd, fdY[i]);
            worstSd = Math.max(worstSd, sdY[i]);
            table.add(Decimal.format("%s,%d×%d,%d,%.1e,%.1e", name, a.rows(), a.columns(), a.length(),
                    fdY[i], sdY[i]));
        }
        if (worstFd > p.tolerance() || worstSd > p.tolerance()) {
            throw new GradientMismatchException(Decimal.format(
                    "hand-written BPTT disagrees with the reference gradients: worst relative error %.3e vs finite "
                            + "differences, %.3e vs SameDiff, tolerance %.0e; per parameter: fd=%s samediff=%s. "
                            + "Check SimpleRnn.backwardWindow against eq. 10.16-10.28.",
                    worstFd, worstSd, p.tolerance(), errFd, errSd));
        }
        return Dataset.builder()
                .series("finite differences", idx, fdY)
                .series("SameDiff", idx, sdY)
                .table("gradient-check", table)
                .value("worst-fd", worstFd, "%.1e")
                .value("worst-samediff", worstSd, "%.1e")
                .value("tolerance", p.tolerance(), "%.0e")
                .value("fd-step", p.eps(), "%.0e")
                .value("parameters", Value.integer(params.byName().values().stream().mapToLong(INDArray::length).sum()))
                .value("hidden", Value.integer(p.hidden()))
                .value("seq-len", Value.integer(p.steps()))
                .build();
    }

    /** ∇L by second-order central differences of the total loss {@link ForwardCache#loss()}. */
    public static Gradients finiteDifferences(RnnParameters p, List<INDArray> inputs, List<INDArray> targets,
            INDArray h0, double eps) {
        RnnParameters q = p.copy();
        return Gradients.of(GradientCheck.finiteDifferences(q.byName(),
                () -> SimpleRnn.forward(q, inputs, targets, h0).loss(), eps, GradientCheck.Stencil.SECOND_ORDER));
    }
}
