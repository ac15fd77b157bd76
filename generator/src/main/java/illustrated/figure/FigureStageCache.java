package illustrated.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import illustrated.cache.DatasetCodec;
import illustrated.simulation.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figure cache's folder of one figure, as {@link FigureStage} reads and writes it: the data and what
 * computing it cost ({@code data-KEY.json}, {@code meta-KEY.json}, KEY the data key), the drawings
 * ({@code svg-KEY.svg}, {@code svg-narrow-KEY.svg}, KEY the drawing key) and, written last, the inputs the
 * data was computed from ({@code inputs.json}), which also say why a figure is computed again. The folder
 * keeps one version of its figure; every file is written atomically. A folder of null is no cache: nothing
 * is found in it.
 */
final class FigureStageCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FigureStageCache() {
    }

    /** Data found in the cache, with what computing it cost. */
    record Data(Dataset data, long computeMillis, long allocatedBytes) {
    }

    /** Whether the folder holds a whole figure: its inputs.json is written after every other file. */
    static boolean isComplete(Path dir) {
        return Files.exists(dir.resolve("inputs.json"));
    }

    /** The data cached for {@code dataKey}, or null. */
    static Data readData(Path dir, String dataKey) throws IOException {
        if (dir == null || !Files.exists(dir.resolve("data-" + dataKey + ".json"))) {
            return null;
        }
        Dataset data = DatasetCodec.read(Files.readString(dir.resolve("data-" + dataKey + ".json")));
        JsonNode meta = JSON.readTree(dir.resolve("meta-" + dataKey + ".json").toFile());
        return new Data(data, meta.get("computeMillis").asLong(), meta.path("allocatedBytes").asLong(0));
    }

    /** The drawing cached for {@code drawKey} (the wide one, or the narrow layout's), or null. */
    static String readSvg(Path dir, String drawKey, boolean narrow) throws IOException {
        Path file = dir == null ? null : dir.resolve((narrow ? "svg-narrow-" : "svg-") + drawKey + ".svg");
        return file != null && Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    /** Why a figure's data is computed again: what changed since the inputs the folder holds. */
    static String whyChanged(Path dir, Map<String, String> now) throws IOException {
        if (dir == null || !isComplete(dir)) {
            return "not in cache";
        }
        JsonNode before = JSON.readTree(dir.resolve("inputs.json").toFile());
        List<String> reasons = new ArrayList<>();
        if (!now.get("params").equals(text(before, "params"))) {
            reasons.add("parameters changed");
        }
        if (!now.get("seed").equals(text(before, "seed"))) {
            reasons.add("seed changed");
        }
        if (!now.get("nd4j").equals(text(before, "nd4j"))) {
            reasons.add("ND4J version or backend changed");
        }
        List<String> code = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (e.getKey().startsWith("code:") && !e.getValue().equals(text(before, e.getKey()))) {
                String cls = e.getKey().substring(5);
                code.add(cls.substring(cls.lastIndexOf('/') + 1));
            }
        }
        if (!code.isEmpty()) {
            reasons.add("code of " + String.join(", ", code.stream().map(c -> c.replace('$', '.')).distinct()
                    .toList()) + " changed");
        }
        return reasons.isEmpty() ? "code no longer used was removed" : String.join("; ", reasons);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null ? null : v.asText();
    }

    static void store(Path dir, String dataKey, String drawKey, Map<String, String> inputs, Dataset data,
            String svg, String narrowSvg, long computeMillis, long allocated) throws IOException {
        Files.createDirectories(dir);
        // drop stale entries of this figure: the cache keeps one version per figure
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                boolean keep = n.equals("data-" + dataKey + ".json") || n.equals("meta-" + dataKey + ".json")
                        || n.matches("svg-(narrow-)?" + drawKey + "\\.svg") || n.equals("inputs.json");
                if (!keep) {
                    Files.deleteIfExists(p);
                }
            }
        }
        writeIfAbsent(dir.resolve("data-" + dataKey + ".json"), DatasetCodec.write(data));
        ObjectNode meta = JSON.createObjectNode();
        meta.put("computeMillis", computeMillis);
        meta.put("allocatedBytes", allocated);
        writeIfAbsent(dir.resolve("meta-" + dataKey + ".json"), JSON.writeValueAsString(meta));
        writeIfAbsent(dir.resolve("svg-" + drawKey + ".svg"), svg);
        writeIfAbsent(dir.resolve("svg-narrow-" + drawKey + ".svg"), narrowSvg);
        // written last: a figure whose inputs.json matches has all its files
        ObjectNode in = JSON.createObjectNode();
        inputs.forEach(in::put);
        atomicWrite(dir.resolve("inputs.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(in));
    }

    /** Writes {@code content} (when not null: a figure without a picture or narrow layout) unless the file exists. */
    private static void writeIfAbsent(Path p, String content) throws IOException {
        if (content != null && !Files.exists(p)) {
            atomicWrite(p, content);
        }
    }

    private static void atomicWrite(Path p, String content) throws IOException {
        Path tmp = Files.createTempFile(p.getParent(), ".tmp", null);
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
