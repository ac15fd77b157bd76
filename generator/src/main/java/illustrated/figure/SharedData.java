package illustrated.figure;

import illustrated.simulation.Dataset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Data being computed in one run of the figure stage, by key: two figures drawn from one simulation with
 * the same parameters and seed (a heat-map of the gates and one of the cells of one trained network)
 * compute it once. The stage starts the second figure only when the first is done, so nobody waits.
 */
final class SharedData {
    private final Map<String, CompletableFuture<Dataset>> running = new ConcurrentHashMap<>();

    /**
     * What identifies a figure's data besides its code (the {@code dataKey}), or null when it cannot be
     * shared: a diagram, or a simulation written as a lambda (two lambdas of one catalog look alike from
     * outside).
     */
    static String key(FigureSpec spec, String dataKey) {
        Class<?> c = spec.simulation() == null ? null : spec.simulation().getClass();
        if (c == null || spec.params() instanceof FigureSpec.NoParams || c.isHidden() || c.isSynthetic()
                || c.isAnonymousClass()) {
            return null;
        }
        return c.getName() + "\n" + spec.params().getClass().getName() + spec.params() + "\n" + spec.seed() + "\n"
                + dataKey;
    }

    /** The figure's data: computed here, or taken from the figure of this run that computed it. */
    Dataset compute(FigureSpec spec, String dataKey) {
        String key = key(spec, dataKey);
        if (key == null) {
            return spec.simulation().run(spec.params(), spec.seed());
        }
        CompletableFuture<Dataset> mine = new CompletableFuture<>();
        CompletableFuture<Dataset> first = running.putIfAbsent(key, mine);
        if (first != null) {
            return first.join();
        }
        try {
            Dataset d = spec.simulation().run(spec.params(), spec.seed());
            mine.complete(d);
            return d;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Forgets this run's data (the stage object lives on in the preview server). */
    void clear() {
        running.clear();
    }
}
