package illustrated.simulation.curse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import illustrated.simulation.Sampling;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AngleSpreadTest {
    static final int PAIRS = 10_000;

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void spreadInHighDimensionsMatchesOneOverRootD() {
        for (int d : new int[] {50, 100}) {
            double[] a = Sampling.withRng(100 + d, rng -> AngleSpread.cubeAngles(rng, PAIRS, d));
            double sd = Stats.sd(a);
            double theory = AngleSpread.theorySd(d);
            // tolerance 5%: the 1/sqrt(D) law is itself ~1% off at D = 50, the sample sd ~1% noisy
            assertEquals(theory, sd, 0.05 * theory, "angle spread at D = " + d + " vs (180/pi)/sqrt(D)");
            // mean 90 within 4 standard errors
            assertEquals(90, Stats.mean(a), 4 * sd / Math.sqrt(PAIRS), "mean angle at D = " + d);
        }
    }

    @Test
    void discAnglesAreUniformWithSpread180OverRoot12() {
        double[] a = Sampling.withRng(5, rng -> AngleSpread.ballAngles(rng, PAIRS, 2));
        double theory = 180 / Math.sqrt(12);
        // sd of a uniform sample: relative standard error sqrt((kurtosis - 1) / (4n)) = 0.45%; allow 4 SE
        double se = theory * Math.sqrt(0.8 / (4.0 * PAIRS));
        assertEquals(theory, Stats.sd(a), 4 * se, "spread of the 2-D disc angle vs 180/sqrt(12)");
        // chi-square against uniform over 36 bins: 35 degrees of freedom, mean 35, sd sqrt(70);
        // fail beyond mean + 4 sd
        double chi2 = chiSquareUniform(a, 36);
        assertTrue(chi2 < 35 + 4 * Math.sqrt(70), "disc angles are not uniform on [0, 180]: chi2 = " + chi2);
    }

    @Test
    void threeDimensionalBallAnglesFollowHalfSine() {
        // p(theta) = sin(theta)/2 means cos(theta) is uniform on [-1, 1]: chi-square on cos(theta)
        double[] a = Sampling.withRng(6, rng -> AngleSpread.ballAngles(rng, PAIRS, 3));
        double[] cosShifted = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            cosShifted[i] = 90 * (1 + Math.cos(Math.toRadians(a[i])));
        }
        double chi2 = chiSquareUniform(cosShifted, 36);
        assertTrue(chi2 < 35 + 4 * Math.sqrt(70), "cos(angle) in 3-D is not uniform: chi2 = " + chi2);
    }

    @Test
    void exactSphereSpreadAgreesWithKnownCases() {
        // D = 2: uniform on [0, 180]; D = 3: var = pi^2/4 - 2 (radians)
        assertEquals(180 / Math.sqrt(12), AngleSpread.sphereSd(2), 1e-6, "D = 2");
        assertEquals(Math.toDegrees(Math.sqrt(Math.PI * Math.PI / 4 - 2)), AngleSpread.sphereSd(3), 1e-5, "D = 3");
        // large D tends to the 1/sqrt(D) law (within 1% at D = 1000)
        assertEquals(AngleSpread.theorySd(1000), AngleSpread.sphereSd(1000), 0.01 * AngleSpread.theorySd(1000));
    }

    @Test
    void squareAnglesFollowTheExactSquareDensityNotTheUniform() {
        // with many pairs the square's ripple (peaks at 0, 90, 180 degrees) is clearly visible
        int n = 200_000;
        int bins = 36;
        double[] a = Sampling.withRng(8, rng -> AngleSpread.cubeAngles(rng, n, 2));
        double[] centres = Stats.binCentres(0, 180, bins);
        double[] exact = AngleSpread.squareDensity(centres);
        double total = 0;
        for (double e : AngleSpread.squareDensity(Stats.binCentres(0, 180, 1800))) {
            total += e * 0.1;
        }
        assertEquals(1, total, 1e-3, "the exact square density integrates to 1 over [0, 180] degrees");
        double[] h = Stats.density(a, 0, 180, bins);
        double chiExact = 0;
        for (int i = 0; i < bins; i++) {
            double expected = exact[i] * 5 * n;
            double count = h[i] * 5 * n;
            chiExact += (count - expected) * (count - expected) / expected;
        }
        // 35 degrees of freedom: mean 35, sd sqrt(70); midpoint densities add a tiny bias, allow mean + 4 sd
        assertTrue(chiExact < 35 + 4 * Math.sqrt(70), "square angles vs exact square density: chi2 = " + chiExact);
        assertTrue(chiSquareUniform(a, bins) > 35 + 4 * Math.sqrt(70),
                "square angles should NOT look uniform with 200,000 pairs: chi2 = " + chiSquareUniform(a, bins));
    }

    /** Pearson chi-square of values in [0, 180] against the uniform distribution. */
    static double chiSquareUniform(double[] v, int bins) {
        double[] h = Stats.density(v, 0, 180, bins);
        double expected = (double) v.length / bins;
        double chi2 = 0;
        for (double x : h) {
            double count = x * v.length * (180.0 / bins);
            chi2 += (count - expected) * (count - expected) / expected;
        }
        return chi2;
    }
}
