package illustrated.diagram.lstm;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Arrows;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.figure.Painter;
import illustrated.simulation.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;

/**
 * Chain rules drawn as graphs of variables, in two panels: the forward dependencies (black arrows)
 * and the flow of the derivative back along them (purple arrows), each purple arrow labelled with
 * the local partial derivative it carries, and the resulting sum over paths written underneath.
 */
public final class ChainRulePainter implements Painter {
    /** Which chain rule to draw. */
    public enum Case { ONE_PATH, TWO_PATHS, N_PATHS }

    public static final int WIDTH = 780;
    public static final int HEIGHT = 410;

    private static final double R = 22;
    private static final double TOP = 90;
    private static final double MID = 200;
    private static final double BOTTOM = 310;
    private static final double PANEL_W = 368;

    private final Case kind;

    public ChainRulePainter(Case kind) {
        this.kind = kind;
    }

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        double lx = 12;
        double rx = 12 + PANEL_W + 20;
        pen.panel(lx, 12, PANEL_W, 386, "Forward: what depends on what");
        pen.panel(rx, 12, PANEL_W, 386, "Backward: the flow of the derivative");
        switch (kind) {
            case ONE_PATH -> onePath(pen, lx + PANEL_W / 2, rx + PANEL_W / 2);
            case TWO_PATHS -> twoPaths(pen, lx + PANEL_W / 2, rx + PANEL_W / 2);
            case N_PATHS -> nPaths(pen, lx + PANEL_W / 2, rx + PANEL_W / 2);
        }
    }

    private void onePath(Pen pen, double cl, double cr) {
        for (int side = 0; side < 2; side++) {
            double c = side == 0 ? cl : cr;
            Node x = var(pen, c, BOTTOM, "x");
            Node y = var(pen, c, MID, "y");
            Node z = var(pen, c, TOP, "z");
            if (side == 0) {
                pen.arrow(x, y, Role.FG);
                pen.arrow(y, z, Role.FG);
                pen.math("y = g(x)", c + 34, MID, 15, Align.LEFT, Role.MUTED);
                pen.math("z = f(y)", c + 34, TOP, 15, Align.LEFT, Role.MUTED);
            } else {
                grad(pen, z, y, "\\partial z/\\partial y", 14);
                grad(pen, y, x, "\\partial y/\\partial x", 14);
                formula(pen, c, "\\partial z/\\partial x = (\\partial z/\\partial y)\\,(\\partial y/\\partial x)");
            }
        }
    }

    private void twoPaths(Pen pen, double cl, double cr) {
        for (int side = 0; side < 2; side++) {
            double c = side == 0 ? cl : cr;
            Node x1 = var(pen, c - 75, BOTTOM, "x_1");
            Node x2 = var(pen, c + 75, BOTTOM, "x_2");
            Node u = var(pen, c - 75, MID, "u");
            Node v = var(pen, c + 75, MID, "v");
            Node z = var(pen, c, TOP, "z");
            if (side == 0) {
                for (Node a : new Node[] {x1, x2}) {
                    for (Node b : new Node[] {u, v}) {
                        pen.arrow(a, b, Role.FG);
                    }
                }
                pen.arrow(u, z, Role.FG);
                pen.arrow(v, z, Role.FG);
            } else {
                pen.gradientArrow(z, u);
                pen.gradientArrow(z, v);
                pen.gradientArrow(u, x1);
                pen.gradientArrow(v, x1);
                pen.math("\\partial z/\\partial u", c - 48, 138, 14, Align.RIGHT, Role.GRADIENT);
                pen.math("\\partial z/\\partial v", c + 48, 138, 14, Align.LEFT, Role.GRADIENT);
                pen.math("\\partial u/\\partial x_1", c - 83, 255, 14, Align.RIGHT, Role.GRADIENT);
                pen.math("\\partial v/\\partial x_1", c + 12, 270, 14, Align.LEFT, Role.GRADIENT);
                formula(pen, c, "\\partial z/\\partial x_1 = (\\partial z/\\partial u)(\\partial u/\\partial x_1)"
                        + " + (\\partial z/\\partial v)(\\partial v/\\partial x_1)");
            }
        }
    }

    private void nPaths(Pen pen, double cl, double cr) {
        double[] dx = {-126, -63, 0, 126};
        String[] names = {"u_1", "u_2", "u_3", "u_n"};
        for (int side = 0; side < 2; side++) {
            double c = side == 0 ? cl : cr;
            Node x = var(pen, c, BOTTOM, "x");
            Node z = var(pen, c, TOP, "z");
            Node[] us = new Node[dx.length];
            for (int k = 0; k < dx.length; k++) {
                us[k] = var(pen, c + dx[k], MID, names[k]);
            }
            pen.math("\\ldots", c + 63, MID, 22, Align.CENTER, Role.MUTED);
            for (int k = 0; k < us.length; k++) {
                if (side == 0) {
                    pen.arrow(x, us[k], Role.FG);
                    pen.arrow(us[k], z, Role.FG);
                } else {
                    pen.gradientArrow(z, us[k]);
                    pen.gradientArrow(us[k], x);
                }
            }
            if (side == 1) {
                pen.math("\\partial z/\\partial u_1", c - 78, 138, 14, Align.RIGHT, Role.GRADIENT);
                pen.math("\\partial u_1/\\partial x", c - 84, 266, 14, Align.RIGHT, Role.GRADIENT);
                pen.math("\\partial z/\\partial u_n", c + 78, 138, 14, Align.LEFT, Role.GRADIENT);
                pen.math("\\partial u_n/\\partial x", c + 84, 266, 14, Align.LEFT, Role.GRADIENT);
                formula(pen, c, "\\partial z/\\partial x = \u03a3_{k=1}^{n} (\\partial z/\\partial u_k)"
                        + "(\\partial u_k/\\partial x)");
            }
        }
    }

    private static Node var(Pen pen, double cx, double cy, String tex) {
        return pen.neuron(cx, cy, R, Role.MUTED, tex);
    }

    /** A purple arrow from {@code a} to {@code b}, labelled {@code offset} px left of travel. */
    private static void grad(Pen pen, Node a, Node b, String tex, double offset) {
        Point2D[] e = Arrows.between(a, b, 3);
        pen.gradientArrow(e[0], e[1]);
        double mx = (e[0].getX() + e[1].getX()) / 2;
        double my = (e[0].getY() + e[1].getY()) / 2;
        double dx = e[1].getX() - e[0].getX();
        double dy = e[1].getY() - e[0].getY();
        double len = StrictMath.hypot(dx, dy);
        double nx = dy / len;
        double ny = -dx / len;
        double w = pen.mathWidth(tex, 14);
        // keep the label clear of the arrow: shift it by half its width on the side it sits
        double sx = mx + nx * offset + Math.signum(nx * offset) * w / 2;
        pen.math(tex, sx, my + ny * offset, 14, Align.CENTER, Role.GRADIENT);
    }

    private static void formula(Pen pen, double c, String tex) {
        pen.math(tex, c, 365, 15, Align.CENTER, Role.FG);
    }
}
