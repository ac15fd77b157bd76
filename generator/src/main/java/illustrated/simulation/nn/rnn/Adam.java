package illustrated.simulation.nn.rnn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma &amp; Ba 2015) written by hand, with optional gradient-norm clipping; updates the
 * parameter arrays in place. One instance per training run (it holds the moment estimates).
 */
public final class Adam {
    private final double rate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double clipNorm;
    private final List<INDArray> m = new ArrayList<>();
    private final List<INDArray> v = new ArrayList<>();
    private int step;

    /**
     * @param rate     learning rate α
     * @param clipNorm rescale the whole gradient to this L2 norm when it is larger (≤ 0: no clipping)
     */
    public Adam(double rate, double clipNorm) {
        this(rate, 0.9, 0.999, 1e-8, clipNorm);
    }

    public Adam(double rate, double beta1, double beta2, double epsilon, double clipNorm) {
        this.rate = rate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.clipNorm = clipNorm;
    }

    /** θ ← θ − α m̂ / (√v̂ + ε), for each of U, V, W, b, c. */
    public void step(RnnParameters p, Gradients g) {
        update(new ArrayList<>(p.byName().values()), new ArrayList<>(g.byName().values()), g.norm());
    }

    /** The same rule for any list of parameter arrays and their gradients (same order every call). */
    public void update(List<INDArray> params, List<INDArray> grads, double gradNorm) {
        if (params.size() != grads.size()) {
            throw new IllegalArgumentException(params.size() + " parameters but " + grads.size() + " gradients");
        }
        if (m.isEmpty()) {
            for (INDArray a : params) {
                m.add(Nd4j.zeros(a.shape()));
                v.add(Nd4j.zeros(a.shape()));
            }
        }
        step++;
        double scale = clipNorm > 0 && gradNorm > clipNorm ? clipNorm / gradNorm : 1.0;
        double c1 = 1 - Math.pow(beta1, step);
        double c2 = 1 - Math.pow(beta2, step);
        for (int i = 0; i < params.size(); i++) {
            INDArray g = grads.get(i).mul(scale);
            m.get(i).muli(beta1).addi(g.mul(1 - beta1));
            v.get(i).muli(beta2).addi(g.mul(g).muli(1 - beta2));
            INDArray denom = Transforms.sqrt(v.get(i).div(c2), false).addi(epsilon);
            params.get(i).subi(m.get(i).div(c1).divi(denom).muli(rate));
        }
    }
}
