package illustrated.simulation.nn.rnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Numerics;
import illustrated.simulation.Sampling;
import illustrated.simulation.nn.check.GradientCheck;
import illustrated.simulation.nn.optim.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SimpleRnnTest {
    private static final int IN = 3;
    private static final int HID = 4;
    private static final int OUT = 3;
    private static final int T = 6;
    private static final int BATCH = 2;

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    /** A random problem: one-hot inputs and targets drawn with a fixed seed. */
    private record Problem(List<INDArray> xs, List<INDArray> ys, INDArray h0) { }

    private static Problem problem(int steps, long seed) {
        Random rng = new Random(seed);
        List<INDArray> xs = new ArrayList<>();
        List<INDArray> ys = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            int[] x = new int[BATCH];
            int[] y = new int[BATCH];
            for (int j = 0; j < BATCH; j++) {
                x[j] = rng.nextInt(IN);
                y[j] = rng.nextInt(OUT);
            }
            xs.add(SimpleRnn.oneHot(x, IN));
            ys.add(SimpleRnn.oneHot(y, OUT));
        }
        INDArray h0 = Sampling.gaussian(rng, HID, BATCH, 0.3);
        return new Problem(xs, ys, h0);
    }

    /** Random weights with biases, a random problem, its forward pass and full BPTT's gradients. */
    private record Case(RnnParameters p, Problem pr, ForwardCache c, Gradients g) { }

    /** Weights from {@code seed}, the problem from {@code seed + 1}. */
    private static Case randomCase(long seed) {
        RnnParameters p = RnnParameters.randomWithBiases(IN, HID, OUT, seed);
        Problem pr = problem(T, seed + 1);
        ForwardCache c = SimpleRnn.forward(p, pr.xs, pr.ys, pr.h0);
        return new Case(p, pr, c, SimpleRnn.backward(p, c));
    }

    @Test
    void forwardShapes() {
        RnnParameters p = RnnParameters.random(IN, HID, OUT, 1.0, 1);
        Problem pr = problem(T, 2);
        ForwardCache c = SimpleRnn.forward(p, pr.xs, pr.ys, pr.h0);
        assertEquals(T, c.steps());
        assertEquals(T + 1, c.hidden().size());
        for (int t = 0; t < T; t++) {
            assertArrayEquals(new long[] {HID, BATCH}, c.hidden().get(t + 1).shape());
            assertArrayEquals(new long[] {OUT, BATCH}, c.probs().get(t).shape());
            INDArray colSums = c.probs().get(t).sum(0);
            for (int j = 0; j < BATCH; j++) {
                assertEquals(1.0, colSums.getDouble(j), 1e-12, "softmax column must sum to one");
            }
        }
        Gradients g = SimpleRnn.backward(p, c);
        assertArrayEquals(p.U().shape(), g.U().shape());
        assertArrayEquals(p.V().shape(), g.V().shape());
        assertArrayEquals(p.W().shape(), g.W().shape());
        assertArrayEquals(p.b().shape(), g.b().shape());
        assertArrayEquals(p.c().shape(), g.c().shape());
    }

    /** One hidden unit, two inputs, two outputs, two steps: every number worked out with doubles. */
    @Test
    void tinyCaseByHand() {
        double u0 = 0.5, u1 = -0.3, w = 0.8, b = 0.1, v0 = 1.2, v1 = -0.7, c0 = 0.05, c1 = -0.02;
        RnnParameters p = new RnnParameters(Nd4j.createFromArray(new double[][] {{u0, u1}}),
                Nd4j.createFromArray(new double[][] {{v0}, {v1}}), Nd4j.createFromArray(new double[][] {{w}}),
                Nd4j.createFromArray(new double[][] {{b}}), Nd4j.createFromArray(new double[][] {{c0}, {c1}}));
        // x(1) = e0, y(1) = 0; x(2) = e1, y(2) = 1; h(0) = 0
        List<INDArray> xs = List.of(SimpleRnn.oneHot(new int[] {0}, 2), SimpleRnn.oneHot(new int[] {1}, 2));
        List<INDArray> ys = List.of(SimpleRnn.oneHot(new int[] {0}, 2), SimpleRnn.oneHot(new int[] {1}, 2));
        ForwardCache cache = SimpleRnn.forward(p, xs, ys, Nd4j.zeros(1, 1));

        double h1 = Math.tanh(b + w * 0 + u0);
        double o10 = c0 + v0 * h1, o11 = c1 + v1 * h1;
        double p10 = Math.exp(o10) / (Math.exp(o10) + Math.exp(o11)), p11 = 1 - p10;
        double h2 = Math.tanh(b + w * h1 + u1);
        double o20 = c0 + v0 * h2, o21 = c1 + v1 * h2;
        double p20 = Math.exp(o20) / (Math.exp(o20) + Math.exp(o21)), p21 = 1 - p20;
        double loss = -Math.log(p10) - Math.log(p21);

        assertEquals(h1, cache.hidden().get(1).getDouble(0, 0), 1e-14);
        assertEquals(h2, cache.hidden().get(2).getDouble(0, 0), 1e-14);
        assertEquals(p21, cache.probs().get(1).getDouble(1, 0), 1e-14);
        assertEquals(loss, cache.loss(), 1e-13);

        // BPTT by hand, eq. 10.18-10.28 in scalars
        double do10 = p10 - 1, do11 = p11, do20 = p20, do21 = p21 - 1;
        double dh2 = v0 * do20 + v1 * do21;
        double da2 = (1 - h2 * h2) * dh2;
        double dh1 = v0 * do10 + v1 * do11 + w * da2;
        double da1 = (1 - h1 * h1) * dh1;
        Gradients g = SimpleRnn.backward(p, cache);
        assertEquals(do10 + do20, g.c().getDouble(0, 0), 1e-13);
        assertEquals(do11 + do21, g.c().getDouble(1, 0), 1e-13);
        assertEquals(da1 + da2, g.b().getDouble(0, 0), 1e-13);
        assertEquals(do10 * h1 + do20 * h2, g.V().getDouble(0, 0), 1e-13);
        assertEquals(do11 * h1 + do21 * h2, g.V().getDouble(1, 0), 1e-13);
        assertEquals(da2 * h1 + da1 * 0, g.W().getDouble(0, 0), 1e-13);
        assertEquals(da1, g.U().getDouble(0, 0), 1e-13);
        assertEquals(da2, g.U().getDouble(0, 1), 1e-13);
    }

    @Test
    void bpttMatchesCentralFiniteDifferences() {
        Case rc = randomCase(3);
        Problem pr = rc.pr();
        Gradients fd = RnnGradientCheck.finiteDifferences(rc.p(), pr.xs, pr.ys, pr.h0, 1e-5);
        Map<String, Double> err = GradientCheck.worstRelativeErrors(rc.g().byName(), fd.byName(), 1e-8);
        // central differences in double precision: truncation O(eps^2) ~ 1e-10, rounding ~ 1e-16 / eps ~ 1e-11
        err.forEach((name, e) -> assertTrue(e <= 1e-6, name + ": relative error " + e + " > 1e-6"));
    }

    @Test
    void bpttMatchesSameDiffAutodiff() {
        Case rc = randomCase(5);
        Problem pr = rc.pr();
        Gradients sd = SameDiffRnn.gradients(rc.p(), pr.xs, pr.ys, pr.h0);
        Map<String, Double> err = GradientCheck.worstRelativeErrors(rc.g().byName(), sd.byName(), 1e-12);
        // both are exact up to rounding: agreement to ~1e-12 expected
        err.forEach((name, e) -> assertTrue(e <= 1e-9, name + ": relative error vs SameDiff " + e));
    }

    @Test
    void truncatedWithKAtLeastTIsFullBptt() {
        Case rc = randomCase(7);
        RnnParameters p = rc.p();
        ForwardCache c = rc.c();
        Gradients full = rc.g();
        for (int k : new int[] {T, T + 3}) {
            Gradients tr = SimpleRnn.backwardTruncated(p, c, k);
            GradientCheck.worstRelativeErrors(full.byName(), tr.byName(), 1e-12)
                    .forEach((name, e) -> assertEquals(0.0, e, 1e-14, name + " differs for k=" + k));
        }
        // and with k = 1 the recurrent gradient loses the cross-step terms, so it must differ
        Gradients k1 = SimpleRnn.backwardTruncated(p, c, 1);
        assertTrue(GradientCheck.worstRelativeErrors(full.byName(), k1.byName(), 1e-12).get("W") > 1e-3);
        // the output-side gradients never cross time, so they agree for any k
        assertTrue(GradientCheck.worstRelativeErrors(full.byName(), k1.byName(), 1e-12).get("V") < 1e-12);
    }

    /** A small step against the gradient lowers the loss (first order: ΔL ≈ −η‖∇L‖²). */
    @Test
    void sgdAndAdamStepsDescend() {
        Case rc = randomCase(13);
        Problem pr = rc.pr();
        double lossBefore = rc.c().loss();
        Gradients g = rc.g();
        double eta = 1e-4;
        RnnParameters q = rc.p().copy();
        new Sgd(eta).step(q, g);
        double predicted = -eta * g.norm() * g.norm();
        double actual = SimpleRnn.forward(q, pr.xs, pr.ys, pr.h0).loss() - lossBefore;
        assertEquals(predicted, actual, 0.01 * Math.abs(predicted), "first-order decrease");
        RnnParameters r = rc.p().copy();
        new Adam(r.list(), 1e-3, 0).update(g.list());
        assertTrue(SimpleRnn.forward(r, pr.xs, pr.ys, pr.h0).loss() < lossBefore);
    }

    /** Regression: a one-step window once subtracted the targets from the cached ŷ in place. */
    @Test
    void backwardLeavesTheCacheUntouched() {
        Case rc = randomCase(11);
        SimpleRnn.backwardTruncated(rc.p(), rc.c(), 1);
        SimpleRnn.backwardTruncated(rc.p(), rc.c(), 1);
        Gradients again = SimpleRnn.backward(rc.p(), rc.c());
        GradientCheck.worstRelativeErrors(rc.g().byName(), again.byName(), 1e-12)
                .forEach((name, e) -> assertEquals(0.0, e, 0.0, name + " changed after repeated backward passes"));
    }

    @Test
    void contributionsAreCausalAndSumToTheHiddenError() {
        Case rc = randomCase(9);
        INDArray[][] parts = SimpleRnn.errorContributions(rc.p(), rc.c());
        List<INDArray> dh = SimpleRnn.hiddenErrors(rc.p(), rc.c());
        for (int t = 0; t < T; t++) {
            INDArray sum = Nd4j.zeros(HID, BATCH);
            for (int tau = 0; tau < T; tau++) {
                if (tau < t) {
                    assertNull(parts[tau][t], "L(" + tau + ") cannot depend on h(" + t + ")");
                } else {
                    sum.addi(parts[tau][t]);
                }
            }
            assertEquals(0.0, sum.sub(dh.get(t)).norm2Number().doubleValue(), 1e-12);
        }
    }
}
