package illustrated.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generator/bin/site} recompiles changed sources with javac; the figure cache keys each figure on
 * the bytecode of its code, so javac must write the same bytes as Maven. Otherwise every switch between
 * {@code mvn package} and {@code generator/bin/site} recomputes every figure (it did: bin/site compiled
 * with {@code -g:source,lines}, Maven with {@code -g}).
 */
class BinSiteCompileTest {
    @TempDir
    Path tmp;

    @Test
    void javacFlagsOfBinSiteGiveMavensBytes() throws Exception {
        Path maven = Path.of("target/classes/illustrated/format/Decimal.class");
        assumeTrue(Files.exists(maven), "Maven compiles target/classes before the tests run");
        String script = Files.readString(Path.of("generator/bin/site"));
        String line = script.lines().filter(l -> l.trim().startsWith("javac ")).findFirst().orElseThrow();
        List<String> flags = new ArrayList<>(Arrays.asList(line.trim().split("\\s+")));
        flags = flags.subList(1, flags.indexOf("-d"));
        List<String> args = new ArrayList<>(flags);
        args.addAll(List.of("-d", tmp.toString(), "generator/src/main/java/illustrated/format/Decimal.java"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertEquals(0, rc, "javac " + args);
        byte[] ours = Files.readAllBytes(tmp.resolve("illustrated/format/Decimal.class"));
        assertTrue(ours.length > 0);
        assertArrayEquals(Files.readAllBytes(maven), ours, "generator/bin/site compiles with " + flags
                + ", which writes other bytes than Maven's compiler plugin: every figure's cache key would change");
    }
}
