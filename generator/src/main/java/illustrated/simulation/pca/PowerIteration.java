package illustrated.simulation.pca;

/**
 * The leading eigenpairs of a symmetric positive semi-definite matrix by power iteration with deflation,
 * written out in plain Java (no ND4J, no LAPACK), as an independent check of {@link Pca}.
 *
 * <p>Repeatedly multiplying a vector by S and normalising it turns it towards the eigenvector of the
 * largest eigenvalue, because that direction is stretched most (the error shrinks like (λ₂/λ₁)ᵗ). Once a
 * pair is found, it is removed from the matrix (S ← S − λ v vᵀ) and the next one is found the same way.
 */
public final class PowerIteration {
    private PowerIteration() {
    }

    /**
     * @param values     eigenvalues, largest first
     * @param vectors    unit eigenvectors, one per row, signs fixed as in {@link Pca#fixSign}
     * @param iterations multiplications used for each pair
     */
    public record Result(double[] values, double[][] vectors, int[] iterations) {
    }

    /**
     * The {@code k} leading eigenpairs of the symmetric matrix {@code s}.
     *
     * @param tolerance stop when the vector moves less than this (in Euclidean norm) in one step
     * @param maxIter   give up on a pair after this many multiplications (the pair is returned as it stands)
     */
    public static Result leading(double[][] s, int k, double tolerance, int maxIter) {
        int d = s.length;
        if (k < 1 || k > d) {
            throw new IllegalArgumentException("k must be 1.." + d + ", got " + k);
        }
        double[][] a = new double[d][];
        for (int i = 0; i < d; i++) {
            if (s[i].length != d) {
                throw new IllegalArgumentException("the matrix must be square: row " + i + " has " + s[i].length
                        + " entries, not " + d);
            }
            a[i] = s[i].clone();
        }
        double[] values = new double[k];
        double[][] vectors = new double[k][];
        int[] iterations = new int[k];
        for (int j = 0; j < k; j++) {
            double[] v = start(d, j);
            int it = 0;
            double change = Double.POSITIVE_INFINITY;
            while (change > tolerance && it < maxIter) {
                double[] w = multiply(a, v);
                double norm = norm(w);
                if (norm == 0) {
                    break; // the rest of the matrix is zero: every remaining eigenvalue is 0
                }
                change = 0;
                for (int i = 0; i < d; i++) {
                    w[i] /= norm;
                    change += (w[i] - v[i]) * (w[i] - v[i]);
                }
                change = StrictMath.sqrt(change);
                v = w;
                it++;
            }
            Pca.fixSign(v);
            double lambda = dot(v, multiply(a, v));
            values[j] = lambda;
            vectors[j] = v;
            iterations[j] = it;
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    a[r][c] -= lambda * v[r] * v[c];
                }
            }
        }
        return new Result(values, vectors, iterations);
    }

    /** A fixed start vector with a component along every axis (no randomness: the check is reproducible). */
    private static double[] start(int d, int j) {
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            v[i] = 1.0 + 0.1 * ((i * 7 + j * 3) % 11);
        }
        double n = norm(v);
        for (int i = 0; i < d; i++) {
            v[i] /= n;
        }
        return v;
    }

    static double[] multiply(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            out[r] = dot(a[r], v);
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] v) {
        return StrictMath.sqrt(dot(v, v));
    }
}
