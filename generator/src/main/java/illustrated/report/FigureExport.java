package illustrated.report;

import illustrated.problem.BuildFailure;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.content.Article;
import illustrated.content.ArticleReader;
import illustrated.content.BodyParser;
import illustrated.content.ParsedBody;
import illustrated.content.Token;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.figure.FigureStage;
import illustrated.figure.RenderedFigure;
import illustrated.figures.Catalogs;
import illustrated.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures a project's pages use, made exactly as the build makes them (same figure stage, same
 * cache) but without typesetting or baking: what the manifest and the figure-diff report need.
 *
 * <p>{@link #exportSite} is also called, by reflection, inside the classes of another git revision
 * (see {@link RevisionFigures}), so this class uses only the pipeline's long-standing API and the JDK.
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
            int jobs, java.util.function.Consumer<String> log) throws IOException {
        return compute(project, cacheRoot, catalogs, jobs, log, null);
    }

    /** As above, limited to the figures whose ids are in {@code only} (all when null). */
    public static Map<String, RenderedFigure> compute(Path project, Path cacheRoot, List<FigureCatalog> catalogs,
            int jobs, java.util.function.Consumer<String> log, Set<String> only) throws IOException {
        Problems problems = new Problems();
        List<Article> articles = new ArticleReader(project).readAll(project.resolve("content"), problems);
        Set<String> ids = new LinkedHashSet<>();
        List<Problem> unknown = new ArrayList<>();
        Map<String, FigureSpec> specs = Catalogs.byId(catalogs);
        for (Article a : articles) {
            if ("draft".equals(a.get("status"))) {
                continue;
            }
            ParsedBody b = BodyParser.parse(a, problems);
            for (Token t : b.figureUses()) {
                String id = t.kind() == Token.Kind.VALUE && t.id() != null && t.id().contains("/")
                        ? t.id().substring(0, t.id().indexOf('/')) : t.id();
                if (id == null) {
                    continue;
                }
                if (!specs.containsKey(id)) {
                    unknown.add(Problem.at(a.source(), t.line(), "unknown figure id '" + id + "'",
                            "define it in a figure catalog or fix the id"));
                    continue;
                }
                ids.add(id);
            }
        }
        problems.addAll(unknown);
        problems.throwIfAny();
        if (only != null) {
            ids.retainAll(only);
        }
        List<FigureSpec> needed = ids.stream().map(specs::get).toList();
        FigureStage stage = new FigureStage(cacheRoot == null ? null : cacheRoot.resolve("figures"), jobs);
        FigureStage.Result r = stage.run(needed, problems, o -> {
            if (!o.reason().equals("cached")) {
                log.accept(String.format(java.util.Locale.ROOT, "  %-28s %s (%d ms)", o.id(), o.reason(),
                        o.computeMillis() + o.drawMillis()));
            }
        });
        problems.throwIfAny();
        return r.figures();
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
