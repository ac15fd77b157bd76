package illustrated.simulation.nn.rnn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Checks gradients against central finite differences, (L(θ+ε) − L(θ−ε)) / 2ε, entry by entry.
 *
 * <p>Relative error of one entry: |a − b| / max(|a|, |b|, floor). The floor keeps entries whose true
 * gradient is (nearly) zero from dividing by nothing; it is stated with every result.
 */
public final class GradientCheck {
    private GradientCheck() {
    }

    /** ∇L by central differences of the total loss {@link ForwardCache#loss()}. */
    public static Gradients finiteDifferences(RnnParameters p, List<INDArray> inputs, List<INDArray> targets,
            INDArray h0, double eps) {
        RnnParameters q = p.copy();
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, INDArray> e : q.byName().entrySet()) {
            INDArray theta = e.getValue();
            INDArray grad = Nd4j.zeros(theta.shape());
            for (int r = 0; r < theta.rows(); r++) {
                for (int c = 0; c < theta.columns(); c++) {
                    double orig = theta.getDouble(r, c);
                    theta.putScalar(r, c, orig + eps);
                    double plus = SimpleRnn.forward(q, inputs, targets, h0).loss();
                    theta.putScalar(r, c, orig - eps);
                    double minus = SimpleRnn.forward(q, inputs, targets, h0).loss();
                    theta.putScalar(r, c, orig);
                    grad.putScalar(r, c, (plus - minus) / (2 * eps));
                }
            }
            out.put(e.getKey(), grad);
        }
        return new Gradients(out.get("U"), out.get("V"), out.get("W"), out.get("b"), out.get("c"));
    }

    /** Worst entry-wise relative error per parameter, in {@link RnnParameters#NAMES} order. */
    public static Map<String, Double> worstRelativeErrors(Gradients a, Gradients b, double floor) {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, INDArray> bs = b.byName();
        for (Map.Entry<String, INDArray> e : a.byName().entrySet()) {
            INDArray x = e.getValue();
            INDArray y = bs.get(e.getKey());
            if (!java.util.Arrays.equals(x.shape(), y.shape())) {
                throw new IllegalArgumentException("gradient of " + e.getKey() + " has shape "
                        + RnnParameters.shape(x) + " in one set and " + RnnParameters.shape(y) + " in the other");
            }
            double worst = 0;
            for (int r = 0; r < x.rows(); r++) {
                for (int c = 0; c < x.columns(); c++) {
                    double u = x.getDouble(r, c);
                    double v = y.getDouble(r, c);
                    double rel = Math.abs(u - v) / Math.max(floor, Math.max(Math.abs(u), Math.abs(v)));
                    worst = Math.max(worst, rel);
                }
            }
            out.put(e.getKey(), worst);
        }
        return out;
    }
}
