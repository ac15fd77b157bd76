package illustrated.simulation.nn.lstm;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The simple (Elman) RNN for comparison with the LSTM on the adding problem:
 * {@code h(t) = tanh(x(t) W + h(t-1) R + b)}, prediction {@code h(T) V + c}; hand-written BPTT.
 * In Goodfellow's notation W here is U (input matrix) and R is W (recurrent matrix).
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
        int steps = (int) x.size(0);
        int batch = (int) x.size(1);
        long n = x.size(2);
        long hidden = r.rows();
        INDArray hs = Nd4j.zeros(steps + 1, batch, hidden);
        INDArray pre = Nd4j.gemm(x.reshape(steps * (long) batch, n), w, false, false).addiRowVector(b)
                .reshape(steps, batch, hidden);
        for (int t = 0; t < steps; t++) {
            INDArray a = pre.slice(t);
            Nd4j.gemm(hs.slice(t), r, a, false, false, 1.0, 1.0);
            Nd4j.exec(new Tanh(a, hs.slice(t + 1)));
        }
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
        long n = x.size(2);
        long hidden = r.rows();
        INDArray hs = states(x);
        INDArray hT = hs.slice(steps);
        INDArray err = hT.mmul(v).addiRowVector(c).subi(target);
        double loss = err.mul(err).meanNumber().doubleValue();
        INDArray dPred = err.muli(2.0 / batch);
        // tanh'(a(t)) = 1 - h(t)^2 for all steps at once
        INDArray hNext = hs.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(1, steps + 1),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray k = hNext.mul(hNext).rsubi(1.0);
        INDArray da = Nd4j.create(steps, batch, hidden);
        INDArray dh = dPred.mmul(v.transpose());
        // two operations per step, written into preallocated arrays: da(t) = dh (.) k(t); dh = da(t) R^T
        for (int t = steps - 1; t >= 0; t--) {
            INDArray dat = da.slice(t);
            ops.mul(dh, k.slice(t), dat);
            if (t > 0) {
                Nd4j.gemm(dat, r, dh, false, true, 1.0, 0.0);
            }
        }
        long rows = steps * (long) batch;
        INDArray da2 = da.reshape(rows, hidden);
        INDArray hPrev2 = hs.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, steps),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all()).reshape(rows, hidden);
        LossAndGradients out = new LossAndGradients(loss, List.of(Nd4j.gemm(x.reshape(rows, n), da2, true, false),
                Nd4j.gemm(hPrev2, da2, true, false), Nd4j.gemm(ones(rows), da2, true, false), hT.transpose().mmul(dPred),
                dPred.sum(true, 0)));
        // the per-step arrays are garbage now; free them rather than leave megabytes off the Java heap to the GC
        for (INDArray a : new INDArray[] {hs, k, da, dh, err}) {
            a.close();
        }
        return out;
    }
}
