package illustrated.simulation.history;

import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Rosenblatt's rule on two point sets of the same size: a linearly separable one (it converges, as
 * Novikoff's theorem promises) and a noisy XOR (it never settles: no line separates XOR). The points
 * are visited in a new seeded random order every epoch.
 *
 * <p>Series: {@code class +1}, {@code class −1} (separable points), {@code xor +1}, {@code xor −1},
 * {@code final line}, {@code line after epoch 1} (separable set, clipped to the plot box),
 * {@code separable} and {@code XOR} (mistakes per epoch).
 */
public final class PerceptronRule implements Simulation<PerceptronRule.Params> {
    /**
     * @param points    points per set (a multiple of 4)
     * @param margin    smallest distance of a separable point from the true line
     * @param xorNoise  sd of the noise around the XOR corners
     * @param maxEpochs epoch budget (the XOR run always uses all of it)
     * @param rate      learning rate η
     */
    public record Params(int points, double margin, double xorNoise, int maxEpochs, double rate) {
        public Params {
            if (points <= 0 || points % 4 != 0) {
                throw new IllegalArgumentException("points must be a positive multiple of 4, got " + points);
            }
        }
    }

    /** Half-width of the box the lines are clipped to. */
    public static final double BOX = 1.25;

    @Override
    public Dataset run(Params p, long seed) {
        PointSets.Points sep = PointSets.separable(p.points(), p.margin(), 0.8, -1.0, 0.15, seed);
        PointSets.Points xor = PointSets.noisyXor(p.points() / 4, p.xorNoise(), seed + 1);
        // each run draws its own visiting orders, one shuffle per epoch
        Perceptron.Result rs = Perceptron.train(matrix(sep), sep.labels(), p.rate(), p.maxEpochs(), new Random(seed + 2));
        Perceptron.Result rx = Perceptron.train(matrix(xor), xor.labels(), p.rate(), p.maxEpochs(), new Random(seed + 3));
        if (!rs.converged()) {
            throw new IllegalStateException("the perceptron did not converge on separable data within "
                    + p.maxEpochs() + " epochs: raise maxEpochs or the margin");
        }
        Dataset.Builder d = Dataset.builder();
        addClass(d, "class +1", sep, 1);
        addClass(d, "class \u22121", sep, -1);
        addClass(d, "xor +1", xor, 1);
        addClass(d, "xor \u22121", xor, -1);
        d.series(line("final line", rs.weights()));
        d.series(line("line after epoch 1", rs.firstEpochLine()));
        d.series(epochs("separable", rs.mistakesPerEpoch()));
        d.series(epochs("XOR", rx.mistakesPerEpoch()));
        return d.value("epochs-to-converge", Value.integer(rs.epochsToConverge()))
                .value("min-errors", Value.integer(rx.minMistakes()))
                .value("epochs", Value.integer(rx.mistakesPerEpoch().length))
                .value("points", Value.integer(p.points()))
                .build();
    }

    static INDArray matrix(PointSets.Points pts) {
        return Nd4j.createFromArray(pts.xy());
    }

    private static void addClass(Dataset.Builder d, String name, PointSets.Points pts, int label) {
        List<double[]> keep = new ArrayList<>();
        for (int i = 0; i < pts.size(); i++) {
            if (pts.labels()[i] == label) {
                keep.add(pts.xy()[i]);
            }
        }
        double[] x = new double[keep.size()];
        double[] y = new double[keep.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = keep.get(i)[0];
            y[i] = keep.get(i)[1];
        }
        d.series(new Series(name, x, y));
    }

    private static Series epochs(String name, int[] mistakes) {
        double[] x = new double[mistakes.length];
        double[] y = new double[mistakes.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
            y[i] = mistakes[i];
        }
        return new Series(name, x, y);
    }

    /** The segment of w1 x + w2 y + b = 0 inside the box [−BOX, BOX]². */
    static Series line(String name, double[] wb) {
        double w1 = wb[0];
        double w2 = wb[1];
        double b = wb[2];
        if (Math.abs(w2) >= Math.abs(w1)) {
            double[] x = {-BOX, BOX};
            double[] y = {(-b - w1 * x[0]) / w2, (-b - w1 * x[1]) / w2};
            return clip(name, x, y);
        }
        double[] y = {-BOX, BOX};
        double[] x = {(-b - w2 * y[0]) / w1, (-b - w2 * y[1]) / w1};
        return clip(name, x, y);
    }

    private static Series clip(String name, double[] x, double[] y) {
        // the dominant coordinate spans the box; the other one may leave it: shorten the segment
        double[] cx = x.clone();
        double[] cy = y.clone();
        for (int k = 0; k < 2; k++) {
            double t = 1;
            double ox = cx[1 - k];
            double oy = cy[1 - k];
            if (Math.abs(cy[k]) > BOX) {
                t = Math.min(t, (Math.signum(cy[k]) * BOX - oy) / (cy[k] - oy));
            }
            if (Math.abs(cx[k]) > BOX) {
                t = Math.min(t, (Math.signum(cx[k]) * BOX - ox) / (cx[k] - ox));
            }
            cx[k] = ox + t * (cx[k] - ox);
            cy[k] = oy + t * (cy[k] - oy);
        }
        return new Series(name, cx, cy);
    }
}
