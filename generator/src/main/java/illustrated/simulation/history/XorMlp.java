package illustrated.simulation.history;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The network Minsky and Papert's single layer could not be: 2 inputs, a hidden layer of tanh units,
 * one logistic output, trained on XOR by full-batch gradient descent with hand-written
 * back-propagation on ND4J (column convention: the four examples are columns).
 *
 * <pre>
 *   a = W1 x + b1,  h = tanh a,  z = w2 h + b2,  p = σ(z)
 *   L = −(1/N) Σ [y log p + (1 − y) log(1 − p)]
 * </pre>
 *
 * <p>Series {@code loss} (every {@code logEvery} epochs); grid {@code p} (the trained network's
 * output over the plane); series {@code target 1} and {@code target 0} (the four points).
 */
public final class XorMlp implements Simulation<XorMlp.Params> {
    /**
     * @param hidden   hidden units
     * @param epochs   gradient-descent steps on the four points
     * @param rate     learning rate
     * @param logEvery epochs between loss-curve points
     * @param gridSize cells per side of the decision-region grid
     */
    public record Params(int hidden, int epochs, double rate, int logEvery, int gridSize) {
    }

    /** The four XOR inputs as columns: (0,0), (0,1), (1,0), (1,1). */
    public static final double[][] X = {{0, 0, 1, 1}, {0, 1, 0, 1}};
    /** XOR of each column. */
    public static final double[] Y = {0, 1, 1, 0};

    /** Weights; mutable arrays, updated in place by {@link #step}. */
    public record Net(INDArray w1, INDArray b1, INDArray w2, INDArray b2) {
        public static Net random(int hidden, long seed) {
            Random rng = new Random(seed);
            double[][] w1 = new double[hidden][2];
            double[][] w2 = new double[1][hidden];
            for (int i = 0; i < hidden; i++) {
                w1[i][0] = rng.nextGaussian();
                w1[i][1] = rng.nextGaussian();
                w2[0][i] = rng.nextGaussian() / Math.sqrt(hidden);
            }
            return new Net(Nd4j.createFromArray(w1), Nd4j.zeros(hidden, 1), Nd4j.createFromArray(w2), Nd4j.zeros(1, 1));
        }

        public List<INDArray> arrays() {
            return List.of(w1, b1, w2, b2);
        }
    }

    /** Output probabilities p for inputs given as columns [2 × n]. */
    public static INDArray predict(Net net, INDArray x) {
        INDArray h = Transforms.tanh(net.w1().mmul(x).addiColumnVector(net.b1()), false);
        return Transforms.sigmoid(net.w2().mmul(h).addiColumnVector(net.b2()), false);
    }

    /** Mean cross-entropy on (x, y). */
    public static double loss(Net net, INDArray x, INDArray y) {
        INDArray p = predict(net, x);
        INDArray ll = y.mul(Transforms.log(p, true)).addi(y.rsub(1.0).muli(Transforms.log(p.rsub(1.0), false)));
        return -ll.meanNumber().doubleValue();
    }

    /** Back-propagation: gradients of {@link #loss} for w1, b1, w2, b2 (in that order). */
    public static List<INDArray> gradients(Net net, INDArray x, INDArray y) {
        double n = x.columns();
        INDArray h = Transforms.tanh(net.w1().mmul(x).addiColumnVector(net.b1()), false);
        INDArray p = Transforms.sigmoid(net.w2().mmul(h).addiColumnVector(net.b2()), false);
        INDArray dz = p.sub(y).divi(n);                          // ∂L/∂z for logistic + cross-entropy
        INDArray dw2 = dz.mmul(h.transpose());
        INDArray db2 = dz.sum(true, 1);
        INDArray da = net.w2().transpose().mmul(dz).muli(h.mul(h).rsubi(1.0)); // (w2ᵀ dz) ⊙ (1 − h²)
        INDArray dw1 = da.mmul(x.transpose());
        INDArray db1 = da.sum(true, 1);
        return List.of(dw1, db1, dw2, db2);
    }

    /** One gradient-descent step, in place. */
    public static void step(Net net, INDArray x, INDArray y, double rate) {
        List<INDArray> g = gradients(net, x, y);
        List<INDArray> a = net.arrays();
        for (int i = 0; i < a.size(); i++) {
            a.get(i).subi(g.get(i).mul(rate));
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        INDArray x = Nd4j.createFromArray(X);
        INDArray y = Nd4j.createFromArray(new double[][] {Y});
        Net net = Net.random(p.hidden(), seed);
        int points = p.epochs() / p.logEvery() + 1;
        double[] ex = new double[points];
        double[] ly = new double[points];
        ex[0] = 0;
        ly[0] = loss(net, x, y);
        for (int e = 1; e <= p.epochs(); e++) {
            step(net, x, y, p.rate());
            if (e % p.logEvery() == 0) {
                ex[e / p.logEvery()] = e;
                ly[e / p.logEvery()] = loss(net, x, y);
            }
        }
        int g = p.gridSize();
        double lo = -0.25;
        double hi = 1.25;
        double[] axis = new double[g];
        double[][] grid = new double[2][g * g];
        for (int i = 0; i < g; i++) {
            axis[i] = lo + (hi - lo) * (i + 0.5) / g;
        }
        for (int r = 0; r < g; r++) {
            for (int c = 0; c < g; c++) {
                grid[0][r * g + c] = axis[c];
                grid[1][r * g + c] = axis[r];
            }
        }
        double[] pv = predict(net, Nd4j.createFromArray(grid)).toDoubleVector();
        double[][] z = new double[g][g];
        for (int r = 0; r < g; r++) {
            System.arraycopy(pv, r * g, z[r], 0, g);
        }
        double[] p4 = predict(net, x).toDoubleVector();
        double worst = 0;
        for (int i = 0; i < 4; i++) {
            worst = Math.max(worst, Math.abs(p4[i] - Y[i]));
        }
        return Dataset.builder()
                .series(new Series("loss", ex, ly))
                .grid(new Grid("p", axis, axis, z))
                .series(new Series("target 1", new double[] {0, 1}, new double[] {1, 0}))
                .series(new Series("target 0", new double[] {0, 1}, new double[] {0, 1}))
                .value("final-loss", ly[points - 1], "%.3f")
                .value("initial-loss", ly[0], "%.2f")
                .value("epochs", Value.integer(p.epochs()))
                .value("hidden", Value.integer(p.hidden()))
                .value("worst-output-error", worst, "%.3f")
                .build();
    }
}
