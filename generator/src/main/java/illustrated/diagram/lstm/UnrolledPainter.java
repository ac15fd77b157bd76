package illustrated.diagram.lstm;

import static illustrated.diagram.lstm.LstmGlyphs.p;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.figure.Painter;
import illustrated.simulation.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Three LSTM blocks unfolded in time: one cell highway runs straight through all of them, while the
 * outputs y hop from block to block through the gates.
 */
public final class UnrolledPainter implements Painter {
    public static final int WIDTH = 860;
    public static final int HEIGHT = 330;

    /** Block centres, a little left of the canvas's: the last labels need the room right of the last block. */
    private static final double[] CX = {160, 420, 680};
    private static final String[] T = {"t-1", "t", "t+1"};
    private static final double HIGHWAY = 95;
    private static final double GATES_Y = 190;
    /** Half the width of a block's frame. */
    private static final double HALF = 105;

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        LstmGlyphs gl = new LstmGlyphs(pen);
        for (double cx : CX) {
            RoundRectangle2D frame = new RoundRectangle2D.Double(cx - HALF, 55, 2 * HALF, 200, 16, 16);
            g.setPaint(Role.FILL.color());
            g.fill(frame);
            g.setPaint(Role.GRID.color());
            g.setStroke(LstmGlyphs.stroke(1.5));
            g.draw(frame);
        }
        gl.wire(Role.CELL, 5.0, false, p(20, HIGHWAY), p(840, HIGHWAY));
        for (int k = 0; k < CX.length; k++) {
            double cx = CX[k];
            gl.wire(Role.GATE, 2.0, false, p(cx - 40, GATES_Y - 22), p(cx - 40, HIGHWAY + LstmGlyphs.OP));
            gl.wire(Role.GATE, 2.0, false, p(cx + 20, GATES_Y - 22), p(cx + 20, HIGHWAY + LstmGlyphs.OP));
            gl.times(cx - 40, HIGHWAY);
            gl.plus(cx + 20, HIGHWAY);
            gl.dot(cx + 70, HIGHWAY, Role.CELL);
            gl.wire(Role.CELL, 2.0, false, p(cx + 70, HIGHWAY), p(cx + 70, GATES_Y - 22));
            pen.box(cx, GATES_Y, 170, 44, Role.GATE);
            pen.text("gates, block input, output", cx, GATES_Y, 13, Align.CENTER, Role.FG);
            gl.wire(Role.INPUT, 2.4, false, p(cx, 318), p(cx, GATES_Y + 22));
            pen.math("x^{(" + T[k] + ")}", cx + 10, 292, 16, Align.LEFT, Role.INPUT);
            pen.note("time " + T[k].replace("-", " \u2212 ").replace("+", " + "), cx - 98, 240, 12.5, Align.LEFT);
        }
        // outputs hop from block to block
        gl.wire(Role.HIDDEN, 2.4, false, p(20, GATES_Y), p(CX[0] - 85, GATES_Y));
        for (int k = 0; k + 1 < CX.length; k++) {
            gl.wire(Role.HIDDEN, 2.4, false, p(CX[k] + 85, GATES_Y), p(CX[k + 1] - 85, GATES_Y));
            pen.math("y^{(" + T[k] + ")}", (CX[k] + CX[k + 1]) / 2, GATES_Y - 16, 16, Align.CENTER, Role.HIDDEN);
            pen.math("c^{(" + T[k] + ")}", (CX[k] + CX[k + 1]) / 2, HIGHWAY - 20, 16, Align.CENTER, Role.CELL);
        }
        gl.wire(Role.HIDDEN, 2.4, false, p(CX[2] + 85, GATES_Y), p(840, GATES_Y));
        // the last labels centred between the last block and the arrow heads, as the others between blocks
        double last = (CX[2] + HALF + 840) / 2;
        pen.math("y^{(t+1)}", last, GATES_Y - 16, 16, Align.CENTER, Role.HIDDEN);
        pen.math("c^{(t+1)}", last, HIGHWAY - 20, 16, Align.CENTER, Role.CELL);
        pen.text("one cell highway through all time steps", CX[1], 30, 13.5, Align.CENTER, Role.CELL);
    }
}
