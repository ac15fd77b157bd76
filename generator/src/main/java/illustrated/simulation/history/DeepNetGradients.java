package illustrated.simulation.history;

import illustrated.simulation.Dataset;
import illustrated.simulation.Sampling;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Why deep networks were hard to train before 2006: at initialisation, the gradient of the loss
 * with respect to each layer's weights, in a deep fully connected network, for three activations.
 * Hand-written back-propagation on ND4J (examples as columns).
 *
 * <p>Network: h₀ = x, h_l = f(W_l h_{l−1} + b_l) for l = 1..L (width n), readout ŷ = w h_L;
 * L = (1/2B) Σ (ŷ − y)² with random targets. Weights N(0, 1/n) for sigmoid and tanh (the usual
 * "1/fan-in" scale), N(0, 2/n) for ReLU (He); zero biases.
 *
 * <p>Series {@code sigmoid}, {@code tanh}, {@code ReLU}: ‖∂L/∂W_l‖ (Frobenius) against l.
 */
public final class DeepNetGradients implements Simulation<DeepNetGradients.Params> {
    public record Params(int layers, int width, int batch) {
    }

    /** An activation and its derivative written in terms of its output. */
    public enum Activation {
        SIGMOID("sigmoid", 1.0), TANH("tanh", 1.0), RELU("ReLU", 2.0);

        final String label;
        final double gain;

        Activation(String label, double gain) {
            this.label = label;
            this.gain = gain;
        }

        public String label() {
            return label;
        }

        INDArray apply(INDArray a) {
            return switch (this) {
                case SIGMOID -> Transforms.sigmoid(a, false);
                case TANH -> Transforms.tanh(a, false);
                case RELU -> Transforms.relu(a, false);
            };
        }

        /** f'(a) from h = f(a). */
        INDArray slope(INDArray h) {
            return switch (this) {
                case SIGMOID -> h.mul(h.rsub(1.0));
                case TANH -> h.mul(h).rsubi(1.0);
                case RELU -> h.gt(0.0).castTo(h.dataType());
            };
        }
    }

    /** ‖∂L/∂W_l‖ for l = 1..L at initialisation. */
    public static double[] layerGradientNorms(Params p, Activation f, long seed) {
        Random rng = new Random(seed);
        int n = p.width();
        List<INDArray> ws = new ArrayList<>();
        for (int l = 0; l < p.layers(); l++) {
            ws.add(Sampling.gaussian(rng, n, n, Math.sqrt(f.gain / n)));
        }
        INDArray readout = Sampling.gaussian(rng, 1, n, Math.sqrt(1.0 / n));
        INDArray x = Sampling.gaussian(rng, n, p.batch(), 1.0);
        INDArray y = Sampling.gaussian(rng, 1, p.batch(), 1.0);
        List<INDArray> hs = new ArrayList<>();
        hs.add(x);
        INDArray h = x;
        for (INDArray w : ws) {
            h = f.apply(w.mmul(h));
            hs.add(h);
        }
        INDArray delta = readout.mmul(h).subi(y).divi(p.batch());   // ∂L/∂ŷ
        INDArray dh = readout.transpose().mmul(delta);               // ∂L/∂h_L
        double[] norms = new double[p.layers()];
        for (int l = p.layers(); l >= 1; l--) {
            INDArray da = dh.mul(f.slope(hs.get(l)));                 // ∂L/∂a_l
            norms[l - 1] = da.mmul(hs.get(l - 1).transpose()).norm2Number().doubleValue(); // ∂L/∂W_l
            dh = ws.get(l - 1).transpose().mmul(da);
        }
        return norms;
    }

    @Override
    public Dataset run(Params p, long seed) {
        Dataset.Builder d = Dataset.builder();
        double[] layer = new double[p.layers()];
        for (int l = 0; l < layer.length; l++) {
            layer[l] = l + 1;
        }
        for (Activation f : Activation.values()) {
            // the same random numbers for every activation: only the function and the scale differ
            double[] norms = layerGradientNorms(p, f, seed);
            d.series(new Series(f.label(), layer, norms));
            d.value("ratio-" + f.name().toLowerCase(java.util.Locale.ROOT), norms[0] / norms[norms.length - 1],
                    f == Activation.SIGMOID ? "%.1e" : "%.2f");
        }
        return d.value("layers", Value.integer(p.layers()))
                .value("width", Value.integer(p.width()))
                .value("batch", Value.integer(p.batch()))
                .build();
    }
}
