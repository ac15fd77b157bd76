package illustrated.diagram.curse;

import illustrated.format.Decimal;
import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.simulation.Dataset;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * A9: why angles near 90° win in 3-D. Fix x as the north pole of the unit sphere. The directions at
 * angle θ from x form a cone whose rim is a circle of radius sin θ: a thin ring for small θ, the
 * hemisphere's full cross-section (the equator, radius 1) at θ = 90°. A uniformly random direction
 * lands in the band [θ, θ + dθ] with probability 2π sin θ dθ / 4π, so p(θ) = ½ sin θ, plotted on the
 * right against the flat 1/π of two dimensions.
 */
public record HemisphereCone(int width, int height) implements Sketch {
    private static final double CONE = Math.toRadians(22);
    private static final double HALF_BAND = Math.toRadians(3);

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        pen.paper(width, height);
        sphere(pen, new View3(0, Math.toRadians(16), 140, 200, 215));
        plot(pen, 500, 60, 300, 250);
    }

    private void sphere(Pen pen, View3 v) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        Point2D c = v.at(0, 0, 0);
        double r = v.scale();
        g.setColor(Role.FILL.color());
        g.fill(new Ellipse2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r));
        // equatorial disc: the cross-section of the hemisphere, where the θ = 90° cone has flattened
        g.setColor(Role.C1.color(40));
        g.fill(latitude(v, Math.PI / 2, 0, 2 * Math.PI));
        // back halves of the latitude lines, dashed
        ring(g, theme, v, Math.PI / 2, false, Role.C1);
        ring(g, theme, v, CONE, false, Role.C2);
        // the cone from the centre to the small ring
        Point2D left = v.at(-StrictMath.sin(CONE), 0, StrictMath.cos(CONE));
        Point2D right = v.at(StrictMath.sin(CONE), 0, StrictMath.cos(CONE));
        Path2D cone = new Path2D.Double();
        cone.moveTo(c.getX(), c.getY());
        cone.lineTo(left.getX(), left.getY());
        cone.lineTo(right.getX(), right.getY());
        cone.closePath();
        g.setColor(Role.C2.color(45));
        g.fill(cone);
        g.fill(latitude(v, CONE, 0, 2 * Math.PI));
        g.setColor(Role.C2.color());
        g.setStroke(theme.thin());
        g.draw(new Line2D.Double(c, left));
        g.draw(new Line2D.Double(c, right));
        // the two bands on the surface, front halves
        band(g, v, Math.PI / 2, Role.C1);
        band(g, v, CONE, Role.C2);
        ring(g, theme, v, Math.PI / 2, true, Role.C1);
        ring(g, theme, v, CONE, true, Role.C2);
        g.setColor(Role.FG.color());
        g.setStroke(theme.line());
        g.draw(new Ellipse2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r));
        // x, the pole
        Point2D top = v.at(0, 0, 1.32);
        g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        pen.pointer(c.getX(), c.getY(), top.getX(), top.getY(), 14);
        pen.labelCentred("$x$", top.getX() + 16, top.getY() + 8, 22f);
        g.fill(new Ellipse2D.Double(c.getX() - 3.5, c.getY() - 3.5, 7, 7));
        // θ between x and the cone's side
        double a0 = Math.toDegrees(StrictMath.atan2(-(right.getY() - c.getY()), right.getX() - c.getX()));
        g.setColor(Role.C2.color());
        g.setStroke(theme.thin());
        g.draw(new Arc2D.Double(c.getX() - 46, c.getY() - 46, 92, 92, a0, 90 - a0, Arc2D.OPEN));
        double am = Math.toRadians((a0 + 90) / 2);
        pen.labelCentred("$θ$", c.getX() + 60 * StrictMath.cos(am), c.getY() - 60 * StrictMath.sin(am), 19f);
        // labels with leaders
        g.setColor(Role.C2.color());
        Point2D ringEdge = v.at(-StrictMath.sin(CONE), -0.0, StrictMath.cos(CONE));
        g.draw(new Line2D.Double(ringEdge.getX() - 3, ringEdge.getY() - 2, 40, 55));
        pen.label("small $θ$: a narrow cone,", 12, 28, 16f, Align.LEFT);
        pen.label("rim 2$π$ sin $θ$ is short", 12, 46, 16f, Align.LEFT);
        g.setColor(Role.C1.color());
        Point2D eq = v.at(-1, 0, 0);
        g.draw(new Line2D.Double(eq.getX() + 2, eq.getY() + 4, 40, height - 46));
        pen.label("$θ$ = 90°: the cone opens flat into the", 12, height - 28, 16f, Align.LEFT);
        pen.label("hemisphere's cross-section, rim 2$π$", 12, height - 10, 16f, Align.LEFT);
    }

    /** The outline of the latitude circle at polar angle θ between azimuths f0 and f1. */
    private static Path2D latitude(View3 v, double theta, double f0, double f1) {
        Path2D p = new Path2D.Double();
        int n = 90;
        for (int k = 0; k <= n; k++) {
            double f = f0 + (f1 - f0) * k / n;
            Point2D q = v.at(StrictMath.sin(theta) * StrictMath.cos(f), StrictMath.sin(theta) * StrictMath.sin(f), StrictMath.cos(theta));
            if (k == 0) {
                p.moveTo(q.getX(), q.getY());
            } else {
                p.lineTo(q.getX(), q.getY());
            }
        }
        return p;
    }

    /** Front (facing the viewer, y < 0) or back half of a latitude circle. */
    private static void ring(Graphics2D g, Theme theme, View3 v, double theta, boolean front, Role role) {
        g.setColor(role.color(front ? 255 : 150));
        g.setStroke(front ? theme.thin() : new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {3f, 3f}, 0f));
        g.draw(front ? latitude(v, theta, Math.PI, 2 * Math.PI) : latitude(v, theta, 0, Math.PI));
    }

    /** The visible half of the surface band [θ − w, θ + w], filled. */
    private static void band(Graphics2D g, View3 v, double theta, Role role) {
        Path2D upper = latitude(v, theta - HALF_BAND, Math.PI, 2 * Math.PI);
        Path2D lower = latitude(v, theta + HALF_BAND, 2 * Math.PI, Math.PI);
        Path2D p = new Path2D.Double(upper);
        p.append(lower, true);
        p.closePath();
        g.setColor(role.color(110));
        g.fill(p);
    }

    /** p(θ) = ½ sin θ in 3-D against 1/π in 2-D, θ in degrees. */
    private static void plot(Pen pen, double x, double y, double w, double h) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        double yMax = 0.55;
        g.setStroke(theme.thin());
        for (double t = 0; t <= yMax + 1e-9; t += 0.1) {
            double py = y + h - t / yMax * h;
            g.setColor(Role.GRID.color());
            g.draw(new Line2D.Double(x, py, x + w, py));
            g.setColor(Role.MUTED.color());
            pen.label(Decimal.format("%.1f", t), x - 6, py + 4, 13f, Align.RIGHT);
        }
        for (int deg = 0; deg <= 180; deg += 45) {
            double px = x + deg / 180.0 * w;
            g.setColor(Role.GRID.color());
            g.draw(new Line2D.Double(px, y, px, y + h));
            g.setColor(Role.MUTED.color());
            pen.label(deg + "°", px, y + h + 18, 13f, Align.CENTER);
        }
        g.setColor(Role.FG.color());
        pen.label("angle $θ$ between $x$ and a random direction", x + w / 2, y + h + 42, 15f, Align.CENTER);
        pen.label("density per radian", x - 40, y - 14, 15f, Align.LEFT);
        // the bands of the drawing, on the curve
        shade(g, x, y, w, h, yMax, CONE, Role.C2);
        shade(g, x, y, w, h, yMax, Math.PI / 2, Role.C1);
        // 2-D: uniform
        g.setColor(Role.MUTED.color());
        g.setStroke(theme.dashed());
        double flat = y + h - (1 / Math.PI) / yMax * h;
        g.draw(new Line2D.Double(x, flat, x + w, flat));
        // under the flat line between 45° and 80°, where the 3-D curve runs above it (at the right end it crossed
        // the label), and low enough to clear the 0.3 grid line
        pen.label("2-D: 1/$π$", x + w * 62.5 / 180, flat + 27, 15f, Align.CENTER);
        // 3-D: ½ sin θ
        Path2D curve = new Path2D.Double();
        int n = 180;
        for (int k = 0; k <= n; k++) {
            double t = Math.PI * k / n;
            double px = x + w * k / n;
            double py = y + h - 0.5 * StrictMath.sin(t) / yMax * h;
            if (k == 0) {
                curve.moveTo(px, py);
            } else {
                curve.lineTo(px, py);
            }
        }
        g.setColor(Role.FG.color());
        g.setStroke(theme.line());
        g.draw(curve);
        // above the plot over the peak: inside, it sat on the 0.5 and 45° grid lines
        pen.label("3-D: sin $θ$ / 2", x + w / 2, y - 10, 17f, Align.CENTER);
        g.setColor(Role.FG.color());
        g.setStroke(theme.thin());
        g.draw(new Line2D.Double(x, y + h, x + w, y + h));
        g.draw(new Line2D.Double(x, y, x, y + h));
    }

    private static void shade(Graphics2D g, double x, double y, double w, double h, double yMax, double theta,
            Role role) {
        double t0 = theta - HALF_BAND;
        double t1 = theta + HALF_BAND;
        Path2D p = new Path2D.Double();
        p.moveTo(x + t0 / Math.PI * w, y + h);
        int n = 12;
        for (int k = 0; k <= n; k++) {
            double t = t0 + (t1 - t0) * k / n;
            p.lineTo(x + t / Math.PI * w, y + h - 0.5 * StrictMath.sin(t) / yMax * h);
        }
        p.lineTo(x + t1 / Math.PI * w, y + h);
        p.closePath();
        g.setColor(role.color(150));
        g.fill(p);
    }
}
