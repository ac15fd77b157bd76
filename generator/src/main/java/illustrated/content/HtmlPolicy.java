package illustrated.content;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * What HTML an article may contain. Raw HTML in the Markdown is checked against an allow-list
 * (jsoup's {@link Safelist#relaxed()} plus a few harmless tags, and {@code class}, {@code id},
 * {@code title}, {@code lang}, {@code dir} on every element): anything else, a {@code <script>}, an
 * {@code <iframe>}, a {@code <meta http-equiv="refresh">}, an {@code on…} handler, a {@code style}
 * attribute, is refused with an error at the article's line, as is a link or image whose address
 * has a scheme other than http, https or mailto (a {@code javascript:} link in any spelling).
 * Refusing instead of silently cleaning keeps the published page exactly what the author wrote.
 */
public final class HtmlPolicy {
    private static final String BASE = "https://site.invalid/";
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    /** Never in a page body, whoever wrote it: checked again on the assembled page. */
    private static final Set<String> FORBIDDEN = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "meta", "base", "link", "form", "input", "button", "textarea", "select", "portal");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction",
            "poster", "data", "cite", "background", "srcset");
    static final Safelist SAFE = Safelist.relaxed()
            .addTags("abbr", "kbd", "samp", "var", "mark", "s", "del", "ins", "details", "summary", "figure",
                    "figcaption", "hr", "time", "wbr", "dfn", "bdi", "small", "sup", "sub")
            .addAttributes(":all", "class", "id", "title", "lang", "dir")
            .addAttributes("time", "datetime")
            .preserveRelativeLinks(true);

    private HtmlPolicy() {
    }

    /**
     * Checks the raw HTML and the link addresses of a Markdown tree; {@code line} turns the tree's
     * 0-based line into the article's line.
     */
    public static void check(Node document, IntUnaryOperator line, Article a, Problems problems) {
        for (Node n : document.getDescendants()) {
            int at = line.applyAsInt(n.getStartLineNumber());
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                checkHtml(n.getChars().toString(), at, a, problems);
            } else if (n instanceof LinkNodeBase link) {
                checkUrl(Escaping.unescapeString(link.getUrl().toString()), n instanceof Image ? "image" : "link", at, a,
                        problems);
            } else if (n instanceof DelimitedLinkNode auto && !(n instanceof MailLink)) {
                checkUrl(auto.getText().toString(), "link", at, a, problems);
            }
        }
    }

    private static void checkHtml(String html, int line, Article a, Problems problems) {
        Document d = Parser.htmlParser().setTrackPosition(true).parseInput("<body>" + html, BASE);
        for (Element e : d.body().getAllElements()) {
            if (e == d.body()) {
                continue;
            }
            int at = line + Math.max(0, e.sourceRange().start().lineNumber() - 1);
            if (!SAFE.isSafeTag(e.normalName())) {
                problems.add(new Problem(a.source(), at, "raw HTML <" + e.normalName() + "> is not allowed in articles",
                        "only harmless HTML may stand in the Markdown (text formatting, tables, images, links, "
                                + "details), so that no article can run a script, redirect its readers or embed another "
                                + "site", hintFor(e.normalName())));
                continue;
            }
            for (Attribute attr : e.attributes()) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(key)) {
                    if (!checkUrl(attr.getValue(), "link", at, a, problems)) {
                        continue;
                    }
                }
                if (!SAFE.isSafeAttribute(e.normalName(), e, attr)) {
                    problems.add(new Problem(a.source(), at, "attribute '" + attr.getKey() + "' on <" + e.normalName()
                            + "> is not allowed in articles",
                            key.startsWith("on") ? "event handlers run scripts in the reader's browser"
                                    : "only an allow-list of attributes (class, id, title, and the address and size "
                                            + "attributes of links, images and tables) is published",
                            key.equals("style") ? "give the element a class and style it in assets/css/site.css"
                                    : "remove the attribute"));
                }
            }
        }
    }

    /** False (and a problem) when {@code url} has a scheme other than http, https or mailto. */
    private static boolean checkUrl(String url, String what, int line, Article a, Problems problems) {
        String scheme = scheme(url);
        if (scheme == null || SCHEMES.contains(scheme)) {
            return true;
        }
        problems.add(new Problem(a.source(), line, what + " to '" + url.strip() + "' is not allowed",
                "a '" + scheme + ":' address " + (scheme.equals("javascript") || scheme.equals("vbscript")
                        ? "runs code when it is followed" : "can carry a page or a script of its own"),
                "link with http:, https: or mailto: addresses, or relative ones (other-article.html, #section)"));
        return false;
    }

    /** The scheme of an address as a browser reads it (control characters and spaces dropped), or null. */
    static String scheme(String url) {
        String u = url.replaceAll("[\\x00-\\x20\\x7F]", "").toLowerCase(Locale.ROOT);
        int colon = u.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            if ("/?#".indexOf(u.charAt(i)) >= 0) {
                return null;
            }
        }
        return u.substring(0, colon);
    }

    private static String hintFor(String tag) {
        return switch (tag) {
            case "script" -> "remove it: interactive parts belong in assets/js/site.js";
            case "iframe", "object", "embed", "frame" -> "link to the other page instead of embedding it";
            case "meta", "link", "base" -> "remove it: the templates write the page head";
            case "style" -> "put the rules in assets/css/site.css";
            default -> "remove it, or write it in Markdown";
        };
    }

    /**
     * The last line of defence, on an assembled page body: no element that runs or loads code, no
     * event handler, no address with another scheme, whatever produced it (Markdown, a caption, the
     * figures, KaTeX). Returns why the body is refused, or null.
     */
    public static String unsafe(String bodyHtml) {
        Document d = Parser.htmlParser().parseInput("<body>" + bodyHtml, BASE);
        for (Element e : d.body().getAllElements()) {
            if (FORBIDDEN.contains(e.normalName())) {
                return "the page contains a <" + e.normalName() + "> element";
            }
            for (Attribute attr : e.attributes()) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("srcdoc")) {
                    return "the page contains a '" + attr.getKey() + "' attribute on <" + e.normalName() + ">";
                }
                String scheme = URL_ATTRIBUTES.contains(key) ? scheme(attr.getValue()) : null;
                if (scheme != null && !SCHEMES.contains(scheme) && !(scheme.equals("data") && e.normalName().equals("image"))) {
                    return "the page links to a '" + scheme + ":' address (<" + e.normalName() + " " + key + ">)";
                }
            }
        }
        return null;
    }
}
