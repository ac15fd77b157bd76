package illustrated.site;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Runs a real JBake bake over the staged sources and turns its silent errors into problems. */
public final class JBakeStage {
    private static final Pattern TEMPLATE_AT = Pattern.compile("template \"([^\"]+)\"\\s+(?:at|in) line (\\d+)");

    private JBakeStage() {
    }

    public static void bake(Path source, Path destination, Path projectDir, Problems problems) {
        // OrientDB (JBake's content store) grabs >1 GB and seconds of start-up without this
        System.setProperty("storage.diskCache.bufferSize", "64");
        System.setProperty("log4j2.level", "WARN");
        try {
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                    source.toFile(), destination.toFile(), true);
            Oven oven = new Oven(config);
            oven.bake();
            List<Throwable> errors = oven.getErrors();
            for (Throwable t : errors) {
                problems.add(describe(t, projectDir));
            }
        } catch (Exception e) {
            problems.add(new Problem(null, 0, "JBake could not bake the site: " + e,
                    "the site generator failed before writing pages", "see the message above"));
        }
    }

    public static Problem describe(Throwable t, Path projectDir) {
        StringBuilder msg = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null) {
                msg.append(c.getMessage()).append('\n');
            }
        }
        String all = msg.toString();
        if (System.getenv("ILLUSTRATED_DEBUG") != null) {
            t.printStackTrace();
        }
        Matcher m = TEMPLATE_AT.matcher(all);
        if (m.find()) {
            // FreeMarker's own first line says what is wrong; JBake's wrappers only say that it failed
            String first = all.lines().map(String::strip)
                    .filter(l -> !l.isBlank() && !l.startsWith("----") && !l.startsWith("Tip")
                            && !l.startsWith("Failed to render") && !l.startsWith("java.lang.Exception")
                            && !l.startsWith("==>") && !l.startsWith("FTL stack trace"))
                    .findFirst().orElse(all).replaceFirst("^(?:[\\w.$]+(?:Exception|Error): )+", "");
            String expr = all.lines().map(String::strip).filter(l -> l.startsWith("==>")).findFirst().orElse("");
            if (!expr.isEmpty()) {
                first = first + " " + expr.substring(3).replaceAll("\\s*\\[in template.*$", "").strip();
            }
            first = first.replaceAll(",? but was expecting one of these patterns:?\\s*$", "");
            Matcher col = Pattern.compile("in line \\d+, column (\\d+)").matcher(all);
            if (col.find()) {
                first = first + " (column " + col.group(1) + ")";
            }
            boolean missing = all.contains("has evaluated to null or missing");
            if (missing && !expr.isEmpty()) {
                first = "'" + expr.substring(3).replaceAll("\\s*\\[in template.*$", "").strip()
                        + "' is not defined (or is missing for this page)";
            }
            String hint = missing || all.contains("not defined")
                    ? "an unknown template variable: check its spelling, or give a default with ${x!\"\"}"
                    : "fix the template at that line";
            return new Problem(Path.of("templates", m.group(1)), Integer.parseInt(m.group(2)),
                    "template error: " + first.strip(), "JBake would have written the page with the error inside",
                    hint);
        }
        return new Problem(null, 0, "JBake reported: " + all.strip(), null,
                "see the message; a content file may be malformed");
    }

}
