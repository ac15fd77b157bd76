package illustrated.diagram.rnn;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Node;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;

/**
 * {@code rnn-task-types}: six small multiples of unrolled RNNs, one per kind of task. Every panel uses
 * the same three glyphs: input square (green), RNN cell (blue), output square (orange).
 */
public final class TaskTypes {
    static final double PW = 292;
    static final double PH = 292;
    static final double GAP = 14;
    static final double M = 10;

    private TaskTypes() {
    }

    public static void paint(Graphics2D g, Theme theme) {
        Pen pen = new Pen(g, theme);
        manyToOne(new Mini(pen, M, M));
        oneToMany(new Mini(pen, M + PW + GAP, M));
        manyToMany(new Mini(pen, M + 2 * (PW + GAP), M));
        seq2seq(new Mini(pen, M, M + PH + GAP));
        bidirectional(new Mini(pen, M + PW + GAP, M + PH + GAP));
        captioning(new Mini(pen, M + 2 * (PW + GAP), M + PH + GAP));
    }

    private static void manyToOne(Mini p) {
        p.panel("many-to-one", "sentiment of a post: positive or negative?");
        double[] xs = p.steps(4, 56);
        String[] words = {"what", "a", "great", "film"};
        Node prev = null;
        for (int k = 0; k < xs.length; k++) {
            Node c = p.cell(xs[k]);
            p.input(xs[k], c, words[k]);
            if (prev != null) {
                p.recur(prev, c);
            }
            prev = c;
        }
        p.output(xs[3], prev, "positive");
    }

    private static void oneToMany(Mini p) {
        p.panel("one-to-many", "music or text generation from a first note");
        double[] xs = p.steps(4, 60);
        String[] notes = {"C", "E", "G", "C"};
        Node prev = null;
        Node prevOut = null;
        for (int k = 0; k < xs.length; k++) {
            Node c = p.cell(xs[k]);
            if (k == 0) {
                p.input(xs[k], c, "C");
            } else {
                p.recur(prev, c);
                // the previous output is fed back as the next input
                p.pen.curve(prevOut.right(), new Point2D.Double(c.cx() - 10, c.y0() - 3), -14, Role.OUTPUT, 1.3);
            }
            prevOut = p.output(xs[k], c, notes[(k + 1) % 4]);
            prev = c;
        }
    }

    private static void manyToMany(Mini p) {
        p.panel("many-to-many", "named-entity recognition: is \u201CTeddy\u201D a name?");
        double[] xs = p.steps(4, 62);
        String[] words = {"Teddy", "Roosevelt", "was", "great"};
        String[] tags = {"name", "name", "\u2013", "\u2013"};
        Node prev = null;
        for (int k = 0; k < xs.length; k++) {
            Node c = p.cell(xs[k]);
            p.input(xs[k], c, words[k]);
            p.output(xs[k], c, tags[k]);
            if (prev != null) {
                p.recur(prev, c);
            }
            prev = c;
        }
    }

    private static void seq2seq(Mini p) {
        p.panel("sequence-to-sequence", "machine translation: encoder, then decoder");
        double[] xs = p.steps(6, 44);
        String[] de = {"Ich", "mag", "Katzen"};
        String[] en = {"I", "like", "cats"};
        Node prev = null;
        Node prevOut = null;
        for (int k = 0; k < xs.length; k++) {
            Node c = p.cell(xs[k], 30);
            if (k < 3) {
                p.input(xs[k], c, de[k]);
            }
            if (prev != null) {
                p.recur(prev, c);
            }
            if (k > 3) {
                // the decoder reads its own previous word
                p.pen.curve(prevOut.right(), new Point2D.Double(c.cx() - 8, c.y0() - 3), -12, Role.OUTPUT, 1.3);
            }
            if (k >= 3) {
                prevOut = p.output(xs[k], c, en[k - 3]);
            }
            prev = c;
        }
        p.pen.frame(xs[0] - 20, p.yCell - 24, xs[2] - xs[0] + 40, 48, Role.MUTED);
        p.pen.frame(xs[3] - 20, p.yCell - 24, xs[5] - xs[3] + 40, 48, Role.MUTED);
        // each name where its frame has no arrows: the encoder has none above, the decoder none below
        p.pen.note("encoder", (xs[0] + xs[2]) / 2, p.yCell - 36, 12, Align.CENTER);
        p.pen.note("decoder", (xs[3] + xs[5]) / 2, p.yCell + 36, 12, Align.CENTER);
    }

    private static void bidirectional(Mini p) {
        p.panel("bidirectional", "every output sees the words before and after");
        double[] xs = p.steps(4, 60);
        String[] words = {"Teddy", "bears", "on", "sale"};
        String[] tags = {"\u2013", "\u2013", "\u2013", "\u2013"};
        Node[] fwd = new Node[4];
        Node[] bwd = new Node[4];
        double yF = p.yCell - 12;
        double yB = p.yCell + 12;
        for (int k = 0; k < 4; k++) {
            fwd[k] = p.pen.box(xs[k], yF, 36, 24, Role.HIDDEN);
            bwd[k] = p.pen.box(xs[k], yB, 36, 24, Role.HIDDEN);
            p.pen.text("\u2192", xs[k], yF, 12, Align.CENTER, Role.HIDDEN);
            p.pen.text("\u2190", xs[k], yB, 12, Align.CENTER, Role.HIDDEN);
        }
        for (int k = 0; k < 4; k++) {
            if (k > 0) {
                p.pen.arrow(fwd[k - 1], fwd[k], Role.HIDDEN);
                p.pen.arrow(bwd[k], bwd[k - 1], Role.HIDDEN);
            }
            Node in = p.pen.vector(xs[k], p.yIn, 1, 20, true, Role.INPUT);
            p.pen.arrow(in, bwd[k], Role.INPUT);
            Node out = p.pen.vector(xs[k], p.yOut, 1, 20, true, Role.OUTPUT);
            p.pen.arrow(fwd[k], out, Role.HIDDEN);
            p.pen.text(words[k], xs[k], p.yIn + 24, 12, Align.CENTER, Role.INPUT);
            p.pen.text(tags[k], xs[k], p.yOut - 22, 12, Align.CENTER, Role.OUTPUT);
        }
    }

    private static void captioning(Mini p) {
        p.panel("image captioning (one-to-many)", "a CNN's semantic vector starts the sentence");
        double[] xs = p.steps(4, 50);
        double shift = 44;
        // the image and the CNN
        double ix = p.x + 34;
        for (int k = 2; k >= 0; k--) {
            p.pen.box(ix + k * 4, p.yIn + 8 - k * 4, 30, 30, Role.INPUT);
        }
        Node cnn = p.pen.box(ix + 4, p.yCell, 40, 30, Role.GATE);
        p.pen.text("CNN", ix + 4, p.yCell, 11, Align.CENTER, Role.FG);
        p.pen.arrow(new Point2D.Double(ix + 4, p.yIn - 12), cnn.bottom(), Role.INPUT);
        Node prev = null;
        String[] words = {"a", "dog", "on", "grass"};
        for (int k = 0; k < 4; k++) {
            Node c = p.cell(xs[k] + shift);
            if (k == 0) {
                Node v = p.pen.vector((cnn.right().getX() + c.left().getX()) / 2, p.yCell, 4, 8, true, Role.HIDDEN);
                p.pen.arrow(cnn.right(), v.left(), Role.MUTED);
                p.pen.arrow(v.right(), c.left(), Role.HIDDEN);
            } else {
                p.recur(prev, c);
            }
            p.output(xs[k] + shift, c, words[k]);
            prev = c;
        }
    }

    /** A panel with the three standard rows of glyphs. */
    private static final class Mini {
        final Pen pen;
        final double x;
        final double y;
        final double yOut;
        final double yCell;
        final double yIn;

        Mini(Pen pen, double x, double y) {
            this.pen = pen;
            this.x = x;
            this.y = y;
            this.yOut = y + 82;
            this.yCell = y + 152;
            this.yIn = y + 222;
        }

        void panel(String title, String example) {
            pen.panel(x, y, PW, PH, title);
            pen.note(example, x + PW / 2, y + PH - 16, 12.5, Align.CENTER);
        }

        double[] steps(int n, double gap) {
            return illustrated.diagram.Layout.spread(n, x + PW / 2, gap);
        }

        Node cell(double cx) {
            return cell(cx, 36);
        }

        Node cell(double cx, double w) {
            return pen.box(cx, yCell, w, 28, Role.HIDDEN);
        }

        Node input(double cx, Node cell, String word) {
            Node in = pen.vector(cx, yIn, 1, 20, true, Role.INPUT);
            pen.arrow(in, cell, Role.INPUT);
            pen.text(word, cx, yIn + 24, 12, Align.CENTER, Role.INPUT);
            return in;
        }

        Node output(double cx, Node cell, String word) {
            Node out = pen.vector(cx, yOut, 1, 20, true, Role.OUTPUT);
            pen.arrow(cell, out, Role.HIDDEN);
            pen.text(word, cx, yOut - 22, 12, Align.CENTER, Role.OUTPUT);
            return out;
        }

        void recur(Node a, Node b) {
            pen.arrow(a, b, Role.HIDDEN);
        }
    }
}
