package illustrated.chart.xy;

import illustrated.chart.ChartKit;
import illustrated.chart.ChartKit.Plotted;
import illustrated.chart.ChartKit.Style;
import illustrated.chart.LogAxes;
import illustrated.chart.Panels;
import illustrated.chart.Shapes;
import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/** Line charts and scatter plots of the PCA article (axes with their own scales). */
public final class PcaCharts {
    private PcaCharts() {
    }

    /** The 12-D three-class data through features 1 and 2 (left) and through its first two components (right). */
    public static void oilFlowViews(Graphics2D g, Dataset d, Theme t, int width, int height) {
        Panels.draw(g, t, oilFlowCharts(d, t), 2, width, height, 0);
    }

    /** The narrow layout of {@link #oilFlowViews}: the two views stacked. */
    public static void oilFlowViewsNarrow(Graphics2D g, Dataset d, Theme t, int width, int height) {
        Panels.draw(g, t, oilFlowCharts(d, t), 1, width, height, 0);
    }

    private static List<JFreeChart> oilFlowCharts(Dataset d, Theme t) {
        List<JFreeChart> charts = new ArrayList<>();
        String[][] views = {{"features 1 and 2", "feature 1", "feature 2", "raw2-share"},
            {"components 1 and 2", "first principal component", "second principal component", "pc2-share"}};
        for (String[] v : views) {
            List<Plotted> layers = OilFlowCharts.classPoints(d, v[0] + ", ");
            XYPlot plot = ChartKit.plot(t, ChartKit.linear(t, v[1], 0, 0, 0), ChartKit.linear(t, v[2], 0, 0, 0), layers);
            JFreeChart chart = ChartKit.chart(t, plot, true);
            chart.addSubtitle(new TextTitle(v[0] + ": " + d.value(v[3]).formatted() + " of the variance"));
            charts.add(chart);
        }
        return charts;
    }

    /** Variance along a direction turning from 0° to 180°: measured, the eigenvalue formula, and its extremes. */
    public static JFreeChart varianceByAngle(Dataset d, Theme t) {
        NumberAxis x = ChartKit.linear(t, "direction of the unit vector u (degrees from the x axis)", 0, 180, 30);
        NumberAxis y = ChartKit.linear(t, "variance of the projected points", 0, 4.4, 0.5);
        Series marks = d.series("directions of the shadow figure");
        XYPlot plot = ChartKit.plot(t, x, y, List.of(
                new Plotted(ChartKit.renamed(d.series("variance of the projected points"), "measured: project the points, take the variance"),
                        Role.C1, Style.LINE, null),
                new Plotted(ChartKit.renamed(d.series("eigenvalue formula"), "formula from the two eigenvalues and the first eigenvector"),
                        Role.C2, Style.DASHED, null),
                new Plotted(ChartKit.renamed(marks, "the three directions of the previous figure"), Role.FG, Style.POINTS,
                        Shapes.diamond(5))));
        double best = d.value("eigen-angle").value();
        ChartKit.marker(t, plot, true, best, "first eigenvector, " + d.value("eigen-angle").formatted(), Role.MUTED, true);
        ChartKit.marker(t, plot, true, best + 90, "second eigenvector", Role.MUTED, true);
        ChartKit.marker(t, plot, false, d.value("lambda1").value(), "largest eigenvalue, " + d.value("lambda1").formatted(),
                Role.MUTED, true);
        ChartKit.marker(t, plot, false, d.value("lambda2").value(), "smallest eigenvalue, " + d.value("lambda2").formatted(),
                Role.MUTED, true);
        return ChartKit.chart(t, plot, true);
    }

    /** Scree plots: the share of each component and the running total, for the 12-D data and the glyphs. */
    public static void scree(Graphics2D g, Dataset d, Theme t, int width, int height) {
        Panels.draw(g, t, screeCharts(d, t, 1, 5), 2, width, height, 0);
    }

    /** The narrow layout of {@link #scree}: the two panels stacked, half as many ticks on the component axis. */
    public static void screeNarrow(Graphics2D g, Dataset d, Theme t, int width, int height) {
        Panels.draw(g, t, screeCharts(d, t, 2, 10), 1, width, height, 0);
    }

    /** {@code tick}: the component axis's tick step up to 20 components, {@code longTick} beyond. */
    private static List<JFreeChart> screeCharts(Dataset d, Theme t, double tick, double longTick) {
        List<JFreeChart> charts = new ArrayList<>();
        for (String name : List.of("12-D data", "glyphs")) {
            Series share = d.series(name + ": share of the variance (%)");
            NumberAxis x = ChartKit.linear(t, "component", 0.5, share.size() + 0.5, share.size() > 20 ? longTick : tick);
            NumberAxis y = ChartKit.linear(t, "share of the variance (%)", 0, 102, 20);
            XYPlot plot = ChartKit.plot(t, x, y, List.of(
                    new Plotted(ChartKit.renamed(share, "each component"), Role.C1, Style.LINE_AND_POINTS, null),
                    new Plotted(ChartKit.renamed(d.series(name + ": cumulative share (%)"), "first k together"), Role.C2,
                            Style.LINE_AND_POINTS, Shapes.diamond(4))));
            JFreeChart chart = ChartKit.chart(t, plot, true);
            chart.addSubtitle(new TextTitle(name.equals("glyphs") ? "glyph images (first " + share.size() + " of "
                    + d.value("glyph-dims").formatted() + " components)" : "the 12-dimensional three-class data"));
            charts.add(chart);
        }
        return charts;
    }

    /** Mean squared reconstruction error against k: the eigenvalue sum, measured on fitted and held-out glyphs. */
    public static JFreeChart reconstructionError(Dataset d, Theme t) {
        Series predicted = d.series("sum of the discarded eigenvalues");
        NumberAxis x = ChartKit.linear(t, "components kept, k", 0, predicted.x(predicted.size() - 1) + 2, 10);
        var y = LogAxes.logWithSmallTicks(t, "mean squared error per glyph (log scale)",
                0.8 * predicted.y(predicted.size() - 1), 2 * predicted.y(0));
        XYPlot plot = ChartKit.plot(t, x, y, List.of(
                new Plotted(ChartKit.renamed(predicted, "prediction: the sum of the discarded eigenvalues"),
                        Role.C1, Style.LINE, null),
                new Plotted(d.series("measured on the fitted glyphs"), Role.C2, Style.POINTS, Shapes.diamond(5)),
                new Plotted(d.series("measured on held-out glyphs"), Role.C3, Style.POINTS, Shapes.square(3))));
        return ChartKit.chart(t, plot, true);
    }

    /** Relative error of the small standard deviation ε by both routes, log-log, with the rounding guides. */
    public static JFreeChart svdPrecision(Dataset d, Theme t) {
        var x = LogAxes.log(t, "true small standard deviation (log scale)", 1e-16, 1, true);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(2));
        var y = LogAxes.log(t, "relative error of the computed one (log scale)", 1e-18, 1e8, true);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(2));
        List<Plotted> layers = new ArrayList<>();
        layers.add(new Plotted(positive(d.series("through the covariance matrix"), "through the covariance matrix"), Role.C2,
                Style.LINE_AND_POINTS, Shapes.diamond(5)));
        layers.add(new Plotted(positive(d.series("through the SVD of the data"), "through the SVD of the data"), Role.C1,
                Style.LINE_AND_POINTS, null));
        layers.add(new Plotted(positive(d.series("unit roundoff / delta^2"), "rounding law of the covariance route"), Role.C2, Style.DASHED, null));
        layers.add(new Plotted(positive(d.series("unit roundoff / delta"), "rounding law of the SVD route"), Role.C1, Style.DASHED, null));
        XYPlot plot = ChartKit.plot(t, x, y, layers);
        // the data in front of the dashed guides, and listed first in the legend
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        ChartKit.marker(t, plot, false, 1, "100%: nothing of the small deviation is left", Role.MUTED, false);
        return ChartKit.chart(t, plot, true);
    }

    /** A series without its zero or negative points (a log axis cannot show them), renamed. */
    static Series positive(Series s, String name) {
        List<double[]> keep = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.y(i) > 0 && s.y(i) <= 1e7) {
                keep.add(new double[] {s.x(i), s.y(i)});
            }
        }
        return new Series(name, keep.stream().mapToDouble(p -> p[0]).toArray(), keep.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** The spiral's first principal coordinate against the position along the spiral, in the colour bands. */
    public static JFreeChart spiralUnrolled(Dataset d, Theme t) {
        NumberAxis x = ChartKit.linear(t, "position along the spiral (turns from the centre)", 0, 0, 0.25);
        x.setAutoRange(true);
        NumberAxis y = ChartKit.linear(t, "first principal coordinate", 0, 0, 0.5);
        y.setAutoRange(true);
        List<Plotted> layers = new ArrayList<>();
        long bands = d.series().stream().filter(s -> s.name().startsWith("unrolled band ")).count();
        for (int k = 1; k <= bands; k++) {
            layers.add(new Plotted(ChartKit.renamed(d.series("unrolled band " + k), "band " + k), Theme.seriesRole(k - 1), Style.POINTS,
                    Shapes.circle(2.2)));
        }
        return ChartKit.chart(t, ChartKit.plot(t, x, y, layers), true);
    }
}
