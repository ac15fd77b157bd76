package illustrated.build;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import illustrated.site.SiteWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders every file JBake renders (pages, feed, sitemap, tag pages) with the same FreeMarker
 * templates and a model built the way JBake builds it, but without JBake's start-up (OrientDB,
 * crawling, asset copying): milliseconds instead of seconds.
 *
 * <p>It is only trusted where it has been proved equal to JBake: every full build renders the site
 * both ways and compares the bytes ({@link Pipeline}); a prose edit takes this path only while the
 * templates are the ones that passed that comparison.
 */
public final class DirectRenderer {
    private final Configuration cfg;
    private final Map<String, Object> config = new LinkedHashMap<>();
    private final Properties props = new Properties();

    /** @param templates folder of the .ftl files; {@code jbakeProperties} the site's JBake settings */
    public DirectRenderer(Path templates, String jbakeProperties) throws IOException {
        cfg = illustrated.site.TemplateSandbox.configuration(templates);
        props.load(new StringReader(jbakeProperties));
        for (String k : new TreeSet<>(props.stringPropertyNames())) {
            config.put(k.replace('.', '_'), props.getProperty(k));
        }
    }

    /** Output path (relative to the site) to its text, in a stable order. */
    public Map<String, String> render(List<SiteWriter.Doc> docs) throws IOException, TemplateException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (SiteWriter.Doc d : docs) {
            all.add(content(d));
        }
        List<Map<String, Object>> posts = all.stream().filter(c -> "post".equals(c.get("type"))).toList();
        List<Map<String, Object>> byDate = new ArrayList<>(posts);
        byDate.sort(Comparator.comparing((Map<String, Object> c) -> (Date) c.get("date"),
                Comparator.nullsLast(Comparator.<Date>naturalOrder())).reversed());
        Map<String, String> out = new TreeMap<>();
        for (Map<String, Object> c : all) {
            String type = (String) c.get("type");
            String template = props.getProperty("template." + type + ".file");
            if (template == null) {
                continue;
            }
            Map<String, Object> model = globals(all, byDate);
            model.put("content", c);
            out.put((String) c.get("uri"), process(template, model));
        }
        if (Boolean.parseBoolean(props.getProperty("render.feed"))) {
            out.put(props.getProperty("feed.file"), process(props.getProperty("template.feed.file"),
                    special(all, byDate, "feed")));
        }
        if (Boolean.parseBoolean(props.getProperty("render.sitemap"))) {
            out.put(props.getProperty("sitemap.file"), process(props.getProperty("template.sitemap.file"),
                    special(all, byDate, "sitemap")));
        }
        if (Boolean.parseBoolean(props.getProperty("render.tags"))) {
            Map<String, List<Map<String, Object>>> tags = new TreeMap<>();
            for (Map<String, Object> p : byDate) {
                for (String t : (String[]) p.getOrDefault("tags", new String[0])) {
                    tags.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
                }
            }
            for (Map.Entry<String, List<Map<String, Object>>> e : tags.entrySet()) {
                Map<String, Object> model = special(all, byDate, "tag");
                model.put("tag", e.getKey());
                model.put("tag_posts", e.getValue());
                out.put(props.getProperty("tag.path") + "/" + e.getKey() + ".html",
                        process(props.getProperty("template.tag.file"), model));
            }
        }
        return out;
    }

    private Map<String, Object> special(List<Map<String, Object>> all, List<Map<String, Object>> byDate, String type) {
        Map<String, Object> model = globals(all, byDate);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", type);
        c.put("rootpath", "tag".equals(type) ? "../" : "");
        model.put("content", c);
        return model;
    }

    private Map<String, Object> globals(List<Map<String, Object>> all, List<Map<String, Object>> byDate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", config);
        m.put("published_posts", byDate);
        m.put("all_content", all);
        m.put("published_content", all.stream().filter(c -> "published".equals(c.get("status"))).toList());
        m.put("published_pages", all.stream().filter(c -> "page".equals(c.get("type"))).toList());
        return m;
    }

    private String process(String template, Map<String, Object> model) throws IOException, TemplateException {
        Template t = cfg.getTemplate(template);
        StringWriter w = new StringWriter();
        t.process(model, w);
        return w.toString();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_LONG_FOR_INTS);

    /** JSON header values become hashes, as JBake's json-simple makes them (whole numbers as longs). */
    private static Object json(String v) {
        try {
            return JSON.readValue(v, Object.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** A page's model the way JBake's parser makes it: dates, tag arrays and JSON values parsed. */
    private Map<String, Object> content(SiteWriter.Doc d) {
        Map<String, Object> c = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : d.header().entrySet()) {
            String k = e.getKey();
            String v = e.getValue().strip();
            if (k.equals("date")) {
                SimpleDateFormat f = new SimpleDateFormat(props.getProperty("date.format", "yyyy-MM-dd"));
                f.setTimeZone(TimeZone.getDefault());
                try {
                    c.put(k, f.parse(v));
                } catch (ParseException ex) {
                    c.put(k, v);
                }
            } else if (k.equals("tags")) {
                List<String> tags = new ArrayList<>();
                for (String t : v.split(",")) {
                    String s = t.strip();
                    if (Boolean.parseBoolean(props.getProperty("tag.sanitize"))) {
                        s = s.replace(" ", "-");
                    }
                    tags.add(s);
                }
                c.put(k, tags.toArray(String[]::new));
            } else if (v.startsWith("{") && v.endsWith("}")) {
                c.put(k, json(v));
            } else {
                c.put(k, v);
            }
        }
        c.put("body", d.body() + "\n");
        c.put("uri", d.uri());
        int depth = (int) d.uri().chars().filter(ch -> ch == '/').count();
        c.put("rootpath", "../".repeat(depth));
        return c;
    }
}
