package illustrated.chart;

import illustrated.chart.svg.SvgOptimiser;
import illustrated.format.Decimal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shrinks JFreeSVG output without changing what it shows: the rules, applied to the parsed XML tree,
 * are in {@link illustrated.chart.svg} ({@link SvgOptimiser} lists them). Also the coordinate rounding
 * that {@code figure.SvgExport} gives JFreeSVG.
 */
public final class SvgSlimmer {
    private SvgSlimmer() {
    }

    /** Returns the slimmed SVG; see {@link SvgOptimiser}. */
    public static String slim(String svg) {
        return SvgOptimiser.slim(svg);
    }

    /** A coordinate rounded to 0.1 from its exact binary value ("12.3", "0"); NaN or infinity is an error. */
    public static String round(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("a coordinate is " + Decimal.shortest(d) + ": the chart data contains NaN or infinity");
        }
        BigDecimal b = new BigDecimal(d).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) {
            return "0";
        }
        return b.toPlainString();
    }
}
