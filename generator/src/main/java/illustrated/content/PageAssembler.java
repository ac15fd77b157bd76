package illustrated.content;

import illustrated.format.Decimal;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.problem.Suggest;
import illustrated.figure.RenderedFigure;
import illustrated.math.Katex;
import illustrated.math.MathRenderer;
import illustrated.simulation.Value;
import illustrated.content.StyleHoister;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a parsed article into page HTML: Markdown through flexmark, then every placeholder
 * replaced — math typeset by KaTeX, figures inlined as accessible SVG with caption, data and
 * provenance links, cross-references numbered and linked, computed values quoted.
 */
public final class PageAssembler {
    private static final Pattern BLOCK_P = Pattern.compile("<p>\u27E6(\\d+)\u27E7</p>");
    private static final Pattern MARKER = Pattern.compile("\u27E6(\\d+)\u27E7");
    private static final int WORDS_PER_MINUTE = 220;
    private static final int MAX_TABLE_ROWS = 30;

    private final Map<String, RenderedFigure> figures;
    private final MathRenderer math;
    private final StyleHoister hoister;
    private final Markdown markdown;

    public PageAssembler(Map<String, RenderedFigure> figures, MathRenderer math, StyleHoister hoister,
            Markdown markdown) {
        this.figures = figures;
        this.math = math;
        this.hoister = hoister;
        this.markdown = markdown;
    }

    public Page assemble(ParsedBody body, Problems problems) {
        try {
            return assembleChecked(body, problems);
        } catch (StackOverflowError e) {
            // an input problem, not a crash: say where, in three lines, instead of a thousand-line trace
            problems.add(PageChecks.tooDeep(body.article(), markdown));
            return new Page(body.article(), "", "", 1, List.of(), 0);
        }
    }

    private Page assembleChecked(ParsedBody body, Problems problems) {
        Article a = body.article();
        int problemsBefore = problems.list().size();
        List<Token> tokens = body.tokens();
        String root = "../".repeat((int) a.uri().chars().filter(c -> c == '/').count());

        // numbering in document order
        Map<String, Integer> figNo = new LinkedHashMap<>();
        Map<String, Integer> tabNo = new LinkedHashMap<>();
        Map<String, Integer> eqNo = new LinkedHashMap<>();
        Map<String, Integer> refNo = new LinkedHashMap<>();
        Map<String, String> refText = new LinkedHashMap<>();
        Map<String, Integer> citeCount = new LinkedHashMap<>();
        for (Token t : tokens) {
            switch (t.kind()) {
                case FIGURE -> number(figNo, t, "figure", a, problems);
                case TABLE -> number(tabNo, t, "table", a, problems);
                case DISPLAY_MATH -> {
                    if (t.id() != null) {
                        number(eqNo, t, "equation", a, problems);
                    }
                }
                case REFERENCES -> parseReferences(t, a, refNo, refText, problems);
                default -> { }
            }
        }

        String[] html = new String[tokens.size()];
        List<String> placed = new ArrayList<>();
        for (Token t : tokens) {
            html[t.index()] = switch (t.kind()) {
                case INLINE_MATH -> math(t, false, a, problems);
                case DISPLAY_MATH -> displayMath(t, eqNo, a, problems);
                case FIGURE -> {
                    placed.add(t.id());
                    yield figure(t, figNo.get(t.id()), root, a, problems);
                }
                case TABLE -> table(t, tabNo.get(t.id()), root, a, problems);
                case REFERENCES -> references(refNo, refText, citeCount);
                case FIG_REF -> xref(t, figNo, "fig-", "Figure ", "", a, problems,
                        "place it with '::: figure " + t.id() + "'");
                case TAB_REF -> xref(t, tabNo, "tab-", "Table\u00A0", "", a, problems,
                        "place it with '::: table " + t.id() + "'");
                case EQ_REF -> xref(t, eqNo, "eq-", "Equation\u00A0(", ")", a, problems,
                        "label a display formula: end it with a line '$$ {#eq:" + t.id() + "}'");
                case VALUE -> value(t, a, problems);
                case CITE -> cite(t, refNo, citeCount, a, problems);
            };
        }
        // references need the final citation counts: render them again now
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.REFERENCES) {
                html[t.index()] = references(refNo, refText, citeCount);
            }
        }

        com.vladsch.flexmark.util.ast.Document tree = markdown.parse(body.markdown());
        PageChecks.sourceHtml(tree, body, markdown, problems);
        String out = markdown.render(tree);
        // blocks first (their HTML may contain inline markers from captions), then inline markers
        for (int pass = 0; pass < 3 && out.indexOf('\u27E6') >= 0; pass++) {
            out = replace(BLOCK_P, out, html);
            out = replace(MARKER, out, html);
        }
        out = hoister.hoist(out);

        Document doc = Jsoup.parseBodyFragment(out);
        PageChecks.assembled(doc.body(), out, tree, body, problems, problems.list().size() > problemsBefore);
        StringBuilder toc = new StringBuilder();
        int open = 0;
        for (Element h : doc.select("h2[id], h3[id]")) {
            boolean sub = h.tagName().equals("h3");
            if (sub && open == 0) {
                toc.append("<ol>");
                open = 1;
            } else if (!sub && open == 1) {
                toc.append("</ol></li>");
                open = 0;
            } else if (toc.length() > 0) {
                toc.append("</li>");
            }
            // a formula in a heading: its text once (KaTeX repeats it in the MathML, the TeX annotation and the HTML)
            Element plain = h.clone();
            plain.select(".katex-html, annotation").remove();
            String label = plain.text();
            toc.append("<li><a href=\"#").append(h.id()).append("\">").append(escape(label)).append("</a>");
        }
        if (open == 1) {
            toc.append("</ol></li>");
        } else if (toc.length() > 0) {
            toc.append("</li>");
        }
        String tocHtml = toc.length() == 0 ? "" : "<ol>" + toc + "</ol>";
        doc.select(".figure-data, .data-table, .references, .footnotes, .katex-mathml").remove();
        String text = String.join(" ", doc.select("p, li, h2, h3, figcaption").eachText());
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        int minutes = Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
        return new Page(a, out, tocHtml, minutes, placed, words);
    }

    private static String replace(Pattern p, String s, String[] html) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(i < html.length && html[i] != null ? html[i] : ""));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void number(Map<String, Integer> map, Token t, String what, Article a, Problems problems) {
        if (t.id() == null) {
            return;
        }
        if (map.containsKey(t.id())) {
            problems.add(Problem.at(a.source(), t.line(), "duplicate " + what + " id '" + t.id() + "'",
                    "each " + what + " is placed once per article; cite it again with a reference instead"));
            return;
        }
        map.put(t.id(), map.size() + 1);
    }

    private String math(Token t, boolean display, Article a, Problems problems) {
        try {
            return math.render(t.text(), display);
        } catch (Katex.MathError e) {
            int line = t.line();
            int pos = Math.max(0, Math.min(t.text().length(), e.position() - 1));
            line += (int) t.text().substring(0, pos).chars().filter(c -> c == '\n').count();
            problems.add(new Problem(a.source(), line, "invalid LaTeX: " + e.getMessage(),
                    "KaTeX cannot typeset the formula '" + abbreviate(t.text()) + "'",
                    e.getMessage().contains("trust: false") ? "formulas cannot hold links, images or HTML: write the "
                            + "link in Markdown next to the formula, [text](https://…)"
                            : "fix the LaTeX at the position KaTeX names (KaTeX supports most of amsmath; see katex.org/docs/supported)"));
            return "<span class=\"math-error\"></span>";
        }
    }

    private String displayMath(Token t, Map<String, Integer> eqNo, Article a, Problems problems) {
        // the formula scrolls inside its own box when it is wider than the column, the number stays in view
        String body = "<div class=\"equation-body\">" + math(t, true, a, problems) + "</div>";
        if (t.id() == null) {
            return "<div class=\"equation\">" + body + "</div>";
        }
        Integer n = eqNo.get(t.id());
        return "<div class=\"equation numbered\" id=\"eq-" + t.id() + "\">" + body
                + "<span class=\"equation-number\">(" + n + ")</span></div>";
    }

    private RenderedFigure lookup(Token t, String id, Article a, Problems problems) {
        RenderedFigure f = figures.get(id);
        if (f == null) {
            problems.add(Problem.at(a.source(), t.line(), "unknown figure id '" + id + "'",
                    Suggest.didYouMean(id, figures.keySet())));
        }
        return f;
    }

    private String figure(Token t, Integer n, String root, Article a, Problems problems) {
        RenderedFigure f = lookup(t, t.id(), a, problems);
        if (f == null || n == null) {
            return "";
        }
        if (f.svg() == null) {
            problems.add(Problem.at(a.source(), t.line(), "'" + t.id() + "' has no picture (it only computes values)",
                    "quote its values with [[val:" + t.id() + "/name]] or show it with '::: table " + t.id() + "'"));
            return "";
        }
        String id = f.spec().id();
        String caption = markdown.inlineHtml(t.text());
        StringBuilder sb = new StringBuilder();
        sb.append("<figure class=\"figure\" id=\"fig-").append(id).append("\">")
                // the drawing keeps the width at which its smallest label is legible and scrolls in its box
                .append("<div class=\"figure-media\"").append(FigureFit.style(f.svg()))
                .append("><div class=\"figure-scroll\">").append(inlineSvg(f.svg())).append("</div></div>")
                .append("<figcaption><span class=\"figure-number\">Figure&nbsp;").append(n).append(".</span> ")
                .append(caption)
                .append(links(f, root))
                .append(dataDetails(f, root))
                .append("</figcaption>")
                .append("</figure>");
        return sb.toString();
    }

    private String table(Token t, Integer n, String root, Article a, Problems problems) {
        RenderedFigure f = lookup(t, t.id(), a, problems);
        if (f == null || n == null) {
            return "";
        }
        if (f.data().tables().isEmpty()) {
            problems.add(Problem.at(a.source(), t.line(), "'" + t.id() + "' computes no table",
                    "place it with '::: figure " + t.id() + "' instead, or add a table to its dataset"));
            return "";
        }
        List<String> lines = f.data().tables().values().iterator().next();
        return "<figure class=\"data-table\" id=\"tab-" + t.id() + "\">"
                + "<figcaption><span class=\"figure-number\">Table&nbsp;" + n + ".</span> "
                + markdown.inlineHtml(t.text()) + links(f, root) + "</figcaption>"
                + "<div class=\"table-scroll\">" + htmlTable(lines, Integer.MAX_VALUE) + "</div></figure>";
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
                .append(" <span class=\"provenance\">(").append(escape(f.provenance().simulationClass()
                        .replaceFirst("^.*\\.", "").replace('$', '.'))).append(f.spec().kind() == illustrated.figure.FigureSpec.Kind.DIAGRAM
                                && f.provenance().seed() == 0 ? "" : ", seed " + f.provenance().seed())
                .append(")</span></span>");
        return sb.toString();
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
                    .append(suffix.isEmpty() ? "main" : escape(suffix)).append("</a>");
            sep = " · ";
        }
        return sb.append("</p>").toString();
    }

    private String dataDetails(RenderedFigure f, String root) {
        StringBuilder sb = new StringBuilder("<details class=\"figure-data\"><summary>Description and data</summary>");
        sb.append("<p class=\"figure-description\">").append(escape(f.spec().description(f.data()))).append("</p>");
        sb.append(allData(f, root));
        String main = f.csv().get("");
        if (main != null && !f.data().series().isEmpty()) {
            sb.append("<div class=\"table-scroll\">").append(htmlTable(List.of(main.split("\n")), MAX_TABLE_ROWS))
                    .append("</div>");
        } else if (!f.data().grids().isEmpty()) {
            var g = f.data().grids().get(0);
            sb.append("<p>").append(g.rows()).append(" × ").append(g.cols())
                    .append(" grid of values: download the CSV for all of them.</p>");
        }
        if (!f.data().values().isEmpty()) {
            sb.append("<dl class=\"figure-values\">");
            f.data().values().forEach((k, v) -> sb.append("<dt>").append(escape(k)).append("</dt><dd>")
                    .append(escape(v.formatted())).append("</dd>"));
            sb.append("</dl>");
        }
        return sb.append("</details>").toString();
    }

    /** An HTML table from CSV lines (header first); long tables are thinned evenly and say so. */
    static String htmlTable(List<String> lines, int maxRows) {
        if (lines.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines) {
            if (!l.isEmpty()) {
                rows.add(splitCsv(l));
            }
        }
        StringBuilder sb = new StringBuilder("<table><thead><tr>");
        for (String h : rows.get(0)) {
            sb.append("<th scope=\"col\">").append(escape(h)).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        int n = rows.size() - 1;
        int step = n > maxRows ? (int) Math.ceil(n / (double) maxRows) : 1;
        for (int i = 1; i <= n; i += step) {
            sb.append("<tr>");
            for (String c : rows.get(i)) {
                sb.append("<td>").append(escape(shortNumber(c))).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        if (step > 1) {
            sb.append("<p class=\"table-note\">Every ").append(step).append(ordinalSuffix(step))
                    .append(" of ").append(n).append(" rows; the CSV has them all.</p>");
        }
        return sb.toString();
    }

    private static String ordinalSuffix(int n) {
        int m = n % 100;
        if (m >= 11 && m <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String shortNumber(String c) {
        try {
            if (c.matches("-?\\d+\\.\\d{6,}(E-?\\d+)?")) {
                return Decimal.format("%.6g", Double.parseDouble(c));
            }
        } catch (NumberFormatException e) {
            return c;
        }
        return c;
    }

    /** The cells of one CSV line (quoted cells unquoted). */
    public static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
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

    private String xref(Token t, Map<String, Integer> numbers, String anchorPrefix, String before, String after,
            Article a, Problems problems, String hint) {
        Integer n = numbers.get(t.id());
        if (n == null) {
            String kind = anchorPrefix.startsWith("fig") ? "figure" : anchorPrefix.startsWith("tab") ? "table" : "equation";
            String known = Suggest.didYouMean(t.id(), numbers.keySet());
            problems.add(Problem.at(a.source(), t.line(), "reference to " + kind + " '" + t.id()
                    + "' that this article does not place", hint + "; " + known));
            return "";
        }
        return "<a class=\"xref\" href=\"#" + anchorPrefix + t.id() + "\">" + before + n + after + "</a>";
    }

    private String value(Token t, Article a, Problems problems) {
        int slash = t.id().indexOf('/');
        if (slash < 0) {
            problems.add(Problem.at(a.source(), t.line(), "value reference '" + t.text() + "' has no value name",
                    "write [[val:figure-id/value-name]]"));
            return "";
        }
        String fig = t.id().substring(0, slash);
        String name = t.id().substring(slash + 1);
        RenderedFigure f = figures.get(fig);
        if (f == null) {
            problems.add(Problem.at(a.source(), t.line(), "unknown figure id '" + fig + "' in " + t.text(),
                    Suggest.didYouMean(fig, figures.keySet())));
            return "";
        }
        Value v = f.data().values().get(name);
        if (v == null) {
            problems.add(Problem.at(a.source(), t.line(), "figure '" + fig + "' computes no value '" + name + "'",
                    Suggest.didYouMean(name, f.data().values().keySet())));
            return "";
        }
        if (!Double.isFinite(v.value())) {
            problems.add(new Problem(a.source(), t.line(), "the value '" + fig + "/" + name + "' is " + illustrated.format.Decimal.shortest(v.value()),
                    "the simulation of '" + fig + "' computed no number here, and the text would print '"
                            + v.formatted() + "'", "fix the simulation (run it alone with generator/bin/site preview "
                            + fig + ")"));
            return "";
        }
        return "<span class=\"computed\" title=\"computed at build time (" + escape(fig + "/" + name) + ")\">"
                + escape(v.formatted()) + "</span>";
    }

    private static void parseReferences(Token t, Article a, Map<String, Integer> refNo, Map<String, String> refText,
            Problems problems) {
        int line = t.line();
        for (String l : t.text().split("\n")) {
            line++;
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = Pattern.compile("^[-*]\\s+([A-Za-z0-9_-]+):\\s+(.+)$").matcher(s);
            if (!m.matches()) {
                problems.add(Problem.at(a.source(), line, "malformed reference line '" + s + "'",
                        "write '- key: Author (year). Title. Publisher.'"));
                continue;
            }
            if (refNo.containsKey(m.group(1))) {
                problems.add(Problem.at(a.source(), line, "duplicate reference key '" + m.group(1) + "'",
                        "give each reference its own key"));
                continue;
            }
            refNo.put(m.group(1), refNo.size() + 1);
            refText.put(m.group(1), m.group(2));
        }
    }

    private String cite(Token t, Map<String, Integer> refNo, Map<String, Integer> citeCount, Article a,
            Problems problems) {
        Integer n = refNo.get(t.id());
        if (n == null) {
            problems.add(Problem.at(a.source(), t.line(), "citation of unknown reference '" + t.id() + "'",
                    "add '- " + t.id() + ": …' to the '::: references' block; " + Suggest.didYouMean(t.id(),
                            refNo.keySet())));
            return "";
        }
        int k = citeCount.merge(t.id(), 1, Integer::sum);
        return "<a class=\"citation\" id=\"cite-" + t.id() + "-" + k + "\" href=\"#ref-" + t.id()
                + "\" aria-label=\"reference " + n + "\">[" + n + "]</a>";
    }

    private String references(Map<String, Integer> refNo, Map<String, String> refText,
            Map<String, Integer> citeCount) {
        StringBuilder sb = new StringBuilder("<ol class=\"references\">");
        for (String key : refNo.keySet()) {
            sb.append("<li id=\"ref-").append(key).append("\">").append(markdown.inlineHtml(refText.get(key)));
            int c = citeCount.getOrDefault(key, 0);
            for (int k = 1; k <= c; k++) {
                sb.append(" <a class=\"backref\" href=\"#cite-").append(key).append('-').append(k)
                        .append("\" aria-label=\"back to citation ").append(k).append("\">↩\uFE0E")
                        .append(c > 1 ? "<sup>" + k + "</sup>" : "").append("</a>");
            }
            sb.append("</li>");
        }
        return sb.append("</ol>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }
}
