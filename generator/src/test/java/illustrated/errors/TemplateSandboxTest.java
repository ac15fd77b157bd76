package illustrated.errors;

import static illustrated.errors.BadInput.POST;
import static illustrated.errors.BadInput.broken;
import static illustrated.errors.BadInput.lineOf;
import static illustrated.errors.BadInput.replace;
import static org.junit.jupiter.api.Assertions.assertFalse;

import illustrated.errors.BadInput.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Templates that try to run a command during the build (issue 12, item 1): every way around a
 * line-by-line search for {@code ?new} that worked before. FreeMarker's own switches refuse them
 * all; each case checks that the command did not run and that the build failed at file:line.
 * Part of the bad-input suite ({@link BadInput}).
 */
class TemplateSandboxTest {
    private static final String H1 = "<h1>${content.title}</h1>";

    /** A template line that runs {@code touch} on a file next to the project, if anything lets it. */
    private static String execute(Path project, String newCall) {
        return "<#assign ex = \"freemarker.template.utility.Execute\"" + newCall + ">${ex(\"touch "
                + pwned(project) + "\")}";
    }

    private static Path pwned(Path project) {
        return project.resolveSibling("pwned");
    }

    private static void noCommandRan(Result r) {
        assertFalse(Files.exists(pwned(r.dir())), "the template ran a command:\n" + r.err());
    }

    @Test
    void newSplitOverTwoLines() throws IOException {
        Result r = broken(p -> replace(p, POST, H1, H1 + "\n" + execute(p, "?\nnew()")));
        noCommandRan(r);
        r.expect(POST, lineOf(r.dir(), POST, "utility.Execute"), "not allowed", "compute what you need in the generator");
    }

    @Test
    void newInAnIncludedIncFile() throws IOException {
        Result r = broken(p -> {
            Files.writeString(p.resolve("templates/extra.inc"), "<#-- shared bits -->\n" + execute(p, "?new()") + "\n",
                    StandardCharsets.UTF_8);
            replace(p, POST, H1, H1 + "\n<#include \"extra.inc\">");
        });
        noCommandRan(r);
        r.expect("templates/extra.inc", 2, "not allowed", "compute what you need in the generator");
    }

    @Test
    void newBuiltFromStringsAndEvaluated() throws IOException {
        Result r = broken(p -> replace(p, POST, H1, H1 + "\n<#assign code = '\"freemarker.template.utility.Execute\"?n'"
                + " + 'ew()'>\n<#assign ex = code?eval>${ex(\"touch " + pwned(p) + "\")}"));
        noCommandRan(r);
        r.expect(POST, lineOf(r.dir(), POST, "code?eval"), "not allowed", "compute what you need in the generator");
    }

    @Test
    void objectConstructorInAnImportedMacroFile() throws IOException {
        Result r = broken(p -> {
            // ? and new on two lines: past the early line-by-line check, so FreeMarker's resolver is what refuses it
            Files.writeString(p.resolve("templates/util.ftl"), "<#ftl output_format=\"HTML\">\n<#macro run>"
                    + "<#assign pb = \"freemarker.template.utility.ObjectConstructor\"?\nnew()(\"java.lang.ProcessBuilder\","
                    + " \"touch\", \"" + pwned(p) + "\")>${pb.start()}</#macro>\n", StandardCharsets.UTF_8);
            replace(p, POST, H1, H1 + "\n<#import \"util.ftl\" as u><@u.run/>");
        });
        noCommandRan(r);
        r.expect("templates/util.ftl", 2, "not allowed", "compute what you need in the generator");
    }

    @Test
    void apiBuiltIn() throws IOException {
        Result r = broken(p -> replace(p, POST, H1, H1 + "\n${content.title?api.getClass().getName()}"));
        r.expect(POST, lineOf(r.dir(), POST, "?api"), "api", "compute what you need in the generator");
    }

    @Test
    void settingTheResolverBackFromATemplate() throws IOException {
        Result r = broken(p -> replace(p, POST, H1, H1 + "\n<#setting new_builtin_class_resolver=\"unrestricted\">"
                + execute(p, "?\nnew()")));
        noCommandRan(r);
        r.expect(POST, lineOf(r.dir(), POST, "new_builtin_class_resolver"), "template error", "fix the template");
    }

    @Test
    void jbakesContentStoreIsNotReachable() throws IOException {
        Result r = broken(p -> replace(p, POST, H1, H1 + "\n${db.getAllTags()?size}"));
        r.expect(POST, lineOf(r.dir(), POST, "db.getAllTags"), "'db' is not defined",
                "unknown template variable");
    }

    @Test
    void includeOfAFileOutsideTheTemplates() throws IOException {
        Result r = broken(p -> replace(p, POST, H1, H1 + "\n<#include \"../content/demo/waves.md\">"));
        r.expect(POST, lineOf(r.dir(), POST, "../content/demo/waves.md"), "template", "templates/");
    }
}
