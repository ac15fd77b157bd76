package illustrated.chart.xy;

import illustrated.chart.ChartKit;
import illustrated.chart.ChartKit.Plotted;
import illustrated.chart.ChartKit.Style;
import illustrated.chart.LogAxes;
import illustrated.chart.Panels;
import illustrated.chart.Shapes;
import illustrated.chart.Theme;
import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import java.awt.Graphics2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;

/** Line charts of article A's geometry: empty cells, the centre ball, the shell, ball volume, distances. */
public final class GeometryCharts {
    private GeometryCharts() {
    }

    /** A3: empty-cell share vs D, simulated points against the (1 - 10^-D)^N curve. */
    public static JFreeChart emptyFraction(Dataset d, Theme t) {
        NumberAxis x = ChartKit.linear(t, "dimensions D (10 intervals per axis)", 0.8, 6.2, 1);
        NumberAxis y = ChartKit.linear(t, "empty cells (%)", 0, 105, 20);
        XYPlot plot = ChartKit.plot(t, x, y, List.of(
                new Plotted(ChartKit.renamed(d.series("theory curve (%)"), "expected share (theory)"),
                        Theme.Role.C1, Style.LINE, null),
                new Plotted(ChartKit.renamed(d.series("simulated empty share (%)"), "simulated, " + d.value("points").formatted() + " uniform points"),
                        Theme.Role.C2, Style.POINTS, Shapes.diamond(5))));
        return ChartKit.chart(t, plot, true);
    }

    /** A6: diameter of the centre ball vs D, the source's √D claim, and the stack width. */
    public static JFreeChart centreBall(Dataset d, Theme t) {
        Series dia = d.series("centre ball diameter");
        int n = dia.size();
        NumberAxis x = ChartKit.linear(t, "dimensions D", 0.5, n + 0.5, 1);
        NumberAxis y = ChartKit.linear(t, "length (side of a small cube = 1)", 0, Math.ceil(Math.sqrt(n)) + 0.2, 1);
        XYPlot plot = ChartKit.plot(t, x, y, List.of(
                new Plotted(ChartKit.renamed(d.series("stack width"), "width of the stack of cubes, 2"), Theme.Role.MUTED,
                        Style.LINE, null),
                new Plotted(ChartKit.renamed(d.series("source's claim"), "source's claim: \u221AD"), Theme.Role.C2, Style.DASHED,
                        null),
                new Plotted(ChartKit.renamed(dia, "centre ball's diameter: \u221AD \u2212 1"), Theme.Role.C1,
                        Style.LINE_AND_POINTS, null)));
        int reach = (int) d.value("reach-dim").value();
        int leave = (int) d.value("leave-dim").value();
        ChartKit.marker(t, plot, true, reach, "D = " + reach + ": touches the faces", Theme.Role.MUTED, false);
        ChartKit.marker(t, plot, true, leave, "D = " + leave + ": pokes out", Theme.Role.C1, true);
        return ChartKit.chart(t, plot, true);
    }

    /** A13: the outer 1% shell's share of the ball's volume vs D, with the 90% / 99% crossings. */
    public static JFreeChart shellShare(Dataset d, Theme t) {
        Series share = d.series("share of volume in the outer shell (%)");
        NumberAxis x = ChartKit.linear(t, "dimensions D", 0, share.size() + 25, 100);
        NumberAxis y = ChartKit.linear(t, "volume in the outer 1% shell (%)", 0, 102, 10);
        XYPlot plot = ChartKit.plot(t, x, y, List.of(
                new Plotted(ChartKit.renamed(share, "exact share"), Theme.Role.C1, Style.LINE, null),
                new Plotted(ChartKit.renamed(d.series("Monte Carlo (%)"), "Monte Carlo, "
                        + d.value("mc-samples").formatted() + " points per D"), Theme.Role.C2, Style.POINTS,
                        Shapes.diamond(5)),
                new Plotted(ChartKit.renamed(d.series("source's claim (%)"), "source: \u201Cover D = 400, around 90%\u201D"),
                        Theme.Role.FG, Style.POINTS, Shapes.cross(6))));
        int d90 = (int) d.value("d90").value();
        int d99 = (int) d.value("d99").value();
        ChartKit.marker(t, plot, false, 90, "90%", Theme.Role.MUTED, true);
        ChartKit.marker(t, plot, false, 99, "99%", Theme.Role.MUTED, true);
        ChartKit.marker(t, plot, true, d90, "D = " + d90, Theme.Role.MUTED, true);
        ChartKit.marker(t, plot, true, d99, "D = " + d99, Theme.Role.MUTED, true);
        return ChartKit.chart(t, plot, true);
    }

    /** A15: relative contrast of distances vs D on log-log axes. */
    public static JFreeChart distanceContrast(Dataset d, Theme t) {
        Series med = d.series("median over queries");
        Series all = d.series("single queries");
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < all.size(); i++) {
            lo = Math.min(lo, all.y(i));
            hi = Math.max(hi, all.y(i));
        }
        var x = LogAxes.log(t, "dimensions D (log scale)", 0.8, 1250, false);
        // a little room below the lowest decade, so that its tick label is drawn; 0.2 and 0.5 labelled too
        var y = LogAxes.logWithSmallTicks(t, "(max \u2212 min) / min of distances (log scale)",
                0.85 * StrictMath.pow(10, Math.floor(StrictMath.log10(lo))), StrictMath.pow(10, Math.ceil(StrictMath.log10(hi))));
        XYPlot plot = ChartKit.plot(t, x, y, List.of(
                new Plotted(ChartKit.renamed(all, "single query points"), Theme.Role.C6, Style.POINTS, Shapes.circle(2.2)),
                new Plotted(ChartKit.renamed(d.series("normal approximation"), "large-D approximation "
                        + d.value("approx-constant").formatted() + " / \u221AD"), Theme.Role.MUTED, Style.DASHED, null),
                new Plotted(ChartKit.renamed(med, "median over " + d.value("queries").formatted() + " queries, "
                        + d.value("points").formatted() + " points"), Theme.Role.C1, Style.LINE_AND_POINTS, null)));
        return ChartKit.chart(t, plot, true);
    }

    /** A14: volume of the unit ball (left) and its share of the enclosing cube (right, log scale). */
    public static void ballVolume(Graphics2D g, Dataset d, Theme t, int width, int height) {
        Panels.draw(g, t, ballVolumeCharts(d, t, 5), 2, width, height, 0);
    }

    /** The narrow layout of {@link #ballVolume}: the two panels stacked, a tick every 10 dimensions. */
    public static List<java.awt.geom.Rectangle2D> ballVolumeNarrow(Graphics2D g, Dataset d, Theme t, int width,
            int height) {
        return Panels.draw(g, t, ballVolumeCharts(d, t, 10), 1, width, height, 0);
    }

    private static List<JFreeChart> ballVolumeCharts(Dataset d, Theme t, double xTick) {
        Series vol = d.series("volume of the unit ball");
        int n = vol.size();
        NumberAxis x1 = ChartKit.linear(t, "dimensions D", 0, n + 1, xTick);
        NumberAxis y1 = ChartKit.linear(t, "volume of the ball of radius 1", 0, 6, 1);
        XYPlot left = ChartKit.plot(t, x1, y1, List.of(
                new Plotted(ChartKit.renamed(vol, "exact formula"), Theme.Role.C1, Style.LINE_AND_POINTS,
                        Shapes.circle(2.5)),
                new Plotted(ChartKit.renamed(d.series("Monte Carlo volume"), "Monte Carlo"), Theme.Role.C2, Style.POINTS,
                        Shapes.diamond(5))));
        int best = (int) d.value("max-volume-dim").value();
        XYTextAnnotation peak = new XYTextAnnotation("largest at D = " + best + ": " + d.value("max-volume").formatted(),
                best + 0.8, vol.y(best - 1) + 0.15);
        peak.setFont(t.font(13f));
        peak.setPaint(t.color(Theme.Role.FG));
        peak.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        left.getRenderer().addAnnotation(peak);
        Series ratio = d.series("ball / cube (%)");
        double min = ratio.y(n - 1);
        NumberAxis x2 = ChartKit.linear(t, "dimensions D", 0, n + 1, xTick);
        var y2 = LogAxes.log(t, "ball / cube (%, log scale)", StrictMath.pow(10, Math.floor(StrictMath.log10(min))),
                200, true);
        XYPlot right = ChartKit.plot(t, x2, y2, List.of(
                new Plotted(ChartKit.renamed(ratio, "exact formula"), Theme.Role.C1, Style.LINE_AND_POINTS,
                        Shapes.circle(2.5)),
                new Plotted(ChartKit.renamed(d.series("Monte Carlo ball / cube (%)"), "Monte Carlo"), Theme.Role.C2,
                        Style.POINTS, Shapes.diamond(5))));
        JFreeChart a = ChartKit.chart(t, left, true);
        JFreeChart b = ChartKit.chart(t, right, true);
        a.addSubtitle(new TextTitle("Volume of the unit ball in D dimensions"));
        b.addSubtitle(new TextTitle(Decimal.format("Share of the cube [\u22121, 1] \u00D7 \u2026 it fills (D = 10: %s)",
                d.value("ratio-d10").formatted())));
        return List.of(a, b);
    }
}
