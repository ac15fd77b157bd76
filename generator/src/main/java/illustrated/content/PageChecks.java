package illustrated.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Checks of an assembled page: every id once, and Markdown that nests deeper than the parser can go. */
final class PageChecks {
    private PageChecks() {
    }

    /** Raw HTML and link addresses of the body and of the captions and reference lists (see {@link HtmlPolicy}). */
    static void sourceHtml(Node tree, ParsedBody body, Markdown markdown, Problems problems) {
        Article a = body.article();
        HtmlPolicy.check(tree, body::sourceLine, a, problems);
        for (Token t : body.tokens()) {
            if (t.isBlock() && t.kind() != Token.Kind.DISPLAY_MATH && !t.text().isEmpty()) {
                HtmlPolicy.check(markdown.parse(t.text()), l -> t.line() + 1 + l, a, problems);
            }
        }
    }

    /** The assembled body: ids once each, and (when the article had no problem so far) nothing unsafe in it. */
    static void assembled(Element body, String html, Node tree, ParsedBody parsed, Problems problems, boolean failed) {
        duplicateIds(body, tree, parsed, problems);
        String unsafe = failed ? null : HtmlPolicy.unsafe(html);
        if (unsafe != null) {
            problems.add(new Problem(parsed.article().source(), 0, unsafe, "pages may not run scripts, load other "
                    + "pages or use addresses other than http, https, mailto and relative ones",
                    "find what wrote it in this article"));
        }
    }

    /**
     * Two elements with one id: the second cannot be linked to, and the table of contents or a
     * cross-reference silently points at the first. Reported at the heading that reuses it.
     */
    static void duplicateIds(Element body, Node tree, ParsedBody parsed, Problems problems) {
        Map<String, List<Integer>> headingLines = new LinkedHashMap<>();
        for (Node n : tree.getDescendants()) {
            if (n instanceof Heading h && h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
                headingLines.computeIfAbsent(h.getAnchorRefId(), k -> new ArrayList<>())
                        .add(parsed.sourceLine(n.getStartLineNumber()));
            }
        }
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Element e : body.select("[id]")) {
            count.merge(e.id(), 1, Integer::sum);
        }
        Article a = parsed.article();
        for (Map.Entry<String, Integer> c : count.entrySet()) {
            if (c.getValue() < 2) {
                continue;
            }
            String id = c.getKey();
            List<Integer> lines = headingLines.getOrDefault(id, List.of());
            int line = lines.isEmpty() ? lineOfHtmlId(a, id) : lines.get(Math.min(1, lines.size() - 1));
            String other = lines.size() >= 2 ? "the heading on line " + lines.get(0) + " has it too"
                    : "a figure, equation, footnote or HTML element of this page has it too";
            problems.add(new Problem(a.source(), line, "duplicate id '" + id + "'",
                    other + "; links to #" + id + " and the table of contents would only ever reach the first",
                    "give this heading an id of its own, e.g. {#" + id + "-2}"));
        }
    }

    private static int lineOfHtmlId(Article a, String id) {
        List<String> body = a.body();
        for (int i = 0; i < body.size(); i++) {
            String l = body.get(i);
            if (l.contains("id=\"" + id + "\"") || l.contains("id='" + id + "'") || l.contains("{#" + id + "}")) {
                return a.bodyStart() + i;
            }
        }
        return 0;
    }

    /**
     * The first line at which the article nests too deeply for the Markdown parser (quotes, lists or
     * emphasis inside one another thousands of levels deep): the shortest prefix of the body that
     * overflows the stack, found by bisection.
     */
    static Problem tooDeep(Article a, Markdown markdown) {
        List<String> body = a.body();
        int lo = 0;
        int hi = body.size(); // the whole body overflows
        while (lo + 1 < hi) {
            int mid = (lo + hi) >>> 1;
            if (overflows(markdown, body.subList(0, mid))) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return new Problem(a.source(), a.bodyStart() + Math.max(0, hi - 1),
                "the Markdown nests too deeply to be read (block quotes, lists or emphasis thousands of levels deep)",
                "the Markdown parser ran out of stack on this line", "flatten the nesting on this line");
    }

    private static boolean overflows(Markdown markdown, List<String> lines) {
        try {
            markdown.toHtml(String.join("\n", lines));
            return false;
        } catch (StackOverflowError e) {
            return true;
        }
    }
}
