package illustrated.simulation.nn.lstm;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The same LSTM built as a SameDiff graph, unrolled over time, per gate (W_z, R_z, b_z, ...), so that
 * ND4J's automatic differentiation gives an independent second opinion on the hand-written BPTT.
 * Loss: {@code L = 1/2 sum_t sum (y(t) - target(t))^2}.
 */
public final class LstmSameDiff {
    private LstmSameDiff() {
    }

    /**
     * Gradients of the squared-error loss by SameDiff, keyed "W_z", "R_i", "b_f", "p_o", ...; each
     * {@code W_*} is {@code [n, H]} (the fused block of {@link LstmWeights#w()}), {@code p_*} is
     * {@code [1, H]}.
     */
    public static Map<String, INDArray> gradients(LstmWeights wt, INDArray x, INDArray target) {
        SameDiff sd = SameDiff.create();
        int steps = (int) x.size(0);
        int h = wt.hidden();
        Map<String, SDVariable> v = new LinkedHashMap<>();
        for (int g = 0; g < 4; g++) {
            String s = LstmWeights.GATES.get(g);
            var cols = LstmWeights.block(g, h);
            v.put("W_" + s, sd.var("W_" + s, wt.w().get(NDArrayIndex.all(), cols).dup()));
            v.put("R_" + s, sd.var("R_" + s, wt.r().get(NDArrayIndex.all(), cols).dup()));
            v.put("b_" + s, sd.var("b_" + s, wt.b().get(NDArrayIndex.all(), cols).dup()));
        }
        if (wt.peepholes()) {
            v.put("p_i", sd.var("p_i", wt.p().getRow(0).reshape(1, h).dup()));
            v.put("p_f", sd.var("p_f", wt.p().getRow(1).reshape(1, h).dup()));
            v.put("p_o", sd.var("p_o", wt.p().getRow(2).reshape(1, h).dup()));
        }
        long batch = x.size(1);
        SDVariable y = sd.constant("y0", org.nd4j.linalg.factory.Nd4j.zeros(batch, h));
        SDVariable c = sd.constant("c0", org.nd4j.linalg.factory.Nd4j.zeros(batch, h));
        SDVariable loss = null;
        for (int t = 0; t < steps; t++) {
            SDVariable xt = sd.constant("x" + t, x.slice(t).dup());
            SDVariable zBar = pre(xt, y, v, "z");
            SDVariable iBar = pre(xt, y, v, "i");
            SDVariable fBar = pre(xt, y, v, "f");
            if (wt.peepholes()) {
                iBar = iBar.add(c.mul(v.get("p_i")));
                fBar = fBar.add(c.mul(v.get("p_f")));
            }
            SDVariable z = sd.math().tanh(zBar);
            SDVariable i = sd.nn().sigmoid(iBar);
            SDVariable f = sd.nn().sigmoid(fBar);
            c = z.mul(i).add(c.mul(f));
            SDVariable oBar = pre(xt, y, v, "o");
            if (wt.peepholes()) {
                oBar = oBar.add(c.mul(v.get("p_o")));
            }
            y = sd.math().tanh(c).mul(sd.nn().sigmoid(oBar));
            SDVariable diff = y.sub(sd.constant("target" + t, target.slice(t).dup()));
            SDVariable term = diff.mul(diff).sum().mul(0.5);
            loss = loss == null ? term : loss.add(term);
        }
        loss.markAsLoss();
        sd.setLossVariables(loss);
        Map<String, INDArray> grads = sd.calculateGradients(null, v.keySet());
        Map<String, INDArray> out = new LinkedHashMap<>();
        v.keySet().forEach(k -> out.put(k, grads.get(k)));
        return out;
    }

    private static SDVariable pre(SDVariable xt, SDVariable y, Map<String, SDVariable> v, String g) {
        return xt.mmul(v.get("W_" + g)).add(y.mmul(v.get("R_" + g))).add(v.get("b_" + g));
    }
}
