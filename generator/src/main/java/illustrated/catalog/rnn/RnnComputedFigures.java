package illustrated.catalog.rnn;

import illustrated.chart.bar.LogBars;
import illustrated.chart.heatmap.Heatmaps;
import illustrated.chart.xy.LogLines;
import illustrated.chart.xy.PerceptronCharts;
import illustrated.chart.xy.StackedLines;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.simulation.history.DeepNetGradients;
import illustrated.simulation.history.PerceptronRule;
import illustrated.simulation.history.XorMlp;
import illustrated.simulation.nn.rnn.BpttErrorFlow;
import illustrated.simulation.nn.rnn.RnnGradientCheck;
import illustrated.simulation.nn.rnn.RnnTraining;
import illustrated.simulation.sequence.WeatherSeries;
import java.util.List;

/**
 * Computed figures of the RNN series, articles B, C and D. This list is a contract with the prose
 * (ids and value names are quoted as {@code [[fig:id]]} and {@code [[val:id/name]]}); keep it exact.
 * {@code RnnComputedFiguresTest} checks the ids and the main value names.
 *
 * <p>Article B (prerequisites):
 * <ul>
 *   <li>{@code weather-series} — chart, small multiples of a synthetic 4-channel weather series
 *       (temperature, pressure, humidity, wind; 10-minute steps over 96 h; a front passes near hour
 *       60). Values: {@code steps-96h} (96 × 6 = 576; the source says 574), {@code channels} (4),
 *       {@code step-minutes} (10), {@code hours} (96).</li>
 * </ul>
 *
 * <p>Article C (simple RNN):
 * <ul>
 *   <li>{@code rnn-training-loss} — chart, mean cross-entropy per character (log axis) against the
 *       training step, full BPTT vs truncated BPTT (k = 3), next-character prediction on the
 *       repeated text "the cat sat on the mat. ". Values: {@code final-loss-full},
 *       {@code final-loss-truncated} (nats per character on windows from every text position),
 *       {@code initial-loss} (the untrained network, the step-0 point of both curves, measured like the
 *       final losses), {@code chance-loss} (ln of the alphabet size), {@code hidden} (16),
 *       {@code steps} (training steps), {@code seq-len} (T), {@code truncation} (k), {@code vocab}
 *       (alphabet size), {@code batch} (sequences per step).</li>
 *   <li>{@code bptt-error-heatmap} — chart, two lower-triangular heat-maps (before / after training
 *       the network of {@code rnn-training-loss}): row τ (output time), column t (hidden step),
 *       colour log10(‖∂L(τ)/∂h(t)‖ / ‖∂L(τ)/∂h(τ)‖), computed by the hand-written BPTT. Values:
 *       {@code seq-len}, {@code decay-per-step} and {@code decay-per-step-untrained} (median factor
 *       per step back), {@code last-row-survival} and {@code last-row-survival-untrained} (share of
 *       the last output's error that reaches h(1)), {@code final-loss}.</li>
 *   <li>{@code rnn-gradient-check} — chart, grouped bars (log axis) of the worst relative error per
 *       parameter (U, V, W, b, c): hand-written BPTT vs central finite differences and vs ND4J
 *       SameDiff autodiff, double precision; dashed line at the tolerance. The dataset holds the
 *       table {@code gradient-check} (CSV, header first: parameter, shape, entries, worst relative
 *       error vs finite differences, worst relative error vs SameDiff). The build fails if an error
 *       exceeds 1e-6. Values: {@code worst-fd}, {@code worst-samediff} (formatted like 1.3e-08),
 *       {@code tolerance} (1e-06), {@code fd-step} (ε = 1e-05), {@code parameters} (number of
 *       scalar parameters checked), {@code hidden}, {@code seq-len}.</li>
 * </ul>
 *
 * <p>Article D (history). {@code perceptron-separable} and {@code perceptron-xor} share one
 * simulation and carry the same values: {@code epochs-to-converge} (epochs with mistakes before
 * the first clean epoch, separable set), {@code min-errors} (fewest mistakes in any XOR epoch, never
 * 0), {@code epochs} (epochs run on XOR), {@code points} (points per set).
 * <ul>
 *   <li>{@code perceptron-separable} — chart, the separable points, the line after epoch 1
 *       (dashed) and the final line.</li>
 *   <li>{@code perceptron-xor} — chart, mistakes per epoch, separable set vs noisy XOR.</li>
 *   <li>{@code xor-mlp} — diagram of two charts: decision regions of a 2-4-1 network (tanh hidden,
 *       logistic output, hand-written back-propagation, full-batch gradient descent) with the four
 *       XOR points, and its loss curve (log axis). Values: {@code final-loss}, {@code initial-loss},
 *       {@code epochs}, {@code hidden}, {@code worst-output-error} (largest |p − y| on the four
 *       points).</li>
 *   <li>{@code deep-net-gradients} — chart, ‖∂L/∂W_l‖ per layer (log axis) at initialisation,
 *       sigmoid vs tanh (weights N(0, 1/n)) vs ReLU (N(0, 2/n)). Values: {@code ratio-sigmoid},
 *       {@code ratio-tanh}, {@code ratio-relu} (layer-1 / last-layer gradient norm), {@code layers}
 *       (20), {@code width} (64), {@code batch}.</li>
 * </ul>
 */
public final class RnnComputedFigures implements FigureCatalog {
    /** The repeated text of the next-character task (a long-range choice: "the c…" or "the m…"). */
    static final String TEXT = "the cat sat on the mat. ";
    /** Shared by the loss curves and the heat-map, so the heat-map shows the network of the curves. */
    static final RnnTraining.Params TRAINING = new RnnTraining.Params(TEXT, 16, 16, 32, 80, 3, 0.03, 4);
    static final long TRAINING_SEED = 2024L;

    @Override
    public List<FigureSpec> figures() {
        return List.of(weatherSeries(), trainingLoss(), bpttHeatmap(), gradientCheck(), perceptronSeparable(),
                perceptronXor(), xorMlp(), deepNetGradients());
    }

    // ---------------------------------------------------------------- article B

    static FigureSpec weatherSeries() {
        return FigureSpec.computed("weather-series", new WeatherSeries(), new WeatherSeries.Params(96, 10, 60.0), 7L)
                .chart((d, t) -> StackedLines.chart(d, t, WEATHER))
                .size(760, 560)
                .title("Sequence data: four weather channels sampled every 10 minutes for 96 hours")
                .description(d -> "Four stacked line charts sharing a time axis from 0 to 96 hours: temperature "
                        + "in degrees Celsius swings with the daily cycle, pressure in hectopascals dips as a front "
                        + "passes around hour 60, relative humidity in percent rises and wind speed in metres per "
                        + "second picks up at the same time. Each of the " + d.value("steps-96h").formatted()
                        + " time steps is one vector x(t) with " + d.value("channels").formatted()
                        + " entries. Synthetic data.")
                .build();
    }

    private static final String[][] WEATHER = {
        {"temperature", "temperature", "°C"}, {"pressure", "pressure", "hPa"},
        {"humidity", "rel. humidity", "%"}, {"wind", "wind speed", "m/s"}};

    // ---------------------------------------------------------------- article C

    static FigureSpec trainingLoss() {
        return FigureSpec.computed("rnn-training-loss", new RnnTraining(), TRAINING, TRAINING_SEED)
                .chart(LogLines::trainingLoss)
                .size(720, 420)
                .title("Training a simple RNN to predict the next character: full vs truncated BPTT")
                .description(d -> "Two loss curves on a logarithmic axis against the training step. A simple RNN "
                        + "with " + d.value("hidden").formatted() + " hidden units reads windows of "
                        + d.value("seq-len").formatted() + " characters of the repeated text \"" + TEXT.strip()
                        + "\" and predicts each next character. Both runs start from the same untrained network at step 0, "
                        + "with a loss of " + d.value("initial-loss").formatted() + " nats per character, near chance "
                        + "level, " + d.value("chance-loss").formatted() + ". Truncated BPTT (k = "
                        + d.value("truncation").formatted() + ") makes more updates and falls faster at first; full "
                        + "BPTT ends lower: " + d.value("final-loss-full").formatted() + " against "
                        + d.value("final-loss-truncated").formatted() + " nats per character after "
                        + d.value("steps").formatted() + " steps.")
                .build();
    }

    static FigureSpec bpttHeatmap() {
        return FigureSpec.computed("bptt-error-heatmap", new BpttErrorFlow(), new BpttErrorFlow.Params(TRAINING),
                TRAINING_SEED)
                .chart(Heatmaps::errorFlow)
                .size(780, 430)
                .narrow(360, 760, Heatmaps::errorFlowNarrow)
                .title("Which errors feed which gradient: how much of the error at output time τ reaches h(t)")
                .description(d -> "Two triangular heat-maps side by side, before and after training a simple RNN on "
                        + "next-character prediction. Row τ, column t shows the size of the error that the loss at "
                        + "output time τ sends back to the hidden state at step t, relative to the error it puts on "
                        + "h(τ) itself, on a logarithmic colour scale: the diagonal is 1 (yellow, the top of the viridis scale). Cells above the "
                        + "diagonal are empty: an output cannot depend on a later state. Along each row the colour "
                        + "fades away from the diagonal: each step back multiplies the error by about "
                        + d.value("decay-per-step").formatted() + " (median) in the trained network and "
                        + d.value("decay-per-step-untrained").formatted() + " before training; after "
                        + (int) (d.value("seq-len").value() - 1) + " steps back only "
                        + d.value("last-row-survival").formatted() + " of the error of the last output is left.")
                .build();
    }

    static FigureSpec gradientCheck() {
        RnnGradientCheck.Params p = new RnnGradientCheck.Params(3, 4, 3, 5, 2, 1e-5, 1e-8, 1e-6);
        return FigureSpec.computed("rnn-gradient-check", new RnnGradientCheck(), p, 11L)
                .tolerance(1.0) // the errors themselves are rounding noise
                .chart(LogBars::worstErrors)
                .size(680, 400)
                .title("Gradient check: hand-written BPTT against finite differences and SameDiff autodiff")
                .description(d -> "Grouped bars on a logarithmic axis, one group per parameter U, V, W, b and c: the "
                        + "worst relative error between the hand-written BPTT gradient and central finite "
                        + "differences (step " + d.value("fd-step").formatted() + "), and between BPTT and ND4J "
                        + "SameDiff's automatic differentiation, in double precision. The worst errors are "
                        + d.value("worst-fd").formatted() + " and " + d.value("worst-samediff").formatted()
                        + ", far below the dashed line at " + d.value("tolerance").formatted()
                        + " above which the build fails.")
                .build();
    }

    // ---------------------------------------------------------------- article D

    static final PerceptronRule.Params PERCEPTRON = new PerceptronRule.Params(40, 0.03, 0.35, 30, 1.0);

    static FigureSpec perceptronSeparable() {
        return FigureSpec.computed("perceptron-separable", new PerceptronRule(), PERCEPTRON, 3L)
                .chart((d, t) -> PerceptronCharts.pointsAndLines(d, t, PerceptronRule.BOX))
                .size(560, 520)
                .title("Rosenblatt's perceptron rule finds a separating line")
                .description(d -> "A scatter plot of " + d.value("points").formatted() + " points of two classes "
                        + "that a straight line can separate, with the line the perceptron rule had after its first "
                        + "epoch (dashed) and its final line (solid), reached after "
                        + d.value("epochs-to-converge").formatted() + " epochs with mistakes; the next epoch makes "
                        + "none, so learning stops.")
                .build();
    }

    static FigureSpec perceptronXor() {
        return FigureSpec.computed("perceptron-xor", new PerceptronRule(), PERCEPTRON, 3L)
                .chart(PerceptronCharts::mistakesPerEpoch)
                .size(720, 400)
                .title("The perceptron rule settles on separable data but never on XOR")
                .description(d -> "Mistakes per epoch of the perceptron rule on two sets of "
                        + d.value("points").formatted() + " points. On the linearly separable set the count "
                        + "falls to zero after " + d.value("epochs-to-converge").formatted() + " epochs and "
                        + "training stops. On noisy XOR no line can separate the classes, so every one of the "
                        + d.value("epochs").formatted() + " epochs makes mistakes: never fewer than "
                        + d.value("min-errors").formatted() + ".")
                .build();
    }

    static FigureSpec xorMlp() {
        return FigureSpec.computed("xor-mlp", new XorMlp(), new XorMlp.Params(4, 600, 1.5, 5, 30), 5L)
                .paint(Heatmaps::regionsAndLoss)
                .size(860, 400)
                .narrow(360, 720, Heatmaps::regionsAndLossNarrow)
                .title("A network with one hidden layer learns XOR")
                .description(d -> "Left: the output of a 2-" + d.value("hidden").formatted() + "-1 network "
                        + "trained on XOR, over the plane; orange where it says 1, blue where it says 0, the four "
                        + "XOR points on top. The regions are not half-planes: the hidden layer bends the boundary. "
                        + "Right: the cross-entropy loss on a logarithmic axis during "
                        + d.value("epochs").formatted() + " epochs of gradient descent with back-propagation, "
                        + "from " + d.value("initial-loss").formatted() + " to " + d.value("final-loss").formatted()
                        + ".")
                .build();
    }

    static FigureSpec deepNetGradients() {
        return FigureSpec.computed("deep-net-gradients", new DeepNetGradients(),
                new DeepNetGradients.Params(20, 64, 128), 5L)
                .chart(LogLines::layerGradients)
                .size(720, 430)
                .title("Vanishing gradients: gradient size per layer of a deep network at initialisation")
                .description(d -> "Three lines on a logarithmic axis: the norm of the loss gradient with respect to "
                        + "each layer's weights in a " + d.value("layers").formatted() + "-layer network of width "
                        + d.value("width").formatted() + ", layer 1 nearest the input. With sigmoid units the "
                        + "gradient at layer 1 is " + d.value("ratio-sigmoid").formatted() + " times the gradient "
                        + "at the last layer; with tanh the ratio is " + d.value("ratio-tanh").formatted()
                        + " and with ReLU (He initialisation) " + d.value("ratio-relu").formatted() + ".")
                .build();
    }
}
