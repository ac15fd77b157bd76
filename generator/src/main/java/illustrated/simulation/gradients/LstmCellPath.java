package illustrated.simulation.gradients;

import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import illustrated.simulation.nn.lstm.Lstm;
import illustrated.simulation.nn.lstm.LstmWeights;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The LSTM's cell path: along the "highway" c(t-1) -> c(t) the Jacobian is {@code diag(f(t))}, so
 * {@code dc(T)/dc(0)} along that path is {@code prod_t diag(f(t))}, whose norm is the largest
 * product of forget-gate activations over the cells. Computed on an untrained LSTM driven by random
 * inputs, for several forget-gate biases; reported is the geometric mean over the sequences.
 */
public final class LstmCellPath implements Simulation<LstmCellPath.Params> {
    public record Params(int inputs, int hidden, List<Double> forgetBiases, int maxSteps, int sequences,
            List<Integer> quotedSteps) {
    }

    @Override
    public Dataset run(Params p, long seed) {
        Dataset.Builder d = Dataset.builder();
        double[] ts = new double[p.maxSteps() + 1];
        for (int t = 0; t <= p.maxSteps(); t++) {
            ts[t] = t;
        }
        for (double bias : p.forgetBiases()) {
            Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
            LstmWeights w = LstmWeights.init(p.inputs(), p.hidden(), false, bias, rng);
            INDArray x = Nd4j.randn(new long[] {p.maxSteps(), p.sequences(), p.inputs()}, rng);
            INDArray f = Lstm.forward(w, x).gate(LstmWeights.F).dup();
            // log of prod_{s<=t} f(s), per sequence and cell; the norm of a diagonal is its largest entry
            INDArray logPath = Transforms.log(f, true).cumsum(0).max(2); // [T, S]
            INDArray meanLog = logPath.mean(1);
            double[] norm = new double[p.maxSteps() + 1];
            norm[0] = 1.0;
            for (int t = 1; t <= p.maxSteps(); t++) {
                norm[t] = StrictMath.exp(meanLog.getDouble(t - 1));
            }
            String label = Decimal.format("%.0f", bias);
            d.series(new Series("forget-gate bias " + label, ts, norm));
            for (int t : p.quotedSteps()) {
                d.value("path-t" + t + "-bias" + label, norm[t], "%.1e");
            }
            d.value("mean-f-bias" + label, f.meanNumber().doubleValue(), "%.2f");
        }
        d.value("max-steps", p.maxSteps(), "%.0f");
        d.value("hidden-size", p.hidden(), "%.0f");
        return d.build();
    }
}
