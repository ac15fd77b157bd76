package illustrated.chart.histogram;

import illustrated.chart.ChartKit;
import illustrated.chart.ChartKit.Plotted;
import illustrated.chart.ChartKit.Style;
import illustrated.chart.Charts;
import illustrated.chart.Panels;
import illustrated.chart.Theme;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;

/** Small-multiple histograms with a theory curve in each panel: angles (A10) and radii (A14). */
public final class HistogramPanels {
    private HistogramPanels() {
    }

    /** One panel: bars of {@code bars} (bin centres, heights), the {@code curve} dashed on top. */
    public static JFreeChart panel(Theme t, String heading, String sub, String xLabel, String yLabel, Series bars,
            double binWidth, Series curve, Theme.Role role, double xLo, double xHi, double xTick) {
        return panel(t, heading, sub, xLabel, yLabel, bars, binWidth, curve, null, role, xLo, xHi, xTick);
    }

    /** As above, with an optional second curve drawn as a thin solid line. */
    public static JFreeChart panel(Theme t, String heading, String sub, String xLabel, String yLabel, Series bars,
            double binWidth, Series curve, Series second, Theme.Role role, double xLo, double xHi, double xTick) {
        NumberAxis x = ChartKit.linear(t, xLabel, xLo, xHi, xTick);
        NumberAxis y = ChartKit.linear(t, yLabel, 0, 0, 0);
        y.setAutoRangeIncludesZero(true);
        y.setAutoRange(true);
        List<Plotted> curves = new ArrayList<>();
        curves.add(new Plotted(curve, Theme.Role.FG, Style.DASHED, null));
        if (second != null) {
            curves.add(new Plotted(second, Theme.Role.FG, Style.LINE, null));
        }
        XYPlot plot = ChartKit.plot(t, x, y, curves);
        if (second != null) {
            ((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer(1)).setSeriesStroke(0, t.thin());
        }
        XYSeriesCollection c = ChartKit.collection(bars);
        c.setIntervalWidth(binWidth);
        XYBarRenderer r = Charts.flatBars();
        r.setSeriesPaint(0, t.color(role));
        plot.setDataset(curves.size(), c);
        plot.setRenderer(curves.size(), r);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        JFreeChart chart = new JFreeChart(heading, t.font(15f), plot, false);
        if (sub != null) {
            chart.addSubtitle(new TextTitle(sub));
        }
        return chart;
    }

    /** A10: one panel per D (2 x 2), share of pairs per degree, theory for uniform directions dashed. */
    public static void angles(Graphics2D g, Dataset d, Theme t, List<Integer> dims, double binDegrees, int width,
            int height) {
        List<JFreeChart> charts = angleCharts(d, t, dims, binDegrees, 30);
        Panels.key(g, t, width, angleBars(d), ANGLE_CURVE);
        Panels.draw(g, t, charts, 2, width, height, 26);
    }

    /** A10's narrow layout: the panels stacked in one column, a tick every 45 degrees, the key in two lines. */
    public static List<Rectangle2D> anglesNarrow(Graphics2D g, Dataset d, Theme t, List<Integer> dims,
            double binDegrees, int width, int height) {
        List<JFreeChart> charts = angleCharts(d, t, dims, binDegrees, 45);
        return Panels.draw(g, t, charts, 1, width, height, Panels.keyStacked(g, t, width, angleBars(d), ANGLE_CURVE));
    }

    private static final String ANGLE_CURVE = "directions uniform on the sphere, density \u221D sin^{D\u22122} \u03B8";

    private static String angleBars(Dataset d) {
        return "bars: " + d.value("pairs").formatted() + " pairs, coordinates uniform in [\u22121, 1]";
    }

    private static List<JFreeChart> angleCharts(Dataset d, Theme t, List<Integer> dims, double binDegrees,
            double xTick) {
        List<JFreeChart> charts = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            int dim = dims.get(i);
            String sub = "mean " + d.value("mean-d" + dim).formatted() + ", spread (sd) " + d.value("sd-d" + dim).formatted()
                    + (dim >= 10 ? ", theory " + d.value("theory-sd-d" + dim).formatted() : "")
                    + (dim == 2 ? "; solid line: exact for the square" : "");
            Series square = dim == 2 ? d.series("exact for the square, D = 2") : null;
            charts.add(panel(t, "D = " + dim, sub, "angle between the two vectors (degrees)", "% of pairs per degree",
                    d.series("D = " + dim), binDegrees, d.series("uniform directions, D = " + dim), square,
                    Theme.seriesRole(i), 0, 180, xTick));
        }
        return charts;
    }

    /** A14: one panel per D (a row), density of |x| for points uniform in the ball, exact D r^(D-1) dashed. */
    public static void radii(Graphics2D g, Dataset d, Theme t, List<Integer> dims, int bins, int width, int height) {
        List<JFreeChart> charts = radiusCharts(d, t, dims, bins, 0.25);
        Panels.key(g, t, width, radiusBars(d), RADIUS_CURVE);
        Panels.draw(g, t, charts, dims.size(), width, height, 26);
    }

    /** A14's narrow layout: the panels stacked in one column, a tick every 0.5, the key in two lines. */
    public static List<Rectangle2D> radiiNarrow(Graphics2D g, Dataset d, Theme t, List<Integer> dims, int bins,
            int width, int height) {
        List<JFreeChart> charts = radiusCharts(d, t, dims, bins, 0.5);
        return Panels.draw(g, t, charts, 1, width, height, Panels.keyStacked(g, t, width, radiusBars(d), RADIUS_CURVE));
    }

    private static final String RADIUS_CURVE = "exact density D r^{D\u22121}";

    private static String radiusBars(Dataset d) {
        return "bars: " + d.value("samples").formatted() + " points uniform in the unit ball";
    }

    private static List<JFreeChart> radiusCharts(Dataset d, Theme t, List<Integer> dims, int bins, double xTick) {
        List<JFreeChart> charts = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            int dim = dims.get(i);
            String sub = "median distance " + d.value("median-r-d" + dim).formatted();
            charts.add(panel(t, "D = " + dim, sub, "distance from the centre, \u2016x\u2016", "density",
                    d.series("D = " + dim), 1.0 / bins, d.series("exact density, D = " + dim),
                    Theme.seriesRole(i), 0, 1, xTick));
        }
        return charts;
    }
}
