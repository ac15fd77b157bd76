package illustrated.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import illustrated.build.Problem;
import illustrated.build.Problems;
import illustrated.figure.RenderedFigure;
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
    /** Where the manifest lives in the repository. */
    public static final String FILE = "generator/figure-manifest.json";
    /** The one command that records the current figures. */
    public static final String UPDATE_COMMAND = "generator/bin/site manifest update";

    private FigureManifest() {
    }

    /** One figure's hashes; {@code svg} is null for a value set (no picture). */
    public record Entry(String svg, String data) {
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

    /** The manifest entries of a set of figures, sorted by id. */
    public static SortedMap<String, Entry> entries(Map<String, FigureFiles> figures) {
        SortedMap<String, Entry> out = new TreeMap<>();
        figures.forEach((id, f) -> out.put(id, new Entry(f.svgHash(), f.dataHash())));
        return out;
    }

    /** The manifest file's text: stable, sorted, pretty-printed, LF line ends. */
    public static String toJson(SortedMap<String, Entry> entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"about\": \"SHA-256 of every figure's SVG and of its data (all its CSV files). ")
                .append("The build fails when a figure differs from this file; record a change with: ")
                .append(UPDATE_COMMAND).append("\",\n");
        sb.append("  \"figures\": {");
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        if (it.hasNext()) {
            sb.append('\n');
        }
        while (it.hasNext()) {
            Map.Entry<String, Entry> e = it.next();
            sb.append("    \"").append(e.getKey()).append("\": {\n");
            sb.append("      \"svg\": ").append(e.getValue().svg() == null ? "null" : "\"" + e.getValue().svg() + "\"")
                    .append(",\n");
            sb.append("      \"data\": \"").append(e.getValue().data()).append("\"\n");
            sb.append("    }").append(it.hasNext() ? "," : "").append('\n');
        }
        sb.append(entries.isEmpty() ? "}\n" : "  }\n");
        sb.append("}\n");
        return sb.toString();
    }

    /** Parses a manifest file's text. */
    public static SortedMap<String, Entry> parse(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode figs = root == null ? null : root.get("figures");
        if (figs == null || !figs.isObject()) {
            throw new IOException("no \"figures\" object");
        }
        SortedMap<String, Entry> out = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = figs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode svg = e.getValue().get("svg");
            JsonNode data = e.getValue().get("data");
            out.put(e.getKey(), new Entry(svg == null || svg.isNull() ? null : svg.asText(),
                    data == null || data.isNull() ? null : data.asText()));
        }
        return out;
    }

    /** The committed manifest, or null when the file does not exist. */
    public static SortedMap<String, Entry> read(Path projectDir) throws IOException {
        Path file = projectDir.resolve(FILE);
        return Files.exists(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : null;
    }

    /** Writes the manifest for these figures; returns true when the file's bytes changed. */
    public static boolean write(Path projectDir, Map<String, FigureFiles> figures) throws IOException {
        Path file = projectDir.resolve(FILE);
        String text = toJson(entries(figures));
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

    /** Adds a problem when the figures of this build differ from the committed manifest. */
    public static void check(Path projectDir, Map<String, RenderedFigure> figures, Problems problems) {
        SortedMap<String, Entry> now = entries(FigureFiles.of(figures));
        Path rel = Path.of(FILE);
        SortedMap<String, Entry> committed;
        try {
            committed = read(projectDir);
        } catch (IOException e) {
            problems.add(new Problem(rel, 0, "the figure manifest cannot be read: " + e.getMessage(),
                    "a hand-edited or half-merged manifest hides which figures changed",
                    "regenerate it with `" + UPDATE_COMMAND + "` and commit it"));
            return;
        }
        if (committed == null) {
            if (!now.isEmpty()) {
                problems.add(new Problem(rel, 0, "there is no figure manifest, so the " + now.size() + " figure"
                        + (now.size() == 1 ? "" : "s") + " of this build are unrecorded",
                        "reviewers see which figures a change touches only through the manifest's diff",
                        "create it with `" + UPDATE_COMMAND + "` and commit " + FILE));
            }
            return;
        }
        Difference d = compare(committed, now);
        if (!d.isEmpty()) {
            problems.add(new Problem(rel, 0, d.size() + " figure" + (d.size() == 1 ? "" : "s")
                    + (d.size() == 1 ? " differs" : " differ") + " from the committed figure manifest:\n    " + String.join("\n    ", d.lines()),
                    "a figure changed without the manifest being updated, so a reviewer would not see it",
                    "see how with `generator/bin/site diff`; if the change is intended, run `" + UPDATE_COMMAND
                            + "` and commit " + FILE));
        }
    }
}
