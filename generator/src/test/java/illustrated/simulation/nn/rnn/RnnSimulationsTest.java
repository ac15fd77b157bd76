package illustrated.simulation.nn.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Numerics;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RnnSimulationsTest {
    private static final RnnTraining.Params SMALL = new RnnTraining.Params("abcabd", 8, 8, 16, 40, 2, 0.03, 4);

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void gradientCheckPublishesATableAndPassesInDoublePrecision() {
        Dataset d = new RnnGradientCheck().run(new RnnGradientCheck.Params(3, 4, 3, 4, 2, 1e-5, 1e-8, 1e-6), 11L);
        List<String> table = d.tables().get("gradient-check");
        assertEquals(1 + RnnParameters.NAMES.size(), table.size(), "header plus one row per parameter");
        assertTrue(table.get(0).startsWith("parameter,"));
        assertTrue(d.value("worst-fd").value() <= 1e-6);
        assertTrue(d.value("worst-samediff").value() <= 1e-6);
    }

    @Test
    void gradientCheckFailsTheBuildWhenTheToleranceIsNotMet() {
        // finite differences cannot agree to 1e-20: the simulation must refuse to publish
        assertThrows(RnnGradientCheck.GradientMismatchException.class, () -> new RnnGradientCheck()
                .run(new RnnGradientCheck.Params(3, 4, 3, 4, 2, 1e-5, 1e-8, 1e-20), 11L));
    }

    @Test
    void trainingLearnsTheSequence() {
        Dataset d = new RnnTraining().run(SMALL, 3L);
        double chance = d.value("chance-loss").value();
        // "abcabd": after "ab" the next letter depends on the letter 3 steps back; a learner that only
        // knows letter frequencies stays near ln 4; one that has learned the cycle goes far below
        assertTrue(d.value("final-loss-full").value() < 0.5 * chance,
                "full BPTT final loss " + d.value("final-loss-full") + " vs chance " + chance);
        double[] curve = d.series("full BPTT").y();
        assertTrue(curve[curve.length - 1] < curve[0]);
    }

    @Test
    void bothCurvesStartAtTheUntrainedNetworkAtStepZero() {
        Dataset d = new RnnTraining().run(SMALL, 3L);
        illustrated.simulation.sequence.CharTask task = new illustrated.simulation.sequence.CharTask(SMALL.text());
        // the starting weights, rebuilt independently: the loss before any update
        RnnParameters start = RnnParameters.random(task.vocabulary(), SMALL.hidden(), task.vocabulary(), 1.0, 3L);
        double untrained = RnnTraining.evaluate(start, task, SMALL.seqLen());
        assertEquals(untrained, d.value("initial-loss").value(), 1e-12);
        for (String name : List.of("full BPTT", "truncated BPTT (k = 2)")) {
            assertEquals(0.0, d.series(name).x()[0], 0.0, name + " starts at step 0");
            assertEquals(SMALL.evalEvery(), d.series(name).x()[1], 0.0, name);
            assertEquals(untrained, d.series(name).y()[0], 1e-12, name + " starts at the untrained loss");
            assertEquals(1 + SMALL.steps() / SMALL.evalEvery(), d.series(name).size(), name);
        }
    }

    @Test
    void trainingIsDeterministicForASeed() {
        RnnTraining.Params p = new RnnTraining.Params("abcabd", 6, 6, 8, 8, 2, 0.03, 4);
        Dataset a = new RnnTraining().run(p, 5L);
        Dataset b = new RnnTraining().run(p, 5L);
        assertEquals(a.series(), b.series());
        assertEquals(a.value("final-loss-full").value(), b.value("final-loss-full").value(), 0.0);
    }

    @Test
    void errorFlowIsLowerTriangularWithUnitDiagonal() {
        Dataset d = new BpttErrorFlow().run(new BpttErrorFlow.Params(SMALL), 3L);
        for (String name : List.of("trained", "untrained")) {
            Grid g = d.grid(name);
            for (int tau = 0; tau < g.rows(); tau++) {
                assertEquals(0.0, g.at(tau, tau), 1e-12, "diagonal is the reference");
                for (int t = 0; t < g.cols(); t++) {
                    if (t > tau) {
                        assertEquals(BpttErrorFlow.EMPTY, g.at(tau, t));
                    }
                }
            }
        }
        double decay = d.value("decay-per-step").value();
        assertTrue(decay > 0 && decay < 1, "errors shrink on the way back, got " + decay);
    }
}
