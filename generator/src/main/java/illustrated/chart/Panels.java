package illustrated.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Small multiples: several charts drawn side by side in one figure (a Java2D painter), each styled
 * with the site theme, and a common key above them. Use when panels need their own y scale, which a
 * shared plot cannot give.
 */
public final class Panels {
    private Panels() {
    }

    /**
     * Draws {@code charts} row by row in a grid of {@code cols} columns filling {@code width x height}
     * from {@code top} down (space above {@code top} is left for a common legend or heading).
     */
    public static void draw(Graphics2D g, Theme t, List<JFreeChart> charts, int cols, double width, double height,
            double top) {
        int rows = (charts.size() + cols - 1) / cols;
        double w = width / cols;
        double h = (height - top) / rows;
        for (int i = 0; i < charts.size(); i++) {
            JFreeChart c = charts.get(i);
            Charts.finish(c, t);
            int r = i / cols;
            int col = i % cols;
            c.draw(g, new Rectangle2D.Double(col * w, top + r * h, w, h));
        }
    }

    /**
     * A one-line key centred above the panels: what the bars are, then a dashed sample and what the
     * dashed curve is (both with {@link Labels} markup).
     */
    public static void key(Graphics2D g, Theme t, int width, String bars, String curve) {
        java.awt.Font f = t.font(13f);
        g.setFont(f);
        double wb = Labels.width(g, f, bars);
        double wc = Labels.width(g, f, curve);
        double gap = 28;
        double dash = 30;
        double x = (width - (wb + gap + dash + 8 + wc)) / 2;
        double y = 18;
        g.setPaint(t.color(Theme.Role.FG));
        Labels.draw(g, f, bars, x, y);
        double dx = x + wb + gap;
        g.setStroke(t.dashed());
        g.draw(new java.awt.geom.Line2D.Double(dx, y - 4.5, dx + dash, y - 4.5));
        Labels.draw(g, f, curve, dx + dash + 8, y);
    }
}
