package illustrated.chart.xy;

import illustrated.chart.ChartKit;
import illustrated.chart.Charts;
import illustrated.chart.Labels;
import illustrated.chart.LogAxes;
import illustrated.chart.PinnedLogAxis;
import illustrated.chart.Shapes;
import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Line charts on a logarithmic y axis: losses, gradient and Jacobian norms. */
public final class LogLines {
    private LogLines() {
    }

    /** Loss curves (log axis) against the training step, with the chance level as a labelled line. */
    public static JFreeChart trainingLoss(Dataset d, Theme t) {
        List<Series> s = d.series();
        JFreeChart chart = Charts.lines(t, "training step (batches of " + d.value("batch").formatted()
                + " sequences)", "loss per character (nats)", s);
        XYPlot plot = chart.getXYPlot();
        LogAxis y = LogAxes.decimal("loss per character (nats, log scale)");
        y.setSmallestValue(1e-3);
        double lo = Math.min(ChartKit.min(s.get(0).y()), ChartKit.min(s.get(1).y()));
        y.setRange(lo * 0.7, d.value("chance-loss").value() * 1.5);
        plot.setRangeAxis(y);
        ValueMarker chance = new ValueMarker(d.value("chance-loss").value(), t.color(Role.MUTED), t.dashed());
        chance.setLabel("chance level: ln " + d.value("vocab").formatted() + " = " + d.value("chance-loss").formatted());
        chance.setLabelFont(t.font(12.5f));
        chance.setLabelPaint(t.color(Role.MUTED));
        chance.setLabelBackgroundColor(Role.PAPER.color(0));
        chance.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        chance.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        chance.setLabelOffset(new RectangleInsets(4, 4, 4, 8));
        plot.addRangeMarker(chance);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, t.color(Role.HIDDEN));
        r.setSeriesPaint(1, t.color(Role.OUTPUT));
        return chart;
    }

    /** A loss curve on a decimal log axis. */
    public static JFreeChart loss(Dataset d, Theme t) {
        JFreeChart chart = Charts.lines(t, "epoch", "cross-entropy loss", Charts.pick(d, "loss"));
        XYPlot plot = chart.getXYPlot();
        LogAxis y = LogAxes.decimal("cross-entropy loss (log scale)");
        y.setSmallestValue(1e-6);
        plot.setRangeAxis(y);
        plot.getRenderer().setSeriesPaint(0, t.color(Role.C1));
        return chart;
    }

    /** Gradient norm per layer (log axis), one line with markers per activation. */
    public static JFreeChart layerGradients(Dataset d, Theme t) {
        JFreeChart chart = Charts.lines(t, "layer l (1 = nearest the input)", "gradient norm", d.series());
        XYPlot plot = chart.getXYPlot();
        plot.getDomainAxis().setAttributedLabel(Labels.rich(t, 14f, "layer l  (1 = nearest the input)"));
        LogAxis y = new PinnedLogAxis("gradient norm (log scale)");
        y.setAttributedLabel(Labels.rich(t, 14f, "gradient norm ∥∂L/∂W_{l}∥  (log scale)"));
        y.setBase(10);
        y.setSmallestValue(1e-30);
        plot.setRangeAxis(y);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setDefaultShapesVisible(true);
        r.setSeriesShape(0, Shapes.circle(3.5));
        r.setSeriesShape(1, Shapes.square(3.2));
        r.setSeriesShape(2, Shapes.diamondPath(4.2));
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0.5, d.value("layers").value() + 0.5);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    /** Test error against the sequence length: simple RNN, LSTM and the always-the-mean baseline (dashed). */
    public static JFreeChart errorByLength(Dataset d, Theme t, List<Integer> lengths) {
        XYSeriesCollection c = Charts.collection(List.of(d.series("simple tanh RNN"), d.series("LSTM"),
                d.series("baseline: always predict 1")));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        Theme.Role[] roles = {Theme.Role.HIDDEN, Theme.Role.CELL, Theme.Role.MUTED};
        for (int i = 0; i < 3; i++) {
            r.setSeriesPaint(i, t.color(roles[i]));
            r.setSeriesStroke(i, i == 2 ? t.dashed() : t.line());
            r.setSeriesShape(i, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
            r.setSeriesShapesVisible(i, i < 2);
        }
        NumberAxis x = new NumberAxis("sequence length T");
        x.setRange(lengths.get(0) - 3, lengths.get(lengths.size() - 1) + 3);
        x.setTickUnit(new NumberTickUnit(10));
        LogAxis y = LogAxes.plain("test mean squared error");
        y.setRange(1e-4, 1.0);
        y.setTickUnit(new NumberTickUnit(1));
        XYPlot plot = new XYPlot(c, x, y, r);
        return ChartKit.spaced(new JFreeChart(null, t.font(14f), plot, true));
    }

    /** Jacobian norms (solid) against their bounds (dashed), one colour per pair of series, clipped to [1e-30, 1e30]. */
    public static JFreeChart normsAndBounds(Dataset d, Theme t) {
        List<Series> all = d.series();
        XYSeriesCollection c = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        int k = 0;
        for (int i = 0; i < all.size(); i += 2) {
            c.addSeries(clipped(all.get(i), 1e-30, 1e30));
            c.addSeries(clipped(all.get(i + 1), 1e-30, 1e30));
            r.setSeriesPaint(2 * k, t.series(k));
            r.setSeriesStroke(2 * k, t.line());
            r.setSeriesPaint(2 * k + 1, t.series(k));
            r.setSeriesStroke(2 * k + 1, t.dashed());
            r.setSeriesVisibleInLegend(2 * k + 1, false);
            k++;
        }
        NumberAxis x = new NumberAxis("number of steps T");
        x.setRange(0, d.value("max-steps").value());
        LogAxis y = LogAxes.plain("spectral norm of \u2202h(T) / \u2202h(0)");
        y.setRange(1e-30, 1e30);
        y.setTickUnit(new NumberTickUnit(10));
        XYPlot plot = new XYPlot(c, x, y, r);
        JFreeChart chart = ChartKit.spaced(new JFreeChart(null, t.font(14f), plot, true));
        chart.addSubtitle(new TextTitle("solid: computed norm;  dashed: the bound \u2016W\u2016\u1d40"));
        return chart;
    }

    /** Norms along the LSTM cell path, one line per series. */
    public static JFreeChart normsOverSteps(Dataset d, Theme t) {
        XYSeriesCollection c = Charts.collection(d.series());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < d.series().size(); i++) {
            r.setSeriesPaint(i, t.series(i));
            r.setSeriesStroke(i, t.line());
        }
        NumberAxis x = new NumberAxis("number of steps T");
        x.setRange(0, d.value("max-steps").value());
        LogAxis y = LogAxes.plain("norm of \u2202c(T) / \u2202c(0) along the cell path");
        y.setRange(1e-12, 2);
        y.setTickUnit(new NumberTickUnit(2));
        return ChartKit.spaced(new JFreeChart(null, t.font(14f), new XYPlot(c, x, y, r), true));
    }

    /** A series with y limited to [lo, hi] (points beyond are dropped), for log plots. */
    private static XYSeries clipped(Series s, double lo, double hi) {
        XYSeries xy = new XYSeries(s.name(), false, true);
        for (int i = 0; i < s.size(); i++) {
            if (s.y(i) >= lo && s.y(i) <= hi) {
                xy.add(s.x(i), s.y(i));
            }
        }
        return xy;
    }
}
