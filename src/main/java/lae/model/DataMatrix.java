package lae.model;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * A centred data matrix X (m x n, one data point per column) with its singular value
 * decomposition X = U Sigma V^T, singular values in descending order.
 *
 * <p>The losses depend on X only through the covariance C = X X^T = U Sigma^2 U^T, which is
 * what this class hands to them. Synthetic data follow Section 4.2 of the paper: U and V are the
 * Q factors of the QR factorisation of seeded matrices with independent N(0,1) entries.
 */
public final class DataMatrix {
    private final int m;
    private final int n;
    private final DMatrixRMaj x;
    private final DMatrixRMaj u;
    private final double[] s;
    private final DMatrixRMaj c;
    private final String origin;

    private DataMatrix(DMatrixRMaj x, DMatrixRMaj u, double[] s, String origin) {
        this.m = x.numRows;
        this.n = x.numCols;
        this.x = x;
        this.u = u;
        this.s = s;
        this.origin = origin;
        // C = U diag(s^2) U^T, exact in the given spectrum (not re-rounded through X X^T)
        DMatrixRMaj us = u.copy();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                us.set(i, j, u.get(i, j) * s[j] * s[j]);
            }
        }
        DMatrixRMaj cov = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransB(us, u, cov);
        // symmetrise against rounding
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double v = 0.5 * (cov.get(i, j) + cov.get(j, i));
                cov.set(i, j, v);
                cov.set(j, i, v);
            }
        }
        this.c = cov;
    }

    /**
     * X = U Sigma V^T with the given singular values (padded with zeros to length m) and U, V from
     * the QR factorisation of seeded Gaussian matrices (Section 4.2).
     */
    public static DataMatrix fromSingularValues(double[] singularValues, int m, int n, long seed) {
        if (singularValues.length != Math.min(m, n)) {
            throw new IllegalArgumentException("expected min(m, n) = " + Math.min(m, n)
                    + " singular values, got " + singularValues.length);
        }
        Random rnd = new Random(seed);
        DMatrixRMaj u = orthogonal(m, rnd);
        DMatrixRMaj v = orthogonal(n, rnd);
        double[] s = Arrays.copyOf(singularValues, m);
        DMatrixRMaj x = new DMatrixRMaj(m, n);
        int r = Math.min(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int t = 0; t < r; t++) {
                    sum += u.get(i, t) * s[t] * v.get(j, t);
                }
                x.set(i, j, sum);
            }
        }
        return new DataMatrix(x, u, s, "synthetic: X = U Sigma V^T, U and V from QR of N(0,1) matrices, seed " + seed);
    }

    /**
     * A user's matrix (m x n, columns are data points), centred by subtracting the mean column.
     */
    public static DataMatrix fromMatrix(DMatrixRMaj raw, String origin) {
        int m = raw.numRows;
        int n = raw.numCols;
        DMatrixRMaj x = raw.copy();
        for (int i = 0; i < m; i++) {
            double mean = 0;
            for (int j = 0; j < n; j++) {
                mean += x.get(i, j);
            }
            mean /= n;
            for (int j = 0; j < n; j++) {
                x.set(i, j, x.get(i, j) - mean);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, n, true, false, false);
        if (!svd.decompose(x.copy())) {
            throw new IllegalStateException("SVD of the data matrix did not converge");
        }
        DMatrixRMaj uFull = svd.getU(null, false);
        double[] sv = svd.getSingularValues();
        int r = Math.min(m, n);
        Integer[] order = new Integer[m];
        double[] full = new double[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
            full[i] = i < r ? sv[i] : 0.0;
        }
        Arrays.sort(order, (a, b) -> Double.compare(full[b], full[a]));
        DMatrixRMaj u = new DMatrixRMaj(m, m);
        double[] s = new double[m];
        for (int j = 0; j < m; j++) {
            s[j] = full[order[j]];
            for (int i = 0; i < m; i++) {
                u.set(i, j, uFull.get(i, order[j]));
            }
        }
        return new DataMatrix(x, u, s, origin + " (centred: mean column subtracted)");
    }

    /** Orthogonal n x n matrix: Q of the QR factorisation of an n x n N(0,1) matrix. */
    public static DMatrixRMaj orthogonal(int n, Random rnd) {
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        for (int i = 0; i < g.data.length; i++) {
            g.data[i] = rnd.nextGaussian();
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        if (!qr.decompose(g)) {
            throw new IllegalStateException("QR failed");
        }
        return qr.getQ(null, false);
    }

    /**
     * The same data in its singular basis: X' = U^T X V = Sigma (m x n), U' = I. The losses of
     * (W1, W2) on X equal those of (W1 U, U^T W2) on X', an orthogonal change of coordinates that
     * preserves gradients' norms and Hessian eigenvalues.
     */
    public DataMatrix inSingularBasis() {
        DMatrixRMaj sigma = new DMatrixRMaj(m, n);
        for (int i = 0; i < Math.min(m, n); i++) {
            sigma.set(i, i, s[i]);
        }
        return new DataMatrix(sigma, CommonOps_DDRM.identity(m), s.clone(), origin + ", in its singular basis");
    }

    /** m, the data dimension (rows of X). */
    public int m() { return m; }
    /** n, the number of data points (columns of X). */
    public int n() { return n; }
    /** The centred data, m x n. */
    public DMatrixRMaj x() { return x; }
    /** Left singular vectors (principal directions), m x m, columns in descending order of s. */
    public DMatrixRMaj u() { return u; }
    /** Singular values s_1 &gt;= ... &gt;= s_m (zeros past rank). */
    public double[] singularValues() { return s.clone(); }
    /** s_i for a 1-based i, as the paper numbers them. */
    public double singularValue(int oneBasedIndex) { return s[oneBasedIndex - 1]; }
    /** C = X X^T. */
    public DMatrixRMaj covariance() { return c; }
    /** Where the data came from, as the reports print it (seed, file, centring). */
    public String origin() { return origin; }

    /**
     * The tolerance below which a computed singular value counts as zero: max(m, n) eps s_1. A backward-stable
     * SVD returns the singular values of X + E with ||E||_2 of order max(m, n) eps ||X||_2 (Golub and Van Loan,
     * <i>Matrix Computations</i>, 4th ed., Section 5.4.1; the default of MATLAB's {@code rank} and numpy's
     * {@code matrix_rank}), so a value below it is indistinguishable from 0: a duplicated data column gives
     * s_6 = 1.3e-15 next to s_1 = O(1), numerically zero.
     */
    public static double rankTolerance(double[] s, int m, int n) {
        double s1 = 0;
        for (double x : s) {
            s1 = Math.max(s1, Math.abs(x));
        }
        return Math.max(m, n) * Math.ulp(1.0) * s1;
    }

    /** {@link #rankTolerance(double[], int, int)} for this matrix. */
    public double rankTolerance() {
        return rankTolerance(s, m, n);
    }

    /** The number of singular values above {@link #rankTolerance()}: the numerical rank of X. */
    public int numericalRank() {
        double tol = rankTolerance();
        int r = 0;
        for (double x : s) {
            if (x > tol) {
                r++;
            }
        }
        return r;
    }

    /** m0: the largest index j with s_j^2 &gt; lambda (0 if there is none), Theorem 3.1. */
    public int m0(double lambda) {
        int m0 = 0;
        for (int j = 0; j < m; j++) {
            if (s[j] * s[j] > lambda) {
                m0 = j + 1;
            }
        }
        return m0;
    }
}
