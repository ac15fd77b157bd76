package illustrated.simulation.nn.lstm;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;

/**
 * Adam (Kingma and Ba 2015) with optional clipping of the norm of the whole gradient (Pascanu et al.
 * 2013, Alg. 1: if ||g|| > v then g = v g / ||g||), updating parameter arrays in place. The
 * optimiser is not the subject of the articles, so it uses ND4J's fused Adam operation on one flat
 * gradient vector: a handful of operations per update instead of a dozen per parameter array.
 * One instance per training run.
 */
public final class Adam {
    private final List<INDArray> params;
    private final INDArray flat;
    private final INDArray[] gradViews;
    private final AdamUpdater updater;
    private final double clip;
    private int step;

    /** {@code clip} <= 0 switches clipping off. */
    public Adam(List<INDArray> params, double rate, double clip) {
        this.params = List.copyOf(params);
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
        updater = new AdamUpdater(new org.nd4j.linalg.learning.config.Adam(rate));
        updater.setStateViewArray(Nd4j.zeros(1, 2 * n), new long[] {1, n}, 'c', true);
    }

    /** One update; returns the gradient's norm before clipping. */
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
        updater.applyUpdater(flat, step++, 0);
        for (int k = 0; k < params.size(); k++) {
            params.get(k).subi(gradViews[k]);
        }
        return norm;
    }
}
