package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import illustrated.simulation.Sampling;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Where PCA fails: data on a curve. A noisy circle needs both of its principal components although it is
 * one-dimensional; a spiral (a 2-D "swiss roll") projected onto its first component folds its turns onto
 * each other, so that points far apart along the curve land side by side. Measured: the share of each
 * point's nearest neighbours along the first component that are also its nearest neighbours along the
 * curve, for the spiral and for the same curve unrolled into a straight line (the control).
 */
public final class CurvedManifolds implements Simulation<CurvedManifolds.Params> {
    /**
     * @param n          points on each curve
     * @param noise      standard deviation of the Gaussian noise added to every coordinate
     * @param fromTurns  the spiral runs from this many turns …
     * @param toTurns    … to this many (angle t = 2π × turns; radius proportional to t)
     * @param bands      colour bands along the spiral
     * @param neighbours neighbours compared per point
     */
    public record Params(int n, double noise, double fromTurns, double toTurns, int bands, int neighbours) {
        public static Params standard() {
            return new Params(400, 0.02, 0.75, 2.25, 6, 10);
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        double[][] r = Sampling.withRng(seed, rng -> {
            INDArray u = Sampling.uniform(rng, 2, p.n(), 0, 1);
            INDArray g = Sampling.gaussian(rng, 6, p.n()).muli(p.noise());
            return new double[][] {u.getRow(0).toDoubleVector(), u.getRow(1).toDoubleVector(),
                    g.getRow(0).toDoubleVector(), g.getRow(1).toDoubleVector(), g.getRow(2).toDoubleVector(),
                    g.getRow(3).toDoubleVector(), g.getRow(4).toDoubleVector(), g.getRow(5).toDoubleVector()};
        });
        double[][] circle = new double[p.n()][2];
        double[][] spiral = new double[p.n()][2];
        double[][] line = new double[p.n()][2];
        double[] turns = new double[p.n()];
        double tMax = 2 * StrictMath.PI * p.toTurns();
        for (int i = 0; i < p.n(); i++) {
            double phi = 2 * StrictMath.PI * r[0][i];
            circle[i] = new double[] {StrictMath.cos(phi) + r[2][i], StrictMath.sin(phi) + r[3][i]};
            turns[i] = p.fromTurns() + (p.toTurns() - p.fromTurns()) * r[1][i];
            double t = 2 * StrictMath.PI * turns[i];
            spiral[i] = new double[] {t / tMax * StrictMath.cos(t) + r[4][i], t / tMax * StrictMath.sin(t) + r[5][i]};
            // the control: the same curve unrolled (arc length of the spiral r = t / tMax), with the same noise
            line[i] = new double[] {arcLength(t) / tMax + r[4][i], r[5][i]};
        }
        Pca.Fit fc = Pca.bySvd(circle);
        Pca.Fit fs = Pca.bySvd(spiral);
        Pca.Fit fl = Pca.bySvd(line);
        double[][] pcSpiral = fs.scores(spiral, 1);
        double[][] along = new double[p.n()][];
        for (int i = 0; i < p.n(); i++) {
            along[i] = new double[] {turns[i]};
        }
        Dataset.Builder b = Dataset.builder();
        b.series("circle", CloudShadows.col(circle, 0), CloudShadows.col(circle, 1));
        axes(b, "circle", fc);
        double width = (p.toTurns() - p.fromTurns()) / p.bands();
        for (int k = 0; k < p.bands(); k++) {
            double lo = p.fromTurns() + k * width;
            double hi = k == p.bands() - 1 ? Double.POSITIVE_INFINITY : lo + width;
            int[] idx = java.util.stream.IntStream.range(0, p.n()).filter(i -> turns[i] >= lo && turns[i] < hi).toArray();
            b.series("spiral band " + (k + 1), pick(spiral, idx, 0), pick(spiral, idx, 1));
            b.series("unrolled band " + (k + 1), java.util.stream.IntStream.of(idx).mapToDouble(i -> turns[i]).toArray(),
                    pick(pcSpiral, idx, 0));
        }
        axes(b, "spiral", fs);
        return b.value("circle-pc1-share", new Value(100 * fc.explained(1), "%.0f", "%"))
                .value("spiral-pc1-share", new Value(100 * fs.explained(1), "%.0f", "%"))
                .value("spiral-neighbours", new Value(100 * Neighbours.sharedNeighbours(pcSpiral, along, p.neighbours()),
                        "%.0f", "%"))
                .value("line-neighbours", new Value(100 * Neighbours.sharedNeighbours(fl.scores(line, 1), along,
                        p.neighbours()), "%.0f", "%"))
                .value("neighbours", Value.integer(p.neighbours()))
                .value("points", Value.integer(p.n()))
                .build();
    }

    /** Arc length of the spiral (radius t) from angle 0 to t: ½(t√(1+t²) + asinh t). */
    static double arcLength(double t) {
        double root = StrictMath.sqrt(1 + t * t);
        return 0.5 * (t * root + StrictMath.log(t + root));
    }

    /** Series "NAME axis 1/2": segments through the mean along each component, 2 standard deviations each way. */
    private static void axes(Dataset.Builder b, String name, Pca.Fit fit) {
        for (int j = 0; j < 2; j++) {
            double len = 2 * StrictMath.sqrt(fit.variances()[j]);
            double[] v = fit.components()[j];
            double[] m = fit.mean();
            b.series(name + " axis " + (j + 1), new double[] {m[0] - len * v[0], m[0] + len * v[0]},
                    new double[] {m[1] - len * v[1], m[1] + len * v[1]});
        }
    }

    private static double[] pick(double[][] x, int[] idx, int j) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]][j];
        }
        return out;
    }
}
