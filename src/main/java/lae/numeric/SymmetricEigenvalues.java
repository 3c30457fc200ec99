package lae.numeric;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Eigenvalues of a real symmetric matrix by one of two independent libraries, one attempt each:
 * EJML's symmetric QR algorithm (Householder tridiagonalisation + implicit QR), Hipparchus's
 * {@link EigenDecompositionSymmetric} (tridiagonalisation + implicit QL, the EISPACK lineage) and
 * Hipparchus's real Schur form. {@link HessianInertia} is the one place that combines them and retries.
 */
public enum SymmetricEigenvalues {
    EJML("EJML symmetric eigen-decomposition") {
        @Override
        double[] attempt(DMatrixRMaj a) {
            int n = a.numRows;
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
            if (!eig.decompose(a.copy())) {
                return null;
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = eig.getEigenvalue(i).getReal();
            }
            return v;
        }
    },
    // epsilon is Hipparchus's singularity threshold for the decomposition; eigenvalues are unaffected.
    // Its implicit QL occasionally stalls (MathIllegalStateException): SymmetricInertia retries on
    // matrices with the same eigenvalues; this method makes one attempt.
    HIPPARCHUS("Hipparchus symmetric QL") {
        @Override
        double[] attempt(DMatrixRMaj a) {
            return new EigenDecompositionSymmetric(new Array2DRowRealMatrix(rows(a), false), 1e-300, false).getEigenvalues();
        }
    },
    /**
     * Hipparchus's other algorithm: Hessenberg reduction and the real Schur form (Francis double-shift
     * QR, {@link org.hipparchus.linear.EigenDecompositionNonSymmetric}); for a symmetric matrix the
     * eigenvalues are real, and their real parts are returned.
     */
    HIPPARCHUS_SCHUR("Hipparchus Schur decomposition") {
        @Override
        double[] attempt(DMatrixRMaj a) {
            org.hipparchus.complex.Complex[] c = new org.hipparchus.linear.EigenDecompositionNonSymmetric(
                    new Array2DRowRealMatrix(rows(a), false)).getEigenvalues();
            double[] ev = new double[a.numRows];
            for (int i = 0; i < ev.length; i++) {
                ev[i] = c[i].getReal();
            }
            return ev;
        }
    };

    /** The algorithm's name in the message of a failed attempt. */
    private final String algorithm;

    SymmetricEigenvalues(String algorithm) {
        this.algorithm = algorithm;
    }

    /**
     * The eigenvalues of a symmetric matrix (not modified) by this library, one attempt.
     *
     * @throws ArithmeticException if the library does not converge
     */
    public final double[] of(DMatrixRMaj symmetric) {
        int n = symmetric.numRows;
        if (n == 0) {
            return new double[0];
        }
        double[] v;
        try {
            v = attempt(symmetric);
        } catch (MathIllegalStateException e) {
            v = null;
        }
        if (v == null) {
            throw new ArithmeticException(algorithm + " did not converge (n = " + n + ")");
        }
        return v;
    }

    /** One attempt at the eigenvalues of a non-empty symmetric matrix (not modified); null (or Hipparchus's exception) when the library does not converge. */
    abstract double[] attempt(DMatrixRMaj a);

    /** The rows of a square matrix as Hipparchus takes them. */
    private static double[][] rows(DMatrixRMaj a) {
        int n = a.numRows;
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a.data, i * n, rows[i], 0, n);
        }
        return rows;
    }
}
