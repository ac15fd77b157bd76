package illustrated.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.util.ShapeUtils;

/** Marker shapes of the charts, centred on the data point; {@code r} is the half-width in pixels. */
public final class Shapes {
    private Shapes() {
    }

    public static Shape circle(double r) {
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    public static Shape square(double r) {
        return new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
    }

    public static Shape triangle(double r) {
        return ShapeUtils.createUpTriangle((float) r);
    }

    /** A diamond in float precision (JFreeChart's own shape). */
    public static Shape diamond(double r) {
        return ShapeUtils.createDiamond((float) r);
    }

    /** A diamond in double precision: the same outline as {@link #diamond}, but its points land elsewhere by rounding. */
    public static Shape diamondPath(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    public static Shape cross(double r) {
        return ShapeUtils.createDiagonalCross((float) r, (float) (r / 3.5));
    }
}
