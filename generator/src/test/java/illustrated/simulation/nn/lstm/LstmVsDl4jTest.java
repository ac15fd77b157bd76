package illustrated.simulation.nn.lstm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.LSTMParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The no-peephole LSTM against DeepLearning4J's own LSTM layer on the same weights: outputs and
 * gradients (weights and inputs) must agree to 1e-9 (absolute, on values of order one).
 *
 * <p>DL4J fuses the gates as [block input, forget, output, input] (LSTMHelpers: ifogActivations
 * columns 0..H tanh input, H..2H forget, 2H..3H output, 3H..4H input gate), ours as [z, i, f, o]; its
 * sequences are [batch, features, time].
 */
class LstmVsDl4jTest {
    private static final double TOLERANCE = 1e-9;
    /** Our block (z, i, f, o) to DL4J's block. */
    private static final int[] DL4J_BLOCK = {0, 3, 1, 2};

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void outputsAndGradientsMatchDl4j() {
        int n = 3;
        int h = 5;
        int steps = 7;
        int batch = 4;
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(11L);
        LstmWeights ours = LstmWeights.init(n, h, false, 1.0, rng);
        ours.b().addi(Nd4j.rand(new long[] {1, 4L * h}, -0.5, 0.5, rng));
        INDArray x = Nd4j.randn(new long[] {steps, batch, n}, rng);
        INDArray delta = Nd4j.randn(new long[] {steps, batch, h}, rng);

        MultiLayerNetwork net = dl4jLstm(n, h);
        org.deeplearning4j.nn.api.Layer layer = net.getLayer(0);
        layer.setParam(LSTMParamInitializer.INPUT_WEIGHT_KEY, toDl4j(ours.w()));
        layer.setParam(LSTMParamInitializer.RECURRENT_WEIGHT_KEY, toDl4j(ours.r()));
        layer.setParam(LSTMParamInitializer.BIAS_KEY, toDl4j(ours.b()));

        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        INDArray xDl4j = x.permute(1, 2, 0).dup(); // [B, n, T]
        INDArray yDl4j = layer.activate(xDl4j, true, mgr).permute(2, 0, 1); // -> [T, B, H]
        Lstm.Trace tr = Lstm.forward(ours, x);
        assertClose("outputs y", tr.outputs(), yDl4j);

        Pair<Gradient, INDArray> g = layer.backpropGradient(delta.permute(1, 2, 0).dup(), mgr);
        Lstm.Gradients hand = Lstm.backward(tr, delta);
        Gradient dl = g.getFirst();
        assertClose("dW", toDl4j(hand.w()), dl.getGradientFor(LSTMParamInitializer.INPUT_WEIGHT_KEY));
        assertClose("dR", toDl4j(hand.r()), dl.getGradientFor(LSTMParamInitializer.RECURRENT_WEIGHT_KEY));
        assertClose("db", toDl4j(hand.b()), dl.getGradientFor(LSTMParamInitializer.BIAS_KEY));
        assertClose("dx", hand.x(), g.getSecond().permute(2, 0, 1));
    }

    @Test
    void aWrongGateOrderIsDetected() {
        // the comparison is sharp enough to notice a layout mistake: swap i and f blocks
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(5L);
        LstmWeights ours = LstmWeights.init(2, 3, false, 0.0, rng);
        INDArray x = Nd4j.randn(new long[] {4, 2, 2}, rng);
        MultiLayerNetwork net = dl4jLstm(2, 3);
        org.deeplearning4j.nn.api.Layer layer = net.getLayer(0);
        INDArray wrong = toDl4j(ours.w());
        INDArray blockF = wrong.get(NDArrayIndex.all(), NDArrayIndex.interval(3, 6)).dup();
        wrong.get(NDArrayIndex.all(), NDArrayIndex.interval(3, 6)).assign(wrong.get(NDArrayIndex.all(), NDArrayIndex.interval(9, 12)));
        wrong.get(NDArrayIndex.all(), NDArrayIndex.interval(9, 12)).assign(blockF);
        layer.setParam(LSTMParamInitializer.INPUT_WEIGHT_KEY, wrong);
        layer.setParam(LSTMParamInitializer.RECURRENT_WEIGHT_KEY, toDl4j(ours.r()));
        layer.setParam(LSTMParamInitializer.BIAS_KEY, toDl4j(ours.b()));
        INDArray yDl4j = layer.activate(x.permute(1, 2, 0).dup(), false, LayerWorkspaceMgr.noWorkspaces()).permute(2, 0, 1);
        double diff = Lstm.forward(ours, x).outputs().sub(yDl4j).amaxNumber().doubleValue();
        assertTrue(diff > 1e-3, "swapping two gates should change the outputs, max diff " + diff);
    }

    static MultiLayerNetwork dl4jLstm(int n, int h) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).seed(1)
                .list()
                .layer(new org.deeplearning4j.nn.conf.layers.LSTM.Builder().nIn(n).nOut(h)
                        .activation(Activation.TANH).gateActivationFunction(Activation.SIGMOID).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        net.initGradientsView();
        return net;
    }

    /** Reorders the column blocks of a fused [*, 4H] array from ours (z, i, f, o) to DL4J's. */
    static INDArray toDl4j(INDArray ours) {
        long h = ours.columns() / 4;
        INDArray out = Nd4j.create(ours.rows(), ours.columns());
        for (int g = 0; g < 4; g++) {
            out.get(NDArrayIndex.all(), NDArrayIndex.interval(DL4J_BLOCK[g] * h, (DL4J_BLOCK[g] + 1) * h))
                    .assign(ours.get(NDArrayIndex.all(), LstmWeights.block(g, h)));
        }
        return out;
    }

    private static void assertClose(String what, INDArray expected, INDArray actual) {
        double diff = expected.sub(actual.reshape(expected.shape())).amaxNumber().doubleValue();
        double scale = expected.amaxNumber().doubleValue();
        assertTrue(diff <= TOLERANCE, what + ": max |difference| " + diff + " (values up to " + scale + ")");
        assertTrue(scale > 1e-3, what + " is trivially small: " + scale);
    }
}
