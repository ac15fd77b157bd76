package illustrated.cli;

import illustrated.problem.BuildFailure;
import illustrated.build.BuildLog;
import illustrated.build.BuildOptions;
import illustrated.build.Pipeline;
import illustrated.problem.Problem;
import illustrated.figure.FigureCatalog;
import illustrated.figures.Catalogs;
import illustrated.report.BuildReport;
import illustrated.simulation.Numerics;
import illustrated.platform.Pins;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Command line: {@code build} (default), {@code serve}, {@code new}, {@code preview}.
 * Exit codes: 0 success, 1 the input has problems (all listed), 2 bad usage, 3 internal error.
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
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        String cmd = args.isEmpty() || args.get(0).startsWith("-") ? "build" : args.remove(0);
        Path project = Path.of(option(args, "--project", "."));
        boolean quiet = args.remove("--quiet");
        args.remove("--quiet-libs");
        boolean noCache = args.remove("--no-cache");
        List<FigureCatalog> catalogs;
        try {
            catalogs = cmd.equals("bench") ? List.of() : catalogs(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        BuildOptions opts = BuildOptions.defaults(project);
        if (noCache) {
            opts = opts.withCache(null);
        }
        if (args.remove("--no-manifest-check")) {
            opts = opts.withManifestCheck(false);
        }
        try {
            switch (cmd) {
                case "build" -> {
                    return build(opts, quiet, catalogs);
                }
                case "serve" -> {
                    int port = Integer.parseInt(option(args, "--port", "8000"));
                    return PreviewServer.serve(opts.withMode("preview"), port, args.remove("--no-watch"), catalogs);
                }
                case "bench" -> {
                    return Bench.run(project, args, !opts.checkManifest());
                }
                case "new" -> {
                    return Scaffold.run(project, args, catalogs);
                }
                case "preview" -> {
                    PreviewFigures.main(args.toArray(String[]::new));
                    return 0;
                }
                case "manifest" -> { return ManifestCommand.run(opts, args); }
                case "diff" -> { return DiffCommand.run(opts, args); }
                case "help", "--help", "-h" -> {
                    System.out.println(usage());
                    return 0;
                }
                default -> {
                    System.err.println("unknown command '" + cmd + "'\n" + usage());
                    return 2;
                }
            }
        } catch (BuildFailure f) {
            printFailure(f);
            return 1;
        } catch (Exception e) {
            System.err.println("internal error: " + e);
            e.printStackTrace();
            return 3;
        }
    }

    static int build(BuildOptions opts, boolean quiet, List<FigureCatalog> catalogs) throws Exception {
        BuildLog log = BuildLog.console(quiet);
        Pipeline pipeline = new Pipeline(opts, log, catalogs);
        BuildReport r = pipeline.build();
        if (!quiet && !pipeline.lastPath().equals("up-to-date")) {
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

    /**
     * The figure catalogs: every catalog of the site, or those named with {@code --catalog CLASS}
     * (repeatable; for test fixtures and benchmarks on the fixture site).
     */
    static List<FigureCatalog> catalogs(List<String> args) {
        List<FigureCatalog> out = new ArrayList<>();
        for (String name = option(args, "--catalog", null); name != null; name = option(args, "--catalog", null)) {
            try {
                out.add((FigureCatalog) Class.forName(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalArgumentException("--catalog " + name + ": not a figure catalog on the class path");
            }
        }
        return out.isEmpty() ? Catalogs.all() : out;
    }

    static String option(List<String> args, String name, String def) {
        int i = args.indexOf(name);
        if (i >= 0 && i + 1 < args.size()) {
            String v = args.get(i + 1);
            args.remove(i + 1);
            args.remove(i);
            return v;
        }
        return def;
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

    static String usage() {
        return """
                usage: generator/bin/site [command] [options]
                  build            build the site into target/site (default)
                  serve            build, serve on http://127.0.0.1:8000, rebuild and reload on every edit
                  new SERIES SLUG "Title"   create a new article with a valid header and skeleton
                  preview [ID...]  render figures to target/preview without baking
                  manifest update|check   record / check the figure manifest (generator/figure-manifest.json)
                  diff [REV|--site DIR]   figure-diff report against a git revision (default HEAD) or a built site
                  bench            time cold, no-op, prose-edit and one-figure builds (generator/bin/site build)
                options: --project DIR  --no-cache  --quiet  --port N  --no-watch  --catalog CLASS
                         --no-manifest-check""";
    }
}
