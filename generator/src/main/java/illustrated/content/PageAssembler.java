package illustrated.content;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.problem.Suggest;
import illustrated.figure.RenderedFigure;
import illustrated.math.Katex;
import illustrated.math.MathRenderer;
import illustrated.simulation.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a parsed article into page HTML: Markdown through flexmark, then every placeholder
 * replaced — math typeset by KaTeX, figures inlined as accessible SVG with caption, data and
 * provenance links, cross-references numbered and linked, computed values quoted. The parts are
 * {@link FigureBlocks} (figures and tables, with their {@link DataPanel}), {@link CrossReferences}
 * (numbering), {@link Citations} (references) and {@link Contents} (the table of contents).
 */
public final class PageAssembler {
    private static final Pattern BLOCK_P = Pattern.compile("<p>\u27E6(\\d+)\u27E7</p>");
    private static final Pattern MARKER = Pattern.compile("\u27E6(\\d+)\u27E7");
    private static final int WORDS_PER_MINUTE = 220;

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
        CrossReferences numbers = new CrossReferences(tokens, a, problems);
        Citations citations = new Citations(markdown, a, problems);
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.REFERENCES) {
                citations.read(t);
            }
        }
        FigureBlocks blocks = new FigureBlocks(figures, markdown, a, problems, root);

        String[] html = new String[tokens.size()];
        List<String> placed = new ArrayList<>();
        for (Token t : tokens) {
            html[t.index()] = switch (t.kind()) {
                case INLINE_MATH -> math(t, false, a, problems);
                case DISPLAY_MATH -> displayMath(t, numbers, a, problems);
                case FIGURE -> {
                    placed.add(t.id());
                    yield blocks.figure(t, numbers.figure(t.id()));
                }
                case TABLE -> blocks.table(t, numbers.table(t.id()));
                case REFERENCES -> citations.list();
                case FIG_REF, TAB_REF, EQ_REF -> numbers.link(t);
                case VALUE -> value(t, a, problems);
                case CITE -> citations.cite(t);
            };
        }
        // references need the final citation counts: render them again now
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.REFERENCES) {
                html[t.index()] = citations.list();
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
        String tocHtml = Contents.html(doc.body());
        doc.select(".figure-data, .data-table, .references, .footnotes, math").remove();
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

    private String displayMath(Token t, CrossReferences numbers, Article a, Problems problems) {
        // the formula scrolls inside its own box when it is wider than the column, the number stays in view
        String body = "<div class=\"equation-body\">" + math(t, true, a, problems) + "</div>";
        if (t.id() == null) {
            return "<div class=\"equation\">" + body + "</div>";
        }
        Integer n = numbers.equation(t.id());
        return "<div class=\"equation numbered\" id=\"eq-" + t.id() + "\">" + body
                + "<span class=\"equation-number\">(" + n + ")</span></div>";
    }

    /** The cells of one CSV line (quoted cells unquoted). */
    public static List<String> splitCsv(String line) {
        return CsvTable.split(line);
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

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }
}
