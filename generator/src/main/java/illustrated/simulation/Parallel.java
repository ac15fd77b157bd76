package illustrated.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent pieces of one simulation (separate trainings, each with its own seeds and generators) run
 * side by side. Every worker thread pins ND4J's OpenMP threads as the figure threads do, and each piece
 * computes exactly what it would alone, so the results do not depend on the scheduling.
 */
public final class Parallel {
    private Parallel() {
    }

    /** Runs {@code jobs} on {@code threads} threads (in the given order: put the longest first); results in order. */
    public static <T> List<T> run(List<Callable<T>> jobs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "simulation-part");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> job : jobs) {
                futures.add(pool.submit(() -> {
                    Numerics.init();
                    Numerics.pinCurrentThread();
                    return job.call();
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the parts of a simulation", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
