package illustrated.simulation.nn.lstm;

import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.nn.check.GradientCheck;
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
 * <p>Relative error of one entry: {@code |a - b| / max(|a|, |b|, 1e-12)} ({@link GradientCheck}). Loss: {@code 1/2 sum_t sum (y(t) - target(t))^2} with random targets, so every
 * step's output matters.
 */
public final class LstmGradientCheck implements Simulation<LstmGradientCheck.Params> {
    /** Sizes of the checked network, the finite-difference step and the tolerance. */
    public record Params(int inputs, int hidden, int steps, int batch, double epsilon, double tolerance) {
    }

    /** Denominator floor of the relative errors. */
    public static final double FLOOR = 1e-12;

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

        // the weights and the hand-written gradients as views of their gate blocks, named as SameDiff's
        Map<String, INDArray> params = new LinkedHashMap<>();
        Map<String, INDArray> grads = new LinkedHashMap<>();
        int h = p.hidden();
        for (String kind : List.of("W", "R", "b")) {
            for (int g = 0; g < 4; g++) {
                INDArray param = kind.equals("W") ? wt.w() : kind.equals("R") ? wt.r() : wt.b();
                INDArray grad = kind.equals("W") ? hand.w() : kind.equals("R") ? hand.r() : hand.b();
                var cols = LstmWeights.block(g, h);
                String name = kind + "_" + LstmWeights.GATES.get(g);
                params.put(name, param.get(NDArrayIndex.all(), cols));
                grads.put(name, grad.get(NDArrayIndex.all(), cols));
            }
        }
        String[] peep = {"p_i", "p_f", "p_o"};
        for (int k = 0; k < 3; k++) {
            params.put(peep[k], wt.p().getRow(k, true));
            grads.put(peep[k], hand.p().getRow(k, true));
        }
        Map<String, INDArray> fd = GradientCheck.finiteDifferences(params, () -> loss(wt, x, target), p.epsilon(),
                GradientCheck.Stencil.FOURTH_ORDER);
        Map<String, Double> errFd = GradientCheck.worstRelativeErrors(grads, fd, FLOOR);
        Map<String, Double> errSd = GradientCheck.worstRelativeErrors(grads, sd, FLOOR);
        List<Row> rows = new ArrayList<>();
        for (String name : params.keySet()) {
            rows.add(new Row(name, (int) params.get(name).length(), errFd.get(name), errSd.get(name)));
        }
        return rows;
    }

    /**
     * The squared-error loss of the forward pass; its fourth-order central difference (a step of 1e-4 keeps
     * both truncation, O(ε⁴), and round-off far below the tolerance even for small gradient entries).
     */
    static double loss(LstmWeights wt, INDArray x, INDArray target) {
        INDArray d = Lstm.forward(wt, x).outputs().sub(target);
        return 0.5 * d.mul(d).sumNumber().doubleValue();
    }
}
