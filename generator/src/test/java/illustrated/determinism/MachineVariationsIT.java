package illustrated.determinism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import illustrated.platform.Pins;
import illustrated.report.FigureManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Simulates other machines on this one and requires every published figure to come out byte for byte
 * as the committed manifest records it. Each variation starts the generator the way a user would
 * ({@code java … illustrated.cli.Main manifest hashes}) in an environment stripped of the pins, plus
 * what that other machine would differ in:
 * <ul>
 * <li>all figures: OpenBLAS left to choose its kernels from this CPU, or told Haswell, SkylakeX or
 * Prescott (what other CPUs would pick); glibc without FMA/AVX2 (an older CPU); an empty font
 * configuration (a host with no fonts);</li>
 * <li>all figures on a JDK 25 runtime (Temurin, when installed), whose Double.toString, Marlin renderer
 * and bundled FreeType differ from JDK 17's;</li>
 * <li>a subset covering every numeric path (each simulation family: Monte Carlo, closed forms, RNN and
 * LSTM training and gradient checks, ND4J reductions, log axes): HotSpot without its libm intrinsics,
 * C1 only, C2 only.</li>
 * </ul>
 * Controls show that the variations are real: with the pins switched off, the other BLAS kernels and
 * (on an FMA CPU) glibc's FMA code change figures, so this test would catch a pin that stopped working.
 * The table of results is written to target/machine-variations.md.
 */
class MachineVariationsIT {
    /** One or more figures of every numeric path; the adding problem (the slowest training) is left to the full runs. */
    static final String SUBSET = String.join(",", "angle-histograms", "ball-volume", "grid-cells-growth",
            "distance-contrast", "empty-cells-grids", "shell-share", "rnn-training-loss", "rnn-gradient-check",
            "bptt-error-heatmap", "lstm-gradient-check", "lstm-cell-path", "lstm-gates-heatmap", "vanishing-tanh-rnn",
            "deep-net-gradients", "gradient-cliff", "xor-mlp", "weather-series");

    record Variation(String name, Map<String, String> env, List<String> jvm, String java, String ids, boolean pinned) {
    }

    @Test
    void everyFigureIsIdenticalOnEverySimulatedMachine() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        SortedMap<String, FigureManifest.Entry> reference = FigureManifest.read(project);
        Path emptyFonts = Files.createTempFile("empty-fonts", ".conf");
        Files.writeString(emptyFonts, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig></fontconfig>\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String noFma = "glibc.cpu.hwcaps=-AVX2_Usable,-FMA_Usable,-FMA4_Usable,-AVX2,-FMA,-FMA4";

        List<Variation> vs = new ArrayList<>();
        vs.add(new Variation("OpenBLAS kernels chosen by this CPU", Map.of(), List.of(), java, null, true));
        vs.add(new Variation("OPENBLAS_CORETYPE=Haswell", Map.of("OPENBLAS_CORETYPE", "Haswell"), List.of(), java, null, true));
        vs.add(new Variation("OPENBLAS_CORETYPE=SkylakeX", Map.of("OPENBLAS_CORETYPE", "SkylakeX"), List.of(), java, null, true));
        vs.add(new Variation("OPENBLAS_CORETYPE=Prescott", Map.of("OPENBLAS_CORETYPE", "Prescott"), List.of(), java, null, true));
        vs.add(new Variation("glibc without FMA/AVX2", Map.of("GLIBC_TUNABLES", noFma), List.of(), java, null, true));
        vs.add(new Variation("empty font configuration", Map.of("FONTCONFIG_FILE", emptyFonts.toString()), List.of(),
                java, null, true));
        vs.add(new Variation("-XX:-UseLibmIntrinsic", Map.of(), List.of("-XX:+UnlockDiagnosticVMOptions",
                "-XX:-UseLibmIntrinsic"), java, SUBSET, true));
        vs.add(new Variation("C1 only (-XX:TieredStopAtLevel=1)", Map.of(), List.of("-XX:TieredStopAtLevel=1"), java,
                SUBSET, true));
        vs.add(new Variation("C2 only (-XX:-TieredCompilation)", Map.of(), List.of("-XX:-TieredCompilation"), java,
                SUBSET, true));
        Path jdk25 = jdk25();
        if (jdk25 != null) {
            vs.add(new Variation("JDK 25 (" + jdk25.getFileName() + ")", Map.of(), List.of(),
                    jdk25.resolve("bin/java").toString(), null, true));
        } else {
            assertFalse("true".equals(System.getenv("CI")) && System.getenv("ALLOW_NO_JDK25") == null,
                    "CI must run the JDK 25 variation: no JDK 25 found (set JDK25_HOME or install Temurin 25 under "
                            + "/usr/lib/jvm)");
        }
        // controls: the same variations without the pins must change something, or the test proves nothing
        List<Variation> controls = new ArrayList<>();
        controls.add(new Variation("control: unpinned, OPENBLAS_CORETYPE=Haswell", Map.of("OPENBLAS_CORETYPE", "Haswell",
                "GLIBC_TUNABLES", noFma, "OMP_NUM_THREADS", "1"), List.of(), java, "rnn-training-loss,xor-mlp", false));
        if (cpuHasFma()) {
            controls.add(new Variation("control: unpinned, glibc with FMA", Map.of("OPENBLAS_CORETYPE", "Prescott",
                    "OMP_NUM_THREADS", "1"), List.of(), java, "gradient-cliff,xor-mlp,bptt-error-heatmap", false));
        }

        List<Variation> all = new ArrayList<>(vs);
        all.addAll(controls);
        Map<Variation, Map<String, String[]>> results = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<Variation, Future<Map<String, String[]>>> futures = new LinkedHashMap<>();
            for (Variation v : all) {
                futures.put(v, pool.submit(() -> run(project, v)));
            }
            for (var e : futures.entrySet()) {
                results.put(e.getKey(), e.getValue().get(15, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        StringBuilder table = new StringBuilder("| variation | figures | differing from the manifest |\n|---|---:|---|\n");
        List<String> failures = new ArrayList<>();
        for (var e : results.entrySet()) {
            Variation v = e.getKey();
            List<String> differing = new ArrayList<>();
            e.getValue().forEach((id, h) -> {
                FigureManifest.Entry ref = reference.get(id);
                if (ref == null || !ref.sameBytes(new FigureManifest.Entry(h[0], h[1], ref.tolerance(), null, h[2]))) {
                    differing.add(id);
                }
            });
            table.append("| ").append(v.name()).append(" | ").append(e.getValue().size()).append(" | ")
                    .append(differing.isEmpty() ? "0" : differing.size() + ": " + String.join(", ", differing)).append(" |\n");
            if (v.pinned() && !differing.isEmpty()) {
                failures.add(v.name() + ": " + differing);
            }
            if (!v.pinned() && differing.isEmpty()) {
                failures.add(v.name() + ": changed nothing, so the variation it controls would not be caught");
            }
            if (v.pinned() && v.ids() == null) {
                assertEquals(reference.keySet(), new TreeMap<>(e.getValue()).keySet(), v.name() + ": not every figure was computed");
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/machine-variations.md"), table.toString(), StandardCharsets.UTF_8);
        System.out.println(table);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + table);
    }

    static Map<String, String[]> run(Path project, Variation v) throws IOException, InterruptedException {
        Path out = Files.createTempFile("hashes-", ".json");
        List<String> cmd = new ArrayList<>();
        cmd.add(v.java());
        cmd.addAll(List.of("-Xmx1g", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Dpolyglot.engine.WarnInterpreterOnly=false", "-Xss4m"));
        cmd.addAll(v.jvm());
        if (!v.pinned()) {
            cmd.add("-Dillustrated.relaunched=true");
        }
        cmd.addAll(List.of("-cp", "target/classes:" + Files.readString(project.resolve("target/classpath.txt")).strip(),
                "illustrated.cli.Main", "manifest", "hashes", "--no-cache", "--out", out.toString()));
        if (v.ids() != null) {
            cmd.addAll(List.of("--ids", v.ids()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeAll(Pins.environment().keySet());
        pb.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "FONTCONFIG_FILE"));
        pb.environment().putAll(v.env());
        Path log = Files.createTempFile("variation-", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), v.name() + " timed out");
        assertEquals(0, p.exitValue(), v.name() + " failed:\n" + Files.readString(log));
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        Map<String, String[]> hashes = new TreeMap<>();
        root.get("figures").fields().forEachRemaining(e -> hashes.put(e.getKey(), new String[] {
                e.getValue().get("svg").isNull() ? null : e.getValue().get("svg").asText(), e.getValue().get("data").asText(),
                e.getValue().has("svg-narrow") ? e.getValue().get("svg-narrow").asText() : null}));
        Files.deleteIfExists(out);
        Files.deleteIfExists(log);
        return hashes;
    }

    static Path jdk25() throws IOException {
        String env = System.getenv("JDK25_HOME");
        if (env != null && Files.isExecutable(Path.of(env, "bin", "java"))) {
            return Path.of(env);
        }
        Path jvm = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvm)) {
            return null;
        }
        try (var s = Files.list(jvm)) {
            return s.filter(p -> p.getFileName().toString().matches(".*-25(-.*)?") && Files.isExecutable(p.resolve("bin/java")))
                    .sorted().findFirst().orElse(null);
        }
    }

    static boolean cpuHasFma() {
        try {
            return Files.readString(Path.of("/proc/cpuinfo")).matches("(?s).*\\bflags\\s*:.*\\bfma\\b.*");
        } catch (IOException e) {
            return false;
        }
    }
}
