package illustrated.simulation.history;

import java.util.Random;

/** Two-dimensional labelled point sets for the perceptron experiments (labels ±1). */
public final class PointSets {
    private PointSets() {
    }

    /** Points and labels; {@code xy[i] = {x, y}}. */
    public record Points(double[][] xy, int[] labels) {
        public int size() {
            return labels.length;
        }
    }

    /**
     * Linearly separable: points uniform in [−1, 1]², labelled by the side of the line
     * {@code a x + b y + c = 0}, keeping only points at least {@code margin} from it.
     */
    public static Points separable(int n, double margin, double a, double b, double c, long seed) {
        Random rng = new Random(seed);
        double[][] xy = new double[n][];
        int[] labels = new int[n];
        double norm = StrictMath.hypot(a, b);
        int k = 0;
        while (k < n) {
            double x = 2 * rng.nextDouble() - 1;
            double y = 2 * rng.nextDouble() - 1;
            double d = (a * x + b * y + c) / norm;
            if (Math.abs(d) < margin) {
                continue;
            }
            // alternate classes so that both are equally represented
            if ((d > 0) != (k % 2 == 0)) {
                continue;
            }
            xy[k] = new double[] {x, y};
            labels[k] = d > 0 ? 1 : -1;
            k++;
        }
        return new Points(xy, labels);
    }

    /**
     * Noisy XOR: {@code perCorner} points around each corner (±1, ±1) with Gaussian noise of sd
     * {@code noise}; label +1 where the corner's coordinates have opposite signs.
     */
    public static Points noisyXor(int perCorner, double noise, long seed) {
        Random rng = new Random(seed);
        int n = 4 * perCorner;
        double[][] xy = new double[n][];
        int[] labels = new int[n];
        int[][] corners = {{-1, -1}, {1, 1}, {-1, 1}, {1, -1}};
        for (int i = 0; i < n; i++) {
            int[] c = corners[i % 4];
            xy[i] = new double[] {c[0] + noise * rng.nextGaussian(), c[1] + noise * rng.nextGaussian()};
            labels[i] = c[0] * c[1] < 0 ? 1 : -1;
        }
        return new Points(xy, labels);
    }
}
