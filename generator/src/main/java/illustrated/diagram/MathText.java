package illustrated.diagram;

import illustrated.chart.Theme;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tiny typesetter for diagram labels written in a TeX-like notation, so that a label such as
 * {@code h^{(t)}} in a diagram looks like $h^{(t)}$ in the prose (KaTeX fonts in both).
 *
 * <p>What it understands:
 * <ul>
 *   <li>Latin letters are math italic; digits, brackets and punctuation upright; spaces are ignored
 *       as in TeX ({@code \,} and {@code \quad} make space).</li>
 *   <li>{@code ^} and {@code _} with a single character or a {@code {group}}; both on one base stack.
 *       A prime {@code '} is a superscript, as in TeX.</li>
 *   <li>Greek and symbols: {@code \alpha \beta \gamma \delta \epsilon \eta \theta \lambda \mu \sigma \tau \phi
 *       \psi \omega \Delta \nabla \partial \odot \cdot \times \top \ast \ldots \infty \to \mapsto \in \bullet}.</li>
 *   <li>Upright function names: {@code \tanh \log \exp \diag \softmax \sin \cos}; {@code \mathrm{..}} and
 *       {@code \text{..}} for upright words, {@code \mathbf{..}} for bold.</li>
 *   <li>Accents: {@code \hat{y}}, {@code \bar{z}}, {@code \tilde{x}}.</li>
 * </ul>
 * A minus sign {@code -} becomes U+2212; {@code + - = \odot \times \to \mapsto} get operator spacing.
 * Anything else is an error that names the label and the position, so a typo cannot slip into a figure.
 */
public final class MathText {
    /** Script size relative to the base size. */
    static final double SCRIPT = 0.72;

    private static final Map<String, String> ITALIC_SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "\u03B1"), Map.entry("beta", "\u03B2"), Map.entry("gamma", "\u03B3"),
            Map.entry("delta", "\u03B4"), Map.entry("epsilon", "\u03B5"), Map.entry("eta", "\u03B7"),
            Map.entry("theta", "\u03B8"), Map.entry("lambda", "\u03BB"), Map.entry("mu", "\u03BC"),
            Map.entry("sigma", "\u03C3"), Map.entry("tau", "\u03C4"), Map.entry("phi", "\u03C6"),
            Map.entry("psi", "\u03C8"), Map.entry("omega", "\u03C9"));
    private static final Map<String, String> UPRIGHT_SYMBOLS = Map.ofEntries(
            Map.entry("Delta", "\u0394"), Map.entry("nabla", "\u2207"), Map.entry("partial", "\u2202"),
            Map.entry("odot", "\u2299"), Map.entry("cdot", "\u22C5"), Map.entry("times", "\u00D7"),
            Map.entry("top", "\u22A4"), Map.entry("ast", "\u2217"), Map.entry("ldots", "\u2026"),
            Map.entry("infty", "\u221E"), Map.entry("to", "\u2192"), Map.entry("mapsto", "\u21A6"),
            Map.entry("in", "\u2208"), Map.entry("colon", ":"), Map.entry("bullet", "\u2219"), Map.entry("approx", "\u2248"));
    private static final List<String> FUNCTIONS = List.of("tanh", "log", "exp", "diag", "softmax", "sin", "cos");
    private static final String OPERATORS = "+\u2212=\u2299\u00D7\u2192\u21A6\u2248\u2208";

    /** How a run of characters is set. */
    enum Style { ITALIC, UPRIGHT, BOLD }

    enum Accent { NONE, HAT, BAR, TILDE }

    /** One base glyph run with optional accent and scripts. */
    record Atom(String text, Style style, Accent accent, MathText sup, MathText sub, double spaceEm) {
        Atom withSup(MathText s) {
            return new Atom(text, style, accent, s, sub, spaceEm);
        }

        Atom withSub(MathText s) {
            return new Atom(text, style, accent, sup, s, spaceEm);
        }
    }

    private final List<Atom> atoms;
    private final String source;

    private MathText(List<Atom> atoms, String source) {
        this.atoms = List.copyOf(atoms);
        this.source = source;
    }

    /** Parses a label; throws {@link IllegalArgumentException} naming the label and position on an error. */
    public static MathText parse(String tex) {
        if (tex == null) {
            throw new IllegalArgumentException("label is null");
        }
        Parser p = new Parser(tex);
        List<Atom> list = p.sequence(false);
        return new MathText(list, tex);
    }

    /** The label as written. */
    public String source() {
        return source;
    }

    List<Atom> atoms() {
        return atoms;
    }

    /** Width in px at {@code size} px. */
    public double width(Theme theme, double size) {
        return layout(theme, size, null, 0, 0);
    }

    /**
     * Draws the label with its left end at {@code x} and its baseline at {@code baseline}, in the
     * current paint of {@code g}; returns the width drawn.
     */
    public double drawAtBaseline(Graphics2D g, Theme theme, double x, double baseline, double size) {
        return layout(theme, size, g, x, baseline);
    }

    /** Draws the label centred on ({@code cx}, {@code cy}); returns its width. */
    public double drawCentered(Graphics2D g, Theme theme, double cx, double cy, double size) {
        double w = width(theme, size);
        drawAtBaseline(g, theme, cx - w / 2, baselineFor(cy, size), size);
        return w;
    }

    /** The baseline that centres a line of text of {@code size} px vertically on {@code cy}. */
    public static double baselineFor(double cy, double size) {
        return cy + 0.33 * size;
    }

    private double layout(Theme theme, double size, Graphics2D g, double x0, double baseline) {
        FontRenderContext frc = g != null ? g.getFontRenderContext() : new FontRenderContext(null, true, true);
        double x = x0;
        for (Atom a : atoms) {
            double pad = a.text.length() == 1 && OPERATORS.contains(a.text) ? 0.22 * size : 0;
            x += pad + a.spaceEm * size;
            Font f = font(theme, a.style, size);
            double w = a.text.isEmpty() ? 0 : f.getStringBounds(a.text, frc).getWidth();
            if (g != null && !a.text.isEmpty()) {
                g.setFont(f);
                g.drawString(a.text, (float) x, (float) baseline);
                if (a.accent != Accent.NONE) {
                    drawAccent(g, a, x, w, baseline, size);
                }
            }
            x += w;
            double scripts = 0;
            double slant = a.style == Style.ITALIC ? 0.06 * size : 0;
            if (a.sup != null) {
                double up = a.sub != null ? 0.45 * size : 0.40 * size;
                double sw = g == null ? a.sup.width(theme, size * SCRIPT)
                        : a.sup.drawAtBaseline(g, theme, x + slant, baseline - up, size * SCRIPT);
                scripts = Math.max(scripts, sw + slant);
            }
            if (a.sub != null) {
                double down = a.sup != null ? 0.28 * size : 0.20 * size;
                double sw = g == null ? a.sub.width(theme, size * SCRIPT)
                        : a.sub.drawAtBaseline(g, theme, x, baseline + down, size * SCRIPT);
                scripts = Math.max(scripts, sw);
            }
            x += scripts + pad;
            if (a.text.equals(",") || a.text.equals(";")) {
                x += 0.17 * size; // TeX's thin space after punctuation
            }
        }
        return x - x0;
    }

    private static void drawAccent(Graphics2D g, Atom a, double x, double w, double baseline, double size) {
        double shift = a.style == Style.ITALIC ? 0.1 * size : 0;
        double cx = x + w / 2 + shift;
        double top = baseline - 0.52 * size - (Character.isUpperCase(a.text.charAt(0)) ? 0.2 * size : 0);
        java.awt.Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) Math.max(1.0, size / 16), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        switch (a.accent) {
            case HAT -> {
                Path2D p = new Path2D.Double();
                p.moveTo(cx - 0.2 * size, top - 0.08 * size);
                p.lineTo(cx, top - 0.24 * size);
                p.lineTo(cx + 0.2 * size, top - 0.08 * size);
                g.draw(p);
            }
            case BAR -> g.draw(new Line2D.Double(cx - 0.24 * size, top - 0.12 * size, cx + 0.24 * size,
                    top - 0.12 * size));
            case TILDE -> {
                Path2D p = new Path2D.Double();
                p.moveTo(cx - 0.22 * size, top - 0.08 * size);
                p.curveTo(cx - 0.1 * size, top - 0.26 * size, cx + 0.1 * size, top - 0.02 * size, cx + 0.22 * size,
                        top - 0.2 * size);
                g.draw(p);
            }
            default -> { }
        }
        g.setStroke(old);
    }

    static Font font(Theme theme, Style s, double size) {
        return switch (s) {
            case ITALIC -> theme.mathFont((float) size);
            case UPRIGHT -> theme.font((float) size);
            case BOLD -> theme.boldFont((float) size).deriveFont(Font.BOLD);
        };
    }

    /** All symbol characters the parser can produce, with the style they are set in (for font tests). */
    static Map<String, Style> symbolTable() {
        Map<String, Style> m = new java.util.TreeMap<>();
        ITALIC_SYMBOLS.values().forEach(v -> m.put(v, Style.ITALIC));
        UPRIGHT_SYMBOLS.values().forEach(v -> m.put(v, Style.UPRIGHT));
        m.put("\u2212", Style.UPRIGHT);
        return m;
    }

    @Override
    public String toString() {
        return "MathText[" + source + "]";
    }

    /** Recursive-descent parser over the label string. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        List<Atom> sequence(boolean inGroup) {
            List<Atom> out = new ArrayList<>();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '}') {
                    if (!inGroup) {
                        throw error("unbalanced '}'");
                    }
                    return out;
                }
                if (c == '^' || c == '_') {
                    i++;
                    if (out.isEmpty()) {
                        out.add(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0));
                    }
                    MathText arg = new MathText(argument(), s);
                    Atom last = out.remove(out.size() - 1);
                    if (c == '^') {
                        if (last.sup != null && !last.sup.atoms.stream().allMatch(x -> x.text.equals("\u2032"))) {
                            throw error("double superscript");
                        }
                        if (last.sup != null) {
                            List<Atom> both = new ArrayList<>(last.sup.atoms);
                            both.addAll(arg.atoms);
                            arg = new MathText(both, s);
                        }
                        out.add(last.withSup(arg));
                    } else {
                        if (last.sub != null) {
                            throw error("double subscript");
                        }
                        out.add(last.withSub(arg));
                    }
                    continue;
                }
                if (c == '\'') {
                    // as in TeX, a prime is a superscript (f' = f^{\prime}): the KaTeX glyph is drawn for
                    // script position, so set on the baseline it read as a slash ("σ/")
                    i++;
                    if (out.isEmpty()) {
                        out.add(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0));
                    }
                    Atom last = out.remove(out.size() - 1);
                    List<Atom> sup = new ArrayList<>();
                    sup.add(new Atom("\u2032", Style.UPRIGHT, Accent.NONE, null, null, 0));
                    if (last.sup != null) {
                        sup.addAll(last.sup.atoms);
                    }
                    out.add(last.withSup(new MathText(sup, s)));
                    continue;
                }
                out.addAll(atom());
            }
            if (inGroup) {
                throw error("missing '}'");
            }
            return out;
        }

        /** The argument of ^, _ or an accent: a {group} or one atom. */
        private List<Atom> argument() {
            if (i >= s.length()) {
                throw error("missing argument");
            }
            if (s.charAt(i) == '{') {
                i++;
                List<Atom> g = sequence(true);
                i++;
                return g;
            }
            return atom();
        }

        private List<Atom> atom() {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
                return List.of();
            }
            if (c == '{') {
                i++;
                List<Atom> g = sequence(true);
                i++;
                return g;
            }
            if (c == '\\') {
                return command();
            }
            i++;
            if (Character.isLetter(c) && c < 128) {
                return List.of(new Atom(String.valueOf(c), Style.ITALIC, Accent.NONE, null, null, 0));
            }
            String t = c == '-' ? "\u2212" : String.valueOf(c);
            return List.of(new Atom(t, Style.UPRIGHT, Accent.NONE, null, null, 0));
        }

        private List<Atom> command() {
            int start = i;
            i++;
            if (i < s.length() && !Character.isLetter(s.charAt(i))) {
                char c = s.charAt(i++);
                if (c == ',') {
                    return List.of(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0.17));
                }
                if (c == ' ') {
                    return List.of(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0.3));
                }
                if (c == '{' || c == '}' || c == '\\') {
                    return List.of(new Atom(String.valueOf(c), Style.UPRIGHT, Accent.NONE, null, null, 0));
                }
                i = start;
                throw error("unknown command '\\" + c + "'");
            }
            int nameStart = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String name = s.substring(nameStart, i);
            if (ITALIC_SYMBOLS.containsKey(name)) {
                return List.of(new Atom(ITALIC_SYMBOLS.get(name), Style.ITALIC, Accent.NONE, null, null, 0));
            }
            if (UPRIGHT_SYMBOLS.containsKey(name)) {
                return List.of(new Atom(UPRIGHT_SYMBOLS.get(name), Style.UPRIGHT, Accent.NONE, null, null, 0));
            }
            if (FUNCTIONS.contains(name)) {
                return List.of(new Atom(name, Style.UPRIGHT, Accent.NONE, null, null, 0),
                        new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0.17));
            }
            switch (name) {
                case "quad" -> {
                    return List.of(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 1.0));
                }
                case "hat", "bar", "tilde" -> {
                    Accent acc = name.equals("hat") ? Accent.HAT : name.equals("bar") ? Accent.BAR : Accent.TILDE;
                    List<Atom> arg = argument();
                    if (arg.size() != 1) {
                        throw error("\\" + name + " takes exactly one symbol");
                    }
                    Atom a = arg.get(0);
                    return List.of(new Atom(a.text, a.style, acc, a.sup, a.sub, a.spaceEm));
                }
                case "mathrm", "text", "mathbf" -> {
                    Style st = name.equals("mathbf") ? Style.BOLD : Style.UPRIGHT;
                    String word = rawGroup();
                    return List.of(new Atom(word, st, Accent.NONE, null, null, 0));
                }
                default -> {
                    i = start;
                    throw error("unknown command '\\" + name + "'");
                }
            }
        }

        /** The literal text of a {group} (no nesting), for \mathrm and friends. */
        private String rawGroup() {
            if (i >= s.length() || s.charAt(i) != '{') {
                throw error("expected '{'");
            }
            int close = s.indexOf('}', i);
            if (close < 0) {
                throw error("missing '}'");
            }
            String word = s.substring(i + 1, close);
            i = close + 1;
            return word;
        }

        private IllegalArgumentException error(String why) {
            return new IllegalArgumentException("label '" + s + "' at position " + i + ": " + why);
        }
    }
}
