package illustrated.chart.bar;

import illustrated.chart.Labels;
import illustrated.chart.PinnedLogAxis;
import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bar charts on a logarithmic axis. */
public final class LogBars {
    private LogBars() {
    }

    /** Bars below this value are drawn at it (a log axis cannot show an exact 0). */
    public static final double BAR_FLOOR = 1e-17;

    /**
     * Grouped bars on a log axis: the worst relative error per parameter (x of each point: the parameter's
     * index) against finite differences and against SameDiff, with the tolerance as a dashed line.
     */
    public static JFreeChart worstErrors(Dataset d, Theme t) {
        DefaultCategoryDataset c = new DefaultCategoryDataset();
        String[] names = {"U", "V", "W", "b", "c"};
        for (Series s : d.series()) {
            String label = s.name().equals("SameDiff") ? "vs SameDiff autodiff" : "vs central finite differences";
            for (int i = 0; i < s.size(); i++) {
                c.addValue(Math.max(BAR_FLOOR, s.y(i)), label, names[(int) s.x(i)]);
            }
        }
        LogAxis y = new PinnedLogAxis("worst relative error");
        y.setBase(10);
        y.setSmallestValue(BAR_FLOOR);
        y.setRange(BAR_FLOOR, 1e-4);
        y.setTickUnit(new NumberTickUnit(2));
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.08);
        r.setSeriesPaint(0, t.color(Role.GRADIENT));
        r.setSeriesPaint(1, t.color(Role.C6));
        CategoryAxis x = new CategoryAxis("parameter");
        x.setCategoryMargin(0.35);
        x.setTickLabelFont(t.mathFont(15f));
        CategoryPlot plot = new CategoryPlot(c, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ValueMarker tol = new ValueMarker(d.value("tolerance").value(), t.color(Role.OUTPUT), t.dashed());
        tol.setLabel("the build fails above " + Labels.plainSci(d.value("tolerance").value()));
        tol.setLabelBackgroundColor(Role.PAPER.color(0));
        tol.setLabelOffset(new RectangleInsets(4, 4, 4, 8));
        tol.setLabelFont(t.font(12.5f));
        tol.setLabelPaint(t.color(Role.OUTPUT));
        tol.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        tol.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(tol);
        return new JFreeChart(null, t.font(14f), plot, true);
    }
}
