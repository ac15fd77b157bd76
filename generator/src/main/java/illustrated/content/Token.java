package illustrated.content;

/**
 * A piece of an article that Markdown must not see: math, a figure block, a cross-reference. The
 * body parser leaves a placeholder {@link #marker()} in the Markdown and the page assembler puts the
 * rendered HTML in its place.
 *
 * @param index   position in the article's token list
 * @param kind    what it is
 * @param id      figure id, equation label, value path, citation key (or null)
 * @param text    LaTeX of a formula, Markdown of a caption or reference list
 * @param line    1-based line in the source file
 */
public record Token(int index, Kind kind, String id, String text, int line) {
    /** Kinds of token. */
    public enum Kind { INLINE_MATH, DISPLAY_MATH, FIGURE, TABLE, REFERENCES, FIG_REF, TAB_REF, EQ_REF, VALUE, CITE }

    public String marker() {
        return "\u27E6" + index + "\u27E7";
    }

    public boolean isBlock() {
        return kind == Kind.DISPLAY_MATH || kind == Kind.FIGURE || kind == Kind.TABLE || kind == Kind.REFERENCES;
    }
}
