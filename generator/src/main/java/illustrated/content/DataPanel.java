package illustrated.content;

import illustrated.figure.RenderedFigure;
import illustrated.simulation.Series;
import illustrated.simulation.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The "Description and data" panel under a figure: its text description, its data and its values. */
final class DataPanel {
    private static final int MAX_TABLE_ROWS = 30;

    private DataPanel() {
    }

    /** Links to every CSV file of a figure (in its details: some figures have many). */
    static String allData(RenderedFigure f, String root) {
        if (f.csv().size() <= 1) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<p class=\"figure-files\">All data: ");
        String sep = "";
        for (String suffix : f.csv().keySet()) {
            String file = f.spec().id() + (suffix.isEmpty() ? "" : "-" + suffix) + ".csv";
            sb.append(sep).append("<a href=\"").append(root).append("figures/").append(file).append("\">")
                    .append(suffix.isEmpty() ? "main" : PageAssembler.escape(suffix)).append("</a>");
            sep = " · ";
        }
        return sb.append("</p>").toString();
    }

    /**
     * The panel under a figure: its description, the way to its data page ({@link DataPage}; site.js
     * fetches the table from it when the panel is first opened), its files and its quotable values.
     * The table itself stays on the data page: it would weigh the article down by hundreds of elements.
     */
    static String html(RenderedFigure f, String root) {
        String id = f.spec().id();
        boolean table = hasTable(f);
        StringBuilder sb = new StringBuilder("<details class=\"figure-data\"");
        if (table) {
            sb.append(" data-table=\"").append(root).append("figures/").append(id).append(".html\"");
        }
        sb.append("><summary>Description and data</summary>");
        sb.append("<p class=\"figure-description\">").append(PageAssembler.escape(f.spec().description(f.data())))
                .append("</p>");
        sb.append("<p class=\"figure-data-link\"><a href=\"").append(root).append("figures/").append(id)
                .append(".html\">").append(table ? "Table of the data" : "Data of the figure").append("</a>");
        if (f.csv().containsKey("")) {
            sb.append(" · <a href=\"").append(root).append("figures/").append(id).append(".csv\">CSV</a>");
        }
        sb.append(" · <a href=\"").append(root).append("figures/").append(id).append(".json\">JSON</a></p>");
        sb.append(allData(f, root));
        sb.append(values(f.data().values()));
        return sb.append("</details>").toString();
    }

    /** Whether the figure's data page shows a table (else it says what the data is). */
    static boolean hasTable(RenderedFigure f) {
        return f.csv().containsKey("") && !f.data().series().isEmpty();
    }

    /** What the figure's data page shows of its data: the readers' table, or what the grid is. */
    static String data(RenderedFigure f) {
        if (hasTable(f)) {
            return "<div class=\"table-scroll\">" + table(f.data().series(), AxisLabels.of(f), MAX_TABLE_ROWS)
                    + "</div>";
        }
        if (!f.data().grids().isEmpty()) {
            var g = f.data().grids().get(0);
            return new StringBuilder("<p>").append(g.rows()).append(" × ").append(g.cols())
                    .append(" grid of values: download the CSV for all of them.</p>").toString();
        }
        return "";
    }

    /**
     * The series as a readers' table: one x column when they share their x values, else an x and a y
     * column under each series' name; the chart's axis titles for x and y where it has them; labels instead of keys; one precision per column; at most
     * {@code maxRows} rows, thinned evenly (the note says so).
     */
    static String table(List<Series> series, AxisLabels axes, int maxRows) {
        boolean shared = series.stream().allMatch(s -> Arrays.equals(s.x(), series.get(0).x()));
        List<double[]> columns = new ArrayList<>();
        StringBuilder head = new StringBuilder("<thead>");
        if (shared) {
            columns.add(series.get(0).x());
            head.append("<tr><th scope=\"col\">").append(PageAssembler.escape(axes.x(series))).append("</th>");
            for (Series s : series) {
                columns.add(s.y());
                head.append("<th scope=\"col\">").append(PageAssembler.escape(DataLabels.series(s.name()))).append("</th>");
            }
            head.append("</tr>");
        } else {
            StringBuilder sub = new StringBuilder("<tr>");
            head.append("<tr>");
            for (Series s : series) {
                columns.add(s.x());
                columns.add(s.y());
                head.append("<th scope=\"colgroup\" colspan=\"2\">").append(PageAssembler.escape(DataLabels.series(s.name())))
                        .append("</th>");
                sub.append("<th scope=\"col\">").append(PageAssembler.escape(axes.x(List.of(s))))
                        .append("</th><th scope=\"col\">").append(PageAssembler.escape(axes.y(s))).append("</th>");
            }
            head.append("</tr>").append(sub).append("</tr>");
        }
        head.append("</thead>");
        StringBuilder sb = new StringBuilder("<table>");
        if (!shared) {
            sb.append("<colgroup span=\"2\"></colgroup>".repeat(series.size()));
        }
        sb.append(head).append("<tbody>");
        List<ColumnFormat> formats = columns.stream().map(ColumnFormat::of).toList();
        int n = columns.stream().mapToInt(c -> c.length).max().orElse(0);
        int step = CsvTable.step(n, maxRows);
        for (int i = 0; i < n; i += step) {
            sb.append("<tr>");
            for (int c = 0; c < columns.size(); c++) {
                double[] column = columns.get(c);
                sb.append("<td>").append(i < column.length ? formats.get(c).format(column[i]) : "").append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</tbody></table>").append(CsvTable.thinned(step, n)).toString();
    }

    /** The quotable values: their labels and the numbers as the prose quotes them, with units. */
    static String values(Map<String, Value> values) {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<dl class=\"figure-values\">");
        values.forEach((k, v) -> sb.append("<dt>").append(PageAssembler.escape(DataLabels.value(k))).append("</dt><dd>")
                .append(PageAssembler.escape(v.formatted())).append("</dd>"));
        return sb.append("</dl>").toString();
    }
}
