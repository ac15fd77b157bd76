package illustrated.figures.rnn;

import illustrated.format.Decimal;
import illustrated.chart.PinnedLogAxis;
import illustrated.chart.Charts;
import illustrated.chart.ColourMaps;
import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import illustrated.simulation.history.DeepNetGradients;
import illustrated.simulation.history.PerceptronRule;
import illustrated.simulation.history.XorMlp;
import illustrated.simulation.nn.rnn.BpttErrorFlow;
import illustrated.simulation.nn.rnn.RnnGradientCheck;
import illustrated.simulation.nn.rnn.RnnTraining;
import illustrated.simulation.sequence.WeatherSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

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
                .chart(RnnComputedFigures::weatherChart)
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

    static JFreeChart weatherChart(Dataset d, Theme t) {
        NumberAxis time = Charts.axis(t, "time (hours)");
        time.setTickUnit(new NumberTickUnit(12));
        time.setRange(0, 96);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(10);
        for (int i = 0; i < WEATHER.length; i++) {
            Series s = d.series(WEATHER[i][0]);
            NumberAxis y = Charts.axis(t, WEATHER[i][2]);
            styleAxis(y, t);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setSeriesPaint(0, t.series(i));
            r.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            XYPlot sub = new XYPlot(collection(List.of(s)), null, y, r);
            styleGrid(sub, t);
            double top = max(s.y());
            double bottom = min(s.y());
            double pad = 0.12 * (top - bottom);
            y.setRange(bottom - pad, top + 2.2 * pad);
            XYTextAnnotation name = new XYTextAnnotation(WEATHER[i][1], 1.0, top + 1.6 * pad);
            name.setTextAnchor(TextAnchor.CENTER_LEFT);
            name.setFont(t.font(13.5f));
            name.setPaint(t.series(i));
            sub.addAnnotation(name);
            plot.add(sub, 1);
        }
        return new JFreeChart(null, t.font(14f), plot, false);
    }

    // ---------------------------------------------------------------- article C

    static FigureSpec trainingLoss() {
        return FigureSpec.computed("rnn-training-loss", new RnnTraining(), TRAINING, TRAINING_SEED)
                .chart(RnnComputedFigures::trainingChart)
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

    static JFreeChart trainingChart(Dataset d, Theme t) {
        List<Series> s = d.series();
        JFreeChart chart = Charts.lines(t, "training step (batches of " + d.value("batch").formatted()
                + " sequences)", "loss per character (nats)", s);
        XYPlot plot = chart.getXYPlot();
        LogAxis y = new DecimalLogAxis("loss per character (nats, log scale)");
        y.setSmallestValue(1e-3);
        double lo = Math.min(min(s.get(0).y()), min(s.get(1).y()));
        y.setRange(lo * 0.7, d.value("chance-loss").value() * 1.5);
        plot.setRangeAxis(y);
        ValueMarker chance = new ValueMarker(d.value("chance-loss").value(), t.color(Role.MUTED), t.dashed());
        chance.setLabel("chance level: ln " + d.value("vocab").formatted() + " = " + d.value("chance-loss").formatted());
        chance.setLabelFont(t.font(12.5f));
        chance.setLabelPaint(t.color(Role.MUTED));
        chance.setLabelBackgroundColor(Role.PAPER.color(0));
        chance.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        chance.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        chance.setLabelOffset(new RectangleInsets(4, 4, 4, 8));
        plot.addRangeMarker(chance);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, t.color(Role.HIDDEN));
        r.setSeriesPaint(1, t.color(Role.OUTPUT));
        return chart;
    }

    static FigureSpec bpttHeatmap() {
        return FigureSpec.computed("bptt-error-heatmap", new BpttErrorFlow(), new BpttErrorFlow.Params(TRAINING),
                TRAINING_SEED)
                .chart(RnnComputedFigures::heatmapChart)
                .size(780, 430)
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

    static JFreeChart heatmapChart(Dataset d, Theme t) {
        Grid before = d.grid("untrained");
        Grid after = d.grid("trained");
        double lo = Math.floor(2 * Math.min(minFilled(before), minFilled(after))) / 2;
        double hi = 0;
        PaintScale scale = new ColourMaps.Viridis(lo, hi, true);
        int n = before.cols();
        NumberAxis tau = Charts.axis(t, "output time τ");
        tau.setAttributedLabel(rich(t, 14f, "output time τ"));
        tau.setInverted(true);
        tau.setRange(0.5, n + 0.5);
        tau.setTickUnit(new NumberTickUnit(n > 12 ? 2 : 1));
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(tau);
        plot.setGap(18);
        for (Grid g : List.of(before, after)) {
            NumberAxis x = Charts.axis(t, "hidden step t, " + (g == before ? "before" : "after") + " training");
            x.setRange(0.5, n + 0.5);
            x.setTickUnit(new NumberTickUnit(n > 12 ? 2 : 1));
            styleAxis(x, t);
            XYBlockRenderer r = new XYBlockRenderer();
            r.setPaintScale(scale);
            r.setBlockWidth(0.9);
            r.setBlockHeight(0.9);
            XYPlot sub = new XYPlot(xyz(g), x, null, r);
            sub.setDomainGridlinesVisible(false);
            sub.setRangeGridlinesVisible(false);
            sub.setOutlinePaint(t.color(Role.GRID));
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(null, t.font(14f), plot, false);
        NumberAxis bar = new NumberAxis("log10 of the error size");
        bar.setAttributedLabel(rich(t, 14f, "log_{10}  ∥∂L(τ)/∂h(t)∥ / ∥∂L(τ)/∂h(τ)∥"));
        bar.setRange(lo, hi);
        bar.setTickUnit(new NumberTickUnit(hi - lo > 8 ? 2 : hi - lo > 3 ? 1 : 0.5, ticks("0.#")));
        styleAxis(bar, t);
        PaintScaleLegend legend = new PaintScaleLegend(scale, bar);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(10, 12, 40, 4));
        legend.setBackgroundPaint(null);
        legend.setStripOutlineVisible(false);
        chart.addSubtitle(legend);
        return chart;
    }

    static FigureSpec gradientCheck() {
        RnnGradientCheck.Params p = new RnnGradientCheck.Params(3, 4, 3, 5, 2, 1e-5, 1e-8, 1e-6);
        return FigureSpec.computed("rnn-gradient-check", new RnnGradientCheck(), p, 11L)
                .tolerance(1.0) // the errors themselves are rounding noise
                .chart(RnnComputedFigures::gradientCheckChart)
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

    /** Bars below this value are drawn at it (a log axis cannot show an exact 0). */
    static final double BAR_FLOOR = 1e-17;

    static JFreeChart gradientCheckChart(Dataset d, Theme t) {
        DefaultCategoryDataset c = new DefaultCategoryDataset();
        String[] names = {"U", "V", "W", "b", "c"};
        for (Series s : d.series()) {
            String label = s.name().equals("SameDiff") ? "vs SameDiff autodiff" : "vs central finite differences";
            for (int i = 0; i < s.size(); i++) {
                c.addValue(Math.max(BAR_FLOOR, s.y(i)), label, names[(int) s.x(i)]);
            }
        }
        LogAxis y = new PinnedLogAxis("worst relative error");
        y.setBase(10);
        y.setSmallestValue(BAR_FLOOR);
        y.setRange(BAR_FLOOR, 1e-4);
        y.setTickUnit(new NumberTickUnit(2));
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.08);
        r.setSeriesPaint(0, t.color(Role.GRADIENT));
        r.setSeriesPaint(1, t.color(Role.C6));
        CategoryAxis x = new CategoryAxis("parameter");
        x.setCategoryMargin(0.35);
        x.setTickLabelFont(t.mathFont(15f));
        CategoryPlot plot = new CategoryPlot(c, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ValueMarker tol = new ValueMarker(d.value("tolerance").value(), t.color(Role.OUTPUT), t.dashed());
        tol.setLabel("the build fails above " + plainSci(d.value("tolerance").value()));
        tol.setLabelBackgroundColor(Role.PAPER.color(0));
        tol.setLabelOffset(new RectangleInsets(4, 4, 4, 8));
        tol.setLabelFont(t.font(12.5f));
        tol.setLabelPaint(t.color(Role.OUTPUT));
        tol.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        tol.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(tol);
        return new JFreeChart(null, t.font(14f), plot, true);
    }

    // ---------------------------------------------------------------- article D

    static final PerceptronRule.Params PERCEPTRON = new PerceptronRule.Params(40, 0.03, 0.35, 30, 1.0);

    static FigureSpec perceptronSeparable() {
        return FigureSpec.computed("perceptron-separable", new PerceptronRule(), PERCEPTRON, 3L)
                .chart(RnnComputedFigures::perceptronChart)
                .size(560, 520)
                .title("Rosenblatt's perceptron rule finds a separating line")
                .description(d -> "A scatter plot of " + d.value("points").formatted() + " points of two classes "
                        + "that a straight line can separate, with the line the perceptron rule had after its first "
                        + "epoch (dashed) and its final line (solid), reached after "
                        + d.value("epochs-to-converge").formatted() + " epochs with mistakes; the next epoch makes "
                        + "none, so learning stops.")
                .build();
    }

    static JFreeChart perceptronChart(Dataset d, Theme t) {
        XYSeriesCollection pts = collection(Charts.pick(d, "class +1", "class \u22121"));
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
        pr.setSeriesPaint(0, t.color(Role.C1));
        pr.setSeriesShape(0, circle(4.5));
        pr.setSeriesPaint(1, t.color(Role.C2));
        pr.setSeriesShape(1, square(4.2));
        NumberAxis x = Charts.axis(t, "x1");
        NumberAxis y = Charts.axis(t, "x2");
        x.setAttributedLabel(rich(t, 15f, "x_{1}"));
        y.setAttributedLabel(rich(t, 15f, "x_{2}"));
        for (NumberAxis a : List.of(x, y)) {
            a.setRange(-PerceptronRule.BOX, PerceptronRule.BOX);
            a.setTickUnit(new NumberTickUnit(0.5, ticks("0.#")));
            a.setLabelInsets(new RectangleInsets(6, 4, 2, 6));
        }
        XYPlot plot = new XYPlot(pts, x, y, pr);
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
        lr.setSeriesPaint(0, t.color(Role.FG));
        lr.setSeriesStroke(0, t.line());
        lr.setSeriesPaint(1, t.color(Role.MUTED));
        lr.setSeriesStroke(1, t.dashed());
        plot.setDataset(1, collection(Charts.pick(d, "final line", "line after epoch 1")));
        plot.setRenderer(1, lr);
        return new JFreeChart(null, t.font(14f), plot, true);
    }

    static FigureSpec perceptronXor() {
        return FigureSpec.computed("perceptron-xor", new PerceptronRule(), PERCEPTRON, 3L)
                .chart(RnnComputedFigures::perceptronXorChart)
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

    static JFreeChart perceptronXorChart(Dataset d, Theme t) {
        JFreeChart chart = Charts.lines(t, "epoch", "mistakes in the epoch", Charts.pick(d, "separable", "XOR"));
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setDefaultShapesVisible(true);
        r.setSeriesShape(0, circle(3.5));
        r.setSeriesShape(1, square(3.2));
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setAutoRangeIncludesZero(true);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0.5, d.value("epochs").value() + 0.5);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    static FigureSpec xorMlp() {
        return FigureSpec.computed("xor-mlp", new XorMlp(), new XorMlp.Params(4, 600, 1.5, 5, 30), 5L)
                .paint(RnnComputedFigures::paintXorMlp)
                .size(860, 400)
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

    static void paintXorMlp(Graphics2D g, Dataset d, Theme t) {
        JFreeChart regions = xorRegionsChart(d, t);
        JFreeChart loss = xorLossChart(d, t);
        Charts.finish(regions, t);
        Charts.finish(loss, t);
        regions.draw(g, new Rectangle2D.Double(0, 0, 430, 400));
        loss.draw(g, new Rectangle2D.Double(440, 0, 420, 400));
    }

    static JFreeChart xorRegionsChart(Dataset d, Theme t) {
        Grid grid = d.grid("p");
        XYBlockRenderer r = new XYBlockRenderer();
        double[] xs = grid.xs();
        r.setBlockWidth(0.86 * (xs[1] - xs[0]));
        r.setBlockHeight(0.86 * (xs[1] - xs[0]));
        r.setSeriesVisibleInLegend(0, false);
        // fixed colours (not theme roles): a probability has one colour in both themes
        r.setPaintScale(ColourMaps.probability());
        NumberAxis x = Charts.axis(t, "x1");
        NumberAxis y = Charts.axis(t, "x2");
        x.setAttributedLabel(rich(t, 15f, "x_{1}"));
        y.setAttributedLabel(rich(t, 15f, "x_{2}"));
        for (NumberAxis a : List.of(x, y)) {
            a.setRange(xs[0] - (xs[1] - xs[0]) / 2, xs[xs.length - 1] + (xs[1] - xs[0]) / 2);
            a.setTickUnit(new NumberTickUnit(0.5, ticks("0.#")));
            a.setLabelInsets(new RectangleInsets(6, 4, 2, 6));
        }
        XYPlot plot = new XYPlot(xyz(grid), x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
        pr.setSeriesPaint(0, t.color(Role.OUTPUT));
        pr.setSeriesShape(0, circle(7));
        pr.setSeriesPaint(1, t.color(Role.C1));
        pr.setSeriesShape(1, square(6.5));
        pr.setUseOutlinePaint(true);
        pr.setDefaultOutlinePaint(t.color(Role.PAPER));
        pr.setDefaultOutlineStroke(new BasicStroke(1.5f));
        pr.setDrawOutlines(true);
        plot.setDataset(1, collection(Charts.pick(d, "target 1", "target 0")));
        plot.setRenderer(1, pr);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(null, t.font(14f), plot, true);
        chart.getLegend().setItemFont(t.font(13f));
        return chart;
    }

    static JFreeChart xorLossChart(Dataset d, Theme t) {
        JFreeChart chart = Charts.lines(t, "epoch", "cross-entropy loss", Charts.pick(d, "loss"));
        XYPlot plot = chart.getXYPlot();
        LogAxis y = new DecimalLogAxis("cross-entropy loss (log scale)");
        y.setSmallestValue(1e-6);
        plot.setRangeAxis(y);
        plot.getRenderer().setSeriesPaint(0, t.color(Role.C1));
        return chart;
    }

    static FigureSpec deepNetGradients() {
        return FigureSpec.computed("deep-net-gradients", new DeepNetGradients(),
                new DeepNetGradients.Params(20, 64, 128), 5L)
                .chart(RnnComputedFigures::deepNetChart)
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

    static JFreeChart deepNetChart(Dataset d, Theme t) {
        JFreeChart chart = Charts.lines(t, "layer l (1 = nearest the input)", "gradient norm", d.series());
        XYPlot plot = chart.getXYPlot();
        plot.getDomainAxis().setAttributedLabel(rich(t, 14f, "layer l  (1 = nearest the input)"));
        LogAxis y = new PinnedLogAxis("gradient norm (log scale)");
        y.setAttributedLabel(rich(t, 14f, "gradient norm ∥∂L/∂W_{l}∥  (log scale)"));
        y.setBase(10);
        y.setSmallestValue(1e-30);
        plot.setRangeAxis(y);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setDefaultShapesVisible(true);
        r.setSeriesShape(0, circle(3.5));
        r.setSeriesShape(1, square(3.2));
        r.setSeriesShape(2, diamond(4.2));
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0.5, d.value("layers").value() + 0.5);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    // ---------------------------------------------------------------- helpers

    /** Letters drawn in the math-italic font (the body font has no Greek). */
    private static final String MATH_LETTERS = "αβγδεηθλμπρστφψωΔΣ";

    /**
     * A label with a little markup: {@code _{…}} subscript, {@code ^{…}} superscript; Greek letters
     * and single-letter variables after markup use the math-italic font. The body font lacks Greek
     * letters and sub-/superscript digits, so these cannot be typed as Unicode.
     */
    static AttributedString rich(Theme t, float size, String s) {
        StringBuilder text = new StringBuilder();
        List<Object[]> runs = new java.util.ArrayList<>(); // {start, end, font}
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if ((ch == '_' || ch == '^') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int close = s.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '{' in label '" + s + "'");
                }
                String inner = s.substring(i + 2, close);
                int start = text.length();
                text.append(inner);
                boolean letter = inner.length() == 1 && Character.isLetter(inner.charAt(0));
                // the FONT attribute overrides every other font attribute: put the shift into the font
                Font base = letter ? t.mathFont(size) : t.font(size);
                runs.add(new Object[] {start, text.length(), base.deriveFont(java.util.Map.of(TextAttribute.SUPERSCRIPT,
                        ch == '_' ? TextAttribute.SUPERSCRIPT_SUB : TextAttribute.SUPERSCRIPT_SUPER))});
                i = close + 1;
            } else {
                int start = text.length();
                text.append(ch);
                if (MATH_LETTERS.indexOf(ch) >= 0) {
                    runs.add(new Object[] {start, start + 1, t.mathFont(size)});
                }
                i++;
            }
        }
        AttributedString a = new AttributedString(text.toString());
        a.addAttribute(TextAttribute.FONT, t.font(size));
        a.addAttribute(TextAttribute.FOREGROUND, t.color(Role.FG));
        for (Object[] r : runs) {
            a.addAttribute(TextAttribute.FONT, r[2], (int) r[0], (int) r[1]);
        }
        return a;
    }

    static DefaultXYZDataset xyz(Grid g) {
        DefaultXYZDataset d = new DefaultXYZDataset();
        double[] xs = g.xs();
        double[] ys = g.ys();
        int n = g.rows() * g.cols();
        double[][] data = new double[3][n];
        int k = 0;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                data[0][k] = xs[c];
                data[1][k] = ys[r];
                data[2][k] = g.at(r, c);
                k++;
            }
        }
        d.addSeries(g.name(), data);
        return d;
    }

    static XYSeriesCollection collection(List<Series> series) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.size(); i++) {
                xy.add(s.x(i), s.y(i));
            }
            c.addSeries(xy);
        }
        return c;
    }

    static void styleAxis(ValueAxis a, Theme t) {
        a.setLabelFont(t.font(14f));
        a.setLabelPaint(t.color(Role.FG));
        a.setTickLabelFont(t.font(12.5f));
        a.setTickLabelPaint(t.color(Role.MUTED));
        a.setAxisLinePaint(t.color(Role.MUTED));
        a.setTickMarkPaint(t.color(Role.MUTED));
    }

    static void styleGrid(XYPlot p, Theme t) {
        p.setBackgroundPaint(null);
        p.setOutlineVisible(false);
        p.setDomainGridlinePaint(t.color(Role.GRID));
        p.setRangeGridlinePaint(t.color(Role.GRID));
        p.setDomainGridlineStroke(new BasicStroke(1f));
        p.setRangeGridlineStroke(new BasicStroke(1f));
    }

    /** A vertical log axis with ticks at 1, 2 and 5 times powers of ten (plain decimals, not 10ⁿ). */
    static final class DecimalLogAxis extends PinnedLogAxis {
        private static final long serialVersionUID = 1L;

        DecimalLogAxis(String label) {
            super(label);
            setBase(10);
            setMinorTickMarksVisible(false);
        }

        @Override
        protected List<org.jfree.chart.axis.ValueTick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea,
                RectangleEdge edge) {
            List<org.jfree.chart.axis.ValueTick> ticks = new java.util.ArrayList<>();
            double lo = getLowerBound();
            double hi = getUpperBound();
            java.text.NumberFormat f = ticks("0.#####");
            for (int e = (int) Math.floor(StrictMath.log10(lo)); e <= (int) Math.ceil(StrictMath.log10(hi)); e++) {
                for (int m : new int[] {1, 2, 5}) {
                    double v = m * StrictMath.pow(10, e);
                    if (v >= lo && v <= hi) {
                        ticks.add(new org.jfree.chart.axis.NumberTick(org.jfree.chart.axis.TickType.MAJOR, v,
                                f.format(v), TextAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT, 0.0));
                    }
                }
            }
            return ticks;
        }
    }

    /** Tick labels with a real minus sign (U+2212) and Locale.ROOT digits. */
    static java.text.NumberFormat ticks(String pattern) {
        java.text.DecimalFormatSymbols sym = java.text.DecimalFormatSymbols.getInstance(Locale.ROOT);
        sym.setMinusSign('\u2212');
        return new java.text.DecimalFormat(pattern, sym);
    }

    /** 1e-6 as "1e−6" (no zero padding, a real minus sign) for text inside charts. */
    static String plainSci(double v) {
        String s = Decimal.format("%.0e", v);
        return s.replaceAll("e([+-])0*(\\d)", "e$1$2").replace("e+", "e").replace('-', '\u2212');
    }

    static Shape circle(double r) {
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    static Shape square(double r) {
        return new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
    }

    static Shape diamond(double r) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(0);
    }

    static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    static double max(Grid g) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] row : g.z()) {
            m = Math.max(m, max(row));
        }
        return m;
    }

    /** Smallest value that is neither {@link BpttErrorFlow#EMPTY} nor NaN. */
    static double minFilled(Grid g) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] row : g.z()) {
            for (double v : row) {
                if (v != BpttErrorFlow.EMPTY && !Double.isNaN(v)) {
                    m = Math.min(m, v);
                }
            }
        }
        return m;
    }
}
