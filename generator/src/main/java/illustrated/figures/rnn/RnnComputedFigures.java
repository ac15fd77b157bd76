package illustrated.figures.rnn;

import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.List;

/**
 * Computed figures of the RNN series, articles B, C and D. This list is a contract with the prose
 * (ids and value names are quoted as {@code [[fig:id]]} and {@code [[val:id/name]]}); keep it exact.
 *
 * <p>Article B (prerequisites):
 * <ul>
 *   <li>{@code weather-series} — chart, small multiples of a synthetic 4-channel weather series
 *       (temperature, pressure, humidity, wind; 10-minute steps over 96 h). Values: {@code steps-96h}
 *       (96 × 6 = 576, the source says 574), {@code channels} (4), {@code step-minutes} (10),
 *       {@code hours} (96).</li>
 * </ul>
 *
 * <p>Article C (simple RNN):
 * <ul>
 *   <li>{@code rnn-training-loss} — chart, mean cross-entropy per step vs training step for full BPTT
 *       and truncated BPTT (k steps) on a next-character task. Values: {@code final-loss-full},
 *       {@code final-loss-truncated}, {@code initial-loss}, {@code chance-loss} (log of vocabulary
 *       size), {@code hidden} (hidden units), {@code steps} (training steps), {@code seq-len} (T),
 *       {@code truncation} (k), {@code vocab} (alphabet size).</li>
 *   <li>{@code bptt-error-heatmap} — chart, heat-map of ‖∂L(τ)/∂h(t)‖ for output time τ (y axis) and
 *       hidden step t (x axis), computed by the hand-written BPTT of a trained network; lower
 *       triangular (t ≤ τ), decaying away from the diagonal. Values: {@code seq-len},
 *       {@code decay-per-step} (median ratio ‖∂L(τ)/∂h(t−1)‖ / ‖∂L(τ)/∂h(t)‖).</li>
 *   <li>{@code rnn-gradient-check} — chart, bar chart (log axis) of the worst relative error per
 *       parameter (U, V, W, b, c), hand-written BPTT vs central finite differences and vs ND4J SameDiff
 *       autodiff, double precision; the dataset also holds the table {@code gradient-check}
 *       (CSV: parameter, shape, worst rel. error vs finite differences, worst rel. error vs SameDiff).
 *       The build fails if any error exceeds 1e-6. Values: {@code worst-fd}, {@code worst-samediff}
 *       (formatted like 3.2e-10), {@code tolerance} (1e-6), {@code fd-step} (ε of the central
 *       differences).</li>
 * </ul>
 *
 * <p>Article D (history):
 * <ul>
 *   <li>{@code perceptron-separable} — chart, Rosenblatt's rule on linearly separable points: the
 *       points and the final decision line. Values: {@code epochs-to-converge}, {@code points}.</li>
 *   <li>{@code perceptron-xor} — chart, misclassifications per epoch, separable data vs noisy XOR
 *       (XOR never reaches 0). Values: {@code min-errors} (XOR, never 0), {@code epochs},
 *       {@code points}.</li>
 *   <li>{@code xor-mlp} — chart, a 2-4-1 tanh/sigmoid network trained by hand-written
 *       back-propagation: decision regions heat-map with the four XOR points, loss curve inset.
 *       Values: {@code final-loss}, {@code epochs}, {@code hidden}.</li>
 *   <li>{@code deep-net-gradients} — chart, norm of the loss gradient per layer (log axis) at
 *       initialisation in a deep network, sigmoid vs tanh vs ReLU. Values: {@code ratio-sigmoid},
 *       {@code ratio-tanh}, {@code ratio-relu} (first-layer / last-layer gradient norm),
 *       {@code layers}, {@code width}.</li>
 * </ul>
 */
public final class RnnComputedFigures implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        return List.of();
    }
}
