package illustrated.simulation.nn.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import illustrated.simulation.nn.check.GradientCheck;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-written BPTT against central finite differences and SameDiff, tolerance 1e-6 (relative). */
class LstmGradientCheckTest {
    private static final double TOLERANCE = 1e-6;

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void everyParameterBlockAgreesWithFiniteDifferencesAndSameDiff() {
        List<LstmGradientCheck.Row> rows = LstmGradientCheck.check(
                new LstmGradientCheck.Params(3, 4, 6, 2, 1e-4, TOLERANCE), 7L);
        assertEquals(15, rows.size(), "W, R, b for 4 gates and 3 peepholes");
        for (LstmGradientCheck.Row r : rows) {
            assertTrue(r.worstFd() <= TOLERANCE, r + " vs finite differences");
            assertTrue(r.worstSameDiff() <= TOLERANCE, r + " vs SameDiff");
        }
    }

    @Test
    void simulationPublishesTheTableAndValues() {
        Dataset d = new LstmGradientCheck().run(new LstmGradientCheck.Params(2, 3, 4, 2, 1e-4, TOLERANCE), 3L);
        List<String> table = d.tables().get("gradient-check");
        assertEquals("param,count,worst-fd,worst-samediff", table.get(0));
        assertEquals(16, table.size());
        assertTrue(table.get(1).startsWith("W_z,6,"), table.get(1));
        assertTrue(d.value("worst-fd").value() <= TOLERANCE);
        assertEquals(2 * 12 + 3 * 12 + 12 + 9, d.value("params").value(), 0.0);
    }

    @Test
    void theCheckCanFail() {
        // the finite-difference reference is sharp enough to catch a gradient that is off by 1e-5
        // (relative) in one entry, while the hand-written value passes
        org.nd4j.linalg.api.rng.Random rng = org.nd4j.linalg.factory.Nd4j.getRandomFactory().getNewRandomInstance(8L);
        LstmWeights wt = LstmWeights.init(2, 3, true, 1.0, rng);
        org.nd4j.linalg.api.ndarray.INDArray x = org.nd4j.linalg.factory.Nd4j.randn(new long[] {4, 2, 2}, rng);
        org.nd4j.linalg.api.ndarray.INDArray target = org.nd4j.linalg.factory.Nd4j.rand(new long[] {4, 2, 3}, -0.5, 0.5, rng);
        Lstm.Trace tr = Lstm.forward(wt, x);
        Lstm.Gradients g = Lstm.backward(tr, tr.outputs().sub(target));
        for (long j = 0; j < wt.r().length(); j += 5) {
            double hand = g.r().getDouble(j / wt.r().columns(), j % wt.r().columns());
            long[] at = {j / wt.r().columns(), j % wt.r().columns()};
            double fd = GradientCheck.centralDifference(wt.r(), at, () -> LstmGradientCheck.loss(wt, x, target), 1e-4,
                    GradientCheck.Stencil.FOURTH_ORDER);
            double floor = LstmGradientCheck.FLOOR;
            assertTrue(GradientCheck.relative(hand, fd, floor) <= TOLERANCE, "entry " + j);
            assertTrue(GradientCheck.relative(hand * (1 + 1e-5), fd, floor) > TOLERANCE, "perturbed entry " + j);
        }
    }
}
