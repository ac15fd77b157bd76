package illustrated.simulation.nn.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The adding-problem data: markers, targets, and the baseline MSE 1/6 of always answering 1. */
class AddingProblemTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void exactlyTwoMarkersOneInEachHalfAndTheTargetIsTheirSum() {
        AddingProblem.Batch b = AddingProblem.sample(11, 50, Nd4j.getRandomFactory().getNewRandomInstance(1),
                new SplittableRandom(1));
        for (int s = 0; s < 50; s++) {
            double markers = 0;
            double sum = 0;
            for (int t = 0; t < 11; t++) {
                double m = b.x().getDouble(t, s, 1);
                markers += m;
                sum += m * b.x().getDouble(t, s, 0);
            }
            assertEquals(2.0, markers, 0.0);
            assertTrue(b.first()[s] < 5 && b.second()[s] >= 5, "one marker per half");
            assertEquals(sum, b.target().getDouble(s, 0), 1e-12);
        }
    }

    @Test
    void baselineIsOneSixthWithinThreeStandardErrors() {
        int n = 20_000;
        AddingProblem.Batch b = AddingProblem.sample(4, n, Nd4j.getRandomFactory().getNewRandomInstance(2),
                new SplittableRandom(2));
        double mse = SequenceRegressor.mse(Nd4j.onesLike(b.target()), b.target());
        // (S - 1)^2 with S the sum of two U(0,1): mean 1/6, variance E[(S-1)^4] - 1/36 = 1/15 - 1/36
        double se = Math.sqrt((1.0 / 15 - 1.0 / 36) / n);
        assertEquals(1.0 / 6, mse, 3 * se, "baseline MSE");
    }
}
