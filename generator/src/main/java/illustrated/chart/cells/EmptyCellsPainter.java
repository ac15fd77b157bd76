package illustrated.chart.cells;

import illustrated.chart.Theme;
import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A3: the same uniform points binned with 10 intervals per axis in 1, 2 and 3 dimensions. Cells that
 * hold a point are tinted, empty cells stay blank; the 3-D grid is shown as its ten slices along the
 * third axis. Layout for a 980 x 470 figure.
 */
public final class EmptyCellsPainter {
    private static final double LEFT = 24;
    private static final double SIDE = 300;
    private static final double RIGHT_X = 372;
    private static final double SLICE = 104;
    private static final double SLICE_GAP = 15;

    private EmptyCellsPainter() {
    }

    public static void paint(Graphics2D g, Dataset d, Theme t) {
        int bins = (int) d.value("bins").value();
        heading(g, t, LEFT, 26, "D = 1: " + d.value("cells-d1").formatted() + " cells, "
                + d.value("occupied-d1").formatted() + " hold a point");
        strip(g, t, d, LEFT, 40, SIDE);
        heading(g, t, LEFT, 116, "D = 2: " + d.value("cells-d2").formatted() + " cells, "
                + d.value("occupied-d2").formatted() + " hold a point");
        square(g, t, d, LEFT, 130, SIDE, 11.5f);
        heading(g, t, RIGHT_X, 26, "D = 3: " + d.value("cells-d3").formatted() + " cells, "
                + d.value("occupied-d3").formatted() + " hold a point, in ten slices by the third coordinate");
        for (int s = 0; s < bins; s++) {
            slice(g, t, d, s, RIGHT_X + (s % 5) * (SLICE + SLICE_GAP), 44 + (s / 5) * (SLICE + 40), SLICE,
                    "%.1f \u2264 third < %.1f", 11.5f);
        }
        legend(g, t, RIGHT_X, 330, d.value("points").formatted());
        shares(g, t, d, RIGHT_X, 372);
    }

    /** D = 1: the strip of cells {@code side} wide at ({@code x}, {@code y}), with the points as dots. */
    static void strip(Graphics2D g, Theme t, Dataset d, double x, double y, double side) {
        Series xy = d.series("coordinates 1-2");
        int bins = (int) d.value("bins").value();
        double stripH = 36;
        Grid g1 = d.grid("occupied d1");
        boolean[][] strip = new boolean[1][bins];
        for (int c = 0; c < bins; c++) {
            strip[0][c] = g1.at(0, c) > 0;
        }
        cells(g, t, x, y, side / bins, stripH, strip);
        for (int i = 0; i < xy.size(); i++) {
            // the second coordinate only spreads the dots vertically so that they can be seen
            dot(g, t, x + xy.x(i) * side, y + 3 + xy.y(i) * (stripH - 6), 1.1);
        }
    }

    /** D = 2: the square of cells with the points, and its corners' coordinates 0 and 1 in {@code size}. */
    static void square(Graphics2D g, Theme t, Dataset d, double x, double y, double side, float size) {
        Series xy = d.series("coordinates 1-2");
        drawSquare(g, t, d.grid("occupied d2"), x, y, side);
        for (int i = 0; i < xy.size(); i++) {
            dot(g, t, x + xy.x(i) * side, y + (1 - xy.y(i)) * side, 1.4);
        }
        small(g, t, x, y + side + 16, "0", size);
        small(g, t, x + side - 6, y + side + 16, "1", size);
    }

    /** D = 3: slice {@code s} at ({@code x0}, {@code y0}), labelled (centred below) by {@code format} of its range. */
    static void slice(Graphics2D g, Theme t, Dataset d, int s, double x0, double y0, double side, String format,
            float size) {
        Series xy = d.series("coordinates 1-2");
        Series z = d.series("coordinate 3");
        int bins = (int) d.value("bins").value();
        drawSquare(g, t, d.grid("occupied d3 slice " + (s + 1)), x0, y0, side);
        double lo = (double) s / bins;
        double hi = (double) (s + 1) / bins;
        for (int i = 0; i < xy.size(); i++) {
            if (z.y(i) >= lo && z.y(i) < hi) {
                dot(g, t, x0 + xy.x(i) * side, y0 + (1 - xy.y(i)) * side, 1.0);
            }
        }
        String label = Decimal.format(format, lo, hi);
        g.setFont(t.font(size));
        double w = g.getFontMetrics().getStringBounds(label, g).getWidth();
        small(g, t, x0 + (side - w) / 2, y0 + side + 15, label, size);
    }

    /** One bar per D: the share of cells that hold a point (tinted) and the share that is empty. */
    private static void shares(Graphics2D g, Theme t, Dataset d, double x, double y) {
        double barX = x + 60;
        double barW = 330;
        for (int k = 1; k <= 3; k++) {
            double cells = d.value("cells-d" + k).value();
            double occupied = d.value("occupied-d" + k).value();
            double f = occupied / cells;
            double by = y + (k - 1) * 24;
            g.setFont(t.font(13f));
            g.setPaint(t.color(Theme.Role.FG));
            g.drawString("D = " + k, (float) x, (float) (by + 13));
            Rectangle2D full = new Rectangle2D.Double(barX, by, barW, 16);
            g.setPaint(Theme.Role.C1.color(70));
            g.fill(new Rectangle2D.Double(barX, by, barW * f, 16));
            g.setStroke(t.thin());
            g.setPaint(Theme.Role.MUTED.color(110));
            g.draw(full);
            g.setPaint(t.color(Theme.Role.FG));
            g.drawString(Decimal.format("%.1f%% of the cells hold a point", 100 * f),
                    (float) (barX + barW + 10), (float) (by + 13));
        }
    }

    private static void drawSquare(Graphics2D g, Theme t, Grid grid, double x0, double y0, double side) {
        int n = grid.cols();
        boolean[][] occupied = new boolean[grid.rows()][n];
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < n; c++) {
                // row r holds the r-th interval of the vertical coordinate: draw it from the bottom up
                occupied[grid.rows() - 1 - r][c] = grid.at(r, c) > 0;
            }
        }
        cells(g, t, x0, y0, side / n, side / grid.rows(), occupied);
    }

    /**
     * A grid of cells, {@code occupied[row][col]} from the top: the tinted cells first, then the grid
     * lines as one path and the border (a few elements instead of two per cell, same picture). Inner
     * lines are darker than the border, as where two neighbouring cell outlines were drawn over each other.
     */
    private static void cells(Graphics2D g, Theme t, double x0, double y0, double w, double h, boolean[][] occupied) {
        int rows = occupied.length;
        int cols = occupied[0].length;
        g.setPaint(Theme.Role.C1.color(70));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (occupied[r][c]) {
                    g.fill(new Rectangle2D.Double(x0 + c * w, y0 + r * h, w, h));
                }
            }
        }
        g.setStroke(t.thin());
        Path2D inner = new Path2D.Double();
        for (int c = 1; c < cols; c++) {
            inner.moveTo(x0 + c * w, y0);
            inner.lineTo(x0 + c * w, y0 + rows * h);
        }
        for (int r = 1; r < rows; r++) {
            inner.moveTo(x0, y0 + r * h);
            inner.lineTo(x0 + cols * w, y0 + r * h);
        }
        // 110 drawn twice over itself: 1 - (1 - 110/255)^2 = 173/255
        g.setPaint(Theme.Role.MUTED.color(173));
        g.draw(inner);
        g.setPaint(Theme.Role.MUTED.color(110));
        g.draw(new Rectangle2D.Double(x0, y0, cols * w, rows * h));
    }

    static void cell(Graphics2D g, Theme t, double x, double y, double w, double h, boolean occupied) {
        Rectangle2D rect = new Rectangle2D.Double(x, y, w, h);
        if (occupied) {
            g.setPaint(Theme.Role.C1.color(70));
            g.fill(rect);
        }
        g.setStroke(t.thin());
        g.setPaint(Theme.Role.MUTED.color(110));
        g.draw(rect);
    }

    private static void dot(Graphics2D g, Theme t, double x, double y, double r) {
        g.setPaint(t.color(Theme.Role.FG));
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    static void heading(Graphics2D g, Theme t, double x, double y, String s) {
        g.setFont(t.font(14f));
        g.setPaint(t.color(Theme.Role.FG));
        g.drawString(s, (float) x, (float) y);
    }

    private static void small(Graphics2D g, Theme t, double x, double y, String s, float size) {
        g.setFont(t.font(size));
        g.setPaint(t.color(Theme.Role.MUTED));
        g.drawString(s, (float) x, (float) y);
    }

    private static void legend(Graphics2D g, Theme t, double x, double y, String points) {
        cell(g, t, x, y, 16, 16, true);
        g.setFont(t.font(13f));
        g.setPaint(t.color(Theme.Role.FG));
        g.drawString("cell holding at least one point", (float) (x + 24), (float) (y + 13));
        cell(g, t, x + 250, y, 16, 16, false);
        g.setPaint(t.color(Theme.Role.FG));
        g.drawString("empty cell", (float) (x + 274), (float) (y + 13));
        dot(g, t, x + 380, y + 8, 2);
        g.setPaint(t.color(Theme.Role.FG));
        g.drawString("one of the " + points + " points", (float) (x + 390), (float) (y + 13));
    }
}
