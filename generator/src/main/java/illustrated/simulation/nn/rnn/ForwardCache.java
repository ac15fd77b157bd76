package illustrated.simulation.nn.rnn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What the forward pass keeps for back-propagation through time. Time is 0-based here:
 * {@code inputs.get(t)} is x(t+1) of the article, {@code hidden.get(0)} is the initial state h(0) and
 * {@code hidden.get(t + 1)} is h(t+1). Columns are sequences of a batch.
 *
 * @param inputs  x(t), each [input × batch]
 * @param targets one-hot y(t), each [output × batch]
 * @param hidden  h(0) … h(T), each [hidden × batch] (T + 1 entries)
 * @param probs   ŷ(t) = softmax o(t), each [output × batch]
 * @param losses  L(t) = −Σ_batch log ŷ(t)_y(t), one per step
 * @param states  h(0) … h(T) as the shared recurrence keeps them, {@code [T+1, batch, hidden]} (one row per
 *                sequence); {@code hidden} holds transposed views of its steps
 */
public record ForwardCache(List<INDArray> inputs, List<INDArray> targets, List<INDArray> hidden,
        List<INDArray> probs, double[] losses, INDArray states) {
    public ForwardCache {
        inputs = List.copyOf(inputs);
        targets = List.copyOf(targets);
        hidden = List.copyOf(hidden);
        probs = List.copyOf(probs);
        losses = losses.clone();
    }

    /** Number of time steps T. */
    public int steps() {
        return inputs.size();
    }

    /** Number of sequences in the batch. */
    public int batch() {
        return (int) inputs.get(0).columns();
    }

    /** L = Σ_t L(t), the total negative log-likelihood (eq. 10.12–10.14). */
    public double loss() {
        double s = 0;
        for (double l : losses) {
            s += l;
        }
        return s;
    }

    /** Mean loss per predicted symbol (nats). */
    public double meanLoss() {
        return loss() / ((double) steps() * batch());
    }

    /** The final hidden state h(T), to carry into the next chunk. */
    public INDArray lastHidden() {
        return hidden.get(hidden.size() - 1);
    }

    @Override
    public double[] losses() {
        return losses.clone();
    }
}
