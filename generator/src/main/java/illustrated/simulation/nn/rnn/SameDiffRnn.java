package illustrated.simulation.nn.rnn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The same simple RNN built as an ND4J SameDiff graph (unrolled over T steps), so that ND4J's
 * automatic differentiation can be compared with the hand-written BPTT. Not used for training.
 */
public final class SameDiffRnn {
    private SameDiffRnn() {
    }

    /** ∇L for every parameter, by SameDiff's reverse-mode autodiff ({@code calculateGradients}). */
    public static Gradients gradients(RnnParameters p, List<INDArray> inputs, List<INDArray> targets, INDArray h0) {
        SameDiff sd = SameDiff.create();
        SDVariable u = sd.var("U", p.U().dup());
        SDVariable v = sd.var("V", p.V().dup());
        SDVariable w = sd.var("W", p.W().dup());
        SDVariable b = sd.var("b", p.b().dup());
        SDVariable c = sd.var("c", p.c().dup());
        SDVariable h = sd.constant("h0", h0.dup());
        Map<String, INDArray> feed = new LinkedHashMap<>();
        SDVariable loss = null;
        for (int t = 0; t < inputs.size(); t++) {
            INDArray xt = inputs.get(t);
            INDArray yt = targets.get(t);
            SDVariable x = sd.placeHolder("x" + t, DataType.DOUBLE, xt.rows(), xt.columns());
            SDVariable y = sd.placeHolder("y" + t, DataType.DOUBLE, yt.rows(), yt.columns());
            feed.put("x" + t, xt);
            feed.put("y" + t, yt);
            SDVariable a = w.mmul(h).add(u.mmul(x)).add(b);
            h = sd.math().tanh(a);
            SDVariable o = v.mmul(h).add(c);
            // log softmax over each column, spelled out (SDNN.logSoftmax(o, 0) fails in 1.0.0-M2.1 with
            // "Error setting property for function LogSoftMax")
            SDVariable logProbs = o.sub(sd.math().log(sd.math().exp(o).sum(true, 0)));
            SDVariable lt = y.mul(logProbs).sum().neg();
            loss = loss == null ? lt : loss.add(lt);
        }
        sd.setLossVariables(loss.rename("loss"));
        Map<String, INDArray> g = sd.calculateGradients(feed, RnnParameters.NAMES);
        return new Gradients(g.get("U"), g.get("V"), g.get("W"), g.get("b"), g.get("c"));
    }
}
