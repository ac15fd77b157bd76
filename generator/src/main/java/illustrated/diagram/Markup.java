package illustrated.diagram;

import illustrated.chart.Theme;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose notation of {@link MathText}: words with {@code $...$} math, as the geometry sketches
 * write their sentences ({@code "spikes: corners, at distance $√{D}$/2"}).
 *
 * <p>Outside {@code $...$} the text is set in the body font, blanks kept. Inside, Latin and Greek
 * letters are math italic and everything else upright, as TeX does; {@code ^x} / {@code ^{..}} raise,
 * {@code _x} / {@code _{..}} lower, and {@code √{..}} draws a radical with its bar over the radicand.
 * Runs of the same style are set as one string each.
 */
final class Markup {
    /** Script size relative to the base size. */
    private static final float SCRIPT = 0.7f;

    record Run(String text, boolean math, int level, boolean overline) { }

    private Markup() {
    }

    /** Sets {@code runs} from {@code x0} with the baseline at {@code y}; draws when {@code g} is not null. */
    static double set(List<Run> runs, Theme theme, float size, FontRenderContext frc, Graphics2D g, double x0,
            double y, Rectangle2D.Double ink) {
        double cx = x0;
        for (Run r : runs) {
            Font f = font(theme, size, r);
            double w = f.getStringBounds(r.text, frc).getWidth();
            float adv = (float) w;
            if (g != null) {
                double dy = r.level > 0 ? -0.38 * size : r.level < 0 ? 0.22 * size : 0;
                g.setFont(f);
                // SVG collapses leading and trailing blanks, so place the trimmed text by hand
                String core = r.text.strip();
                if (!core.isEmpty()) {
                    double lead = f.getStringBounds(r.text.substring(0, r.text.indexOf(core.charAt(0))), frc).getWidth();
                    g.drawString(core, (float) (cx + lead), (float) (y + dy));
                    LabelBoxes.ink(ink, f, core, frc, cx + lead, y + dy);
                }
                if (r.overline) {
                    Stroke old = g.getStroke();
                    g.setStroke(new BasicStroke(size * 0.06f));
                    double top = y - 0.80 * size;
                    g.draw(new Line2D.Double(cx - 0.5, top, cx + adv + 0.5, top));
                    g.setStroke(old);
                }
            }
            // measuring adds the exact advance, drawing the float one (what the sketches were laid out with)
            cx += g == null ? w : adv;
        }
        return cx - x0;
    }

    private static Font font(Theme theme, float size, Run r) {
        float s = r.level == 0 ? size : size * SCRIPT;
        return r.math ? theme.mathFont(s) : theme.font(s);
    }

    static List<Run> parse(String markup) {
        List<Run> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if (c != '$') {
                plain.append(c);
                i++;
                continue;
            }
            flush(out, plain);
            int close = markup.indexOf('$', i + 1);
            if (close < 0) {
                throw new IllegalArgumentException("label '" + markup + "' has an unclosed '$' at " + i);
            }
            math(out, markup, markup.substring(i + 1, close), 0, false);
            i = close + 1;
        }
        flush(out, plain);
        return merge(out);
    }

    /** Math mode: letters italic, the rest upright; ^, _ and √ take one character or a {group}. */
    private static void math(List<Run> out, String whole, String m, int level, boolean overline) {
        int i = 0;
        while (i < m.length()) {
            char c = m.charAt(i);
            if ((c == '^' || c == '_' || c == '\u221A') && i + 1 < m.length()) {
                String group = group(whole, m, i + 1);
                int next = i + 1 + (m.charAt(i + 1) == '{' ? group.length() + 2 : 1);
                if (c == '\u221A') {
                    out.add(new Run("\u221A", false, level, overline));
                    math(out, whole, group, level, true);
                } else {
                    math(out, whole, group, c == '^' ? 1 : -1, overline);
                }
                i = next;
                continue;
            }
            boolean italic = Character.isLetter(c) && (c < 0x80 || (c >= 0x3B1 && c <= 0x3F5));
            out.add(new Run(String.valueOf(c), italic, level, overline));
            i++;
        }
    }

    /** The single character or the brace-balanced {group} starting at {@code at}. */
    private static String group(String whole, String s, int at) {
        if (s.charAt(at) != '{') {
            return String.valueOf(s.charAt(at));
        }
        int depth = 0;
        for (int k = at; k < s.length(); k++) {
            if (s.charAt(k) == '{') {
                depth++;
            } else if (s.charAt(k) == '}' && --depth == 0) {
                return s.substring(at + 1, k);
            }
        }
        throw new IllegalArgumentException("label '" + whole + "' has an unclosed '{'");
    }

    private static void flush(List<Run> out, StringBuilder sb) {
        if (sb.length() > 0) {
            out.add(new Run(sb.toString(), false, 0, false));
            sb.setLength(0);
        }
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty()) {
                Run p = out.get(out.size() - 1);
                if (p.math == r.math && p.level == r.level && p.overline == r.overline) {
                    out.set(out.size() - 1, new Run(p.text + r.text, p.math, p.level, p.overline));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }
}
