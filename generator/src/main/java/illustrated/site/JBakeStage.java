package illustrated.site;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Runs a real JBake bake over the staged sources and turns its silent errors into problems. */
public final class JBakeStage {
    private static final Pattern NOT_FOUND = Pattern.compile("Template not found for name \"([^\"]+)\"");
    private static final Pattern TEMPLATE_AT = Pattern.compile(
            "template \"([^\"]+)\"(?:\\s+in (?:macro|function) \"[^\"]*\")?\\s+(?:at|in) line (\\d+)");

    private JBakeStage() {
    }

    public static void bake(Path source, Path destination, Path projectDir, Problems problems) {
        // OrientDB (JBake's content store) grabs >1 GB and seconds of start-up without this
        System.setProperty("storage.diskCache.bufferSize", "64");
        System.setProperty("log4j2.level", "WARN");
        try {
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                    source.toFile(), destination.toFile(), true);
            // JBake's own template engine runs FreeMarker without its safety switches: bake with ours
            Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
            utensils.setRenderer(new Renderer(utensils.getContentStore(), config,
                    new TemplateSandbox.JBakeEngine(utensils.getContentStore(), config)));
            Oven oven = new Oven(utensils);
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
        // JBake wraps FreeMarker's message in its own: "Failed to render file X. Cause: <FreeMarker's>"
        String all = msg.toString().replaceAll("(?m)^Failed to render file .*? Cause: ", "");
        if (System.getenv("ILLUSTRATED_DEBUG") != null) {
            t.printStackTrace();
        }
        Matcher notFound = NOT_FOUND.matcher(all);
        Matcher m = TEMPLATE_AT.matcher(all);
        if (notFound.find()) {
            return missingTemplate(notFound.group(1), m.find() ? m : null, projectDir);
        }
        if (m.find()) {
            // FreeMarker's own first line says what is wrong; JBake's wrappers only say that it failed
            String first = all.lines().map(String::strip)
                    .filter(l -> !l.isBlank() && !l.startsWith("----") && !l.startsWith("Tip")
                            && !l.startsWith("Failed to render") && !l.startsWith("java.lang.Exception")
                            && !l.startsWith("==>") && !l.startsWith("FTL stack trace") && !l.startsWith("- Failed at"))
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
            Path file = Path.of("templates", m.group(1));
            int line = Integer.parseInt(m.group(2));
            if (all.contains("for security reasons") || all.contains("\"api\" built-in")) {
                first = all.lines().map(String::strip).filter(l -> l.contains("for security reasons")
                        || l.contains("\"api\" built-in")).findFirst().orElse(first)
                        .replaceFirst("^(?:[\\w.$]+(?:Exception|Error): )+", "");
                return new Problem(file, line, "template error: " + first.strip(),
                        "templates may not create Java objects (?new) or reach the Java API of values (?api): "
                                + "FreeMarker's class resolver allows no class here",
                        "compute what you need in the generator and hand it to the template in the page model");
            }
            String hint = missing || all.contains("not defined")
                    ? "an unknown template variable: check its spelling, or give a default with ${x!\"\"}"
                    : "fix the template at that line";
            return new Problem(file, line, "template error: " + first.strip(),
                    "JBake would have written the page with the error inside", hint);
        }
        return new Problem(null, 0, "JBake reported: " + all.strip(), null,
                "see the message; a content file may be malformed");
    }

    /** A template that does not exist: at the line that includes it, or the file itself. */
    private static Problem missingTemplate(String name, Matcher includedAt, Path projectDir) {
        String known = "";
        try (var s = java.nio.file.Files.list(projectDir.resolve("templates"))) {
            known = illustrated.problem.Suggest.didYouMean(name,
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (java.io.IOException e) {
            // no templates folder at all: the hint below still applies
        }
        if (includedAt != null && !includedAt.group(1).equals(name)) {
            return new Problem(Path.of("templates", includedAt.group(1)), Integer.parseInt(includedAt.group(2)),
                    "template '" + name + "' not found", "this line includes or imports it, and templates/"
                            + name + " does not exist (names are relative to templates/)",
                    "create templates/" + name + " or correct the name; " + known);
        }
        return new Problem(Path.of("templates", name), 0, "template '" + name + "' not found",
                "the pages of its type are rendered with it (see site settings in SiteWriter.properties)",
                "restore templates/" + name + " (e.g. git checkout templates/" + name + "); " + known);
    }

}
