package illustrated.diagram.lstm;

import illustrated.chart.Theme.Role;
import illustrated.diagram.Arrows;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The LSTM articles' additions to the series' glyph library ({@link Pen}): operator junctions
 * ({@code ⊙}, {@code +}), gate units, polyline wires, dashed time-lag wires and branching dots.
 * Like {@link Pen}, it keeps no state between calls and uses only {@link Role} colours.
 */
final class LstmGlyphs {
    /** Radius of an operator junction. */
    static final double OP = 13;

    private final Pen pen;
    private final Graphics2D g;

    LstmGlyphs(Pen pen) {
        this.pen = pen;
        this.g = pen.graphics();
    }

    Pen pen() {
        return pen;
    }

    static Point2D p(double x, double y) {
        return new Point2D.Double(x, y);
    }

    /** A Hadamard-product junction: a small circle with ⊙ drawn as a ring with a dot. */
    Node times(double cx, double cy) {
        Node n = junction(cx, cy);
        g.setPaint(Role.FG.color());
        g.fill(new Ellipse2D.Double(cx - 2.6, cy - 2.6, 5.2, 5.2));
        return n;
    }

    /** A sum junction: a small circle with a plus. */
    Node plus(double cx, double cy) {
        Node n = junction(cx, cy);
        g.setPaint(Role.FG.color());
        g.setStroke(stroke(2.0));
        double a = OP * 0.55;
        g.draw(new Line2D.Double(cx - a, cy, cx + a, cy));
        g.draw(new Line2D.Double(cx, cy - a, cx, cy + a));
        return n;
    }

    private Node junction(double cx, double cy) {
        Ellipse2D e = new Ellipse2D.Double(cx - OP, cy - OP, 2 * OP, 2 * OP);
        g.setPaint(Role.PAPER.color());
        g.fill(e);
        g.setPaint(Role.FG.color());
        g.setStroke(stroke(1.8));
        g.draw(e);
        return Node.circle(cx, cy, OP);
    }

    /** A filled dot where a wire branches. */
    void dot(double cx, double cy, Role role) {
        g.setPaint(role.color());
        g.fill(new Ellipse2D.Double(cx - 4, cy - 4, 8, 8));
    }

    /**
     * A unit of the block (a gate or the block input): a tinted rounded box with its activation
     * (math) in the middle and its name (plain text) on top, inside the box.
     */
    Node unit(double cx, double cy, double w, double h, Role role, String name, String activationTex) {
        Node n = pen.box(cx, cy, w, h, role);
        pen.text(name, cx, cy - h / 2 + 13, 12.5, Align.CENTER, Role.MUTED);
        pen.math(activationTex, cx, cy + 7, 19, Align.CENTER, Role.FG);
        return n;
    }

    /** A small activation box on a wire (e.g. tanh of the cell). */
    Node activation(double cx, double cy, double w, double h, String tex) {
        RoundRectangle2D r = new RoundRectangle2D.Double(cx - w / 2, cy - h / 2, w, h, 8, 8);
        g.setPaint(Role.PAPER.color());
        g.fill(r);
        g.setPaint(Role.FG.color());
        g.setStroke(stroke(1.6));
        g.draw(r);
        pen.math(tex, cx, cy, 16, Align.CENTER, Role.FG);
        return Node.rect(cx, cy, w, h);
    }

    /** A polyline wire through {@code pts} with an arrow head at the last point. */
    void wire(Role role, double width, boolean dashed, Point2D... pts) {
        polyline(role, width, dashed, pts);
        Point2D a = pts[pts.length - 2];
        Point2D b = pts[pts.length - 1];
        g.setPaint(role.color());
        g.fill(Arrows.head(a, b, width));
    }

    /** A polyline without a head. */
    void polyline(Role role, double width, boolean dashed, Point2D... pts) {
        if (pts.length < 2) {
            throw new IllegalArgumentException("a wire needs at least two points, got " + pts.length);
        }
        Path2D path = new Path2D.Double();
        path.moveTo(pts[0].getX(), pts[0].getY());
        for (int k = 1; k < pts.length; k++) {
            Point2D q = pts[k];
            if (k == pts.length - 1) {
                // stop short of the tip so that the stroke does not poke through the arrow head
                q = Arrows.shorten(pts[k - 1], pts[k], Arrows.headLength(width) * 0.6);
            }
            path.lineTo(q.getX(), q.getY());
        }
        g.setPaint(role.color());
        g.setStroke(dashed ? dashedStroke(width) : stroke(width));
        g.draw(path);
    }

    /** A plain (headless) line, optionally dashed. */
    void line(Point2D a, Point2D b, Role role, double width, boolean dashed) {
        g.setPaint(role.color());
        g.setStroke(dashed ? dashedStroke(width) : stroke(width));
        g.draw(new Line2D.Double(a, b));
    }

    /** A straight arrow, optionally dashed. */
    void arrow(Point2D a, Point2D b, Role role, double width, boolean dashed) {
        wire(role, width, dashed, a, b);
    }

    /** A curved arrow like {@link Pen#curve}, optionally dashed. */
    void curve(Point2D a, Point2D b, double bend, Role role, double width, boolean dashed) {
        Point2D c = Arrows.control(a, b, bend);
        Point2D end = Arrows.shorten(c, b, Arrows.headLength(width) * 0.6);
        g.setPaint(role.color());
        g.setStroke(dashed ? dashedStroke(width) : stroke(width));
        g.draw(new java.awt.geom.QuadCurve2D.Double(a.getX(), a.getY(), c.getX(), c.getY(), end.getX(), end.getY()));
        g.fill(Arrows.head(c, b, width));
    }

    /**
     * A small gap on a line, painted in the {@code background} role, so that another line drawn
     * afterwards visibly passes over it.
     */
    void bridge(double cx, double cy, double r, Role background) {
        g.setPaint(background.color());
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    static BasicStroke stroke(double w) {
        return new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashedStroke(double w) {
        return new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {7f, 5f}, 0f);
    }
}
