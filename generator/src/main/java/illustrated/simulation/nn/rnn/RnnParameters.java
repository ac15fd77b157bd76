package illustrated.simulation.nn.rnn;

import illustrated.simulation.Sampling;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The parameters of Goodfellow's simple RNN (eq. 10.8–10.11), column-vector convention:
 * {@code U} [hidden × input] (input matrix, the series' {@code W_h}), {@code W} [hidden × hidden]
 * (recurrent matrix, the series' {@code R_h}), {@code V} [output × hidden], biases {@code b}
 * [hidden × 1] and {@code c} [output × 1].
 *
 * <p>The arrays are mutable: an optimiser updates them in place. {@link #copy()} gives an
 * independent set.
 */
public record RnnParameters(INDArray U, INDArray V, INDArray W, INDArray b, INDArray c) {
    /** Parameter names in a fixed order (tables, gradient checks). */
    public static final List<String> NAMES = List.of("U", "V", "W", "b", "c");

    public RnnParameters {
        long h = W.rows();
        require(W.columns() == h, "W must be square, got " + shape(W));
        require(U.rows() == h, "U must have " + h + " rows (hidden units), got " + shape(U));
        require(V.columns() == h, "V must have " + h + " columns (hidden units), got " + shape(V));
        require(b.rows() == h && b.columns() == 1, "b must be [" + h + " x 1], got " + shape(b));
        require(c.rows() == V.rows() && c.columns() == 1, "c must be [" + V.rows() + " x 1], got " + shape(c));
    }

    /**
     * Small random weights: entries of {@code U}, {@code W}, {@code V} drawn from N(0, 1/fan-in),
     * {@code W} further scaled by {@code recurrentScale}; zero biases.
     */
    public static RnnParameters random(int inputs, int hidden, int outputs, double recurrentScale, long seed) {
        Random rng = new Random(seed);
        INDArray u = Sampling.gaussian(rng, hidden, inputs, 1.0 / Math.sqrt(inputs));
        INDArray w = Sampling.gaussian(rng, hidden, hidden, recurrentScale / Math.sqrt(hidden));
        INDArray v = Sampling.gaussian(rng, outputs, hidden, 1.0 / Math.sqrt(hidden));
        return new RnnParameters(u, v, w, Nd4j.zeros(hidden, 1), Nd4j.zeros(outputs, 1));
    }

    /** Like {@link #random} but with random biases too (gradient checks should exercise every term). */
    public static RnnParameters randomWithBiases(int inputs, int hidden, int outputs, long seed) {
        RnnParameters p = random(inputs, hidden, outputs, 1.0, seed);
        Random rng = new Random(seed ^ 0x5DEECE66DL);
        return new RnnParameters(p.U, p.V, p.W, Sampling.gaussian(rng, hidden, 1, 0.5), Sampling.gaussian(rng, outputs, 1, 0.5));
    }

    public int hidden() {
        return (int) W.rows();
    }

    public int inputs() {
        return (int) U.columns();
    }

    public int outputs() {
        return (int) V.rows();
    }

    public RnnParameters copy() {
        return new RnnParameters(U.dup(), V.dup(), W.dup(), b.dup(), c.dup());
    }

    /** The arrays by name, in {@link #NAMES} order. */
    public Map<String, INDArray> byName() {
        return named(U, V, W, b, c);
    }

    /** The arrays in {@link #NAMES} order (what an optimiser updates). */
    public List<INDArray> list() {
        return List.of(U, V, W, b, c);
    }

    /** Five arrays under the names U, V, W, b, c (parameters and gradients alike), in that order. */
    static Map<String, INDArray> named(INDArray u, INDArray v, INDArray w, INDArray b, INDArray c) {
        Map<String, INDArray> m = new LinkedHashMap<>();
        m.put("U", u);
        m.put("V", v);
        m.put("W", w);
        m.put("b", b);
        m.put("c", c);
        return m;
    }

    static String shape(INDArray a) {
        return java.util.Arrays.toString(a.shape());
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
