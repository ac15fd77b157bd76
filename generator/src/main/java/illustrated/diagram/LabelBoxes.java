package illustrated.diagram;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the labels of a diagram lie: while {@link #of} runs a painter on this thread, every label the
 * {@link Pen} (through {@link MathText}) draws reports the box of its ink, in page coordinates. Tests
 * use it to check that no two labels collide; when nothing records, drawing pays one thread-local read.
 */
public final class LabelBoxes {
    /** One drawn label: its text as written and the bounding box of its glyphs' ink. */
    public record Label(String text, Rectangle2D box) { }

    /** What {@link #of} returns: the painter's result and the labels it drew. */
    public record Recorded<T>(T result, List<Label> labels) { }

    private static final ThreadLocal<List<Label>> OPEN = new ThreadLocal<>();

    private LabelBoxes() {
    }

    /** Runs {@code paint} on this thread and collects the box of every label it draws. */
    public static <T> Recorded<T> of(Supplier<T> paint) {
        List<Label> previous = OPEN.get();
        List<Label> labels = new ArrayList<>();
        OPEN.set(labels);
        try {
            return new Recorded<>(paint.get(), List.copyOf(labels));
        } finally {
            OPEN.set(previous);
        }
    }

    static boolean recording() {
        return OPEN.get() != null;
    }

    /** A fresh ink accumulator while recording, else null (so that measuring costs nothing). */
    static Rectangle2D.Double start() {
        return recording() ? new Rectangle2D.Double(0, 0, -1, -1) : null;
    }

    /** Adds the ink of {@code s} set in {@code f} with its baseline origin at (x, y) to {@code acc}. */
    static void ink(Rectangle2D.Double acc, Font f, String s, FontRenderContext frc, double x, double y) {
        if (acc == null || s.isEmpty()) {
            return;
        }
        Rectangle2D b = f.createGlyphVector(frc, s).getVisualBounds();
        Rectangle2D.Double at = new Rectangle2D.Double(b.getX() + x, b.getY() + y, b.getWidth(), b.getHeight());
        if (acc.isEmpty()) {
            acc.setRect(at);
        } else if (!at.isEmpty()) {
            acc.add(at);
        }
    }

    /** Reports a finished label's ink (in {@code g}'s user space) as a box on the page. */
    static void finish(Graphics2D g, String text, Rectangle2D.Double acc) {
        List<Label> open = OPEN.get();
        if (open != null && acc != null && !acc.isEmpty()) {
            open.add(new Label(text, g.getTransform().createTransformedShape(acc).getBounds2D()));
        }
    }
}
