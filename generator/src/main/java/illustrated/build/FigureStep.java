package illustrated.build;

import illustrated.figure.FigureStage;
import illustrated.report.FigureManifest;
import java.util.List;
import java.util.Locale;

/**
 * The build's figure stage: the figures the sources cite, from the {@link FigureStage} (cached by their
 * inputs) as every command makes them, logged with why each was recomputed, then checked: finite data,
 * and (unless turned off) the committed figure manifest.
 */
final class FigureStep {
    private FigureStep() {
    }

    static FigureStage.Result run(BuildRun run, Sources sources) {
        BuildLog log = run.log();
        log.start("figures", sources.needed().size());
        FigureStage.Result figures = FigureExport.stage(run.options().cacheDir(), run.options().jobs())
                .run(sources.needed(), run.problems(), o -> log.step(o.id() + " (" + o.reason() + ")"));
        long computed = figures.outcomes().stream().filter(FigureStage.Outcome::computed).count();
        log.end(String.format(Locale.ROOT, "%d figures: %d computed, %d cached", figures.figures().size(),
                computed, figures.figures().size() - computed));
        logReasons(log, figures.outcomes());
        FigureChecks.finite(figures.figures(), sources.figures().definedIn(), run.problems());
        if (run.options().checkManifest()) {
            FigureManifest.check(run.options().projectDir(), figures.figures(), run.problems())
                    .forEach(n -> log.info("%s", n));
        }
        run.problems().throwIfAny();
        return figures;
    }

    /** One line per recomputed figure saying why; when none was cached at all, one line says so. */
    private static void logReasons(BuildLog log, List<FigureStage.Outcome> outcomes) {
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
}
