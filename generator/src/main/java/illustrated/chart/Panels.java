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
     * from {@code top} down (space above {@code top} is left for a common legend or heading); returns
     * each panel's box, in the order of {@code charts}. One column stacks the panels (a narrow layout).
     */
    public static List<Rectangle2D> draw(Graphics2D g, Theme t, List<JFreeChart> charts, int cols, double width,
            double height, double top) {
        List<Rectangle2D> boxes = grid(charts.size(), cols, width, height, top);
        for (int i = 0; i < charts.size(); i++) {
            JFreeChart c = charts.get(i);
            Charts.finish(c, t);
            c.draw(g, boxes.get(i));
        }
        return boxes;
    }

    /**
     * The boxes of {@code n} panels row by row in {@code cols} columns of equal size filling
     * {@code width x height} from {@code top} down: the layout of {@link #draw}, for painters that draw
     * their panels themselves. One column stacks them.
     */
    public static List<Rectangle2D> grid(int n, int cols, double width, double height, double top) {
        int rows = (n + cols - 1) / cols;
        double w = width / cols;
        double h = (height - top) / rows;
        List<Rectangle2D> boxes = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            boxes.add(new Rectangle2D.Double((i % cols) * w, top + (i / cols) * h, w, h));
        }
        return boxes;
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
        dashed(g, t, f, curve, x + wb + gap, y);
    }

    /**
     * The key of {@link #key} in centred lines, for a narrow layout: what the bars are, then the dashed
     * sample and what the dashed curve is, in a size whose raised and lowered runs are still 12 units (split
     * after its last comma when one line is too wide). Returns where the panels can start.
     */
    public static double keyStacked(Graphics2D g, Theme t, int width, String bars, String curve) {
        java.awt.Font f = t.font(13f);
        g.setFont(f);
        g.setPaint(t.color(Theme.Role.FG));
        Labels.draw(g, f, bars, (width - Labels.width(g, f, bars)) / 2, 18);
        java.awt.Font big = t.font(17f);
        g.setFont(big);
        int comma = curve.lastIndexOf(", ");
        double sample = 30 + 8;
        if (Labels.width(g, big, curve) + sample <= width || comma < 0) {
            dashed(g, t, big, curve, (width - (sample + Labels.width(g, big, curve))) / 2, 42);
            return 52;
        }
        String first = curve.substring(0, comma + 1);
        String second = curve.substring(comma + 2);
        dashed(g, t, big, first, (width - (sample + Labels.width(g, big, first))) / 2, 42);
        Labels.draw(g, big, second, (width - Labels.width(g, big, second)) / 2, 64);
        return 74;
    }

    /** A 30-unit dashed sample from {@code x}, then {@code curve}. */
    private static void dashed(Graphics2D g, Theme t, java.awt.Font f, String curve, double x, double y) {
        double dash = 30;
        g.setStroke(t.dashed());
        g.draw(new java.awt.geom.Line2D.Double(x, y - 4.5, x + dash, y - 4.5));
        Labels.draw(g, f, curve, x + dash + 8, y);
    }
}
