package illustrated.diagram.rnn;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Layout;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;

/** The abstract ("black box") drawings of RNNs and the CNN-as-a-mapping picture (articles B and C). */
public final class BlackBoxes {
    private BlackBoxes() {
    }

    /** {@code rnn-black-box}: the neuron drawing and the black box with a loop, side by side. */
    public static void rnnBlackBox(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        // left: the small neuron picture
        double cx = 170;
        double yIn = 285;
        double yHid = 175;
        double yOut = 65;
        double r = 12;
        double gap = 50;
        double[] xsIn = Layout.spread(3, cx, gap);
        double[] xsHid = Layout.spread(4, cx, gap);
        double[] xsOut = Layout.spread(2, cx, gap);
        for (double a : xsIn) {
            for (double b : xsHid) {
                pen.line(new Point2D.Double(a, yIn), new Point2D.Double(b, yHid), Role.MUTED, 1.0);
            }
        }
        for (double a : xsHid) {
            for (double b : xsOut) {
                pen.line(new Point2D.Double(a, yHid), new Point2D.Double(b, yOut), Role.MUTED, 1.0);
            }
        }
        Node[] hid = new Node[4];
        for (int k = 0; k < 4; k++) {
            hid[k] = Node.circle(xsHid[k], yHid, r);
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (i != j) {
                    boolean right = j > i;
                    pen.curve(hid[i].at(right ? 60 : -120), hid[j].at(right ? 120 : -60), 12 + 12 * Math.abs(j - i),
                            Role.HIDDEN, 1.1);
                }
            }
        }
        Layout.row(pen, 3, cx, yIn, gap, r, Role.INPUT);
        Layout.row(pen, 4, cx, yHid, gap, r, Role.HIDDEN);
        Layout.row(pen, 2, cx, yOut, gap, r, Role.OUTPUT);
        pen.note("all the neurons", cx, 330, 14, Align.CENTER);

        pen.text("=", 360, yHid, 34, Align.CENTER, Role.FG);

        // right: the black box
        double bx = 520;
        Node out = pen.vector(bx, yOut, 2, 20, false, Role.OUTPUT);
        Node box = pen.blackBox(bx, yHid, 120, 64, "RNN");
        Node in = pen.vector(bx, yIn, 3, 20, false, Role.INPUT);
        pen.arrow(in, box, Role.INPUT);
        pen.arrow(box, out, Role.HIDDEN);
        pen.loop(box, 0, Role.HIDDEN, 0.55);
        pen.math("x^{(t)}", bx - 45, yIn, 17, Align.RIGHT, Role.INPUT);
        pen.math("\\hat{y}^{(t)}", bx - 45, yOut, 17, Align.RIGHT, Role.OUTPUT);
        pen.math("h^{(t-1)}", bx + 125, yHid - 40, 16, Align.LEFT, Role.HIDDEN);
        pen.note("the same network, as a black box", bx, 330, 14, Align.CENTER);
    }

    /** {@code rnn-black-box-c}: the black box with its loop, and the same box unrolled over time. */
    public static void rnnBlackBoxUnrolled(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        double yIn = 230;
        double yBox = 140;
        double yOut = 50;
        double bx = 95;
        Node box = pen.blackBox(bx, yBox, 84, 54, "RNN");
        Node in = pen.vector(bx, yIn, 3, 16, false, Role.INPUT);
        Node out = pen.vector(bx, yOut, 2, 16, false, Role.OUTPUT);
        pen.arrow(in, box, Role.INPUT);
        pen.arrow(box, out, Role.HIDDEN);
        pen.loop(box, 0, Role.HIDDEN, 0.5);
        pen.math("x^{(t)}", bx - 32, yIn, 16, Align.RIGHT, Role.INPUT);
        pen.math("\\hat{y}^{(t)}", bx - 24, yOut, 16, Align.RIGHT, Role.OUTPUT);
        pen.bigArrow(200, yBox, 270, "unroll");
        double[] xs = Layout.spread(4, 560, 150);
        Node prev = null;
        String[] t = {"1", "2", "3", "T"};
        for (int k = 0; k < 4; k++) {
            Node b = pen.blackBox(xs[k], yBox, 84, 54, "RNN");
            Node i = pen.vector(xs[k], yIn, 3, 16, false, Role.INPUT);
            Node o = pen.vector(xs[k], yOut, 2, 16, false, Role.OUTPUT);
            pen.arrow(i, b, Role.INPUT);
            pen.arrow(b, o, Role.HIDDEN);
            pen.math("x^{(" + t[k] + ")}", xs[k] - 30, yIn, 15, Align.RIGHT, Role.INPUT);
            pen.math("\\hat{y}^{(" + t[k] + ")}", xs[k] - 22, yOut, 15, Align.RIGHT, Role.OUTPUT);
            if (prev != null) {
                if (k == 3) {
                    pen.text("\u2026", (prev.right().getX() + b.left().getX()) / 2, yBox - 16, 20, Align.CENTER, Role.MUTED);
                }
                pen.weightArrow(prev.right(), b.left(), k == 3 ? "" : "h^{(" + t[k - 1] + ")}", 14, Role.HIDDEN);
            }
            prev = b;
        }
        pen.note("one box, used again at every time step: the same parameters each time", 560, 285, 14,
                Align.CENTER);
    }

    /** {@code cnn-semantic-vector}: a CNN as feature extractor + classifier, mapping an image to a vector. */
    public static void cnnSemanticVector(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        double cy = 150;
        // the image: three channels
                for (int k = 2; k >= 0; k--) {
            double off = k * 12;
            pen.box(70 + off, cy - off, 90, 90, Role.INPUT);
        }
        pen.text("image (R, G, B)", 82, 232, 14, Align.CENTER, Role.FG);
        pen.math("3\\times150\\times150", 82, 252, 14, Align.CENTER, Role.MUTED);
        // feature extraction: shrinking, deepening feature maps
        double[][] maps = {{250, 96, 10}, {300, 72, 16}, {350, 50, 22}, {395, 30, 28}};
        for (double[] m : maps) {
            for (int k = 3; k >= 0; k--) {
                double off = k * m[2] / 4;
                pen.box(m[0] + off, cy - off, m[1] * 0.45, m[1], Role.GATE);
            }
        }
        pen.arrow(new Point2D.Double(140, cy), new Point2D.Double(222, cy), Role.MUTED);
        pen.text("feature extraction", 320, 232, 14, Align.CENTER, Role.FG);
        pen.note("(convolution and pooling)", 320, 252, 13, Align.CENTER);
        // the semantic vector
        pen.arrow(new Point2D.Double(430, cy), new Point2D.Double(478, cy), Role.MUTED);
        Node v = pen.vector(495, cy, 8, 16, true, Role.HIDDEN);
        pen.text("semantic", 495, 232, 14, Align.CENTER, Role.HIDDEN);
        pen.text("vector", 495, 252, 14, Align.CENTER, Role.HIDDEN);
        // the classifier: a small densely connected net
        double[] ys1 = Layout.spread(5, cy, 26);
        double[] ys2 = Layout.spread(2, cy, 40);
        for (double a : ys1) {
            pen.line(new Point2D.Double(v.right().getX(), cy), new Point2D.Double(590, a), Role.MUTED, 0.8);
            for (double b : ys2) {
                pen.line(new Point2D.Double(590, a), new Point2D.Double(670, b), Role.MUTED, 1.0);
            }
        }
        Layout.column(pen, 5, 590, cy, 26, 9, Role.GATE);
        Node[] outs = Layout.column(pen, 2, 670, cy, 40, 13, Role.OUTPUT);
        pen.text("dog", outs[0].right().getX() + 8, outs[0].cy(), 14, Align.LEFT, Role.OUTPUT);
        pen.text("cat", outs[1].right().getX() + 8, outs[1].cy(), 14, Align.LEFT, Role.OUTPUT);
        pen.text("classifier", 630, 232, 14, Align.CENTER, Role.FG);
        pen.note("(densely connected)", 630, 252, 13, Align.CENTER);
        pen.math("(1,\\,0)", 775, cy - 20, 15, Align.CENTER, Role.OUTPUT);
        pen.text("or", 775, cy, 13, Align.CENTER, Role.MUTED);
        pen.math("(0,\\,1)", 775, cy + 20, 15, Align.CENTER, Role.OUTPUT);
        // the whole thing is one mapping
        pen.line(new Point2D.Double(40, 290), new Point2D.Double(800, 290), Role.GRID, 1.0);
        pen.text("the whole network is one mapping:", 300, 318, 15, Align.RIGHT, Role.FG);
        pen.math("f\\colon\\ \\mathbf{R}^{3\\times150\\times150} \\to \\mathbf{R}^{2}", 312, 318, 17, Align.LEFT,
                Role.FG);
    }
}
