package illustrated.errors;

import static illustrated.errors.BadInput.SOURCES;
import static illustrated.errors.BadInput.WAVES;
import static illustrated.errors.BadInput.broken;
import static illustrated.errors.BadInput.lineOf;
import static illustrated.errors.BadInput.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import illustrated.errors.BadInput.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Output paths that come from the content (tags, page names, figure ids) and inputs that are not
 * plain files (symbolic links, named pipes) in content/, assets/ and templates/ (issue 12, items 2
 * and 3). Each is refused before anything is written; {@link BadInput} checks that the published
 * site and everything next to the project (where an escaping path would land) stayed as it was.
 */
class PathsAndLinksTest {
    private static final String CATALOG_FILE = "generator/src/test/java/illustrated/errors/ErrorCatalogs.java";

    @Test
    void tagThatClimbsOutOfTheSite() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "tags=demo,math", "tags=demo,../../../site/index"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "tags="), "tag '../../../site/index' cannot be a file name",
                "use letters, digits");
    }

    @Test
    void tagWithASlash() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "tags=demo,math", "tags=demo,math/physics"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "tags="), "tag 'math/physics' cannot be a file name", "use letters");
    }

    @Test
    void tagWithABackslashAndDots() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "tags=demo,math", "tags=demo,..\\..\\index"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "tags="), "cannot be a file name", "use letters");
    }

    @Test
    void emptyTag() throws IOException {
        Result r = broken(p -> replace(p, WAVES, "tags=demo,math", "tags=demo,,math"));
        r.expect(WAVES, lineOf(r.dir(), WAVES, "tags="), "an empty tag", "use letters");
    }

    @Test
    void pageFileNameThatIsNoAddress() throws IOException {
        Result r = broken(p -> Files.move(p.resolve(WAVES), p.resolve("content/demo/waves & more.md")));
        r.expectFile("content/demo/waves & more.md", "cannot be a page address", "rename the file");
    }

    @Test
    void figureIdThatIsAPath() throws IOException {
        Result r = broken(p -> { }, "--catalog", ErrorCatalogs.PathId.class.getName());
        r.expect(CATALOG_FILE, lineOf(SOURCES.resolve("ErrorCatalogs.java"), "PATH-ID"),
                "figure id '../../escape' must be lower-case letters", "figure ids: lower-case letters");
    }

    @Test
    void assetLinkedToEtcPasswd() throws IOException {
        Result r = broken(p -> Files.createSymbolicLink(p.resolve("assets/passwd"), Path.of("/etc/passwd")));
        r.expectFile("assets/passwd", "a symbolic link (to /etc/passwd) in assets/", "put a copy of the file there");
    }

    @Test
    void assetFolderLinkedOutside() throws IOException {
        Result r = broken(p -> Files.createSymbolicLink(p.resolve("assets/etc"), Path.of("/etc")));
        r.expectFile("assets/etc", "a symbolic link (to /etc) in assets/", "remove it");
    }

    @Test
    void articleLinkedToAFileOutsideTheProject() throws IOException {
        Result r = broken(p -> {
            Path outside = p.resolveSibling("outside/elsewhere.md");
            Files.writeString(outside, Files.readString(p.resolve(WAVES)), StandardCharsets.UTF_8);
            Files.createSymbolicLink(p.resolve("content/demo/elsewhere.md"), outside);
        });
        r.expectFile("content/demo/elsewhere.md", "a symbolic link", "put a copy of the file there");
    }

    @Test
    void templateLinkedToEtcPasswd() throws IOException {
        Result r = broken(p -> Files.createSymbolicLink(p.resolve("templates/passwd.ftl"), Path.of("/etc/passwd")));
        r.expectFile("templates/passwd.ftl", "a symbolic link (to /etc/passwd) in templates/", "remove it");
    }

    @Test
    void namedPipeInContent() throws IOException {
        Result r = broken(p -> mkfifo(p.resolve("content/demo/pipe.md")));
        r.expectFile("content/demo/pipe.md", "not a regular file", "remove it from content/");
    }

    @Test
    void namedPipeInTemplates() throws IOException {
        Result r = broken(p -> mkfifo(p.resolve("templates/pipe.ftl")));
        r.expectFile("templates/pipe.ftl", "not a regular file", "remove it from templates/");
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
