package illustrated.math;

import illustrated.cache.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders LaTeX with a cache keyed by the hash of (KaTeX version, options, mode, LaTeX). KaTeX is started
 * only when an equation is not in the cache, so a rebuild that changed no formula never pays the
 * two seconds it takes to load.
 */
public final class MathRenderer implements AutoCloseable {
    private final Path cacheDir;
    private final ConcurrentHashMap<String, String> memory = new ConcurrentHashMap<>();
    private Katex katex;
    private int rendered;
    /** Formulas typeset by {@link #prefetch} and not yet used by a page. */
    private final java.util.Set<String> ahead = new java.util.HashSet<>();
    private int cached;

    /** @param cacheDir folder for cached equations, or null for no disk cache */
    public MathRenderer(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    public synchronized String render(String tex, boolean display) {
        String key = key(tex, display);
        String hit = memory.get(key);
        if (hit != null) {
            if (ahead.remove(key)) {
                rendered++;
            } else {
                cached++;
            }
            return hit;
        }
        return load(key, tex, display, true);
    }

    /**
     * Typesets a formula ahead of its use (into memory and the disk cache) without counting it: the
     * counts stay those of the pages, as if they had typeset it themselves.
     */
    public synchronized void prefetch(String tex, boolean display) {
        String key = key(tex, display);
        if (!memory.containsKey(key)) {
            load(key, tex, display, false);
        }
    }

    /** The cache key: KaTeX's version, its options, the mode and the LaTeX (the cache holds KaTeX's own output). */
    private static String key(String tex, boolean display) {
        return ContentHash.of("katex", Katex.version(), Katex.OPTIONS, display ? "display" : "inline", tex);
    }

    private String load(String key, String tex, boolean display, boolean count) {
        Path file = cacheDir == null ? null : cacheDir.resolve(key.substring(0, 2)).resolve(key + ".html");
        try {
            if (file != null && Files.exists(file)) {
                String html = CoreMathMl.of(Files.readString(file, StandardCharsets.UTF_8));
                memory.put(key, html);
                if (count) {
                    cached++;
                }
                return html;
            }
            if (katex == null) {
                katex = new Katex();
            }
            // the cache holds KaTeX's own output: a change of CoreMathMl needs no new key
            String raw = katex.render(tex, display);
            String html = CoreMathMl.of(raw);
            memory.put(key, html);
            if (count) {
                rendered++;
            } else {
                ahead.add(key);
            }
            if (file != null) {
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), key, ".tmp");
                Files.writeString(tmp, raw, StandardCharsets.UTF_8);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Equations typeset by KaTeX in this build (cache misses). */
    public int renderedCount() {
        return rendered;
    }

    public int cachedCount() {
        return cached;
    }

    @Override
    public synchronized void close() {
        if (katex != null) {
            katex.close();
            katex = null;
        }
    }
}
