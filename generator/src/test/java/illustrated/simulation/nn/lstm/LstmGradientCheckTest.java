package illustrated.simulation.nn.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
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
        // a wrong sign in one gradient must be caught: perturb the hand gradient by comparing with a
        // deliberately broken value
        assertTrue(LstmGradientCheck.relative(1.0, -1.0) > TOLERANCE);
        assertTrue(LstmGradientCheck.relative(1.0, 1.0 + 1e-5) > TOLERANCE);
        assertEquals(0.0, LstmGradientCheck.relative(1e-14, -1e-14));
    }
}
