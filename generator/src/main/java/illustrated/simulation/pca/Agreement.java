package illustrated.simulation.pca;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;

/**
 * How far the article's eigen-decompositions can be trusted, checked three ways (quoted in the text):
 * ND4J/LAPACK against a case whose answer is known exactly, the hand-written power iteration against the
 * same case and against LAPACK on the glyph data, and the SVD route against the covariance route.
 *
 * <p>The exact case: S = H diag(λ) Hᵀ with H the 16 x 16 Sylvester–Hadamard matrix divided by 4, which is
 * orthogonal and, like S, exactly representable in binary, so S's eigenvalues are exactly λ = 16, 15, …, 1
 * and its eigenvectors the columns of H.
 */
public final class Agreement implements Simulation<Agreement.Params> {
    /**
     * @param leading   eigenpairs of the glyph covariance compared with power iteration
     * @param tolerance power iteration stops when the vector moves less than this in one step
     */
    public record Params(Glyphs.Params glyphs, int leading, double tolerance, int maxIterations) {
        public static Params standard() {
            return new Params(Glyphs.Params.standard(), 5, 1e-13, 200_000);
        }
    }

    /** The exact case: H/4 (columns are the eigenvectors) and λ_k = 16 − k. */
    public static double[][] hadamard(int order) {
        double[][] h = {{1}};
        while (h.length < order) {
            int n = h.length;
            double[][] g = new double[2 * n][2 * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g[i][j] = h[i][j];
                    g[i][j + n] = h[i][j];
                    g[i + n][j] = h[i][j];
                    g[i + n][j + n] = -h[i][j];
                }
            }
            h = g;
        }
        double scale = 1 / StrictMath.sqrt(order);
        for (double[] row : h) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= scale;
            }
        }
        return h;
    }

    /** S = Q diag(values) Qᵀ. */
    public static double[][] withEigen(double[][] q, double[] values) {
        int d = q.length;
        double[][] s = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int k = 0; k < d; k++) {
                    sum += q[i][k] * values[k] * q[j][k];
                }
                s[i][j] = sum;
            }
        }
        return s;
    }

    @Override
    public Dataset run(Params p, long seed) {
        int d = 16;
        double[][] q = hadamard(d);
        double[] exact = new double[d];
        for (int k = 0; k < d; k++) {
            exact[k] = d - k;
        }
        double[][] s = withEigen(q, exact);
        Pca.Eigen lapack = Pca.symmetricEigen(s);
        PowerIteration.Result power = PowerIteration.leading(s, d, p.tolerance(), p.maxIterations());
        double lapackValue = 0;
        double lapackVector = 0;
        double powerValue = 0;
        double powerVector = 0;
        for (int k = 0; k < d; k++) {
            double[] col = new double[d];
            for (int i = 0; i < d; i++) {
                col[i] = q[i][k];
            }
            Pca.fixSign(col);
            lapackValue = Math.max(lapackValue, Math.abs(lapack.values()[k] - exact[k]) / exact[0]);
            powerValue = Math.max(powerValue, Math.abs(power.values()[k] - exact[k]) / exact[0]);
            lapackVector = Math.max(lapackVector, maxDiff(lapack.vectors()[k], col));
            powerVector = Math.max(powerVector, maxDiff(power.vectors()[k], col));
        }
        Glyphs.Images im = Glyphs.draw(p.glyphs(), seed);
        Pca.Fit bySvd = Pca.bySvd(im.pixels());
        Pca.Fit byCov = Pca.byCovariance(im.pixels());
        PowerIteration.Result glyphPower = PowerIteration.leading(Pca.covariance(im.pixels()), p.leading(),
                p.tolerance(), p.maxIterations());
        double routes = 0;
        double routeVectors = 0;
        double powerGlyph = 0;
        double powerGlyphVector = 0;
        int iterations = 0;
        for (int k = 0; k < p.leading(); k++) {
            routes = Math.max(routes, Math.abs(bySvd.variances()[k] - byCov.variances()[k]) / bySvd.variances()[0]);
            routeVectors = Math.max(routeVectors, maxDiff(bySvd.components()[k], byCov.components()[k]));
            powerGlyph = Math.max(powerGlyph, Math.abs(glyphPower.values()[k] - bySvd.variances()[k]) / bySvd.variances()[0]);
            powerGlyphVector = Math.max(powerGlyphVector, maxDiff(glyphPower.vectors()[k], bySvd.components()[k]));
            iterations += glyphPower.iterations()[k];
        }
        double orthogonal = 0;
        for (int a = 0; a < bySvd.dims(); a++) {
            for (int b = 0; b <= a; b++) {
                double dot = PowerIteration.dot(bySvd.components()[a], bySvd.components()[b]);
                orthogonal = Math.max(orthogonal, Math.abs(dot - (a == b ? 1 : 0)));
            }
        }
        return Dataset.builder()
                .value("exact-dims", Value.integer(d))
                .value("exact-largest", Value.integer((long) exact[0]))
                .value("lapack-exact-value", Quoted.bound(lapackValue))
                .value("lapack-exact-vector", Quoted.bound(lapackVector))
                .value("power-exact-value", Quoted.bound(powerValue))
                .value("power-exact-vector", Quoted.bound(powerVector))
                .value("routes-value", Quoted.bound(routes))
                .value("routes-vector", Quoted.bound(routeVectors))
                .value("power-glyph-value", Quoted.bound(powerGlyph))
                .value("power-glyph-vector", Quoted.bound(powerGlyphVector))
                .value("power-leading", Value.integer(p.leading()))
                .value("power-iterations", Value.integer(iterations))
                .value("orthogonality", Quoted.bound(orthogonal))
                .value("glyph-dims", Value.integer(bySvd.dims()))
                .build();
    }

    /** Largest entry-wise difference of two vectors. */
    static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
