package illustrated.figures.lstm;

import illustrated.chart.PinnedLogAxis;
import illustrated.chart.Charts;
import illustrated.chart.ColourMaps;
import illustrated.chart.GridCells;
import illustrated.chart.Theme;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import illustrated.simulation.gradients.GradientCliff;
import illustrated.simulation.gradients.LstmCellPath;
import illustrated.simulation.gradients.VanishingTanhRnn;
import illustrated.simulation.nn.lstm.AddingTraining;
import illustrated.simulation.nn.lstm.LstmGateMaps;
import illustrated.simulation.nn.lstm.LstmGradientCheck;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

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
    /** The label on the cliff sits on the light, high-loss end of viridis. */
    static final Color CLIFF_LABEL = new Color(0x1B1B1B);
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
                .paint(LstmComputedFigures::paintTable)
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

    private static void paintTable(Graphics2D g, Dataset d, Theme t) {
        List<String> rows = d.tables().get("gradient-check");
        String[] head = {"parameter", "entries", "vs finite differences", "vs SameDiff"};
        double[] colX = {40, 160, 320, 480};
        double top = 78;
        double rowH = 30;
        g.setFont(t.font(15f));
        g.setPaint(t.color(Theme.Role.FG));
        g.drawString("worst relative error |a \u2212 b| / max(|a|, |b|) of the hand-written gradient a", 40, 24);
        g.drawString("against a reference b, over the entries of each parameter block", 40, 44);
        g.setFont(t.boldFont(14f));
        for (int c = 0; c < head.length; c++) {
            drawCell(g, head[c], colX[c], top, c > 0);
        }
        g.setPaint(t.color(Theme.Role.MUTED));
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Double(30, top + 10, 610, top + 10));
        for (int r = 1; r < rows.size(); r++) {
            String[] cells = rows.get(r).split(",");
            double y = top + 10 + r * rowH - 8;
            if (r % 2 == 0) {
                g.setPaint(t.color(Theme.Role.FILL));
                g.fill(new Rectangle2D.Double(30, y - rowH + 9, 580, rowH));
            }
            g.setFont(t.mathFont(16f));
            g.setPaint(t.color(cells[0].startsWith("p") ? Theme.Role.PEEPHOLE : Theme.Role.FG));
            String[] name = cells[0].split("_");
            g.drawString(name[0], (float) colX[0], (float) y);
            g.setFont(t.mathFont(12f));
            g.drawString(name[1], (float) (colX[0] + g.getFontMetrics(t.mathFont(16f)).stringWidth(name[0]) + 1),
                    (float) (y + 4));
            g.setFont(t.font(15f));
            g.setPaint(t.color(Theme.Role.FG));
            drawCell(g, cells[1], colX[1], y, true);
            g.setPaint(t.color(Theme.Role.GRADIENT));
            drawCell(g, sci(cells[2]), colX[2], y, true);
            drawCell(g, sci(cells[3]), colX[3], y, true);
        }
        double bottom = top + 10 + (rows.size() - 1) * rowH + 4;
        g.setPaint(t.color(Theme.Role.MUTED));
        g.draw(new Line2D.Double(30, bottom, 610, bottom));
        g.setFont(t.font(13f));
        g.drawString("worst overall: " + sci(d.value("worst-fd").formatted()) + " against finite differences, "
                + sci(d.value("worst-samediff").formatted()) + " against SameDiff", 40, (float) (bottom + 26));
        g.drawString("the build fails above " + sci(d.value("tolerance").formatted()) + "; "
                + d.value("params").formatted() + " parameters of a peephole LSTM checked", 40, (float) (bottom + 46));
    }

    /** Right-aligns numeric cells on {@code x + 110}. */
    private static void drawCell(Graphics2D g, String s, double x, double y, boolean right) {
        FontMetrics fm = g.getFontMetrics();
        float px = right ? (float) (x + 110 - fm.stringWidth(s)) : (float) x;
        g.drawString(s, px, (float) y);
    }

    /** "3.1e-09" to "3.1 × 10⁻⁹". */
    static String sci(String s) {
        if (!s.matches("-?[0-9.]+([eE][-+]?[0-9]+)?")) {
            return s; // already typeset (Value.formatted does this for quoted values)
        }
        if (Double.parseDouble(s) == 0) {
            return "0";
        }
        String[] p = s.split("e");
        if (p.length != 2) {
            return s;
        }
        int exp = Integer.parseInt(p[1]);
        return p[0] + " \u00d7 10" + superscript(exp);
    }

    private static String superscript(int n) {
        String digits = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder sb = new StringBuilder(n < 0 ? "\u207b" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- adding problem

    private static FigureSpec addingProblem() {
        return FigureSpec.computed("adding-problem", new AddingTraining(), ADDING, 1997L)
                .tolerance(0.5) // chaotic training: curves part from the first differing bit
                .chart(LstmComputedFigures::addingChart)
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

    private static JFreeChart addingChart(Dataset d, Theme t) {
        XYSeriesCollection c = collection(List.of(d.series("simple tanh RNN"), d.series("LSTM"),
                d.series("baseline: always predict 1")));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        Theme.Role[] roles = {Theme.Role.HIDDEN, Theme.Role.CELL, Theme.Role.MUTED};
        for (int i = 0; i < 3; i++) {
            r.setSeriesPaint(i, t.color(roles[i]));
            r.setSeriesStroke(i, i == 2 ? t.dashed() : t.line());
            r.setSeriesShape(i, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
            r.setSeriesShapesVisible(i, i < 2);
        }
        NumberAxis x = new NumberAxis("sequence length T");
        x.setRange(ADDING_LENGTHS.get(0) - 3, last() + 3);
        x.setTickUnit(new NumberTickUnit(10));
        LogAxis y = logAxis("test mean squared error");
        y.setRange(1e-4, 1.0);
        y.setTickUnit(new NumberTickUnit(1));
        XYPlot plot = new XYPlot(c, x, y, r);
        return spaced(new JFreeChart(null, t.font(14f), plot, true));
    }

    // ---------------------------------------------------------------- gate and cell heat-maps

    private static FigureSpec gateHeatmap() {
        return FigureSpec.computed("lstm-gates-heatmap", new LstmGateMaps(), GATE_MAPS, 1997L)
                .chart((d, t) -> heatmaps(d, t, List.of(LstmGateMaps.INPUT_GATE, LstmGateMaps.FORGET_GATE,
                        LstmGateMaps.OUTPUT_GATE), false))
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
                .chart((d, t) -> heatmaps(d, t, List.of(LstmGateMaps.CELL), true))
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

    private static JFreeChart heatmaps(Dataset d, Theme t, List<String> grids, boolean diverging) {
        NumberAxis time = new NumberAxis("time step t");
        time.setTickUnit(new NumberTickUnit(2));
        int steps = (int) d.value("length").value();
        time.setRange(0.5, steps + 0.5);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(10);
        plot.add(inputPlot(d, t), 2);
        double maxAbs = CELL_COLOUR_LIMIT;
        // fixed colours, the same in both themes (theme roles flipped their ends in dark mode)
        PaintScale scale = diverging
                ? ColourMaps.cellState(maxAbs)
                : new ColourMaps.Viridis(0, 1);
        for (String name : grids) {
            plot.add(gridPlot(d.grid(name), scale, t, name), 3);
        }
        for (String m : List.of("marker-1", "marker-2")) {
            for (Object o : plot.getSubplots()) {
                ValueMarker vm = new ValueMarker(d.value(m).value(), t.color(Theme.Role.OUTPUT), t.dashed());
                ((XYPlot) o).addDomainMarker(vm, org.jfree.chart.ui.Layer.FOREGROUND);
            }
        }
        JFreeChart chart = new JFreeChart(null, t.font(14f), plot, false);
        TextTitle rows = new TextTitle("each heat-map row is one cell (1 at the top); dashed lines: the marked steps");
        rows.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(rows);
        NumberAxis legendAxis = new NumberAxis(diverging ? "c" : "gate value");
        legendAxis.setTickLabelFont(t.font(12f));
        legendAxis.setLabelFont(t.mathFont(14f));
        legendAxis.setTickLabelPaint(t.color(Theme.Role.MUTED));
        legendAxis.setLabelPaint(t.color(Theme.Role.FG));
        if (diverging) {
            legendAxis.setRange(-maxAbs, maxAbs);
            legendAxis.setTickUnit(new NumberTickUnit(0.5));
        } else {
            legendAxis.setRange(0, 1);
            legendAxis.setTickUnit(new NumberTickUnit(0.25));
        }
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(new RectangleInsets(60, 8, 40, 4));
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        chart.addSubtitle(legend);
        return chart;
    }

    private static XYPlot inputPlot(Dataset d, Theme t) {
        XYSeriesCollection c = collection(List.of(d.series("input value"), d.series("marked steps")));
        c.setIntervalWidth(0.7);
        XYBarRenderer r = new XYBarRenderer(0.0);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, t.color(Theme.Role.INPUT));
        r.setSeriesPaint(1, t.color(Theme.Role.OUTPUT));
        NumberAxis y = new NumberAxis("input");
        y.setRange(0, 1.05);
        y.setTickUnit(new NumberTickUnit(0.5));
        XYPlot p = new XYPlot(c, null, y, r);
        p.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        styleSub(p, t);
        return p;
    }

    private static XYPlot gridPlot(Grid g, PaintScale scale, Theme t, String name) {
        DefaultXYZDataset ds = new DefaultXYZDataset();
        double[][] data = new double[3][g.rows() * g.cols()];
        int k = 0;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                data[0][k] = g.xs()[c];
                data[1][k] = g.ys()[r];
                data[2][k] = g.at(r, c);
                k++;
            }
        }
        ds.addSeries(name, data);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        NumberAxis y = new NumberAxis(name.replace(" state", ""));
        y.setRange(0.5, g.rows() + 0.5);
        y.setTickUnit(new NumberTickUnit(g.rows() > 8 ? 4 : 2));
        y.setInverted(true);
        XYPlot p = new XYPlot(ds, null, y, r);
        styleSub(p, t);
        return p;
    }

    private static void styleSub(XYPlot p, Theme t) {
        p.setBackgroundPaint(null);
        p.setOutlineVisible(false);
        p.setDomainGridlinesVisible(false);
        p.setRangeGridlinesVisible(false);
        ValueAxis a = p.getRangeAxis();
        a.setLabelFont(t.font(13f));
        a.setLabelPaint(t.color(Theme.Role.FG));
        a.setTickLabelFont(t.font(11.5f));
        a.setTickLabelPaint(t.color(Theme.Role.MUTED));
        a.setAxisLinePaint(t.color(Theme.Role.MUTED));
        a.setTickMarkPaint(t.color(Theme.Role.MUTED));
    }

    // ---------------------------------------------------------------- vanishing / exploding

    private static FigureSpec vanishing() {
        return FigureSpec.computed("vanishing-tanh-rnn", new VanishingTanhRnn(), VANISHING, 2013L)
                .chart(LstmComputedFigures::vanishingChart)
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

    private static JFreeChart vanishingChart(Dataset d, Theme t) {
        List<Series> all = d.series();
        XYSeriesCollection c = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        int k = 0;
        for (int i = 0; i < all.size(); i += 2) {
            c.addSeries(clipped(all.get(i), 1e-30, 1e30));
            c.addSeries(clipped(all.get(i + 1), 1e-30, 1e30));
            r.setSeriesPaint(2 * k, t.series(k));
            r.setSeriesStroke(2 * k, t.line());
            r.setSeriesPaint(2 * k + 1, t.series(k));
            r.setSeriesStroke(2 * k + 1, t.dashed());
            r.setSeriesVisibleInLegend(2 * k + 1, false);
            k++;
        }
        NumberAxis x = new NumberAxis("number of steps T");
        x.setRange(0, d.value("max-steps").value());
        LogAxis y = logAxis("spectral norm of \u2202h(T) / \u2202h(0)");
        y.setRange(1e-30, 1e30);
        y.setTickUnit(new NumberTickUnit(10));
        XYPlot plot = new XYPlot(c, x, y, r);
        JFreeChart chart = spaced(new JFreeChart(null, t.font(14f), plot, true));
        chart.addSubtitle(new TextTitle("solid: computed norm;  dashed: the bound \u2016W\u2016\u1d40"));
        return chart;
    }

    private static FigureSpec cellPath() {
        return FigureSpec.computed("lstm-cell-path", new LstmCellPath(), CELL_PATH, 2000L)
                .chart(LstmComputedFigures::cellPathChart)
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

    private static JFreeChart cellPathChart(Dataset d, Theme t) {
        XYSeriesCollection c = collection(d.series());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < d.series().size(); i++) {
            r.setSeriesPaint(i, t.series(i));
            r.setSeriesStroke(i, t.line());
        }
        NumberAxis x = new NumberAxis("number of steps T");
        x.setRange(0, d.value("max-steps").value());
        LogAxis y = logAxis("norm of \u2202c(T) / \u2202c(0) along the cell path");
        y.setRange(1e-12, 2);
        y.setTickUnit(new NumberTickUnit(2));
        return spaced(new JFreeChart(null, t.font(14f), new XYPlot(c, x, y, r), true));
    }

    // ---------------------------------------------------------------- the cliff

    private static FigureSpec cliff() {
        return FigureSpec.computed("gradient-cliff", new GradientCliff(), CLIFF, 2013L)
                .chart(LstmComputedFigures::cliffChart)
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

    private static JFreeChart cliffChart(Dataset d, Theme t) {
        Grid g = d.grid("log10 loss");
        PaintScale scale = new ColourMaps.Viridis(-3, 2);

        XYSeriesCollection paths = collection(List.of(d.series("plain gradient descent"),
                d.series("with norm clipping"), d.series("start")));
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(true, true);
        pr.setSeriesPaint(0, t.color(Theme.Role.OUTPUT));
        pr.setSeriesPaint(1, t.color(Theme.Role.GRADIENT));
        pr.setSeriesPaint(2, t.color(Theme.Role.FG));
        pr.setSeriesStroke(0, new BasicStroke(1.4f));
        pr.setSeriesStroke(1, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        pr.setSeriesShapesVisible(0, false);
        pr.setSeriesShapesVisible(1, false);
        pr.setSeriesShape(2, new Ellipse2D.Double(-5, -5, 10, 10));
        pr.setSeriesLinesVisible(2, false);
        pr.setDrawSeriesLineAsPath(true);

        NumberAxis x = new NumberAxis("recurrent weight w");
        x.setRange(g.xs()[0], g.xs()[g.cols() - 1]);
        NumberAxis y = new NumberAxis("bias b");
        y.setRange(g.ys()[0], g.ys()[g.rows() - 1]);
        XYPlot plot = new XYPlot(paths, x, y, pr);
        // the loss surface as vector cells under the paths (runs of equal colour merged)
        plot.getRenderer().addAnnotation(new GridCells(g, scale), org.jfree.chart.ui.Layer.BACKGROUND);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        // the wall lies where the unstable fixed point passes x(0): x(0) = w sigma(x(0)) + b
        double wLabel = 7.4;
        double bWall = CLIFF.x0() - wLabel / (1 + StrictMath.exp(-CLIFF.x0()));
        org.jfree.chart.annotations.XYTextAnnotation wall = new org.jfree.chart.annotations.XYTextAnnotation(
                "the cliff", wLabel, bWall - 0.28);
        wall.setFont(t.font(14f));
        wall.setPaint(CLIFF_LABEL);
        wall.setRotationAngle(StrictMath.atan(0.575));
        plot.addAnnotation(wall);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = spaced(new JFreeChart(null, t.font(14f), plot, true));
        NumberAxis legendAxis = new NumberAxis("loss (log10)");
        legendAxis.setRange(-3, 2);
        legendAxis.setTickLabelFont(t.font(12f));
        legendAxis.setLabelFont(t.font(13f));
        legendAxis.setTickLabelPaint(t.color(Theme.Role.MUTED));
        legendAxis.setLabelPaint(t.color(Theme.Role.FG));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(new RectangleInsets(40, 8, 40, 4));
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        chart.addSubtitle(legend);
        return chart;
    }

    // ---------------------------------------------------------------- helpers

    /** Wider gaps between legend items than JFreeChart's default. */
    private static JFreeChart spaced(JFreeChart chart) {
        if (chart.getLegend() != null) {
            chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        return chart;
    }

    private static LogAxis logAxis(String label) {
        LogAxis a = new PinnedLogAxis(label);
        a.setBase(10);
        a.setSmallestValue(1e-300);
        a.setMinorTickMarksVisible(false);
        return a;
    }

    /** A series with y limited to [lo, hi] (points beyond are dropped), for log plots. */
    private static XYSeries clipped(Series s, double lo, double hi) {
        XYSeries xy = new XYSeries(s.name(), false, true);
        for (int i = 0; i < s.size(); i++) {
            if (s.y(i) >= lo && s.y(i) <= hi) {
                xy.add(s.x(i), s.y(i));
            }
        }
        return xy;
    }

    private static XYSeriesCollection collection(List<Series> series) {
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
}
