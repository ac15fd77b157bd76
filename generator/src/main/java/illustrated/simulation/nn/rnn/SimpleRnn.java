package illustrated.simulation.nn.rnn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Goodfellow's simple RNN written by hand on ND4J: the forward pass of eq. 10.8–10.11 and
 * back-propagation through time exactly as eq. 10.16–10.28. Column-vector convention: a batch of
 * sequences sits side by side as columns.
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
        long batch = inputs.get(0).columns();
        if (h0.rows() != p.hidden() || h0.columns() != batch) {
            throw new IllegalArgumentException("h0 must be [" + p.hidden() + " x " + batch + "], got "
                    + RnnParameters.shape(h0));
        }
        List<INDArray> hidden = new ArrayList<>(inputs.size() + 1);
        List<INDArray> probs = new ArrayList<>(inputs.size());
        double[] losses = new double[inputs.size()];
        hidden.add(h0);
        INDArray h = h0;
        for (int t = 0; t < inputs.size(); t++) {
            INDArray x = inputs.get(t);
            if (x.rows() != p.inputs() || x.columns() != batch) {
                throw new IllegalArgumentException("x at step " + t + " must be [" + p.inputs() + " x " + batch
                        + "], got " + RnnParameters.shape(x));
            }
            INDArray a = p.W().mmul(h).addi(p.U().mmul(x)).addiColumnVector(p.b()); // eq. 10.8
            h = Transforms.tanh(a, false);                                          // eq. 10.9
            INDArray o = p.V().mmul(h).addiColumnVector(p.c());                     // eq. 10.10
            INDArray logProbs = logSoftmax(o);                                      // eq. 10.11 (log)
            hidden.add(h);
            probs.add(Transforms.exp(logProbs, true));
            losses[t] = -logProbs.mul(targets.get(t)).sumNumber().doubleValue();
        }
        return new ForwardCache(inputs, targets, hidden, probs, losses);
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
        int hid = p.hidden();
        long batch = cache.batch();
        INDArray dU = Nd4j.zeros(p.U().shape());
        INDArray dV = Nd4j.zeros(p.V().shape());
        INDArray dW = Nd4j.zeros(p.W().shape());
        INDArray db = Nd4j.zeros(hid, 1);
        INDArray dc = Nd4j.zeros(p.outputs(), 1);
        INDArray fromFuture = Nd4j.zeros(hid, batch); // W^T diag(1 − h(t+1)^2) ∇_{h(t+1)} L
        INDArray[] dh = new INDArray[to - from];
        for (int t = to - 1; t >= from; t--) {
            INDArray h = cache.hidden().get(t + 1);
            INDArray hPrev = cache.hidden().get(t);
            INDArray dO = cache.probs().get(t).sub(cache.targets().get(t));    // eq. 10.18
            INDArray dH = p.V().transpose().mmul(dO).addi(fromFuture);          // eq. 10.19–10.21
            INDArray dA = dH.mul(h.mul(h).rsubi(1.0));                          // diag(1 − h^2) ∇_h L
            dc.addi(dO.sum(true, 1));                                           // eq. 10.22
            db.addi(dA.sum(true, 1));                                           // eq. 10.23
            dV.addi(dO.mmul(h.transpose()));                                    // eq. 10.24
            dW.addi(dA.mmul(hPrev.transpose()));                                // eq. 10.26
            dU.addi(dA.mmul(cache.inputs().get(t).transpose()));                // eq. 10.28
            fromFuture = p.W().transpose().mmul(dA);
            dh[t - from] = dH;
        }
        if (hiddenErrors != null) {
            hiddenErrors.addAll(List.of(dh));
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
        INDArray wT = p.W().transpose();
        for (int tau = 0; tau < n; tau++) {
            INDArray dO = cache.probs().get(tau).sub(cache.targets().get(tau));
            INDArray dH = vT.mmul(dO);
            out[tau][tau] = dH;
            for (int t = tau - 1; t >= 0; t--) {
                INDArray h = cache.hidden().get(t + 2); // h at step t+1 (0-based), the step after t
                dH = wT.mmul(dH.mul(h.mul(h).rsubi(1.0)));
                out[tau][t] = dH;
            }
        }
        return out;
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
