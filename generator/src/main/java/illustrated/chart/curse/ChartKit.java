package illustrated.chart.curse;

import illustrated.chart.PinnedLogAxis;
import illustrated.chart.Charts;
import illustrated.chart.Theme;
import illustrated.simulation.Series;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Small building blocks for the curse-of-dimensionality charts: XY plots that mix lines, dashed
 * lines and points, each with an explicit {@link Theme.Role} colour, log axes and labelled markers.
 * Generic enough to reuse; kept here so as not to touch the shared {@link Charts}.
 */
public final class ChartKit {
    private ChartKit() {
    }

    /** How a series is drawn. */
    public enum Style { LINE, DASHED, POINTS, LINE_AND_POINTS }

    /** One plotted series with its colour role, style and marker shape (null = circle). */
    public record Plotted(Series series, Theme.Role role, Style style, Shape shape) {
        public static Plotted of(Series s, Theme.Role role, Style style) {
            return new Plotted(s, role, style, null);
        }
    }

    /** An XY plot with one dataset and renderer per layer (drawn in order, first at the back). */
    public static XYPlot plot(Theme t, ValueAxis x, ValueAxis y, List<Plotted> layers) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        for (int i = 0; i < layers.size(); i++) {
            Plotted l = layers.get(i);
            plot.setDataset(i, collection(l.series()));
            plot.setRenderer(i, renderer(t, l));
        }
        return plot;
    }

    /** A chart (legend on) around a plot. */
    public static JFreeChart chart(Theme t, XYPlot plot, boolean legend) {
        return new JFreeChart(null, t.font(14f), plot, legend);
    }

    public static XYLineAndShapeRenderer renderer(Theme t, Plotted l) {
        boolean lines = l.style() != Style.POINTS;
        boolean shapes = l.style() == Style.POINTS || l.style() == Style.LINE_AND_POINTS;
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(lines, shapes);
        r.setDrawSeriesLineAsPath(true);
        r.setSeriesPaint(0, t.color(l.role()));
        r.setSeriesStroke(0, l.style() == Style.DASHED ? t.dashed() : t.line());
        r.setSeriesShape(0, l.shape() == null ? circle(3.5) : l.shape());
        r.setUseFillPaint(false);
        return r;
    }

    public static XYSeriesCollection collection(Series s) {
        XYSeriesCollection c = new XYSeriesCollection();
        XYSeries xy = new XYSeries(s.name(), false, true);
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isFinite(s.x(i)) || !Double.isFinite(s.y(i))) {
                throw new Charts.NonFiniteDataException(s.name(), i, Double.isFinite(s.x(i)) ? s.y(i) : s.x(i));
            }
            xy.add(s.x(i), s.y(i));
        }
        c.addSeries(xy);
        return c;
    }

    public static Shape circle(double r) {
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    public static Shape square(double r) {
        return new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
    }

    public static Shape triangle(double r) {
        return ShapeUtils.createUpTriangle((float) r);
    }

    public static Shape diamond(double r) {
        return ShapeUtils.createDiamond((float) r);
    }

    public static Shape cross(double r) {
        return ShapeUtils.createDiagonalCross((float) r, (float) (r / 3.5));
    }

    /** A linear axis over [lo, hi] (auto range when hi <= lo) with a fixed tick step (auto when 0). */
    public static NumberAxis linear(Theme t, String label, double lo, double hi, double tick) {
        NumberAxis a = Charts.axis(t, label);
        if (hi > lo) {
            a.setRange(lo, hi);
        }
        if (tick > 0) {
            a.setTickUnit(new NumberTickUnit(tick));
        }
        return a;
    }

    /** A base-10 log axis with tick labels as plain numbers (1, 10, 100, 1,000) or powers of ten. */
    public static LogAxis log(Theme t, String label, double lo, double hi, boolean powers) {
        LogAxis a = new PinnedLogAxis(label);
        a.setBase(10);
        a.setRange(lo, hi);
        a.setSmallestValue(lo);
        a.setMinorTickMarksVisible(true);
        if (!powers) {
            a.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        }
        a.setTickUnit(new NumberTickUnit(1));
        return a;
    }

    /**
     * A vertical base-10 log axis like {@link #log} (plain numbers) whose labels are the powers of ten
     * plus, below 1, the 2 and 5 multiples, so that small values can be read off (0.1, 0.2, 0.5, 1, 10, …).
     */
    public static LogAxis logWithSmallTicks(Theme t, String label, double lo, double hi) {
        LogAxis a = new PinnedLogAxis(label) {
            private static final long serialVersionUID = 1L;

            @Override
            protected List<ValueTick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
                List<ValueTick> ticks = new ArrayList<>();
                java.text.NumberFormat f = getNumberFormatOverride();
                for (int e = (int) Math.floor(StrictMath.log10(getLowerBound())); e <= Math.ceil(StrictMath.log10(getUpperBound()));
                        e++) {
                    for (int m : e < 0 ? new int[] {1, 2, 5} : new int[] {1}) {
                        // round so that 10^-1 is exactly the double 0.1 and prints as "0.1"
                        double v = Double.parseDouble(m + "e" + e);
                        if (v >= getLowerBound() && v <= getUpperBound()) {
                            ticks.add(new NumberTick(TickType.MAJOR, v, f.format(v), TextAnchor.CENTER_RIGHT,
                                    TextAnchor.CENTER_RIGHT, 0.0));
                        }
                    }
                }
                return ticks;
            }
        };
        a.setBase(10);
        a.setRange(lo, hi);
        a.setSmallestValue(lo);
        a.setMinorTickMarksVisible(false);
        a.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        return a;
    }

    /** A labelled vertical (domain) or horizontal (range) reference line. */
    public static void marker(Theme t, XYPlot plot, boolean vertical, double at, String label, Theme.Role role,
            boolean labelRight) {
        ValueMarker m = new ValueMarker(at, t.color(role), new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 3f}, 0f));
        m.setLabel(label);
        m.setLabelBackgroundColor(Theme.Role.PAPER.color(0));
        m.setLabelFont(t.font(12.5f));
        m.setLabelPaint(t.color(role == Theme.Role.GRID ? Theme.Role.MUTED : role));
        if (vertical) {
            m.setLabelAnchor(labelRight ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
            m.setLabelTextAnchor(labelRight ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
            m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 4));
            plot.addDomainMarker(0, m, Layer.BACKGROUND);
        } else {
            // the label sits just below the line, at the right or left end
            m.setLabelAnchor(labelRight ? RectangleAnchor.RIGHT : RectangleAnchor.LEFT);
            m.setLabelTextAnchor(labelRight ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 6, 2, 6));
            plot.addRangeMarker(0, m, Layer.BACKGROUND);
        }
    }
}
