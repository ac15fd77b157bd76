package illustrated.simulation.nn.lstm;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/** An LSTM layer read out linearly at the last step: prediction = y(T) V + c. */
public final class LstmRegressor implements SequenceRegressor {
    private final LstmWeights lstm;
    private final INDArray v;
    private final INDArray c;
    /** Reused between training updates of the same shape (not shared between instances). */
    private LstmBuffers buffers;

    public LstmRegressor(LstmWeights lstm, INDArray v, INDArray c) {
        this.lstm = lstm;
        this.v = v;
        this.c = c;
    }

    public static LstmRegressor init(int nIn, int hidden, boolean peepholes, double forgetBias, Random rng) {
        LstmWeights w = LstmWeights.init(nIn, hidden, peepholes, forgetBias, rng);
        double a = 1.0 / Math.sqrt(hidden);
        return new LstmRegressor(w, Nd4j.rand(new long[] {hidden, 1}, -a, a, rng), Nd4j.zeros(1, 1));
    }

    public LstmWeights lstm() {
        return lstm;
    }

    @Override
    public List<INDArray> parameters() {
        List<INDArray> p = new ArrayList<>(lstm.trainable());
        p.add(v);
        p.add(c);
        return p;
    }

    /** Forward pass, keeping the trace (gates, cells) for inspection. */
    public Lstm.Trace trace(INDArray x) {
        return Lstm.forward(lstm, x);
    }

    @Override
    public INDArray predict(INDArray x) {
        Lstm.Trace tr = trace(x);
        INDArray out = tr.last().mmul(v).addiRowVector(c);
        // the pass made buffers for a backward pass too (for a test set, tens of MB off the Java heap)
        tr.buffers().close();
        return out;
    }

    @Override
    public LossAndGradients lossAndGradients(INDArray x, INDArray target) {
        Lstm.Trace tr = Lstm.forward(lstm, x, null, null, buffers);
        buffers = tr.buffers();
        INDArray yT = tr.last();
        INDArray pred = yT.mmul(v).addiRowVector(c);
        INDArray err = pred.sub(target);
        double loss = err.mul(err).meanNumber().doubleValue();
        INDArray dPred = err.muli(2.0 / target.rows());
        INDArray dyLast = dPred.mmul(v.transpose());
        Lstm.Gradients g = Lstm.backwardFromLast(tr, dyLast);
        List<INDArray> grads = new ArrayList<>(g.trainable(lstm.peepholes()));
        grads.add(yT.transpose().mmul(dPred));
        grads.add(dPred.sum(true, 0));
        // what training does not use is garbage now: free it rather than leave it off the Java heap to the GC
        List<INDArray> unused = new ArrayList<>(List.of(pred, err, dyLast, g.x(), g.y0(), g.c0()));
        if (!lstm.peepholes()) {
            unused.add(g.p());
        }
        AddingTraining.free(unused);
        return new LossAndGradients(loss, grads);
    }
}
