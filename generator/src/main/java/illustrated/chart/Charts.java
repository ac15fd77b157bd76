package illustrated.chart;

import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart builders in the site style. Every builder checks its data for NaN and infinity first and
 * names the offending series and index, because a NaN silently breaks a JFreeChart plot.
 */
public final class Charts {
    private Charts() {
    }

    /** Lines, one per series, in the order given. */
    public static JFreeChart lines(Theme t, String xLabel, String yLabel, List<Series> series) {
        XYSeriesCollection c = collection(series);
        NumberAxis x = axis(t, xLabel);
        NumberAxis y = axis(t, yLabel);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, t.series(i));
            r.setSeriesStroke(i, t.line());
        }
        XYPlot plot = new XYPlot(c, x, y, r);
        return new JFreeChart(null, t.font(14f), plot, series.size() > 1);
    }

    /** Points (scatter), one colour per series. */
    public static JFreeChart points(Theme t, String xLabel, String yLabel, List<Series> series, double radius) {
        XYSeriesCollection c = collection(series);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, t.series(i));
            r.setSeriesShape(i, new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius));
        }
        XYPlot plot = new XYPlot(c, axis(t, xLabel), axis(t, yLabel), r);
        return new JFreeChart(null, t.font(14f), plot, series.size() > 1);
    }

    /**
     * Bars of a histogram: each series' x are bin centres, y the heights; {@code binWidth} in x units.
     */
    public static JFreeChart histogram(Theme t, String xLabel, String yLabel, List<Series> series, double binWidth) {
        XYSeriesCollection c = collection(series);
        c.setIntervalWidth(binWidth);
        XYBarRenderer r = flatBars();
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, t.series(i));
        }
        XYPlot plot = new XYPlot(c, axis(t, xLabel), axis(t, yLabel), r);
        plot.setForegroundAlpha(series.size() > 1 ? 0.75f : 1f);
        return new JFreeChart(null, t.font(14f), plot, series.size() > 1);
    }

    /** Bars of plain colour touching each other: no gradient, shadow or outline. */
    public static XYBarRenderer flatBars() {
        XYBarRenderer r = new XYBarRenderer(0.0);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        return r;
    }

    /** A heat-map of a grid in a fixed colour scale (see {@link ColourMaps}), never in theme colours. */
    public static JFreeChart heatmap(Theme t, String xLabel, String yLabel, Grid g, PaintScale scale) {
        for (int r = 0; r < g.rows(); r++) {
            for (int col = 0; col < g.cols(); col++) {
                check(g.name(), r * g.cols() + col, g.at(r, col));
            }
        }
        double[] xs = g.xs();
        double[] ys = g.ys();
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(g.cols() > 1 ? Math.abs(xs[1] - xs[0]) : 1);
        r.setBlockHeight(g.rows() > 1 ? Math.abs(ys[1] - ys[0]) : 1);
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(xyz(g), axis(t, xLabel), axis(t, yLabel), r);
        return new JFreeChart(null, t.font(14f), plot, false);
    }

    /** A grid as an XYZ dataset (x, y, value per cell, row by row) named after the grid; no check of its values. */
    public static DefaultXYZDataset xyz(Grid g) {
        DefaultXYZDataset d = new DefaultXYZDataset();
        double[] xs = g.xs();
        double[] ys = g.ys();
        int n = g.rows() * g.cols();
        double[][] data = new double[3][n];
        int k = 0;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                data[0][k] = xs[c];
                data[1][k] = ys[r];
                data[2][k] = g.at(r, c);
                k++;
            }
        }
        d.addSeries(g.name(), data);
        return d;
    }

    /**
     * A colour bar at the right of a chart: the scale's strip of {@code stripWidth} pixels beside
     * {@code axis}, no background and no frame.
     */
    public static PaintScaleLegend colourBar(PaintScale scale, ValueAxis axis, double stripWidth, RectangleInsets margin) {
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(stripWidth);
        legend.setMargin(margin);
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        return legend;
    }

    public static NumberAxis axis(Theme t, String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    /** Series of a dataset by name, in the order given. */
    public static List<Series> pick(Dataset d, String... names) {
        return java.util.Arrays.stream(names).map(d::series).toList();
    }

    /** Series as one dataset, in the order given; fails on NaN or infinity, naming the series and index. */
    public static XYSeriesCollection collection(List<Series> series) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.size(); i++) {
                check(s.name(), i, s.x(i));
                check(s.name(), i, s.y(i));
                xy.add(s.x(i), s.y(i));
            }
            c.addSeries(xy);
        }
        return c;
    }

    private static void check(String series, int index, double v) {
        if (!Double.isFinite(v)) {
            throw new NonFiniteDataException(series, index, v);
        }
    }

    /** Chart data contains NaN or infinity. */
    public static final class NonFiniteDataException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public NonFiniteDataException(String series, int index, double v) {
            super("series '" + series + "' has " + Decimal.shortest(v) + " at index " + index
                    + ": chart data must be finite (check the simulation for a division by zero or an overflow)");
        }
    }

    /** Applies the site theme to any chart: fonts, colours, no backgrounds, light grid. */
    public static void finish(JFreeChart chart, Theme t) {
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        for (Object o : chart.getSubtitles()) {
            styleTitle((Title) o, t);
        }
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(t.font(16f));
            title.setPaint(t.color(Theme.Role.FG));
        }
        Plot p = chart.getPlot();
        p.setBackgroundPaint(null);
        p.setOutlineVisible(false);
        linesAsPaths(p);
        if (p instanceof XYPlot xy) {
            styleGrid(xy, t);
            xy.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i), t);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i), t);
            }
        } else if (p instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(t.color(Theme.Role.GRID));
            cp.setRangeGridlineStroke(new BasicStroke(1f));
            cp.getDomainAxis().setLabelFont(t.font(14f));
            cp.getDomainAxis().setTickLabelFont(t.font(12.5f));
            cp.getDomainAxis().setTickLabelPaint(t.color(Theme.Role.MUTED));
            cp.getDomainAxis().setLabelPaint(t.color(Theme.Role.FG));
            cp.getDomainAxis().setAxisLinePaint(t.color(Theme.Role.MUTED));
            styleAxis(cp.getRangeAxis(), t);
        }
    }

    /**
     * Each series line drawn as one path instead of one segment per item: the same picture, a far
     * smaller SVG. Also in the subplots of combined plots.
     */
    private static void linesAsPaths(Plot p) {
        if (p instanceof CombinedDomainXYPlot c) {
            for (XYPlot sub : c.getSubplots()) {
                linesAsPaths(sub);
            }
        } else if (p instanceof CombinedRangeXYPlot c) {
            for (XYPlot sub : c.getSubplots()) {
                linesAsPaths(sub);
            }
        }
        if (p instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) instanceof XYLineAndShapeRenderer r) {
                    r.setDrawSeriesLineAsPath(true);
                }
            }
        }
    }

    private static void styleTitle(Title title, Theme t) {
        if (title instanceof LegendTitle l) {
            l.setItemFont(t.font(13f));
            l.setItemPaint(t.color(Theme.Role.FG));
            l.setBackgroundPaint(null);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.TOP);
        } else if (title instanceof TextTitle tt) {
            tt.setFont(t.font(13f));
            tt.setPaint(t.color(Theme.Role.MUTED));
        }
    }

    /** Axis line, ticks and labels in the theme: labels 14 px, tick labels 12.5 px. */
    public static void styleAxis(ValueAxis a, Theme t) {
        styleAxis(a, t, 14f, 12.5f);
    }

    /** Axis line, ticks and labels in the theme, in the given sizes. */
    public static void styleAxis(ValueAxis a, Theme t, float labelSize, float tickSize) {
        if (a == null) {
            return;
        }
        a.setLabelFont(t.font(labelSize));
        a.setLabelPaint(t.color(Theme.Role.FG));
        a.setTickLabelFont(t.font(tickSize));
        a.setTickLabelPaint(t.color(Theme.Role.MUTED));
        a.setAxisLinePaint(t.color(Theme.Role.MUTED));
        a.setTickMarkPaint(t.color(Theme.Role.MUTED));
        if (a instanceof NumberAxis na) {
            na.setNumberFormatOverride(null);
        }
    }

    /** No background, no outline, light grid lines (for a subplot, which {@link #finish} does not reach). */
    public static void styleGrid(XYPlot p, Theme t) {
        p.setBackgroundPaint(null);
        p.setOutlineVisible(false);
        p.setDomainGridlinePaint(t.color(Theme.Role.GRID));
        p.setRangeGridlinePaint(t.color(Theme.Role.GRID));
        p.setDomainGridlineStroke(new BasicStroke(1f));
        p.setRangeGridlineStroke(new BasicStroke(1f));
    }
}
