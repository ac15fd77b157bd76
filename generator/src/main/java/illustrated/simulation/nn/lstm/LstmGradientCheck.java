package illustrated.simulation.nn.lstm;

import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Proves the chain rules of article F numerically: the hand-written BPTT gradient of every
 * parameter of a small peephole LSTM against (fourth-order) central finite differences and against SameDiff's
 * automatic differentiation, in double precision. Throws (and so fails the build) when the worst
 * relative error exceeds the tolerance.
 *
 * <p>Relative error of one entry: {@code |a - b| / max(|a|, |b|)}, taken as 0 when both are below
 * 1e-12 in size. Loss: {@code 1/2 sum_t sum (y(t) - target(t))^2} with random targets, so every
 * step's output matters.
 */
public final class LstmGradientCheck implements Simulation<LstmGradientCheck.Params> {
    /** Sizes of the checked network, the finite-difference step and the tolerance. */
    public record Params(int inputs, int hidden, int steps, int batch, double epsilon, double tolerance) {
    }

    /** Per-parameter worst errors; a row of the published table. */
    public record Row(String param, int count, double worstFd, double worstSameDiff) {
    }

    @Override
    public Dataset run(Params p, long seed) {
        List<Row> rows = check(p, seed);
        double worstFd = rows.stream().mapToDouble(Row::worstFd).max().orElseThrow();
        double worstSd = rows.stream().mapToDouble(Row::worstSameDiff).max().orElseThrow();
        if (!(worstFd <= p.tolerance()) || !(worstSd <= p.tolerance())) {
            throw new IllegalStateException(Decimal.format(
                    "LSTM gradient check failed: worst relative error %.3e against finite differences and %.3e"
                            + " against SameDiff, tolerance %.1e; rows: %s", worstFd, worstSd, p.tolerance(), rows));
        }
        List<String> csv = new ArrayList<>();
        csv.add("param,count,worst-fd,worst-samediff");
        for (Row r : rows) {
            csv.add(Decimal.format("%s,%d,%.1e,%.1e", r.param(), r.count(), r.worstFd(), r.worstSameDiff()));
        }
        return Dataset.builder()
                .table("gradient-check", csv)
                .value("worst-fd", worstFd, "%.1e")
                .value("worst-samediff", worstSd, "%.1e")
                .value("params", rows.stream().mapToInt(Row::count).sum(), "%.0f")
                .value("tolerance", p.tolerance(), "%.0e")
                .value("hidden-size", p.hidden(), "%.0f")
                .value("input-size", p.inputs(), "%.0f")
                .value("steps", p.steps(), "%.0f")
                .value("batch", p.batch(), "%.0f")
                .build();
    }

    /** Runs the three gradient computations and compares them, parameter block by block. */
    public static List<Row> check(Params p, long seed) {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        LstmWeights wt = LstmWeights.init(p.inputs(), p.hidden(), true, 1.0, rng);
        INDArray x = Nd4j.randn(new long[] {p.steps(), p.batch(), p.inputs()}, rng);
        INDArray target = Nd4j.rand(new long[] {p.steps(), p.batch(), p.hidden()}, -0.5, 0.5, rng);

        Lstm.Trace tr = Lstm.forward(wt, x);
        Lstm.Gradients hand = Lstm.backward(tr, tr.outputs().sub(target));
        Map<String, INDArray> sd = LstmSameDiff.gradients(wt, x, target);

        List<Row> rows = new ArrayList<>();
        Map<String, INDArray[]> blocks = new LinkedHashMap<>();
        int h = p.hidden();
        for (String kind : List.of("W", "R", "b")) {
            for (int g = 0; g < 4; g++) {
                INDArray param = kind.equals("W") ? wt.w() : kind.equals("R") ? wt.r() : wt.b();
                INDArray grad = kind.equals("W") ? hand.w() : kind.equals("R") ? hand.r() : hand.b();
                var cols = LstmWeights.block(g, h);
                blocks.put(kind + "_" + LstmWeights.GATES.get(g),
                        new INDArray[] {param.get(NDArrayIndex.all(), cols), grad.get(NDArrayIndex.all(), cols)});
            }
        }
        String[] peep = {"p_i", "p_f", "p_o"};
        for (int k = 0; k < 3; k++) {
            blocks.put(peep[k], new INDArray[] {wt.p().getRow(k, true), hand.p().getRow(k, true)});
        }
        for (Map.Entry<String, INDArray[]> e : blocks.entrySet()) {
            INDArray param = e.getValue()[0];
            INDArray grad = e.getValue()[1];
            INDArray auto = sd.get(e.getKey()).reshape(grad.shape());
            double worstFd = 0;
            double worstSd = 0;
            for (long j = 0; j < param.length(); j++) {
                double old = param.getDouble(j);
                double fd = centralDifference(wt, x, target, param, j, p.epsilon());
                param.putScalar(j, old);
                worstFd = Math.max(worstFd, relative(grad.getDouble(j), fd));
                worstSd = Math.max(worstSd, relative(grad.getDouble(j), auto.getDouble(j)));
            }
            rows.add(new Row(e.getKey(), (int) param.length(), worstFd, worstSd));
        }
        return rows;
    }

    /**
     * Fourth-order central difference {@code (-L(+2e) + 8 L(+e) - 8 L(-e) + L(-2e)) / 12e}: its
     * truncation error is O(e^4), so a step of 1e-4 keeps both truncation and round-off far below
     * the tolerance even for small gradient entries.
     */
    static double centralDifference(LstmWeights wt, INDArray x, INDArray target, INDArray param, long j, double e) {
        double old = param.getDouble(j);
        double[] l = new double[4];
        double[] steps = {2 * e, e, -e, -2 * e};
        for (int k = 0; k < 4; k++) {
            param.putScalar(j, old + steps[k]);
            l[k] = loss(wt, x, target);
        }
        param.putScalar(j, old);
        return (-l[0] + 8 * l[1] - 8 * l[2] + l[3]) / (12 * e);
    }

    /** The squared-error loss of the forward pass. */
    static double loss(LstmWeights wt, INDArray x, INDArray target) {
        INDArray d = Lstm.forward(wt, x).outputs().sub(target);
        return 0.5 * d.mul(d).sumNumber().doubleValue();
    }

    /** |a - b| / max(|a|, |b|); 0 when both are negligibly small. */
    public static double relative(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale < 1e-12 ? 0 : Math.abs(a - b) / scale;
    }
}
