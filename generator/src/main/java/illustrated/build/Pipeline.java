package illustrated.build;

import illustrated.content.Article;
import illustrated.content.ArticleReader;
import illustrated.content.BodyParser;
import illustrated.content.Markdown;
import illustrated.content.Page;
import illustrated.content.PageAssembler;
import illustrated.content.ParsedBody;
import illustrated.content.Token;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.figure.FigureStage;
import illustrated.figures.Catalogs;
import illustrated.math.MathRenderer;
import illustrated.report.BuildReport;
import illustrated.report.FigureManifest;
import illustrated.site.JBakeStage;
import illustrated.site.Publisher;
import illustrated.site.SiteConfig;
import illustrated.site.SiteVerifier;
import illustrated.site.SiteWriter;
import illustrated.site.SearchIndex;
import illustrated.site.StyleHoister;
import illustrated.site.TemplateLint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole build, stage by stage: read the articles, check every reference, compute the figures,
 * typeset the math, assemble the pages, bake with JBake, verify, publish atomically.
 */
public final class Pipeline {
    private final BuildOptions options;
    private final BuildLog log;
    private final List<FigureCatalog> catalogs;

    public Pipeline(BuildOptions options, BuildLog log) {
        this(options, log, Catalogs.all());
    }

    public Pipeline(BuildOptions options, BuildLog log, List<FigureCatalog> catalogs) {
        this.options = options;
        this.log = log;
        this.catalogs = catalogs;
    }

    /** Builds and publishes the site; throws {@link BuildFailure} with every problem found. */
    public BuildReport build() throws IOException {
        long t0 = System.nanoTime();
        Path project = options.projectDir();
        Problems problems = new Problems();
        Publisher publisher = new Publisher(options.siteDir());
        publisher.cleanLeftovers();

        // 1. read and check the sources, before any simulation runs
        SiteConfig site = SiteConfig.load(project);
        List<Article> articles = new ArticleReader(project).readAll(project.resolve("content"), problems);
        TemplateLint.check(project, project.resolve("templates"), problems);
        List<ParsedBody> bodies = new ArrayList<>();
        for (Article a : articles) {
            if ("draft".equals(a.get("status"))) {
                log.info("skipping draft %s", a.source());
                continue;
            }
            bodies.add(BodyParser.parse(a, problems));
        }
        Map<String, FigureSpec> specs = specs(problems);
        List<FigureSpec> needed = neededFigures(bodies, specs, problems);
        problems.throwIfAny();

        // 2. figures (cached by their inputs)
        FigureStage stage = new FigureStage(options.cacheDir() == null ? null : options.cacheDir().resolve("figures"),
                options.jobs());
        log.start("figures", needed.size());
        FigureStage.Result figures = stage.run(needed, problems, o -> log.step(o.id() + " (" + o.reason() + ")"));
        long computed = figures.outcomes().stream().filter(FigureStage.Outcome::computed).count();
        log.end(String.format(java.util.Locale.ROOT, "%d figures: %d computed, %d cached", figures.figures().size(),
                computed, figures.figures().size() - computed));
        for (FigureStage.Outcome o : figures.outcomes()) {
            if (!o.reason().equals("cached")) {
                log.info("  %-28s %s", o.id(), o.reason());
            }
        }
        if (options.checkManifest()) {
            FigureManifest.check(project, figures.figures(), problems);
        }
        problems.throwIfAny();

        // 3. pages: Markdown, math, figures and references
        StyleHoister hoister = new StyleHoister();
        List<Page> pages = new ArrayList<>();
        try (MathRenderer math = new MathRenderer(options.cacheDir() == null ? null
                : options.cacheDir().resolve("math"))) {
            PageAssembler assembler = new PageAssembler(figures.figures(), math, hoister, new Markdown());
            log.start("pages", bodies.size());
            for (ParsedBody b : bodies) {
                pages.add(assembler.assemble(b, problems));
                log.step(b.article().uri());
            }
            log.end(String.format(java.util.Locale.ROOT, "%d pages; equations: %d typeset, %d cached", pages.size(),
                    math.renderedCount(), math.cachedCount()));
        }
        Map<String, SiteWriter.SeriesInfo> series = SiteWriter.series(articles, pages, problems);
        problems.throwIfAny();

        // 4. bake into a fresh folder, verify, then swap it in
        Path staging = publisher.newStaging();
        try {
            Path src = staging.resolve("src");
            Path out = staging.resolve("out");
            SiteWriter.stage(project, src, site, pages, series, hoister.css(), options.buildMode());
            log.start("bake", 1);
            JBakeStage.bake(src, out, project, problems);
            log.end("JBake baked " + pages.size() + " pages");
            problems.throwIfAny();
            SiteWriter.writeFigures(out, figures.figures());
            SearchIndex.write(out, pages);
            Map<String, Article> byUri = new LinkedHashMap<>();
            articles.forEach(a -> byUri.put(a.uri(), a));
            SiteVerifier.verify(out, byUri, project, problems);
            problems.throwIfAny();
            publisher.publish(out);
        } finally {
            Publisher.deleteTree(staging);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        BuildReport report = new BuildReport(figures.outcomes(), pages.size(), ms);
        report.write(options.reportDir());
        return report;
    }

    private Map<String, FigureSpec> specs(Problems problems) {
        try {
            return Catalogs.byId(catalogs);
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.add(new Problem(Path.of("generator/src/main/java/illustrated/figures"), 0,
                    "figure catalog error: " + e.getMessage(), null, "fix the figure definition"));
            return Map.of();
        }
    }

    static List<FigureSpec> neededFigures(List<ParsedBody> bodies, Map<String, FigureSpec> specs, Problems problems) {
        Set<String> ids = new LinkedHashSet<>();
        for (ParsedBody b : bodies) {
            for (Token t : b.figureUses()) {
                String id = t.kind() == Token.Kind.VALUE && t.id().contains("/")
                        ? t.id().substring(0, t.id().indexOf('/')) : t.id();
                if (id == null) {
                    continue;
                }
                if (!specs.containsKey(id)) {
                    problems.add(Problem.at(b.article().source(), t.line(), "unknown figure id '" + id + "'",
                            Suggest.didYouMean(id, specs.keySet())));
                    continue;
                }
                ids.add(id);
            }
        }
        return ids.stream().map(specs::get).toList();
    }
}
