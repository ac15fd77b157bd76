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
        return trace(x).last().mmul(v).addiRowVector(c);
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
        Lstm.Gradients g = Lstm.backwardFromLast(tr, dPred.mmul(v.transpose()));
        List<INDArray> grads = new ArrayList<>(g.trainable(lstm.peepholes()));
        grads.add(yT.transpose().mmul(dPred));
        grads.add(dPred.sum(true, 0));
        return new LossAndGradients(loss, grads);
    }
}
