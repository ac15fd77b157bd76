package illustrated.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text in a figure's SVG that its font cannot draw. Charts are laid out with the KaTeX fonts of the
 * build, which have no lower-case Greek in the upright face and no sub- or superscript digits; a browser
 * draws such a character from some other font of the reader's machine, with another width than the one
 * the layout was measured with (legends overlap, labels shift). Math belongs in {@code diagram.MathText}
 * ({@code Pen.math}), which sets it with the KaTeX math fonts.
 */
public final class FontCoverage {
    private static final Pattern TEXT = Pattern.compile("<text([^>]*)>([^<]*)</text>");

    private FontCoverage() {
    }

    /** One text element with a character its font lacks. */
    public record Gap(String text, int codePoint, String font) {
        @Override
        public String toString() {
            return "'" + text + "' uses '" + new String(Character.toChars(codePoint)) + "' (U+"
                    + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT) + "), which " + font
                    + " cannot draw";
        }
    }

    /** Every text element of {@code svg} with a character its font (KaTeX Main, Main bold or Math italic) lacks. */
    public static List<Gap> gaps(String svg, Theme theme) {
        Set<Gap> out = new LinkedHashSet<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String attrs = m.group(1);
            String text = m.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'");
            Font font = attrs.contains("KaTeX_Math") ? theme.mathFont(12f)
                    : attrs.contains("bold") ? theme.boldFont(12f) : theme.font(12f);
            text.codePoints().filter(cp -> !font.canDisplay(cp)).findFirst()
                    .ifPresent(cp -> out.add(new Gap(text, cp, font.getFontName(java.util.Locale.ROOT))));
        }
        return new ArrayList<>(out);
    }
}
