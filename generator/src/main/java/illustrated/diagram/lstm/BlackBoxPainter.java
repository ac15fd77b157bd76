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

/** The LSTM block as a black box: x(t), y(t-1), c(t-1) in; y(t), c(t) out. */
public final class BlackBoxPainter implements Painter {
    public static final int WIDTH = 680;
    public static final int HEIGHT = 340;

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        LstmGlyphs gl = new LstmGlyphs(pen);
        double cx = 340;
        double cy = 180;
        Node box = pen.blackBox(cx, cy, 210, 130, "");
        pen.boldText("LSTM", cx, cy - 8, 22, Align.CENTER, Role.PAPER);
        pen.text("block at time t", cx, cy + 20, 13, Align.CENTER, Role.PAPER);

        double yc = cy - 38;
        double yy = cy + 38;
        double left = box.x0();
        double right = box.x0() + box.w();

        gl.wire(Role.CELL, 4.5, false, p(60, yc), p(left - 2, yc));
        pen.math("c^{(t-1)}", 70, yc - 18, 18, Align.LEFT, Role.CELL);
        gl.wire(Role.HIDDEN, 2.6, false, p(60, yy), p(left - 2, yy));
        pen.math("y^{(t-1)}", 70, yy - 17, 18, Align.LEFT, Role.HIDDEN);
        pen.note("from time t \u2212 1", 60, yy + 22, 12.5, Align.LEFT);

        gl.wire(Role.CELL, 4.5, false, p(right + 2, yc), p(620, yc));
        pen.math("c^{(t)}", 612, yc - 18, 18, Align.RIGHT, Role.CELL);
        gl.wire(Role.HIDDEN, 2.6, false, p(right + 2, yy), p(620, yy));
        pen.math("y^{(t)}", 612, yy - 17, 18, Align.RIGHT, Role.HIDDEN);
        pen.note("to time t + 1", 620, yy + 22, 12.5, Align.RIGHT);

        double bottom = box.y0() + box.h();
        gl.wire(Role.INPUT, 2.6, false, p(cx, 325), p(cx, bottom + 2));
        pen.math("x^{(t)}", cx + 10, 305, 18, Align.LEFT, Role.INPUT);
        pen.note("input", cx - 10, 305, 12.5, Align.RIGHT);

        double top = box.y0();
        gl.wire(Role.HIDDEN, 2.6, false, p(cx, top - 2), p(cx, 22));
        pen.math("y^{(t)}", cx + 10, 48, 18, Align.LEFT, Role.HIDDEN);
        pen.note("to the layer above", cx - 10, 48, 12.5, Align.RIGHT);
    }
}
