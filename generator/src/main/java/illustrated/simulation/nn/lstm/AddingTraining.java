package illustrated.simulation.nn.lstm;

import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import illustrated.simulation.nn.optim.Adam;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Article F's long-memory experiment: a simple tanh RNN and an LSTM trained on the adding problem
 * at growing sequence lengths with the same optimiser, budget and data; their test MSE after
 * training against the baseline of always answering the mean.
 */
public final class AddingTraining implements Simulation<AddingTraining.Params> {
    /**
     * @param lengths    sequence lengths T
     * @param hiddenLstm LSTM cells
     * @param forgetBias initial bias of the LSTM's forget gates (a large one starts the cells remembering)
     * @param hiddenRnn  RNN units
     * @param batch      sequences per update
     * @param updates    Adam updates per network and length
     * @param rate       Adam step size
     * @param clip       gradient-norm clipping threshold (both networks)
     * @param testSize   sequences in the fixed test set of each length
     */
    public record Params(List<Integer> lengths, int hiddenLstm, double forgetBias, int hiddenRnn, int batch,
            int updates, double rate, double clip, int testSize) {
    }

    /** Result of one training run. */
    public record Run(double testMse, double[] curve) {
    }

    @Override
    public Dataset run(Params p, long seed) {
        int n = p.lengths().size();
        double[] ts = new double[n];
        double[] rnn = new double[n];
        double[] lstm = new double[n];
        double[] base = new double[n];
        Dataset.Builder d = Dataset.builder();
        // the 2n trainings are independent (own seeds, generators and test sets): two at a time, longest first
        List<java.util.concurrent.Callable<Double>> jobs = new java.util.ArrayList<>();
        for (int k = n - 1; k >= 0; k--) {
            int steps = p.lengths().get(k);
            jobs.add(() -> trainAt(false, steps, p, seed));
            jobs.add(() -> trainAt(true, steps, p, seed));
        }
        List<Double> mse = illustrated.simulation.Parallel.run(jobs, 2);
        for (int k = 0; k < n; k++) {
            int steps = p.lengths().get(k);
            AddingProblem.Batch test = testSet(steps, p.testSize(), seed + 1000L * steps);
            ts[k] = steps;
            base[k] = SequenceRegressor.mse(Nd4j.onesLike(test.target()), test.target());
            lstm[k] = mse.get(2 * (n - 1 - k));
            rnn[k] = mse.get(2 * (n - 1 - k) + 1);
            d.value("mse-rnn-t" + steps, rnn[k], "%.3f");
            d.value("mse-lstm-t" + steps, lstm[k], "%.4f");
        }
        double baseline = java.util.Arrays.stream(base).average().orElseThrow();
        d.series(new Series("simple tanh RNN", ts, rnn));
        d.series(new Series("LSTM", ts, lstm));
        d.series(new Series("baseline: always predict 1", ts, base));
        d.value("baseline", baseline, "%.3f");
        d.value("baseline-theory", 1.0 / 6.0, "%.3f");
        d.value("min-length", ts[0], "%.0f");
        d.value("max-length", ts[n - 1], "%.0f");
        d.value("lengths", n, "%.0f");
        d.value("train-steps", p.updates(), "%.0f");
        d.value("batch", p.batch(), "%.0f");
        d.value("hidden-lstm", p.hiddenLstm(), "%.0f");
        d.value("forget-bias", p.forgetBias(), "%.0f");
        d.value("hidden-rnn", p.hiddenRnn(), "%.0f");
        return d.build();
    }

    /** Test MSE of the simple RNN ({@code rnn}) or the LSTM after training at length {@code steps}. */
    static double trainAt(boolean rnn, int steps, Params p, long seed) {
        long s = seed + 1000L * steps;
        AddingProblem.Batch test = testSet(steps, p.testSize(), s);
        Random init = Nd4j.getRandomFactory().getNewRandomInstance(s + 1);
        SequenceRegressor model = rnn ? TanhRnnRegressor.init(2, p.hiddenRnn(), init)
                : LstmRegressor.init(2, p.hiddenLstm(), false, p.forgetBias(), init);
        return train(model, steps, p, s + 2, test).testMse();
    }

    /** A fixed test set for length {@code steps}. */
    public static AddingProblem.Batch testSet(int steps, int size, long seed) {
        return AddingProblem.sample(steps, size, Nd4j.getRandomFactory().getNewRandomInstance(seed),
                new SplittableRandom(seed));
    }

    /** Trains {@code model} with Adam on fresh minibatches; returns its test MSE and training-loss curve. */
    public static Run train(SequenceRegressor model, int steps, Params p, long dataSeed, AddingProblem.Batch test) {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(dataSeed);
        SplittableRandom pos = new SplittableRandom(dataSeed);
        Adam adam = new Adam(model.parameters(), p.rate(), p.clip());
        double[] curve = new double[p.updates()];
        for (int u = 0; u < p.updates(); u++) {
            AddingProblem.Batch b = AddingProblem.sample(steps, p.batch(), rng, pos);
            SequenceRegressor.LossAndGradients lg = model.lossAndGradients(b.x(), b.target());
            curve[u] = lg.loss();
            adam.update(lg.gradients());
            // free the update's arrays now: ND4J keeps them outside the Java heap, where the garbage collector
            // does not see how much memory they hold
            free(lg.gradients());
            free(List.of(b.x(), b.target()));
        }
        INDArray pred = model.predict(test.x());
        double mse = SequenceRegressor.mse(pred, test.target());
        pred.close();
        return new Run(mse, curve);
    }

    /** Frees arrays that own their buffer (views are left alone). */
    static void free(List<INDArray> arrays) {
        for (INDArray a : arrays) {
            if (a.closeable()) {
                a.close();
            }
        }
    }
}
