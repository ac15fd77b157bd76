package illustrated.simulation.nn.rnn;

import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import illustrated.simulation.nn.optim.Adam;
import illustrated.simulation.sequence.CharTask;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains the simple RNN on next-character prediction twice from the same initial weights and on the
 * same batches: once with full BPTT (one update per batch of sequences) and once with truncated
 * BPTT (the sequences cut into chunks of {@code truncation} steps, the hidden state carried across
 * chunks but the error stopped at each boundary, one update per chunk).
 *
 * <p>Series {@code full} and {@code truncated}: mean loss per character (nats) against the training
 * step. The point at step 0 is the untrained network (the same starting weights for both runs),
 * measured like the final losses on windows from every text position; each later point is the mean
 * loss of the batches of the last {@code evalEvery} steps, measured on the forward pass of the update.
 */
public final class RnnTraining implements Simulation<RnnTraining.Params> {
    /**
     * @param text       the repeated text
     * @param hidden     hidden units
     * @param seqLen     T, characters per training sequence
     * @param batch      sequences per batch
     * @param steps      training batches
     * @param truncation k of truncated BPTT
     * @param rate       Adam learning rate
     * @param evalEvery  steps between points of the loss curves
     */
    public record Params(String text, int hidden, int seqLen, int batch, int steps, int truncation, double rate,
            int evalEvery) {
    }

    /**
     * The outcome of one training run.
     *
     * @param curve       mean training loss per character over each block of {@code evalEvery} steps
     * @param initialLoss {@link #evaluate} of the starting weights
     * @param finalLoss   {@link #evaluate} of the trained weights
     */
    public record Run(double[] curve, double initialLoss, double finalLoss, RnnParameters params) { }

    @Override
    public Dataset run(Params p, long seed) {
        CharTask task = new CharTask(p.text());
        Run full = train(p, task, seed, false);
        Run truncated = train(p, task, seed, true);
        if (full.initialLoss() != truncated.initialLoss()) {
            throw new IllegalStateException("the two runs must start from the same weights");
        }
        double[] x = new double[full.curve().length + 1];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * (double) p.evalEvery();
        }
        return Dataset.builder()
                .series(new Series("full BPTT", x, withStart(full)))
                .series(new Series("truncated BPTT (k = " + p.truncation() + ")", x, withStart(truncated)))
                .value("final-loss-full", full.finalLoss(), "%.2f")
                .value("final-loss-truncated", truncated.finalLoss(), "%.2f")
                .value("initial-loss", full.initialLoss(), "%.2f")
                .value("chance-loss", StrictMath.log(task.vocabulary()), "%.2f")
                .value("hidden", Value.integer(p.hidden()))
                .value("steps", Value.integer(p.steps()))
                .value("seq-len", Value.integer(p.seqLen()))
                .value("truncation", Value.integer(p.truncation()))
                .value("vocab", Value.integer(task.vocabulary()))
                .value("batch", Value.integer(p.batch()))
                .build();
    }

    /** The loss of the untrained network, then the training curve. */
    private static double[] withStart(Run r) {
        double[] y = new double[r.curve().length + 1];
        y[0] = r.initialLoss();
        System.arraycopy(r.curve(), 0, y, 1, r.curve().length);
        return y;
    }

    /**
     * One training run. The final loss is the mean loss per character of the trained network on a
     * fixed evaluation batch (one window from every position of the text), full forward pass.
     */
    public static Run train(Params p, CharTask task, long seed, boolean truncated) {
        int v = task.vocabulary();
        RnnParameters params = RnnParameters.random(v, p.hidden(), v, 1.0, seed);
        double initial = evaluate(params, task, p.seqLen());
        Adam adam = new Adam(params.list(), p.rate(), 5.0);
        Random data = new Random(seed + 1);
        double[] curve = new double[p.steps() / p.evalEvery()];
        double acc = 0;
        for (int step = 1; step <= p.steps(); step++) {
            CharTask.Batch b = task.sample(data, p.batch(), p.seqLen());
            double loss;
            if (!truncated) {
                ForwardCache c = SimpleRnn.forward(params, b.inputs(), b.targets(), Nd4j.zeros(p.hidden(), p.batch()));
                adam.update(SimpleRnn.backward(params, c).list());
                loss = c.loss();
            } else {
                loss = 0;
                INDArray h = Nd4j.zeros(p.hidden(), p.batch());
                for (int from = 0; from < p.seqLen(); from += p.truncation()) {
                    int to = Math.min(p.seqLen(), from + p.truncation());
                    ForwardCache c = SimpleRnn.forward(params, b.inputs().subList(from, to),
                            b.targets().subList(from, to), h);
                    adam.update(SimpleRnn.backward(params, c).list());
                    loss += c.loss();
                    h = c.lastHidden();
                }
            }
            acc += loss / ((double) p.seqLen() * p.batch());
            if (step % p.evalEvery() == 0) {
                curve[step / p.evalEvery() - 1] = acc / p.evalEvery();
                acc = 0;
            }
        }
        return new Run(curve, initial, evaluate(params, task, p.seqLen()), params);
    }

    /** Mean loss per character on windows starting at every position of the text. */
    public static double evaluate(RnnParameters params, CharTask task, int seqLen) {
        long[] starts = new long[task.text().length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
        }
        CharTask.Batch b = task.windows(starts, seqLen);
        return SimpleRnn.forward(params, b.inputs(), b.targets(), Nd4j.zeros(params.hidden(), starts.length))
                .meanLoss();
    }
}
