package illustrated.simulation.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import java.util.Arrays;
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
            Perceptron.Result r = Perceptron.train(PerceptronRule.matrix(pts), pts.labels(), 1.0, 10_000);
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
        Perceptron.Result r = Perceptron.train(PerceptronRule.matrix(pts), pts.labels(), 1.0, 300);
        assertFalse(r.converged());
        assertTrue(r.minMistakes() > 0);
        // and the same certificate holds for the four clean XOR points
        PointSets.Points clean = new PointSets.Points(new double[][] {{-1, -1}, {1, 1}, {-1, 1}, {1, -1}},
                new int[] {-1, -1, 1, 1});
        assertTrue(hasCrossingSegments(clean));
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
