package illustrated.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import illustrated.cache.ContentHash;
import illustrated.content.Page;
import illustrated.content.ParsedBody;
import illustrated.content.Token;
import illustrated.figure.RenderedFigure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Assembled pages (HTML body, table of contents, reading time, and the inline styles they hoisted)
 * kept in {@code .cache/pages}, keyed by everything a page is made from: the article's file, the
 * figures and values it uses (their provenance, SVG and data files) and the generator's code. An
 * edit to one article re-assembles that article only.
 */
final class PageCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final Set<String> used = new HashSet<>();

    /** A page from the cache, with the stylesheet rules its body needs. */
    record Entry(Page page, String css) {
    }

    PageCache(Path dir) {
        this.dir = dir;
    }

    static String key(Path project, ParsedBody body, Map<String, RenderedFigure> figures, String code)
            throws IOException {
        List<String> parts = new ArrayList<>();
        parts.add(code);
        parts.add(body.article().relative().toString().replace('\\', '/'));
        parts.add(ContentHash.of(Files.readAllBytes(project.resolve(body.article().source()))));
        Set<String> ids = new TreeSet<>();
        for (Token t : body.figureUses()) {
            if (t.id() != null) {
                ids.add(t.kind() == Token.Kind.VALUE && t.id().contains("/") ? t.id().substring(0, t.id().indexOf('/'))
                        : t.id());
            }
        }
        for (String id : ids) {
            RenderedFigure f = figures.get(id);
            if (f == null) {
                parts.add(id + ":missing");
                continue;
            }
            parts.add(id);
            parts.add(digest(f));
        }
        return ContentHash.of(parts.toArray(String[]::new));
    }

    /**
     * Digest of what a page shows of a figure. Remembered per SVG text (which embeds the figure's
     * provenance, so it changes with the data): the preview server reuses figure objects between
     * builds, and hashing megabytes of SVG for every keystroke is what this spares.
     */
    private static final Map<String, String> DIGESTS = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static String digest(RenderedFigure f) {
        String d = f.svg() == null ? null : DIGESTS.get(f.svg());
        if (d == null) {
            d = ContentHash.of(f.provenance().stableJson(), f.svg() == null ? "" : ContentHash.of(f.svg()),
                    ContentHash.of(new TreeMap<>(f.csv()).toString()));
            if (f.svg() != null) {
                DIGESTS.put(f.svg(), d);
            }
        }
        return d;
    }

    /** The last page per cache file in this JVM (the preview server), so a hit needs no disk read. */
    private static final Map<Path, Entry> LAST = new java.util.concurrent.ConcurrentHashMap<>();

    Entry get(String key, ParsedBody body) {
        used.add(key);
        Path f = dir.resolve(key + ".json");
        Entry last = LAST.get(f);
        if (last != null && Files.exists(f)) {
            Page p = last.page();
            return new Entry(new Page(body.article(), p.bodyHtml(), p.tocHtml(), p.readingMinutes(), p.figureIds(),
                    p.words()), last.css());
        }
        Entry e = read(f, body);
        if (e != null) {
            LAST.put(f, e);
        }
        return e;
    }

    private static Entry read(Path f, ParsedBody body) {
        if (!Files.exists(f)) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(f.toFile());
            List<String> figs = new ArrayList<>();
            n.get("figureIds").forEach(x -> figs.add(x.asText()));
            return new Entry(new Page(body.article(), n.get("body").asText(), n.get("toc").asText(),
                    n.get("readingMinutes").asInt(), figs, n.get("words").asInt()), n.get("css").asText());
        } catch (IOException | RuntimeException e) {
            return null; // a damaged entry only costs assembling the page again
        }
    }

    void put(String key, Page p, String css) throws IOException {
        used.add(key);
        ObjectNode n = JSON.createObjectNode();
        n.put("body", p.bodyHtml());
        n.put("toc", p.tocHtml());
        n.put("readingMinutes", p.readingMinutes());
        n.put("words", p.words());
        p.figureIds().forEach(n.putArray("figureIds")::add);
        n.put("css", css);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".page", ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(n), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(key + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LAST.put(dir.resolve(key + ".json"), new Entry(p, css));
    }

    /** Removes entries this build did not use (older versions of the pages). */
    void prune() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".json") && !used.contains(n.substring(0, n.length() - 5))) {
                    Files.deleteIfExists(f);
                    LAST.remove(f);
                }
            }
        }
    }

    /**
     * One stylesheet from the pages' own ones, exactly as one hoister over all pages would write it
     * (rules sorted by class name); null when two pages gave one class name different rules.
     */
    static String mergeCss(List<String> sheets) {
        String header = null;
        Map<String, String> rules = new TreeMap<>();
        for (String css : sheets) {
            for (String line : css.split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                if (!line.startsWith(".")) {
                    header = line;
                    continue;
                }
                String cls = line.substring(1, line.indexOf('{'));
                String prev = rules.put(cls, line);
                if (prev != null && !prev.equals(line)) {
                    return null;
                }
            }
        }
        StringBuilder sb = new StringBuilder(header == null ? "" : header + "\n");
        rules.values().forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}
