package illustrated.build;

import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.figure.FigureStage;
import illustrated.figure.RenderedFigure;
import illustrated.catalog.Catalogs;
import illustrated.problem.BuildFailure;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The build's first two stages alone: the project's {@link Sources}, then the figures its pages use
 * from the {@link FigureStage} (same cache as the build), without typesetting or baking. What the
 * manifest and the figure diff need.
 *
 * <p>{@link #exportSite} is the entry point that {@code report.RevisionFigures} calls by reflection in
 * another git revision: each revision's own copy of this class (here, or {@code illustrated.report} in
 * revisions before it moved) makes that revision's figures with that revision's code. Its signature
 * must therefore stay as it is.
 */
public final class FigureExport {
    private FigureExport() {
    }

    /** Computes (or reads from the cache) every figure the published pages use; throws on problems. */
    public static Map<String, RenderedFigure> compute(Path project, Path cacheRoot, List<FigureCatalog> catalogs,
            int jobs) throws IOException {
        return compute(project, cacheRoot, catalogs, jobs, line -> { });
    }

    /** As {@link #compute(Path, Path, List, int)}, telling {@code log} about every figure not taken from the cache. */
    public static Map<String, RenderedFigure> compute(Path project, Path cacheRoot, List<FigureCatalog> catalogs,
            int jobs, Consumer<String> log) throws IOException {
        return compute(project, cacheRoot, catalogs, jobs, log, null);
    }

    /** As above, limited to the figures whose ids are in {@code only} (all when null). */
    public static Map<String, RenderedFigure> compute(Path project, Path cacheRoot, List<FigureCatalog> catalogs,
            int jobs, Consumer<String> log, Set<String> only) throws IOException {
        Problems problems = new Problems();
        Sources sources = Sources.read(project, catalogs, Sources.Drafts.LEAVE_OUT, problems);
        problems.throwIfAny();
        List<FigureSpec> needed = sources.needed().stream().filter(s -> only == null || only.contains(s.id())).toList();
        FigureStage.Result r = stage(cacheRoot, jobs).run(needed, problems, o -> {
            if (!o.reason().equals("cached")) {
                log.accept(String.format(Locale.ROOT, "  %-28s %s (%d ms)", o.id(), o.reason(),
                        o.computeMillis() + o.drawMillis()));
            }
        });
        problems.throwIfAny();
        return r.figures();
    }

    /** The figure stage of every command: cached in {@code cacheRoot}/figures, or no cache when null. */
    static FigureStage stage(Path cacheRoot, int jobs) {
        return new FigureStage(cacheRoot == null ? null : cacheRoot.resolve("figures"), jobs);
    }

    /**
     * Writes the figures of {@code project} (its own catalogs, {@link Catalogs#all()}) into
     * {@code outSite}/figures exactly as the site writer publishes them.
     *
     * @return null on success, else the problems as text
     */
    public static String exportSite(String project, String cacheRoot, String outSite, int jobs) {
        try {
            Map<String, RenderedFigure> figs = compute(Path.of(project), cacheRoot == null ? null : Path.of(cacheRoot),
                    Catalogs.all(), jobs);
            SiteWriter.writeFigures(Path.of(outSite), figs);
            return null;
        } catch (BuildFailure f) {
            return f.problems().stream().map(Problem::format).collect(Collectors.joining("\n\n"));
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }
}
