package illustrated.chart.xy;

import illustrated.chart.ChartKit;
import illustrated.chart.ChartKit.Plotted;
import illustrated.chart.ChartKit.Style;
import illustrated.chart.LogAxes;
import illustrated.chart.Shapes;
import illustrated.chart.Theme;
import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;

/** Charts of the synthetic oil-flow data (article A, §1): the scatter, the grid classifier, the grid's growth. */
public final class OilFlowCharts {
    /** Colour per class 1..3. */
    public static final List<Theme.Role> CLASS_ROLES = List.of(Theme.Role.C1, Theme.Role.C2, Theme.Role.C3);

    private OilFlowCharts() {
    }

    /** Marker of class 1..3: circle, square, triangle. */
    private static Shape classShape(int c) {
        return switch (c) {
            case 1 -> Shapes.circle(3.2);
            case 2 -> Shapes.square(2.9);
            default -> Shapes.triangle(3.6);
        };
    }

    /**
     * One layer of points per class 1..3, each in its colour and shape: the series "{@code prefix}class c",
     * named "class c" in the legend.
     */
    public static List<Plotted> classPoints(Dataset d, String prefix) {
        List<Plotted> layers = new ArrayList<>();
        for (int c = 1; c <= CLASS_ROLES.size(); c++) {
            Series s = d.series(prefix + "class " + c);
            layers.add(new Plotted(prefix.isEmpty() ? s : ChartKit.renamed(s, "class " + c), CLASS_ROLES.get(c - 1),
                    Style.POINTS, classShape(c)));
        }
        return layers;
    }

    private static List<Plotted> classLayers(Dataset d) {
        List<Plotted> layers = classPoints(d, "");
        layers.add(new Plotted(d.series("test point"), Theme.Role.FG, Style.POINTS, Shapes.cross(7)));
        return layers;
    }

    /** A1: two of the twelve coordinates, one colour and shape per class, the test point as a cross. */
    public static JFreeChart scatter(Dataset d, Theme t) {
        NumberAxis x = ChartKit.linear(t, "feature 1", 0, 0, 0);
        NumberAxis y = ChartKit.linear(t, "feature 2", 0, 0, 0);
        x.setAutoRange(true);
        y.setAutoRange(true);
        return ChartKit.chart(t, ChartKit.plot(t, x, y, classLayers(d)), true);
    }

    /** A2: the same scatter on a grid whose cells are tinted by their majority class. */
    public static JFreeChart gridClassifier(Dataset d, Theme t) {
        Series edges = d.series("grid edges");
        double[] xe = edges.x();
        double[] ye = edges.y();
        double px = 0.03 * (xe[xe.length - 1] - xe[0]);
        double py = 0.03 * (ye[ye.length - 1] - ye[0]);
        NumberAxis x = ChartKit.linear(t, "feature 1", xe[0] - px, xe[xe.length - 1] + px, 0);
        NumberAxis y = ChartKit.linear(t, "feature 2", ye[0] - py, ye[ye.length - 1] + py, 0);
        x.setTickMarksVisible(false);
        XYPlot plot = ChartKit.plot(t, x, y, classLayers(d));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Grid g = d.grid("majority class");
        BasicStroke thin = new BasicStroke(1f);
        java.awt.Paint line = Theme.Role.MUTED.color(150);
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                int cls = (int) g.at(r, c);
                java.awt.Paint fill = cls == 0 ? null : CLASS_ROLES.get(cls - 1).color(46);
                plot.getRenderer().addAnnotation(new XYBoxAnnotation(xe[c], ye[r], xe[c + 1], ye[r + 1], thin,
                        line, fill), Layer.BACKGROUND);
            }
        }
        Series test = d.series("test point");
        int cls = (int) d.value("test-class").value();
        // the label sits in the empty cells to the right, in an opaque outlined box (spaces pad its ends),
        // clear of the points, with an arrow to the cross; its left edge lies between two cell lines
        double right = xe[0];
        for (double e : xe) {
            if (e > test.x(0) && right <= test.x(0)) {
                right = e; // the cell line right of the test point
            }
        }
        double next = right;
        for (double e : xe) {
            if (e > right && next == right) {
                next = e; // and the one after it, where the empty cells begin
            }
        }
        double labelX = next + 0.1 * (xe[1] - xe[0]);
        XYPointerAnnotation label = new XYPointerAnnotation(cls == 0 ? " test point: empty cell "
                : " test point \u2192 class " + cls + " ", test.x(0), test.y(0), 0.0);
        double unitsPerPixel = (xe[xe.length - 1] - xe[0] + 2 * px) / 600.0;
        label.setBaseRadius((labelX - test.x(0)) / unitsPerPixel);
        label.setTipRadius(13);
        label.setLabelOffset(2);
        label.setArrowLength(7);
        label.setArrowWidth(3.5);
        label.setArrowPaint(t.color(Theme.Role.FG));
        label.setArrowStroke(new BasicStroke(1.2f));
        label.setFont(t.font(13f));
        label.setPaint(t.color(Theme.Role.FG));
        label.setTextAnchor(TextAnchor.CENTER_LEFT);
        label.setBackgroundPaint(Theme.Role.PAPER.color());
        label.setOutlineVisible(true);
        label.setOutlinePaint(Theme.Role.MUTED.color(150));
        label.setOutlineStroke(new BasicStroke(1f));
        plot.getRenderer().addAnnotation(label);
        return ChartKit.chart(t, plot, true);
    }

    /** A2 continued: cells 6^D (log axis) against the number of points, and the share of empty cells. */
    public static JFreeChart gridGrowth(Dataset d, Theme t) {
        Series cells = d.series("cells");
        Series empty = d.series("empty share (%)");
        double maxCells = cells.y(cells.size() - 1);
        NumberAxis x = ChartKit.linear(t, "features used, D", 0.5, cells.size() + 0.5, 1);
        var y = LogAxes.log(t, "number of cells (log scale)", 1, StrictMath.pow(10, Math.ceil(StrictMath.log10(maxCells))), true);
        XYPlot plot = ChartKit.plot(t, x, y, List.of(
                new Plotted(ChartKit.renamed(cells, "cells in the grid (6 intervals per feature)"), Theme.Role.C1, Style.LINE_AND_POINTS, null),
                new Plotted(ChartKit.renamed(d.series("occupied cells"), "cells holding a point"), Theme.Role.C3,
                        Style.LINE_AND_POINTS, Shapes.square(3))));
        double points = d.value("points").value();
        ChartKit.marker(t, plot, false, points, Decimal.format("%.0f data points", points),
                Theme.Role.MUTED, true);
        NumberAxis right = ChartKit.linear(t, "empty cells (%)", 0, 105, 20);
        right.setTickMarksVisible(false);
        plot.setRangeAxis(1, right);
        plot.setDataset(2, ChartKit.collection(ChartKit.renamed(empty, "share of empty cells (right axis)")));
        plot.setRenderer(2, ChartKit.renderer(t, new Plotted(empty, Theme.Role.C2, Style.DASHED, null)));
        plot.mapDatasetToRangeAxis(2, 1);
        return ChartKit.chart(t, plot, true);
    }
}
