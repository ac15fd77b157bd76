package illustrated.build;

import illustrated.content.Article;
import illustrated.content.Page;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureStage;
import illustrated.figure.RenderedFigure;
import illustrated.catalog.Catalogs;
import illustrated.problem.BuildFailure;
import illustrated.problem.Problems;
import illustrated.report.BuildReport;
import illustrated.report.BuildReport.Route;
import illustrated.site.Publisher;
import illustrated.site.SearchIndex;
import illustrated.site.SiteVerifier;
import illustrated.site.SiteWriter;
import illustrated.site.TemplateLint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The whole build, stage by stage: what changed ({@link Freshness}), read the sources ({@link Sources}),
 * make the figures ({@link FigureStep}), typeset the math and assemble the pages ({@link PageStep}),
 * bake with JBake or render directly ({@link BakeStep}), verify, publish atomically, report.
 */
public final class Pipeline {
    private final BuildOptions options;
    private final BuildLog log;
    private final List<FigureCatalog> catalogs;
    private Publisher.Steps publishSteps = Publisher.Steps.NONE;

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
        return Freshness.check(options, catalogs).upToDate();
    }

    /** For tests: a hook called after every step of publishing (it may throw to stop the build there). */
    public Pipeline publishSteps(Publisher.Steps steps) {
        this.publishSteps = steps;
        return this;
    }

    /**
     * Builds and publishes the site; throws {@link BuildFailure} with every problem found. One build
     * per project at a time: a second one waits for the first (see {@link BuildLock}). The report says
     * which way the build went ({@link BuildReport#route()}).
     */
    public BuildReport build() throws IOException {
        try (BuildLock lock = BuildLock.acquire(options.projectDir(), m -> System.err.println(m))) {
            long t0 = System.nanoTime();
            BuildRun run = new BuildRun(options, log, new Problems());
            Publisher publisher = new Publisher(options.siteDir(), publishSteps);
            publisher.recover(); // a build stopped while publishing: put the last whole site back
            Freshness fresh = changes();
            if (fresh.upToDate()) {
                return upToDate(fresh, t0);
            }
            Sources sources = read(run);
            try (PageStep.Typesetting math = new PageStep.Typesetting(options, sources.bodies())) {
                FigureStage.Result figures = FigureStep.run(run, sources);
                PageStep.Pages pages = PageStep.assemble(run, sources, figures.figures(), math);
                Path staging = publisher.newStaging();
                BakeStep.Baked baked;
                try {
                    baked = BakeStep.run(run, sources, pages, fresh, staging);
                    verify(run, sources, figures.figures(), pages.pages(), baked.out());
                    publish(publisher, baked.out());
                } finally {
                    Publisher.deleteTree(staging);
                }
                fresh.save(options, baked, pages.pages().size());
                return report(baked.route(), figures, pages, t0);
            }
        }
    }

    /** Stage 0: what changed since the last build (logged when it is a few files). */
    private Freshness changes() throws IOException {
        long t = System.nanoTime();
        Freshness fresh = Freshness.check(options, catalogs);
        log.timed("state", t);
        if (!fresh.upToDate() && fresh.before() != null && !fresh.changed().isEmpty() && fresh.changed().size() <= 5) {
            log.info("changed: %s", String.join(", ", fresh.changed()));
        }
        return fresh;
    }

    private BuildReport upToDate(Freshness fresh, long t0) {
        log.info("%s is up to date: no content, template, asset or code change since the last build (%d ms)",
                options.projectDir().relativize(options.siteDir()), (System.nanoTime() - t0) / 1_000_000);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new BuildReport(Route.UP_TO_DATE, List.of(), fresh.before().pages(), ms);
    }

    /** Stage 1: the sources, and the checks of what decides where files go, before any simulation runs. */
    private Sources read(BuildRun run) throws IOException {
        long t = System.nanoTime();
        Path project = options.projectDir();
        Sources.Drafts drafts = run.preview() ? Sources.Drafts.SHOW : Sources.Drafts.LEAVE_OUT;
        Sources sources = Sources.read(project, catalogs, drafts, run.problems());
        TemplateLint.check(project, project.resolve("templates"), run.problems());
        InputChecks.check(project, sources.articles(), SiteWriter.properties(sources.site()), run.problems());
        for (Article draft : sources.drafts()) {
            log.info("skipping draft %s", draft.source());
        }
        log.timed("read", t);
        run.problems().throwIfAny();
        return sources;
    }

    /** The figures and the search index beside the pages, then the whole site checked as a reader gets it. */
    private void verify(BuildRun run, Sources sources, Map<String, RenderedFigure> figures, List<Page> pages, Path out)
            throws IOException {
        long t = System.nanoTime();
        SiteWriter.writeFigures(out, figures);
        SearchIndex.write(out, pages);
        SiteVerifier.verify(out, sources.byUri(), options.projectDir(), run.problems(), run.preview());
        log.timed("verify", t);
        run.problems().throwIfAny();
    }

    private void publish(Publisher publisher, Path out) throws IOException {
        long t = System.nanoTime();
        publisher.publish(out);
        log.timed("publish", t);
    }

    private BuildReport report(Route route, FigureStage.Result figures, PageStep.Pages pages, long t0)
            throws IOException {
        BuildReport report = new BuildReport(route, figures.outcomes(), pages.pages().size(),
                (System.nanoTime() - t0) / 1_000_000);
        report.write(options.reportDir());
        return report;
    }
}
