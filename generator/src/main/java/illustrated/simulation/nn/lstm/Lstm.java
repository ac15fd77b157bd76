package illustrated.simulation.nn.lstm;

import static illustrated.simulation.nn.lstm.LstmWeights.F;
import static illustrated.simulation.nn.lstm.LstmWeights.I;
import static illustrated.simulation.nn.lstm.LstmWeights.O;
import static illustrated.simulation.nn.lstm.LstmWeights.Z;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.same.OneMinus;
import org.nd4j.linalg.api.ops.impl.transforms.same.Square;
import org.nd4j.linalg.api.ops.impl.transforms.same.TimesOneMinus;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A hand-written LSTM layer on ND4J: the forward pass and back-propagation through time of Greff et
 * al. (2017), with optional peepholes ({@code p_i}, {@code p_f} look at c(t-1); {@code p_o} looks
 * at the new cell c(t)).
 *
 * <p>Layout: a sequence minibatch is {@code [T, B, n]} (time, batch, features), c-ordered, so each
 * time step is a contiguous {@code [B, n]} matrix. Work that does not depend on the recursion (the
 * input products {@code x W} for all steps, the derivative factors of the activations, the weight
 * gradients) is done once for the whole sequence; only what must be sequential runs per step.
 */
public final class Lstm {
    private Lstm() {
    }

    /**
     * Everything the backward pass needs from the forward pass. When the pass ran on reused
     * buffers it is valid until the next pass on them.
     */
    public static final class Trace {
        private final LstmWeights weights;
        private final INDArray x;
        private final LstmBuffers buf;

        Trace(LstmWeights weights, INDArray x, LstmBuffers buf) {
            this.weights = weights;
            this.x = x;
            this.buf = buf;
        }

        public LstmWeights weights() {
            return weights;
        }

        public INDArray x() {
            return x;
        }

        /** Sequence length T. */
        public int steps() {
            return buf.steps;
        }

        public int batch() {
            return buf.batch;
        }

        /** Block outputs y(1..T), {@code [T, B, H]} (a view). */
        public INDArray outputs() {
            return buf.y.get(NDArrayIndex.interval(1, steps() + 1), NDArrayIndex.all(), NDArrayIndex.all());
        }

        /** Cell states c(1..T), {@code [T, B, H]} (a view). */
        public INDArray cells() {
            return buf.c.get(NDArrayIndex.interval(1, steps() + 1), NDArrayIndex.all(), NDArrayIndex.all());
        }

        /** Activations of gate {@code gate} (z, i, f or o) for all steps, {@code [T, B, H]} (a view). */
        public INDArray gate(int gate) {
            long h = weights.hidden();
            return buf.act.get(NDArrayIndex.all(), NDArrayIndex.all(), LstmWeights.block(gate, h));
        }

        /** Output at the last step, {@code [B, H]}. */
        public INDArray last() {
            return buf.yT[steps()];
        }

        LstmBuffers buffers() {
            return buf;
        }
    }

    /** Gradients of a loss with respect to the weights, the inputs and the initial state. */
    public record Gradients(INDArray w, INDArray r, INDArray b, INDArray p, INDArray x, INDArray y0, INDArray c0) {
        /** In the order of {@link LstmWeights#trainable()}. */
        public java.util.List<INDArray> trainable(boolean peepholes) {
            return peepholes ? java.util.List.of(w, r, b, p) : java.util.List.of(w, r, b);
        }
    }

    /** Forward pass from a zero initial state, on fresh buffers. */
    public static Trace forward(LstmWeights wt, INDArray x) {
        return forward(wt, x, null, null, null);
    }

    /**
     * Forward pass over {@code x} ({@code [T, B, n]}) from initial output {@code y0} and cell
     * {@code c0} ({@code [B, H]}, null for zero), on {@code reuse} when it fits (else fresh buffers).
     */
    static Trace forward(LstmWeights wt, INDArray x, INDArray y0, INDArray c0, LstmBuffers reuse) {
        int steps = (int) x.size(0);
        int batch = (int) x.size(1);
        int n = (int) x.size(2);
        int h = wt.hidden();
        if (n != wt.inputs()) {
            throw new IllegalArgumentException("input has " + n + " features but the LSTM expects " + wt.inputs());
        }
        LstmBuffers b = reuse != null && reuse.fits(steps, batch, n, h) ? reuse : new LstmBuffers(steps, batch, n, h);
        // pre-activations of all gates, first the input part for all steps at once: x W + b
        Nd4j.gemm(x.reshape(steps * (long) batch, n), wt.w(), b.act.reshape(steps * (long) batch, 4L * h), false,
                false, 1.0, 0.0);
        b.act.reshape(steps * (long) batch, 4L * h).addiRowVector(wt.b());
        if (y0 != null) {
            b.yT[0].assign(y0);
        } else {
            b.yT[0].assign(0.0);
        }
        if (c0 != null) {
            b.cT[0].assign(c0);
        } else {
            b.cT[0].assign(0.0);
        }
        INDArray pIf = wt.p().get(NDArrayIndex.interval(0, 2), NDArrayIndex.all()).reshape(1, 2, h);
        INDArray pO = wt.p().getRow(2).reshape(1, h);
        for (int t = 0; t < steps; t++) {
            INDArray cPrev = b.cT[t];
            INDArray ct = b.cT[t + 1];
            // a += y(t-1) R
            Nd4j.gemm(b.yT[t], wt.r(), b.actT[t], false, false, 1.0, 1.0);
            if (wt.peepholes()) {
                // i-bar, f-bar += p_i, p_f (.) c(t-1)
                INDArray ifBar = b.ifT[t];
                ifBar.addi(cPrev.reshape(batch, 1, h).mul(pIf));
                Nd4j.exec(new Sigmoid(ifBar, ifBar));
            } else {
                Nd4j.exec(new Sigmoid(b.ifoT[t], b.ifoT[t]));
            }
            INDArray z = b.zT[t];
            Nd4j.exec(new Tanh(z, z));
            // c(t) = z (.) i + c(t-1) (.) f
            b.ops.mul(z, b.iT[t], ct);
            b.ops.mul(cPrev, b.fT[t], b.tmp);
            b.ops.add(ct, b.tmp, ct);
            INDArray o = b.oT[t];
            if (wt.peepholes()) {
                // the output gate looks at the NEW cell: o-bar += p_o (.) c(t)
                o.addi(ct.mulRowVector(pO));
                Nd4j.exec(new Sigmoid(o, o));
            }
            INDArray tc = b.tanhCT[t];
            Nd4j.exec(new Tanh(ct, tc));
            b.ops.mul(o, tc, b.yT[t + 1]);
        }
        return new Trace(wt, x, b);
    }

    /**
     * Back-propagation through time. {@code dy} holds Delta(t) = dL/dy(t) coming from above,
     * {@code [T, B, H]}.
     */
    public static Gradients backward(Trace tr, INDArray dy) {
        tr.buffers().dy.assign(dy);
        return run(tr);
    }

    /** Back-propagation when the loss only sees the last output: Delta(T) = {@code dyLast}. */
    public static Gradients backwardFromLast(Trace tr, INDArray dyLast) {
        LstmBuffers b = tr.buffers();
        b.dy.assign(0.0);
        b.dyT[tr.steps() - 1].assign(dyLast);
        return run(tr);
    }

    /** {@code out = 1 - x^2} (the derivative of tanh, from its value); returns {@code out}. */
    private static INDArray oneMinusSquare(INDArray x, INDArray out) {
        Nd4j.exec(new Square(x, out));
        Nd4j.exec(new OneMinus(out, out));
        return out;
    }

    /** The buffers' {@code dy} holds Delta(t); on return row t holds the full delta y(t). */
    private static Gradients run(Trace tr) {
        LstmWeights wt = tr.weights();
        LstmBuffers b = tr.buffers();
        int steps = tr.steps();
        int batch = tr.batch();
        int h = wt.hidden();
        int n = wt.inputs();
        org.nd4j.linalg.indexing.INDArrayIndex all = NDArrayIndex.all();
        INDArray zA = tr.gate(Z);
        INDArray iA = tr.gate(I);
        INDArray fA = tr.gate(F);
        INDArray oA = tr.gate(O);
        INDArray cPrevAll = b.c.get(NDArrayIndex.interval(0, steps), all, all);
        INDArray tc = b.tanhC;

        // Factors that do not depend on the recursion, for all steps at once:
        // k_o = h(c) (.) sigma'(o-bar);  k_c = o (.) h'(c);  k_z = i (.) g'(z-bar);
        // k_i = z (.) sigma'(i-bar);  k_f = c(t-1) (.) sigma'(f-bar)
        // (written into the buffers; s(1 - s) and 1 - x^2 are single ND4J operations)
        Nd4j.exec(new TimesOneMinus(oA, b.kO));
        b.kO.muli(tc);
        oneMinusSquare(tc, b.kC).muli(oA);
        oneMinusSquare(zA, b.kZ).muli(iA);
        Nd4j.exec(new TimesOneMinus(iA, b.kI));
        b.kI.muli(zA);
        Nd4j.exec(new TimesOneMinus(fA, b.kF));
        b.kF.muli(cPrevAll);

        INDArray pIf = wt.p().get(NDArrayIndex.interval(0, 2), all).reshape(1, 2, h);
        INDArray pO = wt.p().getRow(2).reshape(1, h);
        INDArray carry = b.carry.assign(0.0);
        INDArray dc = b.dc;
        for (int t = steps - 1; t >= 0; t--) {
            INDArray dyt = b.dyT[t];
            if (t < steps - 1) {
                // delta y(t) = Delta(t) + sum_* R_*^T delta *-bar(t+1)
                Nd4j.gemm(b.dActT[t + 1], wt.r(), dyt, false, true, 1.0, 1.0);
            }
            INDArray dO = b.dOT[t];
            // delta o-bar(t) = delta y(t) (.) h(c(t)) (.) sigma'(o-bar(t))
            b.ops.mul(dyt, b.kOT[t], dO);
            // delta c(t) = delta y (.) o (.) h'(c) + p_o (.) delta o-bar + [carry from t+1]
            b.ops.mul(dyt, b.kCT[t], dc);
            if (wt.peepholes()) {
                dc.addi(dO.mulRowVector(pO));
            }
            b.ops.add(dc, carry, dc);
            // delta z-bar, i-bar, f-bar (t) = delta c(t) (.) k_{z,i,f}(t), one broadcast product
            b.ops.mul(b.kZifT[t], b.dcB, b.dZifT[t]);
            // carry to t-1: delta c(t) (.) f(t) + p_i (.) delta i-bar(t) + p_f (.) delta f-bar(t)
            b.ops.mul(dc, b.fT[t], carry);
            if (wt.peepholes()) {
                carry.addi(b.dIfT[t].mul(pIf).sum(1));
            }
        }
        INDArray dAct = b.dAct;
        INDArray dy0 = Nd4j.create(batch, h);
        // delta y(0) and delta c(0): what flows into the initial state
        Nd4j.gemm(dAct.slice(0), wt.r(), dy0, false, true, 1.0, 0.0);
        INDArray dc0 = carry.dup();

        long rows = steps * (long) batch;
        INDArray dA2 = dAct.reshape(rows, 4L * h);
        INDArray x2 = tr.x().reshape(rows, n);
        INDArray yPrev2 = b.y.get(NDArrayIndex.interval(0, steps), all, all).reshape(rows, h);
        INDArray dW = Nd4j.gemm(x2, dA2, true, false);
        INDArray dR = Nd4j.gemm(yPrev2, dA2, true, false);
        // the bias gradient, a column sum, as a matrix product: ND4J's sum along the first axis is far slower
        INDArray db = Nd4j.gemm(b.ones, dA2, true, false);
        INDArray dx = Nd4j.gemm(dA2, wt.w(), false, true).reshape(steps, batch, n);
        INDArray dp = Nd4j.zeros(3, h);
        if (wt.peepholes()) {
            INDArray cPrev2 = cPrevAll.reshape(rows, h);
            INDArray c2 = tr.cells().reshape(rows, h);
            // delta p_i = sum_t c(t-1) (.) delta i-bar(t); p_f likewise; p_o uses the new cell c(t)
            dp.putRow(0, cPrev2.mul(dA2.get(all, LstmWeights.block(I, h))).sum(0));
            dp.putRow(1, cPrev2.mul(dA2.get(all, LstmWeights.block(F, h))).sum(0));
            dp.putRow(2, c2.mul(dA2.get(all, LstmWeights.block(O, h))).sum(0));
        }
        return new Gradients(dW, dR, db, dp, dx, dy0, dc0);
    }

}
