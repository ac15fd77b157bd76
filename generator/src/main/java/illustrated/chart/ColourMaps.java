package illustrated.chart;


import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colour scales for colours that encode numbers (heat maps, colour bars, surfaces). They are fixed
 * colours, never theme roles: a value has the same colour in light and in dark mode, and the colour
 * bar beside it says so. (Theme roles are for ink, paper and categories; {@link SvgExport} turns
 * those into CSS custom properties, and a scale built from them flipped its ends in dark mode.)
 *
 * <ul>
 *   <li>{@link #viridis}: the sequential scale of matplotlib (van der Walt and Smith, 2015), perceptually
 *       uniform, monotonic in lightness, readable by colour-blind readers and distinct on white and on
 *       near-black paper. Evaluated with the published 6th-degree polynomial fit of the table
 *       (Matt Zucker, CC0), which stays within 2 % of it.</li>
 *   <li>{@link Diverging}: two fixed end colours through a light neutral middle, interpolated in Oklab
 *       (Björn Ottosson, 2020) so that equal steps look equal.</li>
 * </ul>
 * Every scale is quantised (see {@link #STEPS}): fewer distinct colours make a smaller SVG whose cells
 * the slimmer merges into few paths, and a reader cannot tell finer steps apart anyway.
 */
public final class ColourMaps {
    /** Distinct colours per scale (odd: the middle of a diverging scale is one of them). */
    public static final int STEPS = 49;

    private static final double[][] VIRIDIS = {
        {0.2777273272234177, 0.005407344544966578, 0.3340998053353061},
        {0.1050930431085774, 1.404613529898575, 1.384590162594685},
        {-0.3308618287255563, 0.214847559468213, 0.09509516302823659},
        {-4.634230498983486, -5.799100973351585, -19.33244095627987},
        {6.228269936347081, 14.17993336680509, 56.69055260068105},
        {4.776384997670288, -13.74514537774601, -65.35303263337234},
        {-5.435455855934631, 4.645852612178535, 26.3124352495832},
    };

    private ColourMaps() {
    }

    /** The LSTM cell-state scale over [-limit, limit]: blue negative, a light neutral zero, gold positive. */
    public static Diverging cellState(double limit) {
        return new Diverging(-limit, limit, new Color(0x2166AC), new Color(0xF2F2EE), new Color(0xBA8A1C));
    }

    /** A probability in [0, 1] as class 0 (blue) or class 1 (orange), neutral at 1/2. */
    public static Diverging probability() {
        Color half = new Color(0xF4F4F0);
        return new Diverging(0, 1, mix(half, Theme.Role.C1.color(), 0.6), half, mix(half, Theme.Role.OUTPUT.color(), 0.6));
    }

    /** Every colour of every fixed scale the site draws with (for the browser test of both themes). */
    public static java.util.Set<Color> allScaleColours() {
        java.util.Set<Color> out = new java.util.LinkedHashSet<>(colours(new Viridis(0, 1)));
        out.addAll(colours(cellState(1)));
        out.addAll(colours(probability()));
        return out;
    }

    /** Viridis at {@code t} in [0, 1] (clamped), not quantised. */
    public static Color viridis(double t) {
        double x = Math.max(0, Math.min(1, t));
        double[] rgb = new double[3];
        for (int k = VIRIDIS.length - 1; k >= 0; k--) {
            for (int c = 0; c < 3; c++) {
                rgb[c] = rgb[c] * x + VIRIDIS[k][c];
            }
        }
        return new Color(channel(rgb[0]), channel(rgb[1]), channel(rgb[2]));
    }

    /** {@code value}'s position in [lower, upper], clamped and rounded to one of {@link #STEPS} steps. */
    static double step(double value, double lower, double upper) {
        double f = upper == lower ? 0 : (value - lower) / (upper - lower);
        f = Math.max(0, Math.min(1, f));
        return Math.round(f * (STEPS - 1)) / (double) (STEPS - 1);
    }

    /** Every colour a scale can paint, from its low end to its high end. */
    public static java.util.List<Color> colours(PaintScale scale) {
        java.util.List<Color> out = new java.util.ArrayList<>();
        double lo = scale.getLowerBound();
        double hi = scale.getUpperBound();
        for (int i = 0; i < STEPS; i++) {
            out.add((Color) scale.getPaint(lo + (hi - lo) * i / (STEPS - 1)));
        }
        return out;
    }

    /** A fixed colour scale over [{@link #lower}, {@link #upper}]: the one family of the site's paint scales. */
    public sealed interface Scale extends PaintScale permits Viridis, Diverging {
        double lower();

        double upper();

        @Override
        default double getLowerBound() {
            return lower();
        }

        @Override
        default double getUpperBound() {
            return upper();
        }
    }

    /** Viridis over [lower, upper]; values below {@code lower} are left unpainted when {@code emptyBelow}. */
    public record Viridis(double lower, double upper, boolean emptyBelow) implements Scale {
        public Viridis(double lower, double upper) {
            this(lower, upper, false);
        }

        @Override
        public Paint getPaint(double value) {
            if (emptyBelow && (value < lower || Double.isNaN(value))) {
                return new Color(0, 0, 0, 0);
            }
            return viridis(step(value, lower, upper));
        }
    }

    /** {@code low} at {@code lower}, {@code mid} halfway, {@code high} at {@code upper}, interpolated in Oklab. */
    public record Diverging(double lower, double upper, Color low, Color mid, Color high) implements Scale {
        @Override
        public Paint getPaint(double value) {
            double f = step(value, lower, upper);
            return f < 0.5 ? mix(low, mid, f * 2) : mix(mid, high, f * 2 - 1);
        }
    }

    /** {@code a} to {@code b} at {@code f} in [0, 1], in Oklab. */
    public static Color mix(Color a, Color b, double f) {
        double[] p = oklab(a);
        double[] q = oklab(b);
        double[] m = new double[3];
        for (int i = 0; i < 3; i++) {
            m[i] = p[i] + (q[i] - p[i]) * f;
        }
        return fromOklab(m);
    }

    /** Oklab lightness L in [0, 1] of a colour. */
    public static double lightness(Color c) {
        return oklab(c)[0];
    }

    static double[] oklab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double l = StrictMath.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
        double m = StrictMath.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
        double s = StrictMath.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
        return new double[] {0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s};
    }

    static Color fromOklab(double[] lab) {
        double l = lab[0] + 0.3963377774 * lab[1] + 0.2158037573 * lab[2];
        double m = lab[0] - 0.1055613458 * lab[1] - 0.0638541728 * lab[2];
        double s = lab[0] - 0.0894841775 * lab[1] - 1.2914855480 * lab[2];
        l = l * l * l;
        m = m * m * m;
        s = s * s * s;
        double r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
        double g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
        double b = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;
        return new Color(channel(gamma(r)), channel(gamma(g)), channel(gamma(b)));
    }

    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : StrictMath.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double gamma(double v) {
        double x = Math.max(0, Math.min(1, v));
        return x <= 0.0031308 ? 12.92 * x : 1.055 * StrictMath.pow(x, 1 / 2.4) - 0.055;
    }

    private static int channel(double v) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, v)));
    }
}
