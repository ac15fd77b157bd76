package illustrated.diagram.rnn;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Layout;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;

/** Simple RNNs drawn as what they are: neurons and connections (articles B and C). */
public final class NeuronNets {
    private NeuronNets() {
    }

    /** Sizes of the running example: 3 inputs, 4 hidden neurons, 2 outputs. */
    static final int NX = 3;
    static final int NH = 4;
    static final int NY = 2;

    /** {@code rnn-neurons}: the simple RNN as three layers of neurons with its recurrent fan. */
    public static void rnnNeurons(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        double cx = 330;
        double yIn = 375;
        double yHid = 225;
        double yOut = 75;
        double gap = 96;
        double r = 20;
        double[] xsIn = Layout.spread(NX, cx, gap);
        double[] xsHid = Layout.spread(NH, cx, gap);
        double[] xsOut = Layout.spread(NY, cx, gap);
        // connections first so that the neurons sit on top of them
        for (double xi : xsIn) {
            for (double xh : xsHid) {
                pen.line(new Point2D.Double(xi, yIn), new Point2D.Double(xh, yHid), Role.MUTED, 1.2);
            }
        }
        for (double xh : xsHid) {
            for (double xo : xsOut) {
                pen.line(new Point2D.Double(xh, yHid), new Point2D.Double(xo, yOut), Role.MUTED, 1.2);
            }
        }
        Node[] hid = new Node[NH];
        for (int k = 0; k < NH; k++) {
            hid[k] = Node.circle(xsHid[k], yHid, r);
        }
        // the recurrent fan: every hidden neuron feeds every hidden neuron (at the next time step)
        for (int i = 0; i < NH; i++) {
            for (int j = 0; j < NH; j++) {
                if (i == j) {
                    continue;
                }
                boolean right = j > i;
                double span = Math.abs(j - i);
                Point2D a = hid[i].at(right ? 60 : -120);
                Point2D b = hid[j].at(right ? 120 : -60);
                pen.curve(a, b, (right ? 1 : 1) * (18 + 22 * span), Role.HIDDEN, 1.5);
            }
        }
        for (int k = 0; k < NH; k++) {
            pen.loop(hid[k], 90, Role.HIDDEN, 0.55);
        }
        for (int k = 0; k < NX; k++) {
            pen.neuron(xsIn[k], yIn, r, Role.INPUT, "x_" + (k + 1));
        }
        for (int k = 0; k < NH; k++) {
            pen.neuron(xsHid[k], yHid, r, Role.HIDDEN, "h_" + (k + 1));
        }
        for (int k = 0; k < NY; k++) {
            pen.neuron(xsOut[k], yOut, r, Role.OUTPUT, "\\hat{y}_" + (k + 1));
        }
        double lx = 560;
        pen.text("output", lx, yOut - 10, 15, Align.LEFT, Role.OUTPUT);
        pen.math("\\hat{y}^{(t)}", lx, yOut + 12, 16, Align.LEFT, Role.OUTPUT);
        pen.text("hidden state", lx, yHid - 10, 15, Align.LEFT, Role.HIDDEN);
        pen.math("h^{(t)}", lx, yHid + 12, 16, Align.LEFT, Role.HIDDEN);
        pen.text("input", lx, yIn - 10, 15, Align.LEFT, Role.INPUT);
        pen.math("x^{(t)}", lx, yIn + 12, 16, Align.LEFT, Role.INPUT);
        pen.note("curved arrows: recurrent", 20, 140, 13, Align.LEFT);
        pen.note("connections, used at the", 20, 158, 13, Align.LEFT);
        pen.note("next time step", 20, 176, 13, Align.LEFT);
    }

    /** A compact 3-4-2 network drawn bottom-up at the given place; returns the hidden neurons. */
    static Node[] smallNet(Pen pen, double cx, double yIn, double yHid, double yOut, double gap, double r,
                           Role inLines, Role outLines) {
        double[] xsIn = Layout.spread(NX, cx, gap);
        double[] xsHid = Layout.spread(NH, cx, gap);
        double[] xsOut = Layout.spread(NY, cx, gap);
        for (double a : xsIn) {
            for (double b : xsHid) {
                pen.line(new Point2D.Double(a, yIn), new Point2D.Double(b, yHid), inLines, 1.0);
            }
        }
        for (double a : xsHid) {
            for (double b : xsOut) {
                pen.line(new Point2D.Double(a, yHid), new Point2D.Double(b, yOut), outLines, 1.0);
            }
        }
        Layout.row(pen, NX, cx, yIn, gap, r, Role.INPUT);
        Layout.row(pen, NY, cx, yOut, gap, r, Role.OUTPUT);
        return Layout.row(pen, NH, cx, yHid, gap, r, Role.HIDDEN);
    }

    /** {@code rnn-recurrent}: four panels, each with the recurrent arrows leaving one hidden neuron. */
    public static void rnnRecurrent(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        double pw = 215;
        for (int p = 0; p < NH; p++) {
            double x = 10 + p * (pw + 10);
            pen.panel(x, 10, pw, 300, "");
            double cx = x + pw / 2;
            Node[] hid = smallNet(pen, cx, 250, 160, 70, 42, 12, Role.GRID, Role.GRID);
            for (int j = 0; j < NH; j++) {
                if (j == p) {
                    pen.loop(hid[p], 90, Role.HIDDEN, 0.6);
                } else {
                    boolean right = j > p;
                    pen.curve(hid[p].at(right ? -60 : -120), hid[j].at(right ? -120 : -60),
                            -(10 + 14 * Math.abs(j - p)) * (right ? 1 : -1), Role.HIDDEN, 1.6);
                }
            }
            pen.neuron(hid[p].cx(), hid[p].cy(), 12, Role.HIDDEN);
            pen.math("h_" + (p + 1), hid[p].cx(), hid[p].cy(), 11, Align.CENTER, Role.FG);
            pen.math("h_" + (p + 1) + "^{(t-1)}\\to h_1^{(t)},\\ldots,h_4^{(t)}", cx, 288, 14, Align.CENTER,
                    Role.HIDDEN);
        }
        pen.note("Each hidden neuron sends its value to every hidden neuron, itself included, for the next time step:"
                + " 4 \u00D7 4 = 16 recurrent weights.", 465, 332, 13, Align.CENTER);
    }

    /** {@code rnn-unfolded}: the network with its loop, unfolded into copies joined through time. */
    public static void rnnUnfolded(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        double yIn = 330;
        double yHid = 210;
        double yOut = 90;
        // folded: the net with one loop around the hidden layer
        Node[] h0 = smallNet(pen, 95, yIn, yHid, yOut, 34, 10, Role.GRID, Role.GRID);
        pen.loop(h0[3], 0, Role.HIDDEN, 0.9);
        pen.note("folded", 95, 380, 14, Align.CENTER);
        pen.bigArrow(190, yHid - 60, 245, "unfold");
        String[] t = {"t-1", "t", "t+1"};
        // each step's frame is wide enough for its labels: x beside the inputs, h clear of the
        // connections that rise from the first hidden neuron
        double half = 105;
        double[] cxs = {380, 620, 860};
        Node[][] hid = new Node[3][];
        for (int k = 0; k < 3; k++) {
            pen.frame(cxs[k] - half, 40, 2 * half, 320, Role.GRID);
            hid[k] = smallNet(pen, cxs[k], yIn, yHid, yOut, 42, 12, Role.GRID, Role.GRID);
            pen.math("x^{(" + t[k] + ")}", cxs[k] + 60, yIn, 15, Align.LEFT, Role.INPUT);
            pen.math("h^{(" + t[k] + ")}", cxs[k] - half + 5, yHid - 30, 15, Align.LEFT, Role.HIDDEN);
            pen.math("\\hat{y}^{(" + t[k] + ")}", cxs[k] + 50, yOut, 15, Align.LEFT, Role.OUTPUT);
            pen.text("time step", cxs[k] - 10, 380, 14, Align.RIGHT, Role.MUTED);
            pen.math(t[k], cxs[k] - 5, 380, 15, Align.LEFT, Role.MUTED);
        }
        // recurrent connections: every hidden neuron of step k feeds every hidden neuron of step k+1;
        // drawn through one junction per gap (the matrix R_h) so that the 16 connections stay readable
        double yJ = yHid + 52;
        for (int k = 0; k < 2; k++) {
            double jx = (cxs[k] + cxs[k + 1]) / 2;
            Point2D j = new Point2D.Double(jx, yJ);
            for (Node a : hid[k]) {
                pen.line(a.at(-60), j, Role.HIDDEN, 1.2);
            }
            for (Node b : hid[k + 1]) {
                pen.arrow(j, b.toward(j), Role.HIDDEN, 1.2);
            }
            pen.neuron(jx, yJ, 5, Role.HIDDEN);
            pen.math("R_h", jx, yJ + 18, 14, Align.CENTER, Role.HIDDEN);
        }
        Point2D jl = new Point2D.Double(cxs[0] - half - 15, yJ);
        for (Node b : hid[0]) {
            pen.arrow(jl, b.toward(jl), Role.HIDDEN, 1.2);
        }
        Point2D jr = new Point2D.Double(cxs[2] + half + 15, yJ);
        for (Node a : hid[2]) {
            pen.line(a.at(-60), jr, Role.HIDDEN, 1.2);
        }
        for (int k = 0; k < 3; k++) {
            for (Node n : hid[k]) {
                pen.neuron(n.cx(), n.cy(), 12, Role.HIDDEN);
            }
        }
        // inside the picture: at +122 the right one was cut by the edge of the drawing
        pen.text("\u2026", cxs[0] - half - 13, yJ, 18, Align.CENTER, Role.MUTED);
        pen.text("\u2026", cxs[2] + half + 13, yJ, 18, Align.CENTER, Role.MUTED);
    }
}
