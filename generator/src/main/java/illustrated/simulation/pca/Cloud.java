package illustrated.simulation.pca;

import illustrated.format.Decimal;
import illustrated.simulation.Sampling;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The article's running 2-D example: a correlated Gaussian cloud, stretched along a direction at
 * {@code angle} degrees with standard deviation {@code sdLong}, {@code sdShort} across it, around
 * ({@code meanX}, {@code meanY}). Several figures draw the same points (same parameters, same seed).
 */
public final class Cloud {
    private Cloud() {
    }

    public record Params(int n, double sdLong, double sdShort, double angle, double meanX, double meanY) {
        public Params {
            if (n < 3) {
                throw new IllegalArgumentException("n must be at least 3, got " + n);
            }
            if (sdLong <= 0 || sdShort <= 0) {
                throw new IllegalArgumentException("standard deviations must be positive, got " + Decimal.shortest(sdLong) + ", "
                        + Decimal.shortest(sdShort));
            }
        }

        public static Params standard() {
            return new Params(250, 2.0, 0.7, 30, 4, 3);
        }
    }

    /** The points, one row each: independent normals scaled by (sdLong, sdShort), turned by {@code angle}, shifted. */
    public static double[][] sample(Params p, long seed) {
        return Sampling.withRng(seed, rng -> {
            INDArray g = Sampling.gaussian(rng, p.n(), 2);
            double a = StrictMath.toRadians(p.angle());
            double c = StrictMath.cos(a);
            double s = StrictMath.sin(a);
            // rows (u, v) -> (u·sdLong·c − v·sdShort·s, u·sdLong·s + v·sdShort·c) + mean
            INDArray m = Nd4j.createFromArray(new double[][] {{p.sdLong() * c, p.sdLong() * s},
                    {-p.sdShort() * s, p.sdShort() * c}});
            INDArray x = g.mmul(m).addiRowVector(Nd4j.createFromArray(p.meanX(), p.meanY()));
            return x.toDoubleMatrix();
        });
    }

    /** The angle of a 2-D direction in degrees, in [0, 180) (a direction and its opposite are one axis). */
    public static double axisAngle(double[] v) {
        double deg = StrictMath.toDegrees(StrictMath.atan2(v[1], v[0]));
        deg = deg % 180;
        return deg < 0 ? deg + 180 : deg;
    }

    /** Variance (divisor N) of the points' coordinates along the unit vector at {@code degrees}. */
    public static double varianceAlong(double[][] x, double degrees) {
        double a = StrictMath.toRadians(degrees);
        double ux = StrictMath.cos(a);
        double uy = StrictMath.sin(a);
        double[] proj = new double[x.length];
        double mean = 0;
        for (int i = 0; i < x.length; i++) {
            proj[i] = ux * x[i][0] + uy * x[i][1];
            mean += proj[i];
        }
        mean /= x.length;
        double s = 0;
        for (double v : proj) {
            s += (v - mean) * (v - mean);
        }
        return s / x.length;
    }
}
