package illustrated.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The allow-list lets harmless HTML through untouched and names what it refuses, at its line. */
class HtmlPolicyTest {
    private static final Markdown MD = new Markdown();

    private static List<Problem> check(String markdown) {
        Article a = new Article(Path.of("content/x.md"), Path.of("x.md"), Map.of(), Map.of(),
                List.of(markdown.split("\n", -1)), 10);
        Problems problems = new Problems();
        HtmlPolicy.check(MD.parse(markdown), l -> 10 + l, a, problems);
        return problems.list();
    }

    @Test
    void harmlessHtmlAndLinksPass() {
        String md = """
                Press <kbd>Ctrl</kbd>+<kbd>S</kbd>; x<sup>2</sup>, H<sub>2</sub>O, <abbr title="recurrent">RNN</abbr>.

                <details class="aside"><summary>More</summary>
                <p>Hidden <em>text</em> with <a href="https://example.org/a?b=c#d" title="t">a link</a>.</p>
                </details>

                <img src="../favicon.svg" alt="icon" width="16" height="16">

                [other](other.html#part), [mail](mailto:someone@example.org), [top](#top), <https://example.org>.
                """;
        assertEquals(List.of(), check(md));
        String html = MD.toHtml(md);
        assertTrue(html.contains("<kbd>Ctrl</kbd>") && html.contains("<details class=\"aside\">"),
                "published as written: " + html);
    }

    @Test
    void refusalsNameTheLine() {
        List<Problem> ps = check("Fine.\n\nStill fine.\n\n<span onmouseover=\"x()\">hover</span>\n");
        assertEquals(1, ps.size(), ps.toString());
        assertEquals(14, ps.get(0).line());
        assertTrue(ps.get(0).what().contains("'onmouseover' on <span>"), ps.get(0).what());
    }

    @Test
    void multiLineBlockPointsAtTheElementsOwnLine() {
        List<Problem> ps = check("<div class=\"note\">\n<p>ok</p>\n<iframe src=\"https://e.example/\"></iframe>\n</div>\n");
        assertEquals(1, ps.size(), ps.toString());
        assertEquals(12, ps.get(0).line());
    }

    @Test
    void schemesAsBrowsersReadThem() {
        assertEquals("javascript", HtmlPolicy.scheme(" JaVa\tScRipt:alert(1)"));
        assertEquals("javascript", HtmlPolicy.scheme("java\nscript:alert(1)"));
        assertEquals("data", HtmlPolicy.scheme("data:text/html,x"));
        assertNull(HtmlPolicy.scheme("other.html#a:b"));
        assertNull(HtmlPolicy.scheme("./x:y"));
        assertNull(HtmlPolicy.scheme("#a"));
    }

    @Test
    void theAssembledPageIsCheckedAgain() {
        assertNull(HtmlPolicy.unsafe("<p>ok <a href=\"https://example.org\">x</a></p><svg><image href=\"data:image/png;base64,AA\"/></svg>"));
        assertTrue(HtmlPolicy.unsafe("<p onclick=\"x\">x</p>").contains("'onclick'"));
        assertTrue(HtmlPolicy.unsafe("<p><a href=\"vbscript:x\">x</a></p>").contains("'vbscript:'"));
        assertTrue(HtmlPolicy.unsafe("<div><script>x</script></div>").contains("<script>"));
    }
}
