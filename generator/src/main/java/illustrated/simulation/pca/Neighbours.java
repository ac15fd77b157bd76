package illustrated.simulation.pca;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Nearest neighbours by brute force (the data sets here have a few hundred points). */
final class Neighbours {
    private Neighbours() {
    }

    /** The {@code k} points nearest to point {@code i} (Euclidean; ties broken by index), excluding i itself. */
    static int[] nearest(double[][] x, int i, int k) {
        double[] d = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            d[j] = squaredDistance(x[i], x[j]);
        }
        return IntStream.range(0, x.length).filter(j -> j != i).boxed()
                .sorted(Comparator.<Integer>comparingDouble(j -> d[j]).thenComparingInt(j -> j))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Leave-one-out accuracy (0..1) of the 1-nearest-neighbour classifier: the share of points whose
     * nearest other point has the same label.
     */
    static double leaveOneOutAccuracy(double[][] x, int[] label) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            right += label[nearest(x, i, 1)[0]] == label[i] ? 1 : 0;
        }
        return (double) right / x.length;
    }

    /** Columns {@code cols} of every row. */
    static double[][] columns(double[][] x, int... cols) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] r = new double[cols.length];
            for (int j = 0; j < cols.length; j++) {
                r[j] = x[i][cols[j]];
            }
            out[i] = r;
        }
        return out;
    }

    /** Share (0..1) of the k nearest neighbours of each point in {@code a} that are also among its k nearest in {@code b}. */
    static double sharedNeighbours(double[][] a, double[][] b, int k) {
        long shared = 0;
        for (int i = 0; i < a.length; i++) {
            int[] na = nearest(a, i, k);
            int[] nb = nearest(b, i, k);
            Arrays.sort(nb);
            for (int j : na) {
                shared += Arrays.binarySearch(nb, j) >= 0 ? 1 : 0;
            }
        }
        return (double) shared / ((long) a.length * k);
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double t = a[j] - b[j];
            s += t * t;
        }
        return s;
    }
}
