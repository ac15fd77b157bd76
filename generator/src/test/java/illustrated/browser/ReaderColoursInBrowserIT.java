package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.chart.ColourMaps;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Data colours of the real site's figures (see {@link ArticlesInBrowser}): the colours that encode numbers
 * keep their value→colour mapping in both themes, while the figures' ink follows the theme.
 */
class ReaderColoursInBrowserIT extends ArticlesInBrowser {
    /** Figures whose colours encode numbers, by figure id. */
    private static final List<String> DATA_COLOUR_FIGURES = List.of("lstm-gates-heatmap", "lstm-cell-heatmap",
            "gradient-cliff", "bptt-error-heatmap", "xor-mlp");

    /**
     * Colours that encode numbers are fixed: every cell painted in a colour of one of the site's scales
     * (and every step of their colour bars) has that same colour in dark mode, while the figure's ink changes.
     */
    @Test
    void dataColoursKeepTheirMeaningInBothThemes() {
        List<String> rgb = ColourMaps.allScaleColours().stream()
                .map(c -> String.format(Locale.ROOT, "rgb(%d, %d, %d)", c.getRed(), c.getGreen(), c.getBlue())).toList();
        Map<String, String> found = new TreeMap<>();
        for (String page : articles) {
            open(page, 1280, "light");
            String fills = "var lut = arguments[0], out = {};"
                    + "document.querySelectorAll('figure.figure').forEach(function (f) {"
                    + "  var id = f.id.replace(/^fig-/, ''), cells = [];"
                    + "  f.querySelectorAll('.figure-media svg path, .figure-media svg rect').forEach(function (e, i) {"
                    + "    var c = getComputedStyle(e).fill; if (lut.indexOf(c) >= 0) { cells.push(i + '=' + c); } });"
                    + "  var t = f.querySelector('.figure-media svg text');"
                    + "  out[id] = {cells: cells, ink: t ? getComputedStyle(t).fill : ''}; });"
                    + "return out;";
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> light = (Map<String, Map<String, Object>>) browser.js(fills, rgb);
            browser.systemScheme("dark");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> dark = (Map<String, Map<String, Object>>) browser.js(fills, rgb);
            browser.systemScheme("light");
            for (String id : DATA_COLOUR_FIGURES) {
                if (!light.containsKey(id)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<String> cells = (List<String>) light.get(id).get("cells");
                assertTrue(cells.size() >= 10, page + " " + id + ": only " + cells.size()
                        + " cells are painted in a fixed data scale (theme colours flip in dark mode)");
                assertEquals(cells, dark.get(id).get("cells"), page + " " + id + ": data colours change with the theme");
                assertNotEquals(light.get(id).get("ink"), dark.get(id).get("ink"), page + " " + id
                        + ": the figure's ink does not follow the theme (the test would prove nothing)");
                found.put(id, cells.size() + " cells");
            }
        }
        assertEquals(DATA_COLOUR_FIGURES.stream().sorted().toList(), List.copyOf(found.keySet()),
                "figures with a colour scale that were checked: " + found);
    }
}
