package illustrated.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Small multiples: several charts drawn side by side in one figure (a Java2D painter), each styled
 * with the site theme. Use when panels need their own y scale, which a shared plot cannot give.
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
}
