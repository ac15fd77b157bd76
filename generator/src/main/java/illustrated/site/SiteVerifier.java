package illustrated.site;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.content.Article;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the baked site before it is published: no page carries an error message (JBake writes a
 * page even when its template failed), and every internal link, asset and {@code #anchor} resolves.
 */
public final class SiteVerifier {
    /** Text that only appears in a page when something went wrong. */
    public static final List<String> ERROR_MARKERS = List.of("FreeMarker template error", "Rendering engine missing",
            "FTL stack trace", "freemarker.core.", "math-error", "\u27E6");

    private SiteVerifier() {
    }

    public static void verify(Path site, Map<String, Article> sourcesByUri, Path projectDir, Problems problems)
            throws IOException {
        verify(site, sourcesByUri, projectDir, problems, false);
    }

    /**
     * As above; in preview mode the preview server's own paths ({@code /__preview/...}) count as
     * present, and in a published build any reference to them is a problem.
     */
    public static void verify(Path site, Map<String, Article> sourcesByUri, Path projectDir, Problems problems,
            boolean preview) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Set<String>> ids = new HashMap<>();
        Map<Path, List<String>> refsOf = new HashMap<>();
        for (Path p : pages) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            String uri = site.relativize(p).toString().replace('\\', '/');
            Article src = sourcesByUri.get(uri);
            for (String marker : ERROR_MARKERS) {
                if (html.contains(marker)) {
                    problems.add(new Problem(src != null ? src.source() : Path.of("target/site", uri), 0,
                            "the page " + uri + " contains an error message ('" + marker + "')",
                            "a template or renderer failed and wrote its error into the page",
                            "see the errors above; this page will not be published"));
                }
            }
            Parsed parsed = parse(html);
            ids.put(p, parsed.ids());
            refsOf.put(p, parsed.refs());
            for (String id : parsed.duplicates()) {
                int line = src == null ? 0 : illustrated.content.SourceLines.ofId(src, id);
                problems.add(new Problem(src != null ? src.source() : Path.of("target/site", uri), line,
                        "duplicate id '" + id + "' in " + uri, "the template gives an element of the page this id too; "
                                + "links to #" + id + " would only ever reach the first",
                        "give the heading another id, e.g. {#" + id + "-2}"));
            }
        }
        for (Path p : pages) {
            String uri = site.relativize(p).toString().replace('\\', '/');
            Article src = sourcesByUri.get(uri);
            for (String ref : refsOf.get(p)) {
                if (ref.startsWith("/__preview/")) {
                    if (!preview) {
                        problems.add(problem(src, uri, ref, projectDir, "the published page " + uri
                                + " loads the preview server's " + ref,
                                "only preview builds may include it: guard it with <#if mode == \"preview\">"));
                    }
                    continue;
                }
                check(site, p, uri, src, ref, ids, projectDir, problems);
            }
        }
    }

    /** A page's element ids and the references it makes. */
    record Parsed(Set<String> ids, List<String> refs, List<String> duplicates) {
    }

    /** Pages parsed in this JVM by the hash of their text: the preview server re-checks unchanged pages. */
    private static final Map<String, Parsed> PARSED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
                    return size() > 500;
                }
            });

    static Parsed parse(String html) {
        String key = illustrated.cache.ContentHash.of(html);
        Parsed known = PARSED.get(key);
        if (known != null) {
            return known;
        }
        Document d = Jsoup.parse(html);
        Set<String> set = new HashSet<>();
        Set<String> dupes = new java.util.TreeSet<>();
        for (Element e : d.select("[id]")) {
            if (!set.add(e.id())) {
                dupes.add(e.id());
            }
        }
        for (Element e : d.select("a[name]")) {
            set.add(e.attr("name"));
        }
        List<String> refs = new java.util.ArrayList<>();
        for (Element e : d.select("a[href], link[href], img[src], script[src], source[src], use[href]")) {
            refs.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        Parsed p = new Parsed(Set.copyOf(set), List.copyOf(refs), List.copyOf(dupes));
        PARSED.put(key, p);
        return p;
    }

    private static void check(Path site, Path page, String uri, Article src, String ref, Map<Path, Set<String>> ids,
            Path projectDir, Problems problems) throws IOException {
        if (ref.isEmpty() || ref.startsWith("mailto:") || ref.startsWith("data:")) {
            return;
        }
        URI u;
        try {
            u = new URI(ref);
        } catch (URISyntaxException e) {
            problems.add(problem(src, uri, ref, projectDir, "malformed link '" + ref + "'",
                    "escape spaces and special characters in the URL"));
            return;
        }
        if (u.getScheme() != null || ref.startsWith("//")) {
            return;
        }
        Path target = page;
        if (u.getPath() != null && !u.getPath().isEmpty()) {
            if (u.getPath().startsWith("/")) {
                target = site.resolve(u.getPath().substring(1)).normalize();
            } else {
                target = page.getParent().resolve(u.getPath()).normalize();
            }
            if (Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
            if (!target.startsWith(site) || !Files.exists(target)) {
                problems.add(problem(src, uri, ref, projectDir, "broken link '" + ref + "' in " + uri,
                        "no file " + (target.startsWith(site) ? site.relativize(target) : target)
                                + " is published; check the path (links are relative to the page)"));
                return;
            }
        }
        String frag = u.getFragment();
        if (frag != null && !frag.isEmpty() && target.toString().endsWith(".html")) {
            Set<String> known = ids.get(target);
            if (known != null && !known.contains(frag)) {
                problems.add(problem(src, uri, ref, projectDir, "broken anchor '#" + frag + "' in " + uri,
                        "no element with id '" + frag + "' on " + site.relativize(target)
                                + "; " + illustrated.problem.Suggest.didYouMean(frag, known)));
            }
        }
    }

    private static Problem problem(Article src, String uri, String ref, Path projectDir, String what, String hint) {
        if (src != null) {
            int line = illustrated.content.SourceLines.ofLink(src, ref);
            if (line > 0) {
                return Problem.at(src.source(), line, what, hint);
            }
        }
        // not in the article: a template wrote it
        Problem inTemplate = templateLine(projectDir, ref, what, hint);
        if (inTemplate != null) {
            return inTemplate;
        }
        return src != null ? Problem.at(src.source(), 0, what, hint)
                : Problem.at(Path.of("templates"), 0, what + " (generated by a template)", hint);
    }

    /** The template line that writes {@code ref} (matched without its leading ../ and the root variable). */
    static Problem templateLine(Path projectDir, String ref, String what, String hint) {
        String tail = ref.replaceFirst("^(\\.\\./|\\./|/)+", "");
        int hash = tail.indexOf('#');
        String path = hash >= 0 ? tail.substring(0, hash) : tail;
        String needle = path.isEmpty() ? tail : path;
        if (needle.isEmpty()) {
            return null;
        }
        Path dir = projectDir.resolve("templates");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try {
            for (Path f : illustrated.content.InputFiles.regular(dir).stream().filter(p -> p.toString().endsWith(".ftl"))
                    .toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(needle)) {
                        return Problem.at(projectDir.relativize(f), i + 1, what + " (written by this template)",
                                hint);
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
