package illustrated.chart.svg;

import illustrated.format.Decimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that lets a page recolour a figure: in colour-valued attributes ({@code style}, {@code fill},
 * {@code stroke} and the other SVG colour properties) every colour of a palette becomes
 * {@code var(--PROPERTY,#light)}, a CSS custom property with the light colour as fallback, so the SVG
 * looks right alone and follows the page's CSS inline. Colours are found as {@code #rrggbb} and as
 * JFreeSVG's {@code rgb(r,g,b)}; an {@code rgb()} colour outside the palette is written {@code #rrggbb},
 * a hexadecimal one outside it stays as it is. Text content is never touched, and a {@code var()}
 * already there is kept, so the rule is idempotent.
 *
 * <p>The palette is data (custom property name to light colour): this package knows no theme.
 */
public final class ColourVariables {
    /** No palette: the rule changes nothing. */
    public static final ColourVariables NONE = new ColourVariables(Map.of());

    private static final Set<String> COLOUR_ATTRIBUTES =
            Set.of("style", "fill", "stroke", "stop-color", "flood-color", "lighting-color", "color");
    private static final Pattern COLOUR = Pattern.compile(
            "var\\([^()]*\\)|#([0-9a-fA-F]{6})\\b|rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");

    private final Map<Integer, String> byRgb = new LinkedHashMap<>();

    /**
     * @param palette custom property name ({@code --fig-c1}) to its light colour ({@code #0072b2}); two
     *                properties with one colour are an {@link IllegalArgumentException}, as a page could
     *                not tell them apart
     */
    public ColourVariables(Map<String, String> palette) {
        palette.forEach((property, hex) -> {
            if (!hex.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException(property + ": '" + hex + "' is not a #rrggbb colour");
            }
            String other = byRgb.put(Integer.parseInt(hex.substring(1), 16), property);
            if (other != null) {
                throw new IllegalArgumentException(other + " and " + property + " are both " + hex);
            }
        });
    }

    /** Rewrites the colour-valued attributes of the element and its subtree in place. */
    void apply(XmlElement e) {
        if (!byRgb.isEmpty()) {
            rewrite(e);
        }
    }

    private void rewrite(XmlElement e) {
        for (int i = 0; i < e.attributeCount(); i++) {
            String name = e.attributeName(i);
            if (COLOUR_ATTRIBUTES.contains(name)) {
                e.set(name, value(e.value(i)));
            }
        }
        for (Object child : e.children()) {
            if (child instanceof XmlElement c) {
                rewrite(c);
            }
        }
    }

    /** One attribute value with the palette's colours as custom properties (see the class comment). */
    public String value(String value) {
        Matcher m = COLOUR.matcher(value);
        StringBuilder sb = new StringBuilder(value.length() + 32);
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = variable(Integer.parseInt(m.group(1), 16), m.group());
            } else if (m.group(2) != null) {
                int rgb = (Integer.parseInt(m.group(2)) << 16) | (Integer.parseInt(m.group(3)) << 8)
                        | Integer.parseInt(m.group(4));
                replacement = variable(rgb, Decimal.format("#%06x", rgb));
            } else {
                replacement = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String variable(int rgb, String otherwise) {
        String property = byRgb.get(rgb);
        return property == null ? otherwise : "var(" + property + "," + Decimal.format("#%06x", rgb) + ")";
    }
}
