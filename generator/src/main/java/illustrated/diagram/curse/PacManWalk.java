package illustrated.diagram.curse;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A11: walking in high dimensions. Left, a walker on a grid that can only go straight or turn by a
 * right angle. Right, where a random next move points relative to the last one: quantile rays of
 * the angle law from {@link TurnAngles} for D = 2 (every direction alike) and D = 100 (all but
 * a few within a narrow fan around 90°). The walker is an original glyph, not game art.
 */
public record PacManWalk(int width, int height) implements Sketch {
    private static final double CELL = 44;

    /** The walk, as grid moves: +x, +y (up), −x, −y. */
    private static final int[][] MOVES = {{3, 0}, {0, 2}, {2, 0}, {0, -1}, {2, 0}, {0, 3}, {-1, 0}};

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        pen.paper(width, height);
        walk(pen, 60, 60);
        fan(pen, data.series("d2"), 565, 185, "$D$ = 2", null);
        fan(pen, data.series("d100"), 790, 185, "$D$ = 100",
                "90% within ±" + data.value("spread90-d100").formatted() + " of 90°");
        g.setColor(Role.FG.color());
        pen.label("a walk that only turns by right angles", 60 + 4 * CELL, 34, 17f, Align.CENTER);
        pen.label("where a random next move points", 678, 34, 17f, Align.CENTER);
        g.setColor(Role.MUTED.color());
        pen.label("(grey arrow: the last move; one ray per 1/36 of the chances)", 678, height - 14, 14f, Align.CENTER);
    }

    private static void walk(Pen pen, double x0, double y0) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        int cols = 8;
        int rows = 6;
        g.setColor(Role.GRID.color());
        g.setStroke(theme.thin());
        for (int i = 0; i <= cols; i++) {
            g.draw(new Line2D.Double(x0 + i * CELL, y0, x0 + i * CELL, y0 + rows * CELL));
        }
        for (int j = 0; j <= rows; j++) {
            g.draw(new Line2D.Double(x0, y0 + j * CELL, x0 + cols * CELL, y0 + j * CELL));
        }
        double cx = x0 + 0.5 * CELL;
        double cy = y0 + (rows - 0.5) * CELL;
        Path2D path = new Path2D.Double();
        path.moveTo(cx, cy);
        double px = cx;
        double py = cy;
        for (int m = 0; m < MOVES.length; m++) {
            int[] mv = MOVES[m];
            int steps = Math.abs(mv[0]) + Math.abs(mv[1]);
            for (int s = 0; s < steps; s++) {
                px += Integer.signum(mv[0]) * CELL;
                py -= Integer.signum(mv[1]) * CELL;
            }
            path.lineTo(px, py);
        }
        g.setColor(Role.C1.color());
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER));
        g.draw(path);
        // right-angle marks at the turns
        double tx = cx;
        double ty = cy;
        g.setStroke(theme.thin());
        for (int m = 0; m < MOVES.length - 1; m++) {
            tx += MOVES[m][0] * CELL;
            ty -= MOVES[m][1] * CELL;
            double back = StrictMath.atan2(MOVES[m][1], -MOVES[m][0]);
            double on = StrictMath.atan2(-MOVES[m + 1][1], MOVES[m + 1][0]);
            pen.rightAngle(tx, ty, back, on, 9);
        }
        g.setColor(Role.FG.color());
        // inside the start cell, above the dot: left of it the label would cross the grid's edge
        pen.label("start", cx, cy - 9, 15f, Align.CENTER);
        g.setColor(Role.C1.color());
        g.fill(new Ellipse2D.Double(cx - 5, cy - 5, 10, 10));
        walker(g, px, py, 19);
        g.setColor(Role.MUTED.color());
        pen.label("in 100 dimensions, a random move is nearly always", x0 + 4 * CELL, y0 + rows * CELL + 46, 15f, Align.CENTER);
        pen.label("at about a right angle to the move before", x0 + 4 * CELL, y0 + rows * CELL + 66, 15f, Align.CENTER);
    }

    /** A round walker with eyes and feet: the site's own glyph. */
    static void walker(Graphics2D g, double x, double y, double r) {
        g.setColor(Role.FG.color(60));
        g.fill(new Ellipse2D.Double(x - 0.7 * r, y + 0.85 * r, 1.4 * r, 0.35 * r));
        g.setColor(Role.C5.color());
        g.fill(new Ellipse2D.Double(x - 0.62 * r, y + 0.72 * r, 0.5 * r, 0.34 * r));
        g.fill(new Ellipse2D.Double(x + 0.12 * r, y + 0.72 * r, 0.5 * r, 0.34 * r));
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        g.setColor(Role.FG.color());
        g.setStroke(new BasicStroke(1.4f));
        g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        for (double ex : new double[] {-0.32, 0.32}) {
            g.setColor(Role.PAPER.color());
            g.fill(new Ellipse2D.Double(x + ex * r - 0.2 * r, y - 0.42 * r, 0.4 * r, 0.48 * r));
            g.setColor(Role.FG.color());
            g.fill(new Ellipse2D.Double(x + ex * r - 0.06 * r, y - 0.3 * r, 0.17 * r, 0.2 * r));
        }
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(x - 0.35 * r, y - 0.1 * r, 0.7 * r, 0.55 * r, 200, 140, Arc2D.OPEN));
    }

    /** Rays at the quantile angles, mirrored above and below the last move's direction. */
    private static void fan(Pen pen, Series quantiles, double x, double y, String title, String note) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        double len = 95;
        g.setColor(Role.FILL.color());
        g.fill(new Ellipse2D.Double(x - len - 6, y - len - 6, 2 * len + 12, 2 * len + 12));
        g.setColor(Role.GRID.color());
        g.setStroke(theme.dashed());
        g.draw(new Line2D.Double(x, y - len - 8, x, y + len + 8));
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < quantiles.size(); k++) {
            double a = Math.toRadians(quantiles.y(k));
            double sign = k % 2 == 0 ? -1 : 1;
            g.setColor(Role.C2.color(190));
            g.draw(new Line2D.Double(x, y, x + len * StrictMath.cos(a), y + sign * len * StrictMath.sin(a)));
        }
        g.setColor(Role.MUTED.color());
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        pen.pointer(x - len - 10, y, x - 8, y, 12);
        g.setColor(Role.FG.color());
        g.fill(new Ellipse2D.Double(x - 4, y - 4, 8, 8));
        pen.label(title, x, y + len + 34, 18f, Align.CENTER);
        if (note != null) {
            g.setColor(Role.C2.color());
            pen.label(note, x, y + len + 56, 15f, Align.CENTER);
        } else {
            g.setColor(Role.C2.color());
            pen.label("every direction equally likely", x, y + len + 56, 15f, Align.CENTER);
        }
    }
}
