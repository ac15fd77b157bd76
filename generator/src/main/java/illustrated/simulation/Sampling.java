package illustrated.simulation;

import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Random samples as ND4J arrays for the simulations. Every sample comes from a local generator seeded
 * explicitly (ND4J's own, never its global one, or a {@link java.util.Random}), so a simulation is a pure
 * function of its parameters and seed.
 */
public final class Sampling {
    private Sampling() {
    }

    /** Runs {@code body} with a fresh generator seeded with {@code seed}, and frees it afterwards. */
    public static <T> T withRng(long seed, Function<Random, T> body) {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        try {
            return body.apply(rng);
        } finally {
            try {
                rng.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not free the ND4J random generator (seed " + seed + ")", e);
            }
        }
    }

    /** A {@code rows x cols} matrix with entries uniform in [lo, hi). */
    public static INDArray uniform(Random rng, long rows, long cols, double lo, double hi) {
        INDArray u = Nd4j.rand(rng, rows, cols).castTo(DataType.DOUBLE);
        return u.muli(hi - lo).addi(lo);
    }

    /** A {@code rows x cols} matrix of independent standard normal entries. */
    public static INDArray gaussian(Random rng, long rows, long cols) {
        return Nd4j.randn(rng, rows, cols).castTo(DataType.DOUBLE);
    }

    /**
     * A {@code rows x cols} matrix of independent N(0, sd²) entries from a {@link java.util.Random}, filled row
     * by row (the networks' initial weights and the gradient experiments' data).
     */
    public static INDArray gaussian(java.util.Random rng, int rows, int cols, double sd) {
        double[][] a = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                a[r][c] = sd * rng.nextGaussian();
            }
        }
        return Nd4j.createFromArray(a);
    }

    /**
     * {@code n} points uniform in the unit D-ball, one per row: a Gaussian vector fixes a uniformly
     * random direction, and radius {@code U^(1/D)} makes the density uniform in volume (the share of
     * the ball within radius r is r^D).
     */
    public static INDArray inUnitBall(Random rng, int n, int d) {
        INDArray g = gaussian(rng, n, d);
        INDArray norms = g.norm2(1).reshape(n, 1);
        INDArray radius = uniform(rng, n, 1, 0, 1);
        radius = org.nd4j.linalg.ops.transforms.Transforms.pow(radius, 1.0 / d, false);
        return g.diviColumnVector(norms).muliColumnVector(radius);
    }

    /**
     * Euclidean norm of each row; then frees {@code m} (a sample made for this call): ND4J's buffers live
     * outside the Java heap, and a large sample left to the garbage collector keeps its memory long after use.
     */
    public static double[] rowNormsAndFree(INDArray m) {
        INDArray norms = m.norm2(1);
        double[] out = norms.toDoubleVector();
        norms.close();
        m.close();
        return out;
    }
}
