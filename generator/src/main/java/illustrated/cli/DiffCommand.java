package illustrated.cli;

import illustrated.build.BuildOptions;
import illustrated.catalog.Catalogs;
import illustrated.report.DiffReport;
import illustrated.report.FigureDiff;
import illustrated.build.FigureExport;
import illustrated.report.FigureFiles;
import illustrated.report.RevisionFigures;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code generator/bin/site diff [REV] [--site DIR] [--out DIR]}, or {@code diff --manifest} (see
 * {@link ManifestDiff}): compares the figures of the working tree with
 * those of a git revision (default {@code HEAD}, built by that revision's own code, cached figures
 * reused) or of a built site folder, and writes {@code target/figure-diff/index.html} and
 * {@code summary.json}. Exit codes: 0 no figure changed, 1 some figure changed, was added or removed,
 * 2 bad usage, 3 the revision could not be built.
 */
public final class DiffCommand {
    private DiffCommand() {
    }

    /** Against the revisions given (none: {@code HEAD}; at most one). */
    public static int run(BuildOptions opts, List<String> revisions) throws IOException {
        if (revisions.size() > 1) {
            System.err.println("usage: generator/bin/site diff [REV | --site DIR | --manifest] [--out DIR]");
            return 2;
        }
        return run(opts, revisions.isEmpty() ? null : revisions.get(0), null, false, "target/figure-diff");
    }

    /**
     * Against revision {@code revision} (null: {@code HEAD}), or the built site {@code site}, or the
     * manifest; the report goes to {@code outDir} (relative to the project).
     */
    public static int run(BuildOptions opts, String revision, String site, boolean manifest, String outDir)
            throws IOException {
        Path project = opts.projectDir();
        Path out = project.resolve(outDir);
        if (site != null && revision != null) {
            System.err.println("usage: generator/bin/site diff [REV | --site DIR | --manifest] [--out DIR]");
            return 2;
        }
        if (manifest) {
            if (site != null || revision != null) {
                System.err.println("usage: generator/bin/site diff --manifest [--out DIR] (no revision or site with it)");
                return 2;
            }
            return ManifestDiff.run(opts, out, System.out);
        }
        String rev = revision == null ? "HEAD" : revision;
        long t0 = System.nanoTime();
        SortedMap<String, FigureFiles> after = FigureFiles.of(
                FigureExport.compute(project, opts.cacheDir(), Catalogs.all(), opts.jobs(), System.err::println));
        SortedMap<String, FigureFiles> before;
        String beforeLabel;
        if (site != null) {
            Path dir = project.resolve(site);
            before = FigureFiles.readSite(dir);
            beforeLabel = "site folder " + dir;
        } else {
            Path built;
            try {
                built = RevisionFigures.build(project, rev, opts.cacheDir(), RevisionFigures.jars(), opts.jobs());
            } catch (RevisionFigures.RevisionException e) {
                System.err.println("generator/bin/site diff: " + e.getMessage());
                return 3;
            }
            before = FigureFiles.readSite(built);
            beforeLabel = rev + " (" + built.getParent().getFileName().toString().substring(0, 12) + ")";
        }
        int code = report(before, after, beforeLabel, "working tree " + project, out, System.out);
        System.out.printf(Locale.ROOT, "figure diff took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return code;
    }

    /** Compares, writes the report into {@code out}, prints a summary; 1 when something changed. */
    public static int report(Map<String, FigureFiles> before, Map<String, FigureFiles> after, String beforeLabel,
            String afterLabel, Path out, PrintStream console) throws IOException {
        FigureDiff.Result r = FigureDiff.compare(before, after);
        new DiffReport(out, beforeLabel, afterLabel).write(r);
        console.printf(Locale.ROOT, "figures against %s: %d changed, %d added, %d removed, %d numerically equal, "
                + "%d provenance only, %d unchanged%n", beforeLabel, r.with(FigureDiff.Status.CHANGED).size(),
                r.with(FigureDiff.Status.ADDED).size(), r.with(FigureDiff.Status.REMOVED).size(),
                r.with(FigureDiff.Status.NUMERICALLY_EQUAL).size(), r.with(FigureDiff.Status.PROVENANCE_ONLY).size(),
                r.unchanged());
        for (FigureDiff.Change c : r.changes()) {
            console.printf(Locale.ROOT, "  %-18s %s%n", c.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    c.id());
        }
        console.println("report: " + out.resolve("index.html"));
        return r.anyChange() ? 1 : 0;
    }
}
