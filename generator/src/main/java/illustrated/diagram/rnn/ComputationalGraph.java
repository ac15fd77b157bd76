package illustrated.diagram.rnn;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.diagram.Pen.Key;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * {@code rnn-computational-graph}: two time steps of the simple RNN as a computational graph in the
 * style of Goodfellow et al. Fig. 10.3, with the forward edges labelled by their parameters and the
 * gradient flowing back in purple.
 */
public final class ComputationalGraph {
    private ComputationalGraph() {
    }

    public static void paint(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        double r = 23;
        double yX = 420;
        double yH = 305;
        double yO = 195;
        double yL = 90;
        double[] xs = {340, 640};
        Node h0 = Node.circle(110, yH, r);
        Node[] x = new Node[2];
        Node[] h = new Node[2];
        Node[] o = new Node[2];
        Node[] l = new Node[2];
        Node[] y = new Node[2];
        for (int t = 0; t < 2; t++) {
            x[t] = Node.circle(xs[t], yX, r);
            h[t] = Node.circle(xs[t], yH, r);
            o[t] = Node.circle(xs[t], yO, r);
            l[t] = Node.circle(xs[t], yL, r);
            y[t] = Node.circle(xs[t] + 115, yL, r);
        }
        // forward edges
        pen.weightArrow(h0, h[0], "R_h", 14, Role.HIDDEN);
        for (int t = 0; t < 2; t++) {
            pen.weightArrow(x[t], h[t], "W_h", 20, Role.INPUT);
            pen.weightArrow(h[t], o[t], "V", 14, Role.HIDDEN);
            pen.arrow(o[t], l[t], Role.OUTPUT);
            pen.arrow(y[t], l[t], Role.OUTPUT);
        }
        pen.weightArrow(h[0], h[1], "R_h", 14, Role.HIDDEN);
        // gradient edges, offset to the right of the forward ones
        double off = 16;
        for (int t = 0; t < 2; t++) {
            pen.gradientArrow(new Point2D.Double(xs[t] + off, yL + r), new Point2D.Double(xs[t] + off, yO - r + 2));
            pen.gradientArrow(new Point2D.Double(xs[t] + off, yO + r), new Point2D.Double(xs[t] + off, yH - r + 2));
            pen.math("\\nabla_{o^{(" + (t + 1) + ")}}L", xs[t] + off + 10, (yL + yO) / 2, 14, Align.LEFT,
                    Role.GRADIENT);
        }
        Point2D from = h[1].at(200);
        Point2D to = h[0].at(-20);
        pen.gradientCurve(from, to, -22);
        pen.math("\\nabla_{h^{(1)}}L = R_h^\\top\\,\\mathrm{diag}(1-(h^{(2)})^2)\\,\\nabla_{h^{(2)}}L + V^\\top\\nabla_{o^{(1)}}L",
                (xs[0] + xs[1]) / 2, 478, 15, Align.CENTER, Role.GRADIENT);
        // nodes on top
        pen.neuron(h0.cx(), h0.cy(), r, Role.HIDDEN, "h^{(0)}");
        for (int t = 0; t < 2; t++) {
            String s = "^{(" + (t + 1) + ")}";
            pen.neuron(xs[t], yX, r, Role.INPUT, "x" + s);
            pen.neuron(xs[t], yH, r, Role.HIDDEN, "h" + s);
            pen.neuron(xs[t], yO, r, Role.OUTPUT, "o" + s);
            pen.neuron(xs[t], yL, r, Role.MUTED, "L" + s);
            pen.neuron(xs[t] + 115, yL, r, Role.OUTPUT, "y" + s);
        }
        pen.note("loss", 800, yL, 13, Align.LEFT);
        pen.note("target", 800, yL + 18, 13, Align.LEFT);
        pen.note("output", 800, yO - 9, 13, Align.LEFT);
        pen.note("(before softmax)", 800, yO + 9, 13, Align.LEFT);
        pen.note("hidden state", 800, yH, 13, Align.LEFT);
        pen.note("input", 800, yX, 13, Align.LEFT);
        pen.legend(200, 520, List.of(new Key(Role.FG, "forward, labelled with the parameter used", true),
                new Key(Role.GRADIENT, "gradient of the loss, flowing back", true)));
    }
}
