package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;

/**
 * Whitening the 2-D cloud in two steps: rotate it into its principal axes (the coordinates become
 * uncorrelated), then divide each coordinate by its standard deviation √λ (both variances become 1).
 * The covariance of the result is the identity up to rounding.
 */
public final class Whitening implements Simulation<Cloud.Params> {
    @Override
    public Dataset run(Cloud.Params p, long seed) {
        double[][] x = Cloud.sample(p, seed);
        Pca.Fit fit = Pca.bySvd(x);
        double[][] c = CloudShadows.centred(x, fit.mean());
        double[][] z = fit.scores(x, 2);
        double[][] w = new double[z.length][2];
        double[] sd = {StrictMath.sqrt(fit.variances()[0]), StrictMath.sqrt(fit.variances()[1])};
        for (int i = 0; i < z.length; i++) {
            w[i][0] = z[i][0] / sd[0];
            w[i][1] = z[i][1] / sd[1];
        }
        double[][] covZ = Pca.covariance(z);
        double[][] covW = Pca.covariance(w);
        double dev = 0;
        for (int r = 0; r < 2; r++) {
            for (int k = 0; k < 2; k++) {
                dev = Math.max(dev, Math.abs(covW[r][k] - (r == k ? 1 : 0)));
            }
        }
        double[][] covX = Pca.covariance(x);
        return Dataset.builder()
                .series("centred", CloudShadows.col(c, 0), CloudShadows.col(c, 1))
                .series("rotated", CloudShadows.col(z, 0), CloudShadows.col(z, 1))
                .series("whitened", CloudShadows.col(w, 0), CloudShadows.col(w, 1))
                .value("cov-xy", Value.of(covX[0][1], "%.2f"))
                .value("correlation", Value.of(covX[0][1] / StrictMath.sqrt(covX[0][0] * covX[1][1]), "%.2f"))
                .value("rotated-cov", Quoted.bound(Math.abs(covZ[0][1])))
                .value("whitened-error", Quoted.bound(dev))
                .value("sd1", Value.of(sd[0], "%.2f"))
                .value("sd2", Value.of(sd[1], "%.2f"))
                .value("lambda1", Value.of(fit.variances()[0], "%.2f"))
                .value("lambda2", Value.of(fit.variances()[1], "%.2f"))
                .build();
    }
}
