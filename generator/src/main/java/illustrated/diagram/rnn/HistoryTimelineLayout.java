package illustrated.diagram.rnn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Places the labels of the {@code history-timeline} so that no leader line crosses a label. Each
 * event gets a side (above or below the axis), a row (1 = nearest the axis) and an alignment (label
 * to the right or to the left of its line). A leader line runs from the axis past every nearer row
 * to its own label, so an event's line must stay out of the labels in rows up to its own, and
 * labels in one row must not overlap. A branch-and-bound search over the options of each event
 * (row, side, alignment; the cost is the row plus penalties for leaving the preferred side or
 * alignment) returns the valid layout of least total cost.
 */
final class HistoryTimelineLayout {
    private HistoryTimelineLayout() {
    }

    /** Horizontal gap between a leader line and the start of its own label. */
    static final double GAP = 5;
    /** The gap when the label ends at its line: wider, because browser fonts may run a little wider. */
    static final double GAP_END = 9;
    /** Clear space kept between a line and a foreign label, and between two labels in a row. */
    static final double PAD = 6;

    /** Where an event's label goes; {@code x0..x1} is the label's horizontal extent. */
    record Placed(History.Event event, double x, boolean above, int row, boolean right, double x0, double x1) {
        boolean blocks(double lineX) {
            return lineX > x0 - PAD && lineX < x1 + PAD;
        }
    }

    /** The canvas and the rows available on each side. */
    record Frame(double left, double right, int rowsAbove, int rowsBelow, List<double[]> keepOutBelow) { }

    /**
     * @param events  the events (any order)
     * @param xOf     the x of an event's line
     * @param width   the width of an event's label (the wider of its two lines)
     * @param frame   canvas limits, rows per side, and x ranges that lines below the axis must avoid
     *                (the year labels under the axis)
     */
    static List<Placed> layout(List<History.Event> events, ToDoubleFunction<History.Event> xOf,
            ToDoubleFunction<History.Event> width, Frame frame) {
        List<History.Event> order = new ArrayList<>(events);
        order.sort(Comparator.comparingDouble(xOf));
        List<List<Placed>> options = new ArrayList<>();
        for (History.Event e : order) {
            options.add(options(e, xOf.applyAsDouble(e), width.applyAsDouble(e), frame));
        }
        Search s = new Search(options, frame);
        s.run(0, 0, new ArrayList<>());
        if (s.best == null) {
            throw new IllegalStateException("no timeline layout without crossings: add rows or shorten labels");
        }
        return s.best;
    }

    /** Branch and bound over the options of each event: the valid layout of least total cost. */
    private static final class Search {
        /** Enough for this timeline many times over; the first layouts found are already valid. */
        private static final long NODE_LIMIT = 5_000_000;
        private final List<List<Placed>> options;
        private final Frame frame;
        private List<Placed> best;
        private double bestCost = Double.POSITIVE_INFINITY;
        private long nodes;

        Search(List<List<Placed>> options, Frame frame) {
            this.options = options;
            this.frame = frame;
        }

        void run(int i, double cost, List<Placed> placed) {
            if (++nodes > NODE_LIMIT) {
                return;
            }
            if (i == options.size()) {
                best = List.copyOf(placed);
                bestCost = cost;
                return;
            }
            // every remaining event costs at least 1 (row 1 on its preferred side)
            double remaining = options.size() - i - 1;
            for (Placed option : options.get(i)) {
                double c = cost + cost(option);
                if (c + remaining >= bestCost - 1e-9) {
                    break; // options are sorted by cost
                }
                if (fits(option, placed, frame)) {
                    placed.add(option);
                    run(i + 1, c, placed);
                    placed.remove(placed.size() - 1);
                }
            }
        }
    }

    /** Every placement of {@code e}, cheapest first. */
    static List<Placed> options(History.Event e, double x, double w, Frame frame) {
        List<Placed> out = new ArrayList<>();
        for (boolean above : new boolean[] {true, false}) {
            for (int row = 1; row <= (above ? frame.rowsAbove() : frame.rowsBelow()); row++) {
                for (boolean right : new boolean[] {false, true}) {
                    double x0 = right ? x - GAP_END - w : x + GAP;
                    out.add(new Placed(e, x, above, row, right, x0, x0 + w));
                }
            }
        }
        out.sort(Comparator.comparingDouble(p -> cost(p)));
        return out;
    }

    private static double cost(Placed p) {
        return p.row() + (p.above() == p.event().above() ? 0 : 1.5) + (p.right() == p.event().right() ? 0 : 0.25);
    }

    /** Whether {@code p} keeps every rule against the labels and lines already placed. */
    static boolean fits(Placed p, List<Placed> placed, Frame frame) {
        if (p.x0() < frame.left() || p.x1() > frame.right()) {
            return false;
        }
        if (!p.above()) {
            for (double[] r : frame.keepOutBelow()) {
                if (p.x() > r[0] - 2 && p.x() < r[1] + 2) {
                    return false;
                }
            }
        }
        for (Placed q : placed) {
            if (q.above() != p.above()) {
                continue;
            }
            if (Math.abs(q.x() - p.x()) < 2 * PAD) {
                return false; // two labels on one leader line would be ambiguous
            }
            if (q.row() == p.row() && q.x0() < p.x1() + PAD && p.x0() < q.x1() + PAD) {
                return false; // labels in one row overlap
            }
            if (q.row() <= p.row() && q.blocks(p.x())) {
                return false; // p's line would cross q's label
            }
            if (p.row() <= q.row() && p.blocks(q.x())) {
                return false; // q's line would cross p's label
            }
        }
        return true;
    }
}
