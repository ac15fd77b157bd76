package illustrated.content;

import illustrated.simulation.Value;

/**
 * One precision for a whole column of a data panel, chosen from the column's numbers: whole numbers
 * as they are; otherwise a fixed number of decimals that gives the largest value {@value #DIGITS}
 * significant digits (more when the values lie close together, so that their differences keep three);
 * and when that would leave more than a quarter of the non-zero values with
 * fewer than two (a column spanning many powers of ten, as a log axis does), {@value #DIGITS}
 * significant digits for every value, small ones as "1.748 × 10⁻⁴⁴". The CSV keeps every digit.
 */
final class ColumnFormat {
    /** Significant digits of the largest value of a column (of every value, in scientific columns). */
    static final int DIGITS = 4;
    private static final int MAX_DECIMALS = 8;
    private static final double WHOLE_LIMIT = 1e15;
    private static final double ROUND_OFF = 1e-12;

    private final String pattern;

    private ColumnFormat(String pattern) {
        this.pattern = pattern;
    }

    /** The format for a column holding {@code values} (non-finite ones are ignored). */
    static ColumnFormat of(double[] values) {
        double max = 0;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        boolean whole = true;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = StrictMath.max(max, StrictMath.abs(v));
                low = StrictMath.min(low, v);
                high = StrictMath.max(high, v);
                whole &= v == StrictMath.rint(v) && StrictMath.abs(v) < WHOLE_LIMIT;
            }
        }
        if (whole || max == 0) {
            return new ColumnFormat("%.0f");
        }
        int exponent = (int) StrictMath.floor(StrictMath.log10(max));
        int decimals = DIGITS - 1 - exponent;
        if (high > low) {
            // values close together far from zero (a pressure of 1013.69 to 1014.34): the differences keep 3 digits
            decimals = StrictMath.max(decimals, 2 - (int) StrictMath.floor(StrictMath.log10(high - low)));
        }
        decimals = StrictMath.max(0, StrictMath.min(MAX_DECIMALS, decimals));
        // a value below 10^(1 - decimals) shows fewer than two significant digits
        double legible = StrictMath.pow(10, 1 - decimals);
        int nonZero = 0;
        int illegible = 0;
        for (double v : values) {
            // below a 10¹²th of the largest a value is round-off (cos(π/2) is 6.1e-17): it counts as zero
            if (Double.isFinite(v) && StrictMath.abs(v) >= max * ROUND_OFF) {
                nonZero++;
                if (StrictMath.abs(v) < legible) {
                    illegible++;
                }
            }
        }
        if (4 * illegible > nonZero) {
            return new ColumnFormat("%." + (DIGITS - 1) + "e");
        }
        return new ColumnFormat("%." + decimals + "f");
    }

    /** The number as the panel shows it: this column's precision, a true minus sign. */
    String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "not a number" : v > 0 ? "\u221E" : "\u2212\u221E";
        }
        String s = new Value(v, pattern, "").formatted();
        // a value that rounds to zero is zero, whatever its sign ("0.000", not "−0.000")
        return s.startsWith("\u2212") && s.matches("\u22120[.0]*") ? s.substring(1) : s;
    }

    /** The pattern (for tests): "%.0f", "%.{n}f" or "%.{n}e". */
    String pattern() {
        return pattern;
    }
}
