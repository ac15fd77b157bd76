package illustrated.chart.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule that turns palette colours into CSS custom properties, on small trees and on a real figure. */
class ColourVariablesTest {
    private static final ColourVariables PALETTE = new ColourVariables(palette());

    private static Map<String, String> palette() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("--fig-c1", "#0072b2");
        m.put("--fig-fg", "#1F2328");
        return m;
    }

    private static String recolour(String svg) {
        XmlElement root = SvgXml.parse(svg);
        PALETTE.apply(root);
        return SvgXml.write(root);
    }

    @Test
    void paletteColoursInFillStrokeAndStyleBecomeVariablesWithTheLightColourAsFallback() {
        assertEquals("<svg><path d='M0 0' fill='var(--fig-c1,#0072b2)' stroke='var(--fig-fg,#1f2328)'/>"
                        + "<rect style='fill:var(--fig-c1,#0072b2);stroke:var(--fig-fg,#1f2328);stroke-width:2'/></svg>",
                recolour("<svg><path d='M0 0' fill='#0072B2' stroke='rgb(31,35,40)'/>"
                        + "<rect style='fill:rgb(0, 114, 178);stroke:#1f2328;stroke-width:2'/></svg>"));
    }

    @Test
    void otherColoursStayAsTheyAreAnRgbOneWrittenInHex() {
        assertEquals("fill:#470155;stroke:#ff0000;color:#0072b2ff", PALETTE.value("fill:#470155;stroke:rgb(255,0,0);color:#0072b2ff"));
    }

    @Test
    void textAndOtherAttributesAreNotColours() {
        String svg = "<svg id='#0072b2'><text x='1' y='2' clip-path='url(#0072b2)' style='fill:#0072b2'>"
                + "#0072b2 rgb(0,114,178)</text></svg>";
        assertEquals("<svg id='#0072b2'><text x='1' y='2' clip-path='url(#0072b2)' style='fill:var(--fig-c1,#0072b2)'>"
                + "#0072b2 rgb(0,114,178)</text></svg>", recolour(svg));
    }

    @Test
    void idempotentAndNothingWithoutAPalette() {
        String once = recolour("<svg><rect style='fill:rgb(0,114,178);stroke:#1f2328'/></svg>");
        assertEquals(once, recolour(once));
        String svg = "<svg><rect style='fill:rgb(0,114,178)'/></svg>";
        XmlElement root = SvgXml.parse(svg);
        ColourVariables.NONE.apply(root);
        assertEquals(svg, SvgXml.write(root));
    }

    @Test
    void aPaletteThatCannotBeToldApartOrIsNotHexIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> new ColourVariables(Map.of("--a", "#0072b2", "--b", "#0072B2")));
        assertThrows(IllegalArgumentException.class, () -> new ColourVariables(Map.of("--a", "red")));
    }

    @Test
    void lastRuleOfTheSlimmerOnARealFigure() throws Exception {
        String raw = Files.readString(SvgOptimiserTest.FIXTURES.resolve("rnn-training-loss.jfreesvg.svg"),
                StandardCharsets.UTF_8);
        ColourVariables palette = new ColourVariables(Map.of("--fig-output", "#c2571a", "--fig-fg", "#1f2328"));
        String plain = SvgOptimiser.slim(raw);
        String coloured = SvgOptimiser.slim(raw, palette);
        assertTrue(plain.contains("rgb(194,87,26)") && plain.contains("rgb(31,35,40)"), "the fixture uses both colours");
        assertFalse(coloured.contains("rgb("), "every rgb() colour is either a variable or hex");
        assertEquals(plain.replace("rgb(194,87,26)", "var(--fig-output,#c2571a)")
                        .replace("rgb(31,35,40)", "var(--fig-fg,#1f2328)").replace("rgb(87,96,106)", "#57606a")
                        .replace("rgb(216,222,228)", "#d8dee4").replace("rgb(255,255,254)", "#fffffe")
                        .replace("rgb(31,95,191)", "#1f5fbf"),
                coloured, "only the colours differ");
        assertEquals(coloured, SvgOptimiser.slim(coloured, palette), "a fixed point");
    }
}
