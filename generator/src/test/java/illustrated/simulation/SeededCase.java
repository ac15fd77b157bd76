package illustrated.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import illustrated.figure.Csv;
import java.util.List;

/** A simulation with parameters, for tests that check that the seed, and only the seed, decides the data. */
public record SeededCase<P extends Record>(Simulation<P> sim, P params) {
    public Dataset run(long seed) {
        return sim.run(params, seed);
    }

    /** Same seed, identical data (byte for byte as CSV); another seed, other data. */
    public static void assertSeedDecides(List<SeededCase<?>> cases) {
        for (SeededCase<?> c : cases) {
            String name = c.sim().getClass().getSimpleName();
            assertEquals(Csv.files(c.run(17)), Csv.files(c.run(17)), name + ": same seed, same data");
            assertNotEquals(Csv.files(c.run(17)), Csv.files(c.run(18)), name + ": another seed, other data");
        }
    }
}
