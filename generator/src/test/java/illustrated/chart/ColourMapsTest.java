package illustrated.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColourMapsTest {
    /** Within {@code tol} of a colour of matplotlib's published viridis table, channel by channel. */
    private static void near(int rgb, Color c, int tol) {
        Color want = new Color(rgb);
        assertTrue(Math.abs(want.getRed() - c.getRed()) <= tol && Math.abs(want.getGreen() - c.getGreen()) <= tol
                && Math.abs(want.getBlue() - c.getBlue()) <= tol, String.format("want #%06x, got %s", rgb, c));
    }

    @Test
    void viridisMatchesThePublishedTable() {
        // matplotlib's _viridis_data at 0, 64, 128, 192 and 255 (of 256)
        near(0x440154, ColourMaps.viridis(0), 3);
        near(0x3b528b, ColourMaps.viridis(64 / 255.0), 3);
        near(0x21918c, ColourMaps.viridis(128 / 255.0), 3);
        near(0x5ec962, ColourMaps.viridis(192 / 255.0), 3);
        near(0xfde725, ColourMaps.viridis(1), 5);
    }

    @Test
    void viridisStepsGetLighterAndAreDistinct() {
        List<Color> steps = ColourMaps.colours(new ColourMaps.Viridis(-3, 2));
        assertEquals(ColourMaps.STEPS, steps.size());
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(ColourMaps.lightness(steps.get(i)) > ColourMaps.lightness(steps.get(i - 1)),
                    "step " + i + " is lighter than step " + (i - 1));
        }
        assertEquals(steps.get(0), new ColourMaps.Viridis(-3, 2).getPaint(-50), "values below the range clamp");
        assertEquals(0, ((Color) new ColourMaps.Viridis(0, 1, true).getPaint(-1)).getAlpha(), "empty cells stay unpainted");
    }

    @Test
    void divergingRunsThroughItsMiddleColour() {
        Color lo = new Color(0x2166AC);
        Color mid = new Color(0xF2F2EE);
        Color hi = new Color(0xBA8A1C);
        ColourMaps.Diverging d = new ColourMaps.Diverging(-1, 1, lo, mid, hi);
        near(0x2166AC, (Color) d.getPaint(-1), 1);
        near(0xBA8A1C, (Color) d.getPaint(1), 1);
        near(0xF2F2EE, (Color) d.getPaint(0), 2);
        List<Color> steps = ColourMaps.colours(d);
        int peak = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (ColourMaps.lightness(steps.get(i)) > ColourMaps.lightness(steps.get(peak))) {
                peak = i;
            }
        }
        assertTrue(Math.abs(peak - ColourMaps.STEPS / 2) <= 1, "lightest in the middle, at step " + peak);
        for (int i = 1; i <= peak; i++) {
            assertTrue(ColourMaps.lightness(steps.get(i)) >= ColourMaps.lightness(steps.get(i - 1)), "rises to the middle");
        }
    }

    @Test
    void oklabRoundTrips() {
        for (int rgb : new int[] {0x000000, 0xffffff, 0x2166ac, 0xb8860b, 0x440154}) {
            near(rgb, ColourMaps.fromOklab(ColourMaps.oklab(new Color(rgb))), 1);
        }
    }

    /** A scale colour equal to a theme role's would be rewritten to the role's CSS variable and flip in dark mode. */
    @Test
    void noScaleColourIsAThemeRole() {
        for (Theme.Role r : Theme.Role.values()) {
            assertTrue(!ColourMaps.allScaleColours().contains(r.color()), r + " " + r.hex() + " is also a scale colour");
        }
    }

    @Test
    void everyScaleReportsItsOwnBounds() {
        for (ColourMaps.Scale s : List.of(new ColourMaps.Viridis(-3, 2), ColourMaps.cellState(0.6), ColourMaps.probability())) {
            assertEquals(s.lower(), s.getLowerBound(), s.toString());
            assertEquals(s.upper(), s.getUpperBound(), s.toString());
        }
        assertEquals(-0.6, ColourMaps.cellState(0.6).getLowerBound());
    }
}
