package illustrated.simulation.nn.check;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Checks gradients against central finite differences, entry by entry, for any network: the parameters
 * are named arrays (views into larger arrays are fine: they are perturbed in place and restored bit for
 * bit), the loss is a function that reads them.
 *
 * <p>Relative error of one entry: |a − b| / max(|a|, |b|, floor). The floor keeps entries whose true
 * gradient is (nearly) zero from dividing by nothing; it is stated with every result.
 */
public final class GradientCheck {
    /** The central-difference formula. */
    public enum Stencil {
        /** (L(θ+ε) − L(θ−ε)) / 2ε: truncation error O(ε²). */
        SECOND_ORDER,
        /** (−L(θ+2ε) + 8 L(θ+ε) − 8 L(θ−ε) + L(θ−2ε)) / 12ε: truncation error O(ε⁴). */
        FOURTH_ORDER
    }

    private GradientCheck() {
    }

    /**
     * ∂L/∂θ by central differences for every entry of every array of {@code params}, in the same order and
     * shapes (fresh c-ordered arrays).
     *
     * @param loss the loss at the current values of the arrays
     */
    public static Map<String, INDArray> finiteDifferences(Map<String, INDArray> params, DoubleSupplier loss,
            double eps, Stencil stencil) {
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, INDArray> e : params.entrySet()) {
            INDArray theta = e.getValue();
            INDArray grad = Nd4j.zeros(theta.dataType(), theta.shape());
            for (long j = 0; j < theta.length(); j++) {
                long[] at = index(theta.shape(), j);
                grad.putScalar(at, centralDifference(theta, at, loss, eps, stencil));
            }
            out.put(e.getKey(), grad);
        }
        return out;
    }

    /** The central difference of {@code loss} in entry {@code at} of {@code theta}; the entry is restored. */
    public static double centralDifference(INDArray theta, long[] at, DoubleSupplier loss, double eps,
            Stencil stencil) {
        double old = theta.getDouble(at);
        try {
            if (stencil == Stencil.SECOND_ORDER) {
                theta.putScalar(at, old + eps);
                double plus = loss.getAsDouble();
                theta.putScalar(at, old - eps);
                double minus = loss.getAsDouble();
                return (plus - minus) / (2 * eps);
            }
            double[] l = new double[4];
            double[] steps = {2 * eps, eps, -eps, -2 * eps};
            for (int k = 0; k < 4; k++) {
                theta.putScalar(at, old + steps[k]);
                l[k] = loss.getAsDouble();
            }
            return (-l[0] + 8 * l[1] - 8 * l[2] + l[3]) / (12 * eps);
        } finally {
            theta.putScalar(at, old);
        }
    }

    /**
     * Worst entry-wise relative error per array, for the arrays of {@code a} (in its order) against the
     * arrays of the same names in {@code b}. Entries are paired in row-major order of each array's own
     * shape, so the two may differ in shape (a [1, H] against an [H]) but not in size.
     */
    public static Map<String, Double> worstRelativeErrors(Map<String, INDArray> a, Map<String, INDArray> b,
            double floor) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, INDArray> e : a.entrySet()) {
            INDArray other = b.get(e.getKey());
            if (other == null) {
                throw new IllegalArgumentException("no gradient named " + e.getKey() + " among " + b.keySet());
            }
            double[] x = rowMajor(e.getValue());
            double[] y = rowMajor(other);
            if (x.length != y.length) {
                throw new IllegalArgumentException("gradient of " + e.getKey() + " has shape "
                        + Arrays.toString(e.getValue().shape()) + " in one set and " + Arrays.toString(other.shape())
                        + " in the other");
            }
            double worst = 0;
            for (int j = 0; j < x.length; j++) {
                worst = Math.max(worst, relative(x[j], y[j], floor));
            }
            out.put(e.getKey(), worst);
        }
        return out;
    }

    /** |a − b| / max(|a|, |b|, floor). */
    public static double relative(double a, double b, double floor) {
        return Math.abs(a - b) / Math.max(floor, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** The largest of the values (0 for none). */
    public static double worst(Map<String, Double> errors) {
        return errors.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The entries in row-major order, whatever the array's own ordering or strides. */
    private static double[] rowMajor(INDArray m) {
        double[] out = new double[(int) m.length()];
        for (int j = 0; j < out.length; j++) {
            out[j] = m.getDouble(index(m.shape(), j));
        }
        return out;
    }

    /** The row-major multi-index of flat position {@code j} in an array of {@code shape}. */
    private static long[] index(long[] shape, long j) {
        long[] at = new long[shape.length];
        long rest = j;
        for (int d = shape.length - 1; d >= 0; d--) {
            at[d] = rest % shape[d];
            rest /= shape[d];
        }
        return at;
    }
}
