package illustrated.chart.xy;

import illustrated.chart.ChartKit;
import illustrated.chart.Charts;
import illustrated.chart.Theme;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;

/** Small multiples of a multichannel sequence: one line chart per channel over one time axis. */
public final class StackedLines {
    private StackedLines() {
    }

    /**
     * One line chart per channel, stacked over a shared time axis of 0 to 96 hours: each
     * {@code channels[i]} is {series name, heading drawn inside the panel, unit on its axis}.
     */
public static JFreeChart chart(Dataset d, Theme t, String[][] channels) {
        NumberAxis time = Charts.axis(t, "time (hours)");
        time.setTickUnit(new NumberTickUnit(12));
        time.setRange(0, 96);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(10);
        for (int i = 0; i < channels.length; i++) {
            Series s = d.series(channels[i][0]);
            NumberAxis y = Charts.axis(t, channels[i][2]);
            Charts.styleAxis(y, t);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setSeriesPaint(0, t.series(i));
            r.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            XYPlot sub = new XYPlot(Charts.collection(List.of(s)), null, y, r);
            Charts.styleGrid(sub, t);
            double top = ChartKit.max(s.y());
            double bottom = ChartKit.min(s.y());
            double pad = 0.12 * (top - bottom);
            y.setRange(bottom - pad, top + 2.2 * pad);
            XYTextAnnotation name = new XYTextAnnotation(channels[i][1], 1.0, top + 1.6 * pad);
            name.setTextAnchor(TextAnchor.CENTER_LEFT);
            name.setFont(t.font(13.5f));
            name.setPaint(t.series(i));
            sub.addAnnotation(name);
            plot.add(sub, 1);
        }
        return new JFreeChart(null, t.font(14f), plot, false);
    }
}
