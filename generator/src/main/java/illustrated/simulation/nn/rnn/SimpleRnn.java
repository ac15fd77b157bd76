package illustrated.simulation.nn.rnn;

import illustrated.simulation.nn.PairwiseOps;
import illustrated.simulation.nn.TanhRnn;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Goodfellow's simple RNN written by hand on ND4J: the forward pass of eq. 10.8–10.11 and
 * back-propagation through time exactly as eq. 10.16–10.28, its recurrence the site's one tanh RNN
 * ({@link TanhRnn}) with a softmax head. Column-vector convention: a batch of sequences sits side by side
 * as columns (views of the recurrence's rows).
 *
 * <pre>
 *   a(t) = b + W h(t−1) + U x(t)        h(t) = tanh a(t)
 *   o(t) = c + V h(t)                   ŷ(t) = softmax o(t)
 *   L    = −Σ_t log ŷ(t)_{y(t)}
 * </pre>
 *
 * Stateless: every method is a pure function of its arguments.
 */
public final class SimpleRnn {
    private SimpleRnn() {
    }

    /**
     * Runs the network over a sequence.
     *
     * @param p       parameters
     * @param inputs  x(1) … x(T), each [input × batch]
     * @param targets one-hot y(1) … y(T), each [output × batch]
     * @param h0      the initial state h(0), [hidden × batch]
     */
    public static ForwardCache forward(RnnParameters p, List<INDArray> inputs, List<INDArray> targets, INDArray h0) {
        if (inputs.isEmpty() || inputs.size() != targets.size()) {
            throw new IllegalArgumentException("need as many targets as inputs (and at least one): got "
                    + inputs.size() + " inputs and " + targets.size() + " targets");
        }
        int n = inputs.size();
        long batch = inputs.get(0).columns();
        if (h0.rows() != p.hidden() || h0.columns() != batch) {
            throw new IllegalArgumentException("h0 must be [" + p.hidden() + " x " + batch + "], got "
                    + RnnParameters.shape(h0));
        }
        for (int t = 0; t < n; t++) {
            INDArray x = inputs.get(t);
            if (x.rows() != p.inputs() || x.columns() != batch) {
                throw new IllegalArgumentException("x at step " + t + " must be [" + p.inputs() + " x " + batch
                        + "], got " + RnnParameters.shape(x));
            }
        }
        // the recurrence is the site's one tanh RNN, which keeps a batch as rows: x(t)ᵀ Uᵀ + bᵀ, h(t)ᵀ = tanh(...
        // + h(t−1)ᵀ Wᵀ); the columns of this class are transposed views of its rows
        INDArray x = hstack(inputs).transpose().dup('c').reshape(n, batch, p.inputs());
        INDArray pre = TanhRnn.inputTerm(x, p.U().transpose().dup('c'), p.b().reshape(1, p.hidden()));   // eq. 10.8
        INDArray states = TanhRnn.states(pre, p.W().transpose().dup('c'), h0.transpose());             // eq. 10.9
        pre.close();
        List<INDArray> hidden = new ArrayList<>(n + 1);
        for (int t = 0; t <= n; t++) {
            hidden.add(states.slice(t).transpose());
        }
        INDArray o = p.V().mmul(hstack(hidden.subList(1, n + 1))).addiColumnVector(p.c()); // eq. 10.10
        INDArray logProbs = logSoftmax(o);                                                  // eq. 10.11 (log)
        INDArray probs = Transforms.exp(logProbs, true);
        double[] perColumn = logProbs.muli(hstack(targets)).sum(0).toDoubleVector();
        double[] losses = new double[n];
        List<INDArray> probList = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < batch; j++) {
                losses[t] -= perColumn[(int) (t * batch + j)];
            }
            probList.add(columns(probs, t, batch));
        }
        return new ForwardCache(inputs, targets, hidden, probList, losses, states);
    }

    /** Full back-propagation through time over the whole cached sequence. */
    public static Gradients backward(RnnParameters p, ForwardCache cache) {
        return backwardWindow(p, cache, 0, cache.steps(), null);
    }

    /**
     * Truncated BPTT: the sequence is cut into chunks of {@code k} steps and the error does not
     * flow back across a chunk boundary; the gradient is the sum of the chunks' gradients. With
     * {@code k ≥ T} it is exactly full BPTT.
     */
    public static Gradients backwardTruncated(RnnParameters p, ForwardCache cache, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("truncation length k must be at least 1, got " + k);
        }
        Gradients sum = null;
        for (int from = 0; from < cache.steps(); from += k) {
            Gradients g = backwardWindow(p, cache, from, Math.min(cache.steps(), from + k), null);
            sum = sum == null ? g : sum.plus(g);
        }
        return sum;
    }

    /**
     * BPTT over steps {@code [from, to)} (0-based) with no error entering from beyond {@code to}.
     * If {@code hiddenErrors} is not null it receives ∇_{h(t)} L for t = from … to−1 (in order).
     */
    static Gradients backwardWindow(RnnParameters p, ForwardCache cache, int from, int to,
            List<INDArray> hiddenErrors) {
        long batch = cache.batch();
        int n = to - from;
        // Output-side errors of every step at once: (∇_{o(t)} L)_i = ŷ(t)_i − 1{i = y(t)}    eq. 10.18
        // sub, not subi: with one step, hstack hands back the cached array itself
        INDArray dO = hstack(cache.probs().subList(from, to)).sub(hstack(cache.targets().subList(from, to)));
        INDArray fromOutput = p.V().transpose().mmul(dO);                 // V^T ∇_{o(t)} L, all t
        // the shared BPTT (eq. 10.20–10.21), in rows: ∇_{h(t)} L = (V^T ∇_{o(t)} L)ᵀ + (W^T ∇_{a(t+1)} L)ᵀ
        INDArray slopes = TanhRnn.slopes(cache.states(), from, to);      // 1 − h(t)^2 = tanh'(a(t))
        List<INDArray> dhRows = hiddenErrors == null ? null : new ArrayList<>();
        INDArray da = TanhRnn.backward(slopes, p.W().transpose().dup('c'),
                i -> columns(fromOutput, i, batch).transpose(), new PairwiseOps(), dhRows);
        INDArray hPrev = cache.states().get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all());
        INDArray xs = hstack(cache.inputs().subList(from, to)).transpose();
        // The sums over t of eq. 10.22–10.28 as products of the stacked columns.
        INDArray hs = hstack(cache.hidden().subList(from + 1, to + 1));   // h(t)
        INDArray dc = dO.sum(true, 1);                                                    // eq. 10.22
        INDArray db = da.reshape((long) n * batch, p.hidden()).transpose().dup('c').sum(true, 1); // eq. 10.23
        INDArray dV = dO.mmul(hs.transpose());                                            // eq. 10.24
        INDArray dW = TanhRnn.weightGradient(hPrev, da).transpose();                     // eq. 10.26
        INDArray dU = TanhRnn.weightGradient(xs, da).transpose();                        // eq. 10.28
        if (hiddenErrors != null) {
            for (int i = dhRows.size() - 1; i >= 0; i--) {
                hiddenErrors.add(dhRows.get(i).transpose());
            }
        }
        return new Gradients(dU, dV, dW, db, dc);
    }

    /** ∇_{h(t)} L for every step (eq. 10.20–10.21), from full BPTT. */
    public static List<INDArray> hiddenErrors(RnnParameters p, ForwardCache cache) {
        List<INDArray> out = new ArrayList<>();
        backwardWindow(p, cache, 0, cache.steps(), out);
        return out;
    }

    /**
     * How the error at each output time feeds each hidden state: entry [τ][t] is ∂L(τ)/∂h(t) (an
     * array [hidden × batch]) for t ≤ τ, and null for t > τ (an output cannot depend on later states).
     * Summing over τ gives ∇_{h(t)} L of full BPTT.
     */
    public static INDArray[][] errorContributions(RnnParameters p, ForwardCache cache) {
        int n = cache.steps();
        INDArray[][] out = new INDArray[n][n];
        INDArray vT = p.V().transpose();
        INDArray r = p.W().transpose().dup('c');
        PairwiseOps ops = new PairwiseOps();
        for (int tau = 0; tau < n; tau++) {
            int last = tau;
            INDArray dH = vT.mmul(cache.probs().get(tau).sub(cache.targets().get(tau)));   // ∂L(τ)/∂h(τ)
            // the shared BPTT with the error of output τ alone: ∂L(τ)/∂h(t) for t = τ down to 0, in rows
            List<INDArray> rows = new ArrayList<>();
            TanhRnn.backward(TanhRnn.slopes(cache.states(), 0, tau + 1), r, t -> t == last ? dH.transpose() : null,
                    ops, rows);
            out[tau][tau] = dH;
            for (int t = tau - 1; t >= 0; t--) {
                out[tau][t] = rows.get(tau - t).transpose().dup('c');
            }
        }
        return out;
    }

    /** Columns of step {@code t} in an array of steps stacked side by side ({@code batch} columns each). */
    static INDArray columns(INDArray stacked, int t, long batch) {
        if (stacked.columns() == batch) {
            return stacked;
        }
        return stacked.get(NDArrayIndex.all(), NDArrayIndex.interval(t * batch, (t + 1) * batch));
    }

    /** Arrays of equal height side by side. */
    static INDArray hstack(List<INDArray> parts) {
        return parts.size() == 1 ? parts.get(0) : Nd4j.hstack(parts);
    }

    /** log softmax over each column, computed stably. */
    static INDArray logSoftmax(INDArray o) {
        INDArray shifted = o.subRowVector(o.max(0));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(0), false);
        return shifted.subiRowVector(logSum);
    }

    /** One-hot columns: {@code classes[j]} gives the hot row of column j. */
    public static INDArray oneHot(int[] classes, int size) {
        INDArray m = Nd4j.zeros(size, classes.length);
        for (int j = 0; j < classes.length; j++) {
            if (classes[j] < 0 || classes[j] >= size) {
                throw new IllegalArgumentException("class " + classes[j] + " outside 0.." + (size - 1));
            }
            m.putScalar(classes[j], j, 1.0);
        }
        return m;
    }
}
