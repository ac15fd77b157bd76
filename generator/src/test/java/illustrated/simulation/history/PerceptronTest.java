package illustrated.simulation.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PerceptronTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    /**
     * Novikoff: on data separable with margin γ by a unit separator (over augmented points (x, 1)),
     * with ‖(x, 1)‖ ≤ R, the rule makes at most (R/γ)² mistakes in total, and then an epoch is clean.
     */
    @Test
    void convergesOnSeparableDataWithinNovikoffsBound() {
        double a = 0.8, b = -1.0, c = 0.15;
        for (long seed = 1; seed <= 5; seed++) {
            PointSets.Points pts = PointSets.separable(40, 0.03, a, b, c, seed);
            Perceptron.Result r = Perceptron.train(PerceptronRule.matrix(pts), pts.labels(), 1.0, 10_000,
                    new Random(seed));
            assertTrue(r.converged(), "seed " + seed + ": did not converge");
            double norm = Math.sqrt(a * a + b * b + c * c);
            double gamma = Double.POSITIVE_INFINITY;
            double radius = 0;
            for (int i = 0; i < pts.size(); i++) {
                double[] p = pts.xy()[i];
                gamma = Math.min(gamma, pts.labels()[i] * (a * p[0] + b * p[1] + c) / norm);
                radius = Math.max(radius, Math.sqrt(p[0] * p[0] + p[1] * p[1] + 1));
            }
            int mistakes = Arrays.stream(r.mistakesPerEpoch()).sum();
            assertTrue(gamma > 0, "the generator must give separable points");
            assertTrue(mistakes <= Math.pow(radius / gamma, 2),
                    "seed " + seed + ": " + mistakes + " mistakes exceed Novikoff's bound " + Math.pow(radius / gamma, 2));
            // the final line separates every point
            double[] w = r.weights();
            for (int i = 0; i < pts.size(); i++) {
                double[] p = pts.xy()[i];
                assertTrue(pts.labels()[i] * (w[0] * p[0] + w[1] * p[1] + w[2]) > 0, "point " + i + " misclassified");
            }
            assertEquals(0, r.mistakesPerEpoch()[r.mistakesPerEpoch().length - 1]);
        }
    }

    /**
     * No line separates the noisy XOR sample: a certificate is a segment between two +1 points that
     * crosses a segment between two −1 points (the crossing point would lie on both sides of the
     * line). So no epoch can be free of mistakes, however long the rule runs.
     */
    @Test
    void neverSettlesOnXor() {
        PointSets.Points pts = PointSets.noisyXor(10, 0.35, 4);
        assertTrue(hasCrossingSegments(pts), "expected a certificate of non-separability");
        Perceptron.Result r = Perceptron.train(PerceptronRule.matrix(pts), pts.labels(), 1.0, 300, new Random(4));
        assertFalse(r.converged());
        assertTrue(r.minMistakes() > 0);
        // and the same certificate holds for the four clean XOR points
        PointSets.Points clean = new PointSets.Points(new double[][] {{-1, -1}, {1, 1}, {-1, 1}, {1, -1}},
                new int[] {-1, -1, 1, 1});
        assertTrue(hasCrossingSegments(clean));
    }

    /**
     * Each epoch's order is a uniform random permutation: over 8,000 shuffles of 4 items every item
     * lands in every position with frequency 1/4; the binomial sd is sqrt(0.25 · 0.75 / 8000) ≈ 0.0048,
     * so 0.03 is more than 6 sd.
     */
    @Test
    void shuffleDrawsUniformPermutations() {
        Random rng = new Random(17);
        int trials = 8000;
        int[][] count = new int[4][4];
        for (int k = 0; k < trials; k++) {
            int[] a = {0, 1, 2, 3};
            Perceptron.shuffle(a, rng);
            assertEquals(6, Arrays.stream(a).sum(), "a permutation");
            assertEquals(4, Arrays.stream(a).distinct().count(), "a permutation");
            for (int pos = 0; pos < 4; pos++) {
                count[a[pos]][pos]++;
            }
        }
        for (int[] row : count) {
            for (int c : row) {
                assertEquals(0.25, c / (double) trials, 0.03);
            }
        }
    }

    @Test
    void theFigureSimulationConvergesOnSeparableAndNotOnXor() {
        illustrated.simulation.Dataset d = new PerceptronRule().run(new PerceptronRule.Params(40, 0.03, 0.35, 30, 1.0),
                3L);
        double[] sep = d.series("separable").y();
        double[] xor = d.series("XOR").y();
        assertEquals(0, sep[sep.length - 1], 0.0, "the separable run ends on a clean epoch");
        assertEquals(sep.length - 1, d.value("epochs-to-converge").value(), 0.0);
        assertEquals(30, xor.length, "the XOR run uses its whole budget");
        assertEquals(Arrays.stream(xor).min().orElseThrow(), d.value("min-errors").value(), 0.0);
        assertTrue(d.value("min-errors").value() > 0);
        // with a fresh order every epoch the count varies from epoch to epoch (no fixed cycle)
        assertTrue(Arrays.stream(xor).distinct().count() > 3, Arrays.toString(xor));
    }

    @Test
    void separableGeneratorIsNotTriviallyCrossing() {
        // the certificate test must be able to say "no": separable data has no crossing segments
        assertFalse(hasCrossingSegments(PointSets.separable(30, 0.05, 0.8, -1.0, 0.15, 9)));
    }

    static boolean hasCrossingSegments(PointSets.Points pts) {
        int n = pts.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (pts.labels()[i] != 1 || pts.labels()[j] != 1) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    for (int l = k + 1; l < n; l++) {
                        if (pts.labels()[k] == -1 && pts.labels()[l] == -1
                                && cross(pts.xy()[i], pts.xy()[j], pts.xy()[k], pts.xy()[l])) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean cross(double[] p1, double[] p2, double[] q1, double[] q2) {
        return orient(p1, p2, q1) * orient(p1, p2, q2) < 0 && orient(q1, q2, p1) * orient(q1, q2, p2) < 0;
    }

    private static double orient(double[] a, double[] b, double[] c) {
        return Math.signum((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
    }
}
