package illustrated.simulation.pca;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Principal component analysis on ND4J, by the two routes the article compares: the eigen-decomposition
 * of the covariance matrix (LAPACK {@code dsyev}) and the singular value decomposition of the centred data
 * (LAPACK {@code dgesvd}). Both go through ND4J's LAPACK binding, pinned to one thread by
 * {@link illustrated.simulation.Numerics}.
 *
 * <p>The covariance divides by N (as Bishop's §12.1), so that the mean squared reconstruction error with
 * k components equals the sum of the discarded eigenvalues exactly.
 *
 * <p><b>Sign convention.</b> An eigenvector is only defined up to its sign, and LAPACK's choice may differ
 * between builds of the library. Every component returned here is flipped so that its entry of largest
 * magnitude is positive (the first of several that tie up to rounding), which makes figures and quoted numbers
 * independent of that choice.
 */
public final class Pca {
    private Pca() {
    }

    /**
     * A fitted PCA.
     *
     * @param mean       the mean of the data
     * @param variances  the eigenvalues of the covariance, largest first: the variance along each component
     * @param components unit vectors, one per row, in the order of {@code variances}, signs fixed
     */
    public record Fit(double[] mean, double[] variances, double[][] components) {
        public int dims() {
            return mean.length;
        }

        public double totalVariance() {
            double s = 0;
            for (double v : variances) {
                s += v;
            }
            return s;
        }

        /** Share (0..1) of the total variance along the first {@code k} components. */
        public double explained(int k) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += variances[j];
            }
            return s / totalVariance();
        }

        /** The sum of the variances of the components after the first {@code k}: what k components miss. */
        public double discarded(int k) {
            double s = 0;
            for (int j = k; j < variances.length; j++) {
                s += variances[j];
            }
            return s;
        }

        /** Coordinates of every row of {@code x} along the first {@code k} components (an N x k matrix). */
        public double[][] scores(double[][] x, int k) {
            INDArray c = Nd4j.createFromArray(x).castTo(DataType.DOUBLE).subRowVector(Nd4j.createFromArray(mean));
            INDArray w = Nd4j.createFromArray(top(k)).transpose();
            return c.mmul(w).toDoubleMatrix();
        }

        /** The points that {@code k} coordinates stand for: mean + sum of score x component (N x D). */
        public double[][] reconstruct(double[][] scores) {
            int k = scores[0].length;
            INDArray z = Nd4j.createFromArray(scores);
            INDArray r = z.mmul(Nd4j.createFromArray(top(k))).addiRowVector(Nd4j.createFromArray(mean));
            return r.toDoubleMatrix();
        }

        private double[][] top(int k) {
            if (k < 1 || k > components.length) {
                throw new IllegalArgumentException("k must be 1.." + components.length + ", got " + k);
            }
            double[][] w = new double[k][];
            for (int j = 0; j < k; j++) {
                w[j] = components[j].clone();
            }
            return w;
        }
    }

    /** Eigenvalues (largest first) and unit eigenvectors (rows, signs fixed) of a symmetric matrix. */
    public record Eigen(double[] values, double[][] vectors) {
    }

    /** Singular values (largest first) and right singular vectors (rows, signs fixed). */
    public record Svd(double[] values, double[][] right) {
    }

    /** PCA through the covariance matrix: centre, form S = XcᵀXc / N, eigen-decompose S. */
    public static Fit byCovariance(double[][] x) {
        double[] mean = mean(x);
        Eigen e = symmetricEigen(covariance(x));
        return new Fit(mean, e.values(), e.vectors());
    }

    /** PCA through the SVD of the centred data: Xc = U Σ Vᵀ, variances σ² / N, components the rows of Vᵀ. */
    public static Fit bySvd(double[][] x) {
        double[] mean = mean(x);
        Svd s = svd(centred(x, mean).toDoubleMatrix());
        double[] variances = new double[mean.length];
        for (int j = 0; j < s.values().length; j++) {
            variances[j] = s.values()[j] * s.values()[j] / x.length;
        }
        double[][] comps = new double[mean.length][];
        for (int j = 0; j < mean.length; j++) {
            comps[j] = s.right()[j];
        }
        return new Fit(mean, variances, comps);
    }

    /** Mean of the rows. */
    public static double[] mean(double[][] x) {
        return Nd4j.createFromArray(x).castTo(DataType.DOUBLE).mean(0).toDoubleVector();
    }

    /** The covariance matrix with divisor N: S = (1/N) Σ (x − x̄)(x − x̄)ᵀ. */
    public static double[][] covariance(double[][] x) {
        INDArray c = centred(x, mean(x));
        return c.transpose().mmul(c).divi(x.length).toDoubleMatrix();
    }

    private static INDArray centred(double[][] x, double[] mean) {
        if (x.length < 2) {
            throw new IllegalArgumentException("PCA needs at least two points, got " + x.length);
        }
        return Nd4j.createFromArray(x).castTo(DataType.DOUBLE).subRowVector(Nd4j.createFromArray(mean));
    }

    /** LAPACK {@code dsyev} through ND4J: all eigenvalues and eigenvectors of a symmetric matrix. */
    public static Eigen symmetricEigen(double[][] s) {
        int d = s.length;
        INDArray a = Nd4j.createFromArray(s).castTo(DataType.DOUBLE).dup('f');
        INDArray w = Nd4j.create(DataType.DOUBLE, d);
        int info = Nd4j.getBlasWrapper().lapack().syev('V', 'U', a, w);
        if (info != 0) {
            throw new IllegalStateException("LAPACK dsyev failed with info = " + info + " on a " + d + " x " + d + " matrix");
        }
        double[] ascending = w.toDoubleVector();
        double[][] cols = a.toDoubleMatrix();
        double[] values = new double[d];
        double[][] vectors = new double[d][d];
        for (int j = 0; j < d; j++) {
            // LAPACK returns the eigenvalues in ascending order, the eigenvectors in the columns
            int from = d - 1 - j;
            values[j] = ascending[from];
            for (int i = 0; i < d; i++) {
                vectors[j][i] = cols[i][from];
            }
            fixSign(vectors[j]);
        }
        double worst = 0;
        for (int j = 0; j < d; j++) {
            double[] sv = PowerIteration.multiply(s, vectors[j]);
            for (int i = 0; i < d; i++) {
                worst = Math.max(worst, Math.abs(sv[i] - values[j] * vectors[j][i]));
            }
        }
        checkResidual("dsyev", "|S v - \u03BB v|", worst, Math.max(Math.abs(values[0]), Math.abs(values[d - 1])), d);
        return new Eigen(values, vectors);
    }

    /**
     * Fails when LAPACK's answer is not an answer: a residual far above rounding. (OpenBLAS 0.3.19's SkylakeX
     * kernels return wrong eigenvectors and singular values for matrices of a few hundred columns; the
     * pinned Prescott kernels do not.)
     */
    static void checkResidual(String routine, String what, double residual, double scale, int d) {
        if (!(residual <= 1e-9 * Math.max(scale, Double.MIN_NORMAL))) {
            throw new IllegalStateException("LAPACK " + routine + " returned a wrong decomposition of a " + d
                    + "-column matrix: the largest " + what + " is " + illustrated.format.Decimal.shortest(residual)
                    + ", not rounding noise next to " + illustrated.format.Decimal.shortest(scale)
                    + ". The BLAS/LAPACK kernels of this process are broken: run with the pinned environment"
                    + " (OPENBLAS_CORETYPE=Prescott, see illustrated.platform.Pins), as generator/bin/site does");
        }
    }

    /** LAPACK {@code dgesvd} through ND4J: singular values and right singular vectors (U is not formed). */
    public static Svd svd(double[][] m) {
        int rows = m.length;
        int cols = m[0].length;
        INDArray a = Nd4j.createFromArray(m).castTo(DataType.DOUBLE).dup('f');
        INDArray s = Nd4j.create(DataType.DOUBLE, Math.min(rows, cols));
        INDArray vt = Nd4j.create(DataType.DOUBLE, new long[] {cols, cols}, 'f');
        Nd4j.getBlasWrapper().lapack().gesvd(a, s, null, vt);
        double[][] right = vt.toDoubleMatrix();
        for (double[] v : right) {
            fixSign(v);
        }
        double[] values = s.toDoubleVector();
        double worst = 0;
        for (int j = 0; j < values.length; j++) {
            // |A v_j| must equal σ_j, and the v_j must be orthonormal
            worst = Math.max(worst, Math.abs(PowerIteration.norm(PowerIteration.multiply(m, right[j])) - values[j]));
            for (int k = 0; k <= j; k++) {
                double dot = PowerIteration.dot(right[j], right[k]);
                worst = Math.max(worst, Math.abs(dot - (j == k ? 1 : 0)) * values[0]);
            }
        }
        checkResidual("dgesvd", "error of |A v| against \u03C3", worst, values[0], cols);
        return new Svd(values, right);
    }

    /**
     * Flips {@code v} in place so that its entry of largest magnitude is positive. Entries within a relative
     * 10⁻⁹ of the largest count as tied, and the first of them decides: vectors such as (½, −½, ½, ½), whose
     * computed entries differ from each other only by rounding, then get the same sign on every machine.
     */
    public static void fixSign(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        int at = 0;
        while (Math.abs(v[at]) < max * (1 - 1e-9)) {
            at++;
        }
        if (v[at] < 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
        }
    }
}
