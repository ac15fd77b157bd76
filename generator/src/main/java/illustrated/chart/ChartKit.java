package illustrated.chart;

import illustrated.simulation.Series;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Layered XY plots: lines, dashed lines and points, each layer with an explicit {@link Theme.Role}
 * colour and its own dataset and renderer, linear axes and labelled reference lines. Marker shapes
 * are in {@link Shapes}, log axes in {@link LogAxes}.
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
        r.setSeriesShape(0, l.shape() == null ? Shapes.circle(3.5) : l.shape());
        r.setUseFillPaint(false);
        return r;
    }

    /** One series as a dataset (finite numbers only, see {@link Charts.NonFiniteDataException}). */
    public static XYSeriesCollection collection(Series s) {
        return Charts.collection(List.of(s));
    }

    /** Wider gaps between legend items than JFreeChart's default. */
    public static JFreeChart spaced(JFreeChart chart) {
        if (chart.getLegend() != null) {
            chart.getLegend().setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 14));
        }
        return chart;
    }

    /**
     * The two axes of a plane (x_{1}, x_{2}) over [lo, hi] with ticks every 0.5: labels set by
     * {@link Labels#rich} at 15 px.
     */
    public static List<NumberAxis> planeAxes(Theme t, String xLabel, String yLabel, double lo, double hi) {
        NumberAxis x = Charts.axis(t, Labels.plainText(xLabel));
        NumberAxis y = Charts.axis(t, Labels.plainText(yLabel));
        x.setAttributedLabel(Labels.rich(t, 15f, xLabel));
        y.setAttributedLabel(Labels.rich(t, 15f, yLabel));
        for (NumberAxis a : List.of(x, y)) {
            a.setRange(lo, hi);
            a.setTickUnit(new NumberTickUnit(0.5, Labels.ticks("0.#")));
            a.setLabelInsets(new org.jfree.chart.ui.RectangleInsets(6, 4, 2, 6));
        }
        return List.of(x, y);
    }

    /** The largest of {@code v} (0 when empty). */
    public static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(0);
    }

    /** The smallest of {@code v} (0 when empty). */
    public static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    /** {@code s} under another name (the name is the legend's text). */
    public static Series renamed(Series s, String name) {
        return new Series(name, s.x(), s.y());
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
