package illustrated.simulation.curse;

/**
 * The naive grid of the oil-flow example: each used coordinate's range (from the smallest to the
 * largest training value) is cut into {@code bins} equal intervals; a point outside the range falls
 * into the nearest edge interval.
 */
final class GridBinning {
    private final double[] lo;
    private final double[] width;
    private final int bins;

    /** Edges from the training points {@code x}, for their first {@code dims} coordinates. */
    GridBinning(double[][] x, int dims, int bins) {
        this.bins = bins;
        this.lo = new double[dims];
        this.width = new double[dims];
        for (int k = 0; k < dims; k++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                min = Math.min(min, row[k]);
                max = Math.max(max, row[k]);
            }
            lo[k] = min;
            width[k] = (max - min) / bins;
        }
    }

    int bins() {
        return bins;
    }

    /** Interval (0..bins-1) of value {@code v} on coordinate {@code k}. */
    int bin(int k, double v) {
        int b = (int) Math.floor((v - lo[k]) / width[k]);
        return Math.max(0, Math.min(bins - 1, b));
    }

    /** Left edge of interval {@code b} on coordinate {@code k} ({@code b = bins} gives the right end). */
    double edge(int k, int b) {
        return lo[k] + b * width[k];
    }

    /** Cell number of a point on the first {@code dims} coordinates (mixed radix; exact as a long up to 6^24). */
    long cell(double[] point, int dims) {
        long c = 0;
        for (int k = dims - 1; k >= 0; k--) {
            c = c * bins + bin(k, point[k]);
        }
        return c;
    }
}
