package illustrated.browser;

import illustrated.chart.Charts;
import illustrated.chart.Theme;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** The figures of the browser-test fixture site: one computed chart, one diagram. */
public final class FixtureFigures implements FigureCatalog {

    /** Exponential decay e^(-t/tau) sampled on a grid, for a few time constants. */
    public record DecayParams(List<Double> taus, int steps) { }

    /** A pure simulation: parameters in, dataset out. */
    public static final class Decay implements Simulation<DecayParams> {
        @Override
        public Dataset run(DecayParams p, long seed) {
            Dataset.Builder b = Dataset.builder();
            double[] t = new double[p.steps() + 1];
            for (int i = 0; i <= p.steps(); i++) {
                t[i] = i * 0.1;
            }
            for (double tau : p.taus()) {
                double[] y = new double[t.length];
                for (int i = 0; i < t.length; i++) {
                    y[i] = Math.exp(-t[i] / tau);
                }
                b.series(String.format(java.util.Locale.ROOT, "τ = %.0f", tau), t, y);
                b.value(String.format(java.util.Locale.ROOT, "half-life-%.0f", tau), tau * Math.log(2), "%.2f");
            }
            return b.build();
        }
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(
                FigureSpec.computed("fixture-decay", new Decay(), new DecayParams(List.of(1.0, 2.0, 4.0), 100), 1L)
                        .chart((d, theme) -> Charts.lines(theme, "time t", "x(t) / x(0)", d.series()))
                        .size(720, 400)
                        .title("Exponential decay for three time constants")
                        .description(d -> "Three falling curves starting at 1; the half-life for tau = 2 is "
                                + d.value("half-life-2").formatted() + " time units.")
                        .build(),
                FigureSpec.diagram("fixture-cell")
                        .paint(FixtureFigures::cell)
                        .size(640, 300)
                        .title("A recurrent cell")
                        .description("Input x_t (green) and previous state h_t-1 (blue) enter the cell; "
                                + "the new state h_t leaves to the right and the output o_t (orange) upwards.")
                        .build());
    }

    private static void cell(Graphics2D g, Dataset data, Theme theme) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(theme.color(Theme.Role.FILL));
        g.fill(new RoundRectangle2D.Double(240, 110, 160, 90, 16, 16));
        g.setColor(theme.color(Theme.Role.HIDDEN));
        g.setStroke(new BasicStroke(2f));
        g.draw(new RoundRectangle2D.Double(240, 110, 160, 90, 16, 16));
        g.setFont(theme.font(20f));
        g.setColor(theme.color(Theme.Role.FG));
        g.drawString("tanh", 298, 162);
        arrow(g, theme, Theme.Role.INPUT, 90, 155, 240, 155);
        arrow(g, theme, Theme.Role.HIDDEN, 400, 155, 560, 155);
        arrow(g, theme, Theme.Role.OUTPUT, 320, 110, 320, 30);
        arrow(g, theme, Theme.Role.GRADIENT, 560, 230, 400, 230);
        g.setFont(theme.mathFont(22f));
        g.setColor(theme.color(Theme.Role.INPUT));
        g.drawString("x", 60, 162);
        g.setColor(theme.color(Theme.Role.HIDDEN));
        g.drawString("h", 570, 162);
        g.setColor(theme.color(Theme.Role.OUTPUT));
        g.drawString("o", 334, 45);
        g.setFont(theme.font(15f));
        g.setColor(theme.color(Theme.Role.MUTED));
        g.drawString("gradient flows back", 420, 260);
    }

    private static void arrow(Graphics2D g, Theme theme, Theme.Role role, double x0, double y0, double x1,
            double y1) {
        g.setColor(theme.color(role));
        g.setStroke(theme.line());
        g.draw(new Line2D.Double(x0, y0, x1, y1));
        double a = Math.atan2(y1 - y0, x1 - x0);
        double s = 10;
        g.draw(new Line2D.Double(x1, y1, x1 - s * Math.cos(a - 0.4), y1 - s * Math.sin(a - 0.4)));
        g.draw(new Line2D.Double(x1, y1, x1 - s * Math.cos(a + 0.4), y1 - s * Math.sin(a + 0.4)));
    }
}
