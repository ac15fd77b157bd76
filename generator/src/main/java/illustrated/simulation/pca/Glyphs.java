package illustrated.simulation.pca;

import illustrated.simulation.Sampling;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A visual data set made by code: small grey images of the digits 0 to 9, each drawn with a pen along a
 * few strokes (lines and elliptic arcs) and randomly scaled, slanted, turned, shifted and thickened, the
 * way handwriting varies. Nothing is downloaded; the images are a pure function of the parameters and
 * the seed.
 *
 * <p>Rasterising is done here, not by Java2D, so that the pixels depend on nothing but this code: a pixel's
 * ink is 1 within half a pen width of a stroke and falls linearly to 0 over one pixel outside it.
 * Coordinates run from 0 to 1 across the image, y downwards.
 */
public final class Glyphs {
    private Glyphs() {
    }

    /**
     * @param count    number of images PCA is fitted on (digit i % 10 for image i)
     * @param heldOut  further images drawn the same way, kept out of the fit (to test on unseen glyphs)
     * @param size     pixels per side
     * @param wobble   how strongly the random distortions act (0: every digit identical, 1: the standard set)
     */
    public record Params(int count, int heldOut, int size, double wobble) {
        public Params {
            if (count < 10) {
                throw new IllegalArgumentException("count must be at least 10 (one per digit), got " + count);
            }
            if (heldOut < 0) {
                throw new IllegalArgumentException("heldOut must not be negative, got " + heldOut);
            }
            if (size < 8) {
                throw new IllegalArgumentException("size must be at least 8 pixels, got " + size);
            }
            if (wobble < 0) {
                throw new IllegalArgumentException("wobble must not be negative, got " + illustrated.format.Decimal.shortest(wobble));
            }
        }

        public static Params standard() {
            return new Params(1_000, 200, 16, 1.0);
        }
    }

    /**
     * The images, one row of {@code size * size} pixels (row by row) per image, and the digit of each:
     * {@code pixels} are fitted, {@code heldOut} are not.
     */
    public record Images(double[][] pixels, int[] digit, double[][] heldOut, int[] heldOutDigit, int size) {
        public int count() {
            return pixels.length;
        }
    }

    /** Draws the images; the random distortions of image i come from row i of one seeded uniform matrix. */
    public static Images draw(Params p, long seed) {
        int total = p.count() + p.heldOut();
        double[][] u = Sampling.withRng(seed, rng -> {
            INDArray m = Sampling.uniform(rng, total, 7, -1, 1);
            return m.toDoubleMatrix();
        });
        double[][] pixels = new double[total][];
        int[] digit = new int[total];
        for (int i = 0; i < total; i++) {
            digit[i] = i % 10;
            pixels[i] = render(strokes(digit[i]), u[i], p.wobble(), p.size());
        }
        return new Images(java.util.Arrays.copyOf(pixels, p.count()), java.util.Arrays.copyOf(digit, p.count()),
                java.util.Arrays.copyOfRange(pixels, p.count(), total), java.util.Arrays.copyOfRange(digit, p.count(), total),
                p.size());
    }

    /** One image: the strokes distorted by the seven uniform numbers in [-1, 1] of {@code r}. */
    static double[] render(List<double[]> strokes, double[] r, double wobble, int size) {
        double scale = 1 + 0.12 * wobble * r[0];
        double aspect = 1 + 0.08 * wobble * r[1];
        double slant = 0.22 * wobble * r[2];
        double turn = StrictMath.toRadians(8 * wobble * r[3]);
        double dx = 0.06 * wobble * r[4];
        double dy = 0.05 * wobble * r[5];
        double pen = 0.09 + 0.025 * wobble * r[6];
        double cos = StrictMath.cos(turn);
        double sin = StrictMath.sin(turn);
        List<double[]> moved = new ArrayList<>();
        for (double[] s : strokes) {
            double[] m = new double[s.length];
            for (int j = 0; j < s.length; j += 2) {
                double x = (s[j] - 0.5) * scale * aspect;
                double y = (s[j + 1] - 0.5) * scale / aspect;
                x += slant * -y; // lean to the right going up
                m[j] = 0.5 + dx + cos * x - sin * y;
                m[j + 1] = 0.5 + dy + sin * x + cos * y;
            }
            moved.add(m);
        }
        double[] img = new double[size * size];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                double px = (col + 0.5) / size;
                double py = (row + 0.5) / size;
                double d = Double.POSITIVE_INFINITY;
                for (double[] m : moved) {
                    for (int j = 0; j + 3 < m.length; j += 2) {
                        d = Math.min(d, segmentDistance(px, py, m[j], m[j + 1], m[j + 2], m[j + 3]));
                    }
                }
                double ink = (pen / 2 - d) * size + 0.5;
                img[row * size + col] = Math.max(0, Math.min(1, ink));
            }
        }
        return img;
    }

    static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double vx = bx - ax;
        double vy = by - ay;
        double len2 = vx * vx + vy * vy;
        double t = len2 == 0 ? 0 : ((px - ax) * vx + (py - ay) * vy) / len2;
        t = Math.max(0, Math.min(1, t));
        double ex = px - (ax + t * vx);
        double ey = py - (ay + t * vy);
        return StrictMath.sqrt(ex * ex + ey * ey);
    }

    /** The strokes of a digit as polylines {x0, y0, x1, y1, ...} in the unit square, y downwards. */
    static List<double[]> strokes(int digit) {
        return switch (digit) {
            case 0 -> List.of(arc(0.5, 0.5, 0.2, 0.31, 0, 360));
            case 1 -> List.of(line(0.37, 0.29, 0.52, 0.17, 0.52, 0.83));
            case 2 -> List.of(join(arc(0.5, 0.34, 0.19, 0.17, 165, -35), line(0.29, 0.83, 0.72, 0.83)));
            case 3 -> List.of(arc(0.49, 0.33, 0.17, 0.15, 150, -90), arc(0.49, 0.65, 0.2, 0.18, 90, -150));
            case 4 -> List.of(line(0.62, 0.83, 0.62, 0.17, 0.28, 0.62, 0.75, 0.62));
            case 5 -> List.of(join(line(0.7, 0.17, 0.35, 0.17, 0.32, 0.47), arc(0.5, 0.64, 0.2, 0.19, 140, -150)));
            case 6 -> List.of(arc(0.62, 0.64, 0.32, 0.47, 112, 182), arc(0.5, 0.65, 0.19, 0.18, 0, 360));
            case 7 -> List.of(line(0.28, 0.17, 0.72, 0.17, 0.43, 0.83));
            case 8 -> List.of(arc(0.5, 0.32, 0.16, 0.15, 0, 360), arc(0.5, 0.65, 0.2, 0.18, 0, 360));
            case 9 -> List.of(arc(0.5, 0.36, 0.19, 0.18, 0, 360), line(0.69, 0.38, 0.62, 0.83));
            default -> throw new IllegalArgumentException("a digit is 0..9, got " + digit);
        };
    }

    private static double[] line(double... xy) {
        return xy;
    }

    /** An elliptic arc from angle {@code from} to {@code to} (degrees, counter-clockwise as seen), 24 steps. */
    private static double[] arc(double cx, double cy, double rx, double ry, double from, double to) {
        int steps = 24;
        double[] out = new double[2 * (steps + 1)];
        for (int i = 0; i <= steps; i++) {
            double a = StrictMath.toRadians(from + (to - from) * i / steps);
            out[2 * i] = cx + rx * StrictMath.cos(a);
            out[2 * i + 1] = cy - ry * StrictMath.sin(a);
        }
        return out;
    }

    /** One polyline through the points of {@code a} and then those of {@code b}. */
    private static double[] join(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
