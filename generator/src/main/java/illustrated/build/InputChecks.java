package illustrated.build;

import illustrated.content.InputFiles;
import illustrated.problem.Suggest;

import illustrated.problem.Problem;
import illustrated.problem.Problems;

import illustrated.content.Article;
import illustrated.site.OutputPaths;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Checks of the sources that decide where files are published, made before any simulation runs:
 * links and special files in assets/, page addresses and tags that must be plain file names, two
 * sources that would publish the same file, and the template each kind of page needs.
 */
final class InputChecks {
    private InputChecks() {
    }

    static void check(Path project, List<Article> articles, String siteProperties, Problems problems)
            throws IOException {
        List<Path> assets = InputFiles.checked(project, project.resolve("assets"), problems);
        checkNames(articles, problems);
        checkPagePaths(project, assets, articles, problems);
        checkTemplates(project, articles, siteProperties, problems);
    }

    /** Page addresses and tags become file names: plain names only, nothing that leads elsewhere. */
    static void checkNames(List<Article> articles, Problems problems) {
        for (Article a : articles) {
            String why = OutputPaths.badPagePath(a.relative().toString().replace('\\', '/'));
            if (why != null) {
                problems.add(new Problem(a.source(), 0, "the file name cannot be a page address: " + why,
                        "the page is published under the file's path; other characters break its address or lead "
                                + "outside the site", "rename the file: letters, digits, '.', '_' and '-' only"));
            }
            if (a.get("tags") == null || a.get("tags").isBlank()) {
                continue; // no tags
            }
            String[] tags = a.get("tags").split(",", -1);
            for (int i = 0; i < tags.length; i++) {
                String t = tags[i].strip();
                if (t.isEmpty() && i == tags.length - 1 && i > 0) {
                    continue; // a trailing comma
                }
                String bad = OutputPaths.badTag(t);
                if (bad != null) {
                    problems.add(new Problem(a.source(), a.lineOf("tags"), bad,
                            "each tag is published as tags/<tag>.html; '/', '\\', '..' and other characters would "
                                    + "put it elsewhere or break its address",
                            "use letters, digits, spaces, '.', '_', '+' and '-' in tags, e.g. tags=geometry,curse of "
                                    + "dimensionality"));
                }
            }
        }
    }

    /**
     * Two sources that would publish the same file: pages whose paths differ only in case (one
     * overwrites the other on macOS and Windows), a page where a tag page or an asset goes.
     */
    static void checkPagePaths(Path project, List<Path> assetFiles, List<Article> articles, Problems problems) {
        Map<String, String> taken = new LinkedHashMap<>();
        Path assets = project.resolve("assets");
        for (Path f : assetFiles) {
            String rel = assets.relativize(f).toString().replace('\\', '/');
            taken.put(rel.toLowerCase(Locale.ROOT), "the asset " + project.relativize(f));
        }
        for (Article a : articles) {
            if (!"published".equals(a.get("status")) || !"post".equals(a.type()) || a.get("tags") == null) {
                continue;
            }
            for (String t : a.get("tags").split(",")) {
                if (!t.isBlank()) {
                    String uri = "tags/" + t.strip().replace(' ', '-') + ".html";
                    taken.putIfAbsent(uri.toLowerCase(Locale.ROOT), "the tag page of '" + t.strip() + "'");
                }
            }
        }
        Map<String, Article> pages = new LinkedHashMap<>();
        for (Article a : articles) {
            String key = a.uri().toLowerCase(Locale.ROOT);
            Article other = pages.putIfAbsent(key, a);
            if (other != null && !other.uri().equals(a.uri())) {
                problems.add(new Problem(a.source(), 1, "duplicate page path '" + a.uri() + "'",
                        other.source() + " publishes " + other.uri() + ", which differs only in case: one would "
                                + "overwrite the other on macOS and Windows", "rename one of the two files"));
            } else if (taken.containsKey(key)) {
                problems.add(new Problem(a.source(), 1, "duplicate page path '" + a.uri() + "'",
                        taken.get(key) + " is published at the same path", "rename or move the article"));
            }
        }
    }

    /** Every kind of published page, the feed, sitemap and tag pages have their template. */
    static void checkTemplates(Path project, List<Article> articles, String siteProperties, Problems problems)
            throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(siteProperties));
        Map<String, String> users = new LinkedHashMap<>();
        for (Article a : articles) {
            if ("published".equals(a.get("status"))) {
                users.putIfAbsent(a.type(), a.source() + ":" + a.lineOf("type") + " (type=" + a.type() + ")");
            }
        }
        if (users.containsKey("post")) {
            users.putIfAbsent("tag", "the tag pages");
        }
        users.put("feed", "the Atom feed");
        users.put("sitemap", "the sitemap");
        Path dir = project.resolve("templates");
        List<String> present = InputFiles.regular(dir).stream().map(f -> dir.relativize(f).toString()).toList();
        for (Map.Entry<String, String> u : users.entrySet()) {
            String name = p.getProperty("template." + u.getKey() + ".file");
            if (name != null && !Files.isRegularFile(dir.resolve(name))) {
                problems.add(new Problem(Path.of("templates", name), 0, "template '" + name + "' not found",
                        u.getValue() + " is rendered with it",
                        "restore templates/" + name + " (e.g. git checkout templates/" + name + "); "
                                + Suggest.didYouMean(name, present)));
            }
        }
    }
}
