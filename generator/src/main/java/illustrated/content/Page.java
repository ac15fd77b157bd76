package illustrated.content;

import java.util.List;
import org.jsoup.Jsoup;

/**
 * An article ready for JBake: its body as HTML (math typeset, figures inlined, references
 * resolved), its table of contents and reading time.
 */
public record Page(Article article, String bodyHtml, String tocHtml, int readingMinutes, List<String> figureIds,
        int words) {

    /** A section of the page: the id of its heading, the heading's text and level (2 for h2, 3 for h3). */
    public record Section(String id, String title, int level) {
    }

    /** The page's sections in order (its h2 and h3 headings), from its table of contents. */
    public List<Section> sections() {
        if (tocHtml.isEmpty()) {
            return List.of();
        }
        return Jsoup.parseBodyFragment(tocHtml).select("li > a[href^=#]").stream()
                .map(a -> new Section(a.attr("href").substring(1), a.text(), (int) a.parents().stream().filter(e -> e.tagName().equals("ol")).count() + 1))
                .toList();
    }
}
