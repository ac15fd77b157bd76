package illustrated.figure;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.cache.ClassClosure;
import illustrated.cache.ContentHash;
import illustrated.chart.Theme;
import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Makes every figure the articles need, reusing cached results whose inputs did not change. The one
 * way a figure is made: by the build, the manifest, the diff, the preview ({@link #render} without a
 * cache) and the tests.
 *
 * <p>A figure's <em>data</em> is recomputed only when its inputs change: parameters, seed, the
 * bytecode of its simulation class and every project class that class uses (transitively), the
 * ND4J version and backend. Its <em>picture</em> is redrawn when the data or the drawing code (the
 * catalog, the chart and theme classes) change. The log says why each figure was recomputed.
 */
public final class FigureStage {
    private static final String SOURCE_ROOT = "generator/src/main/java/";

    private final Path cacheDir;
    private final int jobs;
    /** The code a figure's data depends on; catalogs are left out (they name every figure of an article). */
    private static final ClassClosure closure = new ClassClosure(Set.of(), Set.of("illustrated/figure/FigureCatalog"));
    private static final ClassClosure drawClosure = new ClassClosure(Set.of());
    /**
     * The last figure made per id in this JVM, with the keys it was made for: the preview server
     * rebuilds in one JVM, and a figure whose keys did not change needs no reading from disk.
     * (The code of a running JVM cannot change, so hashing class files once per JVM is enough.)
     */
    private static final Map<String, Memo> LAST = new java.util.concurrent.ConcurrentHashMap<>();
    /** Two figures of one simulation, parameters and seed compute their data once per run. */
    private final SharedData shared = new SharedData();

    /** What happened to one figure, for the log and the cost table. */
    public record Outcome(String id, boolean computed, boolean drawn, String reason, long computeMillis,
            long drawMillis, long allocatedBytes) {
    }

    /** One figure made, and what was done for it. */
    public record Made(RenderedFigure figure, Outcome outcome) {
    }

    /** The last figure made for an id, with the cache folder and drawing key it was made for. */
    private record Memo(String key, Made made) {
    }

    /** @param cacheDir folder of the figure cache, or null to compute everything */
    public FigureStage(Path cacheDir, int jobs) {
        this.cacheDir = cacheDir;
        this.jobs = Math.max(1, jobs);
    }

    /** Figures by id (in the order given) and what was done for each. */
    public record Result(Map<String, RenderedFigure> figures, List<Outcome> outcomes) {
    }

    public Result run(List<FigureSpec> specs, Problems problems, java.util.function.Consumer<Outcome> progress) {
        shared.clear();
        Map<String, RenderedFigure> out = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "figures");
            t.setDaemon(true);
            return t;
        });
        try {
            // a figure that shares its simulation, parameters and seed with an earlier one starts when that one
            // is done (and then finds its data computed) instead of waiting for it in a worker thread
            Map<String, CompletableFuture<Made>> lastOfGroup = new java.util.HashMap<>();
            List<CompletableFuture<Made>> futures = new ArrayList<>();
            for (FigureSpec spec : specs) {
                java.util.function.Supplier<Made> task = () -> {
                    try {
                        Made r = one(spec);
                        progress.accept(r.outcome());
                        return r;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (RuntimeException | Error e) {
                        problems.add(problemFor(spec, e));
                        return null;
                    }
                };
                String group = SharedData.key(spec, "");
                CompletableFuture<Made> before = group == null ? null : lastOfGroup.get(group);
                CompletableFuture<Made> f = before == null
                        ? CompletableFuture.supplyAsync(task, pool)
                        : before.handleAsync((r, e) -> task.get(), pool);
                if (group != null) {
                    lastOfGroup.put(group, f);
                }
                futures.add(f);
            }
            for (CompletableFuture<Made> f : futures) {
                Made r = f.get();
                if (r != null) {
                    out.put(r.figure().spec().id(), r.figure());
                    outcomes.add(r.outcome());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause() instanceof java.util.concurrent.CompletionException ce ? ce.getCause() : e.getCause();
            throw new IllegalStateException(c instanceof UncheckedIOException u ? u.getCause() : c);
        } finally {
            pool.shutdownNow();
            shared.clear();
        }
        return new Result(out, outcomes);
    }

    /**
     * One figure made as the build makes it, without a cache and in this thread: for previews and
     * tests. A failure is thrown as it is.
     */
    public static RenderedFigure render(FigureSpec spec) {
        try {
            return new FigureStage(null, 1).one(spec).figure();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Made one(FigureSpec spec) throws IOException {
        Map<String, String> inputs = inputs(spec);
        String dataKey = ContentHash.of(inputs.toString());
        String drawKey = ContentHash.of(dataKey, drawClosureHash(spec));
        Path dir = cacheDir == null ? null : cacheDir.resolve(spec.id());
        String memo = cacheDir + "\n" + drawKey;
        Memo last = LAST.get(spec.id());
        if (dir != null && last != null && last.key().equals(memo) && FigureStageCache.isComplete(dir)) {
            RenderedFigure f = last.made().figure();
            Outcome o = last.made().outcome();
            return new Made(new RenderedFigure(spec, f.data(), f.svg(), f.csv(), f.provenance(), f.narrowSvg()),
                    new Outcome(spec.id(), false, false, "cached", o.computeMillis(), 0, o.allocatedBytes()));
        }
        String reason = null;
        Dataset data = null;
        long computeMillis = 0;
        long allocated = 0;
        FigureStageCache.Data cached = FigureStageCache.readData(dir, dataKey);
        if (cached != null) {
            data = cached.data();
            computeMillis = cached.computeMillis();
            allocated = cached.allocatedBytes();
        } else {
            reason = FigureStageCache.whyChanged(dir, inputs);
            Numerics.init();
            Numerics.pinCurrentThread();
            com.sun.management.ThreadMXBean mx =
                    (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long a0 = mx.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            data = shared.compute(spec, dataKey);
            computeMillis = (System.nanoTime() - t0) / 1_000_000;
            allocated = mx.getCurrentThreadAllocatedBytes() - a0;
        }
        Provenance p = new Provenance(spec.id(), spec.simulationClass().getName(), spec.params().toString(),
                spec.seed(), dataKey.substring(0, 16), Numerics.nd4jVersion(), backendName().split(" ")[0],
                Numerics.THREADS,
                computeMillis);
        String svg = null;
        boolean drawn = false;
        long drawMillis = 0;
        if (spec.kind() != FigureSpec.Kind.VALUES) {
            svg = FigureStageCache.readSvg(dir, drawKey, false);
            if (svg == null) {
                long t0 = System.nanoTime();
                svg = SvgExport.export(spec, data, Theme.standard(), p.stableJson());
                drawMillis = (System.nanoTime() - t0) / 1_000_000;
                drawn = true;
                if (reason == null) {
                    reason = "drawing code changed";
                }
            }
        }
        String narrow = spec.narrow() == null ? null : FigureStageCache.readSvg(dir, drawKey, true);
        if (spec.narrow() != null && narrow == null) {
            narrow = SvgExport.exportNarrow(spec, data, Theme.standard());
        }
        RenderedFigure fig = new RenderedFigure(spec, data, svg, Csv.files(data), p, narrow);
        if (dir != null) {
            FigureStageCache.store(dir, dataKey, drawKey, inputs, data, svg, narrow, computeMillis, allocated);
        }
        Outcome outcome = new Outcome(spec.id(), reason != null && !reason.equals("drawing code changed"),
                drawn, reason == null ? "cached" : reason, computeMillis, drawMillis, allocated);
        Made made = new Made(fig, outcome);
        if (dir != null) {
            LAST.put(spec.id(), new Memo(memo, made));
        }
        return made;
    }

    private static volatile String backend;

    /**
     * The ND4J backend on the class path and its version, found without starting ND4J (a build
     * whose figures are all cached never pays for it).
     */
    static String backendName() {
        if (backend == null) {
            String found = "unknown";
            for (String[] b : new String[][] {{"org.nd4j.linalg.jcublas.JCublasBackend", "nd4j-cuda"},
                    {"org.nd4j.linalg.cpu.nativecpu.CpuBackend", "nd4j-native"}}) {
                try {
                    Class.forName(b[0], false, FigureStage.class.getClassLoader());
                    found = b[0].substring(b[0].lastIndexOf('.') + 1) + " " + artifactVersion(b[1]);
                    break;
                } catch (ClassNotFoundException e) {
                    // not this one
                }
            }
            backend = found;
        }
        return backend;
    }

    private static String artifactVersion(String artifact) {
        for (String group : new String[] {"org.nd4j"}) {
            try (java.io.InputStream in = FigureStage.class.getClassLoader()
                    .getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
                if (in != null) {
                    java.util.Properties p = new java.util.Properties();
                    p.load(in);
                    return p.getProperty("version", "?");
                }
            } catch (IOException e) {
                return "?";
            }
        }
        return "?";
    }

    /** The inputs that decide a figure's data, sorted for a stable key. */
    Map<String, String> inputs(FigureSpec spec) {
        Map<String, String> m = new TreeMap<>();
        m.put("params", spec.params().getClass().getName() + spec.params());
        m.put("seed", Long.toString(spec.seed()));
        m.put("nd4j", Numerics.nd4jVersion() + "/" + backendName() + "/threads=" + Numerics.THREADS);
        for (Map.Entry<String, String> e : closure.closure(spec.simulationClass()).entrySet()) {
            m.put("code:" + e.getKey(), e.getValue());
        }
        return m;
    }

    private String drawClosureHash(FigureSpec spec) {
        StringBuilder sb = new StringBuilder();
        sb.append(drawClosure.hash(SvgExport.class));
        if (spec.chartMaker() != null) {
            sb.append(drawClosure.hash(spec.chartMaker().getClass().getNestHost()));
        }
        if (spec.painter() != null) {
            sb.append(drawClosure.hash(spec.painter().getClass().getNestHost()));
        }
        sb.append(ContentHash.of(spec.title(), Integer.toString(spec.width()), Integer.toString(spec.height())));
        sb.append(spec.narrow() == null ? "" : drawClosure.hash(spec.narrow().code())
                + ContentHash.of(Integer.toString(spec.narrow().width()), Integer.toString(spec.narrow().height())));
        return ContentHash.of(sb.toString());
    }

    /** A problem pointing at the project frame that threw, with the stack trimmed to project frames. */
    static Problem problemFor(FigureSpec spec, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement at = null;
        StringBuilder trace = new StringBuilder();
        // bad chart data is found by the chart code; point at the figure's own code that handed it over
        // (the prefix FigureStage also leaves out FigureStageCache, the stage's cache folder)
        boolean badData = root instanceof illustrated.chart.Charts.NonFiniteDataException;
        for (StackTraceElement el : root.getStackTrace()) {
            if (el.getClassName().startsWith("illustrated.") && !el.getClassName().startsWith("illustrated.figure.FigureStage")) {
                boolean library = el.getClassName().startsWith("illustrated.chart.")
                        || el.getClassName().startsWith("illustrated.figure.");
                if (at == null && !(badData && library)) {
                    at = el;
                }
                trace.append("\n        at ").append(el);
            }
        }
        Path file = null;
        int line = 0;
        if (at != null && at.getFileName() != null) {
            String pkg = at.getClassName().contains(".")
                    ? at.getClassName().substring(0, at.getClassName().lastIndexOf('.')).replace('.', '/') : "";
            file = Path.of(SOURCE_ROOT + pkg + "/" + at.getFileName());
            Path test = Path.of(SOURCE_ROOT.replace("/main/", "/test/") + pkg + "/" + at.getFileName());
            if (!Files.exists(file) && Files.exists(test)) {
                file = test;
            }
            line = Math.max(0, at.getLineNumber());
        }
        String what = root instanceof illustrated.chart.Charts.NonFiniteDataException
                ? "figure '" + spec.id() + "': NaN or infinity in chart data: " + root.getMessage()
                : "figure '" + spec.id() + "': the simulation failed: " + root.getClass().getSimpleName() + ": "
                        + root.getMessage();
        return new Problem(file, line, what, "project frames:" + trace,
                "fix the code at the first frame above; run just this figure with "
                        + "`generator/bin/site preview " + spec.id() + "`");
    }
}
