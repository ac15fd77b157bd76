package illustrated.chart.heatmap;

import illustrated.chart.Charts;
import illustrated.chart.ColourMaps;
import illustrated.chart.Theme;
import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;

/** Heat maps over time steps under the sequence they were computed on (the gates and cells of an LSTM). */
public final class TimeHeatmaps {
    private TimeHeatmaps() {
    }

    /**
     * The input of one sequence as bars, then one heat map per grid (row: a cell, column: a time step), the
     * marked steps as dashed lines; gates in viridis over [0, 1], or the cell state {@code diverging} with
     * full colour from ±{@code limit} on.
     */
    public static JFreeChart overTime(Dataset d, Theme t, List<String> grids, boolean diverging,
            double limit) {
        NumberAxis time = new NumberAxis("time step t");
        time.setTickUnit(new NumberTickUnit(2));
        int steps = (int) d.value("length").value();
        time.setRange(0.5, steps + 0.5);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(10);
        plot.add(inputPlot(d, t), 2);
        double maxAbs = limit;
        // fixed colours, the same in both themes (theme roles flipped their ends in dark mode)
        ColourMaps.Scale scale = diverging
                ? ColourMaps.cellState(maxAbs)
                : new ColourMaps.Viridis(0, 1);
        for (String name : grids) {
            plot.add(gridPlot(d.grid(name), scale, t, name), 3);
        }
        for (String m : List.of("marker-1", "marker-2")) {
            for (Object o : plot.getSubplots()) {
                ValueMarker vm = new ValueMarker(d.value(m).value(), t.color(Theme.Role.OUTPUT), t.dashed());
                ((XYPlot) o).addDomainMarker(vm, org.jfree.chart.ui.Layer.FOREGROUND);
            }
        }
        JFreeChart chart = new JFreeChart(null, t.font(14f), plot, false);
        TextTitle rows = new TextTitle("each heat-map row is one cell (1 at the top); dashed lines: the marked steps");
        rows.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(rows);
        NumberAxis legendAxis = Heatmaps.barAxis(t, diverging ? "c" : "gate value", t.mathFont(14f));
        if (diverging) {
            legendAxis.setRange(-maxAbs, maxAbs);
            legendAxis.setTickUnit(new NumberTickUnit(0.5));
        } else {
            legendAxis.setRange(0, 1);
            legendAxis.setTickUnit(new NumberTickUnit(0.25));
        }
        PaintScaleLegend legend = Charts.colourBar(scale, legendAxis, 12, new RectangleInsets(60, 8, 40, 4));
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        chart.addSubtitle(legend);
        return chart;
    }

    private static XYPlot inputPlot(Dataset d, Theme t) {
        XYSeriesCollection c = Charts.collection(List.of(d.series("input value"), d.series("marked steps")));
        c.setIntervalWidth(0.7);
        XYBarRenderer r = Charts.flatBars();
        r.setSeriesPaint(0, t.color(Theme.Role.INPUT));
        r.setSeriesPaint(1, t.color(Theme.Role.OUTPUT));
        NumberAxis y = new NumberAxis("input");
        y.setRange(0, 1.05);
        y.setTickUnit(new NumberTickUnit(0.5));
        XYPlot p = new XYPlot(c, null, y, r);
        p.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        styleSub(p, t);
        return p;
    }

    private static XYPlot gridPlot(Grid g, ColourMaps.Scale scale, Theme t, String name) {
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        NumberAxis y = new NumberAxis(name.replace(" state", ""));
        y.setRange(0.5, g.rows() + 0.5);
        y.setTickUnit(new NumberTickUnit(g.rows() > 8 ? 4 : 2));
        y.setInverted(true);
        XYPlot p = new XYPlot(Charts.xyz(g), null, y, r);
        styleSub(p, t);
        return p;
    }

    private static void styleSub(XYPlot p, Theme t) {
        p.setBackgroundPaint(null);
        p.setOutlineVisible(false);
        p.setDomainGridlinesVisible(false);
        p.setRangeGridlinesVisible(false);
        Charts.styleAxis(p.getRangeAxis(), t, 13f, 11.5f);
    }
}
