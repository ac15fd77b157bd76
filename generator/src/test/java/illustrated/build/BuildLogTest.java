package illustrated.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress: a redrawn bar on a terminal, one plain line per item elsewhere (CI logs, pipes). */
class BuildLogTest {
    @Test
    void plainLinesWhenNotATerminal() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        BuildLog log = new BuildLog(new PrintStream(b, true, StandardCharsets.UTF_8), false, false);
        log.start("figures", 2);
        log.step("a (not in cache)");
        log.step("b (cached)");
        log.end("2 figures");
        String out = b.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("  figures [1/2] a (not in cache)\n"), out);
        assertTrue(out.contains("  figures [2/2] b (cached)\n"), out);
        assertTrue(out.matches("(?s).*figures   2 figures  \\(\\d+ ms\\)\n"), out);
        assertTrue(!out.contains("\u001B"), "no escape codes in CI logs");
        assertTrue(log.stageMillis().containsKey("figures"));
    }

    @Test
    void barOnATerminal() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        BuildLog log = new BuildLog(new PrintStream(b, true, StandardCharsets.UTF_8), true, false);
        log.start("pages", 4);
        log.step("a.html");
        String out = b.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r\u001B[2Kpages     [#######                     ] 1/4 a.html"), out);
    }

    @Test
    void quietPrintsNothing() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        BuildLog log = new BuildLog(new PrintStream(b, true, StandardCharsets.UTF_8), false, true);
        log.start("figures", 1);
        log.step("a");
        log.end("done");
        log.info("x");
        assertEquals("", b.toString(StandardCharsets.UTF_8));
    }
}
