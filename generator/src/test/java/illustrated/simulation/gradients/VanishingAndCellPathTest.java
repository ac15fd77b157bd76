package illustrated.simulation.gradients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import illustrated.simulation.Series;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Vanishing/exploding: the computed Jacobian norms obey ||dh(T)/dh(0)|| <= ||W||^T (an inequality,
 * not an equality); the cell path is a product of forget gates whose mean is sigma(bias).
 */
class VanishingAndCellPathTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void spectralNormOfKnownMatrices() {
        assertEquals(3.0, VanishingTanhRnn.spectralNorm(Nd4j.diag(Nd4j.create(new double[] {1, -3, 2}))), 1e-12);
        INDArray rot = Nd4j.create(new double[][] {{0.6, -0.8}, {0.8, 0.6}}).muli(2.5);
        assertEquals(2.5, VanishingTanhRnn.spectralNorm(rot), 1e-12);
    }

    @Test
    void jacobianNormsStayBelowTheBoundAndTheBoundIsFarFromTightAboveOne() {
        Dataset d = new VanishingTanhRnn().run(new VanishingTanhRnn.Params(12, List.of(0.5, 1.0, 3.0), 30, 4, 0.5,
                List.of(30)), 5L);
        List<Series> s = d.series();
        for (int k = 0; k < s.size(); k += 2) {
            Series norm = s.get(k);
            Series bound = s.get(k + 1);
            for (int t = 0; t < norm.size(); t++) {
                assertTrue(norm.y(t) <= bound.y(t) * (1 + 1e-9), norm.name() + " at T = " + t + ": " + norm.y(t)
                        + " > bound " + bound.y(t));
            }
        }
        // with ||W|| = 3 explosion is allowed by the bound, but saturation keeps the norm far below it
        assertTrue(d.value("norm-t30-scale3-0").value() < 1e-6 * d.value("bound-t30-scale3-0").value());
        // with ||W|| = 0.5 it must vanish at least as fast as 0.5^T
        assertTrue(d.value("norm-t30-scale0-5").value() <= Math.pow(0.5, 30) * (1 + 1e-9));
    }

    @Test
    void cellPathIsAProductOfForgetGatesWithMeanNearSigmoidOfTheBias() {
        Dataset d = new LstmCellPath().run(new LstmCellPath.Params(4, 16, List.of(0.0, 1.0, 3.0), 40, 16,
                List.of(40)), 3L);
        double previous = 0;
        for (String b : List.of("0", "1", "3")) {
            double mean = d.value("mean-f-bias" + b).value();
            double sigma = 1 / (1 + Math.exp(-Double.parseDouble(b)));
            // random weights of size 1/sqrt(H) perturb the pre-activation a little around the bias
            assertEquals(sigma, mean, 0.03, "mean forget gate with bias " + b);
            Series path = d.series("forget-gate bias " + b);
            for (int t = 1; t < path.size(); t++) {
                assertTrue(path.y(t) <= path.y(t - 1), "a product of numbers below one cannot grow");
            }
            double atEnd = d.value("path-t40-bias" + b).value();
            assertTrue(atEnd > previous, "a larger bias keeps more of the gradient");
            previous = atEnd;
        }
    }
}
