package illustrated.simulation.history;

import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class XorMlpTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void backpropMatchesCentralFiniteDifferences() {
        XorMlp.Net net = XorMlp.Net.random(4, 21);
        net.b1().assign(Nd4j.createFromArray(new double[][] {{0.1}, {-0.2}, {0.3}, {0.05}}));
        INDArray x = Nd4j.createFromArray(XorMlp.X);
        INDArray y = Nd4j.createFromArray(new double[][] {XorMlp.Y});
        List<INDArray> g = XorMlp.gradients(net, x, y);
        List<INDArray> params = net.arrays();
        double eps = 1e-6;
        for (int k = 0; k < params.size(); k++) {
            INDArray p = params.get(k);
            for (int i = 0; i < p.length(); i++) {
                double orig = p.getDouble(i);
                p.putScalar(i, orig + eps);
                double plus = XorMlp.loss(net, x, y);
                p.putScalar(i, orig - eps);
                double minus = XorMlp.loss(net, x, y);
                p.putScalar(i, orig);
                double fd = (plus - minus) / (2 * eps);
                double bp = g.get(k).getDouble(i);
                double rel = Math.abs(fd - bp) / Math.max(1e-8, Math.max(Math.abs(fd), Math.abs(bp)));
                assertTrue(rel <= 1e-6, "parameter " + k + " entry " + i + ": backprop " + bp + " vs fd " + fd);
            }
        }
    }

    @Test
    void solvesXor() {
        Dataset d = new XorMlp().run(new XorMlp.Params(4, 600, 1.5, 5, 10), 5L);
        // every output within 0.05 of its target: the four points are classified, with margin
        assertTrue(d.value("worst-output-error").value() < 0.05, "worst output error " + d.value("worst-output-error"));
        assertTrue(d.value("final-loss").value() < 0.05 * d.value("initial-loss").value());
    }
}
