package illustrated.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import illustrated.content.Article;
import illustrated.content.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static Page page(String rel, String type, String status, String html) {
        Article a = new Article(Path.of("content", rel), Path.of(rel), Map.of("title", "T " + rel, "type", type,
                "status", status, "summary", "S", "tags", "a,b", "series", "rnn"), Map.of(), List.of(), 1);
        return new Page(a, html, "", 3, List.of(), 100);
    }

    @Test
    void sectionsTextAndOnlyPublishedPostsInAddressOrder() throws Exception {
        String body = "<p>Intro words <sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>"
                + "<h2 id=\"law\">The law</h2><p>Decay like <math><msup><mi>e</mi><mi>t</mi></msup></math> here.</p>"
                + "<figure class=\"figure\"><div class=\"figure-media\"><svg><text>AXISLABEL</text></svg></div>"
                + "<figcaption>Figure 1. A caption <span class=\"figure-links\"><a href=\"x.csv\">data (CSV)</a></span>"
                + "<details class=\"figure-data\"><summary>Description and data</summary>"
                + "<p class=\"figure-description\">Three curves.</p><table><tr><td>0.123</td></tr></table></details>"
                + "</figcaption></figure>"
                + "<h3 id=\"sub\">Sub</h3><ul><li><p>item one</p></li></ul>"
                + "<div class=\"footnotes\"><ol><li id=\"fn-1\"><p>A note.</p><a class=\"footnote-backref\" href=\"#fnref-1\">↩</a></li></ol></div>";
        String json = SearchIndex.json(List.of(page("z/b.md", "post", "published", body),
                page("a/a.md", "post", "published", "<p>first</p>"),
                page("a/draft.md", "post", "draft", "<p>secret</p>"),
                page("about.md", "page", "published", "<p>not an article</p>")));
        JsonNode idx = new ObjectMapper().readTree(json);
        assertEquals(2, idx.size());
        assertEquals("a/a.html", idx.get(0).get("uri").asText());
        assertEquals("z/b.html", idx.get(1).get("uri").asText());
        JsonNode s = idx.get(1).get("sections");
        assertEquals("Intro words", s.get(0).get("text").asText());
        assertEquals("law", s.get(1).get("id").asText());
        assertEquals("The law", s.get(1).get("heading").asText());
        String law = s.get(1).get("text").asText();
        assertTrue(law.startsWith("Decay like e^t here."), "a superscript stays one: " + law);
        assertEquals(law.indexOf("Three curves."), law.lastIndexOf("Three curves."), "indexed once: " + law);
        assertTrue(law.contains("Figure 1. A caption Three curves."), law);
        for (String absent : List.of("AXISLABEL", "CSV", "Description and data", "0.123", "e^{t}")) {
            assertFalse(json.contains(absent), absent + " must not be indexed");
        }
        assertEquals("item one A note.", s.get(2).get("text").asText());
        assertEquals(json, SearchIndex.json(List.of(page("a/a.md", "post", "published", "<p>first</p>"),
                page("z/b.md", "post", "published", body))), "the same pages give the same bytes, in any order");
    }

    /** Display formulas are part of the text; a figure's data panel (its table and value names) is not. */
    @Test
    void displayMathIsIndexedAndFigureDataIsNot() throws Exception {
        String body = "<h2 id=\"f\">F</h2><p>In a function such as</p><div class=\"equation\"><span class=\"katex\">"
                + "<math><semantics><mrow><mi>f</mi><mo>=</mo><mi>a</mi><mi>x</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">f=ax</annotation></semantics></math></span></div>"
                + "<p>x is the variable.</p>"
                + "<figure class=\"figure\"><figcaption>Figure 1. Cells. <details class=\"figure-data\">"
                + "<summary>Description and data</summary><p class=\"figure-description\">Empty cells.</p>"
                + "<div class=\"table-scroll\"><table><tr><td>0.5</td></tr></table><p class=\"table-note\">Every 4th"
                + " of 100 rows</p></div><dl class=\"figure-values\"><dt>per-class</dt><dd>100</dd></dl></details>"
                + "</figcaption></figure>";
        JsonNode idx = new ObjectMapper().readTree(SearchIndex.json(List.of(page("a/a.md", "post", "published", body))));
        String text = idx.get(0).get("sections").get(0).get("text").asText();
        assertEquals("In a function such as f=ax x is the variable. Figure 1. Cells. Empty cells.", text);
    }

    /** Inline and display math keep their layout as one line of text: scripts, fractions, matrices, words. */
    @Test
    void mathKeepsItsScriptsFractionsMatricesAndWords() throws Exception {
        // KaTeX's MathML for (a \odot b)_k = a_k\, b_k, \qquad\text{for example}\quad \begin{pmatrix}1\\2\end{pmatrix}
        String hadamard = "<math><semantics><mrow><mo stretchy=\"false\">(</mo><mi>a</mi><mo>⊙</mo><mi>b</mi><msub>"
                + "<mo stretchy=\"false\">)</mo><mi>k</mi></msub><mo>=</mo><msub><mi>a</mi><mi>k</mi></msub>"
                + "<mtext>\u00A0</mtext><msub><mi>b</mi><mi>k</mi></msub><mo separator=\"true\">,</mo>"
                + "<mspace width=\"2em\"/><mtext>for example</mtext><mspace width=\"1em\"/><mrow><mo fence=\"true\">(</mo>"
                + "<mtable><mtr><mtd><mstyle><mn>1</mn></mstyle></mtd></mtr><mtr><mtd><mstyle><mn>2</mn></mstyle></mtd>"
                + "</mtr></mtable><mo fence=\"true\">)</mo></mrow></mrow><annotation encoding=\"application/x-tex\">"
                + "(a \\odot b)_k</annotation></semantics></math>";
        // c^{(t-1)}, \frac{\partial L}{\partial a_i}, \hat{y}, \sqrt{x+1}, \tanh x (with a function application)
        String inline = "<mrow><msup><mi>c</mi><mrow><mo>(</mo><mi>t</mi><mo>−</mo><mn>1</mn><mo>)</mo></mrow></msup>"
                + "<mo separator=\"true\">,</mo><mfrac><mrow><mi>∂</mi><mi>L</mi></mrow><mrow><mi>∂</mi><msub><mi>a</mi>"
                + "<mi>i</mi></msub></mrow></mfrac><mo separator=\"true\">,</mo><mover accent=\"true\"><mi>y</mi>"
                + "<mo>^</mo></mover><mo separator=\"true\">,</mo><msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt>"
                + "<mo separator=\"true\">,</mo><mi>tanh</mi><mo>\u2061</mo><mi>x</mi><mo separator=\"true\">,</mo>"
                + "<mi>\uD835\uDC16</mi><mo>∈</mo><msup><mi>\u211D</mi><mn>2</mn></msup></mrow>";
        String body = "<h2 id=\"m\">M</h2><div class=\"equation\"><span class=\"katex\">" + hadamard + "</span></div>"
                + "<p>Then <span class=\"katex\"><math><semantics>" + inline + "</semantics></math></span>.</p>";
        JsonNode idx = new ObjectMapper().readTree(SearchIndex.json(List.of(page("a/a.md", "post", "published", body))));
        assertEquals("(a⊙b)_k=a_k b_k, for example (1; 2) Then c^(t−1), (∂L)/(∂a_i), y\u0302, √(x+1), tanh x, W∈R^2.",
                idx.get(0).get("sections").get(0).get("text").asText());
    }
}
