package illustrated.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.fixture.FixtureProject;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both ways the generator gets compiled give the same class files, so a figure cached after one is
 * still cached after the other (issue 12, item 7: generator/bin/site's javac used -g:source,lines,
 * Maven's compiler plugin -g, and every figure was computed again). The flags are read from
 * generator/bin/site itself; the reference is what Maven compiled into target/classes.
 */
class CompilePathsTest {
    private static final Path REPO = FixtureProject.REPO;

    @TempDir
    Path tmp;

    @Test
    void binSiteCompilesTheSameBytesAsMaven() throws IOException {
        List<String> flags = binSiteFlags();
        assertTrue(flags.contains("-g"), "bin/site compiles with all debug information, as Maven does: " + flags);
        Map<String, String> maven = classes(REPO.resolve("target/classes"));
        Map<String, String> binSite = classes(compile(flags, tmp.resolve("bin-site")));
        maven.keySet().removeIf(k -> k.endsWith("package-info.class")); // javac writes none for unannotated packages
        assertEquals(maven.keySet(), binSite.keySet(), "the same classes");
        List<String> differ = maven.keySet().stream().filter(k -> !maven.get(k).equals(binSite.get(k))).toList();
        assertTrue(differ.isEmpty(), "class files that differ: " + differ);

        // the check can fail: the old flags give other bytes, and other figure-cache keys
        List<String> old = new ArrayList<>(flags);
        old.set(old.indexOf("-g"), "-g:source,lines");
        Map<String, String> oldBytes = classes(compile(old, tmp.resolve("old-flags")));
        String sim = "illustrated/simulation/curse/AngleSpread.class";
        assertNotEquals(maven.get(sim), oldBytes.get(sim), "-g:source,lines leaves out the local variable table");
    }

    /** The javac options in generator/bin/site, without the source list and output folder. */
    static List<String> binSiteFlags() throws IOException {
        String script = Files.readString(REPO.resolve("generator/bin/site"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("javac ((?:-\\S+(?: [^-\\\\\\s]\\S*)? ?)+)").matcher(script);
        assertTrue(m.find(), "bin/site calls javac");
        List<String> out = new ArrayList<>();
        String[] parts = m.group(1).trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("-d") || parts[i].equals("-cp")) {
                i++;
                continue;
            }
            out.add(parts[i]);
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static Path compile(List<String> flags, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(flags);
        args.addAll(List.of("-d", out.toString(), "-cp",
                Files.readString(REPO.resolve("target/classpath.txt")).strip()));
        try (Stream<Path> s = Files.walk(REPO.resolve("generator/src/main/java"))) {
            s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
        }
        StringWriter log = new StringWriter();
        int rc = javac.run(null, null, null, args.toArray(String[]::new));
        assertEquals(0, rc, "javac " + String.join(" ", flags) + ": " + log + Arrays.toString(flags.toArray()));
        return out;
    }

    private static Map<String, String> classes(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                m.put(dir.relativize(p).toString(), ContentHash.of(Files.readAllBytes(p)));
            }
        }
        return m;
    }
}
