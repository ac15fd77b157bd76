package illustrated.simulation.curse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.Csv;
import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import illustrated.simulation.Simulation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Same seed, same data (byte for byte as CSV); another seed, other data. Small parameters keep it quick. */
class DeterminismTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    record Case<P extends Record>(Simulation<P> sim, P params) {
        Dataset run(long seed) {
            return sim.run(params, seed);
        }
    }

    static List<Case<?>> cases() {
        ThreeClassData.Params data = new ThreeClassData.Params(12, 50, 1.5, 1);
        return List.of(
                new Case<>(new ThreeClassData(), data),
                new Case<>(new GridClassifier(), new GridClassifier.Params(data, 6)),
                new Case<>(new GridGrowth(), new GridGrowth.Params(data, 6)),
                new Case<>(new EmptyCells(), new EmptyCells.Params(300, 10, 4)),
                new Case<>(new AngleSpread(), new AngleSpread.Params(500, List.of(2, 50), 3)),
                new Case<>(new ShellShare(), new ShellShare.Params(0.01, 100, List.of(10, 100), 500)),
                new Case<>(new BallRadius(), new BallRadius.Params(500, List.of(2, 10), 20)),
                new Case<>(new BallVolume(), new BallVolume.Params(10, 4, 1000)),
                new Case<>(new DistanceContrast(), new DistanceContrast.Params(200, 3, List.of(2, 50))));
    }

    @Test
    void sameSeedGivesIdenticalData() {
        for (Case<?> c : cases()) {
            assertEquals(Csv.files(c.run(17)), Csv.files(c.run(17)), c.sim().getClass().getSimpleName());
        }
    }

    @Test
    void otherSeedGivesOtherData() {
        for (Case<?> c : cases()) {
            assertNotEquals(Csv.files(c.run(17)), Csv.files(c.run(18)), c.sim().getClass().getSimpleName());
        }
    }

    @Test
    void centreBallNeedsNoRandomness() {
        Case<?> c = new Case<>(new CentreBall(), new CentreBall.Params(12, 12));
        assertEquals(Csv.files(c.run(1)), Csv.files(c.run(2)), "the centre ball is pure geometry");
        assertTrue(c.run(1).values().containsKey("reach-dim"));
    }
}
