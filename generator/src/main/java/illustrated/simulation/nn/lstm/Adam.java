package illustrated.simulation.nn.lstm;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma and Ba 2015) with optional gradient-norm clipping on the whole gradient (Pascanu et al.
 * 2013, Alg. 1), updating parameter arrays in place. One instance per training run.
 */
public final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final List<INDArray> params;
    private final List<INDArray> m = new ArrayList<>();
    private final List<INDArray> v = new ArrayList<>();
    private final double rate;
    private final double clip;
    private int step;

    /** {@code clip} <= 0 switches clipping off. */
    public Adam(List<INDArray> params, double rate, double clip) {
        this.params = List.copyOf(params);
        this.rate = rate;
        this.clip = clip;
        for (INDArray p : params) {
            m.add(Nd4j.zerosLike(p));
            v.add(Nd4j.zerosLike(p));
        }
    }

    /** One update; returns the gradient's norm before clipping. */
    public double update(List<INDArray> grads) {
        if (grads.size() != params.size()) {
            throw new IllegalArgumentException(grads.size() + " gradients for " + params.size() + " parameters");
        }
        double sq = 0;
        for (INDArray g : grads) {
            sq += g.norm2Number().doubleValue() * g.norm2Number().doubleValue();
        }
        double norm = Math.sqrt(sq);
        double scale = clip > 0 && norm > clip ? clip / norm : 1.0;
        step++;
        double a = rate * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step));
        for (int k = 0; k < params.size(); k++) {
            INDArray g = scale == 1.0 ? grads.get(k) : grads.get(k).mul(scale);
            m.get(k).muli(BETA1).addi(g.mul(1 - BETA1));
            v.get(k).muli(BETA2).addi(g.mul(g).muli(1 - BETA2));
            params.get(k).subi(m.get(k).mul(a).divi(Transforms.sqrt(v.get(k), true).addi(EPS)));
        }
        return norm;
    }
}
