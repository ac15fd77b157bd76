package illustrated.chart;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.Map;
import org.jfree.chart.axis.LogAxis;

/**
 * A {@link LogAxis} whose power-of-ten tick labels ("10" with a raised exponent) are laid out with the
 * axis's own {@link Font} object. JFreeChart's {@code LogAxis} copies only the font's <em>attributes</em>
 * (family name "KaTeX_Main", size) into the label, so Java looked the family up on the host and, as
 * the bundled font is never registered there, laid the labels out with whatever font the host had.
 * Here each run of the label carries {@link TextAttribute#FONT}: the base in the tick-label font, the
 * exponent in the same font derived with {@link TextAttribute#SUPERSCRIPT}, so no name is ever looked up.
 * Every log axis of the site is one of these.
 */
public class PinnedLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    public PinnedLogAxis(String label) {
        super(label);
    }

    @Override
    protected AttributedString createTickLabel(double value) {
        if (getNumberFormatOverride() != null) {
            return pinned(getNumberFormatOverride().format(value), 0, getTickLabelFont());
        }
        String base = getBaseSymbol() != null ? getBaseSymbol() : getBaseFormatter().format(getBase());
        String exponent = getTickUnit().valueToString(calculateLog(value));
        return pinned(base + exponent, base.length(), getTickLabelFont());
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
}
