package illustrated.diagram;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;

/**
 * The arrow geometry of {@link Pen}: where arrows start and end, how curves bend, and the two arrow
 * heads of the site's diagrams — the triangular head of the network diagrams ({@link #head}) and the
 * notched head of the geometry sketches ({@link #notchedHead}). Pure geometry and drawing in the
 * current paint; colours are chosen by {@link Pen}.
 */
public final class Arrows {
    private Arrows() {
    }

    /** Points on the boundaries of {@code a} and {@code b} facing each other, pulled in by {@code gap}. */
    public static Point2D[] between(Node a, Node b, double gap) {
        Point2D pa = a.toward(b);
        Point2D pb = b.toward(a);
        return new Point2D[] {shorten(pb, pa, gap), shorten(pa, pb, gap)};
    }

    /** The point {@code by} px before {@code b} on the segment from {@code a} to {@code b}. */
    public static Point2D shorten(Point2D a, Point2D b, double by) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len = StrictMath.hypot(dx, dy);
        if (len <= by || len == 0) {
            return new Point2D.Double(b.getX(), b.getY());
        }
        return new Point2D.Double(b.getX() - dx / len * by, b.getY() - dy / len * by);
    }

    /** Control point of a quadratic curve from a to b bent by {@code bend} px to the left of travel. */
    public static Point2D control(Point2D a, Point2D b, double bend) {
        double mx = (a.getX() + b.getX()) / 2;
        double my = (a.getY() + b.getY()) / 2;
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len = StrictMath.hypot(dx, dy);
        if (len == 0) {
            return new Point2D.Double(mx, my);
        }
        // "left" of travel on screen (y down): rotate the direction by -90 degrees
        return new Point2D.Double(mx + dy / len * bend, my - dx / len * bend);
    }

    /** Length of an arrow head for a stroke of {@code width}. */
    public static double headLength(double width) {
        return 6 + 2.2 * width;
    }

    /** The filled triangular head of an arrow travelling from {@code from} towards its tip {@code tip}. */
    public static Path2D head(Point2D from, Point2D tip, double width) {
        double dx = tip.getX() - from.getX();
        double dy = tip.getY() - from.getY();
        double len = StrictMath.hypot(dx, dy);
        double ux = len == 0 ? 1 : dx / len;
        double uy = len == 0 ? 0 : dy / len;
        double l = headLength(width);
        double half = l * 0.42;
        double bx = tip.getX() - ux * l;
        double by = tip.getY() - uy * l;
        Path2D p = new Path2D.Double();
        p.moveTo(tip.getX(), tip.getY());
        p.lineTo(bx - uy * half, by + ux * half);
        p.lineTo(bx + uy * half, by - ux * half);
        p.closePath();
        return p;
    }

    /** The notched head of a sketch arrow with its tip at (x, y), pointing along {@code angle} (radians, screen). */
    public static Path2D notchedHead(double x, double y, double angle, double head) {
        Path2D p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x - head * StrictMath.cos(angle - 0.38), y - head * StrictMath.sin(angle - 0.38));
        p.lineTo(x - head * 0.7 * StrictMath.cos(angle), y - head * 0.7 * StrictMath.sin(angle));
        p.lineTo(x - head * StrictMath.cos(angle + 0.38), y - head * StrictMath.sin(angle + 0.38));
        p.closePath();
        return p;
    }

    /** A straight arrow with a triangular head, in the current paint. */
    static void straight(Graphics2D g, Point2D a, Point2D b, double width) {
        Point2D end = shorten(a, b, headLength(width) * 0.6);
        g.setStroke(round(width));
        g.draw(new Line2D.Double(a, end));
        g.fill(head(a, b, width));
    }

    /** A quadratic arrow bent {@code bend} px to the left of travel, in the current paint. */
    static void curve(Graphics2D g, Point2D a, Point2D b, double bend, double width) {
        Point2D c = control(a, b, bend);
        Point2D end = shorten(c, b, headLength(width) * 0.6);
        g.setStroke(round(width));
        g.draw(new QuadCurve2D.Double(a.getX(), a.getY(), c.getX(), c.getY(), end.getX(), end.getY()));
        g.fill(head(c, b, width));
    }

    /** A self-loop on {@code n} around {@code angleDeg}, in the current paint (see {@link Pen#loop}). */
    static void loop(Graphics2D g, Node n, double angleDeg, double reach) {
        Point2D p0 = n.at(angleDeg - 28);
        Point2D p1 = n.at(angleDeg + 28);
        double size = Math.min(n.w(), n.h()) * 0.9 * reach + 14;
        double a = Math.toRadians(angleDeg);
        double ox = StrictMath.cos(a) * size;
        double oy = -StrictMath.sin(a) * size;
        double spread = size * 0.75;
        double px = -StrictMath.sin(a) * spread;
        double py = -StrictMath.cos(a) * spread;
        Path2D path = new Path2D.Double();
        path.moveTo(p0.getX(), p0.getY());
        Point2D c1 = new Point2D.Double(p0.getX() + ox * 1.4 - px, p0.getY() + oy * 1.4 - py);
        Point2D c2 = new Point2D.Double(p1.getX() + ox * 1.4 + px, p1.getY() + oy * 1.4 + py);
        Point2D end = shorten(c2, p1, headLength(2.0) * 0.6);
        path.curveTo(c1.getX(), c1.getY(), c2.getX(), c2.getY(), end.getX(), end.getY());
        g.setStroke(round(2.0));
        g.draw(path);
        g.fill(head(c2, p1, 2.0));
    }

    /** The outline of a wide hollow "becomes" arrow from x0 to x1 at height y. */
    static Path2D hollow(double x0, double y, double x1, double h, double head) {
        Path2D p = new Path2D.Double();
        p.moveTo(x0, y - h / 2);
        p.lineTo(x1 - head, y - h / 2);
        p.lineTo(x1 - head, y - h);
        p.lineTo(x1, y);
        p.lineTo(x1 - head, y + h);
        p.lineTo(x1 - head, y + h / 2);
        p.lineTo(x0, y + h / 2);
        p.closePath();
        return p;
    }

    /** A sketch arrow: a line in the current stroke ending in a notched head of length {@code head}. */
    static void pointer(Graphics2D g, double x1, double y1, double x2, double y2, double head) {
        double a = StrictMath.atan2(y2 - y1, x2 - x1);
        double bx = x2 - head * 0.8 * StrictMath.cos(a);
        double by = y2 - head * 0.8 * StrictMath.sin(a);
        g.draw(new Line2D.Double(x1, y1, bx, by));
        g.fill(notchedHead(x2, y2, a, head));
    }

    /** A dimension line with notched heads at both ends, in the current paint and stroke. */
    static void dimension(Graphics2D g, double x1, double y1, double x2, double y2, double head) {
        double a = StrictMath.atan2(y2 - y1, x2 - x1);
        g.draw(new Line2D.Double(x1 + head * 0.7 * StrictMath.cos(a), y1 + head * 0.7 * StrictMath.sin(a),
                x2 - head * 0.7 * StrictMath.cos(a), y2 - head * 0.7 * StrictMath.sin(a)));
        g.fill(notchedHead(x2, y2, a, head));
        g.fill(notchedHead(x1, y1, a + Math.PI, head));
    }

    /** The little square that marks a right angle at (x, y) between directions a1 and a2 (radians). */
    static Path2D rightAngle(double x, double y, double a1, double a2, double size) {
        Path2D p = new Path2D.Double();
        p.moveTo(x + size * StrictMath.cos(a1), y + size * StrictMath.sin(a1));
        p.lineTo(x + size * (StrictMath.cos(a1) + StrictMath.cos(a2)), y + size * (StrictMath.sin(a1) + StrictMath.sin(a2)));
        p.lineTo(x + size * StrictMath.cos(a2), y + size * StrictMath.sin(a2));
        return p;
    }

    /** A round-capped stroke of {@code w} px. */
    static BasicStroke round(double w) {
        return new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
