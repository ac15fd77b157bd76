package illustrated.build;

import illustrated.content.MathAhead;
import illustrated.content.Markdown;
import illustrated.content.Page;
import illustrated.content.PageAssembler;
import illustrated.content.ParsedBody;
import illustrated.content.StyleHoister;
import illustrated.figure.RenderedFigure;
import illustrated.math.MathRenderer;
import illustrated.problem.Problems;
import illustrated.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The build's page stage: Markdown, math, figures and references into pages (each from the page cache
 * when nothing it is made from changed), then the documents handed to the templates.
 */
final class PageStep {
    private PageStep() {
    }

    /**
     * The pages, the stylesheet hoisted from their inline styles, and the documents for the templates.
     */
    record Pages(List<Page> pages, String css, List<SiteWriter.Doc> docs) {
        Pages {
            pages = List.copyOf(pages);
            docs = List.copyOf(docs);
        }
    }

    /** KaTeX typesets every formula in a side thread while the figures are made; closing waits for it. */
    static final class Typesetting implements AutoCloseable {
        private final MathRenderer math;
        private final Thread ahead;

        Typesetting(BuildOptions options, List<ParsedBody> bodies) {
            math = new MathRenderer(options.cacheDir() == null ? null : options.cacheDir().resolve("math"));
            ahead = new Thread(() -> MathAhead.typeset(bodies, math), "math-ahead");
            ahead.setDaemon(true);
            ahead.start();
        }

        /** The renderer, once the side thread is done. */
        MathRenderer done() {
            try {
                ahead.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while typesetting the formulas", e);
            }
            return math;
        }

        @Override
        public void close() {
            done();
            math.close();
        }
    }

    static Pages assemble(BuildRun run, Sources sources, Map<String, RenderedFigure> figures, Typesetting math)
            throws IOException {
        Problems problems = run.problems();
        List<Page> pages = new ArrayList<>();
        String css = assemblePages(run, sources.bodies(), figures, pages, math.done());
        Map<String, SiteWriter.SeriesInfo> series = SiteWriter.series(sources.articles(), pages, problems);
        problems.throwIfAny();
        return new Pages(pages, css, SiteWriter.docs(pages, series, sources.site(), run.options().buildMode(),
                figures));
    }

    /**
     * Assembles every page, or takes it from the page cache when nothing it is made from changed.
     * Each page hoists its inline styles on its own, so that a cached page brings its rules along;
     * the stylesheet merged from them equals the one a single hoister would write. Returns it.
     */
    private static String assemblePages(BuildRun run, List<ParsedBody> bodies, Map<String, RenderedFigure> figures,
            List<Page> pages, MathRenderer math) throws IOException {
        Path cacheDir = run.options().cacheDir();
        Path project = run.options().projectDir();
        Problems problems = run.problems();
        BuildLog log = run.log();
        PageCache cache = cacheDir == null ? null : new PageCache(cacheDir.resolve("pages"));
        String code = BuildState.codeHash();
        List<String> sheets = new ArrayList<>();
        int reused = 0;
        Markdown markdown = new Markdown();
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
        log.end(String.format(Locale.ROOT, "%d pages (%d unchanged); equations: %d typeset, %d cached",
                pages.size(), reused, math.renderedCount(), math.cachedCount()));
        if (cache != null && problems.isEmpty()) {
            cache.prune();
        }
        return css;
    }
}
