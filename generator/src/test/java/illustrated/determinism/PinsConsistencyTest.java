package illustrated.determinism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.platform.Pins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Pins} is the one definition of the pinned environment; the launcher script and the test JVMs
 * mirror it so that they need no second JVM start. This test keeps the mirrors equal to it.
 */
class PinsConsistencyTest {
    @Test
    void thisTestJvmRunsWithEveryPin() {
        assertEquals(Map.of(), Pins.missing(System.getenv()),
                "the pom's surefire/failsafe environmentVariables lack these pins");
    }

    @Test
    void theLauncherScriptSetsExactlyThePins() throws IOException {
        String script = Files.readString(Path.of("generator/bin/site"));
        Map<String, String> declared = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)\\b([A-Z_]+)=([^\\s)]+)").matcher(
                script.substring(script.indexOf("pins=("), script.indexOf("run() {")));
        while (m.find()) {
            declared.put(m.group(1), m.group(2));
        }
        assertEquals(Pins.environment(), declared, "generator/bin/site's pins differ from illustrated.platform.Pins");
    }

    @Test
    void pinsDependOnThePlatform() {
        Map<String, String> mac = Pins.environment("Mac OS X", "aarch64");
        assertTrue(!mac.containsKey("OPENBLAS_CORETYPE") && !mac.containsKey("GLIBC_TUNABLES"), mac.toString());
        Map<String, String> linux = Pins.environment("Linux", "amd64");
        assertEquals("Prescott", linux.get("OPENBLAS_CORETYPE"));
        assertTrue(linux.get("GLIBC_TUNABLES").contains("-FMA"));
        assertEquals(Map.of("OMP_NUM_THREADS", "1"), Map.of("OMP_NUM_THREADS", Pins.missing(Map.of()).get("OMP_NUM_THREADS")));
    }
}
