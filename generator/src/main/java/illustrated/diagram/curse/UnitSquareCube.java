package illustrated.diagram.curse;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.simulation.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * A4: the unit square with its inscribed circle and diagonal √2, and the unit cube with its
 * inscribed sphere, a face diagonal √2 and the space diagonal √3 (which close a right triangle with
 * one edge: √3 = √(2 + 1)).
 */
public record UnitSquareCube(int width, int height) implements Sketch {
    private static final float LABEL = 19f;

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        pen.paper(width, height);
        square(pen, 70, 70, 230);
        cube(pen, new View3(Math.toRadians(33), Math.toRadians(20), 200, 560, 180));
        g.setColor(Role.MUTED.color());
        pen.label("unit square, $D$ = 2", 185, height - 12, 16f, Align.CENTER);
        pen.label("unit cube, $D$ = 3", 560, height - 12, 16f, Align.CENTER);
    }

    private static void square(Pen pen, double x, double y, double s) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        g.setColor(Role.C6.color(70));
        g.fill(new Ellipse2D.Double(x, y, s, s));
        g.setStroke(theme.line());
        g.setColor(Role.C6.color());
        g.draw(new Ellipse2D.Double(x, y, s, s));
        g.setColor(Role.FG.color());
        g.draw(new Rectangle2D.Double(x, y, s, s));
        // diameter of the circle
        g.setStroke(theme.thin());
        g.setColor(Role.C1.color());
        pen.dimension(x + 3, y + s / 2, x + s - 3, y + s / 2, 9);
        pen.labelOnPaper("1", x + s * 0.25, y + s / 2 - 14, LABEL);
        // diagonal
        g.setStroke(theme.line());
        g.setColor(Role.C2.color());
        g.draw(new Line2D.Double(x, y + s, x + s, y));
        pen.labelOnPaper("$√{2}$", x + s * 0.80, y + s * 0.30, LABEL);
        // sides
        g.setColor(Role.FG.color());
        pen.label("1", x + s / 2, y + s + 24, LABEL, Align.CENTER);
        pen.label("1", x - 12, y + s / 2 + 6, LABEL, Align.RIGHT);
    }

    private static void cube(Pen pen, View3 v) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        double h = 0.5;
        double[][] corners = new double[8][];
        int hidden = 0;
        for (int i = 0; i < 8; i++) {
            corners[i] = new double[] {(i & 1) == 0 ? -h : h, (i & 2) == 0 ? -h : h, (i & 4) == 0 ? -h : h};
            if (v.nearness(corners[i][0], corners[i][1], corners[i][2])
                    < v.nearness(corners[hidden][0], corners[hidden][1], corners[hidden][2])) {
                hidden = i;
            }
        }
        // hidden edges first, dashed
        g.setColor(Role.MUTED.color());
        g.setStroke(theme.dashed());
        for (int i = 0; i < 8; i++) {
            for (int b = 1; b < 8; b <<= 1) {
                int j = i | b;
                if (j != i && (i == hidden || j == hidden)) {
                    g.draw(line(v, corners[i], corners[j]));
                }
            }
        }
        // inscribed sphere: an exact circle in an orthographic view
        Point2D c = v.at(0, 0, 0);
        double r = 0.5 * v.scale();
        g.setColor(Role.C6.color(70));
        g.fill(new Ellipse2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r));
        g.setColor(Role.C6.color());
        g.setStroke(theme.line());
        g.draw(new Ellipse2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r));
        equator(g, theme, v, r);
        // visible edges
        g.setColor(Role.FG.color());
        g.setStroke(theme.line());
        for (int i = 0; i < 8; i++) {
            for (int b = 1; b < 8; b <<= 1) {
                int j = i | b;
                if (j != i && i != hidden && j != hidden) {
                    g.draw(line(v, corners[i], corners[j]));
                }
            }
        }
        // the right triangle: top-face diagonal √2, one edge 1, space diagonal √3
        double[] a = {-h, -h, h};
        double[] top = {h, h, h};
        double[] bottom = {h, h, -h};
        g.setColor(Role.C5.color());
        g.setStroke(theme.line());
        g.draw(line(v, a, top));
        g.setColor(Role.FG.color());
        g.setStroke(new java.awt.BasicStroke(3.2f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        g.draw(line(v, top, bottom));
        g.setColor(Role.C2.color());
        g.setStroke(new java.awt.BasicStroke(2.6f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        g.draw(line(v, a, bottom));
        Point2D pTop = v.at(h, h, h);
        Point2D pBottom = v.at(h, h, -h);
        Point2D pA = v.at(-h, -h, h);
        Point2D mTop = mid(pA, pTop, 0.30);
        Point2D mDiag = mid(pA, pBottom, 0.72);
        Point2D mEdge = mid(pTop, pBottom, 0.5);
        g.setColor(Role.C5.color());
        pen.labelOnPaper("$√{2}$", mTop.getX(), mTop.getY() - 4, LABEL);
        g.setColor(Role.C2.color());
        pen.labelOnPaper("$√{3}$", mDiag.getX() - 26, mDiag.getY() + 6, LABEL);
        g.setColor(Role.FG.color());
        pen.labelOnPaper("1", mEdge.getX() + 14, mEdge.getY(), LABEL);
        Point2D e0 = v.at(-h, -h, -h);
        Point2D e1 = v.at(h, -h, -h);
        pen.label("1", (e0.getX() + e1.getX()) / 2 + 4, (e0.getY() + e1.getY()) / 2 + 26, LABEL, Align.CENTER);
    }

    /** The sphere's equator: front half solid, back half dashed. */
    private static void equator(Graphics2D g, Theme theme, View3 v, double r) {
        int n = 72;
        for (int k = 0; k < n; k++) {
            double t0 = 2 * Math.PI * k / n;
            double t1 = 2 * Math.PI * (k + 1) / n;
            double tm = (t0 + t1) / 2;
            boolean front = v.nearness(0.5 * StrictMath.cos(tm), 0.5 * StrictMath.sin(tm), 0) > 0;
            g.setStroke(front ? theme.thin() : new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT,
                    java.awt.BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 3f}, 0f));
            g.setColor(Role.C1.color(front ? 200 : 120));
            Point2D p0 = v.at(0.5 * StrictMath.cos(t0), 0.5 * StrictMath.sin(t0), 0);
            Point2D p1 = v.at(0.5 * StrictMath.cos(t1), 0.5 * StrictMath.sin(t1), 0);
            g.draw(new Line2D.Double(p0, p1));
        }
    }

    private static Line2D line(View3 v, double[] p, double[] q) {
        return new Line2D.Double(v.at(p[0], p[1], p[2]), v.at(q[0], q[1], q[2]));
    }

    private static Point2D mid(Point2D p, Point2D q, double t) {
        return new Point2D.Double(p.getX() + t * (q.getX() - p.getX()), p.getY() + t * (q.getY() - p.getY()));
    }
}
