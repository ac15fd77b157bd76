package illustrated.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureFitTest {
    @Test
    void ratioIsTheDrawingWidthOverTheSmallestFontSizeInStylesAndAttributes() {
        String svg = "<svg id='a' viewBox='0 0 900 545'><text style='fill: red; font-size: 15px;'>h</text>"
                + "<text style='font-size: 7px;'>t</text><text font-size=\"8\">x</text></svg>";
        assertEquals(900.0 / 7, FigureFit.labelRatio(svg), 1e-12);
        assertEquals(900.0 / 6.5, FigureFit.labelRatio(svg.replace("font-size=\"8\"", "font-size=\"6.5\"")), 1e-12);
    }

    @Test
    void theStyleNeverRoundsTheWidthDown() {
        String svg = "<svg viewBox=\"0 0 900 545\"><text style=\"font-size: 7px\">t</text></svg>";
        String style = FigureFit.style(svg);
        assertTrue(style.matches(" style=\"--label-ratio: \\d+\\.\\d\\d\""), style);
        double written = Double.parseDouble(style.replaceAll("[^\\d.]", ""));
        assertTrue(written >= 900.0 / 7 && written < 900.0 / 7 + 0.01, style);
    }

    @Test
    void aDrawingWithoutTextOrViewBoxGetsNoMinimumWidth() {
        assertEquals("", FigureFit.style("<svg viewBox='0 0 100 100'><path d='M0 0'/></svg>"));
        assertEquals("", FigureFit.style("<svg width='100'><text style='font-size: 9px'>a</text></svg>"));
    }
}
