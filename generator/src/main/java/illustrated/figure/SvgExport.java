package illustrated.figure;

import illustrated.chart.Theme;
import illustrated.chart.SvgSlimmer;
import illustrated.chart.Charts;

import illustrated.format.Decimal;
import illustrated.figure.FigureSpec;
import illustrated.simulation.Dataset;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a figure to a deterministic, self-contained SVG string.
 *
 * <p>Determinism: a fixed per-figure {@code defsKeyPrefix} (JFreeSVG's default uses
 * {@code nanoTime}), coordinates rounded to one decimal (a tenth of a CSS pixel), {@link Locale#ROOT} number formatting, the
 * font from the KaTeX webjar and no timestamps. Theme colours are rewritten to CSS custom properties
 * with the light colour as fallback, so the SVG works alone and follows the page's dark mode inline.
 * {@link SvgSlimmer} first merges JFreeSVG's one-element-per-call output into few paths.
 */
public final class SvgExport {
    private static final Pattern RGB = Pattern.compile("rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})\\b");

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
        SVGGraphics2D g = new SVGGraphics2D(spec.width(), spec.height());
        g.setDefsKeyPrefix(spec.id() + "-");
        g.setGeomDoubleConverter(SvgSlimmer::round);
        g.setTransformDoubleConverter(SvgSlimmer::round);
        g.setFontFunction(family -> family.startsWith("KaTeX") ? family + ", serif" : family);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFont(theme.font(14f));
        switch (spec.kind()) {
            case CHART -> {
                JFreeChart chart = spec.chartMaker().chart(data, theme);
                Charts.finish(chart, theme);
                chart.draw(g, new Rectangle(0, 0, spec.width(), spec.height()));
            }
            case DIAGRAM -> spec.painter().paint(g, data, theme);
            case VALUES -> throw new IllegalArgumentException("figure '" + spec.id() + "' has no picture");
        }
        String body = g.getSVGElement(spec.id() + "-svg", false, new org.jfree.svg.ViewBox(0, 0, spec.width(),
                spec.height()), null, null);
        return decorate(SvgSlimmer.slim(body), spec, data, provenanceJson);
    }


    private static String decorate(String svg, FigureSpec spec, Dataset data, String provenanceJson) {
        String s = recolour(svg);
        int close = s.indexOf('>');
        String open = s.substring(0, close);
        String rest = s.substring(close + 1);
        String titleId = spec.id() + "-title";
        String descId = spec.id() + "-desc";
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

    /** Rewrites theme colours into CSS custom properties (light colour kept as fallback). */
    static String recolour(String svg) {
        Map<Integer, Theme.Role> byRgb = new java.util.HashMap<>();
        for (Theme.Role r : Theme.Role.values()) {
            byRgb.put(r.color().getRGB() & 0xFFFFFF, r);
        }
        Matcher h = HEX.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length());
        while (h.find()) {
            int rgb = Integer.parseInt(h.group(1), 16);
            Theme.Role role = byRgb.get(rgb);
            String repl = role == null ? h.group() : "var(" + role.cssName() + "," + role.hex() + ")";
            h.appendReplacement(sb, Matcher.quoteReplacement(repl));
        }
        h.appendTail(sb);
        String s = sb.toString();
        Matcher m = RGB.matcher(s);
        sb = new StringBuilder(s.length());
        while (m.find()) {
            int rgb = (Integer.parseInt(m.group(1)) << 16) | (Integer.parseInt(m.group(2)) << 8)
                    | Integer.parseInt(m.group(3));
            Theme.Role role = byRgb.get(rgb);
            String repl = role == null ? Decimal.format("#%06x", rgb)
                    : "var(" + role.cssName() + "," + role.hex() + ")";
            m.appendReplacement(sb, Matcher.quoteReplacement(repl));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
