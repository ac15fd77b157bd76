package illustrated.chart.xy;

import illustrated.chart.ChartKit;
import illustrated.chart.Charts;
import illustrated.chart.Shapes;
import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.simulation.Dataset;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** The perceptron rule: its points and lines, and its mistakes per epoch. */
public final class PerceptronCharts {
    private PerceptronCharts() {
    }

    /** Two classes of points in the square [-box, box]², the final separating line and the dashed line after epoch 1. */
    public static JFreeChart pointsAndLines(Dataset d, Theme t, double box) {
        XYSeriesCollection pts = Charts.collection(Charts.pick(d, "class +1", "class \u22121"));
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
        pr.setSeriesPaint(0, t.color(Role.C1));
        pr.setSeriesShape(0, Shapes.circle(4.5));
        pr.setSeriesPaint(1, t.color(Role.C2));
        pr.setSeriesShape(1, Shapes.square(4.2));
        List<NumberAxis> axes = ChartKit.planeAxes(t, "x_{1}", "x_{2}", -box, box);
        NumberAxis x = axes.get(0);
        NumberAxis y = axes.get(1);
        XYPlot plot = new XYPlot(pts, x, y, pr);
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
        lr.setSeriesPaint(0, t.color(Role.FG));
        lr.setSeriesStroke(0, t.line());
        lr.setSeriesPaint(1, t.color(Role.MUTED));
        lr.setSeriesStroke(1, t.dashed());
        plot.setDataset(1, Charts.collection(Charts.pick(d, "final line", "line after epoch 1")));
        plot.setRenderer(1, lr);
        return new JFreeChart(null, t.font(14f), plot, true);
    }

    /** Mistakes per epoch, separable set against XOR, with markers. */
    public static JFreeChart mistakesPerEpoch(Dataset d, Theme t) {
        JFreeChart chart = Charts.lines(t, "epoch", "mistakes in the epoch", Charts.pick(d, "separable", "XOR"));
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setDefaultShapesVisible(true);
        r.setSeriesShape(0, Shapes.circle(3.5));
        r.setSeriesShape(1, Shapes.square(3.2));
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setAutoRangeIncludesZero(true);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0.5, d.value("epochs").value() + 0.5);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }
}
