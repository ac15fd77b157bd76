package illustrated.simulation.history;

import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeepNetGradientsTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void sigmoidGradientsVanishWhileTanhAndReluKeepTheirSize() {
        Dataset d = new DeepNetGradients().run(new DeepNetGradients.Params(20, 64, 128), 5L);
        double sigmoid = d.value("ratio-sigmoid").value();
        double tanh = d.value("ratio-tanh").value();
        double relu = d.value("ratio-relu").value();
        assertTrue(sigmoid < 1e-6 * tanh, "sigmoid ratio " + sigmoid + " vs tanh " + tanh);
        // tanh and ReLU at their standard scales neither explode nor vanish over 20 layers
        assertTrue(tanh > 0.05 && tanh < 20, "tanh ratio " + tanh);
        assertTrue(relu > 0.05 && relu < 20, "ReLU ratio " + relu);
    }

    /**
     * Per layer the back-propagated error is multiplied by Wᵀ and by σ'(a) ≤ 1/4; with entries of W of
     * variance 1/n the product keeps the size of a vector on average, so the per-layer factor must be
     * at most about 1/4 (we allow 0.3 for sampling noise) and is well above zero.
     */
    @Test
    void sigmoidShrinksByAtMostAQuarterPerLayer() {
        DeepNetGradients.Params p = new DeepNetGradients.Params(20, 64, 128);
        double[] n = DeepNetGradients.layerGradientNorms(p, DeepNetGradients.Activation.SIGMOID, 5L);
        double perLayer = Math.pow(n[0] / n[n.length - 1], 1.0 / (n.length - 1));
        assertTrue(perLayer <= 0.3 && perLayer > 0.05, "per-layer factor " + perLayer);
    }
}
