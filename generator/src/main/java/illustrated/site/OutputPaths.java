package illustrated.site;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Paths of published files that come from the content: tag pages, page addresses, figure files.
 * Each is checked when the sources are read (a problem at the author's file and line); writing
 * goes through {@link #confined} as well, which refuses any path that would leave its folder.
 */
public final class OutputPaths {
    /** A tag: letters, digits, spaces, '.', '_', '+', '-', starting with a letter or digit. */
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._+-]*");
    /** One folder or file name of an article's path under content/. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private OutputPaths() {
    }

    /** Why {@code tag} cannot name a page, or null when it can. */
    public static String badTag(String tag) {
        if (tag.isEmpty()) {
            return "an empty tag (two commas in a row?)";
        }
        if (!TAG.matcher(tag).matches() || tag.contains("..")) {
            return "tag '" + tag + "' cannot be a file name";
        }
        return null;
    }

    /** Why the content-relative path {@code relative} cannot be a page address, or null when it can. */
    public static String badPagePath(String relative) {
        for (String seg : relative.split("/")) {
            if (!SEGMENT.matcher(seg).matches() || seg.contains("..")) {
                return "'" + seg + "' cannot be part of a page address";
            }
        }
        return null;
    }

    /**
     * {@code root.resolve(relative)}, refusing a path that leaves {@code root} (an absolute path,
     * {@code ..}). Content is checked before anything is written, so this failing is a bug.
     */
    public static Path confined(Path root, String relative) {
        Path base = root.toAbsolutePath().normalize();
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            throw new IllegalArgumentException("refusing to write '" + relative + "' outside " + root);
        }
        return p;
    }
}
