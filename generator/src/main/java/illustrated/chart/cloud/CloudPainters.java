package illustrated.chart.cloud;

import illustrated.chart.ChartKit;
import illustrated.chart.ChartKit.Plotted;
import illustrated.chart.ChartKit.Style;
import illustrated.chart.Panels;
import illustrated.chart.Shapes;
import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/** The PCA article's pictures of point clouds, all drawn with one scale on both axes ({@link Frames}). */
public final class CloudPainters {
    private CloudPainters() {
    }

    static XYPlot plot(Theme t, String xLabel, String yLabel, List<Plotted> layers) {
        return ChartKit.plot(t, ChartKit.linear(t, xLabel, 0, 0, 0), ChartKit.linear(t, yLabel, 0, 0, 0), layers);
    }

    static Plotted dots(Series s, Role role, double r) {
        return new Plotted(s, role, Style.POINTS, Shapes.circle(r));
    }

    /** Thin segments from each point of {@code from} to the same point of {@code to}, behind the data. */
    static void drops(XYPlot plot, Series from, Series to, Role role) {
        BasicStroke thin = new BasicStroke(0.8f);
        for (int i = 0; i < from.size(); i++) {
            plot.getRenderer().addAnnotation(new XYLineAnnotation(from.x(i), from.y(i), to.x(i), to.y(i), thin,
                    role.color()), Layer.BACKGROUND);
        }
    }

    /** Three panels: the centred cloud and its shadow on a line through the mean, for three directions. */
    public static void shadows(Graphics2D g, Dataset d, Theme t, int width, int height) {
        shadows(g, d, t, Panels.grid(3, 3, width, height, 0), false);
    }

    /** The narrow layout of {@link #shadows}: the three panels stacked. */
    public static void shadowsNarrow(Graphics2D g, Dataset d, Theme t, int width, int height) {
        shadows(g, d, t, Panels.grid(3, 1, width, height, 0), true);
    }

    private static void shadows(Graphics2D g, Dataset d, Theme t, List<Rectangle2D> cells, boolean narrow) {
        Series pts = d.series("centred points");
        for (int k = 1; k <= 3; k++) {
            Series shadow = d.series("shadow " + k);
            double a = StrictMath.toRadians(d.value("angle-" + k).value());
            Series line = new Series("direction", new double[] {-9 * StrictMath.cos(a), 9 * StrictMath.cos(a)},
                    new double[] {-9 * StrictMath.sin(a), 9 * StrictMath.sin(a)});
            XYPlot plot = plot(t, "x \u2212 mean", "y \u2212 mean", List.of(
                    new Plotted(line, Role.MUTED, Style.LINE, null), dots(pts, Role.C1, 2.2),
                    dots(shadow, Role.C2, 2.2)));
            drops(plot, pts, shadow, Role.GRID);
            String which = k == 3 ? d.value("best-angle").formatted() + ", first component" : d.value("angle-" + k).formatted();
            List<String> head = lines(which + ": variance " + d.value("var-" + k).formatted(), narrow);
            Frames.draw(g, t, plot, under(cells.get(k - 1), head.size()), -5.6, 5.6, -3.5, 3.5, 2);
            heading(g, t, cells.get(k - 1), head);
        }
    }

    /** The Lagrange picture: contours of uᵀSu, the unit circle, and the two gradients at two directions. */
    public static void lagrange(Graphics2D g, Dataset d, Theme t, int width, int height) {
        List<Plotted> layers = new ArrayList<>();
        for (Series s : d.series()) {
            if (s.name().endsWith(" contour")) {
                layers.add(new Plotted(s, Role.C6, Style.LINE, null));
            }
        }
        layers.add(new Plotted(d.series("unit circle: u\u1D40u = 1"), Role.FG, Style.LINE, null));
        XYPlot plot = plot(t, "first coordinate of u", "second coordinate of u", layers);
        Rectangle2D rect = new Rectangle2D.Double(0, 40, width, height - 40);
        Frames.Mapping m = Frames.draw(g, t, plot, rect, -1.75, 1.75, -1.45, 1.45, 0.5);
        Pen pen = new Pen(g, t);
        for (String at : List.of("best", "other")) {
            Series f = d.series(at + " grad f");
            Series c = d.series(at + " grad g");
            pen.arrow(m.at(c.x(0), c.y(0)), m.at(c.x(1), c.y(1)), Role.FG, 2.2);
            pen.arrow(m.at(f.x(0), f.y(0)), m.at(f.x(1), f.y(1)), Role.GRADIENT, 2.2);
            Point2D p = m.at(f.x(0), f.y(0));
            g.setPaint(Role.FG.color());
            g.fill(new java.awt.geom.Ellipse2D.Double(p.getX() - 4, p.getY() - 4, 8, 8));
        }
        Series best = d.series("best grad f");
        Series other = d.series("other grad f");
        Point2D pb = m.at(best.x(0), best.y(0));
        Point2D po = m.at(other.x(0), other.y(0));
        pen.text("best direction, " + d.value("best-angle").formatted() + ":", pb.getX() + 14, pb.getY() + 18, 13,
                Pen.Align.LEFT, Role.FG);
        pen.text("the arrows line up", pb.getX() + 14, pb.getY() + 35, 13, Pen.Align.LEFT, Role.FG);
        pen.text("direction " + d.value("other-angle").formatted() + ":", po.getX() - 16, po.getY() - 34, 13,
                Pen.Align.RIGHT, Role.FG);
        pen.text("the arrows part by " + d.value("gap-other").formatted(), po.getX() - 16, po.getY() - 17, 13,
                Pen.Align.RIGHT, Role.FG);
        pen.legend(12, 16, List.of(new Pen.Key(Role.GRADIENT, "\u2207f = 2Su (more variance)", true),
                new Pen.Key(Role.FG, "\u2207g = 2u (off the circle)", true),
                new Pen.Key(Role.C6, "contour lines of the variance f(u)", false)));
    }

    /** Projection onto the first component: points, their projections and the residuals between them. */
    public static void residuals(Graphics2D g, Dataset d, Theme t, int width, int height) {
        Series pts = d.series("points");
        Series proj = d.series("projections");
        XYPlot plot = plot(t, "x", "y", List.of(new Plotted(d.series("first component"), Role.FG, Style.LINE, null),
                dots(pts, Role.C1, 2.4), dots(proj, Role.C2, 2.2),
                new Plotted(d.series("mean"), Role.FG, Style.POINTS, Shapes.cross(7))));
        drops(plot, pts, proj, Role.C2);
        Series mean = d.series("mean");
        Rectangle2D rect = new Rectangle2D.Double(0, 36, width, height - 36);
        Frames.draw(g, t, plot, rect, mean.x(0) - 5.5, mean.x(0) + 5.5, mean.y(0) - 3.6, mean.y(0) + 3.6, 1);
        new Pen(g, t).legend(12, 16, List.of(new Pen.Key(Role.C1, "data point", false),
                new Pen.Key(Role.C2, "its projection on the first component (line: the residual)", false)));
    }

    /** Whitening in three panels on one scale: centred, rotated into the principal axes, scaled to unit variance. */
    public static void whitening(Graphics2D g, Dataset d, Theme t, int width, int height) {
        whitening(g, d, t, Panels.grid(3, 3, width, height, 0), false);
    }

    /** The narrow layout of {@link #whitening}: the three panels stacked. */
    public static void whiteningNarrow(Graphics2D g, Dataset d, Theme t, int width, int height) {
        whitening(g, d, t, Panels.grid(3, 1, width, height, 0), true);
    }

    private static void whitening(Graphics2D g, Dataset d, Theme t, List<Rectangle2D> cells, boolean narrow) {
        String[] names = {"centred", "rotated", "whitened"};
        String[] heads = {"centred: covariance " + d.value("cov-xy").formatted() + " between x and y",
            "rotated: variances " + d.value("lambda1").formatted() + " and " + d.value("lambda2").formatted(),
            "whitened: both variances 1"};
        String[][] labels = {{"x \u2212 mean", "y \u2212 mean"}, {"first principal coordinate", "second principal coordinate"},
            {"first coordinate / its standard deviation", "second / its standard deviation"}};
        for (int k = 0; k < 3; k++) {
            XYPlot plot = plot(t, labels[k][0], labels[k][1], List.of(dots(d.series(names[k]), Role.C1, 2.2)));
            List<String> head = lines(heads[k], narrow);
            Frames.draw(g, t, plot, under(cells.get(k), head.size()), -5, 5, -4, 4, 2);
            heading(g, t, cells.get(k), head);
        }
    }

    /** Curved data: a noisy circle with its two principal axes, and a spiral in colour bands with its first axis. */
    public static void curved(Graphics2D g, Dataset d, Theme t, int width, int height) {
        curved(g, d, t, List.of(new Rectangle2D.Double(0, 0, width * 0.45, height),
                new Rectangle2D.Double(width * 0.45, 0, width * 0.55, height)), false);
    }

    /** The narrow layout of {@link #curved}: the circle above the spiral. */
    public static void curvedNarrow(Graphics2D g, Dataset d, Theme t, int width, int height) {
        curved(g, d, t, Panels.grid(2, 1, width, height, 0), true);
    }

    private static void curved(Graphics2D g, Dataset d, Theme t, List<Rectangle2D> cells, boolean narrow) {
        XYPlot circle = plot(t, "x", "y", List.of(dots(d.series("circle"), Role.C1, 2),
                new Plotted(d.series("circle axis 1"), Role.FG, Style.LINE, null),
                new Plotted(d.series("circle axis 2"), Role.FG, Style.DASHED, null)));
        List<String> head = lines("circle: first component " + d.value("circle-pc1-share").formatted()
                + " of the variance", narrow);
        Frames.draw(g, t, circle, under(cells.get(0), head.size()), -1.3, 1.3, -1.3, 1.3, 0.5);
        heading(g, t, cells.get(0), head);
        List<Plotted> layers = new ArrayList<>();
        long bands = d.series().stream().filter(s -> s.name().startsWith("spiral band ")).count();
        for (int k = 1; k <= bands; k++) {
            layers.add(dots(d.series("spiral band " + k), Theme.seriesRole(k - 1), 2));
        }
        layers.add(new Plotted(d.series("spiral axis 1"), Role.FG, Style.LINE, null));
        XYPlot spiral = plot(t, "x", "y", layers);
        head = lines("spiral: coloured by position along the curve; line: first component", narrow);
        Frames.draw(g, t, spiral, under(cells.get(1), head.size()), -1.1, 1.1, -1.1, 1.1, 0.5);
        heading(g, t, cells.get(1), head);
    }

    /** A panel's heading: one line, or in a narrow layout two when it has a "; " to break at. */
    private static List<String> lines(String heading, boolean narrow) {
        int semi = heading.indexOf("; ");
        return narrow && semi > 0 ? List.of(heading.substring(0, semi + 1), heading.substring(semi + 2)) : List.of(heading);
    }

    /** The plot's box in a panel's cell, under a heading of {@code lines} lines. */
    private static Rectangle2D under(Rectangle2D cell, int lines) {
        double top = 12 + 18 * lines;
        return new Rectangle2D.Double(cell.getX(), cell.getY() + top, cell.getWidth(), cell.getHeight() - top);
    }

    /** The heading's lines centred at the top of a panel's cell. */
    private static void heading(Graphics2D g, Theme t, Rectangle2D cell, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Frames.heading(g, t, cell, cell.getY() + 16 + 18 * i, lines.get(i));
        }
    }
}
