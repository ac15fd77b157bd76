package illustrated.diagram.curse;

import illustrated.chart.Theme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Small drawing vocabulary shared by the curse-of-dimensionality diagrams: labels with a little
 * math markup, arrows, dimension lines and right-angle marks.
 *
 * <p>Label markup: text outside {@code $...$} is set in the body font. Inside {@code $...$}, Latin
 * and Greek letters are set in the math-italic font and everything else upright, as TeX does;
 * {@code ^x} / {@code ^{..}} raise, {@code _x} / {@code _{..}} lower, and {@code √{..}} draws a
 * radical with its bar over the radicand.
 */
public final class Pen {
    /** Horizontal anchor of a label. */
    public enum Align { LEFT, CENTER, RIGHT }

    private Pen() {
    }

    private record Run(String text, boolean math, int level, boolean overline) { }

    /** Draws {@code markup} with its baseline at {@code y}; returns the width drawn. */
    public static double label(Graphics2D g, Theme theme, float size, String markup, double x, double y, Align align) {
        List<Run> runs = parse(markup);
        double w = width(g, theme, size, runs);
        double x0 = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        double cx = x0;
        for (Run r : runs) {
            Font f = font(theme, size, r);
            double dy = r.level > 0 ? -0.38 * size : r.level < 0 ? 0.22 * size : 0;
            g.setFont(f);
            float adv = (float) advance(g, f, r.text);
            // SVG collapses leading and trailing blanks, so place the trimmed text by hand
            String core = r.text.strip();
            if (!core.isEmpty()) {
                double lead = advance(g, f, r.text.substring(0, r.text.indexOf(core.charAt(0))));
                g.drawString(core, (float) (cx + lead), (float) (y + dy));
            }
            if (r.overline) {
                Stroke old = g.getStroke();
                g.setStroke(new BasicStroke(size * 0.06f));
                double top = y - 0.80 * size;
                g.draw(new Line2D.Double(cx - 0.5, top, cx + adv + 0.5, top));
                g.setStroke(old);
            }
            cx += adv;
        }
        return w;
    }

    /** Draws a label centred on {@code (x, y)} (vertically on its x-height). */
    public static double labelCentred(Graphics2D g, Theme theme, float size, String markup, double x, double y) {
        return label(g, theme, size, markup, x, y + 0.33 * size, Align.CENTER);
    }

    /** Draws a label on a soft paper-coloured box so it stays legible over lines. */
    public static void labelOnPaper(Graphics2D g, Theme theme, float size, String markup, double x, double y) {
        double w = width(g, theme, size, parse(markup));
        Color old = g.getColor();
        g.setColor(Theme.Role.PAPER.color(225));
        g.fill(new java.awt.geom.RoundRectangle2D.Double(x - w / 2 - 4, y - 0.62 * size, w + 8, 1.24 * size, 6, 6));
        g.setColor(old);
        labelCentred(g, theme, size, markup, x, y);
    }

    /** Width of a label without drawing it. */
    public static double width(Graphics2D g, Theme theme, float size, String markup) {
        return width(g, theme, size, parse(markup));
    }

    private static double width(Graphics2D g, Theme theme, float size, List<Run> runs) {
        double w = 0;
        for (Run r : runs) {
            w += advance(g, font(theme, size, r), r.text);
        }
        return w;
    }

    private static double advance(Graphics2D g, Font f, String s) {
        FontRenderContext frc = g.getFontRenderContext();
        return f.getStringBounds(s, frc).getWidth();
    }

    private static Font font(Theme theme, float size, Run r) {
        float s = r.level == 0 ? size : size * 0.7f;
        return r.math ? theme.mathFont(s) : theme.font(s);
    }

    private static List<Run> parse(String markup) {
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
            flush(out, plain, false, 0, false);
            int close = markup.indexOf('$', i + 1);
            if (close < 0) {
                throw new IllegalArgumentException("label '" + markup + "' has an unclosed '$' at " + i);
            }
            math(out, markup, markup.substring(i + 1, close), 0, false);
            i = close + 1;
        }
        flush(out, plain, false, 0, false);
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

    private static void flush(List<Run> out, StringBuilder sb, boolean math, int level, boolean overline) {
        if (sb.length() > 0) {
            out.add(new Run(sb.toString(), math, level, overline));
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

    /** A straight arrow from (x1, y1) to (x2, y2) with a filled head of length {@code head}. */
    public static void arrow(Graphics2D g, double x1, double y1, double x2, double y2, double head) {
        double a = StrictMath.atan2(y2 - y1, x2 - x1);
        double bx = x2 - head * 0.8 * StrictMath.cos(a);
        double by = y2 - head * 0.8 * StrictMath.sin(a);
        g.draw(new Line2D.Double(x1, y1, bx, by));
        arrowHead(g, x2, y2, a, head);
    }

    /** A filled arrow head with its tip at (x, y), pointing along {@code angle} (radians, screen). */
    public static void arrowHead(Graphics2D g, double x, double y, double angle, double head) {
        Path2D p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x - head * StrictMath.cos(angle - 0.38), y - head * StrictMath.sin(angle - 0.38));
        p.lineTo(x - head * 0.7 * StrictMath.cos(angle), y - head * 0.7 * StrictMath.sin(angle));
        p.lineTo(x - head * StrictMath.cos(angle + 0.38), y - head * StrictMath.sin(angle + 0.38));
        p.closePath();
        g.fill(p);
    }

    /** A dimension line with arrow heads at both ends (for lengths such as 1, r or ε). */
    public static void dimension(Graphics2D g, double x1, double y1, double x2, double y2, double head) {
        double a = StrictMath.atan2(y2 - y1, x2 - x1);
        g.draw(new Line2D.Double(x1 + head * 0.7 * StrictMath.cos(a), y1 + head * 0.7 * StrictMath.sin(a),
                x2 - head * 0.7 * StrictMath.cos(a), y2 - head * 0.7 * StrictMath.sin(a)));
        arrowHead(g, x2, y2, a, head);
        arrowHead(g, x1, y1, a + Math.PI, head);
    }

    /** The little square that marks a right angle at (x, y) between directions a1 and a2 (radians). */
    public static void rightAngle(Graphics2D g, double x, double y, double a1, double a2, double size) {
        Path2D p = new Path2D.Double();
        p.moveTo(x + size * StrictMath.cos(a1), y + size * StrictMath.sin(a1));
        p.lineTo(x + size * (StrictMath.cos(a1) + StrictMath.cos(a2)), y + size * (StrictMath.sin(a1) + StrictMath.sin(a2)));
        p.lineTo(x + size * StrictMath.cos(a2), y + size * StrictMath.sin(a2));
        g.draw(p);
    }

    /** Fills the whole figure with the paper colour. */
    public static void paper(Graphics2D g, int width, int height) {
        g.setColor(Theme.Role.PAPER.color());
        g.fillRect(0, 0, width, height);
    }
}
