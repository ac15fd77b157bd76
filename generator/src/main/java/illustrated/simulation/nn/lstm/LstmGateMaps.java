package illustrated.simulation.nn.lstm;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Looks inside a trained LSTM: trains a small LSTM on the adding problem, then records its input,
 * forget and output gates and its cell state, unit by unit and step by step, on one test sequence.
 * Grids are {@code z[unit][step]} with steps 1..T on x and units 1..H on y.
 */
public final class LstmGateMaps implements Simulation<LstmGateMaps.Params> {
    /** Training set-up (as in {@link AddingTraining}) and the size of the test set. */
    public record Params(int steps, int hidden, int batch, int updates, double rate, double clip, int testSize) {
    }

    /** Grid names. */
    public static final String INPUT_GATE = "input gate i";
    public static final String FORGET_GATE = "forget gate f";
    public static final String OUTPUT_GATE = "output gate o";
    public static final String CELL = "cell state c";

    @Override
    public Dataset run(Params p, long seed) {
        Random init = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        LstmRegressor model = LstmRegressor.init(2, p.hidden(), false, 1.0, init);
        AddingTraining.Params tp = new AddingTraining.Params(java.util.List.of(p.steps()), p.hidden(), 1.0, p.hidden(),
                p.batch(), p.updates(), p.rate(), p.clip(), p.testSize());
        AddingProblem.Batch test = AddingTraining.testSet(p.steps(), p.testSize(), seed + 1);
        AddingTraining.Run run = AddingTraining.train(model, p.steps(), tp, seed + 2, test);

        AddingProblem.Batch one = AddingProblem.sample(p.steps(), 1,
                Nd4j.getRandomFactory().getNewRandomInstance(seed + 3), new SplittableRandom(seed + 3));
        Lstm.Trace tr = model.trace(one.x());
        double prediction = model.predict(one.x()).getDouble(0);

        double[] steps = new double[p.steps()];
        double[] units = new double[p.hidden()];
        for (int t = 0; t < p.steps(); t++) {
            steps[t] = t + 1;
        }
        for (int k = 0; k < p.hidden(); k++) {
            units[k] = k + 1;
        }
        INDArray cells = tr.cells().dup();
        double[] values = new double[p.steps()];
        for (int t = 0; t < p.steps(); t++) {
            values[t] = one.x().getDouble(t, 0, 0);
        }
        int m1 = one.first()[0] + 1;
        int m2 = one.second()[0] + 1;
        // the "memory" cell: the one whose input gate opens most at the marked steps compared with the rest
        INDArray inputGate = tr.gate(LstmWeights.I).dup().reshape(p.steps(), p.hidden());
        INDArray marked = inputGate.getRow(m1 - 1).add(inputGate.getRow(m2 - 1)).divi(2.0);
        INDArray other = inputGate.sum(0).subi(inputGate.getRow(m1 - 1)).subi(inputGate.getRow(m2 - 1))
                .divi(p.steps() - 2.0);
        int memory = marked.sub(other).argMax().getInt(0);
        return Dataset.builder()
                .grid(grid(INPUT_GATE, tr.gate(LstmWeights.I).dup(), steps, units))
                .grid(grid(FORGET_GATE, tr.gate(LstmWeights.F).dup(), steps, units))
                .grid(grid(OUTPUT_GATE, tr.gate(LstmWeights.O).dup(), steps, units))
                .grid(grid(CELL, cells, steps, units))
                .series(new Series("input value", steps, values))
                .series(new Series("marked steps", new double[] {m1, m2},
                        new double[] {values[m1 - 1], values[m2 - 1]}))
                .value("length", p.steps(), "%.0f")
                .value("marker-1", m1, "%.0f")
                .value("marker-2", m2, "%.0f")
                .value("target", one.target().getDouble(0), "%.3f")
                .value("prediction", prediction, "%.3f")
                .value("hidden-size", p.hidden(), "%.0f")
                .value("test-mse", run.testMse(), "%.4f")
                .value("train-steps", p.updates(), "%.0f")
                .value("max-abs-cell", cells.amaxNumber().doubleValue(), "%.2f")
                .value("memory-cell", memory + 1, "%.0f")
                .value("memory-i-marked", marked.getDouble(memory), "%.2f")
                .value("memory-i-other", other.getDouble(memory), "%.2f")
                .build();
    }

    /** {@code [T, 1, H]} activations to a unit x step grid. */
    private static Grid grid(String name, INDArray a, double[] steps, double[] units) {
        double[][] z = new double[units.length][steps.length];
        for (int k = 0; k < units.length; k++) {
            for (int t = 0; t < steps.length; t++) {
                z[k][t] = a.getDouble(t, 0, k);
            }
        }
        return new Grid(name, steps, units, z);
    }
}
