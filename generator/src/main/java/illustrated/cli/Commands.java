package illustrated.cli;

import illustrated.build.BuildOptions;
import illustrated.figure.FigureCatalog;
import illustrated.catalog.Catalogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The commands of {@code generator/bin/site}, declared for picocli. The options every command takes
 * ({@code --project}, {@code --quiet}, {@code --no-cache}, {@code --no-manifest-check}, {@code --catalog},
 * {@code --help}) are declared once, here, and inherited by every command and subcommand; their values
 * land in this object whichever command they were given to. {@link Main#run} maps what a command
 * returns or throws to the exit codes.
 */
@Command(name = "site", customSynopsis = "site [COMMAND] [OPTIONS]   (build when no command is given)",
        description = {"Builds the illustrated site: figures, pages, and the checks on both.",
                "'site' is generator/bin/site; mvn package runs 'site build' with -Dsite.args=\"...\"."},
        commandListHeading = "%nCommands:%n", optionListHeading = "%nOptions of every command:%n",
        footer = {"", "Exit codes: 0 ok, 1 the input has problems (all listed), 2 bad usage, 3 internal error.",
                "'site COMMAND --help' shows a command's own options; 'site completion' completes them in bash and zsh."},
        subcommands = {Commands.Build.class, Commands.Serve.class, Commands.New.class, Commands.Preview.class,
                Commands.Manifest.class, Commands.Diff.class, Commands.Benchmark.class, Commands.Completion.class,
                Commands.Help.class})
final class Commands {
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "show this help")
    boolean help;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".", scope = ScopeType.INHERIT,
            description = "the project folder (content/, templates/, assets/); default: the working folder")
    Path project;

    @Option(names = "--quiet", scope = ScopeType.INHERIT, description = "print only problems")
    boolean quiet;

    @Option(names = "--quiet-libs", scope = ScopeType.INHERIT, hidden = true,
            description = "accepted for Maven's exec plugin; the libraries are always quiet")
    boolean quietLibs;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT, description = "compute every figure afresh")
    boolean noCache;

    @Option(names = "--no-manifest-check", scope = ScopeType.INHERIT,
            description = "do not compare the figures with generator/figure-manifest.json")
    boolean noManifestCheck;

    @Option(names = "--catalog", paramLabel = "CLASS", scope = ScopeType.INHERIT,
            description = "use this figure catalog instead of the site's (repeatable; for fixtures)")
    List<String> catalogNames = new ArrayList<>();

    /** The build options the common options ask for. */
    BuildOptions options() {
        BuildOptions opts = BuildOptions.defaults(project);
        if (noCache) {
            opts = opts.withCache(null);
        }
        return noManifestCheck ? opts.withManifestCheck(false) : opts;
    }

    /** The catalogs named with {@code --catalog}, or every catalog of the site. */
    List<FigureCatalog> catalogs() {
        List<FigureCatalog> out = new ArrayList<>();
        for (String name : catalogNames) {
            try {
                out.add((FigureCatalog) Class.forName(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new Main.UsageError("--catalog " + name + ": not a figure catalog on the class path");
            }
        }
        return out.isEmpty() ? Catalogs.all() : out;
    }

    @Command(name = "build", description = "build the site into target/site (the default command)")
    static final class Build implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Override
        public Integer call() throws Exception {
            List<FigureCatalog> catalogs = root.catalogs();
            return Main.build(root.options(), root.quiet, catalogs);
        }
    }

    @Command(name = "serve", description = "build, serve on http://127.0.0.1:8000, rebuild and reload on every edit; "
            + "exits with 75 when a generator source changed (generator/bin/site then recompiles and restarts it)")
    static final class Serve implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "the port (default 8000)")
        String port;

        @Option(names = "--no-watch", description = "serve the built site without watching for edits")
        boolean noWatch;

        @Override
        public Integer call() throws Exception {
            List<FigureCatalog> catalogs = root.catalogs();
            int p = Main.number(port, "--port", 0, 65535);
            return PreviewServer.serve(root.options().withMode("preview"), p, noWatch, catalogs);
        }
    }

    @Command(name = "new", description = "create a new article with a valid header and skeleton, e.g. "
            + "generator/bin/site new rnn gru \"Understanding GRU\"")
    static final class New implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Parameters(index = "0", paramLabel = "SERIES", description = "the series (a folder of content/)")
        String series;

        @Parameters(index = "1", paramLabel = "SLUG", description = "the article's file name: a-z, 0-9 and '-'")
        String slug;

        @Parameters(index = "2", paramLabel = "TITLE", description = "the article's title (quote it)")
        String title;

        @Override
        public Integer call() throws Exception {
            return Scaffold.run(root.project, List.of(series, slug, title), root.catalogs());
        }
    }

    @Command(name = "preview", description = "render figures to target/preview without baking")
    static final class Preview implements Callable<Integer> {
        @Parameters(paramLabel = "ID", arity = "0..*", description = "figure ids or id prefixes (none: all)")
        List<String> ids = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            PreviewFigures.main(ids.toArray(String[]::new));
            return 0;
        }
    }

    @Command(name = "manifest", description = "record / check the figure manifest (generator/figure-manifest.json); "
            + "without a subcommand: check",
            subcommands = {Manifest.Update.class, Manifest.Check.class, Manifest.Hashes.class})
    static final class Manifest implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Override
        public Integer call() throws Exception {
            BuildOptions o = root.options();
            return ManifestCommand.check(o.projectDir(), o.cacheDir(), root.catalogs(), o.jobs(), System.out, System.err);
        }

        @Command(name = "update", description = "compute the figures and write their hashes into the manifest")
        static final class Update implements Callable<Integer> {
            @ParentCommand
            Manifest manifest;

            @Override
            public Integer call() throws Exception {
                BuildOptions o = manifest.root.options();
                return ManifestCommand.update(o.projectDir(), o.cacheDir(), manifest.root.catalogs(), o.jobs(), System.out);
            }
        }

        @Command(name = "check", description = "compare the figures with the manifest (exit 1 when they differ)")
        static final class Check implements Callable<Integer> {
            @ParentCommand
            Manifest manifest;

            @Override
            public Integer call() throws Exception {
                return manifest.call();
            }
        }

        @Command(name = "hashes", description = "write the figures' hashes with this machine's fingerprint as JSON")
        static final class Hashes implements Callable<Integer> {
            @ParentCommand
            Manifest manifest;

            @Option(names = "--ids", paramLabel = "A,B", description = "only these figures (default: all)")
            String ids;

            @Option(names = "--out", paramLabel = "FILE", description = "write here (default: standard output)")
            Path out;

            @Override
            public Integer call() throws Exception {
                return ManifestCommand.hashes(manifest.root.options(), manifest.root.catalogs(), ids, out);
            }
        }
    }

    @Command(name = "diff", description = "figure-diff report against a git revision (default HEAD), a built site, "
            + "or the committed manifest; exit 1 when a figure changed")
    static final class Diff implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Parameters(paramLabel = "REV", arity = "0..1", description = "the git revision (default HEAD)")
        String rev;

        @Option(names = "--site", paramLabel = "DIR", description = "compare with the figures of this built site")
        String site;

        @Option(names = "--manifest", description = "compare with the committed manifest, with numeric deltas")
        boolean manifest;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/figure-diff",
                description = "where the report goes (default target/figure-diff)")
        String out;

        @Override
        public Integer call() throws Exception {
            return DiffCommand.run(root.options(), rev, site, manifest, out);
        }
    }

    @Command(name = "bench", description = "time cold, no-op, prose-edit and one-figure builds (generator/bin/site build)")
    static final class Benchmark implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "runs per scenario (default 3)")
        String runs;

        @Override
        public Integer call() throws Exception {
            return Bench.run(root.project, Main.number(runs, "--runs", 1, 100), root.catalogNames,
                    root.noManifestCheck);
        }
    }

    @Command(name = "completion", description = {"print a bash/zsh completion script; load it with",
            "  source <(generator/bin/site completion)",
            "(zsh: run 'autoload -U +X bashcompinit && bashcompinit' first)"})
    static final class Completion implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            System.out.print(script(spec.root().commandLine()));
            return 0;
        }

        /** picocli's script for the command {@code site}, registered for generator/bin/site as well. */
        static String script(CommandLine root) {
            String s = AutoComplete.bash("site", root);
            return s + "\ncomplete -F _complete_site -o default generator/bin/site ./generator/bin/site\n";
        }
    }

    @Command(name = "help", description = "show the help of the site, or of a command: help manifest hashes")
    static final class Help implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "the command (and subcommand)")
        List<String> names = new ArrayList<>();

        @Override
        public Integer call() {
            CommandLine line = spec.root().commandLine();
            for (String n : names) {
                CommandLine sub = line.getSubcommands().get(n);
                if (sub == null) {
                    throw new Main.UsageError("unknown command '" + n + "'; "
                            + illustrated.problem.Suggest.didYouMean(n, line.getSubcommands().keySet()));
                }
                line = sub;
            }
            line.usage(System.out);
            return 0;
        }
    }
}
