package illustrated.content;

import java.util.List;

/**
 * An article body with its special parts cut out: Markdown with placeholders, plus the tokens.
 *
 * @param sourceLines for each line of {@code markdown} (0-based), the line of the article it came from (1-based)
 */
public record ParsedBody(Article article, String markdown, List<Token> tokens, List<Integer> sourceLines) {

    public ParsedBody(Article article, String markdown, List<Token> tokens) {
        this(article, markdown, tokens, List.of());
    }

    /** Ids of figures the article places or quotes values from. */
    public List<Token> figureUses() {
        return tokens.stream().filter(t -> t.kind() == Token.Kind.FIGURE || t.kind() == Token.Kind.TABLE
                || t.kind() == Token.Kind.VALUE).toList();
    }

    /** The article's line for a 0-based line of {@link #markdown()} (its first body line when unknown). */
    public int sourceLine(int markdownLine) {
        if (sourceLines.isEmpty()) {
            return article.bodyStart();
        }
        return sourceLines.get(Math.max(0, Math.min(markdownLine, sourceLines.size() - 1)));
    }
}
