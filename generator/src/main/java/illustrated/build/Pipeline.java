package illustrated.build;

import illustrated.content.InputFiles;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.problem.Suggest;
import illustrated.problem.BuildFailure;

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
import illustrated.content.StyleHoister;
import illustrated.site.TemplateLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
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
    private String lastPath = "";
    private Publisher.Steps publishSteps = Publisher.Steps.NONE;
    /** The catalog class that defines each figure id (for messages about a figure). */
    private final Map<String, Class<?>> definedIn = new java.util.HashMap<>();

    public Pipeline(BuildOptions options, BuildLog log) {
        this(options, log, Catalogs.all());
    }

    public Pipeline(BuildOptions options, BuildLog log, List<FigureCatalog> catalogs) {
        this.options = options;
        this.log = log;
        this.catalogs = catalogs;
    }

    /**
     * True when a build would find nothing to do: the inputs hash as at the last build and the published
     * site is intact. Cheap (no ND4J, KaTeX or JBake), so the command line asks it before it starts a
     * second, pinned JVM for a real build.
     */
    public static boolean upToDate(BuildOptions options, List<FigureCatalog> catalogs) throws IOException {
        if (options.cacheDir() == null) {
            return false;
        }
        BuildState before = BuildState.load(options.cacheDir().resolve("build-state.json"));
        if (before == null || before.site().isEmpty() || !before.site().equals(BuildState.siteManifest(options.siteDir()))) {
            return false;
        }
        return BuildState.scan(options, catalogs.stream().map(c -> c.getClass().getName()).toList()).sameInputs(before);
    }


    /** For tests: a hook called after every step of publishing (it may throw to stop the build there). */
    public Pipeline publishSteps(Publisher.Steps steps) {
        this.publishSteps = steps;
        return this;
    }

    /**
     * Builds and publishes the site; throws {@link BuildFailure} with every problem found. One build
     * per project at a time: a second one waits for the first (see {@link BuildLock}).
     */
    public BuildReport build() throws IOException {
        try (BuildLock lock = BuildLock.acquire(options.projectDir(), m -> System.err.println(m))) {
            return buildLocked();
        }
    }

    private BuildReport buildLocked() throws IOException {
        long t0 = System.nanoTime();
        Path project = options.projectDir();
        Problems problems = new Problems();
        Publisher publisher = new Publisher(options.siteDir(), publishSteps);
        // a build stopped while publishing: put the last whole site back, remove what it left
        publisher.recover();

        // 0. nothing changed? (hashing the inputs costs milliseconds; ND4J, KaTeX and JBake seconds)
        long tState = System.nanoTime();
        Path stateFile = options.cacheDir() == null ? null : options.cacheDir().resolve("build-state.json");
        BuildState before = BuildState.load(stateFile);
        BuildState now = stateFile == null ? null
                : BuildState.scan(options, catalogs.stream().map(c -> c.getClass().getName()).toList());
        Map<String, String> published = before == null ? Map.of() : BuildState.siteManifest(options.siteDir());
        boolean siteIntact = before != null && !before.site().isEmpty() && before.site().equals(published);
        log.timed("state", tState);
        if (now != null && siteIntact && now.sameInputs(before)) {
            log.info("%s is up to date: no content, template, asset or code change since the last build (%d ms)",
                    project.relativize(options.siteDir()), (System.nanoTime() - t0) / 1_000_000);
            lastPath = "up-to-date";
            return new BuildReport(List.of(), before.pages(), (System.nanoTime() - t0) / 1_000_000);
        }
        List<String> changed = now != null && before != null ? now.changedSince(before) : List.of();
        boolean direct = now != null && siteIntact && before.code().equals(now.code())
                && before.options().equals(now.options()) && before.directVerified().equals(now.templatesHash())
                && changed.stream().allMatch(f -> f.startsWith("content/") && f.endsWith(".md")
                        || f.startsWith("assets/"));
        if (before != null && now != null && !changed.isEmpty() && changed.size() <= 5) {
            log.info("changed: %s", String.join(", ", changed));
        }

        // 1. read and check the sources, before any simulation runs
        long tRead = System.nanoTime();
        SiteConfig site = SiteConfig.load(project);
        List<Article> articles = new ArticleReader(project).readAll(project.resolve("content"), problems);
        if ("preview".equals(options.buildMode())) {
            // serve shows drafts like published articles (and reports their errors); a published build leaves them out
            articles = articles.stream().map(a -> "draft".equals(a.get("status")) ? a.withStatus("published") : a).toList();
        }
        TemplateLint.check(project, project.resolve("templates"), problems);
        InputChecks.check(project, articles, SiteWriter.properties(site), problems);
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
        log.timed("read", tRead);
        problems.throwIfAny();

        // 2. figures (cached by their inputs), while KaTeX typesets the formulas beside them
        MathRenderer math = new MathRenderer(options.cacheDir() == null ? null : options.cacheDir().resolve("math"));
        Thread mathAhead = new Thread(() -> illustrated.content.MathAhead.typeset(bodies, math), "math-ahead");
        mathAhead.setDaemon(true);
        mathAhead.start();
        try {
            return buildFrom(new Run(t0, publisher, stateFile), project, site, articles, bodies, needed, math, mathAhead,
                    problems, before, now, direct);
        } finally {
            await(mathAhead);
            math.close();
        }
    }

    private static void await(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while typesetting the formulas", e);
        }
    }

    /** What the later stages of one build need from its start. */
    private record Run(long t0, Publisher publisher, Path stateFile) {
    }

    private BuildReport buildFrom(Run run, Path project, SiteConfig site, List<Article> articles, List<ParsedBody> bodies,
            List<FigureSpec> needed, MathRenderer math, Thread mathAhead, Problems problems, BuildState before,
            BuildState now, boolean direct) throws IOException {
        long t0 = run.t0();
        Publisher publisher = run.publisher();
        Path stateFile = run.stateFile();
        FigureStage stage = new FigureStage(options.cacheDir() == null ? null : options.cacheDir().resolve("figures"),
                options.jobs());
        log.start("figures", needed.size());
        FigureStage.Result figures = stage.run(needed, problems, o -> log.step(o.id() + " (" + o.reason() + ")"));
        long computed = figures.outcomes().stream().filter(FigureStage.Outcome::computed).count();
        log.end(String.format(java.util.Locale.ROOT, "%d figures: %d computed, %d cached", figures.figures().size(),
                computed, figures.figures().size() - computed));
        logReasons(figures.outcomes());
        FigureChecks.finite(figures.figures(), definedIn, problems);
        if (options.checkManifest()) {
            FigureManifest.check(project, figures.figures(), problems).forEach(n -> log.info("%s", n));
        }
        problems.throwIfAny();

        // 3. pages: Markdown, math, figures and references
        List<Page> pages = new ArrayList<>();
        await(mathAhead);
        String generatedCss = assemblePages(project, bodies, figures.figures(), pages, math, problems);
        Map<String, SiteWriter.SeriesInfo> series = SiteWriter.series(articles, pages, problems);
        problems.throwIfAny();
        List<SiteWriter.Doc> docs = SiteWriter.docs(pages, series, site, options.buildMode());

        // 4. bake into a fresh folder, verify, then swap it in
        Path staging = publisher.newStaging();
        List<String> rendered = List.of();
        String verified = "";
        try {
            Path out = staging.resolve("out");
            if (direct) {
                // only articles changed, and these templates rendered directly gave JBake's bytes
                log.start("render", docs.size());
                rendered = renderDirect(project, site, docs, generatedCss, before, out, problems);
                log.end("rendered " + docs.size() + " pages directly (only articles or assets changed)");
                verified = before.directVerified();
                lastPath = "direct";
            } else {
                Path src = staging.resolve("src");
                long tStage = System.nanoTime();
                SiteWriter.stage(project, src, site, docs, generatedCss);
                log.timed("stage", tStage);
                log.start("bake", 1);
                JBakeStage.bake(src, out, project, problems);
                log.end("JBake baked " + pages.size() + " pages");
                problems.throwIfAny();
                if (now != null) {
                    long tCheck = System.nanoTime();
                    rendered = compareDirect(src, site, docs, out);
                    verified = rendered.isEmpty() ? "" : now.templatesHash();
                    log.timed("check", tCheck);
                }
                lastPath = "jbake";
            }
            problems.throwIfAny();
            long tVerify = System.nanoTime();
            SiteWriter.writeFigures(out, figures.figures());
            SearchIndex.write(out, pages);
            Map<String, Article> byUri = new LinkedHashMap<>();
            articles.forEach(a -> byUri.put(a.uri(), a));
            SiteVerifier.verify(out, byUri, project, problems, "preview".equals(options.buildMode()));
            log.timed("verify", tVerify);
            problems.throwIfAny();
            long tPublish = System.nanoTime();
            publisher.publish(out);
            log.timed("publish", tPublish);
        } finally {
            Publisher.deleteTree(staging);
        }
        if (now != null) {
            now.withOutput(BuildState.siteManifest(options.siteDir()), rendered, verified, pages.size())
                    .save(stateFile);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        BuildReport report = new BuildReport(figures.outcomes(), pages.size(), ms);
        report.write(options.reportDir());
        return report;
    }

    /**
     * Assembles every page, or takes it from the page cache when nothing it is made from changed.
     * Each page hoists its inline styles on its own, so that a cached page brings its rules along;
     * the stylesheet merged from them equals the one a single hoister would write. Returns it.
     */
    private String assemblePages(Path project, List<ParsedBody> bodies, Map<String, illustrated.figure.RenderedFigure> figures,
            List<Page> pages, MathRenderer math, Problems problems) throws IOException {
        PageCache cache = options.cacheDir() == null ? null : new PageCache(options.cacheDir().resolve("pages"));
        String code = BuildState.codeHash();
        List<String> sheets = new ArrayList<>();
        int reused = 0;
        Markdown markdown = new Markdown();
        {
            log.start("pages", bodies.size());
            for (ParsedBody b : bodies) {
                String key = cache == null ? null : PageCache.key(project, b, figures, code);
                PageCache.Entry hit = cache == null ? null : cache.get(key, b);
                if (hit != null) {
                    pages.add(hit.page());
                    sheets.add(hit.css());
                    reused++;
                } else {
                    StyleHoister own = new StyleHoister();
                    int before = problems.list().size();
                    Page p = new PageAssembler(figures, math, own, markdown).assemble(b, problems);
                    pages.add(p);
                    sheets.add(own.css());
                    if (cache != null && problems.list().size() == before) {
                        cache.put(key, p, own.css());
                    }
                }
                log.step(b.article().uri());
            }
            String css = PageCache.mergeCss(sheets);
            if (css == null) {
                // two styles got one short class name: let one hoister over all pages tell them apart
                pages.clear();
                StyleHoister all = new StyleHoister();
                PageAssembler assembler = new PageAssembler(figures, math, all, markdown);
                for (ParsedBody b : bodies) {
                    pages.add(assembler.assemble(b, problems));
                }
                css = all.css();
            }
            log.end(String.format(java.util.Locale.ROOT, "%d pages (%d unchanged); equations: %d typeset, %d cached",
                    pages.size(), reused, math.renderedCount(), math.cachedCount()));
            if (cache != null && problems.isEmpty()) {
                cache.prune();
            }
            return css;
        }
    }

    /** Which way the last {@link #build()} went: "up-to-date", "direct" or "jbake" (for tests and the log). */
    public String lastPath() {
        return lastPath;
    }

    /** One line per recomputed figure saying why; when none was cached at all, one line says so. */
    private void logReasons(List<FigureStage.Outcome> outcomes) {
        List<FigureStage.Outcome> redone = outcomes.stream().filter(o -> !o.reason().equals("cached")).toList();
        if (redone.isEmpty()) {
            return;
        }
        if (redone.size() > 1 && redone.size() == outcomes.size()
                && redone.stream().allMatch(o -> o.reason().equals("not in cache"))) {
            log.info("  all %d figures computed: none was in the cache (.cache/figures)", redone.size());
            return;
        }
        for (FigureStage.Outcome o : redone) {
            log.info("  %-28s %s", o.id(), o.reason());
        }
    }

    /**
     * The fast path: the previous site, minus what the templates wrote and the figures, plus the
     * pages rendered again directly. Returns the files rendered.
     */
    private List<String> renderDirect(Path project, SiteConfig site, List<SiteWriter.Doc> docs, String css,
            BuildState before, Path out, Problems problems) throws IOException {
        Set<String> skip = new java.util.HashSet<>(before.rendered());
        skip.add("css/generated.css");
        before.files().keySet().stream().filter(f -> f.startsWith("assets/")).forEach(f -> skip.add(f.substring(7)));
        for (String f : before.site().keySet()) {
            if (skip.contains(f) || f.startsWith("figures/")) {
                continue;
            }
            Path to = out.resolve(f);
            Files.createDirectories(to.getParent());
            Files.copy(options.siteDir().resolve(f), to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        // the assets as they are now (JBake copies them to the top of the site)
        Path assets = project.resolve("assets");
        for (Path f : InputFiles.regular(assets)) {
            Path to = illustrated.site.OutputPaths.confined(out, assets.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, String> files;
        try {
            files = new DirectRenderer(project.resolve("templates"), SiteWriter.properties(site)).render(docs);
        } catch (freemarker.template.TemplateException e) {
            problems.add(JBakeStage.describe(e, project));
            return List.of();
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path to = illustrated.site.OutputPaths.confined(out, e.getKey());
            Files.createDirectories(to.getParent());
            Files.writeString(to, e.getValue(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(out.resolve("css"));
        Files.writeString(out.resolve("css/generated.css"), SiteWriter.generatedCss(css), StandardCharsets.UTF_8);
        return new ArrayList<>(files.keySet());
    }

    /**
     * Renders the site directly too and compares with what JBake wrote: the list of rendered files
     * when every byte agrees (the direct path may then be used for prose edits), else an empty list.
     */
    private List<String> compareDirect(Path src, SiteConfig site, List<SiteWriter.Doc> docs, Path out) {
        try {
            Map<String, String> files = new DirectRenderer(src.resolve("templates"), SiteWriter.properties(site))
                    .render(docs);
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path f = out.resolve(e.getKey());
                if (!Files.exists(f) || !Files.readString(f, StandardCharsets.UTF_8).equals(e.getValue())) {
                    debug("direct rendering differs from JBake for " + e.getKey());
                    return List.of();
                }
            }
            return new ArrayList<>(files.keySet());
        } catch (IOException | freemarker.template.TemplateException | RuntimeException e) {
            debug("direct rendering failed: " + e);
            return List.of();
        }
    }

    private void debug(String msg) {
        if (System.getenv("ILLUSTRATED_DEBUG") != null) {
            log.info("debug: %s", msg);
        }
    }

    /** Every figure by id; a duplicate id is a problem naming the catalog source and line of both. */
    private Map<String, FigureSpec> specs(Problems problems) {
        Map<String, FigureSpec> out = new LinkedHashMap<>();
        Map<String, FigureCatalog> owner = new java.util.HashMap<>();
        for (FigureCatalog c : catalogs) {
            List<FigureSpec> list;
            try {
                list = c.figures();
            } catch (RuntimeException e) {
                // a figure id that cannot be a file name, a missing title…: at the line of that figure when known
                java.util.regex.Matcher id = java.util.regex.Pattern.compile("figure id '([^']*)'|figure '([^']*)'")
                        .matcher(String.valueOf(e.getMessage()));
                String bad = id.find() ? (id.group(1) != null ? id.group(1) : id.group(2)) : null;
                Path file = sourceOf(c.getClass());
                problems.add(Problem.at(file, bad == null ? 0 : lineOf(file, "\"" + bad + "\"", 1), "figure catalog "
                        + c.getClass().getSimpleName() + " failed: " + e.getMessage(),
                        "fix the figure definitions in that catalog (figure ids: lower-case letters, digits and '-')"));
                continue;
            }
            for (FigureSpec f : list) {
                FigureCatalog prev = owner.putIfAbsent(f.id(), c);
                if (prev != null) {
                    Path file = sourceOf(c.getClass());
                    Path prevFile = sourceOf(prev.getClass());
                    int line = lineOf(file, "\"" + f.id() + "\"", prev == c ? 2 : 1);
                    int prevLine = lineOf(prevFile, "\"" + f.id() + "\"", 1);
                    problems.add(new Problem(file, line, "duplicate figure id '" + f.id() + "'",
                            "it is already defined at " + prevFile + (prevLine > 0 ? ":" + prevLine : "")
                                    + "; [[fig:" + f.id() + "]] would be ambiguous",
                            "rename one of the two figures (ids are unique across all catalogs)"));
                    continue;
                }
                out.put(f.id(), f);
                definedIn.put(f.id(), c.getClass());
            }
        }
        return out;
    }

    /** The source file of a project class, relative to the working directory (main or test sources). */
    static Path sourceOf(Class<?> c) {
        Class<?> top = c;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String rel = top.getName().replace('.', '/') + ".java";
        for (String root : List.of("generator/src/main/java/", "generator/src/test/java/")) {
            if (Files.exists(Path.of(root + rel))) {
                return Path.of(root + rel);
            }
        }
        return Path.of("generator/src/main/java/" + rel);
    }

    /** 1-based line of the n-th line containing {@code needle}, or 0. */
    static int lineOf(Path file, String needle, int nth) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int seen = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle) && ++seen == nth) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // no source at hand (a packaged generator): the file name alone must do
        }
        return 0;
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
