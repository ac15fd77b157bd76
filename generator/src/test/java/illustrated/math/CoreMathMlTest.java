package illustrated.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real KaTeX's MathML through {@link CoreMathMl}: one light {@code <math>}, as MathML Core reads it. */
class CoreMathMlTest {
    private static Katex katex;

    @BeforeAll
    static void start() {
        katex = new Katex();
    }

    @AfterAll
    static void stop() {
        katex.close();
    }

    private static String render(String tex, boolean display) {
        return CoreMathMl.of(katex.render(tex, display));
    }

    @Test
    void oneBareMathElementWithoutTheTexAnnotation() {
        String m = render("e^{t}", false);
        assertTrue(m.startsWith("<math>"), m);
        assertFalse(m.contains("semantics") || m.contains("annotation") || m.contains("katex") || m.contains("xmlns"), m);
        assertEquals("<math><msup><mi>e</mi><mi>t</mi></msup></math>", m);
        String d = render("a = b", true);
        assertTrue(d.startsWith("<math display=\"block\">"), d);
    }

    @Test
    void boldAndDoubleStruckAreCharactersNotAttributes() {
        String m = render("\\mathbf{W} \\boldsymbol{h} \\mathbb{R} \\mathbf{0} \\boldsymbol{\\theta} \\mathrm{d}x", false);
        assertTrue(m.contains("\uD835\uDC16"), "bold W is U+1D416: " + m);
        assertTrue(m.contains("\u211D"), "double-struck R is U+211D: " + m);
        assertTrue(m.contains("\uD835\uDFCE"), "bold 0 is U+1D7CE: " + m);
        assertTrue(m.contains("d\uD835\uDC65"), "an upright d stays a plain d, x is the italic x: " + m);
        assertFalse(m.contains("mathvariant=\"bold"), m);
    }

    @Test
    void alignedColumnsCarryTheirAlignmentOnTheCells() {
        String m = render("\\begin{aligned} a &= b + c \\\\ d &= e \\end{aligned}", true);
        assertTrue(m.contains("<mtd columnalign=\"right\">") && m.contains("<mtd columnalign=\"left\">"), m);
        assertTrue(m.contains("<mtable rowspacing=\"0.25em\" columnspacing=\"0em\" displaystyle=\"true\">"), m);
        assertFalse(m.contains("<mstyle"), "the cells' style is their table's attribute: " + m);
        assertFalse(m.contains("<mtable columnalign"), m);
        String c = render("f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}", true);
        assertTrue(c.contains("<mtd columnalign=\"left\">") && c.contains("displaystyle=\"false\"><mtr>"), c);
    }

    @Test
    void groupsThatGroupNothingAreGoneFencesKeepTheirRow() {
        String m = render("x + \\left( \\frac{a}{b} \\right) + {y}", false);
        assertFalse(m.contains("<math><mrow>"), m);
        assertTrue(m.contains("<mrow><mo lspace=\"0em\" rspace=\"0em\">(</mo><mfrac>"),
                "a fenced group keeps its row (the fences stretch to it), the fences have no space: " + m);
        String accents = render("\\hat{y} + \\bar{x} + \\tilde{z} + f'(x) + \\underbrace{a+b}_{\\text{two}} + \\color{#1d5bb8}{q} + \\operatorname{softmax}(z) + \\sum_{i=1}^{n} x_i + \\bigl( a \\bigr) \\lVert x \\rVert", true);
        assertTrue(accents.contains("<mo>\u02C6</mo></mover>"), "a hat is the modifier letter U+02C6, not ASCII ^: " + accents);
        String matrix = render("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", true);
        assertTrue(matrix.startsWith("<math display=\"block\"><mo lspace=\"0em\" rspace=\"0em\">("), "the row of the math element is the fences' row: " + matrix);
    }

    @Test
    void runsOfLettersDigitsAndParenthesesAreOneToken() {
        String m = render("h^{(t)} + W_{hh} \\mathrm{d}x + f(x_1) + \\theta^{(t-1)}", false);
        assertTrue(m.contains("<msup><mi>h</mi><mi>(\uD835\uDC61)</mi></msup>"), "(t) is one italic token: " + m);
        assertTrue(m.contains("<msub><mi>W</mi><mi>\u210E\u210E</mi></msub>"), "italic h is U+210E: " + m);
        assertTrue(m.contains("<mi>d\uD835\uDC65</mi>"), "an upright d stays upright: " + m);
        assertTrue(m.contains("<mi>\uD835\uDC53(</mi><msub>"), "a subscripted letter ends the run: " + m);
        assertTrue(m.contains("<mi>(\uD835\uDC61</mi><mo lspace=\"0em\" rspace=\"0em\">\u2212</mo><mi>1)</mi>"),
                "an operator stays an operator, unspaced in a script as in TeX: " + m);
    }

    @Test
    void normBarsAreFencesThatStretch() {
        String m = render("\\left\\lVert \\frac{x}{\\sigma} \\right\\rVert + \\lvert a \\rvert + p \\mid q", true);
        assertTrue(m.contains("<mo lspace=\"0em\" rspace=\"0em\">\u2016</mo><mfrac>"), "a stretchy double bar: " + m);
        assertTrue(m.contains(">|</mo>"), "a bar: " + m);
        assertTrue(m.contains("<mo>\u2223</mo>"), "\\mid stays a relation: " + m);
    }

    @Test
    void bigDelimitersAreTheGlyphAtTheirSize() {
        String m = render("\\tanh\\bigl(a^{(t)}\\bigr)", false);
        assertTrue(m.contains("<mo stretchy=\"false\" mathsize=\"1.2em\" lspace=\"0em\" rspace=\"0em\">(</mo>"), m);
        assertFalse(m.contains("minsize"), m);
    }
}
