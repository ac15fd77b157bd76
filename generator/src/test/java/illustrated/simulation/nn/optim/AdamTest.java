package illustrated.simulation.nn.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import illustrated.simulation.Numerics;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;

/**
 * The hand-written {@link Adam} against ND4J's {@code AdamUpdater} (its native fused kernel), fed the same
 * gradients for thousands of steps, with and without clipping: the parameters must agree bit for bit
 * (tolerance 0), step after step.
 */
class AdamTest {
    private static final int STEPS = 3000;

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void agreesBitForBitWithNd4jsAdamUpdater() {
        compare(0.01, 0.0);
    }

    @Test
    void agreesBitForBitWithNd4jsAdamUpdaterWhenClipping() {
        // gradients have norm ~ 8 here, so a threshold of 2 clips most of them
        compare(0.003, 2.0);
    }

    @Test
    void clippingChangesTheUpdate() {
        INDArray a = Nd4j.ones(2, 2);
        INDArray b = Nd4j.ones(2, 2);
        Adam plain = new Adam(List.of(a), 0.1, 0);
        Adam clipped = new Adam(List.of(b), 0.1, 1.0);
        INDArray big = Nd4j.ones(2, 2).muli(10);
        INDArray small = Nd4j.ones(2, 2).muli(0.1);
        plain.update(List.of(big));
        assertEquals(20.0, clipped.update(List.of(big)), 0.0, "the norm before clipping");
        // Adam is blind to a constant scale of all gradients, not to their ratio: 10 then 0.1 unclipped,
        // 0.5 then 0.1 clipped (the second norm, 0.2, is under the threshold)
        plain.update(List.of(small));
        assertEquals(0.2, clipped.update(List.of(small)), 1e-15);
        assertNotEquals(a.getDouble(0, 0), b.getDouble(0, 0), 1e-3);
    }

    @Test
    void refusesAnotherNumberOfGradients() {
        Adam adam = new Adam(List.of(Nd4j.zeros(2), Nd4j.zeros(3)), 0.1, 0);
        assertThrows(IllegalArgumentException.class, () -> adam.update(List.of(Nd4j.zeros(2))));
    }

    /** Three arrays of several shapes, random gradients that depend on the parameters (as in training). */
    private static void compare(double rate, double clip) {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(42L);
        List<INDArray> mine = List.of(Nd4j.randn(new long[] {4, 6}, rng), Nd4j.randn(new long[] {6, 6}, rng),
                Nd4j.randn(new long[] {1, 6}, rng));
        List<INDArray> theirs = mine.stream().map(INDArray::dup).toList();
        long n = mine.stream().mapToLong(INDArray::length).sum();
        Adam adam = new Adam(mine, rate, clip);
        AdamUpdater reference = new AdamUpdater(new org.nd4j.linalg.learning.config.Adam(rate));
        reference.setStateViewArray(Nd4j.zeros(1, 2 * n), new long[] {1, n}, 'c', true);
        for (int step = 0; step < STEPS; step++) {
            List<INDArray> grads = mine.stream().map(p -> p.add(Nd4j.randn(p.shape(), rng)).muli(2)).toList();
            adam.update(grads);
            INDArray flat = Nd4j.toFlattened('c', grads).reshape(1, n);
            double norm = flat.norm2Number().doubleValue();
            if (clip > 0 && norm > clip) {
                flat.muli(clip / norm);
            }
            reference.applyUpdater(flat, step, 0);
            long off = 0;
            for (INDArray p : theirs) {
                p.subi(flat.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(off, off + p.length())).reshape(p.shape()));
                off += p.length();
            }
            for (int k = 0; k < mine.size(); k++) {
                // exactly: INDArray.equals allows differences up to 1e-5
                assertArrayEquals(bits(theirs.get(k)), bits(mine.get(k)), "array " + k + " after step " + (step + 1));
            }
        }
        assertEquals(STEPS, adam.steps());
    }

    private static long[] bits(INDArray a) {
        return java.util.Arrays.stream(a.dup().ravel().toDoubleVector()).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
