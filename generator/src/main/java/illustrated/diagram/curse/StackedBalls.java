package illustrated.diagram.curse;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.simulation.Dataset;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A5: four unit squares with their circles and the blue circle in the middle touching all four;
 * eight unit cubes with their spheres and the blue sphere in the middle, in an orthographic view.
 * The diameters come from {@link CentreBallGeometry} (values {@code diameter-d2}, {@code diameter-d3}).
 */
public record StackedBalls(int width, int height) implements Sketch {
    private static final float LABEL = 18f;

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        pen.paper(width, height);
        flat(pen, data, 70, 30, 135);
        solid(pen, new View3(Math.toRadians(30), Math.toRadians(18), 112, 575, 175));
        g.setColor(Role.MUTED.color());
        pen.label("2 × 2 unit squares, $D$ = 2", 205, height - 36, 16f, Align.CENTER);
        pen.label("2 × 2 × 2 unit cubes, $D$ = 3", 575, height - 36, 16f, Align.CENTER);
        g.setColor(Role.C1.color());
        pen.label("blue circle: diameter $√{2}$ − 1 ≈ " + data.value("diameter-d2").formatted(), 205, height - 12, LABEL, Align.CENTER);
        pen.label("blue sphere: diameter $√{3}$ − 1 ≈ " + data.value("diameter-d3").formatted(), 575, height - 12, LABEL, Align.CENTER);
    }

    private static void flat(Pen pen, Dataset data, double x, double y, double s) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        g.setStroke(theme.line());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double cx = x + s * i;
                double cy = y + s * j;
                g.setColor(Role.C2.color(60));
                g.fill(new Ellipse2D.Double(cx, cy, s, s));
                g.setColor(Role.C2.color());
                g.draw(new Ellipse2D.Double(cx, cy, s, s));
                g.setColor(Role.FG.color());
                g.draw(new Rectangle2D.Double(cx, cy, s, s));
            }
        }
        double mx = x + s;
        double my = y + s;
        double r = CentreBallGeometry.centreDiameter(2) / 2 * s;
        // from the middle to a small circle's centre: √2/2 = r + 1/2
        g.setColor(Role.MUTED.color());
        g.setStroke(theme.dashed());
        g.draw(new Line2D.Double(mx, my, x + 1.5 * s, y + 1.5 * s));
        g.setColor(Role.C1.color(200));
        g.fill(new Ellipse2D.Double(mx - r, my - r, 2 * r, 2 * r));
        g.setColor(Role.C1.color());
        g.setStroke(theme.line());
        g.draw(new Ellipse2D.Double(mx - r, my - r, 2 * r, 2 * r));
        g.setColor(Role.FG.color());
        pen.label("1", x + s / 2, y + 2 * s + 24, LABEL, Align.CENTER);
        pen.label("1", x + 1.5 * s, y + 2 * s + 24, LABEL, Align.CENTER);
        g.setColor(Role.MUTED.color());
        g.fill(new Ellipse2D.Double(x + 1.5 * s - 3, y + 1.5 * s - 3, 6, 6));
        pen.labelOnPaper("$√{2}$/2", x + 1.25 * s + 22, y + 1.25 * s - 12, 16f);
    }

    private record Ball(double x, double y, double z, double r, boolean centre) { }

    private static void solid(Pen pen, View3 v) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        // the stack's grid lines: every cube edge, thin and muted
        g.setStroke(theme.thin());
        g.setColor(Role.GRID.color());
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                g.draw(new Line2D.Double(v.at(-1, a, b), v.at(1, a, b)));
                g.draw(new Line2D.Double(v.at(a, -1, b), v.at(a, 1, b)));
                g.draw(new Line2D.Double(v.at(a, b, -1), v.at(a, b, 1)));
            }
        }
        List<Ball> balls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            balls.add(new Ball((i & 1) == 0 ? -0.5 : 0.5, (i & 2) == 0 ? -0.5 : 0.5, (i & 4) == 0 ? -0.5 : 0.5, 0.5,
                    false));
        }
        double rc = CentreBallGeometry.centreDiameter(3) / 2;
        balls.add(new Ball(0, 0, 0, rc, true));
        balls.sort(Comparator.comparingDouble(b -> v.nearness(b.x, b.y, b.z)));
        for (Ball b : balls) {
            Point2D p = v.at(b.x, b.y, b.z);
            double r = b.r * v.scale();
            Ellipse2D disc = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            boolean front = v.nearness(b.x, b.y, b.z) > 0;
            g.setColor(b.centre ? Role.C1.color(230) : Role.C2.color(front ? 45 : 95));
            g.fill(disc);
            g.setColor(b.centre ? Role.C1.color() : Role.C2.color(front ? 150 : 255));
            g.setStroke(b.centre ? theme.line() : new BasicStroke(front ? 1.5f : 2f));
            g.draw(disc);
            g.setColor(Role.PAPER.color(b.centre ? 120 : 90));
            g.fill(new Ellipse2D.Double(p.getX() - 0.55 * r, p.getY() - 0.6 * r, 0.45 * r, 0.32 * r));
        }
        // outline of the whole stack on top, so its size reads clearly
        g.setColor(Role.FG.color());
        g.setStroke(theme.line());
        for (double a : new double[] {-1, 1}) {
            for (double b : new double[] {-1, 1}) {
                g.draw(new Line2D.Double(v.at(-1, a, b), v.at(1, a, b)));
                g.draw(new Line2D.Double(v.at(a, -1, b), v.at(a, 1, b)));
                g.draw(new Line2D.Double(v.at(a, b, -1), v.at(a, b, 1)));
            }
        }
        Point2D e0 = v.at(-1, -1, -1);
        Point2D e1 = v.at(1, -1, -1);
        g.setColor(Role.FG.color());
        pen.label("2", (e0.getX() + e1.getX()) / 2 - 6, (e0.getY() + e1.getY()) / 2 + 24, LABEL, Align.CENTER);
    }
}
