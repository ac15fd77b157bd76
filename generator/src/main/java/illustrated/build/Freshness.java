package illustrated.build;

import illustrated.figure.FigureCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Stage 0 of a build: what changed since the last one. Hashing the inputs costs milliseconds; ND4J,
 * KaTeX and JBake cost seconds, so a build with nothing to do stops here.
 *
 * @param stateFile the build state file, or null without a cache (then nothing is ever up to date)
 * @param before    the state of the last build, or null
 * @param now       the inputs as they are now, or null without a cache
 * @param upToDate  the inputs hash as at the last build and the published site is intact
 * @param direct    only articles or assets changed, and these templates rendered directly gave JBake's
 *                  bytes: the pages may be rendered without JBake
 * @param changed   the input files that changed
 */
record Freshness(Path stateFile, BuildState before, BuildState now, boolean upToDate, boolean direct,
        List<String> changed) {

    static Freshness check(BuildOptions options, List<FigureCatalog> catalogs) throws IOException {
        Path stateFile = options.cacheDir() == null ? null : options.cacheDir().resolve("build-state.json");
        BuildState before = BuildState.load(stateFile);
        BuildState now = stateFile == null ? null
                : BuildState.scan(options, catalogs.stream().map(c -> c.getClass().getName()).toList());
        Map<String, String> published = before == null ? Map.of() : BuildState.siteManifest(options.siteDir());
        boolean siteIntact = before != null && !before.site().isEmpty() && before.site().equals(published);
        boolean upToDate = now != null && siteIntact && now.sameInputs(before);
        List<String> changed = now != null && before != null ? now.changedSince(before) : List.of();
        boolean direct = !upToDate && now != null && siteIntact && before.code().equals(now.code())
                && before.options().equals(now.options()) && before.directVerified().equals(now.templatesHash())
                && changed.stream().allMatch(f -> f.startsWith("content/") && f.endsWith(".md")
                        || f.startsWith("assets/"));
        return new Freshness(stateFile, before, now, upToDate, direct, changed);
    }

    /** Records what this build published, for the next one's check (nothing without a cache). */
    void save(BuildOptions options, BakeStep.Baked baked, int pages) throws IOException {
        if (now != null) {
            now.withOutput(BuildState.siteManifest(options.siteDir()), baked.rendered(), baked.verified(), pages)
                    .save(stateFile);
        }
    }
}
