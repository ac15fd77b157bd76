package illustrated.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A content file as read from {@code content/}: its header (JBake style, {@code key=value} lines
 * up to {@code ~~~~~~}) and its body lines.
 *
 * @param source      path for messages, relative to the project (e.g. {@code content/rnn/simple-rnn.md})
 * @param relative    path inside {@code content/} (decides the page's URI)
 * @param header      header values in file order
 * @param headerLines 1-based line of each header key
 * @param body        body lines
 * @param bodyStart   1-based line number of {@code body.get(0)}
 */
public record Article(Path source, Path relative, Map<String, String> header, Map<String, Integer> headerLines,
        List<String> body, int bodyStart) {

    public String get(String key) {
        return header.get(key);
    }

    public String type() {
        return header.getOrDefault("type", "page");
    }

    public String title() {
        return header.get("title");
    }

    /** URI of the published page, e.g. {@code rnn/simple-rnn.html}. */
    public String uri() {
        String r = relative.toString().replace('\\', '/');
        int dot = r.lastIndexOf('.');
        return (dot > 0 ? r.substring(0, dot) : r) + ".html";
    }

    /** The same article with another {@code status} (the preview builds drafts as if they were published). */
    public Article withStatus(String status) {
        Map<String, String> h = new java.util.LinkedHashMap<>(header);
        h.put("status", status);
        return new Article(source, relative, java.util.Collections.unmodifiableMap(h), headerLines, body, bodyStart);
    }

    /** Line of a header key, or 1. */
    public int lineOf(String key) {
        return headerLines.getOrDefault(key, 1);
    }
}
