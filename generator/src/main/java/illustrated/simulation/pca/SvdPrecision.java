package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;

/**
 * Why PCA is computed as an SVD: a nearly flat 2-D data set whose small standard deviation ε is known
 * exactly, recovered through the covariance matrix (dsyev of XᵀX/N) and through the SVD of X (dgesvd).
 *
 * <p>The points are x_i = a_i (cos α, sin α) + ε b_i (−sin α, cos α) with a_i = (−1)^i and
 * b_i = (−1)^⌊i/2⌋: the columns a and b have mean 0, are exactly orthogonal and have norm √N, so the
 * standard deviations along the two principal axes are exactly 1 and ε. Forming XᵀX squares them: ε²
 * drowns in the rounding of 1 + ε² once ε² is near the unit roundoff u = 2⁻⁵³, so the covariance route
 * loses the small direction around ε ≈ √u ≈ 10⁻⁸; the SVD works on X itself and keeps it down to ε ≈ u.
 */
public final class SvdPrecision implements Simulation<SvdPrecision.Params> {
    /**
     * @param n      points (a multiple of 4)
     * @param angle  direction of the long axis, degrees
     * @param maxExp ε runs over 10^(−e/2) for e = 1 … maxExp
     */
    public record Params(int n, double angle, int maxExp) {
        public Params {
            if (n < 4 || n % 4 != 0) {
                throw new IllegalArgumentException("n must be a positive multiple of 4, got " + n);
            }
        }

        public static Params standard() {
            return new Params(64, 30, 30);
        }
    }

    /** The standard deviation along the second component by both routes, for one ε. */
    public record Estimate(double covariance, double svd) {
    }

    /** Both routes' estimates of the small standard deviation ε. */
    public static Estimate estimate(Params p, double eps) {
        double a = StrictMath.toRadians(p.angle());
        double c = StrictMath.cos(a);
        double s = StrictMath.sin(a);
        double[][] x = new double[p.n()][2];
        for (int i = 0; i < p.n(); i++) {
            double ai = i % 2 == 0 ? 1 : -1;
            double bi = (i / 2) % 2 == 0 ? 1 : -1;
            x[i][0] = ai * c - eps * bi * s;
            x[i][1] = ai * s + eps * bi * c;
        }
        double lambda2 = Pca.byCovariance(x).variances()[1];
        double viaCov = StrictMath.sqrt(Math.max(lambda2, 0));
        double viaSvd = StrictMath.sqrt(Pca.bySvd(x).variances()[1]);
        return new Estimate(viaCov, viaSvd);
    }

    @Override
    public Dataset run(Params p, long seed) {
        int m = p.maxExp();
        double[] eps = new double[m];
        double[] cov = new double[m];
        double[] svd = new double[m];
        double[] guideCov = new double[m];
        double[] guideSvd = new double[m];
        double lost = 0;
        Dataset.Builder b = Dataset.builder();
        for (int e = 1; e <= m; e++) {
            double ep = StrictMath.pow(10, -e / 2.0);
            Estimate est = estimate(p, ep);
            eps[e - 1] = ep;
            cov[e - 1] = Math.abs(est.covariance() - ep) / ep;
            svd[e - 1] = Math.abs(est.svd() - ep) / ep;
            guideCov[e - 1] = Quoted.UNIT_ROUNDOFF / (ep * ep);
            guideSvd[e - 1] = Quoted.UNIT_ROUNDOFF / ep;
            if (cov[e - 1] >= 0.5 && lost == 0) {
                lost = ep;
            }
            if (e % 2 == 0) {
                b.value("cov-error-e" + e / 2, Value.of(cov[e - 1], "%.0e"));
                b.value("svd-error-e" + e / 2, Value.of(svd[e - 1], "%.0e"));
            }
        }
        return b.series("through the covariance matrix", eps, cov)
                .series("through the SVD of the data", eps, svd)
                .series("unit roundoff / delta^2", eps, guideCov)
                .series("unit roundoff / delta", eps, guideSvd)
                .value("cov-lost-eps", Value.of(lost, "%.0e"))
                .value("unit-roundoff", Value.of(Quoted.UNIT_ROUNDOFF, "%.1e"))
                .value("points", Value.integer(p.n()))
                .build();
    }
}
