package illustrated.content;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.problem.Suggest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page's references and citations: the {@code ::: references} block read into numbered keys,
 * each {@code [[cite:key]]} a numbered link with its own anchor, and the list with a back-link per
 * citation. Render the list after the citations: {@link #list} needs their final count.
 */
final class Citations {
    private static final Pattern LINE = Pattern.compile("^[-*]\\s+([A-Za-z0-9_-]+):\\s+(.+)$");

    private final Map<String, Integer> number = new LinkedHashMap<>();
    private final Map<String, String> text = new LinkedHashMap<>();
    private final Map<String, Integer> cited = new LinkedHashMap<>();
    private final Markdown markdown;
    private final Article article;
    private final Problems problems;

    Citations(Markdown markdown, Article article, Problems problems) {
        this.markdown = markdown;
        this.article = article;
        this.problems = problems;
    }

    /** Reads one {@code ::: references} block: a line "- key: text" per reference. */
    void read(Token t) {
        int line = t.line();
        for (String l : t.text().split("\n")) {
            line++;
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(s);
            if (!m.matches()) {
                problems.add(Problem.at(article.source(), line, "malformed reference line '" + s + "'",
                        "write '- key: Author (year). Title. Publisher.'"));
                continue;
            }
            if (number.containsKey(m.group(1))) {
                problems.add(Problem.at(article.source(), line, "duplicate reference key '" + m.group(1) + "'",
                        "give each reference its own key"));
                continue;
            }
            number.put(m.group(1), number.size() + 1);
            text.put(m.group(1), m.group(2));
        }
    }

    /** A citation: "[n]" linking to the reference, with an anchor the reference links back to. */
    String cite(Token t) {
        Integer n = number.get(t.id());
        if (n == null) {
            problems.add(Problem.at(article.source(), t.line(), "citation of unknown reference '" + t.id() + "'",
                    "add '- " + t.id() + ": …' to the '::: references' block; " + Suggest.didYouMean(t.id(),
                            number.keySet())));
            return "";
        }
        int k = cited.merge(t.id(), 1, Integer::sum);
        return "<a class=\"citation\" id=\"cite-" + t.id() + "-" + k + "\" href=\"#ref-" + t.id()
                + "\" aria-label=\"reference " + n + "\">[" + n + "]</a>";
    }

    /** The numbered list, a back-link to each citation of each reference. */
    String list() {
        StringBuilder sb = new StringBuilder("<ol class=\"references\">");
        for (String key : number.keySet()) {
            sb.append("<li id=\"ref-").append(key).append("\">").append(markdown.inlineHtml(text.get(key)));
            int c = cited.getOrDefault(key, 0);
            for (int k = 1; k <= c; k++) {
                sb.append(" <a class=\"backref\" href=\"#cite-").append(key).append('-').append(k)
                        .append("\" aria-label=\"back to citation ").append(k).append("\">↩\uFE0E")
                        .append(c > 1 ? "<sup>" + k + "</sup>" : "").append("</a>");
            }
            sb.append("</li>");
        }
        return sb.append("</ol>").toString();
    }
}
