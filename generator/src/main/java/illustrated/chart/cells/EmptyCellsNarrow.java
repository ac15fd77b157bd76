package illustrated.chart.cells;

import illustrated.chart.Theme;
import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * The narrow layout of A3 ({@link EmptyCellsPainter}) for a phone's column: the 1-D strip, the 2-D square
 * and the ten 3-D slices (three to a row) stacked, then the key and the share of cells that hold a point,
 * each line short enough for {@link #WIDTH} units, no label under 13 units.
 */
public final class EmptyCellsNarrow {
    /** Drawing width and height. */
    public static final int WIDTH = 360;
    public static final int HEIGHT = 1250;
    private static final double LEFT = 20;
    private static final double SIDE = 320;
    private static final double SLICE = 96;
    private static final double SLICE_GAP = 16;
    private static final float SMALL = 13f;

    private EmptyCellsNarrow() {
    }

    public static void paint(Graphics2D g, Dataset d, Theme t) {
        int bins = (int) d.value("bins").value();
        EmptyCellsPainter.heading(g, t, LEFT, 20, "D = 1: " + d.value("cells-d1").formatted() + " cells, "
                + d.value("occupied-d1").formatted() + " hold a point");
        EmptyCellsPainter.strip(g, t, d, LEFT, 32, SIDE);
        EmptyCellsPainter.heading(g, t, LEFT, 100, "D = 2: " + d.value("cells-d2").formatted() + " cells, "
                + d.value("occupied-d2").formatted() + " hold a point");
        EmptyCellsPainter.square(g, t, d, LEFT, 112, SIDE, SMALL);
        EmptyCellsPainter.heading(g, t, LEFT, 478, "D = 3: " + d.value("cells-d3").formatted() + " cells, "
                + d.value("occupied-d3").formatted() + " hold a point,");
        EmptyCellsPainter.heading(g, t, LEFT, 498, "in ten slices by the third coordinate");
        double top = 512;
        for (int s = 0; s < bins; s++) {
            EmptyCellsPainter.slice(g, t, d, s, LEFT + (s % 3) * (SLICE + SLICE_GAP), top + (s / 3) * (SLICE + 30),
                    SLICE, "%.1f \u2013 %.1f", SMALL);
        }
        double y = top + ((bins + 2) / 3) * (SLICE + 30) + 6;
        EmptyCellsPainter.cell(g, t, LEFT, y, 16, 16, true);
        text(g, t, "cell holding at least one point", LEFT + 24, y + 13);
        EmptyCellsPainter.cell(g, t, LEFT, y + 24, 16, 16, false);
        text(g, t, "empty cell", LEFT + 24, y + 37);
        g.setPaint(t.color(Theme.Role.FG));
        g.fill(new Ellipse2D.Double(LEFT + 6, y + 54, 4, 4));
        text(g, t, "one of the " + d.value("points").formatted() + " points", LEFT + 24, y + 61);
        // one bar per D, its share written under it
        for (int k = 1; k <= 3; k++) {
            double f = d.value("occupied-d" + k).value() / d.value("cells-d" + k).value();
            double by = y + 86 + (k - 1) * 44;
            text(g, t, "D = " + k, LEFT, by + 13);
            g.setPaint(Theme.Role.C1.color(70));
            g.fill(new Rectangle2D.Double(LEFT + 50, by, (SIDE - 50) * f, 16));
            g.setStroke(t.thin());
            g.setPaint(Theme.Role.MUTED.color(110));
            g.draw(new Rectangle2D.Double(LEFT + 50, by, SIDE - 50, 16));
            text(g, t, Decimal.format("%.1f%% of the cells hold a point", 100 * f), LEFT + 50, by + 33);
        }
    }

    private static void text(Graphics2D g, Theme t, String s, double x, double y) {
        g.setFont(t.font(SMALL));
        g.setPaint(t.color(Theme.Role.FG));
        g.drawString(s, (float) x, (float) y);
    }
}
