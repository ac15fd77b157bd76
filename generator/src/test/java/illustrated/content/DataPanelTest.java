package illustrated.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Series;
import illustrated.simulation.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The readers' table of a figure's data (on its data page, fetched into the panel under the figure:
 * see {@link DataPageTest}): labels, not keys; one precision per column.
 */
class DataPanelTest {
    private static final String IDENTIFIER = "[a-z][a-z0-9]*(-[a-z0-9]+)+|[a-z]+\\d+";

    @Test
    void valuesAreListedUnderLabelsNotTheirKeys() {
        Map<String, Value> values = new LinkedHashMap<>();
        values.put("dims", Value.integer(12));
        values.put("per-class", Value.integer(100));
        values.put("empty-share-d12", new Value(99.999986, "%.6f", "%"));
        values.put("norm-t10-scale0-5", Value.of(1.1e-6, "%.1e"));
        values.put("lambda1", Value.of(4.12, "%.2f"));
        values.put("steps-96h", Value.integer(576));
        Element dl = Jsoup.parseBodyFragment(DataPanel.values(values)).selectFirst("dl");
        List<String> labels = dl.select("dt").eachText();
        assertEquals(List.of("dimensions", "per class", "empty share, D = 12", "norm, T = 10, scale 0.5", "λ₁",
                "steps 96 h"), labels);
        for (String label : labels) {
            assertFalse(label.matches(IDENTIFIER), label + " is a machine key");
        }
        // the numbers as the prose quotes them, with their units
        assertEquals(List.of("12", "100", "99.999986%", "1.1 × 10⁻⁶", "4.12", "576"), dl.select("dd").eachText());
    }

    @Test
    void namesThatAreAlreadyLabelsStayAsTheyAre() {
        for (String name : List.of("class 1", "ReLU", "D = 2, disc", "tanh", "‖W‖ = 0.5", "forget-gate bias 0")) {
            assertEquals(name, DataLabels.series(name));
        }
        assertEquals("D = 100", DataLabels.series("d100"));
        // a value "d90" is not "D = 90" (it is the dimension at which 90% is reached): no guess
        assertEquals("d 90", DataLabels.value("d90"));
    }

    @Test
    void everyNumericColumnHasOnePrecision() {
        double[] x = new double[12];
        double[] wave = new double[12];
        double[] decay = new double[12];
        double[] pressure = new double[12];
        double[] mixed = {1, 0.979106, 0.03, 0.34, 6.123233995736766e-17, -0.305142, -2.0705, 0.5, 0.52, 0.61, 1.5,
            0.776667};
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.5;
            wave[i] = StrictMath.cos(i * StrictMath.PI / 2);
            decay[i] = StrictMath.pow(0.05, i);
            pressure[i] = 1013.69 + 0.537 * i;
        }
        String html = DataPanel.table(List.of(new Series("cos", x, wave), new Series("decay-rate", x, decay),
                new Series("pressure", x, pressure), new Series("mixed", x, mixed)), AxisLabels.NONE, 30);
        Element table = Jsoup.parseBodyFragment(html).selectFirst("table");
        assertEquals(List.of("x", "cos", "decay rate", "pressure", "mixed"), table.select("th").eachText());
        List<List<String>> columns = columns(table);
        for (List<String> column : columns) {
            assertOnePrecision(column);
        }
        // cos(π/2) is 6.1e-17 in double: on a column of size 1 it is zero, with the same decimals
        assertEquals("0.000", columns.get(1).get(1));
        assertEquals("−1.000", columns.get(1).get(2));
        // a column over many powers of ten: 4 significant digits everywhere
        assertEquals("4.883 × 10⁻¹⁵", columns.get(2).get(11));
        assertEquals("0.05000", columns.get(2).get(1));
        // values close together keep their differences
        assertEquals("1013.69", columns.get(3).get(0));
        assertEquals("1014.23", columns.get(3).get(1));
    }

    @Test
    void seriesOfTheirOwnXAreGroupedUnderTheirNames() {
        Series a = new Series("d2", new double[] {0, 1, 2}, new double[] {0.5, -1e-20, 0.25});
        Series b = new Series("marked steps", new double[] {9, 24}, new double[] {0.59121, 0.81181});
        Element table = Jsoup.parseBodyFragment(DataPanel.table(List.of(a, b), AxisLabels.NONE, 30)).selectFirst("table");
        assertEquals(List.of("D = 2", "marked steps"), table.select("th[scope=colgroup]").eachText());
        assertEquals(List.of("x", "y", "x", "y"), table.select("th[scope=col]").eachText());
        assertEquals(2, table.select("colgroup[span=2]").size());
        List<List<String>> columns = columns(table);
        assertEquals(List.of("0.5000", "0.0000", "0.2500"), columns.get(1), "no −0.000 for a tiny negative value");
        assertEquals(List.of("9", "24", ""), columns.get(2));
        columns.forEach(DataPanelTest::assertOnePrecision);
    }

    @Test
    void longTablesAreThinnedAndSaySo() {
        double[] y = new double[100];
        String html = DataPanel.table(List.of(Series.indexed("y", y)), AxisLabels.NONE, 30);
        assertEquals(25, Jsoup.parseBodyFragment(html).select("tbody tr").size());
        assertTrue(html.endsWith("<p class=\"table-note\">Every 4th of 100 rows; the CSV has them all.</p>"), html);
    }

    private static List<List<String>> columns(Element table) {
        List<List<String>> columns = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            List<String> cells = row.select("td").stream().map(Element::text).toList();
            for (int c = 0; c < cells.size(); c++) {
                if (columns.size() <= c) {
                    columns.add(new ArrayList<>());
                }
                columns.get(c).add(cells.get(c));
            }
        }
        return columns;
    }

    /** Every non-empty cell has the same decimals, or (a column in powers of ten) the same significant digits. */
    static void assertOnePrecision(List<String> column) {
        Set<Integer> decimals = new HashSet<>();
        Set<Integer> significant = new HashSet<>();
        for (String cell : column) {
            if (cell.isEmpty()) {
                continue;
            }
            String mantissa = cell.replace('\u2212', '-').replaceFirst("[\\s\u00A0]*×[\\s\u00A0]*10.*$", "");
            assertTrue(mantissa.matches("-?\\d+(\\.\\d+)?"), "not a number: " + cell);
            decimals.add(mantissa.contains(".") ? mantissa.length() - mantissa.indexOf('.') - 1 : 0);
            String digits = mantissa.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
            significant.add(digits.isEmpty() ? -1 : digits.length());
        }
        significant.remove(-1);
        assertTrue(decimals.size() <= 1 || significant.size() <= 1, "mixed precision in one column: " + column);
    }

    @Test
    void axisTitlesHeadTheColumnsOfTheSeriesTheChartDraws() {
        Series drawn = new Series("class 1", new double[] {1, 2}, new double[] {3, 4});
        Series other = new Series("errors", new double[] {1, 2, 3}, new double[] {5, 6, 7});
        AxisLabels axes = new AxisLabels("feature 1", "feature 2", java.util.Set.of("class 1"));
        Element table = Jsoup.parseBodyFragment(DataPanel.table(List.of(drawn, other), axes, 30)).selectFirst("table");
        // the series the chart does not draw (another figure's) keeps plain x and y
        assertEquals(List.of("feature 1", "feature 2", "x", "y"), table.select("th[scope=col]").eachText());
        Series same = new Series("errors", new double[] {1, 2}, new double[] {5, 6});
        Element shared = Jsoup.parseBodyFragment(DataPanel.table(List.of(drawn, same), axes, 30)).selectFirst("table");
        assertEquals(List.of("x", "class 1", "errors"), shared.select("th").eachText());
        Element both = Jsoup.parseBodyFragment(DataPanel.table(List.of(drawn), axes, 30)).selectFirst("table");
        assertEquals(List.of("feature 1", "class 1"), both.select("th").eachText());
    }
}
