package illustrated.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The KaTeX webjar on the class path: its version and the path of any file of its {@code dist/} folder
 * (the script the build runs, the stylesheet and fonts the site serves, the TTF fonts charts lay out with).
 */
public final class KatexAssets {
    private static final String ROOT = "META-INF/resources/webjars/katex/";

    private KatexAssets() {
    }

    /** Class-path resource name of {@code dist/relative}. */
    public static String find(String relative) {
        return ROOT + version() + "/dist/" + relative;
    }

    /** The KaTeX version on the class path (from the webjar's Maven metadata). */
    public static String version() {
        try (InputStream in = KatexAssets.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/katex/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the KaTeX webjar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
