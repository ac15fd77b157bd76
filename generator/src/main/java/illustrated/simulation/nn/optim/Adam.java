package illustrated.simulation.nn.optim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1 with the "more efficient" ordering of their section 2) written by
 * hand on ND4J, with optional clipping of the norm of the whole gradient (Pascanu et al. 2013, Alg. 1: if
 * ‖g‖ &gt; v then g ← v g / ‖g‖). It updates the parameter arrays in place; one instance per training run
 * (it holds the moment estimates).
 *
 * <p>At step t = 1, 2, … with the (clipped) gradient g:
 * <pre>
 *   m ← β1 m + (1 − β1) g          v ← β2 v + (1 − β2) g²
 *   α_t = α √(1 − β2^t) / (1 − β1^t)
 *   θ ← θ − α_t m / (√v + ε)
 * </pre>
 * This is the variant of ND4J's {@code AdamUpdater} (ε added to √v, not to the bias-corrected √v̂), and
 * every element-wise operation is done in the order ND4J's native kernel does it, so the two agree bit for
 * bit ({@code AdamTest} checks it over many steps). For that, β^t is the correctly rounded power, as the C
 * library's {@code pow} gives it to ND4J; {@code StrictMath.pow} is one unit in the last place off for some t
 * (0.9^4 for one).
 *
 * <p>The gradients are copied into one flat vector (the moments are flat too), so an update costs a
 * handful of ND4J operations whatever the number of parameter arrays.
 */
public final class Adam {
    /** Kingma and Ba's defaults, also ND4J's. */
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final List<INDArray> params;
    private final double rate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double clip;
    private final INDArray flat;
    private final INDArray[] gradViews;
    private final INDArray m;
    private final INDArray v;
    private int step;
    /** β1^t and β2^t, exact to far more digits than a double holds. */
    private BigDecimal beta1Power = BigDecimal.ONE;
    private BigDecimal beta2Power = BigDecimal.ONE;
    private static final MathContext POWERS = new MathContext(60);

    /**
     * @param params the arrays to train, updated in place, in the order of the gradients given to {@link #update}
     * @param rate   step size α
     * @param clip   rescale the whole gradient to this L2 norm when it is larger (≤ 0: no clipping)
     */
    public Adam(List<INDArray> params, double rate, double clip) {
        this(params, rate, BETA1, BETA2, EPSILON, clip);
    }

    public Adam(List<INDArray> params, double rate, double beta1, double beta2, double epsilon, double clip) {
        this.params = List.copyOf(params);
        this.rate = rate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.clip = clip;
        long n = params.stream().mapToLong(INDArray::length).sum();
        flat = Nd4j.create(1, n);
        gradViews = new INDArray[params.size()];
        long off = 0;
        for (int k = 0; k < params.size(); k++) {
            INDArray p = params.get(k);
            gradViews[k] = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(off, off + p.length()))
                    .reshape(p.shape());
            off += p.length();
        }
        m = Nd4j.zeros(1, n);
        v = Nd4j.zeros(1, n);
    }

    /** One update with the gradients of {@code params} (same order, same shapes); returns the norm before clipping. */
    public double update(List<INDArray> grads) {
        if (grads.size() != params.size()) {
            throw new IllegalArgumentException(grads.size() + " gradients for " + params.size() + " parameters");
        }
        for (int k = 0; k < grads.size(); k++) {
            gradViews[k].assign(grads.get(k));
        }
        double norm = flat.norm2Number().doubleValue();
        if (clip > 0 && norm > clip) {
            flat.muli(clip / norm);
        }
        step++;
        beta1Power = beta1Power.multiply(new BigDecimal(beta1), POWERS);
        beta2Power = beta2Power.multiply(new BigDecimal(beta2), POWERS);
        double rateT = rate * StrictMath.sqrt(1 - beta2Power.doubleValue()) / (1 - beta1Power.doubleValue());
        // the order of ND4J's kernel: β1 m + g (1 − β1); β2 v + g g (1 − β2); (m α_t) / (√v + ε)
        m.muli(beta1).addi(flat.mul(1 - beta1));
        v.muli(beta2).addi(flat.mul(flat).muli(1 - beta2));
        flat.assign(m).muli(rateT).divi(Transforms.sqrt(v, true).addi(epsilon));
        for (int k = 0; k < params.size(); k++) {
            params.get(k).subi(gradViews[k]);
        }
        return norm;
    }

    /** Updates made so far. */
    public int steps() {
        return step;
    }
}
