package illustrated.simulation;

/**
 * An experiment: a pure function of its parameters and an explicit seed.
 *
 * <p>Implementations must not read or write files, read the clock, or keep state between calls:
 * the same {@code (params, seed)} must always give the same {@link Dataset}. That is what lets the
 * build cache results and lets reviewers trust a figure diff.
 *
 * @param <P> the parameter record; its {@code toString()} is part of the cache key
 */
@FunctionalInterface
public interface Simulation<P extends Record> {
    Dataset run(P params, long seed);
}
