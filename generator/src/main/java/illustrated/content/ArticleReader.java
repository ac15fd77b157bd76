package illustrated.content;

import illustrated.format.Decimal;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates every content file. Collects all problems instead of stopping at the first.
 */
public final class ArticleReader {
    public static final String SEPARATOR = "~~~~~~";
    private static final Set<String> TYPES = Set.of("post", "page", "series", "home", "notfound");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "post", List.of("title", "date", "status", "series", "seriesOrder", "summary"),
            "series", List.of("title", "date", "status", "seriesId", "summary"),
            "page", List.of("title", "status"),
            "home", List.of("title", "status", "summary"),
            "notfound", List.of("title", "status"));

    private final Path projectDir;

    public ArticleReader(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** Reads every {@code .md} file under {@code contentDir}, in path order. */
    public List<Article> readAll(Path contentDir, Problems problems) throws IOException {
        List<Path> files = illustrated.content.InputFiles.checked(projectDir.toAbsolutePath().normalize(),
                contentDir.toAbsolutePath().normalize(), problems);
        List<Article> out = new ArrayList<>();
        Map<String, Path> uris = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (name.equals("site.properties") && f.getParent().equals(contentDir)) {
                continue;
            }
            if (!name.endsWith(".md")) {
                problems.add(Problem.at(rel(f), 0, "unexpected file in content/: " + name,
                        "content/ holds Markdown articles (.md) only; put images and data in assets/"));
                continue;
            }
            Article a = read(f, contentDir.relativize(f), problems);
            if (a == null) {
                continue;
            }
            Path prev = uris.put(a.uri(), a.source());
            if (prev != null) {
                problems.add(Problem.at(a.source(), 1, "duplicate page path '" + a.uri() + "': " + prev
                        + " already publishes it", "rename one of the two files"));
            }
            out.add(a);
        }
        return out;
    }

    /** Reads one file; returns null (and records problems) if it cannot be used. */
    public Article read(Path file, Path relative, Problems problems) throws IOException {
        Path source = rel(file);
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int line = 1;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new Problem(source, line, "the file is not valid UTF-8 (byte " + bad + ", 0x"
                    + Decimal.format("%02X", bytes[bad] & 0xFF) + ")",
                    "pages are published as UTF-8, so other encodings would show as garbage",
                    "re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = Arrays.asList(text.split("\r?\n", -1));
        int sep = lines.indexOf(SEPARATOR);
        if (sep < 0) {
            problems.add(new Problem(source, 1, "the header has no end: no line '" + SEPARATOR + "' was found",
                    "every article starts with key=value header lines closed by a line '" + SEPARATOR + "'",
                    "add a line '" + SEPARATOR + "' after the header (see generator/docs/authoring.md)"));
            return null;
        }
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        int before = problems.list().size();
        for (int i = 0; i < sep; i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                problems.add(new Problem(source, i + 1, "malformed header line: '" + l + "'",
                        "header lines must read key=value", "write it as key=value, e.g. title=My article"));
                continue;
            }
            String key = l.substring(0, eq).trim();
            if (header.containsKey(key)) {
                problems.add(Problem.at(source, i + 1, "header key '" + key + "' is given twice (first on line "
                        + headerLines.get(key) + ")", "keep one of them"));
            }
            String value = l.substring(eq + 1).trim();
            // titles and summaries are printed outside the Markdown: give them the body's curly quotes
            header.put(key, key.equals("title") || key.equals("summary") ? smartQuotes(value) : value);
            headerLines.put(key, i + 1);
        }
        Article a = new Article(source, relative, header, headerLines, lines.subList(sep + 1, lines.size()), sep + 2);
        validate(a, problems);
        return problems.list().size() > before ? null : a;
    }

    private static void validate(Article a, Problems problems) {
        String type = a.header().get("type");
        if (type == null) {
            problems.add(Problem.at(a.source(), 1, "the header has no 'type'",
                    "add type=post (an article), type=series (a series landing page) or type=page"));
            return;
        }
        if (!TYPES.contains(type)) {
            problems.add(Problem.at(a.source(), a.lineOf("type"), "unknown type '" + type + "'",
                    "use post, series or page"));
            return;
        }
        for (String key : REQUIRED.get(type)) {
            String v = a.header().get(key);
            if (v == null || v.isBlank()) {
                problems.add(new Problem(a.source(), 1, "missing " + key + " in the header",
                        "a " + type + " needs " + String.join(", ", REQUIRED.get(type)),
                        "add a line " + key + "=… before '" + SEPARATOR + "'"));
            }
        }
        String date = a.header().get("date");
        if (date != null && !date.isBlank()) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(Problem.at(a.source(), a.lineOf("date"), "bad date '" + date + "'",
                        "write the date as yyyy-MM-dd, e.g. 2024-03-01"));
            }
        }
        String status = a.header().get("status");
        if (status != null && !status.equals("published") && !status.equals("draft")) {
            problems.add(Problem.at(a.source(), a.lineOf("status"), "unknown status '" + status + "'",
                    "use status=published or status=draft"));
        }
        String order = a.header().get("seriesOrder");
        if (order != null && !order.matches("\\d+")) {
            problems.add(Problem.at(a.source(), a.lineOf("seriesOrder"), "seriesOrder '" + order
                    + "' is not a whole number", "use 1, 2, 3, … for the article's place in its series"));
        }
    }

    /** Straight quotes to typographic ones: opening after a space or bracket, closing otherwise. */
    static String smartQuotes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean opening = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{\u2014\u2013".indexOf(s.charAt(i - 1)) >= 0;
            if (c == '"') {
                sb.append(opening ? '\u201C' : '\u201D');
            } else if (c == '\'') {
                sb.append(opening ? '\u2018' : '\u2019');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private Path rel(Path f) {
        Path abs = f.toAbsolutePath().normalize();
        Path root = projectDir.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs) : abs;
    }

    private static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
            if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0)) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }
}
