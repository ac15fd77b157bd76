package illustrated.bench;

import illustrated.simulation.Numerics;
import illustrated.simulation.nn.lstm.AddingProblem;
import illustrated.simulation.nn.lstm.LstmRegressor;
import illustrated.simulation.nn.lstm.SequenceRegressor;
import illustrated.simulation.nn.optim.Adam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam.Builder;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Benchmark, not a test: LSTM training throughput (sequences per second, forward + backward + Adam
 * update) of the hand-written LSTM against DeepLearning4J's LSTM layer on the same task (adding
 * problem, last-step linear read-out, MSE), batch size, sequence length and hidden size, in double
 * precision and one thread, in the same JVM. Repetitions alternate between the two so that both
 * see the same machine load; reported are medians of the wall-clock rate and of the rate per CPU-second
 * of the benchmark thread (a measure that a loaded machine disturbs less).
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * illustrated.bench.LstmThroughputBench [T] [B] [H] [reps] [updates]} with {@code OMP_NUM_THREADS=1}.
 */
public final class LstmThroughputBench {
    private LstmThroughputBench() {
    }

    public static void main(String[] args) {
        Numerics.init();
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int hidden = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        int updates = args.length > 4 ? Integer.parseInt(args[4]) : 20;

        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(1);
        SplittableRandom pos = new SplittableRandom(1);
        List<AddingProblem.Batch> data = new ArrayList<>();
        List<DataSet> dl4jData = new ArrayList<>();
        for (int i = 0; i < updates; i++) {
            AddingProblem.Batch b = AddingProblem.sample(steps, batch, rng, pos);
            data.add(b);
            dl4jData.add(new DataSet(b.x().permute(1, 2, 0).dup(), b.target().dup()));
        }

        LstmRegressor ours = LstmRegressor.init(2, hidden, false, 1.0, rng);
        Adam adam = new Adam(ours.parameters(), 1e-3, 0);
        MultiLayerNetwork dl4j = dl4j(hidden);

        // warm-up: JIT, buffers, native caches
        for (int w = 0; w < 2; w++) {
            runOurs(ours, adam, data);
            runDl4j(dl4j, dl4jData);
        }
        double[] oursRate = new double[reps];
        double[] dl4jRate = new double[reps];
        double[] oursCpu = new double[reps];
        double[] dl4jCpu = new double[reps];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < reps; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            oursRate[r] = updates * (double) batch / runOurs(ours, adam, data);
            long c1 = mx.getCurrentThreadCpuTime();
            dl4jRate[r] = updates * (double) batch / runDl4j(dl4j, dl4jData);
            long c2 = mx.getCurrentThreadCpuTime();
            oursCpu[r] = updates * (double) batch / ((c1 - c0) / 1e9);
            dl4jCpu[r] = updates * (double) batch / ((c2 - c1) / 1e9);
        }
        double mo = median(oursRate);
        double md = median(dl4jRate);
        double co = median(oursCpu);
        double cd = median(dl4jCpu);
        System.out.printf(Locale.ROOT, "T=%d B=%d H=%d reps=%d updates/rep=%d%n", steps, batch, hidden, reps, updates);
        System.out.printf(Locale.ROOT, "hand-written: median %.1f sequences/s  (all: %s)%n", mo, fmt(oursRate));
        System.out.printf(Locale.ROOT, "DL4J LSTM:    median %.1f sequences/s  (all: %s)%n", md, fmt(dl4jRate));
        System.out.printf(Locale.ROOT, "ratio hand-written / DL4J: %.2f%n", mo / md);
        System.out.printf(Locale.ROOT, "per CPU-second of the benchmark thread: hand-written %.1f, DL4J %.1f, ratio %.2f%n",
                co, cd, co / cd);
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f |%n", steps, batch, hidden,
                mo, md, mo / md, co, cd, co / cd);
    }

    private static double runOurs(LstmRegressor m, Adam adam, List<AddingProblem.Batch> data) {
        long t0 = System.nanoTime();
        for (AddingProblem.Batch b : data) {
            SequenceRegressor.LossAndGradients lg = m.lossAndGradients(b.x(), b.target());
            adam.update(lg.gradients());
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double runDl4j(MultiLayerNetwork net, List<DataSet> data) {
        long t0 = System.nanoTime();
        for (DataSet d : data) {
            net.fit(d);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static MultiLayerNetwork dl4j(int hidden) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).seed(1)
                .updater(new Builder().learningRate(1e-3).build())
                .list()
                .layer(new LastTimeStep(new org.deeplearning4j.nn.conf.layers.LSTM.Builder().nIn(2).nOut(hidden)
                        .activation(Activation.TANH).gateActivationFunction(Activation.SIGMOID)
                        .forgetGateBiasInit(1.0).build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(hidden).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String fmt(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double x : v) {
            sb.append(String.format(Locale.ROOT, "%.0f ", x));
        }
        return sb.toString().trim();
    }
}
