package illustrated.simulation.curse;

import illustrated.format.Decimal;
import java.util.Arrays;

/** Small descriptive statistics on plain arrays (the samples come from ND4J). */
final class Stats {
    private Stats() {
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (divisor n - 1). */
    static double sd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** Centres of {@code bins} equal bins over [lo, hi]. */
    static double[] binCentres(double lo, double hi, int bins) {
        double w = (hi - lo) / bins;
        double[] c = new double[bins];
        for (int i = 0; i < bins; i++) {
            c[i] = lo + (i + 0.5) * w;
        }
        return c;
    }

    /**
     * Histogram as a density: share of the values per unit of x in each of {@code bins} equal bins over
     * [lo, hi] (values at hi go to the last bin; values outside are an error: the caller chose the range).
     */
    static double[] density(double[] v, double lo, double hi, int bins) {
        double w = (hi - lo) / bins;
        double[] h = new double[bins];
        for (double x : v) {
            if (x < lo || x > hi) {
                throw new IllegalArgumentException("value " + Decimal.shortest(x) + " is outside the histogram range [" + Decimal.shortest(lo) + ", " + Decimal.shortest(hi) + "]");
            }
            int b = Math.min(bins - 1, (int) ((x - lo) / w));
            h[b]++;
        }
        for (int i = 0; i < bins; i++) {
            h[i] /= v.length * w;
        }
        return h;
    }
}
