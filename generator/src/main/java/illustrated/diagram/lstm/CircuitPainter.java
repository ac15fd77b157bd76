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
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The "electronic circuit" LSTM block: the cell highway along the top with its two junctions (the
 * forget ⊙ and the on-ramp +), four units below fed by an input bus and a recurrent bus, and the
 * output branch (tanh, output gate ⊙). Optionally the three peephole connections in blue.
 */
public final class CircuitPainter implements Painter {
    /** Canvas size this painter lays out for. */
    public static final int WIDTH = 860;
    public static final int HEIGHT = 530;

    private static final double HIGHWAY = 115;
    private static final double UNIT_Y = 310;
    private static final double UNIT_W = 100;
    private static final double UNIT_H = 62;
    private static final double BUS_Y = 392;
    private static final double BUS_X = 418;
    private static final double F = 235;
    private static final double I = 355;
    private static final double Z = 475;
    private static final double O = 640;
    private static final double ZI = 415;

    private final boolean peepholes;

    public CircuitPainter(boolean peepholes) {
        this.peepholes = peepholes;
    }

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        LstmGlyphs gl = new LstmGlyphs(pen);
        double top = UNIT_Y - UNIT_H / 2;
        double bottom = UNIT_Y + UNIT_H / 2;

        // block outline
        RoundRectangle2D frame = new RoundRectangle2D.Double(95, 55, 655, 405, 18, 18);
        g.setPaint(Role.FILL.color());
        g.fill(frame);
        g.setPaint(Role.GRID.color());
        g.setStroke(LstmGlyphs.stroke(1.5));
        g.draw(frame);
        pen.text("one LSTM block, time step t", 750, 40, 13, Align.RIGHT, Role.MUTED);

        // peepholes first, so that the wires they cross pass over them
        if (peepholes) {
            double tapIn = 160;
            double pY = top - 17;
            gl.polyline(Role.PEEPHOLE, 2.0, false, p(tapIn, HIGHWAY), p(tapIn, pY), p(I - 25, pY));
            gl.wire(Role.PEEPHOLE, 2.0, false, p(I - 25, pY), p(I - 25, top));
            gl.wire(Role.PEEPHOLE, 2.0, false, p(F - 30, pY), p(F - 30, top));
            gl.bridge(F, pY, 5, Role.FILL);
            gl.dot(F - 30, pY, Role.PEEPHOLE);
            pen.math("p_f", F - 36, pY - 13, 15, Align.RIGHT, Role.PEEPHOLE);
            pen.math("p_i", I - 33, pY - 13, 15, Align.RIGHT, Role.PEEPHOLE);
            double tapOut = 575;
            gl.polyline(Role.PEEPHOLE, 2.0, false, p(tapOut, HIGHWAY), p(tapOut, pY), p(O - 28, pY));
            gl.wire(Role.PEEPHOLE, 2.0, false, p(O - 28, pY), p(O - 28, top));
            pen.math("p_o", tapOut - 7, pY - 13, 15, Align.RIGHT, Role.PEEPHOLE);
        }

        // the highway
        gl.wire(Role.CELL, 5.0, false, p(30, HIGHWAY), p(830, HIGHWAY));
        pen.math("c^{(t-1)}", 40, HIGHWAY - 20, 17, Align.LEFT, Role.CELL);
        pen.math("c^{(t)}", 828, HIGHWAY - 20, 17, Align.RIGHT, Role.CELL);
        pen.text("cell \u201chighway\u201d", 480, 72, 13, Align.CENTER, Role.CELL);
        if (peepholes) {
            gl.dot(160, HIGHWAY, Role.PEEPHOLE);
            gl.dot(575, HIGHWAY, Role.PEEPHOLE);
        }

        // recurrent bus y(t-1) and input bus x(t)
        gl.polyline(Role.HIDDEN, 2.0, false, p(30, BUS_Y), p(O - 10, BUS_Y));
        pen.math("y^{(t-1)}", 40, BUS_Y - 15, 17, Align.LEFT, Role.HIDDEN);
        gl.polyline(Role.INPUT, 2.0, false, p(F + 10, BUS_X), p(O + 10, BUS_X));
        gl.polyline(Role.INPUT, 2.0, false, p(560, 515), p(560, BUS_X));
        gl.dot(560, BUS_X, Role.INPUT);
        pen.math("x^{(t)}", 570, 500, 17, Align.LEFT, Role.INPUT);
        for (double cx : new double[] {F, I, Z, O}) {
            gl.wire(Role.HIDDEN, 2.0, false, p(cx - 10, BUS_Y), p(cx - 10, bottom));
            gl.dot(cx - 10, BUS_Y, Role.HIDDEN);
            if (cx + 10 < O - 10) {
                gl.bridge(cx + 10, BUS_Y, 5, Role.FILL);
            }
            gl.wire(Role.INPUT, 2.0, false, p(cx + 10, BUS_X), p(cx + 10, bottom));
            gl.dot(cx + 10, BUS_X, Role.INPUT);
        }

        // the four units
        gl.unit(F, UNIT_Y, UNIT_W, UNIT_H, Role.GATE, "forget gate", "\\sigma");
        gl.unit(I, UNIT_Y, UNIT_W, UNIT_H, Role.GATE, "input gate", "\\sigma");
        gl.unit(Z, UNIT_Y, UNIT_W, UNIT_H, Role.CELL, "block input", "g = \\tanh");
        gl.unit(O, UNIT_Y, UNIT_W, UNIT_H, Role.GATE, "output gate", "\\sigma");

        // forget junction on the highway
        Node fx = gl.times(F, HIGHWAY);
        gl.wire(Role.GATE, 2.2, false, p(F, top), fx.bottom());
        pen.math("f^{(t)}", F + 8, 200, 16, Align.LEFT, Role.GATE);

        // block input times input gate, then the on-ramp
        Node zi = gl.times(ZI, 205);
        gl.wire(Role.GATE, 2.2, false, p(I, top), p(I, 205), zi.left());
        gl.wire(Role.CELL, 2.2, false, p(Z, top), p(Z, 205), zi.right());
        pen.math("i^{(t)}", I + 8, 245, 16, Align.LEFT, Role.GATE);
        pen.math("z^{(t)}", Z + 8, 245, 16, Align.LEFT, Role.CELL);
        Node on = gl.plus(ZI, HIGHWAY);
        gl.wire(Role.CELL, 2.2, false, zi.top(), on.bottom());
        pen.math("z^{(t)}\\odot i^{(t)}", ZI + 8, 160, 15, Align.LEFT, Role.CELL);
        pen.text("on-ramp", ZI + 20, HIGHWAY - 22, 12.5, Align.LEFT, Role.MUTED);
        pen.math("c^{(t-1)}\\odot f^{(t)}", (F + ZI) / 2, HIGHWAY + 22, 15, Align.CENTER, Role.CELL);
        // the highway junctions drawn again on top of the labels' neighbourhood
        gl.times(F, HIGHWAY);
        gl.plus(ZI, HIGHWAY);

        // output branch: tanh of the cell, times the output gate
        gl.dot(O, HIGHWAY, Role.CELL);
        Node th = gl.activation(O, 165, 80, 30, "h = \\tanh");
        gl.wire(Role.CELL, 2.2, false, p(O, HIGHWAY), th.top());
        Node oy = gl.times(O, 232);
        gl.wire(Role.CELL, 2.2, false, th.bottom(), oy.top());
        gl.wire(Role.GATE, 2.2, false, p(O, top), oy.bottom());
        pen.math("o^{(t)}", O + 8, 262, 16, Align.LEFT, Role.GATE);
        gl.wire(Role.HIDDEN, 2.6, false, oy.right(), p(830, 232));
        pen.math("y^{(t)}", 828, 214, 17, Align.RIGHT, Role.HIDDEN);
        // two short lines: one long one would reach back over the block's edge
        pen.text("to t + 1", 828, 252, 12.5, Align.RIGHT, Role.MUTED);
        pen.text("and up", 828, 267, 12.5, Align.RIGHT, Role.MUTED);

        // colour key
        List<Pen.Key> keys = new ArrayList<>(List.of(
                new Pen.Key(Role.INPUT, "input", true),
                new Pen.Key(Role.HIDDEN, "output", true),
                new Pen.Key(Role.CELL, "cell", true),
                new Pen.Key(Role.GATE, "gate", true)));
        if (peepholes) {
            keys.add(new Pen.Key(Role.PEEPHOLE, "peephole", true));
        }
        pen.legend(30, 492, keys);
    }
}
