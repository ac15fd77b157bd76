package illustrated.simulation.pca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PCA on ND4J/LAPACK against answers known in closed form, against the hand-written power iteration,
 * and against the identities the article states (orthogonality, reconstruction error, whitening).
 */
class PcaTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    /** Random data with very different spreads per (rotated) axis. */
    static double[][] data(int n, int d, long seed) {
        Random r = new Random(seed);
        double[][] mix = new double[d][d];
        for (double[] row : mix) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian();
            }
        }
        double[][] x = new double[n][d];
        for (double[] row : x) {
            double[] g = new double[d];
            for (int j = 0; j < d; j++) {
                g[j] = r.nextGaussian() * (d - j);
            }
            for (int j = 0; j < d; j++) {
                row[j] = 3 + PowerIteration.dot(mix[j], g);
            }
        }
        return x;
    }

    @Test
    void hadamardCaseHasExactlyTheEigenvaluesItWasBuiltWith() {
        double[][] h = Agreement.hadamard(16);
        double[] exact = new double[16];
        for (int k = 0; k < 16; k++) {
            exact[k] = 16 - k;
        }
        Pca.Eigen e = Pca.symmetricEigen(Agreement.withEigen(h, exact));
        for (int k = 0; k < 16; k++) {
            assertEquals(exact[k], e.values()[k], 1e-12, "eigenvalue " + k);
            double[] col = new double[16];
            for (int i = 0; i < 16; i++) {
                col[i] = h[i][k];
            }
            Pca.fixSign(col);
            for (int i = 0; i < 16; i++) {
                assertEquals(col[i], e.vectors()[k][i], 1e-12, "eigenvector " + k + ", entry " + i);
            }
        }
    }

    @Test
    void twoByTwoMatchesTheClosedForm() {
        double a = 3.05;
        double b = 1.66;
        double c = 1.55;
        Pca.Eigen e = Pca.symmetricEigen(new double[][] {{a, b}, {b, c}});
        double mid = (a + c) / 2;
        double rad = Math.sqrt((a - c) * (a - c) / 4 + b * b);
        assertEquals(mid + rad, e.values()[0], 1e-13);
        assertEquals(mid - rad, e.values()[1], 1e-13);
        double angle = Math.toDegrees(0.5 * Math.atan2(2 * b, a - c));
        assertEquals(angle, Cloud.axisAngle(e.vectors()[0]), 1e-10, "the first eigenvector's angle");
    }

    @Test
    void svdAndCovarianceRoutesAgreeAndComponentsAreOrthonormal() {
        double[][] x = data(500, 12, 1);
        Pca.Fit svd = Pca.bySvd(x);
        Pca.Fit cov = Pca.byCovariance(x);
        for (int k = 0; k < 12; k++) {
            assertEquals(cov.variances()[k], svd.variances()[k], 1e-10 * svd.variances()[0], "variance " + k);
            for (int i = 0; i < 12; i++) {
                assertEquals(cov.components()[k][i], svd.components()[k][i], 1e-8, "component " + k + ", entry " + i);
            }
            for (int j = 0; j <= k; j++) {
                assertEquals(j == k ? 1 : 0, PowerIteration.dot(svd.components()[k], svd.components()[j]), 1e-12);
            }
        }
        for (int k = 1; k < 12; k++) {
            assertTrue(svd.variances()[k] <= svd.variances()[k - 1], "variances are sorted, largest first");
        }
        assertEquals(1.0, svd.explained(12), 1e-12);
    }

    @Test
    void powerIterationAgreesWithLapack() {
        double[][] s = Pca.covariance(data(400, 10, 2));
        Pca.Eigen lapack = Pca.symmetricEigen(s);
        PowerIteration.Result power = PowerIteration.leading(s, 4, 1e-13, 100_000);
        for (int k = 0; k < 4; k++) {
            assertEquals(lapack.values()[k], power.values()[k], 1e-10 * lapack.values()[0], "eigenvalue " + k);
            for (int i = 0; i < 10; i++) {
                assertEquals(lapack.vectors()[k][i], power.vectors()[k][i], 1e-6, "eigenvector " + k);
            }
        }
    }

    @Test
    void reconstructionErrorIsTheSumOfTheDiscardedEigenvalues() {
        double[][] x = data(300, 8, 3);
        Pca.Fit fit = Pca.bySvd(x);
        for (int k = 1; k <= 8; k++) {
            double[][] r = fit.reconstruct(fit.scores(x, k));
            double err = GlyphReconstructions.squaredDistance(x, r) / x.length;
            assertEquals(fit.discarded(k), err, 1e-9 * fit.totalVariance(), "k = " + k);
        }
    }

    @Test
    void scoresAreUncorrelatedAndWhiteningGivesTheIdentity() {
        double[][] x = data(300, 5, 4);
        Pca.Fit fit = Pca.bySvd(x);
        double[][] z = fit.scores(x, 5);
        double[][] cz = Pca.covariance(z);
        double[][] w = new double[z.length][5];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < 5; j++) {
                w[i][j] = z[i][j] / Math.sqrt(fit.variances()[j]);
            }
        }
        double[][] cw = Pca.covariance(w);
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                assertEquals(a == b ? fit.variances()[a] : 0, cz[a][b], 1e-9 * fit.variances()[0]);
                assertEquals(a == b ? 1 : 0, cw[a][b], 1e-10, "whitened covariance [" + a + "][" + b + "]");
            }
        }
    }

    @Test
    void signConventionMakesTheLargestEntryPositiveAndBreaksRoundingTiesByPosition() {
        double[] v = {0.3, -0.9, 0.2};
        Pca.fixSign(v);
        assertEquals(0.9, v[1]);
        double[] tie = {-0.5, 0.5000000000000001, -0.5, 0.5};
        Pca.fixSign(tie);
        assertEquals(0.5, tie[0], "entries equal up to rounding tie; the first decides");
    }

    @Test
    void aResidualFarAboveRoundingIsAnError() {
        Pca.checkResidual("dsyev", "residual", 1e-14, 10, 4);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pca.checkResidual("dsyev", "residual", 1e-3, 10, 256));
        assertTrue(e.getMessage().contains("OPENBLAS_CORETYPE"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Pca.checkResidual("dgesvd", "residual", Double.NaN, 1, 2));
    }
}
