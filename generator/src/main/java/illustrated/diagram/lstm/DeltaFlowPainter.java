package illustrated.diagram.lstm;

import static illustrated.diagram.lstm.LstmGlyphs.p;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Arrows;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.figure.Painter;
import illustrated.simulation.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;

/**
 * Which flows feed one error of LSTM back-propagation: the variable whose error is computed
 * (highlighted), its children in the computational graph (grey forward arrows), and one purple arrow
 * per child carrying the child's error back, labelled with the local derivative it is multiplied by.
 * The resulting equation is written underneath.
 */
public final class DeltaFlowPainter implements Painter {
    /** Which error to draw. */
    public enum Target { OUTPUT_GATE, CELL, OUTPUT }

    public static final int WIDTH = 840;

    private static final double R = 27;
    private static final double DIVIDER = 425;

    private final Target target;

    public DeltaFlowPainter(Target target) {
        this.target = target;
    }

    /** Canvas height for {@code t}. */
    public static int height(Target t) {
        return switch (t) {
            case OUTPUT_GATE -> 370;
            case CELL -> 500;
            case OUTPUT -> 520;
        };
    }

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        switch (target) {
            case OUTPUT_GATE -> outputGate(pen);
            case CELL -> cell(pen);
            case OUTPUT -> output(pen);
        }
    }

    private void outputGate(Pen pen) {
        double y = 150;
        Node ob = Node.circle(140, y, R);
        Node o = Node.circle(330, y, R);
        Node yt = Node.circle(520, y, R);
        Node c = Node.circle(520, 262, R);
        Node loss = Node.circle(730, y, R);
        pen.arrow(ob, o, Role.GRID);
        pen.arrow(o, yt, Role.GRID);
        pen.arrow(c, yt, Role.GRID);
        pen.arrow(yt, loss, Role.GRID);
        flow(pen, loss, yt, null, 34);
        flow(pen, yt, o, "h(c^{(t)})", 34);
        flow(pen, o, ob, "\\sigma'(\\bar{o}\\,^{(t)})", 34);
        highlight(pen, ob);
        variable(pen, ob, Role.GATE, "\\bar{o}\\,^{(t)}");
        variable(pen, o, Role.GATE, "o^{(t)}");
        variable(pen, yt, Role.HIDDEN, "y^{(t)}");
        variable(pen, c, Role.CELL, "c^{(t)}");
        variable(pen, loss, Role.MUTED, "L");
        pen.math("\\delta y^{(t)}", 625, y + 62, 15, Align.CENTER, Role.GRADIENT);
        pen.note("(assumed known for now)", 625, y + 84, 12, Align.CENTER);
        pen.math("\\delta\\bar{o}\\,^{(t)}", ob.cx(), ob.cy() - 46, 16, Align.CENTER, Role.GRADIENT);
        pen.math("y^{(t)} = h(c^{(t)}) \\odot o^{(t)}", yt.cx(), 96, 14, Align.CENTER, Role.MUTED);
        equation(pen, 340, "\\delta\\bar{o}\\,^{(t)} = \\delta y^{(t)} \\odot h(c^{(t)}) \\odot \\sigma'(\\bar{o}\\,^{(t)})");
    }

    private void cell(Pen pen) {
        timeColumns(pen, 440);
        Node c = Node.circle(250, 300, R + 4);
        Node y = Node.circle(250, 105, R);
        Node ob = Node.circle(85, 185, R);
        Node ib = Node.circle(620, 130, R);
        Node cn = Node.circle(700, 300, R);
        Node fb = Node.circle(620, 415, R);
        for (Node child : new Node[] {y, ob, ib, cn, fb}) {
            pen.arrow(c, child, Role.GRID);
        }
        flow(pen, y, c, "o^{(t)} \\odot h'(c^{(t)})", 30);
        flow(pen, ob, c, "p_o", 26);
        flow(pen, ib, c, null, 22);
        flow(pen, cn, c, null, 22);
        flow(pen, fb, c, null, -22);
        pen.math("p_i", 505, 166, 15, Align.CENTER, Role.GRADIENT);
        pen.math("f^{(t+1)}", 560, 336, 15, Align.CENTER, Role.GRADIENT);
        pen.math("p_f", 520, 408, 15, Align.CENTER, Role.GRADIENT);
        highlight(pen, c);
        variable(pen, c, Role.CELL, "c^{(t)}");
        variable(pen, y, Role.HIDDEN, "y^{(t)}");
        variable(pen, ob, Role.GATE, "\\bar{o}\\,^{(t)}");
        variable(pen, ib, Role.GATE, "\\bar{i}\\,^{(t+1)}");
        variable(pen, cn, Role.CELL, "c^{(t+1)}");
        variable(pen, fb, Role.GATE, "\\bar{f}\\,^{(t+1)}");
        pen.math("\\delta y^{(t)}", y.cx() + 36, y.cy() - 14, 15, Align.LEFT, Role.GRADIENT);
        pen.math("\\delta\\bar{o}\\,^{(t)}", ob.cx(), ob.cy() - 44, 15, Align.CENTER, Role.GRADIENT);
        pen.math("\\delta\\bar{i}\\,^{(t+1)}", ib.cx() + 36, ib.cy() - 8, 15, Align.LEFT, Role.GRADIENT);
        pen.math("\\delta c^{(t+1)}", cn.cx() + 36, cn.cy() - 8, 15, Align.LEFT, Role.GRADIENT);
        pen.math("\\delta\\bar{f}\\,^{(t+1)}", fb.cx() + 36, fb.cy() + 4, 15, Align.LEFT, Role.GRADIENT);
        pen.math("\\delta c^{(t)}", c.cx() - 30, c.cy() + 44, 16, Align.RIGHT, Role.GRADIENT);
        pen.note("along the highway", 560, 284, 12, Align.CENTER);
        equation(pen, 478, "\\delta c^{(t)} = \\delta y^{(t)} \\odot o^{(t)} \\odot h'(c^{(t)}) + p_o \\odot"
                + " \\delta\\bar{o}\\,^{(t)} + p_i \\odot \\delta\\bar{i}\\,^{(t+1)} + p_f \\odot \\delta\\bar{f}\\,^{(t+1)}"
                + " + \\delta c^{(t+1)} \\odot f^{(t+1)}");
    }

    private void output(Pen pen) {
        timeColumns(pen, 455);
        Node y = Node.circle(230, 290, R + 4);
        Node above = Node.circle(230, 100, R);
        String[] names = {"z", "i", "f", "o"};
        double[] ys = {110, 230, 350, 440};
        Node[] next = new Node[4];
        for (int k = 0; k < 4; k++) {
            next[k] = Node.circle(640, ys[k], R);
            pen.arrow(y, next[k], Role.GRID);
        }
        pen.arrow(y, above, Role.GRID);
        flow(pen, above, y, "\\Delta^{(t)}", 28);
        double[] bends = {-22, -18, 18, 22};
        for (int k = 0; k < 4; k++) {
            flowAt(pen, next[k], y, "R_" + names[k] + "^{\\top}", bends[k], 0.22);
        }
        highlight(pen, y);
        variable(pen, y, Role.HIDDEN, "y^{(t)}");
        variable(pen, above, Role.OUTPUT, "L^{(t)}");
        pen.note("the layer above (or the loss)", above.cx() + 36, above.cy(), 12.5, Align.LEFT);
        for (int k = 0; k < 4; k++) {
            variable(pen, next[k], k == 0 ? Role.CELL : Role.GATE, "\\bar{" + names[k] + "}\\,^{(t+1)}");
            pen.math("\\delta\\bar{" + names[k] + "}\\,^{(t+1)}", next[k].cx() + 38, next[k].cy(), 15, Align.LEFT,
                    Role.GRADIENT);
        }
        pen.math("\\delta y^{(t)}", y.cx() - 38, y.cy() + 36, 16, Align.RIGHT, Role.GRADIENT);
        equation(pen, 500, "\\delta y^{(t)} = \\Delta^{(t)} + R_z^{\\top} \\delta\\bar{z}\\,^{(t+1)} + R_i^{\\top}"
                + " \\delta\\bar{i}\\,^{(t+1)} + R_f^{\\top} \\delta\\bar{f}\\,^{(t+1)} + R_o^{\\top} \\delta\\bar{o}\\,^{(t+1)}");
    }

    // ------------------------------------------------------------------ glyphs

    /** Faint headers "time t" | "time t + 1" with a dashed divider down to {@code bottom}. */
    private static void timeColumns(Pen pen, double bottom) {
        LstmGlyphs gl = new LstmGlyphs(pen);
        gl.line(p(DIVIDER, 20), p(DIVIDER, bottom), Role.GRID, 1.5, true);
        pen.note("time t", DIVIDER - 16, 24, 13, Align.RIGHT);
        pen.note("time t + 1", DIVIDER + 16, 24, 13, Align.LEFT);
    }

    /** A variable node (tinted circle with its name). */
    private static void variable(Pen pen, Node n, Role role, String tex) {
        pen.neuron(n.cx(), n.cy(), n.w() / 2, role, "");
        pen.math(tex, n.cx(), n.cy(), 15, Align.CENTER, Role.FG);
    }

    /** A soft halo behind the variable whose error is being computed. */
    private static void highlight(Pen pen, Node n) {
        Graphics2D g = pen.graphics();
        double r = n.w() / 2 + 9;
        g.setPaint(Role.HIGHLIGHT.color());
        g.fill(new Ellipse2D.Double(n.cx() - r, n.cy() - r, 2 * r, 2 * r));
        g.setPaint(Role.GRADIENT.color());
        g.setStroke(LstmGlyphs.dashedStroke(1.4));
        g.draw(new Ellipse2D.Double(n.cx() - r, n.cy() - r, 2 * r, 2 * r));
    }

    /** A purple curved arrow from {@code from} back to {@code to}, labelled at its middle. */
    private static void flow(Pen pen, Node from, Node to, String tex, double bend) {
        flowAt(pen, from, to, tex, bend, 0.5);
    }

    /**
     * A purple curved arrow from {@code from} back to {@code to}; the label sits on the outer side of
     * the bend at parameter {@code at} of the curve (0 = start, 1 = end).
     */
    private static void flowAt(Pen pen, Node from, Node to, String tex, double bend, double at) {
        Point2D a = from.toward(to);
        Point2D b = to.toward(from);
        a = Arrows.shorten(b, a, 4);
        b = Arrows.shorten(a, b, 6);
        Point2D c = Arrows.control(a, b, bend);
        new LstmGlyphs(pen).curve(a, b, bend, Role.GRADIENT, 2.4, false);
        if (tex == null) {
            return;
        }
        double u = 1 - at;
        double px = u * u * a.getX() + 2 * u * at * c.getX() + at * at * b.getX();
        double py = u * u * a.getY() + 2 * u * at * c.getY() + at * at * b.getY();
        double dx = c.getX() - (a.getX() + b.getX()) / 2;
        double dy = c.getY() - (a.getY() + b.getY()) / 2;
        double len = StrictMath.hypot(dx, dy);
        double nx = len == 0 ? 0 : dx / len;
        double ny = len == 0 ? -1 : dy / len;
        double lx = px + nx * 10;
        double ly = py + ny * 12;
        Align align = Math.abs(nx) < 0.35 ? Align.CENTER : nx > 0 ? Align.LEFT : Align.RIGHT;
        if (align == Align.CENTER) {
            ly += ny * 4;
        }
        pen.math(tex, lx, ly, 15, align, Role.GRADIENT);
    }

    private static void equation(Pen pen, double y, String tex) {
        pen.math(tex, WIDTH / 2.0, y, 16, Align.CENTER, Role.FG);
    }
}
