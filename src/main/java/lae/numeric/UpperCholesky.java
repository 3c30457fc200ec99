package lae.numeric;

/**
 * The Cholesky factorisation A + sigma I = U^T U of a symmetric positive definite matrix (U upper
 * triangular), and solves with it. Right-looking, in panels of four rows (Golub and Van Loan,
 * Matrix Computations, 4th ed., Algorithm 4.2.1 arranged by rows): the four rows of U of a panel
 * are computed, then every later row i of the trailing matrix is updated once,
 * a_i[i..n) -= sum over the panel of U[p][i] u_p[i..n), so each row of the trailing matrix is read
 * and written n/4 times instead of n times. Rows are separate arrays so that C2 vectorises the
 * update loops (see {@link SymmetricSquare}). n^3/6 multiply-adds; it replaces EJML's
 * {@code CholeskyDecompositionInner_DDRM} in {@link LevenbergMarquardtStep} (timings: docs/newton.md).
 *
 * <p>Not thread-safe; the workspace is reused between factorisations (one instance per solver).
 */
final class UpperCholesky {
    private static final int PANEL = 4;
    private final int n;
    private final double[][] u;
    /** U^T by rows (the columns of U), for the back substitution in axpy form. */
    private final double[][] ut;
    private final double[] y;

    UpperCholesky(int n) {
        this.n = n;
        this.u = new double[n][n];
        this.ut = new double[n][n];
        this.y = new double[n];
    }

    /**
     * Factorises a + shift I (only the entries on and above the diagonal of {@code a} are read; a is
     * not modified). Returns false, leaving the factor unusable, if a pivot is not positive and
     * finite (the matrix is not numerically positive definite).
     */
    boolean factor(double[][] a, double shift) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], i, u[i], i, n - i);
            u[i][i] += shift;
        }
        for (int j = 0; j < n; j += PANEL) {
            final int pEnd = Math.min(n, j + PANEL);
            // the panel rows, one after another, each updating the later panel rows
            for (int p = j; p < pEnd; p++) {
                final double[] up = u[p];
                final double d = up[p];
                if (!(d > 0) || d == Double.POSITIVE_INFINITY) {
                    return false;
                }
                final double r = Math.sqrt(d);
                final double inv = 1 / r;
                up[p] = r;
                for (int c = p + 1; c < n; c++) {
                    up[c] *= inv;
                }
                for (int q = p + 1; q < pEnd; q++) {
                    final double s = up[q];
                    final double[] uq = u[q];
                    for (int c = q; c < n; c++) {
                        uq[c] -= s * up[c];
                    }
                }
            }
            // the trailing rows, once per panel
            final int width = pEnd - j;
            if (width == PANEL) {
                final double[] u0 = u[j];
                final double[] u1 = u[j + 1];
                final double[] u2 = u[j + 2];
                final double[] u3 = u[j + 3];
                for (int i = pEnd; i < n; i++) {
                    final double s0 = u0[i];
                    final double s1 = u1[i];
                    final double s2 = u2[i];
                    final double s3 = u3[i];
                    final double[] ui = u[i];
                    for (int c = i; c < n; c++) {
                        ui[c] -= s0 * u0[c] + s1 * u1[c] + s2 * u2[c] + s3 * u3[c];
                    }
                }
            } else {
                for (int p = j; p < pEnd; p++) {
                    final double[] up = u[p];
                    for (int i = pEnd; i < n; i++) {
                        final double s = up[i];
                        final double[] ui = u[i];
                        for (int c = i; c < n; c++) {
                            ui[c] -= s * up[c];
                        }
                    }
                }
            }
        }
        for (int p = 0; p < n; p++) {
            final double[] up = u[p];
            for (int c = p; c < n; c++) {
                ut[c][p] = up[c];
            }
        }
        return true;
    }

    /** x = (A + shift I)^{-1} b with the last factorisation; b and x may be the same array. */
    void solve(double[] b, double[] x) {
        System.arraycopy(b, 0, y, 0, n);
        // U^T z = b, by columns of U^T (rows of U): z_p = y_p / U_pp, then y[p+1..n) -= z_p u_p[p+1..n)
        for (int p = 0; p < n; p++) {
            final double[] up = u[p];
            final double z = y[p] / up[p];
            y[p] = z;
            for (int c = p + 1; c < n; c++) {
                y[c] -= z * up[c];
            }
        }
        // U x = z, by columns of U (rows of U^T): x_p = y_p / U_pp, then y[0..p) -= x_p U[0..p)[p]
        for (int p = n - 1; p >= 0; p--) {
            final double[] col = ut[p];
            final double z = y[p] / col[p];
            y[p] = z;
            for (int c = 0; c < p; c++) {
                y[c] -= z * col[c];
            }
        }
        System.arraycopy(y, 0, x, 0, n);
    }
}
