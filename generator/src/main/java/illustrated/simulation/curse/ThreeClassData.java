package illustrated.simulation.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Sampling;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A synthetic stand-in for Bishop's oil-flow data (PRML §1.4): three classes in {@code dims}
 * dimensions, class means drawn from N(0, meanSd² I), identity covariance, {@code perClass} points
 * per class, plus one test point drawn from class {@code testFrom}. The figure plots coordinates 1
 * and 2.
 */
public final class ThreeClassData implements Simulation<ThreeClassData.Params> {
    /** Number of classes (fixed: the oil-flow data has three flow regimes). */
    public static final int CLASSES = 3;

    /**
     * @param dims     dimensions of each point (12, as the oil-flow data)
     * @param perClass points per class
     * @param meanSd   standard deviation of the class means around the origin
     * @param testFrom class (1..3) whose distribution the test point is drawn from
     */
    public record Params(int dims, int perClass, double meanSd, int testFrom) {
        public Params {
            if (dims < 2) {
                throw new IllegalArgumentException("dims must be at least 2 (two are plotted), got " + dims);
            }
            if (perClass < 1) {
                throw new IllegalArgumentException("perClass must be positive, got " + perClass);
            }
            if (testFrom < 1 || testFrom > CLASSES) {
                throw new IllegalArgumentException("testFrom must be a class 1.." + CLASSES + ", got " + testFrom);
            }
        }

        public static Params standard() {
            return new Params(12, 100, 1.5, 1);
        }
    }

    /**
     * The sample: {@code x[i]} is point i with class {@code label[i]} (1..3), {@code test} the test
     * point. Arrays are fresh copies owned by the caller.
     */
    public record Sample(double[][] x, int[] label, double[] test) {
        public int size() {
            return x.length;
        }

        public int dims() {
            return test.length;
        }

        /** Coordinate {@code k} (0-based) of every point of class {@code c}. */
        public double[] coordinate(int k, int c) {
            int n = 0;
            for (int l : label) {
                n += l == c ? 1 : 0;
            }
            double[] out = new double[n];
            int j = 0;
            for (int i = 0; i < x.length; i++) {
                if (label[i] == c) {
                    out[j++] = x[i][k];
                }
            }
            return out;
        }
    }

    /** Draws the data (means, points, test point) from one seeded generator. */
    public static Sample sample(Params p, long seed) {
        return Sampling.withRng(seed, rng -> {
            INDArray means = Sampling.gaussian(rng, CLASSES, p.dims()).muli(p.meanSd());
            int n = CLASSES * p.perClass();
            INDArray x = Sampling.gaussian(rng, n, p.dims());
            int[] label = new int[n];
            for (int c = 0; c < CLASSES; c++) {
                INDArray block = x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(c * p.perClass(),
                        (c + 1) * p.perClass()), org.nd4j.linalg.indexing.NDArrayIndex.all());
                block.addiRowVector(means.getRow(c));
                for (int i = 0; i < p.perClass(); i++) {
                    label[c * p.perClass() + i] = c + 1;
                }
            }
            INDArray test = Sampling.gaussian(rng, 1, p.dims()).addiRowVector(means.getRow(p.testFrom() - 1));
            return new Sample(x.toDoubleMatrix(), label, test.toDoubleVector());
        });
    }

    @Override
    public Dataset run(Params p, long seed) {
        Sample s = sample(p, seed);
        Dataset.Builder b = Dataset.builder();
        addScatter(b, s);
        return b.value("dims", Value.integer(p.dims()))
                .value("points", Value.integer(s.size()))
                .value("classes", Value.integer(CLASSES))
                .value("per-class", Value.integer(p.perClass()))
                .build();
    }

    /** Series "class 1".."class 3" (coordinates 1 and 2) and "test point". */
    static void addScatter(Dataset.Builder b, Sample s) {
        for (int c = 1; c <= CLASSES; c++) {
            b.series("class " + c, s.coordinate(0, c), s.coordinate(1, c));
        }
        b.series("test point", new double[] {s.test()[0]}, new double[] {s.test()[1]});
    }
}
