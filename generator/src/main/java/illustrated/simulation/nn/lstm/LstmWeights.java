package illustrated.simulation.nn.lstm;

import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Parameters of a "vanilla" LSTM layer (Greff et al. 2017), stored gate-fused for batched row-major
 * work: a minibatch of inputs is a matrix with one row per sequence, so the article's {@code W_z x}
 * is computed as {@code x W}, i.e. the column block of {@link #w} for gate z is {@code W_z}
 * transposed.
 *
 * <ul>
 * <li>{@code w}: input weights, {@code [nIn, 4H]}, column blocks z, i, f, o</li>
 * <li>{@code r}: recurrent weights, {@code [H, 4H]}, same blocks</li>
 * <li>{@code b}: biases, {@code [1, 4H]}</li>
 * <li>{@code p}: peepholes, {@code [3, H]}, rows p_i, p_f, p_o (zero and unused without peepholes)</li>
 * </ul>
 */
public final class LstmWeights {
    /** Block index of the block input z (tanh) and of the input, forget and output gates. */
    public static final int Z = 0;
    public static final int I = 1;
    public static final int F = 2;
    public static final int O = 3;
    /** Names of the gates in block order, as in the article. */
    public static final List<String> GATES = List.of("z", "i", "f", "o");

    private final INDArray w;
    private final INDArray r;
    private final INDArray b;
    private final INDArray p;
    private final boolean peepholes;

    public LstmWeights(INDArray w, INDArray r, INDArray b, INDArray p, boolean peepholes) {
        this.w = Objects.requireNonNull(w, "w");
        this.r = Objects.requireNonNull(r, "r");
        this.b = Objects.requireNonNull(b, "b");
        this.p = Objects.requireNonNull(p, "p");
        this.peepholes = peepholes;
        long h = r.rows();
        if (r.columns() != 4 * h || w.columns() != 4 * h || b.columns() != 4 * h || p.rows() != 3 || p.columns() != h) {
            throw new IllegalArgumentException("inconsistent LSTM shapes: w " + shape(w) + ", r " + shape(r) + ", b "
                    + shape(b) + ", p " + shape(p) + " (expected [n,4H], [H,4H], [1,4H], [3,H])");
        }
    }

    /**
     * Random initial weights: uniform in +-1/sqrt(H) (the usual LSTM initialisation), peepholes
     * likewise when used, biases zero except the forget gate's, which is {@code forgetBias}.
     */
    public static LstmWeights init(int nIn, int hidden, boolean peepholes, double forgetBias, Random rng) {
        double a = 1.0 / Math.sqrt(hidden);
        INDArray w = Nd4j.rand(new long[] {nIn, 4L * hidden}, -a, a, rng);
        INDArray r = Nd4j.rand(new long[] {hidden, 4L * hidden}, -a, a, rng);
        INDArray b = Nd4j.zeros(1, 4L * hidden);
        b.get(NDArrayIndex.all(), block(F, hidden)).assign(forgetBias);
        INDArray p = peepholes ? Nd4j.rand(new long[] {3, hidden}, -a, a, rng) : Nd4j.zeros(3, hidden);
        return new LstmWeights(w, r, b, p, peepholes);
    }

    /** Columns of gate {@code gate} in a fused {@code [*, 4H]} matrix. */
    public static org.nd4j.linalg.indexing.INDArrayIndex block(int gate, long hidden) {
        return NDArrayIndex.interval(gate * hidden, (gate + 1) * hidden);
    }

    public INDArray w() {
        return w;
    }

    public INDArray r() {
        return r;
    }

    public INDArray b() {
        return b;
    }

    public INDArray p() {
        return p;
    }

    public boolean peepholes() {
        return peepholes;
    }

    public int hidden() {
        return (int) r.rows();
    }

    public int inputs() {
        return (int) w.rows();
    }

    /** The arrays an optimiser updates, in a fixed order (peepholes only when used). */
    public List<INDArray> trainable() {
        return peepholes ? List.of(w, r, b, p) : List.of(w, r, b);
    }

    public LstmWeights copy() {
        return new LstmWeights(w.dup(), r.dup(), b.dup(), p.dup(), peepholes);
    }

    private static String shape(INDArray a) {
        return java.util.Arrays.toString(a.shape());
    }
}
