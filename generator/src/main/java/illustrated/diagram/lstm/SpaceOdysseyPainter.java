package illustrated.diagram.lstm;

import static illustrated.diagram.lstm.LstmGlyphs.p;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.figure.Painter;
import illustrated.simulation.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;

/**
 * The LSTM block in the style of Fig. 1 of Greff et al. (2017): the cell in the middle with its
 * forget loop, the block input below, the gates at the sides, peepholes in blue, time-lagged
 * connections dashed, and a key on the right.
 */
public final class SpaceOdysseyPainter implements Painter {
    public static final int WIDTH = 880;
    public static final int HEIGHT = 610;

    private static final double X = 310;
    private static final double R = 24;

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        LstmGlyphs gl = new LstmGlyphs(pen);

        Node cell = Node.circle(X, 290, 36);
        Node fTimes = Node.circle(425, 185, LstmGlyphs.OP);
        Node fGate = Node.circle(560, 185, R);
        Node iGate = Node.circle(150, 400, R);
        Node oGate = Node.circle(150, 95, R);
        Node h = Node.circle(X, 185, R);

        // peepholes, under everything else
        gl.arrow(cell.at(212), iGate.at(35), Role.PEEPHOLE, 2.0, true);
        gl.arrow(cell.at(8), fGate.at(205), Role.PEEPHOLE, 2.0, true);
        gl.arrow(cell.at(140), oGate.at(-35), Role.PEEPHOLE, 2.0, false);

        // inputs of every unit: x(t) solid green, y(t-1) dashed blue
        feed(gl, iGate, 180, 110);
        feed(gl, oGate, 180, 110);
        feed(gl, fGate, 0, 70);
        Node gIn = Node.circle(X, 495, R);
        gl.arrow(p(X - 12, 590), p(X - 12, gIn.y0() + gIn.h() + 5), Role.INPUT, 2.0, false);
        gl.arrow(p(X + 12, 590), p(X + 12, gIn.y0() + gIn.h() + 5), Role.HIDDEN, 2.0, true);
        pen.math("x^{(t)}", X - 22, 575, 16, Align.RIGHT, Role.INPUT);
        pen.math("y^{(t-1)}", X + 22, 575, 16, Align.LEFT, Role.HIDDEN);

        // block input -> input-gate product -> cell
        Node iTimes = Node.circle(X, 400, LstmGlyphs.OP);
        gl.arrow(gIn.top(), iTimes.bottom(), Role.CELL, 2.2, false);
        pen.math("z^{(t)}", X + 10, 450, 16, Align.LEFT, Role.CELL);
        gl.arrow(iGate.right(), iTimes.left(), Role.GATE, 2.2, false);
        pen.math("i^{(t)}", 222, 386, 16, Align.CENTER, Role.GATE);
        gl.arrow(iTimes.top(), cell.bottom(), Role.CELL, 2.2, false);

        // the forget loop: out dashed (the old cell), back solid
        gl.curve(cell.at(62), fTimes.at(165), 26, Role.CELL, 2.2, true);
        gl.arrow(fGate.left(), fTimes.right(), Role.GATE, 2.2, false);
        pen.math("f^{(t)}", 492, 170, 16, Align.CENTER, Role.GATE);
        gl.curve(fTimes.at(-95), cell.at(22), 22, Role.CELL, 2.2, false);
        pen.math("c^{(t-1)}", 392, 162, 15, Align.CENTER, Role.CELL);

        // cell -> h -> output-gate product -> y(t)
        Node oTimes = Node.circle(X, 95, LstmGlyphs.OP);
        gl.arrow(cell.top(), h.bottom(), Role.CELL, 2.2, false);
        pen.math("c^{(t)}", X - 10, 238, 16, Align.RIGHT, Role.CELL);
        gl.arrow(h.top(), oTimes.bottom(), Role.CELL, 2.2, false);
        gl.arrow(oGate.right(), oTimes.left(), Role.GATE, 2.2, false);
        pen.math("o^{(t)}", 222, 81, 16, Align.CENTER, Role.GATE);
        gl.arrow(oTimes.top(), p(X, 22), Role.HIDDEN, 2.6, false);
        pen.math("y^{(t)}", X + 12, 36, 17, Align.LEFT, Role.HIDDEN);

        // the shapes on top of their wires
        pen.neuron(cell.cx(), cell.cy(), 36, Role.CELL, "");
        pen.math("c", cell.cx(), cell.cy(), 24, Align.CENTER, Role.FG);
        pen.text("cell", cell.x0() - 8, cell.cy(), 14, Align.RIGHT, Role.CELL);
        activationNode(pen, gIn, Role.CELL, "g");
        pen.text("block input", X + 34, 500, 13, Align.LEFT, Role.MUTED);
        activationNode(pen, h, Role.CELL, "h");
        activationNode(pen, iGate, Role.GATE, "\\sigma");
        pen.text("input gate", iGate.cx(), iGate.cy() + 40, 13, Align.CENTER, Role.MUTED);
        activationNode(pen, fGate, Role.GATE, "\\sigma");
        pen.text("forget gate", fGate.cx(), fGate.cy() - 40, 13, Align.CENTER, Role.MUTED);
        activationNode(pen, oGate, Role.GATE, "\\sigma");
        pen.text("output gate", oGate.cx(), oGate.cy() - 40, 13, Align.CENTER, Role.MUTED);
        gl.times(iTimes.cx(), iTimes.cy());
        gl.times(fTimes.cx(), fTimes.cy());
        gl.times(oTimes.cx(), oTimes.cy());

        key(pen, gl, 660, 70);
    }

    /** Two short incoming arrows (x solid green, y(t-1) dashed blue) into {@code n} from {@code fromDeg}. */
    private static void feed(LstmGlyphs gl, Node n, double fromDeg, double length) {
        double a = Math.toRadians(fromDeg);
        for (int k = 0; k < 2; k++) {
            double off = k == 0 ? -9 : 9;
            // offset perpendicular to the direction of travel
            double px = -StrictMath.sin(a) * off;
            double py = -StrictMath.cos(a) * off;
            Point2D end = new Point2D.Double(n.cx() + StrictMath.cos(a) * (R + 4) + px, n.cy() - StrictMath.sin(a) * (R + 4) + py);
            Point2D start = new Point2D.Double(end.getX() + StrictMath.cos(a) * length, end.getY() - StrictMath.sin(a) * length);
            gl.arrow(start, end, k == 0 ? Role.INPUT : Role.HIDDEN, 2.0, k == 1);
        }
    }

    private static void activationNode(Pen pen, Node n, Role role, String tex) {
        pen.neuron(n.cx(), n.cy(), n.w() / 2, role, "");
        pen.math(tex, n.cx(), n.cy(), 18, Align.CENTER, Role.FG);
    }

    private static void key(Pen pen, LstmGlyphs gl, double x, double y) {
        pen.boldText("Key", x, y, 14, Align.LEFT, Role.FG);
        double row = y + 34;
        double step = 38;
        gl.arrow(p(x, row), p(x + 40, row), Role.INPUT, 2.0, false);
        pen.math("\\text{input }x^{(t)}", x + 52, row, 14, Align.LEFT, Role.FG);
        row += step;
        gl.arrow(p(x, row), p(x + 40, row), Role.HIDDEN, 2.0, true);
        pen.math("\\text{recurrent }y^{(t-1)}", x + 52, row, 14, Align.LEFT, Role.FG);
        row += step;
        gl.arrow(p(x, row), p(x + 40, row), Role.PEEPHOLE, 2.0, false);
        pen.text("peephole", x + 52, row, 14, Align.LEFT, Role.FG);
        row += step;
        gl.line(p(x, row), p(x + 40, row), Role.MUTED, 2.0, true);
        pen.text("from the previous", x + 52, row - 8, 14, Align.LEFT, Role.FG);
        pen.text("time step", x + 52, row + 9, 14, Align.LEFT, Role.FG);
        row += step + 6;
        gl.times(x + 20, row);
        pen.text("multiplication \u2299", x + 52, row, 14, Align.LEFT, Role.FG);
        row += step;
        pen.neuron(x + 20, row, 15, Role.GATE, "");
        pen.math("\\sigma", x + 20, row, 14, Align.CENTER, Role.FG);
        pen.text("gate activation", x + 52, row, 14, Align.LEFT, Role.FG);
        row += step;
        pen.neuron(x + 20, row, 15, Role.CELL, "");
        pen.math("g", x + 20, row, 14, Align.CENTER, Role.FG);
        pen.text("input activation (tanh)", x + 52, row, 14, Align.LEFT, Role.FG);
        row += step;
        pen.neuron(x + 20, row, 15, Role.CELL, "");
        pen.math("h", x + 20, row, 14, Align.CENTER, Role.FG);
        pen.text("output activation (tanh)", x + 52, row, 14, Align.LEFT, Role.FG);
    }
}
