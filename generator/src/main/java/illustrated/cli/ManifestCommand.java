package illustrated.cli;

import illustrated.build.BuildOptions;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.figure.FigureCatalog;
import illustrated.figure.RenderedFigure;
import illustrated.catalog.Catalogs;
import illustrated.build.FigureExport;
import illustrated.report.FigureFiles;
import illustrated.report.FigureManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code generator/bin/site manifest update|check|hashes} (parsed in {@link Commands.Manifest}): records the SHA-256 of every figure's SVG and data in
 * {@value FigureManifest#FILE}, or checks the figures against it (as the default build does).
 * Only figures are made (from the cache when their inputs did not change): no pages, no baking.
 * Exit codes: 0 written / matches, 1 the figures differ from the manifest (check) or the content has
 * problems, 2 bad usage.
 */
public final class ManifestCommand {
    private ManifestCommand() {
    }

    /** Writes the manifest for the figures the pages use now; prints what changed. */
    public static int update(Path project, Path cacheRoot, List<FigureCatalog> catalogs, int jobs, PrintStream out)
            throws IOException {
        Map<String, RenderedFigure> figures = FigureExport.compute(project, cacheRoot, catalogs, jobs, System.err::println);
        SortedMap<String, FigureFiles> files = FigureFiles.of(figures);
        SortedMap<String, FigureManifest.Entry> before = FigureManifest.read(project);
        SortedMap<String, FigureManifest.Entry> now = FigureManifest.entries(files);
        boolean written = FigureManifest.write(project, figures);
        if (before == null) {
            out.printf("created %s with %d figures%n", FigureManifest.FILE, now.size());
        } else if (!written) {
            out.printf("%s is up to date (%d figures)%n", FigureManifest.FILE, now.size());
        } else {
            FigureManifest.Difference d = FigureManifest.compare(before, now);
            out.printf("updated %s (%d figures):%n", FigureManifest.FILE, now.size());
            d.lines().forEach(l -> out.println("  " + l));
            out.println("commit it with the change; `generator/bin/site diff` shows how the figures changed");
        }
        return 0;
    }

    /** Exit 0 when the figures match the committed manifest, 1 (with the differences) otherwise. */
    public static int check(Path project, Path cacheRoot, List<FigureCatalog> catalogs, int jobs, PrintStream out,
            PrintStream err) throws IOException {
        Map<String, RenderedFigure> figures = FigureExport.compute(project, cacheRoot, catalogs, jobs, System.err::println);
        Problems problems = new Problems();
        List<String> notices = FigureManifest.check(project, figures, problems);
        notices.forEach(out::println);
        if (problems.isEmpty()) {
            out.printf(notices.isEmpty() ? "%d figures match %s%n"
                    : "%d figures are recorded in %s; those listed above differ from it only as machines do%n",
                    figures.size(), FigureManifest.FILE);
            return 0;
        }
        for (Problem p : problems.list()) {
            err.println(p.format());
        }
        return 1;
    }

    /**
     * Computes figures (all, or {@code --ids a,b}) and writes their hashes with this machine's fingerprint
     * as JSON to {@code --out} (default: standard output). The simulated-machines test compares these
     * across JVM flags, environments and JDKs; nothing is written to the manifest.
     */
    static int hashes(BuildOptions opts, List<FigureCatalog> catalogs, String ids, Path outFile) throws IOException {
        java.util.Set<String> only = ids == null ? null : new java.util.TreeSet<>(List.of(ids.split(",")));
        Map<String, RenderedFigure> figures = FigureExport.compute(opts.projectDir(), opts.cacheDir(), catalogs,
                opts.jobs(), line -> { }, only);
        SortedMap<String, FigureManifest.Entry> entries = FigureManifest.entries(FigureFiles.of(figures));
        StringBuilder sb = new StringBuilder("{\n  \"fingerprint\": {");
        var fp = illustrated.platform.Fingerprint.current().asMap();
        sb.append(String.join(",", fp.entrySet().stream().map(e -> "\n    " + json(e.getKey()) + ": " + json(e.getValue()))
                .toList())).append("\n  },\n  \"figures\": {");
        sb.append(String.join(",", entries.entrySet().stream().map(e -> "\n    " + json(e.getKey()) + ": {\"svg\": "
                + (e.getValue().svg() == null ? "null" : json(e.getValue().svg())) + ", \"data\": "
                + json(e.getValue().data())
                + (e.getValue().svgNarrow() == null ? "" : ", \"svg-narrow\": " + json(e.getValue().svgNarrow()))
                + "}").toList())).append("\n  }\n}\n");
        if (outFile == null) {
            System.out.print(sb);
        } else {
            java.nio.file.Files.writeString(outFile, sb.toString());
        }
        return 0;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
