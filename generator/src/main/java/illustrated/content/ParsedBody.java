package illustrated.content;

import java.util.List;

/** An article body with its special parts cut out: Markdown with placeholders, plus the tokens. */
public record ParsedBody(Article article, String markdown, List<Token> tokens) {

    /** Ids of figures the article places or quotes values from. */
    public List<Token> figureUses() {
        return tokens.stream().filter(t -> t.kind() == Token.Kind.FIGURE || t.kind() == Token.Kind.TABLE
                || t.kind() == Token.Kind.VALUE).toList();
    }
}
