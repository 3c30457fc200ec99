package lae.numeric;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Eigenvalues of a real symmetric matrix by one of two independent libraries: EJML's symmetric QR
 * algorithm (Householder tridiagonalisation + implicit QR) and Hipparchus's
 * {@link EigenDecompositionSymmetric} (tridiagonalisation + implicit QL, the EISPACK lineage).
 */
public enum SymmetricEigenvalues {
    EJML {
        @Override
        public double[] of(DMatrixRMaj a) {
            int n = a.numRows;
            if (n == 0) {
                return new double[0];
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
            if (!eig.decompose(a.copy())) {
                throw new ArithmeticException("EJML symmetric eigen-decomposition did not converge (n = " + n + ")");
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = eig.getEigenvalue(i).getReal();
            }
            return v;
        }
    },
    HIPPARCHUS {
        @Override
        public double[] of(DMatrixRMaj a) {
            int n = a.numRows;
            if (n == 0) {
                return new double[0];
            }
            double[][] rows = new double[n][n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(a.data, i * n, rows[i], 0, n);
            }
            try {
                // epsilon is Hipparchus's singularity threshold for the decomposition; eigenvalues are unaffected
                return new EigenDecompositionSymmetric(new Array2DRowRealMatrix(rows, false), 1e-300, false).getEigenvalues();
            } catch (MathIllegalStateException e) {
                // its implicit QL occasionally stalls (30 sweeps); the reversed ordering P A P^T has the same
                // eigenvalues and takes another rounding path
                double[][] rev = new double[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        rev[i][j] = rows[n - 1 - i][n - 1 - j];
                    }
                }
                try {
                    return new EigenDecompositionSymmetric(new Array2DRowRealMatrix(rev, false), 1e-300, false).getEigenvalues();
                } catch (MathIllegalStateException again) {
                    // last resort: A + sigma I with sigma a power of two near max|a_ij|, eigenvalues shifted back
                    double max = 0;
                    for (double v : a.data) {
                        max = Math.max(max, Math.abs(v));
                    }
                    double sigma = Math.scalb(1.0, Math.getExponent(max + Double.MIN_NORMAL));
                    for (int i = 0; i < n; i++) {
                        rows[i][i] += sigma;
                    }
                    try {
                        double[] ev = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(rows, false), 1e-300, false).getEigenvalues();
                        for (int i = 0; i < n; i++) {
                            ev[i] -= sigma;
                        }
                        return ev;
                    } catch (MathIllegalStateException third) {
                        // Hipparchus's other algorithm: Hessenberg reduction and the real Schur form (Francis QR);
                        // for a symmetric matrix the eigenvalues are real, so the real parts are taken
                        try {
                            for (int i = 0; i < n; i++) {
                                rows[i][i] -= sigma;
                            }
                            org.hipparchus.complex.Complex[] c = new org.hipparchus.linear.EigenDecompositionNonSymmetric(
                                    new Array2DRowRealMatrix(rows, false)).getEigenvalues();
                            double[] ev = new double[n];
                            for (int i = 0; i < n; i++) {
                                ev[i] = c[i].getReal();
                            }
                            return ev;
                        } catch (MathIllegalStateException fourth) {
                            throw new ArithmeticException("Hipparchus eigen-decompositions did not converge (n = " + n + ")");
                        }
                    }
                }
            }
        }
    };

    public abstract double[] of(DMatrixRMaj symmetric);
}
