package illustrated.diagram;

import illustrated.format.Decimal;
import java.awt.geom.Point2D;

/**
 * A drawn shape that arrows can attach to: a circle (neuron) or a rectangle (vector, block).
 * Immutable geometry only; {@link Pen} draws it. Angles are in degrees, counter-clockwise from
 * east as on paper (90 = up on the screen).
 */
public record Node(Kind kind, double cx, double cy, double w, double h) {
    /** Outline of a node. */
    public enum Kind { CIRCLE, RECT }

    public Node {
        if (!(w > 0) || !(h > 0)) {
            throw new IllegalArgumentException("node size must be positive, got " + Decimal.shortest(w) + " x " + Decimal.shortest(h));
        }
    }

    /** A circle of radius {@code r} centred on ({@code cx}, {@code cy}). */
    public static Node circle(double cx, double cy, double r) {
        return new Node(Kind.CIRCLE, cx, cy, 2 * r, 2 * r);
    }

    /** A rectangle of size {@code w} x {@code h} centred on ({@code cx}, {@code cy}). */
    public static Node rect(double cx, double cy, double w, double h) {
        return new Node(Kind.RECT, cx, cy, w, h);
    }

    public Point2D center() {
        return new Point2D.Double(cx, cy);
    }

    public Point2D top() {
        return new Point2D.Double(cx, cy - h / 2);
    }

    public Point2D bottom() {
        return new Point2D.Double(cx, cy + h / 2);
    }

    public Point2D left() {
        return new Point2D.Double(cx - w / 2, cy);
    }

    public Point2D right() {
        return new Point2D.Double(cx + w / 2, cy);
    }

    public double x0() {
        return cx - w / 2;
    }

    public double y0() {
        return cy - h / 2;
    }

    /** The boundary point in the direction of {@code angleDeg} (0 = east, 90 = up). */
    public Point2D at(double angleDeg) {
        double a = Math.toRadians(angleDeg);
        double dx = StrictMath.cos(a);
        double dy = -StrictMath.sin(a);
        return boundary(dx, dy);
    }

    /** The boundary point on the straight line from the centre towards {@code p}. */
    public Point2D toward(Point2D p) {
        double dx = p.getX() - cx;
        double dy = p.getY() - cy;
        double len = StrictMath.hypot(dx, dy);
        if (len == 0) {
            return center();
        }
        return boundary(dx / len, dy / len);
    }

    /** The boundary point towards another node's centre. */
    public Point2D toward(Node other) {
        return toward(other.center());
    }

    private Point2D boundary(double ux, double uy) {
        if (kind == Kind.CIRCLE) {
            return new Point2D.Double(cx + ux * w / 2, cy + uy * h / 2);
        }
        double tx = ux == 0 ? Double.POSITIVE_INFINITY : (w / 2) / Math.abs(ux);
        double ty = uy == 0 ? Double.POSITIVE_INFINITY : (h / 2) / Math.abs(uy);
        double t = Math.min(tx, ty);
        return new Point2D.Double(cx + ux * t, cy + uy * t);
    }

    /** This node moved by ({@code dx}, {@code dy}). */
    public Node shifted(double dx, double dy) {
        return new Node(kind, cx + dx, cy + dy, w, h);
    }
}
