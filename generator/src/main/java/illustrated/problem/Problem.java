package illustrated.problem;

import java.nio.file.Path;

/**
 * One thing wrong with the input, told the way an author can act on it: where (file:line), what is
 * wrong, why it matters, and how to fix it.
 *
 * @param file the file at fault (relative to the project when possible), or null
 * @param line 1-based line, or 0 when the problem is about the whole file
 */
public record Problem(Path file, int line, String what, String why, String hint) {

    public static Problem at(Path file, int line, String what, String hint) {
        return new Problem(file, line, what, null, hint);
    }

    public String location() {
        if (file == null) {
            return "(build)";
        }
        String f = file.toString().replace('\\', '/');
        return line > 0 ? f + ":" + line : f;
    }

    /** Multi-line human-readable form. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("error: ").append(location()).append(": ").append(what);
        if (why != null && !why.isBlank()) {
            sb.append("\n  why:  ").append(why);
        }
        if (hint != null && !hint.isBlank()) {
            sb.append("\n  fix:  ").append(hint);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
