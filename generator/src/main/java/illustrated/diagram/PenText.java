package illustrated.diagram;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen.Align;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The lettering half of {@link Pen}: every word and label of a diagram is set here, through the one
 * typesetter {@link MathText}, in the theme's KaTeX fonts. Two notations: TeX ({@link #math},
 * {@code "h^{(t)}"}) for the network diagrams' symbols, prose with {@code $...$} math ({@link #label},
 * {@code "radius $r$ − $ε$"}) for the geometry sketches' sentences; plain {@link #text} for words only.
 */
abstract sealed class PenText permits Pen {
    final Graphics2D g;
    final Theme theme;

    PenText(Graphics2D g, Theme theme) {
        this.g = g;
        this.theme = theme;
    }

    /** Plain upright text (sentences, task names) centred vertically on {@code y}. */
    public double text(String s, double x, double y, double size, Align align, Role role) {
        g.setFont(theme.font((float) size));
        return drawString(s, x, y, size, align, role);
    }

    /** Bold upright text. */
    public double boldText(String s, double x, double y, double size, Align align, Role role) {
        g.setFont(bold(size));
        return drawString(s, x, y, size, align, role);
    }

    /** Italic-free secondary text in {@link Role#MUTED}, e.g. notes under a diagram. */
    public double note(String s, double x, double y, double size, Align align) {
        return text(s, x, y, size, align, Role.MUTED);
    }

    /** A math label in TeX notation (see {@link MathText}) centred vertically on {@code y}; returns its width. */
    public double math(String tex, double x, double y, double size, Align align, Role role) {
        MathText m = MathText.parse(tex);
        double w = m.width(theme, size);
        g.setPaint(role.color());
        m.drawAtBaseline(g, theme, left(x, w, align), MathText.baselineFor(y, size), size);
        return w;
    }

    /** Width of a math label at {@code size}, for layout. */
    public double mathWidth(String tex, double size) {
        return MathText.parse(tex).width(theme, size);
    }

    /** Width of plain text at {@code size}, for layout. */
    public double textWidth(String s, double size) {
        return theme.font((float) size).getStringBounds(s, g.getFontRenderContext()).getWidth();
    }

    /**
     * A label in prose notation ({@code "share of the ball, $ε$/$r$"}, see {@link MathText#prose}) with its
     * baseline at {@code baseline}, in the current paint; returns its width.
     */
    public double label(String prose, double x, double baseline, float size, Align align) {
        MathText m = MathText.prose(prose);
        double w = m.width(g.getFontRenderContext(), theme, size);
        m.drawAtBaseline(g, theme, left(x, w, align), baseline, size);
        return w;
    }

    /** A prose label centred on ({@code x}, {@code y}) (vertically on its x-height), in the current paint. */
    public double labelCentred(String prose, double x, double y, float size) {
        return label(prose, x, y + 0.33 * size, size, Align.CENTER);
    }

    /** A centred prose label on a soft paper-coloured box, so that it stays legible over lines. */
    public void labelOnPaper(String prose, double x, double y, float size) {
        double w = labelWidth(prose, size);
        Color old = g.getColor();
        g.setColor(Role.PAPER.color(225));
        g.fill(new RoundRectangle2D.Double(x - w / 2 - 4, y - 0.62 * size, w + 8, 1.24 * size, 6, 6));
        g.setColor(old);
        labelCentred(prose, x, y, size);
    }

    /** Width of a prose label at {@code size}, for layout. */
    public double labelWidth(String prose, double size) {
        return MathText.prose(prose).width(g.getFontRenderContext(), theme, size);
    }

    /**
     * The bold face flagged as bold: the KaTeX bold file loads as a "plain" font, and the SVG needs
     * {@code font-weight: bold} so that the page picks KaTeX_Main's bold face.
     */
    final Font bold(double size) {
        return theme.boldFont((float) size).deriveFont(Font.BOLD);
    }

    /** Draws {@code s} in the current font with its left end at {@code x} and baseline at {@code baseline}. */
    final void plain(String s, double x, double baseline) {
        g.drawString(s, (float) x, (float) baseline);
        Rectangle2D.Double ink = LabelBoxes.start();
        LabelBoxes.ink(ink, g.getFont(), s, g.getFontRenderContext(), (float) x, (float) baseline);
        LabelBoxes.finish(g, s, ink);
    }

    private double drawString(String s, double x, double y, double size, Align align, Role role) {
        double w = g.getFont().getStringBounds(s, g.getFontRenderContext()).getWidth();
        g.setPaint(role.color());
        plain(s, left(x, w, align), MathText.baselineFor(y, size));
        return w;
    }

    private static double left(double x, double w, Align align) {
        return switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
    }
}
