package illustrated.simulation.gradients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import illustrated.simulation.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The cliff: exact gradients vs finite differences, and what clipping guarantees about a step. */
class GradientCliffTest {
    private static final GradientCliff.Params P = new GradientCliff.Params(3, 9, 31, -5, 0.5, 23, 50, 0.5, 0.7,
            6.5, -2.2, 0.01, 100, 2.0);

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void gradientMatchesCentralDifferences() {
        // away from the wall, where the loss is smooth at the scale of the step
        INDArray w = Nd4j.create(new double[] {3.5, 5.0, 6.5, 8.0, 4.2});
        INDArray b = Nd4j.create(new double[] {-1.0, -1.5, -2.2, -1.0, -4.5});
        GradientCliff.LossAndGradient g = GradientCliff.lossAndGradient(w, b, P);
        double e = 1e-6;
        INDArray dw = GradientCliff.lossOnly(w.add(e), b, P).sub(GradientCliff.lossOnly(w.sub(e), b, P)).divi(2 * e);
        INDArray db = GradientCliff.lossOnly(w, b.add(e), P).sub(GradientCliff.lossOnly(w, b.sub(e), P)).divi(2 * e);
        for (int k = 0; k < 5; k++) {
            assertEquals(dw.getDouble(k), g.dw().getDouble(k), 1e-6 * Math.max(1, Math.abs(dw.getDouble(k))), "dL/dw " + k);
            assertEquals(db.getDouble(k), g.db().getDouble(k), 1e-6 * Math.max(1, Math.abs(db.getDouble(k))), "dL/db " + k);
        }
        assertEquals(GradientCliff.lossOnly(w, b, P), g.loss());
    }

    @Test
    void clippedStepsNeverExceedRateTimesThresholdWhilePlainStepsJumpAtTheWall() {
        Dataset d = new GradientCliff().run(P, 1L);
        Series clipped = d.series("with norm clipping");
        for (int i = 1; i < clipped.size(); i++) {
            double step = Math.hypot(clipped.x(i) - clipped.x(i - 1), clipped.y(i) - clipped.y(i - 1));
            assertTrue(step <= P.rate() * P.clip() * (1 + 1e-12), "clipped step " + i + " is " + step);
        }
        // the wall exists: somewhere the plain gradient is far larger than the threshold
        assertTrue(d.value("max-grad-norm").value() > 20 * P.clip(), "max gradient norm " + d.value("max-grad-norm"));
        assertTrue(d.value("max-jump-unclipped").value() > 20 * P.rate() * P.clip());
    }

    @Test
    void lossGridIsFiniteAndFlooredAtTheStatedFloor() {
        Dataset d = new GradientCliff().run(P, 1L);
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : d.grid("log10 loss").z()) {
            for (double z : row) {
                assertTrue(Double.isFinite(z));
                min = Math.min(min, z);
            }
        }
        assertTrue(min >= Math.log10(GradientCliff.LOSS_FLOOR) - 1e-12);
    }
}
