package illustrated.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.chart.Theme;
import java.awt.Font;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MathTextTest {
    private final Theme theme = Theme.standard();

    @Test
    void lettersAreItalicAndScriptsAttachToTheirBase() {
        MathText m = MathText.parse("h^{(t)}");
        assertEquals(1, m.atoms().size());
        MathText.Atom h = m.atoms().get(0);
        assertEquals("h", h.text());
        assertEquals(MathText.Style.ITALIC, h.style());
        assertNotNull(h.sup());
        assertNull(h.sub());
        assertEquals(3, h.sup().atoms().size(), "( t ) inside the superscript");
    }

    /** A prime is a raised, smaller superscript: on the baseline the KaTeX glyph reads as a slash ("σ/"). */
    @Test
    void primeIsASuperscriptAboveTheBaseline() {
        MathText.Atom a = MathText.parse("\\sigma'").atoms().get(0);
        assertEquals("\u03C3", a.text());
        assertNotNull(a.sup(), "the prime is the superscript of σ");
        assertEquals("\u2032", a.sup().atoms().get(0).text());
        MathText.Atom f = MathText.parse("f'^{2}").atoms().get(0);
        assertEquals(2, f.sup().atoms().size(), "f'^2 is f^{\\prime 2}");
        org.jfree.svg.SVGGraphics2D g = new org.jfree.svg.SVGGraphics2D(200, 100);
        g.setRenderingHint(org.jfree.svg.SVGHints.KEY_DRAW_STRING_TYPE, org.jfree.svg.SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        MathText.parse("\\sigma'").drawAtBaseline(g, theme, 10, 50, 20);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("y=['\"]([0-9.]+)['\"][^>]*>\u2032<").matcher(g.getSVGElement());
        assertTrue(m.find(), g.getSVGElement());
        assertTrue(Double.parseDouble(m.group(1)) <= 50 - 0.3 * 20, "the prime is raised: baseline y " + m.group(1));
    }

    @Test
    void subAndSuperscriptStackOnOneBase() {
        MathText.Atom a = MathText.parse("x_i^{(t)}").atoms().get(0);
        assertNotNull(a.sub());
        assertNotNull(a.sup());
    }

    @Test
    void commandsMapToSymbolsFunctionsAndAccents() {
        MathText m = MathText.parse("\\delta\\tanh\\hat{y}");
        assertEquals("\u03B4", m.atoms().get(0).text());
        assertEquals("tanh", m.atoms().get(1).text());
        assertEquals(MathText.Style.UPRIGHT, m.atoms().get(1).style());
        MathText.Atom yhat = m.atoms().get(m.atoms().size() - 1);
        assertEquals("y", yhat.text());
        assertEquals(MathText.Accent.HAT, yhat.accent());
    }

    @Test
    void minusBecomesAMinusSign() {
        assertEquals("\u2212", MathText.parse("t-1").atoms().get(1).text());
    }

    @Test
    void scriptsAddWidthButLessThanFullSize() {
        double h = MathText.parse("h").width(theme, 16);
        double ht = MathText.parse("h^{(t)}").width(theme, 16);
        double full = MathText.parse("h(t)").width(theme, 16);
        assertTrue(ht > h, "a superscript adds width");
        assertTrue(ht < full, "a superscript is set smaller than the base: " + ht + " vs " + full);
    }

    @Test
    void widthScalesLinearlyWithSize() {
        MathText m = MathText.parse("W_h x^{(t)} + R_h h^{(t-1)}");
        double w10 = m.width(theme, 10);
        double w20 = m.width(theme, 20);
        assertEquals(2.0, w20 / w10, 0.02, "width is proportional to the font size (2 % tolerance)");
    }

    @Test
    void errorsNameTheLabelAndPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MathText.parse("h^{(t)"));
        assertTrue(e.getMessage().contains("h^{(t)"), e.getMessage());
        IllegalArgumentException u = assertThrows(IllegalArgumentException.class, () -> MathText.parse("\\foo x"));
        assertTrue(u.getMessage().contains("\\foo"), u.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MathText.parse("x}"));
        assertThrows(IllegalArgumentException.class, () -> MathText.parse("x^a^b"));
    }

    @Test
    void everySymbolExistsInTheFontItIsSetIn() {
        for (Map.Entry<String, MathText.Style> e : MathText.symbolTable().entrySet()) {
            Font f = MathText.font(theme, e.getValue(), 12);
            assertEquals(-1, f.canDisplayUpTo(e.getKey()),
                    "symbol " + e.getKey() + " is missing from " + f.getFontName());
        }
    }

    /** The prose notation: words upright, {@code $...$} math italic, scripts raised and smaller, same fonts. */
    @Test
    void proseNotationSetsWordsUprightAndMathItalic() {
        org.jfree.svg.SVGGraphics2D g = new org.jfree.svg.SVGGraphics2D(300, 100);
        double w = MathText.prose("radius $r^{D}$ here").drawAtBaseline(g, theme, 10, 50, 20);
        String svg = g.getSVGElement();
        assertTrue(svg.contains("KaTeX_Math") && svg.contains("KaTeX_Main"), svg);
        assertTrue(w > MathText.prose("radius $r$ here").width(g.getFontRenderContext(), theme, 20),
                "a superscript adds width");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("y=['\"]([0-9.]+)['\"][^>]*>D<").matcher(svg);
        assertTrue(m.find(), svg);
        assertTrue(Double.parseDouble(m.group(1)) < 50 - 0.3 * 20, "the script is raised: baseline y " + m.group(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MathText.prose("at $r"));
        assertTrue(e.getMessage().contains("at $r"), e.getMessage());
    }

    /** Both notations report each drawn label's ink while a recording runs, and nothing otherwise. */
    @Test
    void drawnLabelsReportTheirInkBoxes() {
        org.jfree.svg.SVGGraphics2D g = new org.jfree.svg.SVGGraphics2D(300, 100);
        java.util.List<LabelBoxes.Label> labels = LabelBoxes.of(() -> {
            MathText.parse("h^{(t)}").drawAtBaseline(g, theme, 10, 50, 20);
            MathText.prose("radius $r$").drawAtBaseline(g, theme, 30, 50, 20);
            return null;
        }).labels();
        assertEquals(2, labels.size());
        java.awt.geom.Rectangle2D h = labels.get(0).box();
        assertTrue(h.getMinY() < 50 - 0.4 * 20 && h.getMaxY() > 50, "h^{(t)} spans the baseline and its raised script: " + h);
        assertTrue(h.intersects(labels.get(1).box()), "labels drawn on top of each other collide");
        assertEquals(0, LabelBoxes.of(() -> MathText.parse("x").width(theme, 20)).labels().size(), "measuring draws nothing");
    }
}
