package illustrated.simulation.nn.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import illustrated.simulation.nn.check.GradientCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The two adding-problem regressors (LSTM with read-out, simple tanh RNN) against central finite
 * differences of their MSE loss, every parameter entry, relative tolerance 1e-6; and the LSTM's
 * buffer reuse between updates gives exactly the same numbers as fresh buffers.
 */
class RegressorGradientTest {
    private static final double TOLERANCE = 1e-6;

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void lstmRegressorGradientsMatchFiniteDifferences() {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(3L);
        check(LstmRegressor.init(2, 4, false, 1.0, rng));
    }

    @Test
    void tanhRnnGradientsMatchFiniteDifferences() {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(4L);
        check(TanhRnnRegressor.init(2, 5, rng));
    }

    @Test
    void reusedBuffersGiveTheSameNumbersAsFreshOnes() {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(5L);
        LstmRegressor m = LstmRegressor.init(2, 3, false, 1.0, rng);
        AddingProblem.Batch a = AddingProblem.sample(7, 4, rng, new SplittableRandom(1));
        AddingProblem.Batch b = AddingProblem.sample(7, 4, rng, new SplittableRandom(2));
        SequenceRegressor.LossAndGradients first = m.lossAndGradients(a.x(), a.target());
        m.lossAndGradients(b.x(), b.target()); // overwrite the buffers with another batch
        SequenceRegressor.LossAndGradients again = m.lossAndGradients(a.x(), a.target());
        assertEquals(first.loss(), again.loss(), 0.0);
        for (int k = 0; k < first.gradients().size(); k++) {
            assertEquals(first.gradients().get(k), again.gradients().get(k), "gradient " + k);
        }
    }

    private static void check(SequenceRegressor m) {
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(9L);
        AddingProblem.Batch b = AddingProblem.sample(6, 3, rng, new SplittableRandom(9));
        List<INDArray> grads = m.lossAndGradients(b.x(), b.target()).gradients();
        // copy: the arrays may be views of reused buffers
        Map<String, INDArray> params = new LinkedHashMap<>();
        Map<String, INDArray> g = new LinkedHashMap<>();
        for (int k = 0; k < grads.size(); k++) {
            params.put("parameter " + k, m.parameters().get(k));
            g.put("parameter " + k, grads.get(k).dup());
        }
        Map<String, INDArray> fd = GradientCheck.finiteDifferences(params,
                () -> SequenceRegressor.mse(m.predict(b.x()), b.target()), 1e-4, GradientCheck.Stencil.FOURTH_ORDER);
        GradientCheck.worstRelativeErrors(g, fd, LstmGradientCheck.FLOOR).forEach((name, worst) -> assertTrue(
                worst <= TOLERANCE, name + " of " + m.getClass().getSimpleName() + ": worst relative error " + worst));
    }
}
