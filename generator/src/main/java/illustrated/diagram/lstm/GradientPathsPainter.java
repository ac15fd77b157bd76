package illustrated.diagram.lstm;

import static illustrated.diagram.lstm.LstmGlyphs.p;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.figure.Painter;
import illustrated.simulation.Dataset;
import java.awt.geom.Point2D;
import java.awt.Graphics2D;

/**
 * The long way back in time, side by side: in a simple RNN every step of the error's journey
 * multiplies by the same recurrent matrix (and a tanh derivative); along the LSTM's cell highway it
 * multiplies by a forget gate, a number the network sets at each step.
 */
public final class GradientPathsPainter implements Painter {
    public static final int WIDTH = 840;
    public static final int HEIGHT = 400;

    private static final double[] XS = {120, 300, 480, 720};
    private static final String[] STEPS = {"k", "k+1", "k+2", "t"};

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        LstmGlyphs gl = new LstmGlyphs(pen);
        pen.panel(12, 12, WIDTH - 24, 178, "Simple RNN: the same matrix at every step");
        pen.panel(12, 206, WIDTH - 24, 182, "LSTM cell highway: a forget gate at every step");
        row(pen, gl, 82, Role.HIDDEN, "h", true);
        row(pen, gl, 278, Role.CELL, "c", false);
        pen.math("\\partial h^{(t)}/\\partial h^{(k)} = \u03a0_{j} \\diag(1-(h^{(j)})^2)\\,W", WIDTH / 2.0, 170, 15,
                Align.CENTER, Role.FG);
        pen.math("\\partial c^{(t)}/\\partial c^{(k)} |_{\\mathrm{highway}} = \\diag(f^{(k+1)} \\odot f^{(k+2)}"
                + " \\odot \\ldots \\odot f^{(t)})", WIDTH / 2.0, 368, 15, Align.CENTER, Role.FG);
    }

    private static void row(Pen pen, LstmGlyphs gl, double y, Role role, String name, boolean rnn) {
        Node[] nodes = new Node[XS.length];
        for (int k = 0; k < XS.length; k++) {
            nodes[k] = Node.circle(XS[k], y, 26);
        }
        // forward arrows, faint, and the ellipsis between the last two nodes
        for (int k = 0; k + 1 < XS.length; k++) {
            if (k + 2 == XS.length) {
                gl.line(nodes[k].right(), p(XS[k] + 75, y), Role.GRID, 2.0, false);
                pen.math("\\ldots", (XS[k] + XS[k + 1]) / 2, y, 22, Align.CENTER, Role.MUTED);
                pen.arrow(p(XS[k + 1] - 75, y), nodes[k + 1].left(), Role.GRID);
            } else {
                pen.arrow(nodes[k], nodes[k + 1], Role.GRID);
            }
        }
        // purple steps back, bulging below the row
        for (int k = 0; k + 1 < XS.length; k++) {
            boolean gap = k + 2 == XS.length;
            Point2D from = nodes[k + 1].at(-120);
            Point2D to = nodes[k].at(-60);
            if (gap) {
                continue;
            }
            gl.curve(from, to, 26, Role.GRADIENT, 2.4, false);
            String label = rnn ? "W" : "f^{(" + STEPS[k + 1] + ")}";
            pen.math(label, (XS[k] + XS[k + 1]) / 2, y + 50, 15, Align.CENTER, Role.GRADIENT);
        }
        // the last step, from t back across the gap
        Point2D from = nodes[XS.length - 1].at(-120);
        Point2D mid = p(XS[XS.length - 2] + 150, y + 26);
        gl.curve(from, mid, 14, Role.GRADIENT, 2.4, false);
        pen.math(rnn ? "W" : "f^{(t)}", XS[XS.length - 1] - 60, y + 50, 15, Align.CENTER, Role.GRADIENT);
        for (int k = 0; k < XS.length; k++) {
            pen.neuron(XS[k], y, 26, role, "");
            pen.math(name + "^{(" + STEPS[k] + ")}", XS[k], y, 15, Align.CENTER, Role.FG);
        }
    }
}
