package illustrated.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented exit codes for what is not an input problem: 2 for bad usage (a clean message,
 * no stack trace, nothing built), 3 for an internal error (a short trace, not a thousand lines).
 */
class CommandLineTest {
    @TempDir
    Path tmp;
    Path project;

    @BeforeEach
    void project() throws IOException {
        project = FixtureProject.create("fixture-site", tmp).dir();
    }

    record Run(int code, String out, String err) {
        void usage(String message) {
            assertEquals(2, code, err);
            assertTrue(err.contains(message), "expected '" + message + "' in:\n" + err);
            assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace:\n" + err);
        }
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--project", project.toString()));
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ByteArrayOutputStream outBuf = new ByteArrayOutputStream();
        int code;
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
                PrintStream outCapture = new PrintStream(outBuf, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(outCapture);
            code = Main.run(all.toArray(String[]::new));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        return new Run(code, outBuf.toString(StandardCharsets.UTF_8), buf.toString(StandardCharsets.UTF_8));
    }

    private void nothingBuilt() {
        assertFalse(Files.exists(project.resolve("target/site")), "a usage error builds nothing");
    }

    @Test
    void portThatIsNotANumber() {
        run("serve", "--port", "abc").usage("--port needs a whole number from 0 to 65535, not 'abc'");
        nothingBuilt();
    }

    @Test
    void portOutOfRange() {
        run("serve", "--port", "70000").usage("not '70000'");
    }

    @Test
    void unknownOptionOfBuild() {
        run("build", "--bogus").usage("unknown option '--bogus' for build");
        nothingBuilt();
    }

    @Test
    void misspelledOption() {
        run("build", "--no-manifest-chek").usage("unknown option '--no-manifest-chek' for build; "
                + "did you mean '--no-manifest-check'?");
        nothingBuilt();
    }

    @Test
    void misspelledOptionOfASubcommand() {
        run("manifest", "hashes", "--idz", "a").usage("unknown option '--idz' for manifest hashes; "
                + "did you mean '--ids'?");
        run("serve", "--no-wach").usage("did you mean '--no-watch'?");
        run("diff", "--manifets").usage("did you mean '--manifest'?");
    }

    @Test
    void misspelledSubcommand() {
        run("manifest", "chek").usage("unknown command 'chek' for manifest; did you mean 'check'?");
    }

    @Test
    void missingArgumentsOfNew() {
        run("new", "demo").usage("new needs SERIES SLUG TITLE (missing: SLUG");
    }

    /** Every command and subcommand answers --help with its own usage, on standard output, exit 0. */
    @Test
    void helpOnEveryCommand() {
        for (String cmd : List.of("build", "serve", "new", "preview", "manifest", "manifest update", "manifest check",
                "manifest hashes", "diff", "bench", "completion", "help")) {
            List<String> args = new ArrayList<>(List.of(cmd.split(" ")));
            args.add("--help");
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.code(), cmd + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: site " + cmd + " "), cmd + ":\n" + r.out());
            assertTrue(r.out().contains("--project=DIR"), "the common options are listed for " + cmd);
        }
        assertTrue(run("diff", "--help").out().contains("--manifest"), "diff lists its own options");
        assertTrue(run("manifest", "--help").out().contains("hashes"), "manifest lists its subcommands");
        assertEquals(run("manifest", "--help").out(), run("help", "manifest").out(), "help COMMAND is COMMAND --help");
        nothingBuilt();
    }

    @Test
    void helpOfTheSiteListsEveryCommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"})) {
            Run r = run(args);
            assertEquals(0, r.code(), r.err());
            for (String cmd : List.of("build", "serve", "new", "preview", "manifest", "diff", "bench", "completion")) {
                assertTrue(r.out().contains("\n  " + cmd + " "), cmd + " in:\n" + r.out());
            }
        }
        run("help", "biuld").usage("unknown command 'biuld'; did you mean 'build'?");
    }

    @Test
    void completionScriptKnowsTheCommandsAndOptions() {
        Run r = run("completion");
        assertEquals(0, r.code(), r.err());
        for (String word : List.of("build", "serve", "preview", "manifest", "diff", "bench", "update", "hashes",
                "--no-manifest-check", "--port", "--ids")) {
            assertTrue(r.out().contains(word), word + " in the completion script");
        }
        assertTrue(r.out().contains("complete -F _complete_site -o default generator/bin/site"),
                "registered for generator/bin/site");
    }

    @Test
    void optionOfAnotherCommand() {
        run("build", "--port", "8001").usage("unknown option '--port' for build");
        nothingBuilt();
    }

    @Test
    void strayArgument() {
        run("build", "content/demo/waves.md").usage("unexpected argument 'content/demo/waves.md'");
        nothingBuilt();
    }

    @Test
    void optionWithoutItsValue() {
        run("build", "--catalog").usage("--catalog needs a value");
    }

    @Test
    void catalogThatDoesNotExist() {
        run("build", "--catalog", "illustrated.NoSuchCatalog").usage("not a figure catalog on the class path");
    }

    @Test
    void optionsThatMavenPassesAsOneArgument() {
        assertEquals(List.of("build", "--quiet-libs", "--no-manifest-check", "new-title words"),
                Main.options(new String[] {"build", "--quiet-libs --no-manifest-check", "new-title words"}));
        run("build", "--quiet-libs --no-such-option").usage("unknown option '--no-such-option'");
    }

    @Test
    void unknownCommand() {
        Run r = run("biuld");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("unknown command 'biuld'; did you mean 'build'?"), r.err());
    }

    @Test
    void benchRunsThatAreNotANumber() {
        run("bench", "--runs", "many").usage("--runs needs a whole number");
    }

    @Test
    void unknownOptionOfServe() {
        run("serve", "--watch").usage("unknown option '--watch' for serve");
    }

    /** A catalog whose code fails with an Error: a bug, reported in a few lines with exit code 3. */
    public static final class Crashing implements FigureCatalog {
        @Override
        public List<FigureSpec> figures() {
            return recurse(0);
        }

        private static List<FigureSpec> recurse(int depth) {
            return depth < 0 ? List.of() : recurse(depth + 1);
        }
    }

    @Test
    void internalErrorIsShortAndExitsThree() {
        Run r = run("build", "--quiet", "--no-manifest-check", "--catalog", FixtureCatalog.class.getName(),
                "--catalog", Crashing.class.getName());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().startsWith("internal error: java.lang.StackOverflowError"), r.err());
        assertTrue(r.err().lines().count() < 20, "a short trace, not a thousand lines:\n" + r.err());
        nothingBuilt();
    }
}
