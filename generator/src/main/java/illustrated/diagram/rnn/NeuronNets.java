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
                pen.line(new Point2D.Double(xi, yIn), new Point2D.Double(xh, yHid), Role.INPUT, 1.2);
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
}
