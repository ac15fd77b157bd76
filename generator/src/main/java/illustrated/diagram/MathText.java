package illustrated.diagram;

import illustrated.chart.Theme;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;

/**
 * The one typesetter of diagram labels, so that a label such as {@code h^{(t)}} in a diagram looks like
 * $h^{(t)}$ in the prose (KaTeX fonts in both). Two notations, one set of fonts and one drawing path
 * (which also reports each label's ink to {@link LabelBoxes}):
 * <ul>
 *   <li>{@link #parse}: TeX notation, the whole label is math (network diagrams' symbols; below);</li>
 *   <li>{@link #prose}: words with {@code $...$} math (the geometry sketches' sentences; see {@link Markup}).</li>
 * </ul>
 *
 * <p>What the TeX notation understands:
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

    /** The measuring context when no graphics is at hand. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final List<Atom> atoms;
    private final List<Markup.Run> runs;
    private final String source;

    private MathText(List<Atom> atoms, List<Markup.Run> runs, String source) {
        this.atoms = atoms == null ? null : List.copyOf(atoms);
        this.runs = runs == null ? null : List.copyOf(runs);
        this.source = source;
    }

    static MathText of(List<Atom> atoms, String source) {
        return new MathText(atoms, null, source);
    }

    /** Parses a label in TeX notation; throws {@link IllegalArgumentException} naming the label and position on an error. */
    public static MathText parse(String tex) {
        if (tex == null) {
            throw new IllegalArgumentException("label is null");
        }
        return of(new TexParser(tex).sequence(false), tex);
    }

    /**
     * Parses a label in prose notation: words in the body font with {@code $...$} math (see {@link Markup});
     * throws {@link IllegalArgumentException} on an unclosed {@code $} or brace.
     */
    public static MathText prose(String markup) {
        if (markup == null) {
            throw new IllegalArgumentException("label is null");
        }
        return new MathText(null, Markup.parse(markup), markup);
    }

    /** The label as written. */
    public String source() {
        return source;
    }

    List<Atom> atoms() {
        if (atoms == null) {
            throw new IllegalStateException(this + " is in prose notation");
        }
        return atoms;
    }

    /** Width in px at {@code size} px. */
    public double width(Theme theme, double size) {
        return width(MEASURE, theme, size);
    }

    /** Width in px at {@code size} px, measured in {@code frc}. */
    public double width(FontRenderContext frc, Theme theme, double size) {
        return runs != null ? Markup.set(runs, theme, (float) size, frc, null, 0, 0, null)
                : layout(theme, size, null, 0, 0, null);
    }

    /**
     * Draws the label with its left end at {@code x} and its baseline at {@code baseline}, in the
     * current paint of {@code g}; returns its width.
     */
    public double drawAtBaseline(Graphics2D g, Theme theme, double x, double baseline, double size) {
        Rectangle2D.Double ink = LabelBoxes.start();
        double w;
        if (runs != null) {
            FontRenderContext frc = g.getFontRenderContext();
            w = width(frc, theme, size);
            Markup.set(runs, theme, (float) size, frc, g, x, baseline, ink);
        } else {
            w = layout(theme, size, g, x, baseline, ink);
        }
        LabelBoxes.finish(g, source, ink);
        return w;
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

    private double layout(Theme theme, double size, Graphics2D g, double x0, double baseline, Rectangle2D.Double ink) {
        FontRenderContext frc = g != null ? g.getFontRenderContext() : MEASURE;
        double x = x0;
        for (Atom a : atoms) {
            double pad = a.text.length() == 1 && OPERATORS.contains(a.text) ? 0.22 * size : 0;
            x += pad + a.spaceEm * size;
            Font f = font(theme, a.style, size);
            double w = a.text.isEmpty() ? 0 : f.getStringBounds(a.text, frc).getWidth();
            if (g != null && !a.text.isEmpty()) {
                g.setFont(f);
                g.drawString(a.text, (float) x, (float) baseline);
                LabelBoxes.ink(ink, f, a.text, frc, x, baseline);
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
                        : a.sup.layout(theme, size * SCRIPT, g, x + slant, baseline - up, ink);
                scripts = Math.max(scripts, sw + slant);
            }
            if (a.sub != null) {
                double down = a.sup != null ? 0.28 * size : 0.20 * size;
                double sw = g == null ? a.sub.width(theme, size * SCRIPT)
                        : a.sub.layout(theme, size * SCRIPT, g, x, baseline + down, ink);
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
        TexParser.ITALIC_SYMBOLS.values().forEach(v -> m.put(v, Style.ITALIC));
        TexParser.UPRIGHT_SYMBOLS.values().forEach(v -> m.put(v, Style.UPRIGHT));
        m.put("\u2212", Style.UPRIGHT);
        return m;
    }

    @Override
    public String toString() {
        return "MathText[" + source + "]";
    }
}
