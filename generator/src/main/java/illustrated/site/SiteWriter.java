package illustrated.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.problem.Suggest;
import illustrated.chart.Theme;
import illustrated.content.Article;
import illustrated.content.DataPage;
import illustrated.content.Page;
import illustrated.figure.RenderedFigure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lays out JBake's source folder (pages as HTML with their computed header fields, templates,
 * assets, KaTeX's stylesheet and fonts) and, after the bake, the figure files.
 */
public final class SiteWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KATEX_FONT_FILES = List.of("woff2");

    private SiteWriter() {
    }

    /** The series of the site with their published articles, in order. */
    public record SeriesInfo(Article page, List<Page> articles) {
    }

    public static Map<String, SeriesInfo> series(List<Article> all, List<Page> pages, Problems problems) {
        Map<String, SeriesInfo> out = new LinkedHashMap<>();
        all.stream().filter(a -> a.type().equals("series") && published(a))
                .sorted(Comparator.comparing(a -> a.get("date")))
                .forEach(a -> out.put(a.get("seriesId"), new SeriesInfo(a, new ArrayList<>())));
        for (Page p : pages) {
            Article a = p.article();
            if (!a.type().equals("post") || !published(a)) {
                continue;
            }
            SeriesInfo s = out.get(a.get("series"));
            if (s == null) {
                problems.add(Problem.at(a.source(), a.lineOf("series"), "unknown series '" + a.get("series") + "'",
                        "create its landing page (type=series, seriesId=" + a.get("series") + ") or "
                                + Suggest.didYouMean(a.get("series"), out.keySet())));
                continue;
            }
            s.articles().add(p);
        }
        for (SeriesInfo s : out.values()) {
            s.articles().sort(Comparator.comparingInt(p -> Integer.parseInt(p.article().get("seriesOrder"))));
            for (int i = 1; i < s.articles().size(); i++) {
                Article prev = s.articles().get(i - 1).article();
                Article cur = s.articles().get(i).article();
                if (prev.get("seriesOrder").equals(cur.get("seriesOrder"))) {
                    problems.add(Problem.at(cur.source(), cur.lineOf("seriesOrder"), "seriesOrder "
                            + cur.get("seriesOrder") + " is also used by " + prev.source(),
                            "give each article of a series its own place"));
                }
            }
        }
        return out;
    }

    static boolean published(Article a) {
        return "published".equals(a.get("status"));
    }

    /** One page as JBake reads it: its path, header fields and HTML body. */
    public record Doc(String uri, Map<String, String> header, String body) {
    }

    /** The published pages with the header fields the templates read (computed once per build). */
    public static List<Doc> docs(List<Page> pages, Map<String, SeriesInfo> series, SiteConfig site, String buildMode,
            Map<String, RenderedFigure> figures) throws IOException {
        String model = siteModel(site, series);
        List<Doc> out = new ArrayList<>();
        for (Page p : pages) {
            Article a = p.article();
            if (!published(a)) {
                continue;
            }
            Map<String, String> h = new LinkedHashMap<>(a.header());
            h.put("readingTime", Integer.toString(p.readingMinutes()));
            h.put("words", Integer.toString(p.words()));
            h.put("toc", p.tocHtml());
            h.put("sourcePath", a.source().toString().replace('\\', '/'));
            h.put("figureCount", Integer.toString(p.figureIds().size()));
            h.put("siteModel", model);
            h.put("buildMode", buildMode);
            if (a.type().equals("post")) {
                SeriesInfo s = series.get(a.get("series"));
                if (s != null) {
                    h.put("seriesTitle", s.page().title());
                    h.put("seriesUri", s.page().uri());
                    int idx = s.articles().indexOf(p);
                    h.put("seriesPosition", Integer.toString(idx + 1));
                    h.put("seriesLength", Integer.toString(s.articles().size()));
                    if (idx > 0) {
                        Article prev = s.articles().get(idx - 1).article();
                        h.put("prevUri", prev.uri());
                        h.put("prevTitle", prev.title());
                    }
                    if (idx >= 0 && idx + 1 < s.articles().size()) {
                        Article next = s.articles().get(idx + 1).article();
                        h.put("nextUri", next.uri());
                        h.put("nextTitle", next.title());
                    }
                }
            }
            h.replaceAll((k, v) -> v.replace('\n', ' '));
            out.add(new Doc(a.uri(), h, p.bodyHtml()));
        }
        out.addAll(dataDocs(pages.stream().filter(p -> published(p.article())).toList(), figures, model, buildMode));
        return out;
    }

    /** The figures' data pages ({@link DataPage}), rendered with {@code data.ftl}. */
    static List<Doc> dataDocs(List<Page> pages, Map<String, RenderedFigure> figures, String model, String buildMode) {
        List<Doc> out = new ArrayList<>();
        for (DataPage d : DataPage.of(pages, figures)) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("title", d.title());
            h.put("type", "figuredata");
            h.put("status", "published");
            if (d.article().get("date") != null) {
                h.put("date", d.article().get("date"));
            }
            h.put("summary", d.summary());
            h.put("figureNumber", Integer.toString(d.number()));
            h.put("articleUri", d.article().uri());
            h.put("articleTitle", d.article().title());
            h.put("siteModel", model);
            h.put("buildMode", buildMode);
            h.replaceAll((k, v) -> v.replace('\n', ' '));
            out.add(new Doc(d.uri(), h, d.body()));
        }
        return out;
    }

    /** Writes JBake's source folder. */
    public static void stage(Path projectDir, Path src, SiteConfig site, List<Doc> docs, String generatedCss)
            throws IOException {
        Files.createDirectories(src.resolve("content"));
        for (Doc d : docs) {
            StringBuilder sb = new StringBuilder();
            d.header().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
            sb.append("~~~~~~\n").append(d.body()).append('\n');
            Path out = OutputPaths.confined(src.resolve("content"), d.uri());
            Files.createDirectories(out.getParent());
            Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        }
        copyTree(projectDir.resolve("templates"), src.resolve("templates"));
        copyTree(projectDir.resolve("assets"), src.resolve("assets"));
        Path css = src.resolve("assets/css");
        Files.createDirectories(css);
        Files.writeString(css.resolve("generated.css"), generatedCss(generatedCss), StandardCharsets.UTF_8);
        copyKatex(src.resolve("assets/katex"), css.resolve("site.css"));
        Files.writeString(src.resolve("jbake.properties"), properties(site), StandardCharsets.UTF_8);
    }

    /** The contents of css/generated.css: hoisted styles and the figure colour roles. */
    public static String generatedCss(String hoisted) {
        return hoisted + figureColours();
    }

    public static String properties(SiteConfig site) {
        return String.join("\n",
                "site.host=" + site.host(),
                "site.title=" + site.title().replace(",", "\\,"),
                "render.index=false",
                "render.archive=false",
                "render.feed=true",
                "feed.file=feed.xml",
                "render.sitemap=true",
                "sitemap.file=sitemap.xml",
                "render.tags=true",
                "render.tagsindex=false",
                "tag.path=tags",
                "tag.sanitize=true",
                "template.feed.file=feed.ftl",
                "template.sitemap.file=sitemap.ftl",
                "template.tag.file=tags.ftl",
                "template.post.file=post.ftl",
                "template.page.file=page.ftl",
                "template.series.file=series.ftl",
                "template.home.file=home.ftl",
                "template.notfound.file=notfound.ftl",
                "template.figuredata.file=data.ftl",
                "db.store=memory",
                "date.format=yyyy-MM-dd",
                "default.status=draft",
                "markdown.extensions=TABLES",
                "") ;
    }

    private static String siteModel(SiteConfig site, Map<String, SeriesInfo> series) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", site.title());
        root.put("description", site.description());
        root.put("author", site.author());
        ArrayNode arr = root.putArray("series");
        for (Map.Entry<String, SeriesInfo> e : series.entrySet()) {
            ObjectNode s = arr.addObject();
            Article sp = e.getValue().page();
            s.put("id", e.getKey());
            s.put("title", sp.title());
            s.put("uri", sp.uri());
            s.put("summary", sp.get("summary"));
            ArrayNode arts = s.putArray("articles");
            int i = 0;
            for (Page p : e.getValue().articles()) {
                Article a = p.article();
                ObjectNode n = arts.addObject();
                n.put("position", ++i);
                n.put("title", a.title());
                n.put("uri", a.uri());
                n.put("summary", a.get("summary"));
                n.put("date", a.get("date"));
                n.put("readingTime", p.readingMinutes());
                n.put("figures", p.figureIds().size());
                // the search page lists them for readers without JavaScript (find in page searches the list)
                ArrayNode sections = n.putArray("sections");
                p.sections().forEach(sec -> sections.addObject().put("id", sec.id()).put("title", sec.title())
                        .put("level", sec.level()));
            }
        }
        return JSON.writeValueAsString(root);
    }

    /** Light-mode values of the figure colour roles (the theme CSS overrides them for dark mode). */
    private static String figureColours() {
        StringBuilder sb = new StringBuilder(":root{");
        Theme.lightPalette().forEach((k, v) -> sb.append(k).append(':').append(v).append(';'));
        return sb.append("}\n").toString();
    }

    /** Writes each figure's SVG, CSV files and provenance JSON under {@code figures/}. */
    public static void writeFigures(Path site, Map<String, RenderedFigure> figures) throws IOException {
        Path dir = site.resolve("figures");
        Files.createDirectories(dir);
        for (RenderedFigure f : figures.values()) {
            String id = f.spec().id();
            if (f.svg() != null) {
                Files.writeString(OutputPaths.confined(dir, id + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + f.svg(),
                        StandardCharsets.UTF_8);
            }
            for (Map.Entry<String, String> c : f.csv().entrySet()) {
                Files.writeString(OutputPaths.confined(dir, id + (c.getKey().isEmpty() ? "" : "-" + c.getKey()) + ".csv"),
                        c.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(OutputPaths.confined(dir, id + ".json"), f.provenance().stableJsonPretty(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The KaTeX fonts the site's stylesheet names (the text face of prose and charts; formulas are MathML
     * in the site's own math font, so KaTeX's stylesheet is not served).
     */
    private static void copyKatex(Path dest, Path siteCss) throws IOException {
        Files.createDirectories(dest.resolve("fonts"));
        ClassLoader cl = SiteWriter.class.getClassLoader();
        String css = Files.isRegularFile(siteCss) ? Files.readString(siteCss, StandardCharsets.UTF_8) : "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("katex/fonts/(KaTeX_[A-Za-z0-9_-]+\\.woff2)")
                .matcher(css);
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        while (m.find()) {
            fonts.add(m.group(1));
        }
        for (String f : fonts) {
            try (InputStream fin = cl.getResourceAsStream(illustrated.math.KatexAssets.find("fonts/" + f))) {
                if (fin != null) {
                    Files.copy(fin, dest.resolve("fonts").resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        // regular files only: links and special files were refused when the sources were read
        for (Path p : illustrated.content.InputFiles.regular(from)) {
            Path target = OutputPaths.confined(to, from.relativize(p).toString());
            Files.createDirectories(target.getParent());
            Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
