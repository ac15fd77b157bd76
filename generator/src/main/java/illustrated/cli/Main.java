package illustrated.cli;

import illustrated.problem.BuildFailure;
import illustrated.build.BuildLog;
import illustrated.build.BuildOptions;
import illustrated.build.Pipeline;
import illustrated.problem.Problem;
import illustrated.figure.FigureCatalog;
import illustrated.catalog.Catalogs;
import illustrated.report.BuildReport;
import illustrated.simulation.Numerics;
import illustrated.platform.Pins;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Command line: {@code build} (default), {@code serve}, {@code new}, {@code preview}, {@code manifest},
 * {@code diff}, {@code bench}, {@code completion}, {@code help}, declared for picocli in {@link Commands}.
 * Exit codes: 0 success, 1 the input has problems (all listed), 2 bad usage, 3 internal error
 * ({@code serve} exits with 75 to be recompiled and started again).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> missing = Pins.missing(System.getenv());
        if (!missing.isEmpty() && System.getProperty("illustrated.relaunched") == null && !upToDateBuild(args)) {
            // native libraries read these variables once, when they load (thread pools, OpenBLAS's kernels,
            // glibc's maths functions): run again in a JVM that has them pinned
            System.exit(relaunchPinned(args, missing));
        }
        quietLibraries();
        System.setOut(new QuietStream(System.out));
        System.exit(run(args));
    }

    /**
     * A plain {@code build} with nothing to do needs no pinned JVM: it reads no native library. Asking
     * first spares the second JVM start of a no-op build. Any doubt answers false.
     */
    static boolean upToDateBuild(String[] argv) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        args.removeAll(List.of("--quiet", "--quiet-libs"));
        if (!args.isEmpty() && !args.equals(List.of("build"))) {
            return false;
        }
        try {
            return Pipeline.upToDate(BuildOptions.defaults(Path.of(".")), Catalogs.all());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static int run(String[] argv) {
        quietLibraries();
        Numerics.pinProcess();
        try {
            return commandLine().execute(withDefaultCommand(options(argv)));
        } catch (Throwable e) {
            printInternal(e);
            return 3;
        }
    }

    /** The command line with the exit codes of this generator attached (see {@link Commands}). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Commands());
        cl.setParameterExceptionHandler((e, args) -> {
            System.err.println("generator/bin/site: " + Usage.message(e));
            System.err.println("run 'generator/bin/site " + Usage.name(e.getCommandLine())
                    + "--help' for its options");
            return 2;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UsageError) {
                System.err.println("generator/bin/site: " + e.getMessage());
                System.err.println("run 'generator/bin/site " + Usage.name(line) + "--help' for its options");
                return 2;
            }
            if (e instanceof BuildFailure f) {
                printFailure(f);
                return 1;
            }
            printInternal(e);
            return 3;
        });
        return cl;
    }

    /** {@code build} is the command when none is named (a plain {@code generator/bin/site --quiet}). */
    static String[] withDefaultCommand(List<String> args) {
        boolean ownOption = !args.isEmpty() && List.of("-h", "--help").contains(args.get(0));
        if (args.isEmpty() || args.get(0).startsWith("-") && !ownOption) {
            args.add(0, "build");
        }
        return args.toArray(String[]::new);
    }

    /**
     * The arguments, with options that arrived together in one argument split apart: Maven's exec
     * plugin passes {@code -Dsite.args="--quiet-libs --no-manifest-check"} as a single argument.
     * (Before options were checked, that argument was silently ignored, manifest check and all.)
     */
    static List<String> options(String[] argv) {
        List<String> out = new ArrayList<>();
        for (String a : argv) {
            if (a.startsWith("--") && a.strip().contains(" ")) {
                out.addAll(Arrays.asList(a.strip().split("\\s+")));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    static int number(String value, String option, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageError(option + " needs a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    /** Bad usage of the command line: exit code 2 with this message. */
    static final class UsageError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /** A bug, not an input problem: what failed and where, in a few lines (set ILLUSTRATED_DEBUG for all of it). */
    static void printInternal(Throwable e) {
        System.err.println("internal error: " + e);
        if (System.getenv("ILLUSTRATED_DEBUG") != null) {
            e.printStackTrace();
            return;
        }
        int depth = 0;
        for (Throwable c = e; c != null && depth < 4; c = c.getCause() == c ? null : c.getCause(), depth++) {
            if (c != e) {
                System.err.println("caused by: " + c);
            }
            StackTraceElement[] st = c.getStackTrace();
            int shown = Math.min(st.length, 8);
            for (int i = 0; i < shown; i++) {
                System.err.println("        at " + st[i]);
            }
            if (st.length > shown) {
                System.err.println("        … " + (st.length - shown) + " more frames (ILLUSTRATED_DEBUG=1 shows them)");
            }
        }
        System.err.println("This is a bug in the generator, not in your files: please report it with the lines above.");
    }

    static int build(BuildOptions opts, boolean quiet, List<FigureCatalog> catalogs) throws Exception {
        BuildLog log = BuildLog.console(quiet);
        Pipeline pipeline = new Pipeline(opts, log, catalogs);
        BuildReport r = pipeline.build();
        if (!quiet && r.route() != BuildReport.Route.UP_TO_DATE) {
            System.out.println();
            if (!r.figures().isEmpty()) {
                System.out.println("Most expensive figures (full table in target/build-report.txt):");
                System.out.print(r.table(8));
            }
            System.out.printf(java.util.Locale.ROOT, "Built %d pages into %s in %.1f s (%s)%n", r.pages(),
                    opts.projectDir().relativize(opts.siteDir()), r.totalMillis() / 1000.0,
                    String.join(", ", log.stageMillis().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue() + " ms").toList()));
        }
        return 0;
    }

    static void printFailure(BuildFailure f) {
        System.err.println();
        for (Problem p : f.problems()) {
            System.err.println(p.format());
            System.err.println();
        }
        System.err.println("Build failed: " + f.problems().size() + " problem" + (f.problems().size() == 1 ? "" : "s")
                + ". The previously published site in target/site was left untouched.");
    }

    static int relaunchPinned(String[] args, Map<String, String> pins) {
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
            cmd.add("-Dillustrated.relaunched=true");
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Main.class.getName());
            cmd.addAll(Arrays.asList(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            pb.environment().putAll(pins);
            return pb.start().waitFor();
        } catch (IOException e) {
            System.err.println("internal error: cannot start the generator with its pinned environment " + pins + ": " + e);
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 3;
        }
    }

    /** Drops the lines that ND4J's SameDiff prints unconditionally while it differentiates a graph. */
    static final class QuietStream extends java.io.PrintStream {
        QuietStream(java.io.PrintStream out) {
            super(out, true, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public void println(String x) {
            if (x == null || !x.startsWith("Added differentiated op")) {
                super.println(x);
            }
        }
    }

    /** JBake, OrientDB and GraalJS log at INFO; the build prints its own summary instead. */
    public static void quietLibraries() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.jbake", "off");
        System.setProperty("org.slf4j.simpleLogger.log.org.nd4j", "error");
        System.setProperty("org.freemarker.loggerLibrary", "none");
        java.util.logging.LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
    }
}
