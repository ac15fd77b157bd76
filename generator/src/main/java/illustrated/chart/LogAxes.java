package illustrated.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** The base-10 log axes of the charts, all {@link PinnedLogAxis}: powers of ten or plain decimal ticks. */
public final class LogAxes {
    private LogAxes() {
    }

    /** A base-10 log axis, no minor tick marks, range and ticks left to the caller (values down to 1e-300). */
    public static LogAxis plain(String label) {
        LogAxis a = new PinnedLogAxis(label);
        a.setBase(10);
        a.setSmallestValue(1e-300);
        a.setMinorTickMarksVisible(false);
        return a;
    }

    /** A base-10 log axis over [lo, hi] with tick labels as plain numbers (1, 10, 100, 1,000) or powers of ten. */
    public static LogAxis log(Theme t, String label, double lo, double hi, boolean powers) {
        LogAxis a = new PinnedLogAxis(label);
        a.setBase(10);
        a.setRange(lo, hi);
        a.setSmallestValue(lo);
        a.setMinorTickMarksVisible(true);
        if (!powers) {
            a.setNumberFormatOverride(Labels.plain());
        }
        a.setTickUnit(new NumberTickUnit(1));
        return a;
    }

    /**
     * A vertical base-10 log axis over [lo, hi] like {@link #log} (plain numbers) whose labels are the
     * powers of ten plus, below 1, the 2 and 5 multiples, so that small values can be read off (0.1, 0.2,
     * 0.5, 1, 10, …).
     */
    public static LogAxis logWithSmallTicks(Theme t, String label, double lo, double hi) {
        LogAxis a = new DecimalLogAxis(label, Labels.plain(), true, true);
        a.setRange(lo, hi);
        a.setSmallestValue(lo);
        a.setNumberFormatOverride(Labels.plain());
        return a;
    }

    /** A vertical base-10 log axis with ticks at 1, 2 and 5 times every power of ten, as plain decimals (not 10ⁿ). */
    public static LogAxis decimal(String label) {
        return new DecimalLogAxis(label, Labels.ticks("0.#####"), false, false);
    }

    /** A vertical log axis with ticks at 1, 2 and 5 times powers of ten, labelled in {@code format}. */
    static final class DecimalLogAxis extends PinnedLogAxis {
        private static final long serialVersionUID = 1L;
        private final NumberFormat format;
        private final boolean smallOnlyBelowOne;
        private final boolean exactDecimal;

        /**
         * {@code smallOnlyBelowOne}: the 2 and 5 multiples only below 1; {@code exactDecimal}: a tick value
         * is read from its decimal text (0.1 is exactly the double 0.1), else computed as m × 10^e.
         */
        DecimalLogAxis(String label, NumberFormat format, boolean smallOnlyBelowOne, boolean exactDecimal) {
            super(label);
            this.format = format;
            this.smallOnlyBelowOne = smallOnlyBelowOne;
            this.exactDecimal = exactDecimal;
            setBase(10);
            setMinorTickMarksVisible(false);
        }

        @Override
        protected List<ValueTick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            List<ValueTick> ticks = new ArrayList<>();
            double lo = getLowerBound();
            double hi = getUpperBound();
            for (int e = (int) Math.floor(StrictMath.log10(lo)); e <= (int) Math.ceil(StrictMath.log10(hi)); e++) {
                for (int m : smallOnlyBelowOne && e >= 0 ? new int[] {1} : new int[] {1, 2, 5}) {
                    double v = exactDecimal ? Double.parseDouble(m + "e" + e) : m * StrictMath.pow(10, e);
                    if (v >= lo && v <= hi) {
                        ticks.add(new NumberTick(TickType.MAJOR, v, format.format(v), TextAnchor.CENTER_RIGHT,
                                TextAnchor.CENTER_RIGHT, 0.0));
                    }
                }
            }
            return ticks;
        }
    }
}
