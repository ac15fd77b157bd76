package illustrated.content;

import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.problem.Suggest;
import java.util.List;
import java.util.Map;

/**
 * The blocks a page places from the figure stage: {@code ::: figure} (the SVG inline in a scrolling
 * box, with the figure's narrow layout beside it when it has one, its caption, download links and data
 * panel) and {@code ::: table} (a dataset's table).
 */
final class FigureBlocks {
    private final Map<String, RenderedFigure> figures;
    private final Markdown markdown;
    private final Article article;
    private final Problems problems;
    private final String root;

    /** {@code root}: the way from the page up to the site's root ("../" per folder). */
    FigureBlocks(Map<String, RenderedFigure> figures, Markdown markdown, Article article, Problems problems,
            String root) {
        this.figures = figures;
        this.markdown = markdown;
        this.article = article;
        this.problems = problems;
        this.root = root;
    }

    /** The figure, or null (with a problem) when no figure has that id. */
    RenderedFigure lookup(Token t, String id) {
        RenderedFigure f = figures.get(id);
        if (f == null) {
            problems.add(Problem.at(article.source(), t.line(), "unknown figure id '" + id + "'",
                    Suggest.didYouMean(id, figures.keySet())));
        }
        return f;
    }

    /** A {@code ::: figure} block numbered {@code n} (null: a duplicate, already reported). */
    String figure(Token t, Integer n) {
        RenderedFigure f = lookup(t, t.id());
        if (f == null || n == null) {
            return "";
        }
        if (f.svg() == null) {
            problems.add(Problem.at(article.source(), t.line(), "'" + t.id() + "' has no picture (it only computes values)",
                    "quote its values with [[val:" + t.id() + "/name]] or show it with '::: table " + t.id() + "'"));
            return "";
        }
        String id = f.spec().id();
        String caption = markdown.inlineHtml(t.text());
        StringBuilder sb = new StringBuilder();
        sb.append("<figure class=\"figure\" id=\"fig-").append(id).append("\">")
                // the drawing keeps the width at which its smallest label is legible and scrolls in its box
                .append("<div class=\"figure-media").append(f.narrowSvg() == null ? "" : " has-narrow").append('"')
                .append(FigureFit.style(f.svg())).append("><div class=\"figure-scroll")
                .append(f.narrowSvg() == null ? "" : " figure-wide").append("\">").append(inlineSvg(f.svg()))
                .append("</div>");
        if (f.narrowSvg() != null) {
            // the narrow layout, shown by the stylesheet instead of the wide one where that would scroll
            sb.append("<div class=\"figure-scroll figure-narrow\"").append(FigureFit.style(f.narrowSvg())).append('>')
                    .append(inlineSvg(f.narrowSvg())).append("</div>");
        }
        sb.append("</div>")
                .append("<figcaption><span class=\"figure-number\">Figure&nbsp;").append(n).append(".</span> ")
                .append(caption)
                .append(links(f, root))
                .append(DataPanel.html(f, root))
                .append("</figcaption>")
                .append("</figure>");
        return sb.toString();
    }

    /** A {@code ::: table} block numbered {@code n}: the first table of the dataset, every row. */
    String table(Token t, Integer n) {
        RenderedFigure f = lookup(t, t.id());
        if (f == null || n == null) {
            return "";
        }
        if (f.data().tables().isEmpty()) {
            problems.add(Problem.at(article.source(), t.line(), "'" + t.id() + "' computes no table",
                    "place it with '::: figure " + t.id() + "' instead, or add a table to its dataset"));
            return "";
        }
        List<String> lines = f.data().tables().values().iterator().next();
        return "<figure class=\"data-table\" id=\"tab-" + t.id() + "\">"
                + "<figcaption><span class=\"figure-number\">Table&nbsp;" + n + ".</span> "
                + markdown.inlineHtml(t.text()) + links(f, root) + "</figcaption>"
                + "<div class=\"table-scroll\">" + CsvTable.html(lines, Integer.MAX_VALUE) + "</div></figure>";
    }

    private static String links(RenderedFigure f, String root) {
        String id = f.spec().id();
        StringBuilder sb = new StringBuilder("<span class=\"figure-links\">");
        String sep = "";
        if (f.csv().containsKey("")) {
            sb.append("<a href=\"").append(root).append("figures/").append(id).append(".csv\">data (CSV)</a>");
            sep = " · ";
        }
        if (f.svg() != null) {
            sb.append(sep).append("<a href=\"").append(root).append("figures/").append(id).append(".svg\">SVG</a>");
            sep = " · ";
        }
        sb.append(sep).append("<a href=\"").append(root).append("figures/").append(id)
                .append(".json\">how it was made</a>")
                .append(" <span class=\"provenance\">(").append(PageAssembler.escape(f.provenance().simulationClass()
                        .replaceFirst("^.*\\.", "").replace('$', '.'))).append(f.spec().kind() == FigureSpec.Kind.DIAGRAM
                                && f.provenance().seed() == 0 ? "" : ", seed " + f.provenance().seed())
                .append(")</span></span>");
        return sb.toString();
    }

    private static String inlineSvg(String svg) {
        String s = svg.replaceFirst("^<svg([^>]*?)\\sxmlns:jfreesvg='[^']*'", "<svg$1");
        if (!s.contains("xlink:")) {
            s = s.replaceFirst("\\sxmlns:xlink='[^']*'", "");
        } else {
            s = s.replaceFirst("(xmlns:xlink='[^']*'[^>]*?)", "$1");
        }
        return s.strip();
    }
}
