package illustrated.catalog.lstm;

import illustrated.chart.heatmap.Heatmaps;
import illustrated.chart.heatmap.TimeHeatmaps;
import illustrated.chart.table.ErrorTable;
import illustrated.chart.xy.LogLines;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.simulation.gradients.GradientCliff;
import illustrated.simulation.gradients.LstmCellPath;
import illustrated.simulation.gradients.VanishingTanhRnn;
import illustrated.simulation.nn.lstm.AddingTraining;
import illustrated.simulation.nn.lstm.LstmGateMaps;
import illustrated.simulation.nn.lstm.LstmGradientCheck;
import java.util.List;

/**
 * Computed figures of articles E (LSTM forward propagation) and F (LSTM back-propagation).
 *
 * <p>Figure ids and the values the prose may quote with {@code [[val:id/name]]} (the contract with
 * the article text; every value listed here exists, the tests check the main ones):
 * <ul>
 * <li>{@code lstm-gradient-check} (a table drawn as SVG; CSV table "gradient-check" with columns
 *     {@code param, count, worst-fd, worst-samediff}, rows W_z, W_i, W_f, W_o, R_z, R_i, R_f, R_o, b_z,
 *     b_i, b_f, b_o, p_i, p_f, p_o, numbers as "%.1e"). Values: {@code worst-fd} (worst relative error
 *     of the hand-written BPTT against fourth-order central finite differences, all parameters),
 *     {@code worst-samediff} (same against SameDiff autodiff), {@code params} (number of parameters
 *     checked, 81), {@code tolerance} (1e-6: the simulation throws above it and the build fails),
 *     {@code hidden-size}, {@code input-size}, {@code steps} (sequence length), {@code batch}.</li>
 * <li>{@code adding-problem} (test MSE vs sequence length T = 10, 20, 40, 100, simple tanh RNN vs LSTM, log
 *     scale, dashed baseline). Values: {@code mse-rnn-t10} ... {@code mse-rnn-t100},
 *     {@code mse-lstm-t10} ... {@code mse-lstm-t100}, {@code baseline} (measured MSE
 *     of always answering the mean 1 on the test sets), {@code baseline-theory} (1/6),
 *     {@code min-length}, {@code max-length}, {@code lengths} (how many lengths), {@code train-steps}
 *     (Adam updates per network and length), {@code batch}, {@code hidden-lstm}, {@code forget-bias} (initial
 *     forget-gate bias of the LSTM), {@code hidden-rnn}.</li>
 * <li>{@code lstm-gates-heatmap} (input, forget and output gates of a trained LSTM, cell x time, on one
 *     adding-problem sequence of length 24, marked steps shown) and {@code lstm-cell-heatmap} (cell
 *     state c(t), same network and sequence). Both have the same values: {@code length},
 *     {@code marker-1}, {@code marker-2} (time steps, from 1, of the two marked numbers), {@code target},
 *     {@code prediction}, {@code hidden-size}, {@code test-mse}, {@code train-steps},
 *     {@code max-abs-cell}, {@code memory-cell} (the cell whose input gate opens most at the marked
 *     steps), {@code memory-i-marked} (its input gate at the marked steps, mean),
 *     {@code memory-i-other} (its input gate at the other steps, mean).</li>
 * <li>{@code vanishing-tanh-rnn} (||dh(T)/dh(0)|| vs T, log scale, spectral norms ||W|| = 0.5, 0.9,
 *     1.0, 1.5, 3 against the bound ||W||^T). Values: {@code norm-tT-scaleS} and {@code bound-tT-scaleS}
 *     for T in {10, 50} and S in {0-5, 0-9, 1-0, 1-5, 3-0} (e.g. {@code norm-t50-scale0-9}),
 *     {@code max-steps}, {@code hidden-size}, {@code sequences}.</li>
 * <li>{@code lstm-cell-path} (||dc(T)/dc(0)|| along the cell path, the product of diag(f), vs T, for
 *     forget-gate biases 0, 1, 3). Values: {@code path-tT-biasB} for T in {10, 50, 100} and B in
 *     {0, 1, 3} (e.g. {@code path-t50-bias3}), {@code mean-f-bias0}, {@code mean-f-bias1},
 *     {@code mean-f-bias3} (mean forget-gate activation), {@code max-steps}, {@code hidden-size}.</li>
 * <li>{@code gradient-cliff} (log10 loss of x(t) = w sigma(x(t-1)) + b, x(0) = 0.5, T = 50, target 0.7,
 *     over a (w, b) grid, downloadable as the grid "log10 loss"; gradient-descent paths with and without
 *     norm clipping). Values: {@code max-grad-norm} (largest gradient norm met by the plain path),
 *     {@code max-grad-norm-clipped-path}, {@code clip-threshold}, {@code final-loss-clipped},
 *     {@code final-loss-unclipped}, {@code max-jump-unclipped} (largest single parameter step, plain),
 *     {@code max-jump-clipped}, {@code start-w}, {@code start-b}, {@code learning-rate},
 *     {@code gd-steps}, {@code steps} (T).</li>
 * </ul>
 */
public final class LstmComputedFigures implements FigureCatalog {
    /** Lengths of the adding-problem experiment (value names mse-rnn-tT, mse-lstm-tT). */
    public static final List<Integer> ADDING_LENGTHS = List.of(10, 20, 40, 100);
    /** 16 LSTM cells whose forget gates start open (bias 3): at T = 100 the LSTM breaks through in about 350 updates. */
    static final AddingTraining.Params ADDING = new AddingTraining.Params(ADDING_LENGTHS, 16, 3.0, 16, 64, 500, 0.03,
            1.0, 500);
    static final LstmGateMaps.Params GATE_MAPS = new LstmGateMaps.Params(24, 8, 64, 400, 0.03, 1.0, 500);
    /** Cell states beyond +-this are drawn in full colour (a few cells count time and grow large). */
    static final double CELL_COLOUR_LIMIT = 0.6;
    static final LstmGradientCheck.Params CHECK = new LstmGradientCheck.Params(2, 3, 5, 2, 1e-4, 1e-6);
    static final VanishingTanhRnn.Params VANISHING = new VanishingTanhRnn.Params(32, List.of(0.5, 0.9, 1.0, 1.5, 3.0),
            50, 8, 0.5, List.of(10, 50));
    static final LstmCellPath.Params CELL_PATH = new LstmCellPath.Params(4, 32, List.of(0.0, 1.0, 3.0), 100, 8,
            List.of(10, 50, 100));
    static final GradientCliff.Params CLIFF = new GradientCliff.Params(3.0, 9.0, 121, -5.0, 0.5, 111, 50, 0.5, 0.7,
            6.5, -2.2, 0.01, 100, 2.0);

    @Override
    public List<FigureSpec> figures() {
        return List.of(gradientCheck(), addingProblem(), gateHeatmap(), cellHeatmap(), vanishing(), cellPath(),
                cliff());
    }

    // ---------------------------------------------------------------- gradient check (a table)

    private static FigureSpec gradientCheck() {
        return FigureSpec.computed("lstm-gradient-check", new LstmGradientCheck(), CHECK, 20260115L)
                .tolerance(1.0) // the errors themselves are rounding noise
                .paint(ErrorTable::paint)
                .size(640, 610)
                .title("Gradient check of the hand-written LSTM back-propagation")
                .description(d -> "A table with one row per parameter block of a peephole LSTM with "
                        + d.value("input-size").formatted() + " inputs and " + d.value("hidden-size").formatted()
                        + " cells, run for " + d.value("steps").formatted() + " steps: W_z, W_i, W_f, W_o, R_z to R_o,"
                        + " b_z to b_o and the peepholes p_i, p_f, p_o. For each block it gives the worst relative"
                        + " error of the hand-written back-propagation through time against fourth-order central finite"
                        + " differences and against SameDiff's automatic differentiation. Over all "
                        + d.value("params").formatted() + " parameters the worst errors are "
                        + d.value("worst-fd").formatted() + " and " + d.value("worst-samediff").formatted()
                        + "; the build fails above " + d.value("tolerance").formatted() + ".")
                .build();
    }

    // ---------------------------------------------------------------- adding problem

    private static FigureSpec addingProblem() {
        return FigureSpec.computed("adding-problem", new AddingTraining(), ADDING, 1997L)
                .tolerance(0.5) // chaotic training: curves part from the first differing bit
                .chart((d, t) -> LogLines.errorByLength(d, t, ADDING_LENGTHS))
                .size(720, 440)
                .title("The adding problem: simple RNN against LSTM at growing sequence lengths")
                .description(d -> "Test mean squared error after " + d.value("train-steps").formatted()
                        + " Adam updates, on a log scale, against the sequence length T = "
                        + d.value("min-length").formatted() + " to " + d.value("max-length").formatted()
                        + ". The dashed line is the error of always answering the mean, "
                        + d.value("baseline").formatted() + " (theory 1/6). At T = " + d.value("max-length").formatted()
                        + " the simple tanh RNN ends at " + d.value("mse-rnn-t" + last()).formatted()
                        + ", no better than the baseline, while the LSTM reaches "
                        + d.value("mse-lstm-t" + last()).formatted() + ".")
                .build();
    }

    private static int last() {
        return ADDING_LENGTHS.get(ADDING_LENGTHS.size() - 1);
    }

    // ---------------------------------------------------------------- gate and cell heat-maps

    private static FigureSpec gateHeatmap() {
        return FigureSpec.computed("lstm-gates-heatmap", new LstmGateMaps(), GATE_MAPS, 1997L)
                .chart((d, t) -> TimeHeatmaps.overTime(d, t, List.of(LstmGateMaps.INPUT_GATE, LstmGateMaps.FORGET_GATE,
                        LstmGateMaps.OUTPUT_GATE), false, CELL_COLOUR_LIMIT))
                .size(760, 620)
                .title("Gate activations of a trained LSTM on one adding-problem sequence")
                .description(d -> "Four panels over the time steps 1 to " + d.value("length").formatted()
                        + ". Top: the input numbers, the two marked ones (steps " + d.value("marker-1").formatted()
                        + " and " + d.value("marker-2").formatted() + ") highlighted. Below, as heat-maps with one row"
                        + " per cell (" + d.value("hidden-size").formatted() + " cells) on the viridis scale from dark purple (0) to yellow (1): the"
                        + " input gate i, the forget gate f and the output gate o. Dashed lines mark the marked steps."
                        + " The network's answer is " + d.value("prediction").formatted() + " for a true sum of "
                        + d.value("target").formatted() + "; its test error is " + d.value("test-mse").formatted() + ".")
                .build();
    }

    private static FigureSpec cellHeatmap() {
        return FigureSpec.computed("lstm-cell-heatmap", new LstmGateMaps(), GATE_MAPS, 1997L)
                .chart((d, t) -> TimeHeatmaps.overTime(d, t, List.of(LstmGateMaps.CELL), true, CELL_COLOUR_LIMIT))
                .size(760, 400)
                .title("Cell state of a trained LSTM on one adding-problem sequence")
                .description(d -> "Two panels over the time steps 1 to " + d.value("length").formatted()
                        + ". Top: the input numbers with the marked ones (steps " + d.value("marker-1").formatted()
                        + " and " + d.value("marker-2").formatted() + ") highlighted. Bottom: the cell state c(t) of"
                        + " each of the " + d.value("hidden-size").formatted() + " cells as a heat-map, blue for"
                        + " negative, gold for positive, full colour from size " + CELL_COLOUR_LIMIT + " on (the largest is "
                        + d.value("max-abs-cell").formatted() + "). Some cells drift steadily, counting time; cell "
                        + d.value("memory-cell").formatted() + ", whose input gate opens to "
                        + d.value("memory-i-marked").formatted() + " at the marked steps and stays near "
                        + d.value("memory-i-other").formatted() + " elsewhere, changes at the marked steps and holds"
                        + " its value in between. The network answers " + d.value("prediction").formatted()
                        + " for a true sum of " + d.value("target").formatted() + ".")
                .build();
    }

    // ---------------------------------------------------------------- vanishing / exploding

    private static FigureSpec vanishing() {
        return FigureSpec.computed("vanishing-tanh-rnn", new VanishingTanhRnn(), VANISHING, 2013L)
                .chart(LogLines::normsAndBounds)
                .size(720, 480)
                .title("How the Jacobian of a tanh RNN shrinks or grows with the number of steps")
                .description(d -> "Spectral norm of dh(T)/dh(0) for a tanh RNN with "
                        + d.value("hidden-size").formatted() + " units, on a log scale, against T = 0 to "
                        + d.value("max-steps").formatted() + ", for recurrent matrices W with spectral norm 0.5, 0.9,"
                        + " 1.0, 1.5 and 3 (solid lines, geometric means over " + d.value("sequences").formatted()
                        + " random trajectories), each with its bound ||W||^T (dashed). Every curve stays below its"
                        + " bound. At T = 50 the norm is " + d.value("norm-t50-scale0-9").formatted()
                        + " for ||W|| = 0.9 and " + d.value("norm-t50-scale3-0").formatted()
                        + " for ||W|| = 3, whose bound is " + d.value("bound-t50-scale3-0").formatted()
                        + ": a norm above one allows explosion but saturation of tanh prevents it here.")
                .build();
    }

    private static FigureSpec cellPath() {
        return FigureSpec.computed("lstm-cell-path", new LstmCellPath(), CELL_PATH, 2000L)
                .chart(LogLines::normsOverSteps)
                .size(720, 440)
                .title("The LSTM's cell path keeps the gradient alive when the forget gate stays open")
                .description(d -> "Norm of dc(T)/dc(0) along the cell path, the product of the forget-gate"
                        + " activations, on a log scale against T = 0 to " + d.value("max-steps").formatted()
                        + ", for an untrained LSTM with " + d.value("hidden-size").formatted()
                        + " cells and forget-gate bias 0, 1 and 3 (mean forget gate "
                        + d.value("mean-f-bias0").formatted() + ", " + d.value("mean-f-bias1").formatted() + " and "
                        + d.value("mean-f-bias3").formatted() + "). At T = 50 the norm is "
                        + d.value("path-t50-bias0").formatted() + ", " + d.value("path-t50-bias1").formatted()
                        + " and " + d.value("path-t50-bias3").formatted() + ".")
                .build();
    }

    // ---------------------------------------------------------------- the cliff

    private static FigureSpec cliff() {
        return FigureSpec.computed("gradient-cliff", new GradientCliff(), CLIFF, 2013L)
                .chart((d, t) -> Heatmaps.lossSurface(d, t, CLIFF.x0()))
                .size(720, 560)
                .title("A cliff in the loss of a one-unit recurrent net, and gradient clipping")
                .description(d -> "Heat-map of log10 of the loss (x(50) \u2212 0.7)^2 of the net x(t) = w \u03c3(x(t\u22121))"
                        + " + b with x(0) = 0.5, over w from 3 to 9 and b from \u22125 to 0.5; yellow is high loss, dark purple low."
                        + " A sharp diagonal wall separates two regions. Two gradient-descent paths start at w = "
                        + d.value("start-w").formatted() + ", b = " + d.value("start-b").formatted() + " with step size "
                        + d.value("learning-rate").formatted() + " for " + d.value("gd-steps").formatted()
                        + " updates. Without clipping the path meets the wall, where the gradient norm reaches "
                        + d.value("max-grad-norm").formatted() + ", and one update throws it "
                        + d.value("max-jump-unclipped").formatted() + " away; its final loss is "
                        + d.value("final-loss-unclipped").formatted() + ". With the gradient norm clipped at "
                        + d.value("clip-threshold").formatted() + " no update moves more than "
                        + d.value("max-jump-clipped").formatted() + " and the final loss is "
                        + d.value("final-loss-clipped").formatted() + ".")
                .build();
    }

}
