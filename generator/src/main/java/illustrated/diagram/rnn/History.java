package illustrated.diagram.rnn;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.diagram.Pen.Key;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Article D: the timeline of neural-net history and the 1997 LSTM memory cell. */
public final class History {
    private History() {
    }

    static final double Y0 = 1950;
    static final double Y1 = 2010;
    static final double X0 = 40;
    static final double X1 = 960;
    static final double AXIS = 215;
    static final double STRIP = 457;
    /** Rows of labels, centre to centre. */
    static final double LEVEL = 46;
    /** Half the height of a two-line label (date over text). */
    static final double HALF = 16;
    static final double LABEL_SIZE = 12.5;

    /**
     * One labelled event. {@code above} and {@code right} are preferences (side of the axis, label to
     * the left of its line); {@link HistoryTimelineLayout} decides where the label really goes.
     */
    record Event(double year, String date, String text, Role kind, boolean above, boolean right) { }

    /** The checked dates of the editorial brief, nothing more. */
    static final List<Event> EVENTS = List.of(
            new Event(1956, "1956", "Dartmouth workshop", Role.MUTED, true, false),
            new Event(1957.5, "1957 / 1958", "perceptron (Rosenblatt)", Role.HIDDEN, true, false),
            new Event(1960, "1960", "Mark I Perceptron, 20\u00D720 photocells", Role.HIDDEN, true, false),
            new Event(1969, "1969", "Perceptrons (Minsky and Papert)", Role.HIDDEN, true, false),
            new Event(1969, "1969", "frame problem (McCarthy and Hayes)", Role.MUTED, false, false),
            new Event(1980, "1980", "Neocognitron (Fukushima)", Role.HIDDEN, true, true),
            new Event(1984, "1984", "Dennett\u2019s R1, R1D1, R2D1 robots", Role.MUTED, false, true),
            new Event(1986, "1986", "back-propagation popularised", Role.HIDDEN, true, true),
            new Event(1989, "1989", "LeCun\u2019s zip-code CNN", Role.HIDDEN, false, false),
            new Event(1997, "1997", "LSTM (Hochreiter and Schmidhuber)", Role.CELL, true, true),
            new Event(1998, "1998", "LeNet-5", Role.HIDDEN, false, false),
            new Event(2000, "2000", "forget gate; peepholes (Gers et al.)", Role.CELL, true, true),
            new Event(2001.5, "Feb 2001 \u00B7 Nov 2001", "GeForce 3 (NV20) shaders \u00B7 Xbox (NV2A)", Role.OUTPUT,
                    false, true),
            new Event(2006, "2006", "deep belief net pretraining", Role.HIDDEN, true, true),
            new Event(2006.85, "Nov 2006 / 2007", "CUDA announced / first toolkit", Role.OUTPUT, false, true));

    /** The centre of a label's block in {@code row} on one side of the axis. */
    static double labelCentre(boolean above, int row) {
        return above ? AXIS - 38 - (row - 1) * LEVEL : AXIS + 58 + (row - 1) * LEVEL;
    }

    /** Label positions for the events, none crossed by a leader line. */
    static List<HistoryTimelineLayout.Placed> layout(Pen pen) {
        List<double[]> years = new java.util.ArrayList<>();
        for (int y = 1950; y <= 2010; y += 10) {
            double w = pen.textWidth(Integer.toString(y), 13);
            years.add(new double[] {x(y) - w / 2, x(y) + w / 2});
        }
        // 4 rows above and 4 below fit between the top edge and the climate strip
        HistoryTimelineLayout.Frame frame = new HistoryTimelineLayout.Frame(8, 992, 4, 4, years);
        // bold dates run about 10 % wider than plain text
        return HistoryTimelineLayout.layout(EVENTS, e -> x(e.year()),
                e -> Math.max(pen.textWidth(e.text(), LABEL_SIZE), 1.1 * pen.textWidth(e.date(), LABEL_SIZE)), frame);
    }

    static double x(double year) {
        return X0 + (year - Y0) / (Y1 - Y0) * (X1 - X0);
    }

    /** {@code history-timeline}: 1950–2010 with the AI booms and winters and the events of the article. */
    public static void timeline(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        // booms and winters as bands along the axis
        band(pen, 1956, 1974, Role.HIGHLIGHT, "first boom");
        band(pen, 1974, 1980, Role.FILL, "1st winter");
        band(pen, 1980, 1987, Role.HIGHLIGHT, "second boom");
        band(pen, 1987, 1993, Role.FILL, "2nd winter");
        band(pen, 2006, 2010, Role.HIGHLIGHT, "third boom");
        pen.text("climate", X0, STRIP - 22, 12, Align.LEFT, Role.MUTED);
        pen.line(new Point2D.Double(X0, AXIS), new Point2D.Double(X1, AXIS), Role.FG, 1.5);
        for (int y = 1950; y <= 2010; y += 10) {
            pen.line(new Point2D.Double(x(y), AXIS - 5), new Point2D.Double(x(y), AXIS + 5), Role.FG, 1.5);
            pen.text(Integer.toString(y), x(y), AXIS + 20, 13, Align.CENTER, Role.MUTED);
        }
        for (HistoryTimelineLayout.Placed p : layout(pen)) {
            Event e = p.event();
            double ex = p.x();
            double cy = labelCentre(p.above(), p.row());
            // the leader runs along the label up to its far edge, beside it, never through another label
            double end = p.above() ? cy - HALF : cy + HALF;
            pen.line(new Point2D.Double(ex, p.above() ? AXIS - 4 : AXIS + 4), new Point2D.Double(ex, end), e.kind(),
                    1.0);
            pen.boldText(e.date(), p.right() ? p.x1() : p.x0(), cy - 8, LABEL_SIZE, p.right() ? Align.RIGHT : Align.LEFT,
                    e.kind());
            pen.text(e.text(), p.right() ? p.x1() : p.x0(), cy + 8, LABEL_SIZE, p.right() ? Align.RIGHT : Align.LEFT,
                    Role.FG);
        }
        for (Event e : EVENTS) {
            g.setPaint(e.kind().color());
            g.fill(new Ellipse2D.Double(x(e.year()) - 4, AXIS - 4, 8, 8));
        }
        pen.note("booms and winters are approximate: first winter c. 1974\u201380, second winter c. 1987\u201393", 500, STRIP + 26, 12, Align.CENTER);
        pen.legend(300, 510, List.of(new Key(Role.HIDDEN, "neural nets", false), new Key(Role.CELL, "LSTM", false),
                new Key(Role.OUTPUT, "graphics hardware", false), new Key(Role.MUTED, "AI in general", false)));
    }

    private static void band(Pen pen, double from, double to, Role role, String label) {
        Graphics2D g = pen.graphics();
        g.setPaint(role.color());
        g.fill(new Rectangle2D.Double(x(from), STRIP - 11, x(to) - x(from), 22));
        g.setPaint(Role.GRID.color());
        g.draw(new Rectangle2D.Double(x(from), STRIP - 11, x(to) - x(from), 22));
        pen.text(label, (x(from) + x(to)) / 2, STRIP, 11.5, Align.CENTER, Role.FG);
    }

    /** {@code memory-cell-1997}: the original LSTM memory cell with its constant error carousel. */
    public static void memoryCell(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        double cy = 190;
        Node in = pen.box(70, cy, 86, 40, Role.INPUT);
        pen.math("x^{(t)},\\,y^{(t-1)}", 70, cy, 14, Align.CENTER, Role.FG);
        Node gz = pen.neuron(190, cy, 22, Role.INPUT, "g");
        Node mulIn = pen.neuron(290, cy, 14, Role.GATE, "\\times");
        Node cell = pen.neuron(420, cy, 38, Role.CELL, "c^{(t)}");
        Node hc = pen.neuron(550, cy, 22, Role.CELL, "h");
        Node mulOut = pen.neuron(650, cy, 14, Role.GATE, "\\times");
        Node out = pen.box(745, cy, 60, 40, Role.HIDDEN, "y^{(t)}");
        Node gi = pen.neuron(290, cy + 110, 22, Role.GATE, "i");
        Node go = pen.neuron(650, cy + 110, 22, Role.GATE, "o");
        pen.arrow(in, gz, Role.INPUT);
        pen.arrow(gz, mulIn, Role.INPUT);
        pen.arrow(mulIn, cell, Role.CELL);
        pen.arrow(cell, hc, Role.CELL);
        pen.arrow(hc, mulOut, Role.CELL);
        pen.arrow(mulOut, out, Role.HIDDEN);
        pen.arrow(gi, mulIn, Role.GATE);
        pen.arrow(go, mulOut, Role.GATE);
        // the inputs also drive both gates
        Point2D bus = new Point2D.Double(70, cy + 165);
        pen.line(in.bottom(), bus, Role.INPUT, 1.5);
        pen.line(bus, new Point2D.Double(650, cy + 165), Role.INPUT, 1.5);
        pen.arrow(new Point2D.Double(290, cy + 165), gi.bottom(), Role.INPUT);
        pen.arrow(new Point2D.Double(650, cy + 165), go.bottom(), Role.INPUT);
        // the constant error carousel: a self-loop of fixed weight 1
        pen.loop(cell, 90, Role.CELL, 0.55);
        pen.math("\\times 1.0", 420 + 42, cy - 78, 15, Align.LEFT, Role.CELL);
        pen.gradientCurve(new Point2D.Double(372, cy - 100), new Point2D.Double(468, cy - 100), 22);
        pen.text("constant error carousel", 366, cy - 70, 14, Align.RIGHT, Role.CELL);
        pen.note("errors go round unchanged", 420, cy - 140, 13, Align.CENTER);
        pen.text("input gate", 290 - 32, cy + 110, 13, Align.RIGHT, Role.GATE);
        pen.text("output gate", 650 + 32, cy + 110, 13, Align.LEFT, Role.GATE);
        pen.note("cell input", 190, cy - 36, 13, Align.CENTER);
        pen.note("output", 745, cy - 36, 13, Align.CENTER);
        pen.note("no forget gate and no peepholes yet: both arrived in 2000", 400, cy + 205, 13, Align.CENTER);
        pen.legend(170, cy + 240, List.of(new Key(Role.CELL, "cell state", false), new Key(Role.GATE, "gates", false),
                new Key(Role.INPUT, "inputs", false), new Key(Role.GRADIENT, "error flow", true)));
    }
}
