package illustrated.errors;

import static illustrated.errors.BadInput.WAVES;
import static illustrated.errors.BadInput.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import illustrated.errors.BadInput.Edit;
import illustrated.errors.BadInput.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * One row of the bad-input suite: how the good fixture project is broken (an edit, extra command-line
 * arguments), the exit code, and each problem the build must report (where — {@code file},
 * {@code file:line} or {@code file:line:column}, found in the broken project —, what it says, the
 * hint), plus any further check of the output. {@link BadInput#broken} runs the build and checks what
 * every case shares (the published site and everything outside target/ unchanged).
 */
final class Case {
    static final String CATALOG_FILE = "generator/src/test/java/illustrated/errors/ErrorCatalogs.java";

    /** Where a problem must be reported, found once the broken project is there. */
    interface Where {
        String in(Path project) throws IOException;
    }

    /** A further assertion on the outcome. */
    interface Check {
        void on(Result r) throws IOException;
    }

    private record Expected(Where where, String message, String hint) { }

    private final String name;
    private final Edit edit;
    private String[] args = {};
    private int exit = 1;
    private final List<Expected> expected = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();

    private Case(String name, Edit edit) {
        this.name = name;
        this.edit = edit;
    }

    /** The project broken by {@code edit}. */
    static Case of(String name, Edit edit) {
        return new Case(name, edit);
    }

    /** The waves article with {@code markdown} added before its subsection. */
    static Case appending(String name, String markdown) {
        return of(name, p -> BadInput.append(p, WAVES, markdown));
    }

    /** {@code file} with {@code from} replaced by {@code to}. */
    static Case replacing(String name, String file, String from, String to) {
        return of(name, p -> BadInput.replace(p, file, from, to));
    }

    /** The good project built with these arguments too (a faulty catalog). */
    Case args(String... extra) {
        this.args = extra;
        return this;
    }

    Case exit(int code) {
        this.exit = code;
        return this;
    }

    /** A problem at {@code where}. */
    Case expect(Where where, String message, String hint) {
        expected.add(new Expected(where, message, hint));
        return this;
    }

    /** A problem at the line of {@code file} that contains {@code needle}. */
    Case at(String file, String needle, String message, String hint) {
        return expect(p -> file + ":" + line(p.resolve(file), needle), message, hint);
    }

    /** A problem at line {@code line} of {@code file}. */
    Case atLine(String file, int line, String message, String hint) {
        return expect(p -> file + ":" + line, message, hint);
    }

    /** At the line of {@code file} with {@code needle}, in the column where {@code column} starts on it. */
    Case atColumn(String file, String needle, String column, String message, String hint) {
        return expect(p -> {
            Path f = p.resolve(file);
            int line = line(f, needle);
            int col = Files.readAllLines(f, StandardCharsets.UTF_8).get(line - 1).indexOf(column) + 1;
            if (col <= 0) {
                throw new AssertionError("'" + column + "' is on line " + line + " of " + file);
            }
            return file + ":" + line + ":" + col;
        }, message, hint);
    }

    /** A problem with the file itself (a link, a pipe, a missing template, a file name): no line. */
    Case atFile(String file, String message, String hint) {
        return expect(p -> file, message, hint);
    }

    /** A problem at the line of {@link ErrorCatalogs} marked with the comment {@code marker}. */
    Case atCatalog(String marker, String message, String hint) {
        return expect(p -> CATALOG_FILE + ":" + line(BadInput.SOURCES.resolve("ErrorCatalogs.java"), marker),
                message, hint);
    }

    Case then(Check check) {
        checks.add(check);
        return this;
    }

    private static int line(Path file, String needle) throws IOException {
        int line = lineOf(file, needle);
        if (line <= 0) {
            throw new AssertionError("the test finds the line of the fault: '" + needle + "' in " + file);
        }
        return line;
    }

    DynamicTest test() {
        return DynamicTest.dynamicTest(name, () -> {
            Result r = BadInput.broken(edit, args);
            assertEquals(exit, r.code(), "exit code; output:\n" + r.err());
            for (Expected e : expected) {
                r.expectAt(exit, e.where().in(r.dir()), e.message(), e.hint());
            }
            for (Check c : checks) {
                c.on(r);
            }
        });
    }

    /** The rows as tests, for a {@code @TestFactory}. */
    static Stream<DynamicTest> tests(Case... rows) {
        return Stream.of(rows).map(Case::test);
    }
}
