package lae.train;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * PCA of a set of n data points in R^m (rows of an n x m array): the mean, the centred scatter
 * matrix C = sum_i (x_i - mu)(x_i - mu)^T = X_c X_c^T (X_c the centred m x n data matrix, as in the
 * paper's losses, which sum over points) and its eigen-decomposition C = U diag(s^2) U^T, eigenvalues
 * descending. The eigenvalues of C are the squared singular values s_i^2 of X_c and its eigenvectors
 * the principal directions u_i (Section 2). Computed from the m x m matrix C rather than by an SVD of
 * the m x n data (for Fashion-MNIST, m = 784 and n = 10,000: C costs n m^2 / 2 multiply-adds and its
 * symmetric eigen-decomposition O(m^3), a few seconds instead of the half minute of the thin SVD).
 *
 * @param mean       mu, length m
 * @param covariance C (m x m)
 * @param u          m x m, column i = u_{i+1}
 * @param s2         s_i^2, descending, length m
 */
public record PrincipalDirections(double[] mean, DMatrixRMaj covariance, DMatrixRMaj u, double[] s2) {

    /** @param rows n x m, row i = data point i */
    public static PrincipalDirections of(double[] rows, int m, int n) {
        double[] mean = new double[m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                mean[j] += rows[i * m + j];
            }
        }
        for (int j = 0; j < m; j++) {
            mean[j] /= n;
        }
        // feature-major centred data (row j = feature j over the n points), so that every entry of C is a dot
        // product of two contiguous rows: the Gram kernel does the n m^2 / 2 work of the upper triangle and
        // mirrors it, so C is exactly symmetric
        double[][] xt = new double[m][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                xt[j][i] = rows[i * m + j] - mean[j];
            }
        }
        DMatrixRMaj c = new DMatrixRMaj(m, m);
        AxpyKernel.gram(xt, 0, m, 0, n, c.data, true);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(c.copy())) {
            throw new IllegalStateException("eigen-decomposition of the scatter matrix did not converge");
        }
        Integer[] order = new Integer[m];
        double[] ev = new double[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
            ev[i] = eig.getEigenvalue(i).real;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ev[b], ev[a]));
        DMatrixRMaj u = new DMatrixRMaj(m, m);
        double[] s2 = new double[m];
        for (int col = 0; col < m; col++) {
            DMatrixRMaj v = eig.getEigenVector(order[col]);
            double norm = 0;
            for (int i = 0; i < m; i++) {
                norm += v.data[i] * v.data[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < m; i++) {
                u.set(i, col, v.data[i] / norm);
            }
            // rounding can make the eigenvalues of a PSD matrix slightly negative
            s2[col] = Math.max(0, ev[order[col]]);
        }
        return new PrincipalDirections(mean, c, u, s2);
    }

    /** The dimension m of the data points. */
    public int m() {
        return mean.length;
    }

    /** The centred rows x_i - mu. */
    public double[] centred(double[] rows) {
        int m = m();
        double[] out = rows.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] -= mean[i % m];
        }
        return out;
    }
}
