package illustrated.simulation.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import illustrated.simulation.nn.check.GradientCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The shared tanh recurrence on its own, with no output head: for the loss L = Σ_t Σ h(t) ⊙ C(t) (C random),
 * whose error into h(t) is C(t) at every step, its BPTT gradients of W, R and b against fourth-order central
 * differences (relative 1e-7), from a non-zero h(0); and one step by hand.
 */
class TanhRnnTest {
    private static final int T = 5;
    private static final int B = 3;
    private static final int N = 2;
    private static final int H = 4;

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    private static double loss(INDArray x, INDArray w, INDArray r, INDArray b, INDArray h0, INDArray weights) {
        INDArray hs = TanhRnn.states(TanhRnn.inputTerm(x, w, b), r, h0);
        return hs.get(NDArrayIndex.interval(1, T + 1), NDArrayIndex.all(), NDArrayIndex.all()).mul(weights)
                .sumNumber().doubleValue();
    }

    @Test
    void bpttMatchesFiniteDifferences() {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(21L);
        INDArray x = Nd4j.randn(new long[] {T, B, N}, rng);
        INDArray w = Nd4j.randn(new long[] {N, H}, rng).muli(0.7);
        INDArray r = Nd4j.randn(new long[] {H, H}, rng).muli(0.5);
        INDArray b = Nd4j.randn(new long[] {1, H}, rng).muli(0.3);
        INDArray h0 = Nd4j.randn(new long[] {B, H}, rng).muli(0.5);
        INDArray weights = Nd4j.randn(new long[] {T, B, H}, rng);

        INDArray hs = TanhRnn.states(TanhRnn.inputTerm(x, w, b), r, h0);
        List<INDArray> hiddenErrors = new ArrayList<>();
        INDArray da = TanhRnn.backward(TanhRnn.slopes(hs, 0, T), r, weights::slice, new PairwiseOps(), hiddenErrors);
        Map<String, INDArray> bptt = new LinkedHashMap<>();
        bptt.put("W", TanhRnn.weightGradient(x, da));
        bptt.put("R", TanhRnn.weightGradient(hs.get(NDArrayIndex.interval(0, T), NDArrayIndex.all(),
                NDArrayIndex.all()), da));
        bptt.put("b", TanhRnn.biasGradient(da, Nd4j.ones(T * B, 1)));
        Map<String, INDArray> params = new LinkedHashMap<>();
        params.put("W", w);
        params.put("R", r);
        params.put("b", b);
        Map<String, INDArray> fd = GradientCheck.finiteDifferences(params, () -> loss(x, w, r, b, h0, weights), 1e-4,
                GradientCheck.Stencil.FOURTH_ORDER);
        GradientCheck.worstRelativeErrors(bptt, fd, 1e-12)
                .forEach((name, e) -> assertTrue(e < 1e-7, name + ": worst relative error " + e));
        // ∂L/∂h(T) is C(T) itself: nothing comes from beyond T
        assertEquals(T, hiddenErrors.size());
        assertArrayEquals(weights.slice(T - 1).dup().ravel().toDoubleVector(),
                hiddenErrors.get(0).dup().ravel().toDoubleVector(), 0.0);
    }

    @Test
    void oneStepByHand() {
        // one sequence, one unit: h(1) = tanh(x w + h0 r + b)
        INDArray x = Nd4j.createFromArray(new double[] {0.5}).reshape(1, 1, 1);
        INDArray hs = TanhRnn.states(TanhRnn.inputTerm(x, Nd4j.createFromArray(new double[][] {{2.0}}),
                Nd4j.createFromArray(new double[][] {{0.1}})), Nd4j.createFromArray(new double[][] {{-0.4}}),
                Nd4j.createFromArray(new double[][] {{0.3}}));
        assertEquals(0.3, hs.getDouble(0, 0, 0), 0.0);
        assertEquals(StrictMath.tanh(0.5 * 2.0 + 0.1 + 0.3 * -0.4), hs.getDouble(1, 0, 0), 1e-15);
        INDArray slope = TanhRnn.slopes(hs, 0, 1);
        assertEquals(1 - hs.getDouble(1, 0, 0) * hs.getDouble(1, 0, 0), slope.getDouble(0, 0, 0), 1e-15);
    }

    @Test
    void theLastStepNeedsAnError() {
        INDArray slopes = Nd4j.ones(2, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> TanhRnn.backward(slopes, Nd4j.ones(1, 1), t -> null,
                new PairwiseOps(), null));
    }
}
