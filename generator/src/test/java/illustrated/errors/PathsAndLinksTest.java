package illustrated.errors;

import static illustrated.errors.BadInput.WAVES;
import static illustrated.errors.Case.of;
import static illustrated.errors.Case.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Output paths that come from the content (tags, page names, figure ids) and inputs that are not
 * plain files (symbolic links, named pipes) in content/, assets/ and templates/ (issue 12, items 2
 * and 3), one row each. Each is refused before anything is written; {@link BadInput} checks that the
 * published site and everything next to the project (where an escaping path would land) stayed as it was.
 */
class PathsAndLinksTest {
    @TestFactory
    Stream<DynamicTest> pathsFromTheContent() {
        return Case.tests(
                replacing("tagThatClimbsOutOfTheSite", WAVES, "tags=demo,math", "tags=demo,../../../site/index")
                        .at(WAVES, "tags=", "tag '../../../site/index' cannot be a file name", "use letters, digits"),
                replacing("tagWithASlash", WAVES, "tags=demo,math", "tags=demo,math/physics")
                        .at(WAVES, "tags=", "tag 'math/physics' cannot be a file name", "use letters"),
                replacing("tagWithABackslashAndDots", WAVES, "tags=demo,math", "tags=demo,..\\..\\index")
                        .at(WAVES, "tags=", "cannot be a file name", "use letters"),
                replacing("emptyTag", WAVES, "tags=demo,math", "tags=demo,,math")
                        .at(WAVES, "tags=", "an empty tag", "use letters"),
                of("pageFileNameThatIsNoAddress", p -> Files.move(p.resolve(WAVES),
                        p.resolve("content/demo/waves & more.md")))
                        .atFile("content/demo/waves & more.md", "cannot be a page address", "rename the file"),
                of("figureIdThatIsAPath", p -> { }).args("--catalog", ErrorCatalogs.PathId.class.getName())
                        .atCatalog("PATH-ID", "figure id '../../escape' must be lower-case letters",
                                "figure ids: lower-case letters"));
    }

    @TestFactory
    Stream<DynamicTest> linksAndSpecialFiles() {
        return Case.tests(
                of("assetLinkedToEtcPasswd", p -> Files.createSymbolicLink(p.resolve("assets/passwd"),
                        Path.of("/etc/passwd")))
                        .atFile("assets/passwd", "a symbolic link (to /etc/passwd) in assets/",
                                "put a copy of the file there"),
                of("assetFolderLinkedOutside", p -> Files.createSymbolicLink(p.resolve("assets/etc"), Path.of("/etc")))
                        .atFile("assets/etc", "a symbolic link (to /etc) in assets/", "remove it"),
                of("articleLinkedToAFileOutsideTheProject", p -> {
                    Path outside = p.resolveSibling("outside/elsewhere.md");
                    Files.writeString(outside, Files.readString(p.resolve(WAVES)), StandardCharsets.UTF_8);
                    Files.createSymbolicLink(p.resolve("content/demo/elsewhere.md"), outside);
                }).atFile("content/demo/elsewhere.md", "a symbolic link", "put a copy of the file there"),
                of("templateLinkedToEtcPasswd", p -> Files.createSymbolicLink(p.resolve("templates/passwd.ftl"),
                        Path.of("/etc/passwd")))
                        .atFile("templates/passwd.ftl", "a symbolic link (to /etc/passwd) in templates/", "remove it"),
                of("namedPipeInContent", p -> mkfifo(p.resolve("content/demo/pipe.md")))
                        .atFile("content/demo/pipe.md", "not a regular file", "remove it from content/"),
                of("namedPipeInTemplates", p -> mkfifo(p.resolve("templates/pipe.ftl")))
                        .atFile("templates/pipe.ftl", "not a regular file", "remove it from templates/"));
    }

    private static void mkfifo(Path p) throws IOException {
        try {
            assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor(), "mkfifo");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
