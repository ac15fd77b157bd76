package illustrated.build;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param projectDir the project root (with content/, templates/, assets/)
 * @param siteDir    where the site is published (target/site)
 * @param cacheDir   the cache folder (.cache), or null to compute everything
 * @param reportDir  where the build report goes (target)
 * @param jobs       figures computed in parallel
 * @param buildMode  "publish", or "preview" (adds the live-reload script)
 * @param checkManifest whether figures must match the committed figure manifest
 */
public record BuildOptions(Path projectDir, Path siteDir, Path cacheDir, Path reportDir, int jobs, String buildMode,
        boolean checkManifest) {

    public static BuildOptions defaults(Path projectDir) {
        Path p = projectDir.toAbsolutePath().normalize();
        return new BuildOptions(p, p.resolve("target/site"), p.resolve(".cache"), p.resolve("target"),
                Integer.getInteger("illustrated.jobs", 2), "publish", true);
    }

    public BuildOptions withCache(Path cache) {
        return new BuildOptions(projectDir, siteDir, cache, reportDir, jobs, buildMode, checkManifest);
    }

    public BuildOptions withSiteDir(Path site) {
        return new BuildOptions(projectDir, site, cacheDir, reportDir, jobs, buildMode, checkManifest);
    }

    public BuildOptions withMode(String mode) {
        return new BuildOptions(projectDir, siteDir, cacheDir, reportDir, jobs, mode, checkManifest);
    }

    public BuildOptions withManifestCheck(boolean check) {
        return new BuildOptions(projectDir, siteDir, cacheDir, reportDir, jobs, buildMode, check);
    }

    public BuildOptions withReportDir(Path dir) {
        return new BuildOptions(projectDir, siteDir, cacheDir, dir, jobs, buildMode, checkManifest);
    }
}
