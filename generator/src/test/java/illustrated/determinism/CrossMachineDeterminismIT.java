package illustrated.determinism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import illustrated.report.FigureManifest;
import illustrated.report.ReviewCatalog;
import illustrated.report.ReviewFixture;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same project on "two machines": separate copies in different folders, started
 * as separate JVMs (the real command line, {@code illustrated.cli.Main}) from different working
 * folders with a different time zone and locale (both as JVM properties and as environment). Every
 * published file must be byte for byte the same, and so must the figure manifest.
 */
class CrossMachineDeterminismIT {
    @TempDir
    Path tmp;

    private static final List<String> IDS = List.of("alpha", "beta", "gamma");

    @Test
    void twoBuildsWithDifferentTimeZoneLocaleAndFolderAreByteIdentical() throws Exception {
        Path a = ReviewFixture.project(tmp.resolve("machine-a/work/project"), IDS);
        Path b = ReviewFixture.project(tmp.resolve("machine-b/elsewhere/deeper/copy"), IDS);
        Path cwdA = Files.createDirectories(tmp.resolve("cwd-a"));
        Path cwdB = Files.createDirectories(tmp.resolve("cwd-b"));
        Machine ma = new Machine("Pacific/Kiritimati", "de", "DE", "de_DE.UTF-8", cwdA);
        Machine mb = new Machine("America/St_Johns", "tr", "TR", "tr_TR.UTF-8", cwdB);

        assertEquals(0, ma.run(a, "manifest", "update"), "manifest update");
        assertEquals(0, mb.run(b, "manifest", "update"), "manifest update");
        assertEquals(0, ma.run(a, "build", "--quiet"), "build a");
        assertEquals(0, mb.run(b, "build", "--quiet"), "build b");

        assertArrayEquals(Files.readAllBytes(a.resolve(FigureManifest.FILE)), Files.readAllBytes(b.resolve(FigureManifest.FILE)));
        Map<String, byte[]> sa = files(a.resolve("target/site"));
        Map<String, byte[]> sb = files(b.resolve("target/site"));
        assertEquals(sa.keySet(), sb.keySet(), "the same files");
        List<String> differ = new ArrayList<>();
        sa.forEach((k, v) -> {
            if (!java.util.Arrays.equals(v, sb.get(k))) {
                differ.add(k);
            }
        });
        assertTrue(differ.isEmpty(), "files differ between the two builds: " + differ);

        // every figure leaves its three artefacts, and the provenance has what a reviewer needs but no time
        for (String id : IDS) {
            assertTrue(sa.containsKey("figures/" + id + ".svg") && sa.containsKey("figures/" + id + ".csv"), id);
            JsonNode prov = new ObjectMapper().readTree(sa.get("figures/" + id + ".json"));
            for (String field : List.of("figure", "simulation", "parameters", "seed", "inputHash", "nd4j", "backend",
                    "threads")) {
                assertTrue(prov.hasNonNull(field), id + " provenance lacks " + field + ": " + prov);
            }
            assertEquals(id, prov.get("figure").asText());
            assertFalse(prov.has("computeMillis"), "compute time would make builds differ");
            String svg = new String(sa.get("figures/" + id + ".svg"), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<metadata id=\"" + id + "-provenance\">"), "provenance in the SVG of " + id);
        }
        // the site holds no absolute path of either machine
        for (Map.Entry<String, byte[]> e : sa.entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(tmp.toString()), e.getKey() + " contains a build folder path");
        }
        // and the build is checked against the manifest: an unrecorded change fails it
        String manifest = Files.readString(a.resolve(FigureManifest.FILE));
        Files.writeString(a.resolve(FigureManifest.FILE), manifest.replaceFirst("\"data\": \"[0-9a-f]", "\"data\": \"x"));
        assertEquals(1, ma.run(a, "build", "--quiet"), "a stale manifest fails the build");
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        assertFalse(out.isEmpty(), "no site in " + root);
        return out;
    }

    /** A child JVM with its own time zone, locale and working folder. */
    private record Machine(String tz, String language, String country, String lang, Path cwd) {
        int run(Path project, String... args) throws Exception {
            Path here = Path.of("").toAbsolutePath();
            // this test JVM's own dependency jars (complete at run time, unlike a compile-scope list)
            String deps = String.join(File.pathSeparator, illustrated.report.RevisionFigures.jars().stream()
                    .map(Path::toString).toList());
            String cp = here.resolve("target/test-classes") + File.pathSeparator + here.resolve("target/classes")
                    + File.pathSeparator + deps;
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-Duser.timezone=" + tz, "-Duser.language=" + language,
                    "-Duser.country=" + country, "-Dfile.encoding=UTF-8", "-Dpolyglot.engine.WarnInterpreterOnly=false",
                    "-Xss4m", "-Dillustrated.catalogs=" + ReviewCatalog.class.getName(), "-cp", cp,
                    "illustrated.cli.Main"));
            cmd.addAll(List.of(args));
            cmd.addAll(List.of("--project", project.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
            pb.environment().put("TZ", tz);
            pb.environment().put("LANG", lang);
            pb.environment().put("LC_ALL", lang);
            Path log = cwd.resolve("log-" + String.join("-", args).replace(' ', '_') + ".txt");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            if (p.exitValue() != 0) {
                System.err.println(Files.readString(log));
            }
            return p.exitValue();
        }
    }
}
