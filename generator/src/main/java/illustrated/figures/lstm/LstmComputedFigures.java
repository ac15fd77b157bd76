package illustrated.figures.lstm;

import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.List;

/**
 * Computed figures of articles E (LSTM forward propagation) and F (LSTM back-propagation).
 *
 * <p>Figure ids and the values the prose may quote with {@code [[val:id/name]]} (the contract with
 * the article text):
 * <ul>
 * <li>{@code lstm-gradient-check} (table, drawn as an SVG table; CSV table "gradient-check" with
 *     columns {@code param, count, worst-fd, worst-samediff}; rows W_z, W_i, W_f, W_o, R_z, R_i, R_f,
 *     R_o, b_z, b_i, b_f, b_o, p_i, p_f, p_o). Values: {@code worst-fd} (worst relative error of the
 *     hand-written BPTT against central finite differences, all parameters), {@code worst-samediff}
 *     (same against SameDiff autodiff), {@code params} (number of parameters checked),
 *     {@code tolerance} (1e-6: the build fails above it), {@code hidden-size}, {@code input-size},
 *     {@code steps} (sequence length), {@code batch}.</li>
 * <li>{@code adding-problem} (final test MSE vs sequence length T, simple tanh RNN vs LSTM, dashed
 *     baseline). Values: {@code mse-rnn-t10}, {@code mse-rnn-t25}, {@code mse-rnn-t50},
 *     {@code mse-rnn-t100}, {@code mse-lstm-t10}, {@code mse-lstm-t25}, {@code mse-lstm-t50},
 *     {@code mse-lstm-t100}, {@code baseline} (measured MSE of always predicting the mean),
 *     {@code baseline-theory} (1/6), {@code min-length}, {@code max-length}, {@code lengths} (how many
 *     lengths), {@code train-steps}, {@code batch}, {@code hidden-lstm}, {@code hidden-rnn}.</li>
 * <li>{@code lstm-gates-heatmap} (input, forget and output gate of a trained LSTM, unit x time, on
 *     one adding-problem sequence; marker positions shown). Values: {@code length},
 *     {@code marker-1}, {@code marker-2} (time steps of the two marked numbers),
 *     {@code target}, {@code prediction}, {@code hidden-size}, {@code test-mse}.</li>
 * <li>{@code lstm-cell-heatmap} (cell state c(t), unit x time, same network and sequence). Values:
 *     {@code length}, {@code marker-1}, {@code marker-2}, {@code target}, {@code prediction},
 *     {@code max-abs-cell}.</li>
 * <li>{@code vanishing-tanh-rnn} (||dh(T)/dh(0)|| vs T, log scale, for spectral norms 0.5, 0.9, 1.0,
 *     1.5, 3 against the bound ||W||^T). Values: {@code norm-tT-scaleS} for T in {10, 50} and S in
 *     {0-5, 0-9, 1-0, 1-5, 3-0} (e.g. {@code norm-t50-scale0-9}), {@code bound-t50-scale3-0},
 *     {@code max-steps}, {@code hidden-size}.</li>
 * <li>{@code lstm-cell-path} (||dc(T)/dc(0)|| along the cell path, product of diag(f), vs T, for
 *     forget-gate biases 0, 1, 3). Values: {@code path-t50-bias0}, {@code path-t50-bias1},
 *     {@code path-t50-bias3}, {@code mean-f-bias0}, {@code mean-f-bias1}, {@code mean-f-bias3}
 *     (mean forget-gate activation), {@code max-steps}.</li>
 * <li>{@code gradient-cliff} (log10 loss of x_t = w sigma(x_{t-1}) + b, T = 50 over a (w, b) grid;
 *     gradient-descent paths with and without norm clipping). Values: {@code max-grad-norm} (largest
 *     gradient norm met by the unclipped path), {@code clip-threshold}, {@code final-loss-clipped},
 *     {@code final-loss-unclipped}, {@code start-w}, {@code start-b}, {@code learning-rate},
 *     {@code gd-steps}, {@code max-jump-unclipped} (largest single parameter step, unclipped).</li>
 * </ul>
 */
public final class LstmComputedFigures implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        return List.of();
    }
}
