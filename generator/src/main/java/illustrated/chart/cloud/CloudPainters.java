package illustrated.chart.cloud;

import illustrated.chart.ChartKit;
import illustrated.chart.ChartKit.Plotted;
import illustrated.chart.ChartKit.Style;
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
        Series pts = d.series("centred points");
        double w = width / 3.0;
        for (int k = 1; k <= 3; k++) {
            Series shadow = d.series("shadow " + k);
            double a = StrictMath.toRadians(d.value("angle-" + k).value());
            Series line = new Series("direction", new double[] {-9 * StrictMath.cos(a), 9 * StrictMath.cos(a)},
                    new double[] {-9 * StrictMath.sin(a), 9 * StrictMath.sin(a)});
            XYPlot plot = plot(t, "x \u2212 mean", "y \u2212 mean", List.of(
                    new Plotted(line, Role.MUTED, Style.LINE, null), dots(pts, Role.C1, 2.2),
                    dots(shadow, Role.C2, 2.2)));
            drops(plot, pts, shadow, Role.GRID);
            Rectangle2D rect = new Rectangle2D.Double((k - 1) * w, 30, w, height - 30);
            Frames.draw(g, t, plot, rect, -5.6, 5.6, -3.5, 3.5, 2);
            String which = k == 3 ? d.value("best-angle").formatted() + ", first component" : d.value("angle-" + k).formatted();
            Frames.heading(g, t, rect, 16, which + ": variance " + d.value("var-" + k).formatted());
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
        String[] names = {"centred", "rotated", "whitened"};
        String[] heads = {"centred: covariance " + d.value("cov-xy").formatted() + " between x and y",
            "rotated: variances " + d.value("lambda1").formatted() + " and " + d.value("lambda2").formatted(),
            "whitened: both variances 1"};
        String[][] labels = {{"x \u2212 mean", "y \u2212 mean"}, {"first principal coordinate", "second principal coordinate"},
            {"first coordinate / its standard deviation", "second / its standard deviation"}};
        double w = width / 3.0;
        for (int k = 0; k < 3; k++) {
            XYPlot plot = plot(t, labels[k][0], labels[k][1], List.of(dots(d.series(names[k]), Role.C1, 2.2)));
            Rectangle2D rect = new Rectangle2D.Double(k * w, 30, w, height - 30);
            Frames.draw(g, t, plot, rect, -5, 5, -4, 4, 2);
            Frames.heading(g, t, rect, 16, heads[k]);
        }
    }

    /** Curved data: a noisy circle with its two principal axes, and a spiral in colour bands with its first axis. */
    public static void curved(Graphics2D g, Dataset d, Theme t, int width, int height) {
        XYPlot circle = plot(t, "x", "y", List.of(dots(d.series("circle"), Role.C1, 2),
                new Plotted(d.series("circle axis 1"), Role.FG, Style.LINE, null),
                new Plotted(d.series("circle axis 2"), Role.FG, Style.DASHED, null)));
        Rectangle2D left = new Rectangle2D.Double(0, 30, width * 0.45, height - 30);
        Frames.draw(g, t, circle, left, -1.3, 1.3, -1.3, 1.3, 0.5);
        Frames.heading(g, t, left, 16, "circle: first component " + d.value("circle-pc1-share").formatted()
                + " of the variance");
        List<Plotted> layers = new ArrayList<>();
        long bands = d.series().stream().filter(s -> s.name().startsWith("spiral band ")).count();
        for (int k = 1; k <= bands; k++) {
            layers.add(dots(d.series("spiral band " + k), Theme.seriesRole(k - 1), 2));
        }
        layers.add(new Plotted(d.series("spiral axis 1"), Role.FG, Style.LINE, null));
        XYPlot spiral = plot(t, "x", "y", layers);
        Rectangle2D right = new Rectangle2D.Double(width * 0.45, 30, width * 0.55, height - 30);
        Frames.draw(g, t, spiral, right, -1.1, 1.1, -1.1, 1.1, 0.5);
        Frames.heading(g, t, right, 16, "spiral: coloured by position along the curve; line: first component");
    }
}
