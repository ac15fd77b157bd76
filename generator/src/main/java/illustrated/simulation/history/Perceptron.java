package illustrated.simulation.history;

import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Rosenblatt's perceptron learning rule on ND4J: predict sign(w·x + b); on a mistake,
 * w ← w + η y x and b ← b + η y. Each epoch visits every point once, in a fresh random order drawn
 * from the caller's seeded generator (a fixed order can lock the rule into a cycle on data that no
 * line separates), until an epoch passes without a mistake or the epoch budget runs out.
 */
public final class Perceptron {
    private Perceptron() {
    }

    /**
     * @param mistakesPerEpoch mistakes (= updates) in each epoch that was run
     * @param converged        whether the last epoch had no mistake
     * @param weights          final w (2 entries) then b
     * @param firstEpochLine   w and b after the first epoch
     */
    public record Result(int[] mistakesPerEpoch, boolean converged, double[] weights, double[] firstEpochLine) {
        public Result {
            mistakesPerEpoch = mistakesPerEpoch.clone();
            weights = weights.clone();
            firstEpochLine = firstEpochLine.clone();
        }

        /** Epochs with at least one mistake before the first clean epoch (the convergence time). */
        public int epochsToConverge() {
            return converged ? mistakesPerEpoch.length - 1 : -1;
        }

        public int minMistakes() {
            return Arrays.stream(mistakesPerEpoch).min().orElse(0);
        }
    }

    /**
     * @param x      points, [n × d]
     * @param labels +1 or −1 per point
     * @param order  draws the visiting order of each epoch
     */
    public static Result train(INDArray x, int[] labels, double rate, int maxEpochs, Random order) {
        int n = (int) x.rows();
        if (labels.length != n) {
            throw new IllegalArgumentException(n + " points but " + labels.length + " labels");
        }
        INDArray w = Nd4j.zeros(1, x.columns());
        double b = 0;
        int[] mistakes = new int[maxEpochs];
        double[] first = null;
        int epochs = 0;
        boolean converged = false;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        while (epochs < maxEpochs && !converged) {
            shuffle(perm, order);
            int m = 0;
            for (int i : perm) {
                INDArray xi = x.getRow(i, true);
                double score = w.mmul(xi.transpose()).getDouble(0) + b;
                if (labels[i] * score <= 0) {
                    w.addi(xi.mul(rate * labels[i]));
                    b += rate * labels[i];
                    m++;
                }
            }
            mistakes[epochs++] = m;
            converged = m == 0;
            if (first == null) {
                first = withBias(w, b);
            }
        }
        return new Result(Arrays.copyOf(mistakes, epochs), converged, withBias(w, b), first);
    }

    /** Fisher–Yates. */
    static void shuffle(int[] a, Random rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    private static double[] withBias(INDArray w, double b) {
        double[] v = w.toDoubleVector();
        double[] out = Arrays.copyOf(v, v.length + 1);
        out[v.length] = b;
        return out;
    }
}
