package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;

/**
 * The variance of the 2-D cloud along a direction that turns from 0° to 180°, measured by projecting the
 * points, against the quadratic form uᵀSu written with the eigenvalues: λ₁cos²(θ − θ₁) + λ₂sin²(θ − θ₁).
 * The scan's maximum lands on the first eigenvector's angle θ₁, its minimum a right angle away.
 */
public final class VarianceByAngle implements Simulation<VarianceByAngle.Params> {
    /** @param step degrees between measured directions; {@code marked} directions are marked on the curve */
    public record Params(Cloud.Params cloud, double step, java.util.List<Double> marked) {
        public Params {
            if (!(step > 0) || 180 % step != 0) {
                throw new IllegalArgumentException("step must divide 180 degrees");
            }
            marked = java.util.List.copyOf(marked);
        }

        public static Params standard() {
            return new Params(Cloud.Params.standard(), 0.5, java.util.List.of(0.0, 90.0));
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        double[][] x = Cloud.sample(p.cloud(), seed);
        Pca.Fit fit = Pca.byCovariance(x);
        double l1 = fit.variances()[0];
        double l2 = fit.variances()[1];
        double theta1 = Cloud.axisAngle(fit.components()[0]);
        int n = (int) StrictMath.round(180 / p.step()) + 1;
        double[] angle = new double[n];
        double[] measured = new double[n];
        double[] formula = new double[n];
        int argmax = 0;
        int argmin = 0;
        for (int i = 0; i < n; i++) {
            angle[i] = i * p.step();
            measured[i] = Cloud.varianceAlong(x, angle[i]);
            double d = StrictMath.toRadians(angle[i] - theta1);
            double cos = StrictMath.cos(d);
            double sin = StrictMath.sin(d);
            formula[i] = l1 * cos * cos + l2 * sin * sin;
            argmax = measured[i] > measured[argmax] ? i : argmax;
            argmin = measured[i] < measured[argmin] ? i : argmin;
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(measured[i] - formula[i]) / l1);
        }
        double[] mx = new double[p.marked().size() + 1];
        double[] my = new double[mx.length];
        for (int k = 0; k < p.marked().size(); k++) {
            mx[k] = p.marked().get(k);
            my[k] = Cloud.varianceAlong(x, mx[k]);
        }
        mx[mx.length - 1] = theta1;
        my[my.length - 1] = Cloud.varianceAlong(x, theta1);
        Dataset.Builder b = Dataset.builder()
                .series("variance of the projected points", angle, measured)
                .series("eigenvalue formula", angle, formula)
                .series("directions of the shadow figure", mx, my);
        double[][] s = Pca.covariance(x);
        return b.value("scan-max-angle", new Value(angle[argmax], "%.1f", "°"))
                .value("scan-min-angle", new Value(angle[argmin], "%.1f", "°"))
                .value("eigen-angle", new Value(theta1, "%.1f", "°"))
                .value("true-angle", new Value(p.cloud().angle(), "%.0f", "°"))
                .value("lambda1", Value.of(l1, "%.2f"))
                .value("lambda2", Value.of(l2, "%.2f"))
                .value("var-x", Value.of(s[0][0], "%.2f"))
                .value("var-y", Value.of(s[1][1], "%.2f"))
                .value("cov-xy", Value.of(s[0][1], "%.2f"))
                .value("formula-gap", Quoted.bound(worst))
                .value("step", new Value(p.step(), "%.1f", "°"))
                .build();
    }
}
