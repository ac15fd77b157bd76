package illustrated.cli;

import illustrated.build.BuildOptions;
import illustrated.figure.RenderedFigure;
import illustrated.catalog.Catalogs;
import illustrated.platform.Fingerprint;
import illustrated.build.FigureExport;
import illustrated.report.FigureFiles;
import illustrated.report.FigureManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code generator/bin/site diff --manifest}: the figures of this working tree, computed on this machine,
 * against the committed figure manifest rather than against another build on the same machine (which
 * would hide a machine difference). Lists every figure whose bytes differ, with what moved in its
 * meaning (quoted values as shown, data sketch deltas against its tolerance, picture) and both platform
 * fingerprints; writes the same text to {@code target/figure-diff/manifest-diff.txt}. Exit 0 when every
 * figure matches, 1 otherwise.
 */
final class ManifestDiff {
    private ManifestDiff() {
    }

    static int run(BuildOptions opts, Path out, PrintStream console) throws IOException {
        Path project = opts.projectDir();
        FigureManifest.Recorded recorded = FigureManifest.readRecorded(project);
        if (recorded == null) {
            console.println("there is no " + FigureManifest.FILE + " to compare with; create it with `"
                    + FigureManifest.UPDATE_COMMAND + "`");
            return 1;
        }
        Map<String, RenderedFigure> figures = FigureExport.compute(project, opts.cacheDir(), Catalogs.all(), opts.jobs(),
                System.err::println);
        SortedMap<String, FigureManifest.Entry> now = FigureManifest.entries(FigureFiles.of(figures));
        FigureManifest.Difference d = FigureManifest.compare(recorded.figures(), now);
        List<String> lines = new ArrayList<>();
        Fingerprint here = Fingerprint.current();
        lines.add("manifest recorded on: " + recorded.platform());
        lines.add("this machine:         " + here.numericClass());
        here.asMap().forEach((k, v) -> lines.add("    " + k + ": " + v));
        lines.add(recorded.platform().equals(here.numericClass())
                ? "same platform class: figures must match byte for byte"
                : "other platform class: differences below are machine differences unless a value or the picture moved");
        lines.add("figures against " + FigureManifest.FILE + ": " + d.changed().size() + " changed, " + d.added().size()
                + " added, " + d.removed().size() + " removed, " + (now.size() - d.changed().size() - d.added().size())
                + " identical");
        d.changed().forEach((id, what) -> {
            List<String> delta = FigureManifest.meaningDelta(recorded.figures().get(id), figures.get(id));
            lines.add("  changed  " + id + " (" + what + ")" + (delta.isEmpty() ? ": same meaning within tolerance "
                    + illustrated.format.Decimal.shortest(recorded.figures().get(id).tolerance()) : ""));
            delta.forEach(l -> lines.add("      " + l));
        });
        d.added().forEach(id -> lines.add("  added    " + id));
        d.removed().forEach(id -> lines.add("  removed  " + id));
        lines.forEach(console::println);
        Files.createDirectories(out);
        Files.write(out.resolve("manifest-diff.txt"), lines, StandardCharsets.UTF_8);
        return d.isEmpty() ? 0 : 1;
    }
}
