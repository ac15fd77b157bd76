package illustrated.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.figure.RenderedFigure;
import illustrated.format.Decimal;
import illustrated.platform.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The committed figure manifest: for every figure of the site, the SHA-256 of its SVG and of its
 * data (all its CSV files). The default build checks the regenerated figures against it, so a figure
 * cannot change without the change showing up in the pull request's diff of this file.
 *
 * <p>The file is written by hand-rolled code, not a JSON library's pretty printer: one figure per
 * block, ids sorted, LF line ends, so the same figures always give the same bytes on every machine.
 */
public final class FigureManifest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the manifest lives in the repository. */
    public static final String FILE = "generator/figure-manifest.json";
    /** The one command that records the current figures. */
    public static final String UPDATE_COMMAND = "generator/bin/site manifest update";

    private FigureManifest() {
    }

    /**
     * One figure: the hashes of its SVG ({@code svg} is null for a value set) and data, and, for builds on
     * platforms outside the reference class, its stated tolerance and what it means (null until computed);
     * {@code svgNarrow}: the hash of its narrow layout's SVG, null when it has none (written as
     * {@code "svg-narrow"} only where there is one).
     */
    public record Entry(String svg, String data, double tolerance, FigureMeaning meaning, String svgNarrow) {
        public Entry(String svg, String data) {
            this(svg, data, FigureMeaning.DEFAULT_TOLERANCE, null, null);
        }

        public Entry(String svg, String data, double tolerance, FigureMeaning meaning) {
            this(svg, data, tolerance, meaning, null);
        }

        /** Same bytes: what the reference platform compares. */
        public boolean sameBytes(Entry o) {
            return Objects.equals(svg, o.svg) && Objects.equals(data, o.data) && Objects.equals(svgNarrow, o.svgNarrow);
        }
    }

    /** How two manifests differ; {@code changed} maps an id to what changed ("svg", "data", "svg, data"). */
    public record Difference(SortedMap<String, String> changed, List<String> added, List<String> removed) {
        public boolean isEmpty() {
            return changed.isEmpty() && added.isEmpty() && removed.isEmpty();
        }

        public int size() {
            return changed.size() + added.size() + removed.size();
        }

        /** One line per figure: "changed  id (svg, data)", "added    id", "removed  id". */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            changed.forEach((id, what) -> out.add("changed  " + id + " (" + what + ")"));
            added.forEach(id -> out.add("added    " + id));
            removed.forEach(id -> out.add("removed  " + id));
            return out;
        }
    }

    /** The manifest: the platform class it was recorded on and its figures by id. */
    public record Recorded(String platform, SortedMap<String, Entry> figures) {
    }

    /** The manifest entries (hashes only) of a set of figures, sorted by id. */
    public static SortedMap<String, Entry> entries(Map<String, FigureFiles> figures) {
        SortedMap<String, Entry> out = new TreeMap<>();
        figures.forEach((id, f) -> out.put(id, new Entry(f.svgHash(), f.dataHash(),
                FigureMeaning.DEFAULT_TOLERANCE, null, f.narrowSvgHash())));
        return out;
    }

    /** Entries with each figure's tolerance and meaning, as {@code manifest update} records them. */
    public static SortedMap<String, Entry> entriesWithMeaning(Map<String, RenderedFigure> figures) {
        SortedMap<String, Entry> out = new TreeMap<>();
        FigureFiles.of(figures).forEach((id, f) -> out.put(id, new Entry(f.svgHash(), f.dataHash(),
                figures.get(id).spec().tolerance(), FigureMeaning.of(f), f.narrowSvgHash())));
        return out;
    }

    /** The manifest file's text: stable, sorted, pretty-printed, LF line ends. */
    public static String toJson(SortedMap<String, Entry> entries) {
        return toJson(Fingerprint.current().numericClass(), entries);
    }

    /** The manifest file's text for figures recorded on {@code platform}. */
    public static String toJson(String platform, SortedMap<String, Entry> entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"about\": \"SHA-256 of every figure's SVG and of its data (all its CSV files), recorded on the ")
                .append("platform class below, where builds must match it byte for byte. Elsewhere a build compares ")
                .append("what each figure means: its quoted values as shown, a sketch of its data within the stated ")
                .append("tolerance, and a 16x16 grey thumbnail. Record a change with: ").append(UPDATE_COMMAND).append("\",\n");
        sb.append("  \"platform\": ").append(quote(platform)).append(",\n");
        sb.append("  \"figures\": {");
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        if (it.hasNext()) {
            sb.append('\n');
        }
        while (it.hasNext()) {
            Map.Entry<String, Entry> e = it.next();
            Entry v = e.getValue();
            sb.append("    ").append(quote(e.getKey())).append(": {\n");
            sb.append("      \"svg\": ").append(v.svg() == null ? "null" : quote(v.svg())).append(",\n");
            if (v.svgNarrow() != null) {
                sb.append("      \"svg-narrow\": ").append(quote(v.svgNarrow())).append(",\n");
            }
            sb.append("      \"data\": ").append(quote(v.data()));
            if (v.meaning() != null) {
                sb.append(",\n      \"tolerance\": ").append(Decimal.shortest(v.tolerance()));
                sb.append(",\n      \"values\": ");
                object(sb, v.meaning().values());
                sb.append(",\n      \"data-sketch\": ");
                object(sb, v.meaning().sketch());
                sb.append(",\n      \"thumbnail\": ").append(quote(v.meaning().thumb()));
            }
            sb.append("\n    }").append(it.hasNext() ? "," : "").append('\n');
        }
        sb.append(entries.isEmpty() ? "}\n" : "  }\n");
        sb.append("}\n");
        return sb.toString();
    }

    private static void object(StringBuilder sb, SortedMap<String, String> m) {
        if (m.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append("{\n");
        Iterator<Map.Entry<String, String>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, String> e = it.next();
            sb.append("        ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()))
                    .append(it.hasNext() ? ",\n" : "\n");
        }
        sb.append("      }");
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Parses a manifest file's text (figures only). */
    public static SortedMap<String, Entry> parse(String json) throws IOException {
        return parseRecorded(json).figures();
    }

    /** Parses a manifest file's text. */
    public static Recorded parseRecorded(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        JsonNode figs = root == null ? null : root.get("figures");
        if (figs == null || !figs.isObject()) {
            throw new IOException("no \"figures\" object");
        }
        SortedMap<String, Entry> out = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = figs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            JsonNode svg = n.get("svg");
            JsonNode data = n.get("data");
            JsonNode narrow = n.get("svg-narrow");
            FigureMeaning meaning = n.has("values") ? new FigureMeaning(strings(n.get("values")),
                    strings(n.get("data-sketch")), n.path("thumbnail").asText("")) : null;
            out.put(e.getKey(), new Entry(svg == null || svg.isNull() ? null : svg.asText(),
                    data == null || data.isNull() ? null : data.asText(),
                    n.path("tolerance").asDouble(FigureMeaning.DEFAULT_TOLERANCE), meaning,
                    narrow == null || narrow.isNull() ? null : narrow.asText()));
        }
        JsonNode platform = root.get("platform");
        return new Recorded(platform == null ? "" : platform.asText(), out);
    }

    private static SortedMap<String, String> strings(JsonNode n) {
        SortedMap<String, String> m = new TreeMap<>();
        if (n != null) {
            n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        }
        return m;
    }

    /** The committed manifest, or null when the file does not exist. */
    public static SortedMap<String, Entry> read(Path projectDir) throws IOException {
        Recorded r = readRecorded(projectDir);
        return r == null ? null : r.figures();
    }

    /** The committed manifest with its platform, or null when the file does not exist. */
    public static Recorded readRecorded(Path projectDir) throws IOException {
        Path file = projectDir.resolve(FILE);
        return Files.exists(file) ? parseRecorded(Files.readString(file, StandardCharsets.UTF_8)) : null;
    }

    /** Writes the manifest for these figures (with their meaning); returns true when the file's bytes changed. */
    public static boolean write(Path projectDir, Map<String, RenderedFigure> figures) throws IOException {
        Path file = projectDir.resolve(FILE);
        String text = toJson(entriesWithMeaning(figures));
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return true;
    }

    /** What changed from {@code before} (the committed manifest) to {@code now} (this build). */
    public static Difference compare(SortedMap<String, Entry> before, SortedMap<String, Entry> now) {
        SortedMap<String, String> changed = new TreeMap<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String id : new TreeSet<>(union(before, now))) {
            Entry b = before.get(id);
            Entry n = now.get(id);
            if (b == null) {
                added.add(id);
            } else if (n == null) {
                removed.add(id);
            } else {
                List<String> what = new ArrayList<>();
                if (!Objects.equals(b.svg(), n.svg())) {
                    what.add("svg");
                }
                if (!Objects.equals(b.svgNarrow(), n.svgNarrow())) {
                    what.add("svg-narrow");
                }
                if (!Objects.equals(b.data(), n.data())) {
                    what.add("data");
                }
                if (!what.isEmpty()) {
                    changed.put(id, String.join(", ", what));
                }
            }
        }
        return new Difference(changed, added, removed);
    }

    private static TreeSet<String> union(SortedMap<String, Entry> a, SortedMap<String, Entry> b) {
        TreeSet<String> s = new TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }

    /**
     * Checks this build's figures against the committed manifest; returns notices for the build log.
     *
     * <p>On the platform class the manifest was recorded on (see {@link Fingerprint#numericClass()}) every
     * byte must match: any difference is a problem. Elsewhere (another OS or architecture, or a process
     * without the pins) a figure added or removed is still a problem, but a figure whose bytes differ is
     * compared by what it means: quoted values as shown, data within its tolerance, picture by pixels.
     * The build then succeeds and says, per figure, whether the meaning held or what moved, so that a
     * reader is never stopped by a machine difference and a reviewer still sees it.
     */
    public static List<String> check(Path projectDir, Map<String, RenderedFigure> figures, Problems problems) {
        SortedMap<String, Entry> now = entries(FigureFiles.of(figures));
        Path rel = Path.of(FILE);
        Recorded committed;
        try {
            committed = readRecorded(projectDir);
        } catch (IOException e) {
            problems.add(new Problem(rel, 0, "the figure manifest cannot be read: " + e.getMessage(),
                    "a hand-edited or half-merged manifest hides which figures changed",
                    "regenerate it with `" + UPDATE_COMMAND + "` and commit it"));
            return List.of();
        }
        if (committed == null) {
            if (!now.isEmpty()) {
                problems.add(new Problem(rel, 0, "there is no figure manifest, so the " + now.size() + " figure"
                        + (now.size() == 1 ? "" : "s") + " of this build are unrecorded",
                        "reviewers see which figures a change touches only through the manifest's diff",
                        "create it with `" + UPDATE_COMMAND + "` and commit " + FILE));
            }
            return List.of();
        }
        Difference d = compare(committed.figures(), now);
        String here = Fingerprint.current().numericClass();
        boolean reference = committed.platform().isEmpty() || committed.platform().equals(here);
        if (d.isEmpty()) {
            return List.of();
        }
        if (reference || !d.added().isEmpty() || !d.removed().isEmpty()) {
            problems.add(new Problem(rel, 0, d.size() + " figure" + (d.size() == 1 ? "" : "s")
                    + (d.size() == 1 ? " differs" : " differ") + " from the committed figure manifest:\n    "
                    + String.join("\n    ", d.lines()),
                    "a figure changed without the manifest being updated, so a reviewer would not see it",
                    "see how with `generator/bin/site diff --manifest`; if the change is intended, run `"
                            + UPDATE_COMMAND + "` and commit " + FILE));
            return List.of();
        }
        List<String> notices = new ArrayList<>();
        notices.add("this machine (" + here + ") is outside the manifest's platform class (" + committed.platform()
                + "): " + d.changed().size() + " figure" + (d.changed().size() == 1 ? "" : "s")
                + " differ in their bytes, compared by meaning instead:");
        for (String id : d.changed().keySet()) {
            List<String> delta = meaningDelta(committed.figures().get(id), figures.get(id));
            notices.add("  " + id + (delta.isEmpty() ? ": same meaning (values as shown, data within "
                    + Decimal.shortest(committed.figures().get(id).tolerance()) + ", picture)"
                    : ": differs on this platform: " + String.join("; ", delta)));
        }
        return notices;
    }

    /** How a rendered figure's meaning differs from its manifest entry (empty when it holds). */
    public static List<String> meaningDelta(Entry recorded, RenderedFigure now) {
        if (recorded.meaning() == null) {
            return List.of("the manifest records no meaning for it (recorded by an older generator)");
        }
        return FigureMeaning.differences(recorded.meaning(), FigureMeaning.of(FigureFiles.of(now)),
                recorded.tolerance());
    }
}
