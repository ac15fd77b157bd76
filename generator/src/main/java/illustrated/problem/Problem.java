package illustrated.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One thing wrong with the input, told the way an author can act on it: where (file:line:column, with
 * the source line and a caret under the column), what is wrong, why it matters, and how to fix it.
 *
 * @param file the file at fault (relative to the project when possible), or null
 * @param line 1-based line, or 0 when the problem is about the whole file
 * @param col  1-based column, or 0 when unknown
 */
public record Problem(Path file, int line, int col, String what, String why, String hint) {

    public Problem(Path file, int line, String what, String why, String hint) {
        this(file, line, 0, what, why, hint);
    }

    public static Problem at(Path file, int line, String what, String hint) {
        return new Problem(file, line, 0, what, null, hint);
    }

    /** A problem at a known column, so that the excerpt can point at it. */
    public static Problem at(Path file, int line, int col, String what, String hint) {
        return new Problem(file, line, col, what, null, hint);
    }

    public String location() {
        if (file == null) {
            return "(build)";
        }
        String f = file.toString().replace('\\', '/');
        return line > 0 ? f + ":" + line + (col > 0 ? ":" + col : "") : f;
    }

    /** Multi-line human-readable form, with the offending source line when the file can be read. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("error: ").append(location()).append(": ").append(what);
        excerpt().forEach(l -> sb.append('\n').append(l));
        if (why != null && !why.isBlank()) {
            sb.append("\n  why:  ").append(why);
        }
        if (hint != null && !hint.isBlank()) {
            sb.append("\n  fix:  ").append(hint);
        }
        return sb.toString();
    }

    /**
     * The source line ({@code "  12 | text"}) and, when the column is known, a caret under it; empty when
     * there is no line or the file cannot be read (a path relative to the project is read from the
     * working folder, where the command line runs).
     */
    public List<String> excerpt() {
        if (file == null || line <= 0) {
            return List.of();
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4_000_000) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (line > lines.size()) {
                return List.of();
            }
            String text = lines.get(line - 1).replace('\t', ' ');
            if (text.length() > 160) {
                text = text.substring(0, 157) + "…";
            }
            String number = Integer.toString(line);
            String gutter = " ".repeat(number.length());
            String src = "  " + number + " | " + text;
            if (col <= 0 || col > text.length() + 1) {
                return List.of(src);
            }
            return List.of(src, "  " + gutter + " | " + " ".repeat(col - 1) + "^");
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public String toString() {
        return format();
    }
}
