package illustrated.chart;

import illustrated.format.Decimal;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The typesetter of chart text. A label may carry a little markup: {@code ^{…}} raises its part
 * (e.g. {@code "sin^{D−2} θ"}), {@code _{…}} lowers it (e.g. {@code "x_{1}"}). The body font lacks
 * Greek letters and sub- and superscript digits, so these cannot be typed as Unicode. The same markup
 * is set two ways: as an {@link AttributedString} for JFreeChart axis labels ({@link #rich}), and drawn
 * with Java2D for legends and headings that a painter lays out itself ({@link #draw}, {@link #width}).
 * Numbers in chart text: {@link #ticks} (tick formats), {@link #plainSci} and {@link #sci}.
 */
public final class Labels {
    /** Letters drawn in the math-italic font by {@link #rich} (the body font has no Greek). */
    private static final String MATH_LETTERS = "αβγδεηθλμπρστφψωΔΣ";

    private Labels() {
    }

    /** Where a run of text sits: on the baseline, raised or lowered. */
    enum Shift { NONE, SUP, SUB }

    /** One run of text. */
    record Run(String text, Shift shift) {
    }

    /** The runs of {@code s}: plain text and the insides of {@code ^{…}} and {@code _{…}}. */
    static List<Run> parse(String s) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int open = markup(s, i);
            if (open < 0) {
                runs.add(new Run(s.substring(i), Shift.NONE));
                break;
            }
            int close = s.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed " + s.substring(open, open + 2) + " in label \"" + s
                        + "\" at " + open);
            }
            if (open > i) {
                runs.add(new Run(s.substring(i, open), Shift.NONE));
            }
            runs.add(new Run(s.substring(open + 2, close), s.charAt(open) == '^' ? Shift.SUP : Shift.SUB));
            i = close + 1;
        }
        return runs;
    }

    private static int markup(String s, int from) {
        int sup = s.indexOf("^{", from);
        int sub = s.indexOf("_{", from);
        return sup < 0 ? sub : sub < 0 ? sup : Math.min(sup, sub);
    }

    /** {@code s} without its markup (the text of the runs, one after another). */
    public static String plainText(String s) {
        StringBuilder b = new StringBuilder();
        for (Run r : parse(s)) {
            b.append(r.text());
        }
        return b.toString();
    }

    /**
     * {@code s} as an axis label in the body font at {@code size} and the text colour: raised and
     * lowered runs are set with {@link TextAttribute#SUPERSCRIPT} (a single letter in math italic), and
     * Greek letters in the math-italic font.
     */
    public static AttributedString rich(Theme t, float size, String s) {
        StringBuilder text = new StringBuilder();
        List<Object[]> fonts = new ArrayList<>(); // {start, end, font}
        for (Run r : parse(s)) {
            if (r.shift() == Shift.NONE) {
                for (char ch : r.text().toCharArray()) {
                    int start = text.length();
                    text.append(ch);
                    if (MATH_LETTERS.indexOf(ch) >= 0) {
                        fonts.add(new Object[] {start, start + 1, t.mathFont(size)});
                    }
                }
            } else {
                String inner = r.text();
                int start = text.length();
                text.append(inner);
                boolean letter = inner.length() == 1 && Character.isLetter(inner.charAt(0));
                // the FONT attribute overrides every other font attribute: put the shift into the font
                Font base = letter ? t.mathFont(size) : t.font(size);
                fonts.add(new Object[] {start, text.length(), base.deriveFont(Map.of(TextAttribute.SUPERSCRIPT,
                        r.shift() == Shift.SUB ? TextAttribute.SUPERSCRIPT_SUB : TextAttribute.SUPERSCRIPT_SUPER))});
            }
        }
        AttributedString a = new AttributedString(text.toString());
        a.addAttribute(TextAttribute.FONT, t.font(size));
        a.addAttribute(TextAttribute.FOREGROUND, t.color(Theme.Role.FG));
        for (Object[] r : fonts) {
            a.addAttribute(TextAttribute.FONT, r[2], (int) r[0], (int) r[1]);
        }
        return a;
    }

    /** {@code text} in {@code font}, the characters from {@code superscriptFrom} on raised as an exponent. */
    static AttributedString pinned(String text, int superscriptFrom, Font font) {
        AttributedString as = new AttributedString(text);
        if (text.isEmpty()) {
            return as;
        }
        int split = superscriptFrom <= 0 ? text.length() : superscriptFrom;
        as.addAttribute(TextAttribute.FONT, font, 0, split);
        if (split < text.length()) {
            Font sup = font.deriveFont(Map.of(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER));
            as.addAttribute(TextAttribute.FONT, sup, split, text.length());
        }
        return as;
    }

    /** Width of {@code s} (with markup) in {@code font}, as {@link #draw} sets it. */
    public static double width(Graphics2D g, Font font, String s) {
        double w = 0;
        for (Run r : parse(s)) {
            w += g.getFontMetrics(font(font, r)).getStringBounds(r.text(), g).getWidth();
        }
        return w;
    }

    /**
     * Draws {@code s} (with markup) with its baseline at ({@code x}, {@code y}) in the current paint:
     * raised and lowered runs smaller and shifted. Leaves {@code font} set.
     */
    public static void draw(Graphics2D g, Font font, String s, double x, double y) {
        double cx = x;
        for (Run r : parse(s)) {
            Font f = font(font, r);
            double dy = r.shift() == Shift.SUP ? -font.getSize2D() * 0.38
                    : r.shift() == Shift.SUB ? font.getSize2D() * 0.2 : 0;
            g.setFont(f);
            g.drawString(r.text(), (float) cx, (float) (y + dy));
            cx += g.getFontMetrics(f).getStringBounds(r.text(), g).getWidth();
        }
        g.setFont(font);
    }

    private static Font font(Font font, Run r) {
        return r.shift() != Shift.NONE ? font.deriveFont(font.getSize2D() * 0.72f) : font;
    }

    /** Tick labels with a real minus sign (U+2212) and Locale.ROOT digits. */
    public static NumberFormat ticks(String pattern) {
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
        sym.setMinusSign('\u2212');
        return new DecimalFormat(pattern, sym);
    }

    /** Plain numbers with thousands separators, Locale.ROOT digits and an ASCII minus (1, 0.5, 1,000). */
    public static NumberFormat plain() {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** 1e-6 as "1e−6" (no zero padding, a real minus sign) for text inside charts. */
    public static String plainSci(double v) {
        String s = Decimal.format("%.0e", v);
        return s.replaceAll("e([+-])0*(\\d)", "e$1$2").replace("e+", "e").replace('-', '\u2212');
    }

    /** "3.1e-09" as "3.1 × 10⁻⁹"; text that is not such a number is returned as it is. */
    public static String sci(String s) {
        if (!s.matches("-?[0-9.]+([eE][-+]?[0-9]+)?")) {
            return s; // already typeset (Value.formatted does this for quoted values)
        }
        if (Double.parseDouble(s) == 0) {
            return "0";
        }
        String[] p = s.split("e");
        if (p.length != 2) {
            return s;
        }
        int exp = Integer.parseInt(p[1]);
        return p[0] + " \u00d7 10" + superscript(exp);
    }

    private static String superscript(int n) {
        String digits = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder sb = new StringBuilder(n < 0 ? "\u207b" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }
}
