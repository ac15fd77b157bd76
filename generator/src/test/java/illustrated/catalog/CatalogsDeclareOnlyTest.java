package illustrated.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The figure catalogs only declare figures (simulation, parameters, seed, which chart builder or painter
 * with which labels, size, title, description); the drawing lives in {@code chart} and {@code diagram}.
 * A catalog that imports JFreeChart or Java2D, or calls a Graphics2D or chart method, draws by itself.
 */
class CatalogsDeclareOnlyTest {
    private static final Path DIR = Path.of("generator/src/main/java/illustrated/catalog");
    private static final Pattern DRAWING = Pattern.compile(
            "^import (org\\.jfree|java\\.awt)[\\w.]*;|\\.(draw|fill|drawString|setPaint|setStroke|setFont|"
                    + "setRenderer|setDataset|addAnnotation|setRange)\\(|\\bnew (XYPlot|JFreeChart|NumberAxis)\\(",
            Pattern.MULTILINE);

    @Test
    void noCatalogDraws() throws IOException {
        if (!Files.isDirectory(DIR)) {
            return; // run from another working directory: nothing to read
        }
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "the catalogs were not found: " + files);
        for (Path f : files) {
            Matcher m = DRAWING.matcher(Files.readString(f));
            while (m.find()) {
                found.add(DIR.relativize(f) + ": " + m.group());
            }
        }
        assertEquals(List.of(), found, "drawing code in a catalog; move it to a builder in chart/ or diagram/");
    }

    @Test
    void theCheckFindsDrawingCode() {
        String drawing = "import org.jfree.chart.JFreeChart;\nclass X {\n    void f() {\n        g.fill(r);\n"
                + "        XYPlot p = new XYPlot(c, x, y, r);\n    }\n}\n";
        Matcher m = DRAWING.matcher(drawing);
        List<String> hits = new ArrayList<>();
        while (m.find()) {
            hits.add(m.group());
        }
        assertEquals(List.of("import org.jfree.chart.JFreeChart;", ".fill(", "new XYPlot("), hits);
    }
}
