package illustrated.content;

import illustrated.figure.RenderedFigure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure's data page, {@code figures/<id>.html} beside its SVG, CSV and JSON: the description, the
 * readers' table of its data (the one {@link DataPanel} used to put under the figure), its files and
 * the way back to the figure. The panel under the figure links here, and site.js fetches the table
 * from here when a reader opens the panel, so that the article carries no table until it is asked for.
 *
 * @param uri     the page's path in the site ({@code figures/<id>.html})
 * @param number  the figure's number in its article
 * @param title   the page's title
 * @param summary the figure's description (the page's meta description)
 * @param body    the page's HTML, under its heading
 * @param article the article that places the figure (its first, when several do)
 */
public record DataPage(String uri, int number, String title, String summary, String body, Article article) {

    /** The data page of every figure the pages place, in the order they place them, each once. */
    public static List<DataPage> of(List<Page> pages, Map<String, RenderedFigure> figures) {
        Map<String, DataPage> out = new LinkedHashMap<>();
        for (Page p : pages) {
            // figures are numbered in the order the page places them, as CrossReferences numbers them
            List<String> ids = p.figureIds().stream().distinct().toList();
            for (int i = 0; i < ids.size(); i++) {
                RenderedFigure f = figures.get(ids.get(i));
                if (f != null && f.svg() != null && !out.containsKey(ids.get(i))) {
                    out.put(ids.get(i), of(f, i + 1, p.article()));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The data page of figure {@code f}, number {@code n} of {@code article}. */
    public static DataPage of(RenderedFigure f, int n, Article article) {
        String id = f.spec().id();
        String description = f.spec().description(f.data());
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"data-page-back\"><a href=\"../").append(article.uri()).append("#fig-").append(id)
                .append("\">Back to Figure&nbsp;").append(n).append(" in “")
                .append(PageAssembler.escape(article.title())).append("”</a></p>");
        sb.append("<p class=\"figure-description\">").append(PageAssembler.escape(description)).append("</p>");
        sb.append("<p class=\"figure-links\">Files: ");
        if (f.csv().containsKey("")) {
            sb.append("<a href=\"").append(id).append(".csv\">data (CSV)</a> · ");
        }
        sb.append("<a href=\"").append(id).append(".json\">how it was made (JSON)</a> · <a href=\"").append(id)
                .append(".svg\">the figure (SVG)</a></p>");
        sb.append(DataPanel.allData(f, "../"));
        sb.append(DataPanel.data(f));
        sb.append(DataPanel.values(f.data().values()));
        String title = new StringBuilder("Data of Figure ").append(n).append(": ").append(f.spec().title()).toString();
        return new DataPage("figures/" + id + ".html", n, title, description, sb.toString(), article);
    }
}
