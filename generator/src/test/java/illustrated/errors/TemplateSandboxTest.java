package illustrated.errors;

import static illustrated.errors.BadInput.POST;
import static illustrated.errors.BadInput.replace;
import static illustrated.errors.Case.of;
import static org.junit.jupiter.api.Assertions.assertFalse;

import illustrated.errors.BadInput.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Templates that try to run a command during the build (issue 12, item 1): every way around a
 * line-by-line search for {@code ?new} that worked before. FreeMarker's own switches refuse them
 * all; each row checks that the command did not run and that the build failed at file:line:column,
 * where FreeMarker's exception puts the failing instruction or expression (for ?new refused: the
 * {@code <#assign>} that calls it; for {@code ?api}: the early check of {@code TemplateLint}).
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

    private static final String FIX = "compute what you need in the generator";

    /** {@code lines} added to templates/post.ftl after its heading. */
    private static Case afterHeading(String name, String lines) {
        return Case.replacing(name, POST, H1, H1 + "\n" + lines);
    }

    @TestFactory
    Stream<DynamicTest> ways() {
        return Case.tests(
                of("newSplitOverTwoLines", p -> replace(p, POST, H1, H1 + "\n" + execute(p, "?\nnew()")))
                        .atColumn(POST, "utility.Execute", "<#assign", "not allowed", FIX)
                        .then(TemplateSandboxTest::noCommandRan),
                of("newInAnIncludedIncFile", p -> {
                    Files.writeString(p.resolve("templates/extra.inc"), "<#-- shared bits -->\n" + execute(p, "?new()")
                            + "\n", StandardCharsets.UTF_8);
                    replace(p, POST, H1, H1 + "\n<#include \"extra.inc\">");
                }).atColumn("templates/extra.inc", "utility.Execute", "<#assign", "not allowed", FIX)
                        .then(TemplateSandboxTest::noCommandRan),
                of("newBuiltFromStringsAndEvaluated", p -> replace(p, POST, H1, H1
                        + "\n<#assign code = '\"freemarker.template.utility.Execute\"?n' + 'ew()'>\n"
                        + "<#assign ex = code?eval>${ex(\"touch " + pwned(p) + "\")}"))
                        .atColumn(POST, "code?eval", "<#assign", "not allowed", FIX)
                        .then(TemplateSandboxTest::noCommandRan),
                // ? and new on two lines: past the early line-by-line check, so FreeMarker's resolver is what refuses it
                of("objectConstructorInAnImportedMacroFile", p -> {
                    Files.writeString(p.resolve("templates/util.ftl"), "<#ftl output_format=\"HTML\">\n<#macro run>"
                            + "<#assign pb = \"freemarker.template.utility.ObjectConstructor\"?\nnew()(\"java.lang."
                            + "ProcessBuilder\", \"touch\", \"" + pwned(p) + "\")>${pb.start()}</#macro>\n",
                            StandardCharsets.UTF_8);
                    replace(p, POST, H1, H1 + "\n<#import \"util.ftl\" as u><@u.run/>");
                }).atColumn("templates/util.ftl", "ObjectConstructor", "<#assign", "not allowed", FIX)
                        .then(TemplateSandboxTest::noCommandRan),
                afterHeading("apiBuiltIn", "${content.title?api.getClass().getName()}")
                        .atColumn(POST, "?api", "?api", "api", FIX),
                of("settingTheResolverBackFromATemplate", p -> replace(p, POST, H1, H1
                        + "\n<#setting new_builtin_class_resolver=\"unrestricted\">" + execute(p, "?\nnew()")))
                        .atColumn(POST, "new_builtin_class_resolver", "new_builtin_class_resolver", "template error",
                                "fix the template")
                        .then(TemplateSandboxTest::noCommandRan),
                afterHeading("jbakesContentStoreIsNotReachable", "${db.getAllTags()?size}")
                        .atColumn(POST, "db.getAllTags", "db.getAllTags", "'db' is not defined",
                                "unknown template variable"),
                afterHeading("includeOfAFileOutsideTheTemplates", "<#include \"../content/demo/waves.md\">")
                        .atColumn(POST, "../content/demo/waves.md", "<#include", "template", "templates/"));
    }
}
