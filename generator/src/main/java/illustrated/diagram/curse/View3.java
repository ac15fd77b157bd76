package illustrated.diagram.curse;

import java.awt.geom.Point2D;

/**
 * Orthographic view of 3-D space onto the page: turn by {@code azimuth} about the vertical axis,
 * tilt by {@code elevation}, drop the depth. A sphere projects to an exact circle of the same radius,
 * which is why the diagrams use this view rather than an oblique one.
 *
 * <p>World axes: x to the right, y into the page, z up. Screen y grows downwards.
 */
public record View3(double azimuth, double elevation, double scale, double cx, double cy) {

    /** Screen position of the world point (x, y, z). */
    public Point2D.Double at(double x, double y, double z) {
        double ca = StrictMath.cos(azimuth);
        double sa = StrictMath.sin(azimuth);
        double u = ca * x + sa * y;
        double v = -sa * x + ca * y;
        double ce = StrictMath.cos(elevation);
        double se = StrictMath.sin(elevation);
        double up = ce * z + se * v;
        return new Point2D.Double(cx + scale * u, cy - scale * up);
    }

    /** Distance towards the viewer (larger = nearer); used to draw back to front. */
    public double nearness(double x, double y, double z) {
        double ca = StrictMath.cos(azimuth);
        double sa = StrictMath.sin(azimuth);
        double v = -sa * x + ca * y;
        return -(StrictMath.cos(elevation) * v) + StrictMath.sin(elevation) * z;
    }
}
