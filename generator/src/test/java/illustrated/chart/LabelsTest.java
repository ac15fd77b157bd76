package illustrated.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one typesetter of chart text: markup, fonts of the runs, numbers. */
class LabelsTest {
    private final Theme t = Theme.standard();

    @Test
    void markupSplitsIntoRaisedLoweredAndPlainRuns() {
        assertEquals(List.of(new Labels.Run("sin", Labels.Shift.NONE), new Labels.Run("D\u22122", Labels.Shift.SUP),
                new Labels.Run(" \u03B8 and x", Labels.Shift.NONE), new Labels.Run("1", Labels.Shift.SUB)),
                Labels.parse("sin^{D\u22122} \u03B8 and x_{1}"));
        assertEquals("x1 and 10^3", Labels.plainText("x_{1} and 10^3"), "a caret without a brace is text");
        assertThrows(IllegalArgumentException.class, () -> Labels.parse("x_{1"));
    }

    @Test
    void richSetsGreekAndSingleLetterIndicesInMathItalicAndShiftsIndices() {
        AttributedCharacterIterator it = Labels.rich(t, 14f, "\u2202L/\u2202W_{l} at \u03C4").getIterator();
        StringBuilder text = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            text.append(c);
        }
        assertEquals("\u2202L/\u2202Wl at \u03C4", text.toString());
        Font index = fontAt(it, 5);
        assertEquals(t.mathFont(14f).getFamily(), index.getFamily(), "the single-letter index is math italic");
        assertEquals(TextAttribute.SUPERSCRIPT_SUB, index.getAttributes().get(TextAttribute.SUPERSCRIPT));
        assertEquals(t.mathFont(14f).getFamily(), fontAt(it, text.length() - 1).getFamily(), "tau is math italic");
        assertEquals(t.font(14f).getFamily(), fontAt(it, 0).getFamily(), "the partial sign stays upright");
    }

    @Test
    void drawnTextIsAsWideAsItsWidthSaysAndRaisedRunsAreSmaller() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        Font f = t.font(13f);
        double plain = Labels.width(g, f, "r D");
        double raised = Labels.width(g, f, "r^{D}");
        assertTrue(raised < plain, plain + " vs " + raised);
        Labels.draw(g, f, "r^{D}", 0, 10);
        assertEquals(f, g.getFont(), "the font is left as given");
    }

    @Test
    void numbersInChartText() {
        assertEquals("3.1 \u00d7 10\u207b\u2079", Labels.sci("3.1e-09"));
        assertEquals("0", Labels.sci("0.0e+00"));
        assertEquals("n/a", Labels.sci("n/a"));
        assertEquals("1e\u22126", Labels.plainSci(1e-6));
        assertEquals("\u22120.5", Labels.ticks("0.#").format(-0.5));
        assertEquals("1,000", Labels.plain().format(1000));
    }

    private static Font fontAt(AttributedCharacterIterator it, int index) {
        it.setIndex(index);
        return (Font) it.getAttribute(TextAttribute.FONT);
    }
}
