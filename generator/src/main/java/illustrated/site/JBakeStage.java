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
    /** Last resort for an error that arrives as text alone: FreeMarker's "[in template "X" at line N". */
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
            TemplateSandbox.JBakeEngine engine = new TemplateSandbox.JBakeEngine(utensils.getContentStore(), config);
            utensils.setRenderer(new Renderer(utensils.getContentStore(), config, engine));
            Oven oven = new Oven(utensils);
            oven.bake();
            List<Throwable> failures = engine.failures();
            for (Throwable t : oven.getErrors()) {
                // JBake's text of a failed render: the engine kept the exception itself (below)
                if (failures.isEmpty() || t.getMessage() == null || !t.getMessage().contains("Failed to render")) {
                    problems.add(describe(t, projectDir));
                }
            }
            // one problem for each place, however many pages that template failed on
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Throwable t : failures) {
                Problem p = describe(t, projectDir);
                if (seen.add(p.location() + " " + p.what())) {
                    problems.add(p);
                }
            }
        } catch (Exception e) {
            problems.add(new Problem(null, 0, "JBake could not bake the site: " + e,
                    "the site generator failed before writing pages", "see the message above"));
        }
    }

    /**
     * The problem {@code t} tells of: from FreeMarker's exception objects in its cause chain
     * ({@link TemplateErrors}) when there are any. JBake keeps only the text of a failed render (its
     * documents renderer adds {@code e.getMessage()} to a list and throws one exception with all of
     * them), which is why {@link #bake} takes the exceptions from the template engine itself; reading
     * the location from the text ({@code TEMPLATE_AT}) is the last resort for an error that arrives
     * as text alone.
     */
    public static Problem describe(Throwable t, Path projectDir) {
        if (System.getenv("ILLUSTRATED_DEBUG") != null) {
            t.printStackTrace();
        }
        Problem fromFreeMarker = TemplateErrors.describe(t, projectDir);
        if (fromFreeMarker != null) {
            return fromFreeMarker;
        }
        StringBuilder msg = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null) {
                msg.append(c.getMessage()).append('\n');
            }
        }
        // JBake wraps FreeMarker's message in its own: "Failed to render file X. Cause: <FreeMarker's>"
        String all = msg.toString().replaceAll("(?m)^Failed to render (?:file .*?|index|tags)\\. Cause(?:\\(s\\))?: ", "");
        Matcher notFound = NOT_FOUND.matcher(all);
        if (notFound.find()) {
            return TemplateErrors.missing(notFound.group(1), null, projectDir);
        }
        Matcher m = TEMPLATE_AT.matcher(all);
        if (m.find()) {
            String first = all.lines().map(String::strip).filter(l -> !l.isBlank() && !l.startsWith("----")
                    && !l.startsWith("Tip") && !l.startsWith("Failed to render")).findFirst().orElse(all);
            return new Problem(Path.of("templates", m.group(1)), Integer.parseInt(m.group(2)),
                    "template error: " + first, "JBake would have written the page with the error inside",
                    "fix the template at that line");
        }
        return new Problem(null, 0, "JBake reported: " + all.strip(), null,
                "see the message; a content file may be malformed");
    }
}
