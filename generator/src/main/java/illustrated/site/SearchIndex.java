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
        // math: the text of its MathML (δ[l] = ∂L/∂a[l]) reads better in a result than TeX or KaTeX's glyphs
        for (Element k : doc.select(".katex")) {
            Element mathml = k.selectFirst("math");
            if (mathml != null) {
                mathml.select("annotation").remove();
            }
            k.replaceWith(new org.jsoup.nodes.TextNode(mathml == null ? "" : mathml.text().replace(" ", "")));
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
