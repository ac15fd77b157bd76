package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;

/**
 * Projection onto the first principal component of the 2-D cloud and what it loses: each point, its
 * projection on the line, and the residual between them. The mean squared residual equals the second
 * eigenvalue, the variance that one component discards.
 */
public final class ProjectionResiduals implements Simulation<Cloud.Params> {
    @Override
    public Dataset run(Cloud.Params p, long seed) {
        double[][] x = Cloud.sample(p, seed);
        Pca.Fit fit = Pca.bySvd(x);
        double[][] z = fit.scores(x, 1);
        double[][] r = fit.reconstruct(z);
        double sq = 0;
        double[] px = new double[x.length];
        double[] py = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            px[i] = r[i][0];
            py[i] = r[i][1];
            double dx = x[i][0] - r[i][0];
            double dy = x[i][1] - r[i][1];
            sq += dx * dx + dy * dy;
        }
        sq /= x.length;
        double[] v = fit.components()[0];
        double reach = 3.2 * StrictMath.sqrt(fit.variances()[0]);
        double[] m = fit.mean();
        return Dataset.builder()
                .series("points", CloudShadows.col(x, 0), CloudShadows.col(x, 1))
                .series("projections", px, py)
                .series("first component", new double[] {m[0] - reach * v[0], m[0] + reach * v[0]},
                        new double[] {m[1] - reach * v[1], m[1] + reach * v[1]})
                .series("mean", new double[] {m[0]}, new double[] {m[1]})
                .value("mean-sq-residual", Value.of(sq, "%.4f"))
                .value("lambda2", Value.of(fit.variances()[1], "%.4f"))
                .value("lambda1", Value.of(fit.variances()[0], "%.2f"))
                .value("total-variance", Value.of(fit.totalVariance(), "%.2f"))
                .value("kept-share", new Value(100 * fit.explained(1), "%.1f", "%"))
                .value("gap", Quoted.bound(Math.abs(sq - fit.variances()[1]) / fit.variances()[1]))
                .build();
    }
}
