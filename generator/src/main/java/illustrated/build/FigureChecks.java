package illustrated.build;

import illustrated.problem.Problem;
import illustrated.problem.Problems;

import illustrated.figure.RenderedFigure;
import illustrated.simulation.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a figure publishes besides its picture must be numbers: its CSV files and the values the
 * prose quotes. A NaN or infinity there is a failed computation; it is refused before the figure
 * manifest is compared (so that updating the manifest, as its message advises, cannot publish it).
 */
final class FigureChecks {
    private static final Set<String> NOT_A_NUMBER = Set.of("NaN", "Infinity", "-Infinity");

    private FigureChecks() {
    }

    /** @param definedIn the catalog class that defines each figure id */
    static void finite(Map<String, RenderedFigure> figures, Map<String, Class<?>> definedIn, Problems problems) {
        for (RenderedFigure f : figures.values()) {
            String id = f.spec().id();
            String where = null;
            for (Map.Entry<String, Value> v : f.data().values().entrySet()) {
                if (!Double.isFinite(v.getValue().value())) {
                    where = "the value '" + v.getKey() + "' is " + v.getValue().value();
                    break;
                }
            }
            for (Map.Entry<String, String> csv : f.csv().entrySet()) {
                if (where != null) {
                    break;
                }
                where = cell(csv.getValue(), id + (csv.getKey().isEmpty() ? "" : "-" + csv.getKey()) + ".csv");
            }
            if (where != null) {
                Class<?> catalog = definedIn.get(id);
                Path file = catalog == null ? null : FigureIndex.sourceOf(catalog);
                int line = file == null ? 0 : FigureIndex.lineOf(file, "\"" + id + "\"", 1);
                problems.add(new Problem(file, line, "figure '" + id + "': NaN or infinity in its data: " + where,
                        "the data is published as CSV and quoted in the text; a NaN is a failed computation, and "
                                + "updating the figure manifest would not make it a number",
                        "fix the simulation; run just this figure with `generator/bin/site preview " + id + "`"));
            }
        }
    }

    /** The first cell of a CSV text that is not a number, as "file row r, column c", or null. */
    static String cell(String csv, String file) {
        String[] lines = csv.split("\n");
        List<String> header = lines.length == 0 ? List.of() : illustrated.content.PageAssembler.splitCsv(lines[0]);
        for (int r = 1; r < lines.length; r++) {
            List<String> cells = illustrated.content.PageAssembler.splitCsv(lines[r]);
            for (int c = 0; c < cells.size(); c++) {
                if (NOT_A_NUMBER.contains(cells.get(c).strip())) {
                    return file + " row " + r + ", column '" + (c < header.size() ? header.get(c) : "#" + (c + 1))
                            + "' is " + cells.get(c).strip();
                }
            }
        }
        return null;
    }
}
