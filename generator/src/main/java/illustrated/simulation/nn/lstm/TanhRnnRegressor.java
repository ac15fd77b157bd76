package illustrated.simulation.nn.lstm;

import illustrated.simulation.nn.PairwiseOps;
import illustrated.simulation.nn.TanhRnn;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The simple (Elman) RNN for comparison with the LSTM on the adding problem: the site's one tanh recurrence
 * ({@link TanhRnn}: {@code h(t) = tanh(x(t) W + h(t-1) R + b)}) read out linearly at the last step,
 * prediction {@code h(T) V + c}; hand-written BPTT. In Goodfellow's notation W here is U (input matrix)
 * and R is W (recurrent matrix).
 */
public final class TanhRnnRegressor implements SequenceRegressor {
    private final INDArray w;
    private final INDArray r;
    private final INDArray b;
    private final INDArray v;
    private final INDArray c;
    /** The element-wise products of the backward recursion, on one reused native context. */
    private final PairwiseOps ops = new PairwiseOps();
    /** A column of ones for the bias gradient's sum over steps and sequences (ND4J's sum along axis 0 is slow). */
    private INDArray ones;

    public TanhRnnRegressor(INDArray w, INDArray r, INDArray b, INDArray v, INDArray c) {
        this.w = w;
        this.r = r;
        this.b = b;
        this.v = v;
        this.c = c;
    }

    /** Input and output weights uniform in +-1/sqrt(fan-in), recurrent weights likewise. */
    public static TanhRnnRegressor init(int nIn, int hidden, Random rng) {
        double a = 1.0 / Math.sqrt(hidden);
        double ai = 1.0 / Math.sqrt(nIn);
        return new TanhRnnRegressor(Nd4j.rand(new long[] {nIn, hidden}, -ai, ai, rng),
                Nd4j.rand(new long[] {hidden, hidden}, -a, a, rng), Nd4j.zeros(1, hidden),
                Nd4j.rand(new long[] {hidden, 1}, -a, a, rng), Nd4j.zeros(1, 1));
    }

    @Override
    public List<INDArray> parameters() {
        return List.of(w, r, b, v, c);
    }

    /** Hidden states h(0..T), {@code [T+1, B, H]}, h(0) = 0. */
    public INDArray states(INDArray x) {
        INDArray pre = TanhRnn.inputTerm(x, w, b);
        INDArray hs = TanhRnn.states(pre, r, null);
        pre.close();
        return hs;
    }

    private INDArray ones(long rows) {
        if (ones == null || ones.rows() != rows) {
            ones = Nd4j.ones(rows, 1);
        }
        return ones;
    }

    @Override
    public INDArray predict(INDArray x) {
        INDArray hs = states(x);
        INDArray out = hs.slice(x.size(0)).mmul(v).addiRowVector(c);
        hs.close();
        return out;
    }

    @Override
    public LossAndGradients lossAndGradients(INDArray x, INDArray target) {
        int steps = (int) x.size(0);
        int batch = (int) x.size(1);
        INDArray hs = states(x);
        INDArray hT = hs.slice(steps);
        INDArray err = hT.mmul(v).addiRowVector(c).subi(target);
        double loss = err.mul(err).meanNumber().doubleValue();
        INDArray dPred = err.muli(2.0 / batch);
        INDArray k = TanhRnn.slopes(hs, 0, steps);
        INDArray dhLast = dPred.mmul(v.transpose());
        // the prediction reads h(T) only: the error enters at the last step
        INDArray da = TanhRnn.backward(k, r, t -> t == steps - 1 ? dhLast : null, ops, null);
        INDArray hPrev = hs.get(NDArrayIndex.interval(0, steps), NDArrayIndex.all(), NDArrayIndex.all());
        LossAndGradients out = new LossAndGradients(loss, List.of(TanhRnn.weightGradient(x, da),
                TanhRnn.weightGradient(hPrev, da), TanhRnn.biasGradient(da, ones(steps * (long) batch)),
                hT.transpose().mmul(dPred), dPred.sum(true, 0)));
        // the per-step arrays are garbage now; free them rather than leave megabytes off the Java heap to the GC
        for (INDArray a : new INDArray[] {hs, k, da, dhLast, err}) {
            a.close();
        }
        return out;
    }
}
