package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import illustrated.simulation.curse.ThreeClassData;

/**
 * The curse article's 12-dimensional three-class data, seen through two raw features and through its
 * first two principal components, with what each view keeps: the share of the variance, and how often
 * a point's nearest neighbour (leave one out) belongs to its own class.
 */
public final class OilFlowViews implements Simulation<ThreeClassData.Params> {
    /** The three-class data, drawn exactly as in the curse article when given its parameters and seed. */
    @Override
    public Dataset run(ThreeClassData.Params p, long seed) {
        ThreeClassData.Sample s = ThreeClassData.sample(p, seed);
        double[][] x = s.x();
        Pca.Fit fit = Pca.bySvd(x);
        double[][] pcs = fit.scores(x, 2);
        double[][] raw = Neighbours.columns(x, 0, 1);
        Dataset.Builder b = Dataset.builder();
        for (int c = 1; c <= ThreeClassData.CLASSES; c++) {
            b.series("features 1 and 2, class " + c, column(raw, s.label(), c, 0), column(raw, s.label(), c, 1));
        }
        for (int c = 1; c <= ThreeClassData.CLASSES; c++) {
            b.series("components 1 and 2, class " + c, column(pcs, s.label(), c, 0), column(pcs, s.label(), c, 1));
        }
        double[][] cov = Pca.covariance(x);
        double rawShare = (cov[0][0] + cov[1][1]) / fit.totalVariance();
        return b.value("dims", Value.integer(s.dims()))
                .value("points", Value.integer(s.size()))
                .value("pc2-share", new Value(100 * fit.explained(2), "%.0f", "%"))
                .value("pc1-share", new Value(100 * fit.explained(1), "%.0f", "%"))
                .value("pc3-share", new Value(100 * fit.variances()[2] / fit.totalVariance(), "%.1f", "%"))
                .value("raw2-share", new Value(100 * rawShare, "%.0f", "%"))
                .value("knn-raw2", new Value(100 * Neighbours.leaveOneOutAccuracy(raw, s.label()), "%.0f", "%"))
                .value("knn-pc2", new Value(100 * Neighbours.leaveOneOutAccuracy(pcs, s.label()), "%.0f", "%"))
                .value("knn-all", new Value(100 * Neighbours.leaveOneOutAccuracy(x, s.label()), "%.0f", "%"))
                .build();
    }

    private static double[] column(double[][] x, int[] label, int c, int j) {
        return java.util.stream.IntStream.range(0, x.length).filter(i -> label[i] == c).mapToDouble(i -> x[i][j])
                .toArray();
    }
}
