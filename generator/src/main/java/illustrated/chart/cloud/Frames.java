package illustrated.chart.cloud;

import illustrated.chart.Charts;
import illustrated.chart.Theme;
import illustrated.diagram.Pen;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;

/**
 * Plots whose two axes have the same scale, so that right angles look like right angles: principal axes,
 * projections and whitened clouds would be misleading on a stretched plot.
 *
 * <p>The axes get fixed space (no room measured from tick-label text) and the chart no title or legend, so
 * the data area depends on the panel's size alone; a first, discarded drawing reads it off, the ranges are
 * widened to one scale, and the second drawing is the real one. Labels and keys are drawn around the plot
 * with {@link Pen}.
 */
public final class Frames {
    private Frames() {
    }

    /** Where a panel's data landed: pixel = area corner + (value − lower bound) × scale (y upwards). */
    public record Mapping(Rectangle2D area, double xLow, double yLow, double scale) {
        public Point2D at(double x, double y) {
            return new Point2D.Double(area.getX() + (x - xLow) * scale, area.getMaxY() - (y - yLow) * scale);
        }
    }

    /**
     * Draws {@code plot} (whose axes must be {@link NumberAxis}) into {@code rect} so that the box
     * [{@code x0}, {@code x1}] x [{@code y0}, {@code y1}] fits and both axes share one scale, ticks every
     * {@code tick} units.
     */
    public static Mapping draw(Graphics2D g, Theme t, XYPlot plot, Rectangle2D rect, double x0, double x1, double y0,
            double y1, double tick) {
        AxisSpace left = new AxisSpace();
        left.setLeft(44);
        AxisSpace bottom = new AxisSpace();
        bottom.setBottom(38);
        plot.setFixedRangeAxisSpace(left);
        plot.setFixedDomainAxisSpace(bottom);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        x.setTickUnit(new NumberTickUnit(tick));
        y.setTickUnit(new NumberTickUnit(tick));
        JFreeChart chart = new JFreeChart(null, t.font(14f), plot, false);
        Charts.finish(chart, t);
        x.setRange(x0, x1);
        y.setRange(y0, y1);
        ChartRenderingInfo probe = new ChartRenderingInfo();
        chart.draw(new org.jfree.svg.SVGGraphics2D((int) rect.getMaxX() + 1, (int) rect.getMaxY() + 1), rect, probe);
        Rectangle2D area = probe.getPlotInfo().getDataArea();
        double scale = Math.min(area.getWidth() / (x1 - x0), area.getHeight() / (y1 - y0));
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        double hw = area.getWidth() / scale / 2;
        double hh = area.getHeight() / scale / 2;
        x.setRange(cx - hw, cx + hw);
        y.setRange(cy - hh, cy + hh);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, rect, info);
        Rectangle2D drawn = info.getPlotInfo().getDataArea();
        return new Mapping(drawn, cx - hw, cy - hh, scale);
    }

    /** A panel heading centred above {@code rect}. */
    public static void heading(Graphics2D g, Theme t, Rectangle2D rect, double y, String text) {
        new Pen(g, t).text(text, rect.getCenterX(), y, 14, Pen.Align.CENTER, Theme.Role.FG);
    }
}
