package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The centred 2-D cloud and its "shadows": every point dropped perpendicularly onto a line through the
 * mean, for a few fixed directions and for the first principal direction, with the variance of each
 * shadow.
 */
public final class CloudShadows implements Simulation<CloudShadows.Params> {
    /** @param angles directions (degrees) drawn before the principal one */
    public record Params(Cloud.Params cloud, List<Double> angles) {
        public Params {
            angles = List.copyOf(angles);
        }

        public static Params standard() {
            return new Params(Cloud.Params.standard(), List.of(0.0, 90.0));
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        double[][] x = Cloud.sample(p.cloud(), seed);
        Pca.Fit fit = Pca.byCovariance(x);
        double[][] c = centred(x, fit.mean());
        double best = Cloud.axisAngle(fit.components()[0]);
        List<Double> angles = new ArrayList<>(p.angles());
        angles.add(best);
        Dataset.Builder b = Dataset.builder();
        b.series("centred points", col(c, 0), col(c, 1));
        for (int k = 0; k < angles.size(); k++) {
            double a = StrictMath.toRadians(angles.get(k));
            double ux = StrictMath.cos(a);
            double uy = StrictMath.sin(a);
            double[] sx = new double[c.length];
            double[] sy = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                double t = ux * c[i][0] + uy * c[i][1];
                sx[i] = t * ux;
                sy[i] = t * uy;
            }
            b.series("shadow " + (k + 1), sx, sy);
            b.value("angle-" + (k + 1), new Value(angles.get(k), "%.0f", "°"));
            b.value("var-" + (k + 1), Value.of(Cloud.varianceAlong(x, angles.get(k)), "%.2f"));
        }
        return b.value("best-angle", new Value(best, "%.1f", "°"))
                .value("lambda1", Value.of(fit.variances()[0], "%.2f"))
                .value("points", Value.integer(x.length))
                .build();
    }

    static double[][] centred(double[][] x, double[] mean) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = new double[] {x[i][0] - mean[0], x[i][1] - mean[1]};
        }
        return c;
    }

    static double[] col(double[][] x, int j) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i][j];
        }
        return out;
    }
}
