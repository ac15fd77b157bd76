package illustrated.content;

import illustrated.figure.RenderedFigure;
import java.util.List;

/** The "Description and data" panel under a figure: its text description, its data and its values. */
final class DataPanel {
    private static final int MAX_TABLE_ROWS = 30;

    private DataPanel() {
    }

    /** Links to every CSV file of a figure (in its details: some figures have many). */
    private static String allData(RenderedFigure f, String root) {
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

    static String html(RenderedFigure f, String root) {
        StringBuilder sb = new StringBuilder("<details class=\"figure-data\"><summary>Description and data</summary>");
        sb.append("<p class=\"figure-description\">").append(PageAssembler.escape(f.spec().description(f.data())))
                .append("</p>");
        sb.append(allData(f, root));
        String main = f.csv().get("");
        if (main != null && !f.data().series().isEmpty()) {
            sb.append("<div class=\"table-scroll\">").append(CsvTable.html(List.of(main.split("\n")), MAX_TABLE_ROWS))
                    .append("</div>");
        } else if (!f.data().grids().isEmpty()) {
            var g = f.data().grids().get(0);
            sb.append("<p>").append(g.rows()).append(" × ").append(g.cols())
                    .append(" grid of values: download the CSV for all of them.</p>");
        }
        if (!f.data().values().isEmpty()) {
            sb.append("<dl class=\"figure-values\">");
            f.data().values().forEach((k, v) -> sb.append("<dt>").append(PageAssembler.escape(k)).append("</dt><dd>")
                    .append(PageAssembler.escape(v.formatted())).append("</dd>"));
            sb.append("</dl>");
        }
        return sb.append("</details>").toString();
    }
}
