package illustrated.simulation.nn.rnn;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** ∇L with respect to each parameter of the simple RNN; same shapes as {@link RnnParameters}. */
public record Gradients(INDArray U, INDArray V, INDArray W, INDArray b, INDArray c) {
    /** From arrays named as in {@link RnnParameters#NAMES}. */
    public static Gradients of(Map<String, INDArray> byName) {
        return new Gradients(byName.get("U"), byName.get("V"), byName.get("W"), byName.get("b"), byName.get("c"));
    }

    /** The arrays by name, in {@link RnnParameters#NAMES} order. */
    public Map<String, INDArray> byName() {
        return RnnParameters.named(U, V, W, b, c);
    }

    /** The arrays in {@link RnnParameters#NAMES} order, as {@link RnnParameters#list()}. */
    public java.util.List<INDArray> list() {
        return java.util.List.of(U, V, W, b, c);
    }

    /** Element-wise sum (gradients of a sum of losses add up). */
    public Gradients plus(Gradients o) {
        return new Gradients(U.add(o.U), V.add(o.V), W.add(o.W), b.add(o.b), c.add(o.c));
    }

    /** Global L2 norm over every parameter. */
    public double norm() {
        double s = 0;
        for (INDArray a : byName().values()) {
            double n = a.norm2Number().doubleValue();
            s += n * n;
        }
        return Math.sqrt(s);
    }

    /** Scales every gradient by {@code f} (a new object). */
    public Gradients times(double f) {
        return new Gradients(U.mul(f), V.mul(f), W.mul(f), b.mul(f), c.mul(f));
    }
}
