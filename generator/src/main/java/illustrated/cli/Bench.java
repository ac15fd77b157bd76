package illustrated.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code generator/bin/site bench}: times, in one run, a cold build, a no-op rebuild, a prose-only edit and a
 * one-figure change, each as the author runs it ({@code generator/bin/site build}, a fresh JVM every time, so
 * the times include JVM start-up). Works on a throw-away copy of the project; prints medians as a
 * Markdown table with the machine, date and command.
 *
 * <p>The one-figure change stands for a parameter edit of the figure of median cost: it removes that figure's cache entry (so
 * exactly that figure is recomputed) and the build state (so, as after any code change, the site is
 * baked by JBake again), without recompiling the catalog.
 */
final class Bench {
    private Bench() {
    }

    /** {@code runs} of each scenario; the builds get {@code --catalog} for each of {@code catalogs}. */
    static int run(Path project, int runs, List<String> catalogs, boolean noManifestCheck)
            throws IOException, InterruptedException {
        List<String> extra = new ArrayList<>();
        if (noManifestCheck) {
            extra.add("--no-manifest-check");
        }
        for (String c : catalogs) {
            extra.add("--catalog");
            extra.add(c);
        }
        Path repo = Path.of("").toAbsolutePath();
        Path tmp = Files.createTempDirectory("site-bench");
        Path copy = tmp.resolve("project");
        for (String d : List.of("content", "templates", "assets")) {
            Path from = Files.isDirectory(project.resolve(d)) ? project.resolve(d) : repo.resolve(d);
            illustrated.site.Publisher.deleteTree(copy.resolve(d));
            copyTree(from, copy.resolve(d));
        }
        Path manifest = project.resolve(illustrated.report.FigureManifest.FILE);
        if (Files.exists(manifest)) {
            Files.createDirectories(copy.resolve(illustrated.report.FigureManifest.FILE).getParent());
            Files.copy(manifest, copy.resolve(illustrated.report.FigureManifest.FILE));
        }
        Path article = firstArticle(copy.resolve("content"));
        List<String> cmd = new ArrayList<>(List.of(repo.resolve("generator/bin/site").toString(), "build", "--project",
                copy.toString(), "--quiet"));
        cmd.addAll(extra);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (String k : List.of("cold build", "no-op rebuild", "prose-only edit", "one-figure change")) {
            times.put(k, new ArrayList<>());
        }
        String figure = null;
        for (int i = 0; i < runs; i++) {
            illustrated.site.Publisher.deleteTree(copy.resolve(".cache"));
            illustrated.site.Publisher.deleteTree(copy.resolve("target"));
            times.get("cold build").add(time(cmd));
            times.get("no-op rebuild").add(time(cmd));
            String text = Files.readString(article, StandardCharsets.UTF_8);
            Files.writeString(article, text.replaceFirst("~~~~~~\n", "~~~~~~\n\nA sentence added by the benchmark, run "
                    + (i + 1) + ".\n"), StandardCharsets.UTF_8);
            times.get("prose-only edit").add(time(cmd));
            figure = medianFigure(copy.resolve("target/build-report.json"));
            if (figure != null) {
                // as after a parameter edit: the figure's inputs are new, and the code changed (full bake)
                illustrated.site.Publisher.deleteTree(copy.resolve(".cache/figures").resolve(figure));
                Files.deleteIfExists(copy.resolve(".cache/build-state.json"));
                times.get("one-figure change").add(time(cmd));
            }
        }
        System.out.println(table(times, runs, figure, String.join(" ", cmd).replace(copy.toString(), "COPY")));
        illustrated.site.Publisher.deleteTree(tmp);
        return 0;
    }

    static String table(Map<String, List<Long>> times, int runs, String figure, String cmd) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Machine: ").append(machine()).append('\n');
        sb.append("Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .withLocale(Locale.ROOT)).substring(0, 16)).append(" UTC\n");
        sb.append("Command (each step a fresh JVM): `").append(cmd).append("`\n\n");
        sb.append("| step | median (s) | runs (s) |\n|---|---:|---|\n");
        times.forEach((k, v) -> {
            if (v.isEmpty()) {
                sb.append("| ").append(k).append(" | n/a (no figure in the articles) | |\n");
                return;
            }
            List<Long> sorted = new ArrayList<>(v);
            sorted.sort(null);
            long median = sorted.get(sorted.size() / 2);
            sb.append(String.format(Locale.ROOT, "| %s%s | %.2f | %s |%n", k,
                    k.startsWith("one-figure") && figure != null ? " (" + figure + ")" : "", median / 1000.0,
                    String.join(", ", v.stream().map(x -> String.format(Locale.ROOT, "%.2f", x / 1000.0)).toList())));
        });
        return sb.toString();
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.exists(info)) {
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        return String.format(Locale.ROOT, "%d cores (%s), %s %s, load average %.1f at the start",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long time(List<String> cmd) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        int rc = p.waitFor();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (rc != 0) {
            throw new IllegalStateException("benchmark build failed (exit " + rc + "):\n"
                    + new String(out, StandardCharsets.UTF_8));
        }
        return ms;
    }

    private static Path firstArticle(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content)) {
            List<Path> md = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            for (Path p : md) {
                if (Files.readString(p).contains("type=post")) {
                    return p;
                }
            }
            return md.stream().filter(p -> p.getFileName().toString().equals("index.md")).findFirst()
                    .orElse(md.get(0));
        }
    }

    /** The computed figure of median cost in the cold build's report: a typical figure to change. */
    private static String medianFigure(Path report) throws IOException {
        if (!Files.exists(report)) {
            return null;
        }
        List<com.fasterxml.jackson.databind.JsonNode> figs = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile()).get("figures").forEach(figs::add);
        figs.removeIf(n -> n.get("computeMillis").asLong() <= 0);
        if (figs.isEmpty()) {
            return null;
        }
        figs.sort(java.util.Comparator.comparingLong((com.fasterxml.jackson.databind.JsonNode n) ->
                n.get("computeMillis").asLong()).thenComparing(n -> n.get("id").asText()));
        return figs.get(figs.size() / 2).get("id").asText();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        org.apache.commons.io.file.PathUtils.copyDirectory(from, to);
    }
}
