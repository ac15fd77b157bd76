package illustrated.simulation.nn.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The generic checker on a loss with a known gradient, L = Σ a³ + (Σ a)(Σ b), where ∂L/∂a = 3a² + Σ b and
 * ∂L/∂b = Σ a: both stencils agree with it (the fourth-order one far better, since L''' ≠ 0), the arrays
 * come back bit for bit, views are perturbed through to their base, and the relative error has its floor.
 */
class GradientCheckTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    private static double loss(INDArray a, INDArray b) {
        return a.mul(a).muli(a).sumNumber().doubleValue() + a.sumNumber().doubleValue() * b.sumNumber().doubleValue();
    }

    @Test
    void matchesAKnownGradientAndRestoresTheArrays() {
        INDArray a = Nd4j.createFromArray(new double[][] {{0.3, -1.2, 2.0}, {0.7, 1.5, -0.4}});
        INDArray b = Nd4j.createFromArray(new double[] {0.5, -2.5}).reshape(2, 1);
        double[] aBefore = a.dup().ravel().toDoubleVector();
        Map<String, INDArray> params = new LinkedHashMap<>();
        params.put("a", a);
        params.put("b", b);
        Map<String, INDArray> exact = new LinkedHashMap<>();
        exact.put("a", a.mul(a).muli(3).addi(b.sumNumber().doubleValue()));
        exact.put("b", Nd4j.ones(2, 1).muli(a.sumNumber().doubleValue()));

        Map<String, INDArray> second = GradientCheck.finiteDifferences(params, () -> loss(a, b), 1e-3,
                GradientCheck.Stencil.SECOND_ORDER);
        Map<String, INDArray> fourth = GradientCheck.finiteDifferences(params, () -> loss(a, b), 1e-3,
                GradientCheck.Stencil.FOURTH_ORDER);
        assertArrayEquals(aBefore, a.dup().ravel().toDoubleVector(), 0.0, "the arrays are restored exactly");
        double errSecond = GradientCheck.worst(GradientCheck.worstRelativeErrors(exact, second, 1e-12));
        double errFourth = GradientCheck.worst(GradientCheck.worstRelativeErrors(exact, fourth, 1e-12));
        // second order: truncation ε² L'''/6 = 1e-6 / a-gradient of order 1; fourth order: only round-off
        assertTrue(errSecond > 1e-8 && errSecond < 1e-5, "second order: " + errSecond);
        assertTrue(errFourth < 1e-9, "fourth order: " + errFourth);
        assertEquals(0.0, GradientCheck.worstRelativeErrors(exact, exact, 1e-12).get("b"), 0.0);
    }

    @Test
    void perturbsViewsThroughToTheirBase() {
        INDArray base = Nd4j.createFromArray(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}});
        INDArray right = base.get(NDArrayIndex.all(), NDArrayIndex.interval(2, 4));
        Map<String, INDArray> fd = GradientCheck.finiteDifferences(Map.of("right", right),
                () -> base.mul(base).sumNumber().doubleValue() / 2, 1e-4, GradientCheck.Stencil.FOURTH_ORDER);
        // ∂(Σ x²/2)/∂x = x for the entries of the view, in the view's own shape
        assertArrayEquals(new long[] {2, 2}, fd.get("right").shape());
        assertArrayEquals(new double[] {3, 4, 7, 8}, fd.get("right").ravel().toDoubleVector(), 1e-9);
    }

    @Test
    void relativeErrorHasAFloor() {
        assertEquals(0.5, GradientCheck.relative(1.0, 0.5, 1e-12), 0.0);
        // tiny entries are measured against the floor, not against themselves
        assertEquals(2e-14 / 1e-12, GradientCheck.relative(1e-14, -1e-14, 1e-12), 1e-18);
    }

    @Test
    void pairsEntriesInRowMajorOrderAndRefusesOtherSizes() {
        INDArray c = Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}});
        INDArray f = c.dup('f');
        assertEquals(0.0, GradientCheck.worstRelativeErrors(Map.of("x", c), Map.of("x", f), 1e-12).get("x"), 0.0);
        assertEquals(0.0, GradientCheck.worstRelativeErrors(Map.of("x", c), Map.of("x", c.reshape(4)), 1e-12)
                .get("x"), 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.worstRelativeErrors(Map.of("x", c), Map.of("x", Nd4j.zeros(3)), 1e-12));
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.worstRelativeErrors(Map.of("x", c), Map.of("y", c), 1e-12));
    }
}
