package illustrated.site;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import illustrated.problem.Problem;
import illustrated.problem.Suggest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A FreeMarker failure as a {@link Problem}, from FreeMarker's own exception objects: the template,
 * line and column come from {@link ParseException} (a syntax error; FreeMarker 2.3.32 gives it the template name only) or {@link TemplateException} (an
 * error while rendering: the instruction that failed, the expression to blame), a missing template
 * from {@link TemplateNotFoundException} (and, when it is included, the include's location).
 */
public final class TemplateErrors {
    private TemplateErrors() {
    }

    /** The problem the cause chain of {@code t} tells of, or null when it holds no FreeMarker exception. */
    public static Problem describe(Throwable t, Path projectDir) {
        ParseException parse = null;
        TemplateNotFoundException notFound = null;
        TemplateException outer = null;
        TemplateException inner = null;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ParseException p && parse == null) {
                parse = p;
            } else if (c instanceof TemplateNotFoundException n && notFound == null) {
                notFound = n;
            } else if (c instanceof TemplateException e) {
                outer = outer == null ? e : outer;
                inner = e;
            }
        }
        if (notFound != null) {
            return missing(notFound.getTemplateName(), outer, projectDir);
        }
        if (parse != null) {
            return new Problem(file(parse.getTemplateName()), parse.getLineNumber(), parse.getColumnNumber(),
                    "template error: " + firstLine(parse.getEditorMessage())
                            .replaceAll(",? but was expecting one of these patterns:?\\s*$", ""),
                    "JBake would have written the page with the error inside", "fix the template at that line");
        }
        return inner == null ? null : rendering(inner);
    }

    /** An error while a template ran: at the instruction FreeMarker blames. */
    private static Problem rendering(TemplateException e) {
        Path file = file(e.getTemplateSourceName());
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        String message = firstLine(e.getMessageWithoutStackTop());
        String blamed = e.getBlamedExpressionString();
        if (message.contains("for security reasons") || message.contains("\"api\" built-in")) {
            return new Problem(file, line, col, "template error: " + message,
                    "templates may not create Java objects (?new) or reach the Java API of values (?api): "
                            + "FreeMarker's class resolver allows no class here",
                    "compute what you need in the generator and hand it to the template in the page model");
        }
        if (e instanceof InvalidReferenceException && blamed != null) {
            return new Problem(file, line, col, "template error: '" + blamed + "' is not defined (or is missing for "
                    + "this page)", "JBake would have written the page with the error inside",
                    "an unknown template variable: check its spelling, or give a default with ${x!\"\"}");
        }
        return new Problem(file, line, col, "template error: " + message + (blamed == null ? "" : " " + blamed),
                "JBake would have written the page with the error inside", "fix the template at that line");
    }

    /** A template that does not exist: at the line that includes it, or the file itself. */
    static Problem missing(String name, TemplateException includedAt, Path projectDir) {
        String known = "";
        try (Stream<Path> s = Files.list(projectDir.resolve("templates"))) {
            known = Suggest.didYouMean(name, s.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            // no templates folder at all: the hint below still applies
        }
        if (includedAt != null && includedAt.getTemplateSourceName() != null
                && !includedAt.getTemplateSourceName().equals(name) && includedAt.getLineNumber() != null) {
            return new Problem(file(includedAt.getTemplateSourceName()), includedAt.getLineNumber(),
                    includedAt.getColumnNumber() == null ? 0 : includedAt.getColumnNumber(),
                    "template '" + name + "' not found", "this line includes or imports it, and templates/"
                            + name + " does not exist (names are relative to templates/)",
                    "create templates/" + name + " or correct the name; " + known);
        }
        return new Problem(file(name), 0, "template '" + name + "' not found",
                "the pages of its type are rendered with it (see site settings in SiteWriter.properties)",
                "restore templates/" + name + " (e.g. git checkout templates/" + name + "); " + known);
    }

    private static Path file(String templateName) {
        return templateName == null ? null : Path.of("templates", templateName);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    }
}
