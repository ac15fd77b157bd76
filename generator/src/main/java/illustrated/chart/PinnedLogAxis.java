package illustrated.chart;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
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
            return Labels.pinned(getNumberFormatOverride().format(value), 0, getTickLabelFont());
        }
        String base = getBaseSymbol() != null ? getBaseSymbol() : getBaseFormatter().format(getBase());
        String exponent = getTickUnit().valueToString(calculateLog(value));
        return Labels.pinned(base + exponent, base.length(), getTickLabelFont());
    }
}
