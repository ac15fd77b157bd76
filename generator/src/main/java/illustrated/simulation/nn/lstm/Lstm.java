package illustrated.simulation.nn.lstm;

import static illustrated.simulation.nn.lstm.LstmWeights.F;
import static illustrated.simulation.nn.lstm.LstmWeights.I;
import static illustrated.simulation.nn.lstm.LstmWeights.O;
import static illustrated.simulation.nn.lstm.LstmWeights.Z;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
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

    /** Everything the backward pass needs from the forward pass. */
    public record Trace(LstmWeights weights, INDArray x, INDArray act, INDArray c, INDArray tanhC, INDArray y) {
        /** Sequence length T. */
        public int steps() {
            return (int) x.size(0);
        }

        public int batch() {
            return (int) x.size(1);
        }

        /** Block outputs y(1..T), {@code [T, B, H]} (a view). */
        public INDArray outputs() {
            return y.get(NDArrayIndex.interval(1, steps() + 1), NDArrayIndex.all(), NDArrayIndex.all());
        }

        /** Cell states c(1..T), {@code [T, B, H]} (a view). */
        public INDArray cells() {
            return c.get(NDArrayIndex.interval(1, steps() + 1), NDArrayIndex.all(), NDArrayIndex.all());
        }

        /** Activations of gate {@code gate} (z, i, f or o) for all steps, {@code [T, B, H]} (a view). */
        public INDArray gate(int gate) {
            long h = weights.hidden();
            return act.get(NDArrayIndex.all(), NDArrayIndex.all(), LstmWeights.block(gate, h));
        }

        /** Output at the last step, {@code [B, H]}. */
        public INDArray last() {
            return y.slice(steps());
        }
    }

    /** Gradients of a loss with respect to the weights, the inputs and the initial state. */
    public record Gradients(INDArray w, INDArray r, INDArray b, INDArray p, INDArray x, INDArray y0, INDArray c0) {
        /** In the order of {@link LstmWeights#trainable()}. */
        public java.util.List<INDArray> trainable(boolean peepholes) {
            return peepholes ? java.util.List.of(w, r, b, p) : java.util.List.of(w, r, b);
        }
    }

    /** Forward pass from a zero initial state. */
    public static Trace forward(LstmWeights wt, INDArray x) {
        return forward(wt, x, null, null);
    }

    /**
     * Forward pass over {@code x} ({@code [T, B, n]}) from initial output {@code y0} and cell
     * {@code c0} ({@code [B, H]}, null for zero).
     */
    public static Trace forward(LstmWeights wt, INDArray x, INDArray y0, INDArray c0) {
        int steps = (int) x.size(0);
        int batch = (int) x.size(1);
        int n = (int) x.size(2);
        int h = wt.hidden();
        if (n != wt.inputs()) {
            throw new IllegalArgumentException("input has " + n + " features but the LSTM expects " + wt.inputs());
        }
        // pre-activations of all gates, first the input part for all steps at once: x W + b
        INDArray act = Nd4j.gemm(x.reshape(steps * (long) batch, n), wt.w(), false, false)
                .addiRowVector(wt.b()).reshape(steps, batch, 4L * h);
        INDArray c = Nd4j.zeros(steps + 1, batch, h);
        INDArray y = Nd4j.zeros(steps + 1, batch, h);
        INDArray tanhC = Nd4j.create(steps, batch, h);
        if (y0 != null) {
            y.slice(0).assign(y0);
        }
        if (c0 != null) {
            c.slice(0).assign(c0);
        }
        INDArray pIf = wt.p().get(NDArrayIndex.interval(0, 2), NDArrayIndex.all()).reshape(1, 2, h);
        INDArray pO = wt.p().getRow(2).reshape(1, h);
        INDArray tmp = Nd4j.create(batch, h);
        org.nd4j.linalg.indexing.INDArrayIndex all = NDArrayIndex.all();
        for (int t = 0; t < steps; t++) {
            INDArray a = act.slice(t);
            INDArray yPrev = y.slice(t);
            INDArray cPrev = c.slice(t);
            INDArray ct = c.slice(t + 1);
            // a += y(t-1) R
            Nd4j.gemm(yPrev, wt.r(), a, false, false, 1.0, 1.0);
            INDArray z = a.get(all, LstmWeights.block(Z, h));
            INDArray i = a.get(all, LstmWeights.block(I, h));
            INDArray f = a.get(all, LstmWeights.block(F, h));
            INDArray o = a.get(all, LstmWeights.block(O, h));
            if (wt.peepholes()) {
                // i-bar, f-bar += p_i, p_f (.) c(t-1)
                INDArray ifBar = a.reshape(batch, 4, h).get(all, NDArrayIndex.interval(I, F + 1), all);
                ifBar.addi(cPrev.reshape(batch, 1, h).mul(pIf));
                Nd4j.exec(new Sigmoid(ifBar, ifBar));
            } else {
                INDArray ifo = a.get(all, NDArrayIndex.interval(I * (long) h, 4L * h));
                Nd4j.exec(new Sigmoid(ifo, ifo));
            }
            Nd4j.exec(new Tanh(z, z));
            // c(t) = z (.) i + c(t-1) (.) f
            Nd4j.exec(new MulOp(z, i, ct));
            Nd4j.exec(new MulOp(cPrev, f, tmp));
            ct.addi(tmp);
            if (wt.peepholes()) {
                // the output gate looks at the NEW cell: o-bar += p_o (.) c(t)
                o.addi(ct.mulRowVector(pO));
                Nd4j.exec(new Sigmoid(o, o));
            }
            INDArray tc = tanhC.slice(t);
            Nd4j.exec(new Tanh(ct, tc));
            Nd4j.exec(new MulOp(o, tc, y.slice(t + 1)));
        }
        return new Trace(wt, x, act, c, tanhC, y);
    }

    /**
     * Back-propagation through time. {@code dy} holds Delta(t) = dL/dy(t) coming from above
     * ({@code [T, B, H]}; null rows count as zero when {@code dyLast} is used instead).
     */
    public static Gradients backward(Trace tr, INDArray dy) {
        return run(tr, dy.dup());
    }

    /** Back-propagation when the loss only sees the last output: Delta(T) = {@code dyLast}. */
    public static Gradients backwardFromLast(Trace tr, INDArray dyLast) {
        INDArray dy = Nd4j.zeros(tr.steps(), tr.batch(), tr.weights().hidden());
        dy.slice(tr.steps() - 1).assign(dyLast);
        return run(tr, dy);
    }

    /** {@code dyBuf} is overwritten: on return row t holds the full delta y(t). */
    private static Gradients run(Trace tr, INDArray dyBuf) {
        LstmWeights wt = tr.weights();
        int steps = tr.steps();
        int batch = tr.batch();
        int h = wt.hidden();
        int n = wt.inputs();
        org.nd4j.linalg.indexing.INDArrayIndex all = NDArrayIndex.all();
        INDArray act = tr.act();
        INDArray zA = tr.gate(Z);
        INDArray iA = tr.gate(I);
        INDArray fA = tr.gate(F).dup();
        INDArray oA = tr.gate(O);
        INDArray cPrevAll = tr.c().get(NDArrayIndex.interval(0, steps), all, all);
        INDArray tc = tr.tanhC();

        // Factors that do not depend on the recursion, for all steps at once:
        // k_o = h(c) (.) sigma'(o-bar);  k_c = o (.) h'(c);  k_z = i (.) g'(z-bar);
        // k_i = z (.) sigma'(i-bar);  k_f = c(t-1) (.) sigma'(f-bar)
        INDArray kO = oA.rsub(1.0).muli(oA).muli(tc);
        INDArray kC = tc.mul(tc).rsubi(1.0).muli(oA);
        INDArray kZif = Nd4j.create(steps, batch, 3, h);
        kZif.get(all, all, NDArrayIndex.point(0), all).assign(zA.mul(zA).rsubi(1.0).muli(iA));
        kZif.get(all, all, NDArrayIndex.point(1), all).assign(iA.rsub(1.0).muli(iA).muli(zA));
        kZif.get(all, all, NDArrayIndex.point(2), all).assign(fA.rsub(1.0).muli(fA).muli(cPrevAll));

        INDArray dAct = Nd4j.create(steps, batch, 4L * h);
        INDArray pIf = wt.p().get(NDArrayIndex.interval(0, 2), all).reshape(1, 2, h);
        INDArray pO = wt.p().getRow(2).reshape(1, h);
        INDArray carry = Nd4j.zeros(batch, h);
        INDArray dc = Nd4j.create(batch, h);
        INDArray dy0 = Nd4j.zeros(batch, h);
        for (int t = steps - 1; t >= 0; t--) {
            INDArray da = dAct.slice(t);
            INDArray dyt = dyBuf.slice(t);
            if (t < steps - 1) {
                // delta y(t) = Delta(t) + sum_* R_*^T delta *-bar(t+1)
                Nd4j.gemm(dAct.slice(t + 1), wt.r(), dyt, false, true, 1.0, 1.0);
            }
            INDArray dO = da.get(all, LstmWeights.block(O, h));
            // delta o-bar(t) = delta y(t) (.) h(c(t)) (.) sigma'(o-bar(t))
            Nd4j.exec(new MulOp(dyt, kO.slice(t), dO));
            // delta c(t) = delta y (.) o (.) h'(c) + p_o (.) delta o-bar + [carry from t+1]
            Nd4j.exec(new MulOp(dyt, kC.slice(t), dc));
            if (wt.peepholes()) {
                dc.addi(dO.mulRowVector(pO));
            }
            dc.addi(carry);
            // delta z-bar, i-bar, f-bar (t) = delta c(t) (.) k_{z,i,f}(t), one broadcast product
            INDArray dZif = da.reshape(batch, 4, h).get(all, NDArrayIndex.interval(0, 3), all);
            Nd4j.exec(new MulOp(new INDArray[] {kZif.slice(t), dc.reshape(batch, 1, h)}, new INDArray[] {dZif}));
            // carry to t-1: delta c(t) (.) f(t) + p_i (.) delta i-bar(t) + p_f (.) delta f-bar(t)
            Nd4j.exec(new MulOp(dc, fA.slice(t), carry));
            if (wt.peepholes()) {
                INDArray dIf = da.reshape(batch, 4, h).get(all, NDArrayIndex.interval(I, F + 1), all);
                carry.addi(dIf.mul(pIf).sum(1));
            }
        }
        // delta y(0) and delta c(0): what flows into the initial state
        Nd4j.gemm(dAct.slice(0), wt.r(), dy0, false, true, 1.0, 0.0);
        INDArray dc0 = carry.dup();

        long rows = steps * (long) batch;
        INDArray dA2 = dAct.reshape(rows, 4L * h);
        INDArray x2 = tr.x().reshape(rows, n);
        INDArray yPrev2 = tr.y().get(NDArrayIndex.interval(0, steps), all, all).reshape(rows, h);
        INDArray dW = Nd4j.gemm(x2, dA2, true, false);
        INDArray dR = Nd4j.gemm(yPrev2, dA2, true, false);
        INDArray db = dA2.sum(true, 0);
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
