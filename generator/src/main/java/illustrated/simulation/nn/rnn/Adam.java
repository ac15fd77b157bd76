package illustrated.simulation.nn.rnn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
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
    private INDArray m;
    private INDArray v;
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
        update(List.copyOf(p.byName().values()), List.copyOf(g.byName().values()));
    }

    /**
     * The same rule for any list of parameter arrays and their gradients (same order every call).
     * The moments are kept as one flat vector, so the rule costs a handful of ND4J operations
     * whatever the number of arrays.
     */
    public void update(List<INDArray> params, List<INDArray> grads) {
        if (params.size() != grads.size()) {
            throw new IllegalArgumentException(params.size() + " parameters but " + grads.size() + " gradients");
        }
        INDArray g = Nd4j.toFlattened('c', grads);
        if (m == null) {
            m = Nd4j.zeros(g.shape());
            v = Nd4j.zeros(g.shape());
        }
        step++;
        double norm = g.norm2Number().doubleValue();
        if (clipNorm > 0 && norm > clipNorm) {
            g.muli(clipNorm / norm);
        }
        double c1 = 1 - StrictMath.pow(beta1, step);
        double c2 = 1 - StrictMath.pow(beta2, step);
        m.muli(beta1).addi(g.mul(1 - beta1));
        v.muli(beta2).addi(g.muli(g).muli(1 - beta2));
        INDArray delta = m.div(c1).divi(Transforms.sqrt(v.div(c2), false).addi(epsilon)).muli(rate);
        long offset = 0;
        for (INDArray a : params) {
            long n = a.length();
            a.subi(delta.get(NDArrayIndex.interval(offset, offset + n)).reshape('c', a.shape()));
            offset += n;
        }
    }
}
