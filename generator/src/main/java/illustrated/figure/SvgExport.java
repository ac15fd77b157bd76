package illustrated.figure;

import illustrated.chart.Theme;
import illustrated.chart.SvgSlimmer;
import illustrated.chart.Charts;
import illustrated.chart.svg.ColourVariables;
import illustrated.chart.svg.SvgOptimiser;

import illustrated.simulation.Dataset;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a figure to a deterministic, self-contained SVG string.
 *
 * <p>Determinism: a fixed per-figure {@code defsKeyPrefix} (JFreeSVG's default uses
 * {@code nanoTime}), coordinates rounded to one decimal (a tenth of a CSS pixel), {@link Locale#ROOT} number formatting, the
 * font from the KaTeX webjar and no timestamps. Theme colours are rewritten to CSS custom properties
 * with the light colour as fallback, so the SVG works alone and follows the page's dark mode inline
 * ({@link ColourVariables}, the last rule of {@link SvgOptimiser}, which first merges JFreeSVG's
 * one-element-per-call output into few paths).
 */
public final class SvgExport {
    /** The theme's roles as the slimmer's palette: each role's light colour becomes its CSS variable. */
    private static final ColourVariables THEME_COLOURS = new ColourVariables(Theme.lightPalette());

    static {
        // JFreeChart draws rotated text (vertical axis labels) through a TextLayout by default, which
        // JFreeSVG writes as glyph outlines (15 kB per label); plain drawString gives a <text> element.
        // A fixed library setting, the same for every figure: no order or state dependence.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private SvgExport() {
    }

    /** Provenance written into the SVG's {@code <metadata>} (already JSON). */
    public static String export(FigureSpec spec, Dataset data, Theme theme, String provenanceJson) {
        return draw(spec, data, theme, provenanceJson, spec.id(), spec.width(), spec.height(), g -> {
            switch (spec.kind()) {
                case CHART -> drawChart(spec.chartMaker(), g, data, theme, spec.width(), spec.height());
                case DIAGRAM -> spec.painter().paint(g, data, theme);
                case VALUES -> throw new IllegalArgumentException("figure '" + spec.id() + "' has no picture");
            }
        });
    }

    /** A chart of {@code maker}, finished in the theme, drawn {@code width x height} from the origin. */
    static void drawChart(ChartMaker maker, java.awt.Graphics2D g, Dataset data, Theme theme, int width, int height) {
        JFreeChart chart = maker.chart(data, theme);
        Charts.finish(chart, theme);
        chart.draw(g, new Rectangle(0, 0, width, height));
    }

    /**
     * The figure's narrow layout ({@link FigureSpec#narrow()}), drawn and slimmed as the wide one; its ids
     * (defs, title, description, the element's own) start with {@link #narrowPrefix}, so that both
     * renderings can be inline on one page. No provenance: the wide rendering carries it.
     */
    public static String exportNarrow(FigureSpec spec, Dataset data, Theme theme) {
        FigureSpec.Narrow n = spec.narrow();
        if (n == null) {
            throw new IllegalArgumentException("figure '" + spec.id() + "' has no narrow layout");
        }
        return draw(spec, data, theme, null, narrowPrefix(spec.id()), n.width(), n.height(),
                g -> n.painter().paint(g, data, theme));
    }

    /** The prefix of every id in a figure's narrow rendering: fixed, and never a prefix of the wide one's ids. */
    public static String narrowPrefix(String id) {
        return id + "-narrow";
    }

    private static String draw(FigureSpec spec, Dataset data, Theme theme, String provenanceJson, String prefix,
            int width, int height, java.util.function.Consumer<SVGGraphics2D> paint) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(prefix + "-");
        g.setGeomDoubleConverter(SvgSlimmer::round);
        g.setTransformDoubleConverter(SvgSlimmer::round);
        g.setFontFunction(family -> family.startsWith("KaTeX") ? family + ", serif" : family);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFont(theme.font(14f));
        paint.accept(g);
        String body = g.getSVGElement(prefix + "-svg", false, new org.jfree.svg.ViewBox(0, 0, width, height), null,
                null);
        return decorate(SvgOptimiser.slim(body, THEME_COLOURS), spec, data, prefix, provenanceJson);
    }

    private static String decorate(String s, FigureSpec spec, Dataset data, String prefix, String provenanceJson) {
        int close = s.indexOf('>');
        String open = s.substring(0, close);
        String rest = s.substring(close + 1);
        String titleId = prefix + "-title";
        String descId = prefix + "-desc";
        StringBuilder out = new StringBuilder(s.length() + 1024);
        out.append(open)
                .append(" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId).append('"')
                .append(" class=\"figure-svg\" font-family=\"KaTeX_Main, serif\">")
                .append("<title id=\"").append(titleId).append("\">").append(escape(spec.title())).append("</title>")
                .append("<desc id=\"").append(descId).append("\">").append(escape(spec.description(data)))
                .append("</desc>");
        if (provenanceJson != null) {
            out.append("<metadata id=\"").append(spec.id()).append("-provenance\">")
                    .append(escape(provenanceJson)).append("</metadata>");
        }
        out.append(rest);
        String result = out.toString();
        if (!result.endsWith("\n")) {
            result += "\n";
        }
        return result;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
