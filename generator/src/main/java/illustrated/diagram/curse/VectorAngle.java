package illustrated.diagram.curse;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.simulation.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/**
 * A8: two vectors x and y from the origin, the angle θ between them, the projection of y on x, and
 * the formula cos θ = xᵀy / (∥x∥ ∥y∥), which defines the angle in any number of dimensions.
 */
public record VectorAngle(int width, int height) implements Sketch {
    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        pen.paper(width, height);
        double ox = 90;
        double oy = 300;
        double ax = Math.toRadians(-14);
        double ay = Math.toRadians(-62);
        double lx = 360;
        double ly = 250;
        double xx = ox + lx * StrictMath.cos(ax);
        double xy = oy + lx * StrictMath.sin(ax);
        double yx = ox + ly * StrictMath.cos(ay);
        double yy = oy + ly * StrictMath.sin(ay);
        // projection of y onto x: foot of the perpendicular
        double t = ly * StrictMath.cos(ay - ax);
        double fx = ox + t * StrictMath.cos(ax);
        double fy = oy + t * StrictMath.sin(ax);
        g.setColor(Role.MUTED.color());
        g.setStroke(theme.dashed());
        g.draw(new Line2D.Double(yx, yy, fx, fy));
        g.setStroke(theme.thin());
        pen.rightAngle(fx, fy, ax + Math.PI, StrictMath.atan2(yy - fy, yx - fx), 10);
        // the projection length along x
        double nx = StrictMath.cos(ax + Math.PI / 2);
        double ny = StrictMath.sin(ax + Math.PI / 2);
        g.setColor(Role.C1.color());
        pen.dimension(ox + 22 * nx, oy + 22 * ny, fx + 22 * nx, fy + 22 * ny, 8);
        pen.labelOnPaper("∥$y$∥ cos $θ$", (ox + fx) / 2 + 40 * nx, (oy + fy) / 2 + 40 * ny, 17f);
        // the angle
        g.setColor(Role.C5.color(70));
        double r = 70;
        Arc2D arc = new Arc2D.Double(ox - r, oy - r, 2 * r, 2 * r, -Math.toDegrees(ax), -Math.toDegrees(ay - ax),
                Arc2D.PIE);
        g.fill(arc);
        g.setColor(Role.C5.color());
        g.setStroke(theme.line());
        g.draw(new Arc2D.Double(ox - r, oy - r, 2 * r, 2 * r, -Math.toDegrees(ax), -Math.toDegrees(ay - ax),
                Arc2D.OPEN));
        double am = (ax + ay) / 2;
        pen.labelCentred("$θ$", ox + (r + 18) * StrictMath.cos(am), oy + (r + 18) * StrictMath.sin(am), 22f);
        // the vectors
        g.setStroke(new java.awt.BasicStroke(3f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        g.setColor(Role.C2.color());
        pen.pointer(ox, oy, xx, xy, 16);
        pen.labelCentred("$x$", xx + 16, xy + 6, 24f);
        g.setColor(Role.C3.color());
        pen.pointer(ox, oy, yx, yy, 16);
        pen.labelCentred("$y$", yx - 4, yy - 18, 24f);
        g.setColor(Role.FG.color());
        g.fill(new Ellipse2D.Double(ox - 4, oy - 4, 8, 8));
        pen.label("origin", ox - 10, oy + 6, 17f, Align.RIGHT);
        formula(pen, 490, 110);
    }

    private static void formula(Pen pen, double x, double y) {
        Graphics2D g = pen.graphics();
        g.setColor(Role.FG.color());
        float s = 24f;
        double lhs = pen.label("cos $θ$ = ", x, y + 8, s, Align.LEFT);
        double fracX = x + lhs + 4;
        double w = pen.labelWidth("∥$x$∥ ∥$y$∥", s);
        pen.label("$x^{⊤}y$", fracX + w / 2, y - 8, s, Align.CENTER);
        g.setStroke(new java.awt.BasicStroke(1.4f));
        g.draw(new Line2D.Double(fracX, y, fracX + w, y));
        pen.label("∥$x$∥ ∥$y$∥", fracX + w / 2, y + 26, s, Align.CENTER);
        g.setColor(Role.MUTED.color());
        float m = 16f;
        pen.label("$x^{⊤}y$ = $x_{1}y_{1}$ + $x_{2}y_{2}$ + … + $x_{D}y_{D}$", x, y + 82, m, Align.LEFT);
        pen.label("∥$x$∥$^{2}$ = $x^{⊤}x$", x, y + 110, m, Align.LEFT);
        pen.label("The same formula defines the angle", x, y + 146, m, Align.LEFT);
        pen.label("for any $D$, drawable or not.", x, y + 168, m, Align.LEFT);
    }
}
