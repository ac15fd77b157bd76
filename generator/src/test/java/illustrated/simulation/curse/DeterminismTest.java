package illustrated.simulation.curse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.Csv;
import illustrated.simulation.Numerics;
import illustrated.simulation.SeededCase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Same seed, same data (byte for byte as CSV); another seed, other data. Small parameters keep it quick. */
class DeterminismTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    static List<SeededCase<?>> cases() {
        ThreeClassData.Params data = new ThreeClassData.Params(12, 50, 1.5, 1);
        return List.of(
                new SeededCase<>(new ThreeClassData(), data),
                new SeededCase<>(new GridClassifier(), new GridClassifier.Params(data, 6)),
                new SeededCase<>(new GridGrowth(), new GridClassifier.Params(data, 6)),
                new SeededCase<>(new EmptyCells(), new EmptyCells.Params(300, 10, 4)),
                new SeededCase<>(new AngleSpread(), new AngleSpread.Params(500, List.of(2, 50), 3)),
                new SeededCase<>(new ShellShare(), new ShellShare.Params(0.01, 100, List.of(10, 100), 500)),
                new SeededCase<>(new BallRadius(), new BallRadius.Params(500, List.of(2, 10), 20)),
                new SeededCase<>(new BallVolume(), new BallVolume.Params(10, 4, 1000)),
                new SeededCase<>(new DistanceContrast(), new DistanceContrast.Params(200, 3, List.of(2, 50))));
    }

    @Test
    void theSeedDecidesTheData() {
        SeededCase.assertSeedDecides(cases());
    }

    @Test
    void centreBallNeedsNoRandomness() {
        SeededCase<?> c = new SeededCase<>(new CentreBall(), new CentreBall.Params(12, 12));
        assertEquals(Csv.files(c.run(1)), Csv.files(c.run(2)), "the centre ball is pure geometry");
        assertTrue(c.run(1).values().containsKey("reach-dim"));
    }
}
