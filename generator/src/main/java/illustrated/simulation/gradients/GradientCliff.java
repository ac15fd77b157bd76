package illustrated.simulation.gradients;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The "cliff" of Pascanu, Mikolov and Bengio (2013): the one-unit recurrent net
 * {@code x(t) = w sigma(x(t-1)) + b}, {@code x(0) = 0.5}, run for T steps, loss {@code (x(T) - target)^2}.
 * Where (w, b) moves the unstable fixed point across x(0) the final state jumps from one stable fixed
 * point to the other, and the loss surface has a wall whose gradient is huge. Gradient descent from
 * one start, with and without norm clipping (Alg. 1: if ||g|| > v then g = v g / ||g||, on the whole
 * gradient at each update), shows what the wall does to an update.
 *
 * <p>The loss is computed on the whole (w, b) grid at once; the gradient of x(T) with respect to
 * (w, b) is carried forward with the recursion ({@code dx(t)/dw = sigma(x(t-1)) + w sigma'(x(t-1))
 * dx(t-1)/dw}, and likewise for b), for both descent paths side by side.
 */
public final class GradientCliff implements Simulation<GradientCliff.Params> {
    /** Floor of the plotted loss: log10 of a loss below it is shown as log10(floor). */
    public static final double LOSS_FLOOR = 1e-8;

    public record Params(double wMin, double wMax, int wCount, double bMin, double bMax, int bCount, int steps,
            double x0, double target, double startW, double startB, double rate, int updates, double clip) {
    }

    /** Loss and gradient for a vector of (w, b) pairs. */
    public record LossAndGradient(INDArray loss, INDArray dw, INDArray db) {
    }

    @Override
    public Dataset run(Params p, long seed) {
        double[] ws = linspace(p.wMin(), p.wMax(), p.wCount());
        double[] bs = linspace(p.bMin(), p.bMax(), p.bCount());
        INDArray w = Nd4j.create(ws).reshape(1, p.wCount()).repeat(0, p.bCount());
        INDArray b = Nd4j.create(bs).reshape(p.bCount(), 1).repeat(1, p.wCount());
        INDArray loss = lossOnly(w, b, p);
        INDArray logLoss = Transforms.log(Transforms.max(loss, LOSS_FLOOR), false).divi(StrictMath.log(10));
        double[][] z = logLoss.toDoubleMatrix();

        // two descent paths side by side: [0] plain, [1] clipped
        INDArray pw = Nd4j.create(new double[] {p.startW(), p.startW()});
        INDArray pb = Nd4j.create(new double[] {p.startB(), p.startB()});
        double[][] pathW = new double[2][p.updates() + 1];
        double[][] pathB = new double[2][p.updates() + 1];
        double maxNorm = 0;
        double maxNormClipped = 0;
        double[] maxJump = new double[2];
        record(pathW, pathB, 0, pw, pb);
        for (int u = 0; u < p.updates(); u++) {
            LossAndGradient g = lossAndGradient(pw, pb, p);
            INDArray norm = Transforms.sqrt(g.dw().mul(g.dw()).addi(g.db().mul(g.db())), true);
            maxNorm = Math.max(maxNorm, norm.getDouble(0));
            maxNormClipped = Math.max(maxNormClipped, norm.getDouble(1));
            // scale: 1 for the plain path; min(1, v / ||g||) for the clipped one
            INDArray scale = Nd4j.create(new double[] {1.0, Math.min(1.0, p.clip() / norm.getDouble(1))});
            INDArray stepW = g.dw().mul(scale).muli(p.rate());
            INDArray stepB = g.db().mul(scale).muli(p.rate());
            pw.subi(stepW);
            pb.subi(stepB);
            for (int k = 0; k < 2; k++) {
                maxJump[k] = Math.max(maxJump[k], StrictMath.hypot(stepW.getDouble(k), stepB.getDouble(k)));
            }
            record(pathW, pathB, u + 1, pw, pb);
        }
        INDArray finalLoss = lossOnly(pw.reshape(1, 2), pb.reshape(1, 2), p);
        return Dataset.builder()
                .grid(new Grid("log10 loss", ws, bs, z))
                .series(new Series("plain gradient descent", pathW[0], pathB[0]))
                .series(new Series("with norm clipping", pathW[1], pathB[1]))
                .series(new Series("start", new double[] {p.startW()}, new double[] {p.startB()}))
                .value("max-grad-norm", maxNorm, "%.0f")
                .value("max-grad-norm-clipped-path", maxNormClipped, "%.0f")
                .value("clip-threshold", p.clip(), "%.1f")
                .value("final-loss-unclipped", finalLoss.getDouble(0), "%.2g")
                .value("final-loss-clipped", finalLoss.getDouble(1), "%.2g")
                .value("max-jump-unclipped", maxJump[0], "%.2f")
                .value("max-jump-clipped", maxJump[1], "%.3f")
                .value("start-w", p.startW(), "%.1f")
                .value("start-b", p.startB(), "%.1f")
                .value("learning-rate", p.rate(), "%.2f")
                .value("gd-steps", p.updates(), "%.0f")
                .value("steps", p.steps(), "%.0f")
                .build();
    }

    /** Loss of every (w, b) pair (arrays of any equal shape). */
    public static INDArray lossOnly(INDArray w, INDArray b, Params p) {
        INDArray x = Nd4j.valueArrayOf(w.shape(), p.x0());
        for (int t = 0; t < p.steps(); t++) {
            x = Transforms.sigmoid(x, false).muli(w).addi(b);
        }
        INDArray d = x.subi(p.target());
        return d.muli(d);
    }

    /** Loss and its exact gradient (forward-mode through the recursion) for vectors w, b. */
    public static LossAndGradient lossAndGradient(INDArray w, INDArray b, Params p) {
        INDArray x = Nd4j.valueArrayOf(w.shape(), p.x0());
        INDArray dw = Nd4j.zerosLike(w);
        INDArray db = Nd4j.zerosLike(w);
        for (int t = 0; t < p.steps(); t++) {
            INDArray s = Transforms.sigmoid(x, true);
            INDArray wds = s.rsub(1.0).muli(s).muli(w); // w sigma'(x(t-1))
            dw = dw.muli(wds).addi(s);
            db = db.muli(wds).addi(1.0);
            x = s.mul(w).addi(b);
        }
        INDArray d = x.sub(p.target());
        return new LossAndGradient(d.mul(d), dw.muli(d).muli(2.0), db.muli(d).muli(2.0));
    }

    private static void record(double[][] pw, double[][] pb, int i, INDArray w, INDArray b) {
        for (int k = 0; k < 2; k++) {
            pw[k][i] = w.getDouble(k);
            pb[k][i] = b.getDouble(k);
        }
    }

    static double[] linspace(double lo, double hi, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo + (hi - lo) * i / (n - 1);
        }
        return v;
    }
}
