package illustrated.content;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.problem.Suggest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page's numbering of figures, tables and labelled equations, in document order, and the links
 * that cite them ("Figure 2", "Table 1", "Equation (3)"). A reference to something the article does
 * not place is a problem at the reference's line.
 */
final class CrossReferences {
    private final Map<String, Integer> figures = new LinkedHashMap<>();
    private final Map<String, Integer> tables = new LinkedHashMap<>();
    private final Map<String, Integer> equations = new LinkedHashMap<>();
    private final Article article;
    private final Problems problems;

    /** Numbers every figure, table and labelled equation of the tokens. */
    CrossReferences(List<Token> tokens, Article article, Problems problems) {
        this.article = article;
        this.problems = problems;
        for (Token t : tokens) {
            switch (t.kind()) {
                case FIGURE -> number(figures, t, "figure");
                case TABLE -> number(tables, t, "table");
                case DISPLAY_MATH -> {
                    if (t.id() != null) {
                        number(equations, t, "equation");
                    }
                }
                default -> { }
            }
        }
    }

    Integer figure(String id) {
        return figures.get(id);
    }

    Integer table(String id) {
        return tables.get(id);
    }

    Integer equation(String id) {
        return equations.get(id);
    }

    /** The link of a {@code FIG_REF}, {@code TAB_REF} or {@code EQ_REF} token. */
    String link(Token t) {
        return switch (t.kind()) {
            case FIG_REF -> xref(t, figures, "fig-", "Figure ", "", "place it with '::: figure " + t.id() + "'");
            case TAB_REF -> xref(t, tables, "tab-", "Table\u00A0", "", "place it with '::: table " + t.id() + "'");
            case EQ_REF -> xref(t, equations, "eq-", "Equation\u00A0(", ")",
                    "label a display formula: end it with a line '$$ {#eq:" + t.id() + "}'");
            default -> throw new IllegalArgumentException("not a cross-reference: " + t.kind());
        };
    }

    private void number(Map<String, Integer> map, Token t, String what) {
        if (t.id() == null) {
            return;
        }
        if (map.containsKey(t.id())) {
            problems.add(Problem.at(article.source(), t.line(), "duplicate " + what + " id '" + t.id() + "'",
                    "each " + what + " is placed once per article; cite it again with a reference instead"));
            return;
        }
        map.put(t.id(), map.size() + 1);
    }

    private String xref(Token t, Map<String, Integer> numbers, String anchorPrefix, String before, String after,
            String hint) {
        Integer n = numbers.get(t.id());
        if (n == null) {
            String kind = anchorPrefix.startsWith("fig") ? "figure" : anchorPrefix.startsWith("tab") ? "table" : "equation";
            String known = Suggest.didYouMean(t.id(), numbers.keySet());
            problems.add(Problem.at(article.source(), t.line(), "reference to " + kind + " '" + t.id()
                    + "' that this article does not place", hint + "; " + known));
            return "";
        }
        return "<a class=\"xref\" href=\"#" + anchorPrefix + t.id() + "\">" + before + n + after + "</a>";
    }
}
