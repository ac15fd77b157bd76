package illustrated.build;

import illustrated.content.InputFiles;
import illustrated.problem.Problems;
import illustrated.report.BuildReport.Route;
import illustrated.site.JBakeStage;
import illustrated.site.OutputPaths;
import illustrated.site.SiteConfig;
import illustrated.site.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build's template stage, into {@code staging}/out: baked by JBake and FreeMarker, or, when only
 * articles or assets changed and these templates are known to render the same bytes directly
 * ({@link Freshness#direct()}), the previous site with its pages rendered again by {@link DirectRenderer}.
 * A JBake build renders the pages directly too and compares, so that the next prose edit may take the
 * direct path.
 */
final class BakeStep {
    private BakeStep() {
    }

    /**
     * @param out       the baked site
     * @param rendered  the files the templates wrote (empty when direct rendering did not match JBake)
     * @param verified  hash of the templates for which direct rendering matched JBake, or ""
     */
    record Baked(Route route, Path out, List<String> rendered, String verified) {
        Baked {
            rendered = List.copyOf(rendered);
        }
    }

    static Baked run(BuildRun run, Sources sources, PageStep.Pages pages, Freshness fresh, Path staging)
            throws IOException {
        Baked baked = fresh.direct() ? direct(run, sources, pages, fresh.before(), staging.resolve("out"))
                : jbake(run, sources, pages, fresh.now(), staging);
        run.problems().throwIfAny();
        return baked;
    }

    private static Baked jbake(BuildRun run, Sources sources, PageStep.Pages pages, BuildState now, Path staging)
            throws IOException {
        BuildLog log = run.log();
        Path project = run.options().projectDir();
        Path src = staging.resolve("src");
        Path out = staging.resolve("out");
        long tStage = System.nanoTime();
        SiteWriter.stage(project, src, sources.site(), pages.docs(), pages.css());
        log.timed("stage", tStage);
        log.start("bake", 1);
        JBakeStage.bake(src, out, project, run.problems());
        log.end("JBake baked " + pages.pages().size() + " pages");
        run.problems().throwIfAny();
        List<String> rendered = List.of();
        String verified = "";
        if (now != null) {
            long tCheck = System.nanoTime();
            rendered = compareDirect(log, src, sources.site(), pages.docs(), out);
            verified = rendered.isEmpty() ? "" : now.templatesHash();
            log.timed("check", tCheck);
        }
        return new Baked(Route.JBAKE, out, rendered, verified);
    }

    /**
     * The fast path: the previous site, minus what the templates wrote and the figures, plus the
     * pages rendered again directly.
     */
    private static Baked direct(BuildRun run, Sources sources, PageStep.Pages pages, BuildState before, Path out)
            throws IOException {
        run.log().start("render", pages.docs().size());
        List<String> rendered = renderDirect(run, sources.site(), pages, before, out);
        run.log().end("rendered " + pages.docs().size() + " pages directly (only articles or assets changed)");
        return new Baked(Route.DIRECT, out, rendered, before.directVerified());
    }

    /** Returns the files rendered. */
    private static List<String> renderDirect(BuildRun run, SiteConfig site, PageStep.Pages pages, BuildState before,
            Path out) throws IOException {
        Path project = run.options().projectDir();
        Problems problems = run.problems();
        Set<String> skip = new HashSet<>(before.rendered());
        skip.add("css/generated.css");
        before.files().keySet().stream().filter(f -> f.startsWith("assets/")).forEach(f -> skip.add(f.substring(7)));
        for (String f : before.site().keySet()) {
            if (skip.contains(f) || f.startsWith("figures/")) {
                continue;
            }
            Path to = out.resolve(f);
            Files.createDirectories(to.getParent());
            Files.copy(run.options().siteDir().resolve(f), to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        // the assets as they are now (JBake copies them to the top of the site)
        Path assets = project.resolve("assets");
        for (Path f : InputFiles.regular(assets)) {
            Path to = OutputPaths.confined(out, assets.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, String> files;
        try {
            files = new DirectRenderer(project.resolve("templates"), SiteWriter.properties(site)).render(pages.docs());
        } catch (freemarker.template.TemplateException | freemarker.core.ParseException e) {
            // a template that does not parse is an IOException to FreeMarker: the same problem, at its line
            problems.add(JBakeStage.describe(e, project));
            return List.of();
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path to = OutputPaths.confined(out, e.getKey());
            Files.createDirectories(to.getParent());
            Files.writeString(to, e.getValue(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(out.resolve("css"));
        Files.writeString(out.resolve("css/generated.css"), SiteWriter.generatedCss(pages.css()),
                StandardCharsets.UTF_8);
        return new ArrayList<>(files.keySet());
    }

    /**
     * Renders the site directly too and compares with what JBake wrote: the list of rendered files
     * when every byte agrees (the direct path may then be used for prose edits), else an empty list.
     */
    private static List<String> compareDirect(BuildLog log, Path src, SiteConfig site, List<SiteWriter.Doc> docs,
            Path out) {
        try {
            Map<String, String> files = new DirectRenderer(src.resolve("templates"), SiteWriter.properties(site))
                    .render(docs);
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path f = out.resolve(e.getKey());
                if (!Files.exists(f) || !Files.readString(f, StandardCharsets.UTF_8).equals(e.getValue())) {
                    debug(log, "direct rendering differs from JBake for " + e.getKey());
                    return List.of();
                }
            }
            return new ArrayList<>(files.keySet());
        } catch (IOException | freemarker.template.TemplateException | RuntimeException e) {
            debug(log, "direct rendering failed: " + e);
            return List.of();
        }
    }

    private static void debug(BuildLog log, String msg) {
        if (System.getenv("ILLUSTRATED_DEBUG") != null) {
            log.info("debug: %s", msg);
        }
    }
}
