package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.List;

/**
 * The constrained maximisation behind PCA, drawn in the plane of directions u: contour lines of the
 * variance f(u) = uᵀSu (ellipses), the constraint g(u) = uᵀu = 1 (the unit circle), and the two gradients
 * ∇f = 2Su and ∇g = 2u at the best direction (parallel: the Lagrange condition Su = λu) and at another
 * direction on the circle (not parallel: moving along the circle still gains variance).
 */
public final class LagrangeView implements Simulation<LagrangeView.Params> {
    /**
     * @param levels     contour levels as fractions between the smallest (0) and largest (1) eigenvalue
     * @param otherAngle the direction (degrees) where the gradients are compared for contrast
     * @param arrow      drawn length of the gradient arrows
     */
    public record Params(Cloud.Params cloud, List<Double> levels, double otherAngle, double arrow) {
        public Params {
            levels = List.copyOf(levels);
        }

        public static Params standard() {
            return new Params(Cloud.Params.standard(), List.of(0.0, 0.2, 0.45, 0.7, 1.0), 80, 0.55);
        }
    }

    private static final int STEPS = 240;

    @Override
    public Dataset run(Params p, long seed) {
        double[][] x = Cloud.sample(p.cloud(), seed);
        double[][] s = Pca.covariance(x);
        Pca.Eigen e = Pca.symmetricEigen(s);
        double l1 = e.values()[0];
        double l2 = e.values()[1];
        double[] e1 = e.vectors()[0];
        double[] e2 = e.vectors()[1];
        Dataset.Builder b = Dataset.builder();
        double[] cx = new double[STEPS + 1];
        double[] cy = new double[STEPS + 1];
        for (int i = 0; i <= STEPS; i++) {
            double phi = 2 * StrictMath.PI * i / STEPS;
            cx[i] = StrictMath.cos(phi);
            cy[i] = StrictMath.sin(phi);
        }
        b.series("unit circle: u\u1D40u = 1", cx, cy);
        for (double f : p.levels()) {
            double c = l2 + f * (l1 - l2);
            double[] lx = new double[STEPS + 1];
            double[] ly = new double[STEPS + 1];
            for (int i = 0; i <= STEPS; i++) {
                double a = StrictMath.sqrt(c / l1) * cx[i];
                double bb = StrictMath.sqrt(c / l2) * cy[i];
                lx[i] = a * e1[0] + bb * e2[0];
                ly[i] = a * e1[1] + bb * e2[1];
            }
            b.series(Value.of(c, "%.2f").formatted() + " contour", lx, ly);
        }
        double t = StrictMath.toRadians(p.otherAngle());
        double[] other = {StrictMath.cos(t), StrictMath.sin(t)};
        arrows(b, "best", s, e1, p.arrow());
        arrows(b, "other", s, other, p.arrow());
        return b.value("lambda1", Value.of(l1, "%.2f"))
                .value("lambda2", Value.of(l2, "%.2f"))
                .value("best-angle", new Value(Cloud.axisAngle(e1), "%.1f", "°"))
                .value("other-angle", new Value(p.otherAngle(), "%.0f", "°"))
                .value("gap-best", new Value(angleBetween(PowerIteration.multiply(s, e1), e1), "%.1f", "°"))
                .value("gap-other", new Value(angleBetween(PowerIteration.multiply(s, other), other), "%.0f", "°"))
                .value("f-best", Value.of(PowerIteration.dot(e1, PowerIteration.multiply(s, e1)), "%.2f"))
                .value("f-other", Value.of(PowerIteration.dot(other, PowerIteration.multiply(s, other)), "%.2f"))
                .build();
    }

    /** Series "NAME grad f" and "NAME grad g": arrows of length {@code len} from u along ∇f = 2Su and ∇g = 2u. */
    private static void arrows(Dataset.Builder b, String name, double[][] s, double[] u, double len) {
        double[] gf = PowerIteration.multiply(s, u);
        double nf = PowerIteration.norm(gf);
        double nu = PowerIteration.norm(u);
        b.series(name + " grad f", new double[] {u[0], u[0] + len * gf[0] / nf}, new double[] {u[1], u[1] + len * gf[1] / nf});
        double lg = 0.6 * len; // shorter, so that both arrows show where they coincide
        b.series(name + " grad g", new double[] {u[0], u[0] + lg * u[0] / nu}, new double[] {u[1], u[1] + lg * u[1] / nu});
    }

    /** Angle between two vectors in degrees. */
    static double angleBetween(double[] a, double[] c) {
        double cos = PowerIteration.dot(a, c) / (PowerIteration.norm(a) * PowerIteration.norm(c));
        return StrictMath.toDegrees(StrictMath.acos(Math.max(-1, Math.min(1, cos))));
    }
}
