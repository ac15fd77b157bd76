package illustrated.diagram;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * The one pen of the site's diagrams: one object that draws neurons, vector boxes, arrows, loops,
 * gradient arrows, the sketch arrows, dimension lines and right-angle marks of the geometry figures,
 * and every label (through {@link PenText} and the one typesetter {@link MathText}) in the site's
 * visual language, on a {@link Graphics2D}. Arrow geometry lives in {@link Arrows}.
 *
 * <p>One colour per kind of quantity, always from {@link Role}: inputs {@code INPUT}, hidden state
 * {@code HIDDEN}, outputs {@code OUTPUT}, cell state {@code CELL}, gates {@code GATE}, peepholes
 * {@code PEEPHOLE}, and gradients / errors {@code GRADIENT} (purple, and nothing else is purple).
 * Text is {@code FG}, secondary text {@code MUTED}.
 *
 * <p>Typical use inside a {@code Painter}:
 * <pre>{@code
 * Pen pen = new Pen(g, theme);
 * Node x = pen.neuron(100, 300, 18, Role.INPUT, "x_1");
 * Node h = pen.neuron(100, 200, 18, Role.HIDDEN, "h_1");
 * pen.arrow(x, h, Role.INPUT);                  // forward flow, coloured by its source
 * pen.gradientArrow(h, x);                      // error flowing back: purple
 * pen.loop(h, 0, Role.HIDDEN);                  // recurrent self-loop on the right
 * pen.math("h^{(t)}", 160, 200, 16, Align.LEFT, Role.HIDDEN);
 * }</pre>
 * Shapes are drawn in call order, so draw arrows after the nodes they join unless they should pass
 * behind. All methods reset paint, stroke and font they use; none keeps state between calls.
 */
public final class Pen extends PenText {
    /** Horizontal alignment of text relative to the given x; text is always centred vertically on y. */
    public enum Align { LEFT, CENTER, RIGHT }

    /** Opacity (0–255) of the tinted fill inside neurons and boxes. */
    public static final int TINT = 46;
    /** Default label size in px. */
    public static final double LABEL = 16;

    public Pen(Graphics2D g, Theme theme) {
        super(g, theme);
    }

    public Graphics2D graphics() {
        return g;
    }

    public Theme theme() {
        return theme;
    }

    /** Fills the whole {@code width} x {@code height} figure with the paper colour. */
    public void paper(int width, int height) {
        g.setColor(Role.PAPER.color());
        g.fillRect(0, 0, width, height);
    }

    // ---------------------------------------------------------------- shapes

    /** A neuron: a circle filled with a tint of {@code role} and outlined in it. */
    public Node neuron(double cx, double cy, double r, Role role) {
        Node n = Node.circle(cx, cy, r);
        Ellipse2D e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        fillTinted(e, role);
        g.setPaint(role.color());
        g.setStroke(stroke(2.0));
        g.draw(e);
        return n;
    }

    /** A neuron with a math label inside (e.g. {@code "h_1"}). */
    public Node neuron(double cx, double cy, double r, Role role, String tex) {
        Node n = neuron(cx, cy, r, role);
        math(tex, cx, cy, Math.min(LABEL, r * 0.95), Align.CENTER, Role.FG);
        return n;
    }

    /** A rounded box tinted with {@code role}: a vector, a layer or a block. */
    public Node box(double cx, double cy, double w, double h, Role role) {
        Node n = Node.rect(cx, cy, w, h);
        RoundRectangle2D r = new RoundRectangle2D.Double(n.x0(), n.y0(), w, h, 10, 10);
        fillTinted(r, role);
        g.setPaint(role.color());
        g.setStroke(stroke(2.0));
        g.draw(r);
        return n;
    }

    /** A rounded box with a centred math label. */
    public Node box(double cx, double cy, double w, double h, Role role, String tex) {
        Node n = box(cx, cy, w, h, role);
        math(tex, cx, cy, LABEL, Align.CENTER, Role.FG);
        return n;
    }

    /**
     * A vector drawn as {@code cells} stacked squares of side {@code cell} (vertical column when
     * {@code vertical}, otherwise a row). The returned node is the whole stack.
     */
    public Node vector(double cx, double cy, int cells, double cell, boolean vertical, Role role) {
        if (cells < 1) {
            throw new IllegalArgumentException("a vector needs at least one cell, got " + cells);
        }
        double w = vertical ? cell : cell * cells;
        double h = vertical ? cell * cells : cell;
        Node n = Node.rect(cx, cy, w, h);
        Rectangle2D all = new Rectangle2D.Double(n.x0(), n.y0(), w, h);
        fillTinted(all, role);
        g.setPaint(role.color());
        g.setStroke(stroke(1.0));
        for (int k = 1; k < cells; k++) {
            if (vertical) {
                g.draw(new Line2D.Double(n.x0(), n.y0() + k * cell, n.x0() + w, n.y0() + k * cell));
            } else {
                g.draw(new Line2D.Double(n.x0() + k * cell, n.y0(), n.x0() + k * cell, n.y0() + h));
            }
        }
        g.setStroke(stroke(2.0));
        g.draw(all);
        return n;
    }

    /** A black box (filled with the text colour) with a light plain-text label: "we don't look inside". */
    public Node blackBox(double cx, double cy, double w, double h, String text) {
        Node n = Node.rect(cx, cy, w, h);
        RoundRectangle2D r = new RoundRectangle2D.Double(n.x0(), n.y0(), w, h, 10, 10);
        g.setPaint(Role.FG.color());
        g.fill(r);
        if (text != null && !text.isEmpty()) {
            text(text, cx, cy, 15, Align.CENTER, Role.PAPER);
        }
        return n;
    }

    /** A faint panel (for small multiples) with an optional bold title in its top-left corner. */
    public void panel(double x, double y, double w, double h, String title) {
        plate(new RoundRectangle2D.Double(x, y, w, h, 12, 12), Role.GRID, 1.0);
        if (title != null && !title.isEmpty()) {
            g.setFont(bold(14));
            g.setPaint(Role.FG.color());
            plain(title, x + 10, MathText.baselineFor(y + 15, 14));
        }
    }

    /** A thin dashed frame around a group of shapes (e.g. "one time step"). */
    public void frame(double x, double y, double w, double h, Role role) {
        g.setPaint(role.color());
        g.setStroke(theme.dashed());
        g.draw(new RoundRectangle2D.Double(x, y, w, h, 12, 12));
    }

    // ---------------------------------------------------------------- arrows

    /** A straight arrow from {@code a} to {@code b} (head at {@code b}) in {@code role}. */
    public void arrow(Point2D a, Point2D b, Role role) {
        arrow(a, b, role, 2.0);
    }

    /** A straight arrow with stroke {@code width}. */
    public void arrow(Point2D a, Point2D b, Role role, double width) {
        g.setPaint(role.color());
        Arrows.straight(g, a, b, width);
    }

    /** An arrow from node {@code a}'s boundary to node {@code b}'s boundary, with a small gap. */
    public void arrow(Node a, Node b, Role role) {
        Point2D[] e = Arrows.between(a, b, 3);
        arrow(e[0], e[1], role);
    }

    /** A plain line without a head (connections drawn as undirected). */
    public void line(Point2D a, Point2D b, Role role, double width) {
        g.setPaint(role.color());
        g.setStroke(stroke(width));
        g.draw(new Line2D.Double(a, b));
    }

    /** A line between two node boundaries. */
    public void line(Node a, Node b, Role role, double width) {
        Point2D[] e = Arrows.between(a, b, 0);
        line(e[0], e[1], role, width);
    }

    /** A gradient / error arrow: always {@link Role#GRADIENT} purple, slightly heavier. */
    public void gradientArrow(Point2D a, Point2D b) {
        arrow(a, b, Role.GRADIENT, 2.4);
    }

    /** A gradient arrow between two node boundaries. */
    public void gradientArrow(Node a, Node b) {
        Point2D[] e = Arrows.between(a, b, 3);
        gradientArrow(e[0], e[1]);
    }

    /** A gradient arrow bent like {@link #curve}. */
    public void gradientCurve(Point2D a, Point2D b, double bend) {
        curve(a, b, bend, Role.GRADIENT, 2.4);
    }

    /**
     * A curved arrow from {@code a} to {@code b}; {@code bend} is the sideways offset of the control
     * point in px (positive bends to the left of the direction of travel).
     */
    public void curve(Point2D a, Point2D b, double bend, Role role) {
        curve(a, b, bend, role, 2.0);
    }

    /** A curved arrow with stroke {@code width}. */
    public void curve(Point2D a, Point2D b, double bend, Role role, double width) {
        g.setPaint(role.color());
        Arrows.curve(g, a, b, bend, width);
    }

    /**
     * An arrow with a math label beside its midpoint (a weight such as {@code "W_h"}); the label sits
     * {@code offset} px to the left of the direction of travel (negative: to the right).
     */
    public void weightArrow(Point2D a, Point2D b, String tex, double offset, Role role) {
        arrow(a, b, role);
        double mx = (a.getX() + b.getX()) / 2;
        double my = (a.getY() + b.getY()) / 2;
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len = StrictMath.hypot(dx, dy);
        double nx = dy / len;
        double ny = -dx / len;
        math(tex, mx + nx * offset, my + ny * offset, 15, Align.CENTER, role);
    }

    /** A weight-labelled arrow between two node boundaries. */
    public void weightArrow(Node a, Node b, String tex, double offset, Role role) {
        Point2D[] e = Arrows.between(a, b, 3);
        weightArrow(e[0], e[1], tex, offset, role);
    }

    /**
     * A recurrent self-loop on {@code n}: it leaves the node at {@code angleDeg} − 28° and comes back
     * at {@code angleDeg} + 28°, bulging outwards (0 = right side, 90 = top).
     */
    public void loop(Node n, double angleDeg, Role role) {
        loop(n, angleDeg, role, 1.0);
    }

    /** A self-loop; {@code reach} scales how far it bulges out (1 = default). */
    public void loop(Node n, double angleDeg, Role role, double reach) {
        g.setPaint(role.color());
        Arrows.loop(g, n, angleDeg, reach);
    }

    /** A wide hollow arrow for "becomes" steps such as unfolding, with an optional label above it. */
    public void bigArrow(double x0, double y, double x1, String label) {
        double h = 16;
        plate(Arrows.hollow(x0, y, x1, h, 16), Role.MUTED, 1.5);
        if (label != null && !label.isEmpty()) {
            text(label, (x0 + x1) / 2, y - h - 12, 14, Align.CENTER, Role.MUTED);
        }
    }

    // ---------------------------------------------------------------- sketch arrows (current paint and stroke)

    /** A sketch arrow from (x1, y1) to (x2, y2) in the current paint and stroke, notched head of length {@code head}. */
    public void pointer(double x1, double y1, double x2, double y2, double head) {
        Arrows.pointer(g, x1, y1, x2, y2, head);
    }

    /** A filled notched arrow head with its tip at (x, y), pointing along {@code angle} (radians, screen). */
    public void arrowHead(double x, double y, double angle, double head) {
        g.fill(Arrows.notchedHead(x, y, angle, head));
    }

    /** A dimension line with arrow heads at both ends (for lengths such as 1, r or ε). */
    public void dimension(double x1, double y1, double x2, double y2, double head) {
        Arrows.dimension(g, x1, y1, x2, y2, head);
    }

    /** The little square that marks a right angle at (x, y) between directions a1 and a2 (radians). */
    public void rightAngle(double x, double y, double a1, double a2, double size) {
        g.draw(Arrows.rightAngle(x, y, a1, a2, size));
    }

    // ---------------------------------------------------------------- keys

    /** One entry of a colour key: a swatch in {@code role} and its plain-text meaning. */
    public record Key(Role role, String label, boolean arrow) { }

    /**
     * A horizontal colour key starting at ({@code x}, {@code y}); arrow entries show a short arrow,
     * others a tinted swatch. Returns the width used.
     */
    public double legend(double x, double y, List<Key> keys) {
        double cx = x;
        for (Key k : keys) {
            if (k.arrow()) {
                arrow(new Point2D.Double(cx, y), new Point2D.Double(cx + 26, y), k.role(), 2.2);
                cx += 32;
            } else {
                RoundRectangle2D r = new RoundRectangle2D.Double(cx, y - 7, 14, 14, 4, 4);
                fillTinted(r, k.role());
                g.setPaint(k.role().color());
                g.setStroke(stroke(1.5));
                g.draw(r);
                cx += 20;
            }
            cx += text(k.label(), cx, y, 13, Align.LEFT, Role.FG) + 18;
        }
        return cx - x;
    }

    private Stroke stroke(double w) {
        return new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A shape filled with the faint {@link Role#FILL} and outlined in {@code line}. */
    private void plate(java.awt.Shape s, Role line, double width) {
        g.setPaint(Role.FILL.color());
        g.fill(s);
        g.setPaint(line.color());
        g.setStroke(stroke(width));
        g.draw(s);
    }

    /** Paper underneath, then the role's tint: shapes hide the lines behind them in both colour modes. */
    private void fillTinted(java.awt.Shape s, Role role) {
        g.setPaint(Role.PAPER.color());
        g.fill(s);
        g.setPaint(role.color(TINT));
        g.fill(s);
    }
}
