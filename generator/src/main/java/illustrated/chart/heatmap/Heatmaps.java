package illustrated.chart.heatmap;

import illustrated.chart.ChartKit;
import illustrated.chart.Charts;
import illustrated.chart.ColourMaps;
import illustrated.chart.GridCells;
import illustrated.chart.Labels;
import illustrated.chart.Shapes;
import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.chart.xy.LogLines;
import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.nn.rnn.BpttErrorFlow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;

/** Heat maps in the fixed colour scales of {@link ColourMaps}, each with its colour bar or key. */
public final class Heatmaps {
    private Heatmaps() {
    }

    /** The label on the cliff sits on the light, high-loss end of viridis. */
    static final Color CLIFF_LABEL = new Color(0x1B1B1B);

    /** Two lower-triangular heat maps (before / after training) of log10 error sizes, with a viridis colour bar. */
    public static JFreeChart errorFlow(Dataset d, Theme t) {
        return errorFlow(d, t, false);
    }

    /**
     * The narrow layout of {@link #errorFlow}: the map before training above the one after, on one axis of
     * hidden steps, each with its own axis of output times; half the ticks; the colour bar below.
     */
    public static JFreeChart errorFlowNarrow(Dataset d, Theme t) {
        return errorFlow(d, t, true);
    }

    private static JFreeChart errorFlow(Dataset d, Theme t, boolean narrow) {
        Grid before = d.grid("untrained");
        Grid after = d.grid("trained");
        ColourMaps.Scale scale = errorScale(before, after);
        int n = before.cols();
        double tick = (n > 12 ? 2 : 1) * (narrow ? 2 : 1);
        XYPlot plot;
        java.util.function.Consumer<XYPlot> add;
        if (narrow) {
            CombinedDomainXYPlot c = new CombinedDomainXYPlot(steps(t, "hidden step t", n, tick, false));
            c.setGap(18);
            add = sub -> c.add(sub, 1);
            plot = c;
        } else {
            CombinedRangeXYPlot c = new CombinedRangeXYPlot(steps(t, "output time τ", n, tick, true));
            c.setGap(18);
            add = sub -> c.add(sub, 1);
            plot = c;
        }
        for (Grid g : List.of(before, after)) {
            String when = g == before ? "before" : "after";
            NumberAxis own = narrow ? steps(t, "output time τ, " + when, n, tick, true)
                    : steps(t, "hidden step t, " + when + " training", n, tick, false);
            Charts.styleAxis(own, t);
            add.accept(narrow ? errorMap(g, null, own, scale, t) : errorMap(g, own, null, scale, t));
        }
        return withColourBar(new JFreeChart(null, t.font(14f), plot, false), scale, t, narrow);
    }

    /** An axis of steps 1 to {@code n} (cells centred on them), a tick every {@code tick}; output times run down. */
    private static NumberAxis steps(Theme t, String label, int n, double tick, boolean outputTimes) {
        NumberAxis a = Charts.axis(t, label);
        if (outputTimes) {
            a.setAttributedLabel(Labels.rich(t, 14f, label));
            a.setInverted(true);
        }
        a.setRange(0.5, n + 0.5);
        a.setTickUnit(new NumberTickUnit(tick));
        return a;
    }

    /** Viridis over the half-decades the two maps' filled cells span, up to 0. */
    private static ColourMaps.Scale errorScale(Grid before, Grid after) {
        double lo = Math.floor(2 * Math.min(minFilled(before), minFilled(after))) / 2;
        return new ColourMaps.Viridis(lo, 0, true);
    }

    /** One map of {@code g} in {@code scale}, drawn on its own axis {@code x} or {@code y} (the other is shared). */
    private static XYPlot errorMap(Grid g, NumberAxis x, NumberAxis y, ColourMaps.Scale scale, Theme t) {
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        r.setBlockWidth(0.9);
        r.setBlockHeight(0.9);
        XYPlot sub = new XYPlot(Charts.xyz(g), x, y, r);
        sub.setDomainGridlinesVisible(false);
        sub.setRangeGridlinesVisible(false);
        sub.setOutlinePaint(t.color(Role.GRID));
        return sub;
    }

    /** {@code chart} with the colour bar of the error maps' scale, on its right or {@code below} it. */
    private static JFreeChart withColourBar(JFreeChart chart, ColourMaps.Scale scale, Theme t, boolean below) {
        double lo = scale.getLowerBound();
        double hi = scale.getUpperBound();
        NumberAxis bar = new NumberAxis("log10 of the error size");
        bar.setAttributedLabel(Labels.rich(t, 14f, "log_{10}  ∥∂L(τ)/∂h(t)∥ / ∥∂L(τ)/∂h(τ)∥"));
        bar.setRange(lo, hi);
        bar.setTickUnit(new NumberTickUnit(hi - lo > 8 ? 2 : hi - lo > 3 ? 1 : 0.5, Labels.ticks("0.#")));
        Charts.styleAxis(bar, t);
        PaintScaleLegend legend = Charts.colourBar(scale, bar, 14, new RectangleInsets(10, 12, 40, 4));
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setSubdivisionCount(64);
        legend.setStripOutlineVisible(false);
        if (below) {
            legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            legend.setMargin(new RectangleInsets(12, 50, 4, 12));
        }
        chart.addSubtitle(legend);
        return chart;
    }

    /** Decision regions (left) beside the loss curve (right), 860 x 400. */
    public static void regionsAndLoss(Graphics2D g, Dataset d, Theme t) {
        regionsAndLoss(g, d, t, new Rectangle2D.Double(0, 0, 430, 400), new Rectangle2D.Double(440, 0, 420, 400));
    }

    /** The narrow layout of {@link #regionsAndLoss}, 360 x 720: the regions above the loss curve. */
    public static void regionsAndLossNarrow(Graphics2D g, Dataset d, Theme t) {
        regionsAndLoss(g, d, t, new Rectangle2D.Double(0, 0, 360, 380), new Rectangle2D.Double(0, 390, 360, 330));
    }

    private static void regionsAndLoss(Graphics2D g, Dataset d, Theme t, Rectangle2D regionsBox, Rectangle2D lossBox) {
        JFreeChart regions = decisionRegions(d, t);
        JFreeChart loss = LogLines.loss(d, t);
        Charts.finish(regions, t);
        Charts.finish(loss, t);
        regions.draw(g, regionsBox);
        loss.draw(g, lossBox);
    }

    /** A probability over the plane as cells, with the four XOR points on top. */
    public static JFreeChart decisionRegions(Dataset d, Theme t) {
        Grid grid = d.grid("p");
        XYBlockRenderer r = new XYBlockRenderer();
        double[] xs = grid.xs();
        r.setBlockWidth(0.86 * (xs[1] - xs[0]));
        r.setBlockHeight(0.86 * (xs[1] - xs[0]));
        r.setSeriesVisibleInLegend(0, false);
        // fixed colours (not theme roles): a probability has one colour in both themes
        r.setPaintScale(ColourMaps.probability());
        List<NumberAxis> axes = ChartKit.planeAxes(t, "x_{1}", "x_{2}", xs[0] - (xs[1] - xs[0]) / 2,
                xs[xs.length - 1] + (xs[1] - xs[0]) / 2);
        NumberAxis x = axes.get(0);
        NumberAxis y = axes.get(1);
        XYPlot plot = new XYPlot(Charts.xyz(grid), x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
        pr.setSeriesPaint(0, t.color(Role.OUTPUT));
        pr.setSeriesShape(0, Shapes.circle(7));
        pr.setSeriesPaint(1, t.color(Role.C1));
        pr.setSeriesShape(1, Shapes.square(6.5));
        pr.setUseOutlinePaint(true);
        pr.setDefaultOutlinePaint(t.color(Role.PAPER));
        pr.setDefaultOutlineStroke(new BasicStroke(1.5f));
        pr.setDrawOutlines(true);
        plot.setDataset(1, Charts.collection(Charts.pick(d, "target 1", "target 0")));
        plot.setRenderer(1, pr);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(null, t.font(14f), plot, true);
        chart.getLegend().setItemFont(t.font(13f));
        return chart;
    }

    /**
     * log10 of a loss over the (w, b) plane as vector cells in viridis, two gradient-descent paths on top,
     * the wall of the cliff labelled where the unstable fixed point passes x(0) = {@code x0}.
     */
    public static JFreeChart lossSurface(Dataset d, Theme t, double x0) {
        Grid g = d.grid("log10 loss");
        ColourMaps.Scale scale = new ColourMaps.Viridis(-3, 2);

        XYSeriesCollection paths = Charts.collection(List.of(d.series("plain gradient descent"),
                d.series("with norm clipping"), d.series("start")));
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(true, true);
        pr.setSeriesPaint(0, t.color(Theme.Role.OUTPUT));
        pr.setSeriesPaint(1, t.color(Theme.Role.GRADIENT));
        pr.setSeriesPaint(2, t.color(Theme.Role.FG));
        pr.setSeriesStroke(0, new BasicStroke(1.4f));
        pr.setSeriesStroke(1, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        pr.setSeriesShapesVisible(0, false);
        pr.setSeriesShapesVisible(1, false);
        pr.setSeriesShape(2, new Ellipse2D.Double(-5, -5, 10, 10));
        pr.setSeriesLinesVisible(2, false);
        pr.setDrawSeriesLineAsPath(true);

        NumberAxis x = new NumberAxis("recurrent weight w");
        x.setRange(g.xs()[0], g.xs()[g.cols() - 1]);
        NumberAxis y = new NumberAxis("bias b");
        y.setRange(g.ys()[0], g.ys()[g.rows() - 1]);
        XYPlot plot = new XYPlot(paths, x, y, pr);
        // the loss surface as vector cells under the paths (runs of equal colour merged)
        plot.getRenderer().addAnnotation(new GridCells(g, scale), org.jfree.chart.ui.Layer.BACKGROUND);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        // the wall lies where the unstable fixed point passes x(0): x(0) = w sigma(x(0)) + b
        double wLabel = 7.4;
        double bWall = x0 - wLabel / (1 + StrictMath.exp(-x0));
        org.jfree.chart.annotations.XYTextAnnotation wall = new org.jfree.chart.annotations.XYTextAnnotation(
                "the cliff", wLabel, bWall - 0.28);
        wall.setFont(t.font(14f));
        wall.setPaint(CLIFF_LABEL);
        wall.setRotationAngle(StrictMath.atan(0.575));
        plot.addAnnotation(wall);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = ChartKit.spaced(new JFreeChart(null, t.font(14f), plot, true));
        NumberAxis legendAxis = barAxis(t, "loss (log10)", t.font(13f));
        legendAxis.setRange(-3, 2);
        PaintScaleLegend legend = Charts.colourBar(scale, legendAxis, 12, new RectangleInsets(40, 8, 40, 4));
        chart.addSubtitle(legend);
        return chart;
    }

    /** The axis of a colour bar: tick labels 12 px in the muted colour, its label in {@code labelFont}. */
    static NumberAxis barAxis(Theme t, String label, Font labelFont) {
        NumberAxis a = new NumberAxis(label);
        a.setTickLabelFont(t.font(12f));
        a.setLabelFont(labelFont);
        a.setTickLabelPaint(t.color(Theme.Role.MUTED));
        a.setLabelPaint(t.color(Theme.Role.FG));
        return a;
    }

    /** Smallest value that is neither {@link BpttErrorFlow#EMPTY} nor NaN. */
    private static double minFilled(Grid g) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] row : g.z()) {
            for (double v : row) {
                if (v != BpttErrorFlow.EMPTY && !Double.isNaN(v)) {
                    m = Math.min(m, v);
                }
            }
        }
        return m;
    }
}
