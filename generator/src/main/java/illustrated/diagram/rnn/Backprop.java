package illustrated.diagram.rnn;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Layout;
import illustrated.diagram.Arrows;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.diagram.Pen.Key;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.util.List;

/** Article C, section 1: back-propagation in densely connected layers and counting parameters. */
public final class Backprop {
    private Backprop() {
    }

    /** {@code dcl-backprop}: four dense layers; the errors of a whole layer flow back into one neuron. */
    public static void dclBackprop(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        double[] xs = {90, 270, 450, 630};
        int[] sizes = {3, 4, 4, 2};
        Role[] roles = {Role.INPUT, Role.HIDDEN, Role.HIDDEN, Role.OUTPUT};
        double cy = 190;
        double gap = 70;
        double r = 18;
        Node[][] layer = new Node[4][];
        for (int l = 0; l < 4; l++) {
            layer[l] = new Node[sizes[l]];
            double[] ys = Layout.spread(sizes[l], cy, gap);
            for (int k = 0; k < sizes[l]; k++) {
                layer[l][k] = Node.circle(xs[l], ys[k], r);
            }
        }
        for (int l = 0; l < 3; l++) {
            for (Node a : layer[l]) {
                for (Node b : layer[l + 1]) {
                    pen.line(a, b, Role.GRID, 1.2);
                }
            }
        }
        Node loss = Node.circle(770, cy, 24);
        for (Node o : layer[3]) {
            pen.line(o, loss, Role.GRID, 1.2);
        }
        // errors: every neuron of the next layer sends its error back to one chosen neuron
        for (Node o : layer[3]) {
            pen.gradientCurve(Arrows.between(loss, o, 3)[0], Arrows.between(loss, o, 3)[1], 10);
        }
        for (Node b : layer[3]) {
            Point2D[] e = Arrows.between(b, layer[2][1], 3);
            pen.gradientCurve(e[0], e[1], 8);
        }
        for (Node b : layer[2]) {
            Point2D[] e = Arrows.between(b, layer[1][2], 3);
            pen.gradientCurve(e[0], e[1], 8);
        }
        for (int l = 0; l < 4; l++) {
            for (int k = 0; k < sizes[l]; k++) {
                Node n = layer[l][k];
                pen.neuron(n.cx(), n.cy(), r, roles[l]);
            }
        }
        pen.neuron(loss.cx(), loss.cy(), 24, Role.MUTED, "L");
        pen.math("\\delta_2", layer[2][1].cx() + 4, layer[2][1].cy() - 32, 15, Align.CENTER, Role.GRADIENT);
        pen.math("\\delta_3", layer[1][2].cx() + 4, layer[1][2].cy() + 33, 15, Align.CENTER, Role.GRADIENT);
        String[] names = {"input", "hidden 1", "hidden 2", "output"};
        for (int l = 0; l < 4; l++) {
            pen.text(names[l], xs[l], 345, 14, Align.CENTER, roles[l]);
        }
        pen.text("loss", loss.cx(), 345, 14, Align.CENTER, Role.MUTED);
        pen.legend(200, 385, List.of(new Key(Role.MUTED, "forward connections (weights)", true),
                new Key(Role.GRADIENT, "errors flowing back", true)));
    }

    /** {@code parameter-count}: the weights and biases of a small DCL, then of the simple RNN, as grids. */
    public static void parameterCount(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        // left: DCL 3 -> 4 -> 2, left to right
        double[] xs = {60, 170, 280};
        int[] sizes = {3, 4, 2};
        Role[] roles = {Role.INPUT, Role.HIDDEN, Role.OUTPUT};
        double cy = 150;
        Node[][] layer = new Node[3][];
        for (int l = 0; l < 3; l++) {
            double[] ys = Layout.spread(sizes[l], cy, 50);
            layer[l] = new Node[sizes[l]];
            for (int k = 0; k < sizes[l]; k++) {
                layer[l][k] = Node.circle(xs[l], ys[k], 14);
            }
        }
        for (int l = 0; l < 2; l++) {
            for (Node a : layer[l]) {
                for (Node b : layer[l + 1]) {
                    pen.line(a, b, roles[l], 1.2);
                }
            }
        }
        for (int l = 0; l < 3; l++) {
            for (Node n : layer[l]) {
                pen.neuron(n.cx(), n.cy(), 14, roles[l]);
            }
        }
        pen.boldText("a densely connected net", 170, 26, 15, Align.CENTER, Role.FG);
        pen.text("3 \u00D7 4 weights + 4 biases = 16", 170, 275, 14, Align.CENTER, Role.FG);
        pen.text("4 \u00D7 2 weights + 2 biases = 10", 170, 297, 14, Align.CENTER, Role.FG);
        pen.boldText("26 parameters", 170, 325, 14, Align.CENTER, Role.FG);
        pen.line(new Point2D.Double(355, 30), new Point2D.Double(355, 340), Role.GRID, 1.0);

        // right: the simple RNN's parameters as matrices (rows = outputs, columns = inputs)
        pen.boldText("a simple RNN with the same layer sizes", 620, 26, 15, Align.CENTER, Role.FG);
        double cell = 15;
        double top = 70;
        matrix(pen, 420, top, 4, 3, cell, Role.INPUT, "W_h", "(Goodfellow\u2019s U)", "4 \u00D7 3 = 12");
        matrix(pen, 510, top, 4, 4, cell, Role.HIDDEN, "R_h", "(Goodfellow\u2019s W)", "4 \u00D7 4 = 16");
        matrix(pen, 615, top, 4, 1, cell, Role.HIDDEN, "b", "", "4");
        matrix(pen, 680, top, 2, 4, cell, Role.OUTPUT, "V", "", "2 \u00D7 4 = 8");
        matrix(pen, 775, top, 2, 1, cell, Role.OUTPUT, "c", "", "2");
        pen.text("12 + 16 + 4 + 8 + 2 = 42 parameters, and the same 42 at every time step", 620, 275, 14,
                Align.CENTER, Role.FG);
        pen.note("colours: what each matrix multiplies (green reads x, blue reads h)", 620, 297, 13, Align.CENTER);
        pen.note("one row per receiving neuron, one column per sending neuron", 620, 318, 13, Align.CENTER);
    }

    private static void matrix(Pen pen, double x, double y, int rows, int cols, double cell, Role role, String name,
                               String aside, String count) {
        for (int c = 0; c < cols; c++) {
            pen.vector(x + cell * c + cell / 2, y + rows * cell / 2 + 30, rows, cell, true, role);
        }
        double cx = x + cols * cell / 2;
        pen.math(name, cx, y + 12, 17, Align.CENTER, role);
        double below = y + 30 + rows * cell + 16;
        pen.text(count, cx, below, 13, Align.CENTER, Role.FG);
        if (!aside.isEmpty()) {
            pen.note(aside, cx, below + 20, 11.5, Align.CENTER);
        }
    }
}
