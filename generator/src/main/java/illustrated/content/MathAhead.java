package illustrated.content;

import illustrated.math.Katex;
import illustrated.math.MathRenderer;
import java.util.List;

/**
 * Typesets the formulas of the articles into the math cache ahead of the pages, in a side thread while
 * the figures are computed: the pages then find every formula typeset. A formula KaTeX rejects is
 * skipped here; the page assembly meets it again and reports it with its file and line.
 */
public final class MathAhead {
    private MathAhead() {
    }

    public static void typeset(List<ParsedBody> bodies, MathRenderer math) {
        for (ParsedBody b : bodies) {
            for (Token t : b.tokens()) {
                if (t.kind() != Token.Kind.INLINE_MATH && t.kind() != Token.Kind.DISPLAY_MATH) {
                    continue;
                }
                try {
                    math.prefetch(t.text(), t.kind() == Token.Kind.DISPLAY_MATH);
                } catch (Katex.MathError e) {
                    // reported by the page assembly, which knows where the formula is
                } catch (RuntimeException e) {
                    // KaTeX or the cache failed: the page assembly meets the same failure and reports it
                    return;
                }
            }
        }
    }
}
