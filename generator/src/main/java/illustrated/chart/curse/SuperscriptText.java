package illustrated.chart.curse;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a line of text in which {@code ^{...}} marks a superscript, e.g. {@code "sin^{D−2} θ"}:
 * the marked part is drawn smaller and raised. For legends and headings painted with Java2D.
 */
public final class SuperscriptText {
    private SuperscriptText() {
    }

    /** One run of text, raised or not. */
    record Run(String text, boolean sup) {
    }

    static List<Run> parse(String s) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf("^{", i);
            if (open < 0) {
                runs.add(new Run(s.substring(i), false));
                break;
            }
            int close = s.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed ^{ in \"" + s + "\" at " + open);
            }
            if (open > i) {
                runs.add(new Run(s.substring(i, open), false));
            }
            runs.add(new Run(s.substring(open + 2, close), true));
            i = close + 1;
        }
        return runs;
    }

    /** Width of {@code s} in {@code font}. */
    public static double width(Graphics2D g, Font font, String s) {
        double w = 0;
        for (Run r : parse(s)) {
            Font f = r.sup() ? font.deriveFont(font.getSize2D() * 0.72f) : font;
            w += g.getFontMetrics(f).getStringBounds(r.text(), g).getWidth();
        }
        return w;
    }

    /** Draws {@code s} with its baseline at ({@code x}, {@code y}) in the current paint. */
    public static void draw(Graphics2D g, Font font, String s, double x, double y) {
        double cx = x;
        for (Run r : parse(s)) {
            Font f = r.sup() ? font.deriveFont(font.getSize2D() * 0.72f) : font;
            double dy = r.sup() ? -font.getSize2D() * 0.38 : 0;
            g.setFont(f);
            g.drawString(r.text(), (float) cx, (float) (y + dy));
            cx += g.getFontMetrics(f).getStringBounds(r.text(), g).getWidth();
        }
        g.setFont(font);
    }
}
