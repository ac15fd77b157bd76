package illustrated.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * KaTeX from its Maven Central webjar, run in GraalJS at build time: LaTeX in, MathML out (as KaTeX writes it:
 * {@link CoreMathMl} makes it the page's MathML).
 * Loading takes about two seconds, so one instance serves a whole build; not thread-safe.
 */
public final class Katex implements AutoCloseable {
    private final Context context;
    private final Value render;

    public Katex() {
        String path = KatexAssets.find("katex.min.js");
        String js;
        try (InputStream in = Katex.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("katex.min.js not found at " + path + " on the class path");
            }
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = Context.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .allowAllAccess(false)
                .build();
        context.eval(Source.newBuilder("js", js, "katex.min.js").buildLiteral());
        // trust: no \\href, \\url, \\includegraphics or \\html… in a formula. KaTeX would print a refused
        // command as red source text and carry on; asked through this function, it is an error instead
        render = context.eval("js", """
                (function (tex, display) {
                  var refused = null;
                  var html = katex.renderToString(tex, {
                    displayMode: display, output: 'mathml', throwOnError: true,
                    strict: 'ignore', maxExpand: 1000,
                    trust: function (c) { if (refused === null) { refused = c.command; } return false; }
                  });
                  if (refused !== null) {
                    throw new Error('ParseError: KaTeX parse error: ' + refused + ' is switched off (trust: false) at position '
                      + (tex.indexOf(refused) + 1));
                  }
                  return html;
                })""");
    }

    /**
     * Renders one formula.
     *
     * @throws MathError with KaTeX's message and the 1-based character position in {@code tex}
     */
    public String render(String tex, boolean display) {
        try {
            return render.execute(tex, display).asString();
        } catch (PolyglotException e) {
            String msg = e.getMessage() == null ? "KaTeX failed" : e.getMessage();
            int pos = 0;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("at position (\\d+)").matcher(msg);
            if (m.find()) {
                pos = Integer.parseInt(m.group(1));
            }
            throw new MathError(msg.replaceFirst("^(?:Error: )?ParseError: ", ""), pos);
        }
    }

    public static String version() {
        return KatexAssets.version();
    }

    /** Changes with the options above: part of the equation cache's key. */
    public static final String OPTIONS = "mathml;throwOnError;strict=ignore;maxExpand=1000;trust=refused-is-error";

    @Override
    public void close() {
        context.close();
    }

    /** KaTeX rejected a formula. */
    public static final class MathError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int position;

        public MathError(String message, int position) {
            super(message);
            this.position = position;
        }

        /** 1-based character position in the LaTeX, 0 if unknown. */
        public int position() {
            return position;
        }
    }
}
