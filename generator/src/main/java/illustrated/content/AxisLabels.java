package illustrated.content;

import illustrated.chart.Theme;
import illustrated.figure.RenderedFigure;
import illustrated.simulation.Series;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

/**
 * The axis titles of a chart, for the headers of its data panel: what x and y mean ("time step t",
 * "loss") instead of "x" and "y". Charts only (a painted figure has no axes to ask), and only what a
 * single plot says for certain: a y title when there is one range axis, an x title when there is
 * one domain axis, and only for the series the plot draws (a dataset may hold series that another
 * figure draws on other axes).
 *
 * @param x       the title of the horizontal axis, "x" when the chart does not say
 * @param y       the title of the vertical axis, "y" when the chart does not say
 * @param plotted the names of the series the plot draws
 */
record AxisLabels(String x, String y, Set<String> plotted) {
    static final AxisLabels NONE = new AxisLabels("x", "y", Set.of());

    /** The title of the x values of these series: the axis's when the plot draws them all. */
    String x(List<Series> series) {
        return series.stream().allMatch(s -> plotted.contains(s.name())) ? x : "x";
    }

    /** The title of the y values of a series. */
    String y(Series s) {
        return plotted.contains(s.name()) ? y : "y";
    }

    static AxisLabels of(RenderedFigure f) {
        if (f.spec().chartMaker() == null) {
            return NONE;
        }
        JFreeChart chart = f.spec().chartMaker().chart(f.data(), Theme.standard());
        if (!(chart.getPlot() instanceof XYPlot plot) || plot instanceof CombinedRangeXYPlot) {
            return NONE;
        }
        boolean oneRange = !(plot instanceof CombinedDomainXYPlot) && plot.getRangeAxisCount() == 1;
        Set<String> plotted = new HashSet<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            for (int i = 0; data != null && i < data.getSeriesCount(); i++) {
                plotted.add(String.valueOf(data.getSeriesKey(i)));
            }
        }
        return new AxisLabels(title(plot.getDomainAxisCount() == 1 ? plot.getDomainAxis() : null, "x"),
                title(oneRange ? plot.getRangeAxis() : null, "y"), Set.copyOf(plotted));
    }

    private static String title(ValueAxis axis, String otherwise) {
        return axis == null || axis.getLabel() == null || axis.getLabel().isBlank() ? otherwise : axis.getLabel().strip();
    }
}
