package illustrated.simulation.nn;

import java.util.List;
import java.util.function.IntFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The tanh recurrence that every simple (Elman) RNN of the site runs, forward and backward through time,
 * written by hand on ND4J; the networks add their own output heads (softmax over characters, a linear
 * read-out at the last step, none for the Jacobian experiments).
 *
 * <pre>
 *   a(t) = x(t) W + h(t−1) R + b        h(t) = tanh a(t)
 * </pre>
 *
 * Layout: a minibatch of sequences is {@code [T, B, n]} (time, batch, features), c-ordered, one row per
 * sequence, so {@code W} is {@code [n, H]} and {@code R} is {@code [H, H]}; in Goodfellow's column-vector
 * notation W here is U transposed and R is W transposed. Work that does not depend on the recursion (the
 * input products of all steps, the derivatives of tanh, the weight gradients) is done once for the whole
 * sequence; only what must be sequential runs per step.
 */
public final class TanhRnn {
    private TanhRnn() {
    }

    /** x(t) W + b for every step at once, {@code [T, B, H]}: the part of a(t) that does not depend on the past. */
    public static INDArray inputTerm(INDArray x, INDArray w, INDArray b) {
        long steps = x.size(0);
        long batch = x.size(1);
        return Nd4j.gemm(x.reshape(steps * batch, x.size(2)), w, false, false).addiRowVector(b)
                .reshape(steps, batch, w.columns());
    }

    /**
     * Runs the recurrence: h(0 … T) as {@code [T+1, B, H]}.
     *
     * @param pre the input terms {@code [T, B, H]} ({@link #inputTerm}); overwritten with a(t)
     * @param r   recurrent weights {@code [H, H]} (c-ordered: the products then sum in one order)
     * @param h0  h(0) {@code [B, H]}, or null for zero
     */
    public static INDArray states(INDArray pre, INDArray r, INDArray h0) {
        int steps = (int) pre.size(0);
        INDArray hs = Nd4j.zeros(steps + 1, pre.size(1), pre.size(2));
        if (h0 != null) {
            hs.slice(0).assign(h0);
        }
        for (int t = 0; t < steps; t++) {
            INDArray a = pre.slice(t);
            Nd4j.gemm(hs.slice(t), r, a, false, false, 1.0, 1.0);
            Nd4j.exec(new Tanh(a, hs.slice(t + 1)));
        }
        return hs;
    }

    /**
     * tanh'(a(t)) = 1 − h(t)² for t = from+1 … to, {@code [to − from, B, H]}, from the states h(0 … T) (take the
     * steps from the whole array: ND4J 1.0.0-M2.1 can return an empty array for a time range of a time range).
     */
    public static INDArray slopes(INDArray hs, long from, long to) {
        INDArray next = hs.get(NDArrayIndex.interval(from + 1, to + 1), NDArrayIndex.all(), NDArrayIndex.all());
        return next.mul(next).rsubi(1.0);
    }

    /**
     * Back-propagation through time: ∂L/∂a(t) for t = 1 … T as {@code [T, B, H]}, from
     * <pre>
     *   ∂L/∂h(t) = e(t) + ∂L/∂a(t+1) Rᵀ        ∂L/∂a(t) = ∂L/∂h(t) ⊙ tanh'(a(t))
     * </pre>
     * with no error from beyond T.
     *
     * @param slopes       tanh'(a(t)) ({@link #slopes}), {@code [T, B, H]} (T: the steps back-propagated through)
     * @param r            recurrent weights {@code [H, H]}, c-ordered
     * @param outputError  e(t) = ∂L/∂h(t) through the outputs of step t (0-based), {@code [B, H]}, or null where
     *                     step t has no output; step T must have one
     * @param ops          the element-wise products (one reused native context per training)
     * @param hiddenErrors if not null, receives ∂L/∂h(t) for t = T down to 1 (copies)
     */
    public static INDArray backward(INDArray slopes, INDArray r, IntFunction<INDArray> outputError, PairwiseOps ops,
            List<INDArray> hiddenErrors) {
        int steps = (int) slopes.size(0);
        INDArray da = Nd4j.create(steps, slopes.size(1), slopes.size(2));
        INDArray dh = outputError.apply(steps - 1);
        if (dh == null) {
            throw new IllegalArgumentException("the last step must have an output error");
        }
        dh = dh.dup('c');
        for (int t = steps - 1; t >= 0; t--) {
            if (t < steps - 1) {
                INDArray e = outputError.apply(t);
                if (e != null) {
                    dh.addi(e);
                }
            }
            if (hiddenErrors != null) {
                hiddenErrors.add(dh.dup());
            }
            INDArray dat = da.slice(t);
            ops.mul(dh, slopes.slice(t), dat);
            if (t > 0) {
                // dh = ∂L/∂a(t) Rᵀ, written over the step's error: two operations per step, no allocation
                Nd4j.gemm(dat, r, dh, false, true, 1.0, 0.0);
            }
        }
        dh.close();
        return da;
    }

    /**
     * The gradient of a weight matrix that multiplies {@code in} (inputs x(t) for W, states h(t−1) for R):
     * Σ_t in(t)ᵀ ∂L/∂a(t), one product over all steps and sequences.
     *
     * @param in {@code [T, B, k]} (or already {@code [T·B, k]})
     * @param da {@code [T, B, H]}
     */
    public static INDArray weightGradient(INDArray in, INDArray da) {
        long rows = da.size(0) * da.size(1);
        return Nd4j.gemm(in.reshape(rows, in.length() / rows), da.reshape(rows, da.size(2)), true, false);
    }

    /**
     * Σ_t Σ_batch ∂L/∂a(t), {@code [1, H]}, as a product with a column of ones (ND4J's sum along the first axis
     * is slow); {@code ones} is {@code [T·B, 1]}.
     */
    public static INDArray biasGradient(INDArray da, INDArray ones) {
        long rows = da.size(0) * da.size(1);
        return Nd4j.gemm(ones, da.reshape(rows, da.size(2)), true, false);
    }
}
