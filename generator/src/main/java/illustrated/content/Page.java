package illustrated.content;

import java.util.List;

/**
 * An article ready for JBake: its body as HTML (math typeset, figures inlined, references
 * resolved), its table of contents and reading time.
 */
public record Page(Article article, String bodyHtml, String tocHtml, int readingMinutes, List<String> figureIds,
        int words) {
}
