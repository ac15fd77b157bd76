package illustrated.simulation.curse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import illustrated.simulation.Sampling;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shell share, ball volume and the radius of points in the ball against their closed forms. */
class BallGeometryTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void shellShareMonteCarloMatchesFormula() {
        double eps = 0.01;
        int n = 4000;
        for (int d : new int[] {10, 100, 230, 459}) {
            double mc = Sampling.withRng(d, rng -> ShellShare.monteCarloShare(rng, n, d, eps));
            double p = ShellShare.share(eps, d);
            double se = Math.sqrt(p * (1 - p) / n);
            // 4 binomial standard errors
            assertEquals(p, mc, 4 * se, "share of points in the outer 1% shell at D = " + d);
        }
    }

    @Test
    void shellCrossingsFromClosedForm() {
        int d90 = ShellShare.firstDimReaching(0.01, 0.9);
        int d99 = ShellShare.firstDimReaching(0.01, 0.99);
        assertEquals((int) Math.ceil(Math.log(0.1) / Math.log(0.99)), d90, "90% crossing: ceil(ln 0.1 / ln 0.99)");
        assertEquals((int) Math.ceil(Math.log(0.01) / Math.log(0.99)), d99, "99% crossing: ceil(ln 0.01 / ln 0.99)");
        assertTrue(ShellShare.share(0.01, d90) >= 0.9 && ShellShare.share(0.01, d90 - 1) < 0.9);
        assertTrue(ShellShare.share(0.01, d99) >= 0.99 && ShellShare.share(0.01, d99 - 1) < 0.99);
        Dataset data = new ShellShare().run(ShellShare.Params.standard(), 7L);
        assertEquals(d90, data.value("d90").value());
        assertEquals(100 * (1 - Math.pow(0.99, 400)), data.value("share-d400").value(), 1e-9);
    }

    @Test
    void ballVolumeRecursionMatchesGammaFormula() {
        double[] v = BallVolume.volumes(30);
        for (int d = 1; d <= 30; d++) {
            double formula = Math.pow(Math.PI, d / 2.0) / gammaHalfInteger(d + 2);
            assertEquals(formula, v[d], 1e-12 * formula, "V_" + d + " vs pi^(D/2) / Gamma(D/2 + 1)");
        }
        Dataset data = new BallVolume().run(new BallVolume.Params(30, 2, 10), 1L);
        assertEquals(5, data.value("max-volume-dim").value(), "the unit ball is largest in 5-D");
        assertEquals(8 * Math.PI * Math.PI / 15, data.value("max-volume").value(), 1e-12, "V_5 = 8 pi^2 / 15");
    }

    @Test
    void ballVolumeMonteCarloMatchesFormula() {
        double[] v = BallVolume.volumes(10);
        int n = 100_000;
        for (int d = 2; d <= 10; d++) {
            int dim = d;
            double mc = Sampling.withRng(1000 + d, rng -> BallVolume.monteCarloRatio(rng, n, dim));
            double p = v[d] / Math.pow(2, d);
            double se = Math.sqrt(p * (1 - p) / n);
            // 4 binomial standard errors
            assertEquals(p, mc, 4 * se, "share of the cube inside the ball at D = " + d);
        }
    }

    @Test
    void radiusMedianAndShellOfSampledBallPoints() {
        int n = 20_000;
        for (int d : List.of(2, 10, 100)) {
            double[] r = Sampling.withRng(d, rng -> Sampling.rowNormsAndFree(Sampling.inUnitBall(rng, n, d)));
            double m = BallRadius.theoryMedian(d);
            // standard error of a sample median: 1 / (2 f(m) sqrt(n)), f(r) = D r^(D-1); allow 4 SE
            double se = 1 / (2 * d * Math.pow(m, d - 1) * Math.sqrt(n));
            assertEquals(m, Stats.median(r), 4 * se, "median radius at D = " + d);
            for (double x : r) {
                assertTrue(x <= 1 + 1e-12, "a point outside the unit ball: |x| = " + x);
            }
        }
    }

    /** Gamma(k / 2) for a positive integer k, from Gamma(1/2) = sqrt(pi), Gamma(1) = 1 and Gamma(x + 1) = x Gamma(x). */
    static double gammaHalfInteger(int k) {
        double g = k % 2 == 0 ? 1 : Math.sqrt(Math.PI);
        for (int j = k % 2 == 0 ? 2 : 1; j < k; j += 2) {
            g *= j / 2.0;
        }
        return g;
    }

    @Test
    void gammaHelperIsRight() {
        assertEquals(Math.sqrt(Math.PI), gammaHalfInteger(1), 1e-15);
        assertEquals(1, gammaHalfInteger(2), 0);
        assertEquals(Math.sqrt(Math.PI) / 2, gammaHalfInteger(3), 1e-15);
        assertEquals(6, gammaHalfInteger(8), 1e-12);
    }
}
