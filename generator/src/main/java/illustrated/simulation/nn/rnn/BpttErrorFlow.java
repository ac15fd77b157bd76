package illustrated.simulation.nn.rnn;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import illustrated.simulation.sequence.CharTask;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * "Which errors feed which gradient": trains the simple RNN with full BPTT (as in
 * {@link RnnTraining}), then, for one evaluation batch, measures how much the error at output time
 * τ reaches the hidden state at step t, ‖∂L(τ)/∂h(t)‖ (root mean square over the batch of the
 * per-sequence norms), with the hand-written BPTT.
 *
 * <p>Grid {@code trained} (and {@code untrained}, the same network before training): rows τ = 1..T,
 * columns t = 1..T, log10 of the norm relative to the diagonal, log10 (‖∂L(τ)/∂h(t)‖ / ‖∂L(τ)/∂h(τ)‖):
 * how much of the error survives the trip back from τ to t; cells with t &gt; τ (no dependence) hold the sentinel
 * {@link #EMPTY} (charts need finite numbers).
 */
public final class BpttErrorFlow implements Simulation<BpttErrorFlow.Params> {
    /** Marks cells with t &gt; τ, which receive nothing. */
    public static final double EMPTY = -99;

    /**
     * @param training how the network is trained (its {@code seqLen} is also the heat-map's T)
     */
    public record Params(RnnTraining.Params training) {
    }

    @Override
    public Dataset run(Params p, long seed) {
        RnnTraining.Params tp = p.training();
        CharTask task = new CharTask(tp.text());
        RnnParameters untrained = RnnParameters.random(task.vocabulary(), tp.hidden(), task.vocabulary(), 1.0, seed);
        RnnTraining.Run run = RnnTraining.train(tp, task, seed, false);
        double[][] afterRaw = log10Norms(run.params(), task, tp.seqLen());
        double[][] beforeRaw = log10Norms(untrained, task, tp.seqLen());
        double[][] after = relativeToDiagonal(afterRaw);
        double[][] before = relativeToDiagonal(beforeRaw);
        double[] axis = new double[tp.seqLen()];
        for (int i = 0; i < axis.length; i++) {
            axis[i] = i + 1;
        }
        return Dataset.builder()
                .grid(new Grid("trained", axis, axis, after))
                .grid(new Grid("untrained", axis, axis, before))
                .value("seq-len", Value.integer(tp.seqLen()))
                .value("decay-per-step", StrictMath.pow(10, medianStep(after)), "%.2f")
                .value("decay-per-step-untrained", StrictMath.pow(10, medianStep(before)), "%.2f")
                .value("last-row-survival", StrictMath.pow(10, after[tp.seqLen() - 1][0]), "%.3f")
                .value("last-row-survival-untrained", StrictMath.pow(10, before[tp.seqLen() - 1][0]), "%.3f")
                .value("final-loss", run.finalLoss(), "%.2f")
                .build();
    }

    /** log10 ‖∂L(τ)/∂h(t)‖ for windows starting at every position of the text. */
    static double[][] log10Norms(RnnParameters params, CharTask task, int seqLen) {
        long[] starts = new long[task.text().length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
        }
        CharTask.Batch b = task.windows(starts, seqLen);
        ForwardCache c = SimpleRnn.forward(params, b.inputs(), b.targets(), Nd4j.zeros(params.hidden(), starts.length));
        INDArray[][] parts = SimpleRnn.errorContributions(params, c);
        double[][] z = new double[seqLen][seqLen];
        for (int tau = 0; tau < seqLen; tau++) {
            for (int t = 0; t < seqLen; t++) {
                if (parts[tau][t] == null) {
                    z[tau][t] = EMPTY;
                } else {
                    // Frobenius norm over [hidden x batch] / sqrt(batch) = RMS of per-sequence norms
                    double n = parts[tau][t].norm2Number().doubleValue() / Math.sqrt(starts.length);
                    z[tau][t] = StrictMath.log10(Math.max(n, 1e-300));
                }
            }
        }
        return z;
    }

    /** Each row minus its diagonal entry: log10 (‖∂L(τ)/∂h(t)‖ / ‖∂L(τ)/∂h(τ)‖). */
    static double[][] relativeToDiagonal(double[][] z) {
        double[][] out = new double[z.length][];
        for (int tau = 0; tau < z.length; tau++) {
            out[tau] = z[tau].clone();
            for (int t = 0; t <= tau; t++) {
                out[tau][t] = z[tau][t] - z[tau][tau];
            }
        }
        return out;
    }

    /** Median of log10 ‖∂L(τ)/∂h(t−1)‖ − log10 ‖∂L(τ)/∂h(t)‖ over all τ and t ≤ τ. */
    static double medianStep(double[][] z) {
        int n = z.length;
        double[] d = new double[n * (n - 1) / 2];
        int k = 0;
        for (int tau = 0; tau < n; tau++) {
            for (int t = 1; t <= tau; t++) {
                d[k++] = z[tau][t - 1] - z[tau][t];
            }
        }
        Arrays.sort(d);
        return d.length % 2 == 1 ? d[d.length / 2] : 0.5 * (d[d.length / 2 - 1] + d[d.length / 2]);
    }
}
