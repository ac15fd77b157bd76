package illustrated.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import illustrated.content.Article;
import illustrated.content.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The full-text search index, generated at build time: {@code search-index.json}, one entry per
 * published article with its title, address, summary, tags and the plain text of each section
 * (headings, paragraphs, list items, display and inline math, captions, figure descriptions,
 * footnotes; math as the text of its MathML; no figure data). The search page's script loads it once
 * and searches it in the browser; nothing is sent anywhere.
 *
 * <p>Entries are sorted by address and written without any map iteration order, so the file is
 * byte-identical between builds of the same content.
 */
public final class SearchIndex {
    /** The file written at the site root. */
    public static final String FILE = "search-index.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {
    }

    public static void write(Path site, List<Page> pages) throws IOException {
        Files.writeString(site.resolve(FILE), json(pages), StandardCharsets.UTF_8);
    }

    /** The index as JSON text. */
    public static String json(List<Page> pages) throws IOException {
        ArrayNode root = JSON.createArrayNode();
        List<Page> posts = pages.stream()
                .filter(p -> "post".equals(p.article().type()) && "published".equals(p.article().get("status")))
                .sorted(Comparator.comparing(p -> p.article().uri()))
                .toList();
        for (Page p : posts) {
            Article a = p.article();
            ObjectNode n = root.addObject();
            n.put("title", a.title());
            n.put("uri", a.uri());
            n.put("summary", nullToEmpty(a.get("summary")));
            n.put("series", nullToEmpty(a.get("series")));
            n.put("tags", nullToEmpty(a.get("tags")));
            n.put("minutes", p.readingMinutes());
            ArrayNode sections = n.putArray("sections");
            addSections(sections, p.bodyHtml());
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void addSections(ArrayNode out, String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        // math: its MathML as one line of text (a_k, c^(t), (1; 2; 3)) reads better in a result than TeX or
        // KaTeX's glyphs, and keeps what the layout says (a flat "ak" would read as a product)
        for (Element mathml : doc.select("math")) {
            mathml.select("annotation").remove();
            mathml.replaceWith(new org.jsoup.nodes.TextNode(linear(mathml).strip()));
        }
        // a figure's data panel is for reading beside the figure, not for finding: its description stays,
        // its table, value names and numbers go (they made snippets such as "dims 12 points 300")
        doc.select("svg, .figure-links, .figure-files, .figure-data > summary, .figure-data table,"
                + " .figure-data .table-scroll, .figure-data .table-note, .figure-values, .footnote-ref, .footnote-backref, .backref,"
                + " .equation-number").remove();
        String id = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Element e : doc.body().select("h2, h3, p, li, figcaption, td, dd, div.equation")) {
            if (e.tagName().equals("h2") || e.tagName().equals("h3")) {
                flush(out, id, heading, text);
                id = e.id();
                heading = e.text();
                text.setLength(0);
                continue;
            }
            // skip containers whose text is taken from their own block children
            if (e.tagName().equals("li") && !e.select("p").isEmpty()
                    || !e.tagName().equals("figcaption") && e.parents().is("figcaption")) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(t);
            }
        }
        flush(out, id, heading, text);
    }

    /**
     * MathML as one line of text: sub- and superscripts after "_" and "^" (in parentheses when longer than
     * a character), fractions "a/b", roots "√", matrices "(1, 2; 3, 4)", text with its spaces, accents
     * as combining marks ("ŷ"); nothing of the TeX annotation.
     */
    static String linear(Element e) {
        List<Element> c = e.children();
        return switch (e.tagName()) {
            case "annotation", "annotation-xml", "mphantom" -> "";
            // invisible operators: function application reads as a space ("tanh x"), the others as nothing
            // a bold or double-struck letter (𝐖, ℝ: the page's math has no mathvariant) is found as W, R
            case "mi", "mn" -> java.text.Normalizer.normalize(e.text(), java.text.Normalizer.Form.NFKC).strip();
            case "mo" -> e.text().equals("\u2061") ? " " : e.text().replaceAll("[\\u2061-\\u2064]", "").strip()
                    + (e.attr("separator").equals("true") ? " " : "");
            case "mtext", "ms" -> " " + e.wholeText().replace('\u00A0', ' ').strip() + " ";
            case "mspace" -> " ";
            case "msub", "munder" -> c.size() < 2 ? join(c) : linear(c.get(0)) + "_" + group(linear(c.get(1)));
            case "msup" -> c.size() < 2 ? join(c) : linear(c.get(0)) + "^" + group(linear(c.get(1)));
            case "msubsup", "munderover" -> c.size() < 3 ? join(c)
                    : linear(c.get(0)) + "_" + group(linear(c.get(1))) + "^" + group(linear(c.get(2)));
            case "mover" -> c.size() < 2 ? join(c) : accent(linear(c.get(0)), linear(c.get(1)));
            case "mfrac" -> c.size() < 2 ? join(c) : group(linear(c.get(0))) + "/" + group(linear(c.get(1)));
            case "msqrt" -> "√" + group(join(c));
            case "mroot" -> c.size() < 2 ? join(c) : group(linear(c.get(1))) + "√" + group(linear(c.get(0)));
            case "mtable" -> String.join("; ", c.stream().map(SearchIndex::linear).toList());
            case "mtr", "mlabeledtr" -> String.join(", ", c.stream().map(SearchIndex::linear).toList());
            default -> join(c);
        };
    }

    private static String join(List<Element> children) {
        StringBuilder sb = new StringBuilder();
        children.forEach(x -> sb.append(linear(x)));
        return sb.toString();
    }

    /** A script or operand of more than one character in parentheses, unless it has its own. */
    private static String group(String s) {
        String t = s.strip();
        boolean wrapped = t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1;
        return t.codePointCount(0, t.length()) <= 1 || wrapped ? t : "(" + t + ")";
    }

    private static String accent(String base, String mark) {
        String combining = switch (mark.strip()) {
            case "^", "\u02C6" -> "\u0302";
            case "~", "\u02DC" -> "\u0303";
            case "\u00AF", "\u02C9", "\u203E", "\u2015" -> "\u0304";
            case "\u02D9", "." -> "\u0307";
            case "\u2192", "\u20D7" -> "\u20D7";
            default -> null;
        };
        return combining != null && base.codePointCount(0, base.length()) == 1 ? base + combining
                : base + "^" + group(mark);
    }

    private static void flush(ArrayNode out, String id, String heading, StringBuilder text) {
        if (text.length() == 0 && heading.isEmpty()) {
            return;
        }
        ObjectNode s = out.addObject();
        s.put("id", id);
        s.put("heading", heading);
        s.put("text", text.toString().replaceAll("\\s+", " ").strip());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
