package illustrated.chart.svg;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that touch no geometry: style attributes written shorter, and a {@code <text>} alone in a
 * bare {@code <g>} taken out of it.
 */
final class Styles {
    private static final Pattern LONG_DECIMAL = Pattern.compile("(?<![0-9.])([0-9]+\\.[0-9]{4,})(?![0-9])");
    private static final Pattern DEFAULT_OPACITY =
            Pattern.compile("(?:^|;)\\s*(?:fill|stroke)-opacity:\\s*1(?:\\.0+)?\\s*(?=;|$)");
    private static final Pattern TRAILING_ZERO = Pattern.compile("(?<=[:, ])([0-9]+)\\.0(?![0-9])");
    /** The family the root element carries ({@code figure.SvgExport}): text inherits it. */
    private static final String ROOT_FAMILY = "font-family: KaTeX_Main, serif";

    private Styles() {
    }

    /**
     * In every style attribute: long decimals with three places, {@code 1.0} as {@code 1}, no default
     * opacities of 1, no miter limit with round joins, no font family that the root element carries.
     */
    static void normalise(XmlElement e) {
        String style = e.get("style");
        if (style != null) {
            e.set("style", normalise(style));
        }
        for (Object child : e.children()) {
            if (child instanceof XmlElement c) {
                normalise(c);
            }
        }
    }

    static String normalise(String value) {
        Matcher d = LONG_DECIMAL.matcher(value);
        StringBuilder st = new StringBuilder(value.length());
        while (d.find()) {
            d.appendReplacement(st, PathData.decimal(new BigDecimal(d.group(1)), 3));
        }
        d.appendTail(st);
        String style = DEFAULT_OPACITY.matcher(st.toString()).replaceAll("");
        style = TRAILING_ZERO.matcher(style).replaceAll("$1");
        style = style.replace(" " + ROOT_FAMILY + ";", "").replace(ROOT_FAMILY + ";", "")
                .replace("; " + ROOT_FAMILY, "");
        if (style.contains("stroke-linejoin:round")) {
            // the miter limit only matters for mitred joins
            style = style.replace(";stroke-miterlimit:10", "");
        }
        if (style.startsWith(";")) {
            style = style.substring(1);
        }
        return style.strip();
    }

    /** {@code <g><text …>…</text></g>} becomes the {@code <text>} alone, everywhere in the tree. */
    static void unwrapText(XmlElement e) {
        List<Object> children = e.children();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof XmlElement c) {
                XmlElement text = c.onlyChild();
                if (c.name().equals("g") && c.attributeCount() == 0 && text != null && text.name().equals("text")
                        && text.attributeCount() > 0 && text.textOnly()) {
                    children.set(i, text);
                } else {
                    unwrapText(c);
                }
            }
        }
    }
}
