package illustrated.simulation.nn.lstm;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The adding problem (Hochreiter and Schmidhuber 1997, in the common two-channel form): each step
 * carries a number drawn from U(0, 1) and a marker; exactly two steps are marked, one in the first
 * half of the sequence and one in the second, and the target is the sum of the two marked numbers.
 * Always answering the mean, 1, gives an MSE of Var(U1 + U2) = 2/12 = 1/6.
 */
public final class AddingProblem {
    private AddingProblem() {
    }

    /** A minibatch: inputs {@code [T, B, 2]}, targets {@code [B, 1]}, marker positions per sequence. */
    public record Batch(INDArray x, INDArray target, int[] first, int[] second) {
    }

    /** Draws {@code batch} sequences of length {@code steps} (values from {@code rng}, positions from {@code pos}). */
    public static Batch sample(int steps, int batch, Random rng, SplittableRandom pos) {
        if (steps < 2) {
            throw new IllegalArgumentException("steps must be at least 2, got " + steps);
        }
        INDArray x = Nd4j.zeros(steps, batch, 2);
        INDArray values = Nd4j.rand(new long[] {steps, batch}, 0.0, 1.0, rng);
        x.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.point(0)).assign(values);
        INDArray target = Nd4j.create(batch, 1);
        int[] first = new int[batch];
        int[] second = new int[batch];
        int half = steps / 2;
        for (int b = 0; b < batch; b++) {
            first[b] = pos.nextInt(half);
            second[b] = half + pos.nextInt(steps - half);
            x.putScalar(new long[] {first[b], b, 1}, 1.0);
            x.putScalar(new long[] {second[b], b, 1}, 1.0);
            target.putScalar(b, 0, values.getDouble(first[b], b) + values.getDouble(second[b], b));
        }
        return new Batch(x, target, first, second);
    }
}
