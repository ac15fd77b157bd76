package illustrated.simulation.nn.lstm;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A recurrent network that reads a sequence {@code [T, B, n]} and predicts one number per sequence. */
public interface SequenceRegressor {
    /** Parameters, in the order of the gradients that {@link #lossAndGradients} returns. */
    List<INDArray> parameters();

    /** Predictions {@code [B, 1]}. */
    INDArray predict(INDArray x);

    /** Mean squared error over the batch and its gradient, one array per parameter. */
    LossAndGradients lossAndGradients(INDArray x, INDArray target);

    /** A loss and the gradients of it. */
    record LossAndGradients(double loss, List<INDArray> gradients) {
    }

    /** Mean squared error of predictions against targets. */
    static double mse(INDArray prediction, INDArray target) {
        INDArray d = prediction.sub(target);
        return d.mul(d).meanNumber().doubleValue();
    }
}
