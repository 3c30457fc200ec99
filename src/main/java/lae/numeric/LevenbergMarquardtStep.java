package lae.numeric;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Levenberg-Marquardt step for grad f = 0 with symmetric Jacobian H:
 * d = -(H^2 + mu I)^{-1} H g. Two independent implementations:
 * {@link #cholesky(int)} forms H^2 (n^3/2 multiply-adds, {@link SymmetricSquare}) and solves with a
 * Cholesky factorisation ({@link UpperCholesky}), which is several times cheaper than {@link #eigen(int)}, which diagonalises
 * H = Q Lambda Q^T and applies Q diag(lambda / (lambda^2 + mu)) Q^T. The factorisation of the last
 * mu is kept, so a chord step at a nearby point costs O(n^2).
 */
public abstract class LevenbergMarquardtStep {

    /** Takes the Hessian at the current point; false if it cannot be used. */
    public abstract boolean prepare(DMatrixRMaj h);

    /**
     * Takes the Hessian and its square computed elsewhere (for the losses of this toolkit, in closed
     * form by {@link lae.model.HessianSquare}), so that H^2 need not be formed from H. Implementations
     * that do not use H^2 ignore it. The arrays are copied.
     */
    public boolean prepare(DMatrixRMaj h, double[][] hSquared) {
        return prepare(h);
    }

    /**
     * Writes d = -(H^2 + mu I)^{-1} H g into {@code d} and returns the slope (H g) . d of the merit
     * ||g||^2/2 along d (negative), or NaN if the system could not be solved.
     */
    public abstract double step(double[] g, double mu, double[] d);

    /** out = H v for the prepared Hessian. */
    public abstract void multiplyHessian(double[] v, double[] out);

    /** The Cholesky solver of H^2 + mu I for n unknowns. */
    public static LevenbergMarquardtStep cholesky(int n) {
        return new Cholesky(n);
    }

    /** The eigen-decomposition solver for n unknowns (the independent second solver). */
    public static LevenbergMarquardtStep eigen(int n) {
        return new Eigen(n);
    }

    static void multiply(DMatrixRMaj h, double[] v, double[] out) {
        int n = h.numRows;
        double[] a = h.data;
        for (int i = 0; i < n; i++) {
            double s0 = 0;
            double s1 = 0;
            int row = i * n;
            int j = 0;
            for (; j + 1 < n; j += 2) {
                s0 = Math.fma(a[row + j], v[j], s0);
                s1 = Math.fma(a[row + j + 1], v[j + 1], s1);
            }
            if (j < n) {
                s0 = Math.fma(a[row + j], v[j], s0);
            }
            out[i] = s0 + s1;
        }
    }

    private static final class Cholesky extends LevenbergMarquardtStep {
        private final int n;
        private final double[][] h;
        private final double[][] h2;
        private final UpperCholesky factor;
        private final double[] rhs;
        private final double[] hg;
        private double factoredMu = Double.NaN;
        private boolean factored;
        private double floor;

        Cholesky(int n) {
            this.n = n;
            h = new double[n][n];
            h2 = new double[n][n];
            factor = new UpperCholesky(n);
            rhs = new double[n];
            hg = new double[n];
        }

        @Override
        public boolean prepare(DMatrixRMaj hess) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(hess.data, i * n, h[i], 0, n);
            }
            SymmetricSquare.square(h, n, h2);
            return afterSquare();
        }

        @Override
        public boolean prepare(DMatrixRMaj hess, double[][] hSquared) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(hess.data, i * n, h[i], 0, n);
                System.arraycopy(hSquared[i], 0, h2[i], 0, n);
            }
            return afterSquare();
        }

        private boolean afterSquare() {
            double maxDiag = 0;
            for (int i = 0; i < n; i++) {
                maxDiag = Math.max(maxDiag, h2[i][i]);
            }
            // below this shift the Cholesky factor of H^2 + mu I loses all accuracy in double precision
            floor = 1e-14 * maxDiag + Double.MIN_NORMAL;
            factoredMu = Double.NaN;
            factored = false;
            return Double.isFinite(maxDiag);
        }

        @Override
        public void multiplyHessian(double[] v, double[] out) {
            multiplyRows(h, v, out);
        }

        @Override
        public double step(double[] g, double mu, double[] d) {
            double shift = Math.max(mu, floor);
            if (shift != factoredMu) {
                factored = factor.factor(h2, shift);
                factoredMu = shift;
            }
            if (!factored) {
                return Double.NaN;
            }
            multiplyRows(h, g, hg);
            for (int i = 0; i < n; i++) {
                rhs[i] = -hg[i];
            }
            factor.solve(rhs, d);
            double slope = 0;
            for (int i = 0; i < n; i++) {
                slope += hg[i] * d[i];
            }
            return Double.isFinite(slope) ? slope : Double.NaN;
        }

        private static void multiplyRows(double[][] a, double[] v, double[] out) {
            for (int i = 0; i < a.length; i++) {
                double[] row = a[i];
                double s0 = 0;
                double s1 = 0;
                int j = 0;
                for (; j + 1 < row.length; j += 2) {
                    s0 = Math.fma(row[j], v[j], s0);
                    s1 = Math.fma(row[j + 1], v[j + 1], s1);
                }
                if (j < row.length) {
                    s0 = Math.fma(row[j], v[j], s0);
                }
                out[i] = s0 + s1;
            }
        }
    }

    private static final class Eigen extends LevenbergMarquardtStep {
        private final int n;
        private final EigenDecomposition_F64<DMatrixRMaj> eig;
        private final double[] lam;
        private final double[][] q;
        private final double[] b;

        Eigen(int n) {
            this.n = n;
            eig = DecompositionFactory_DDRM.eig(n, true, true);
            lam = new double[n];
            q = new double[n][];
            b = new double[n];
        }

        private DMatrixRMaj h;

        @Override
        public void multiplyHessian(double[] v, double[] out) {
            multiply(h, v, out);
        }

        @Override
        public boolean prepare(DMatrixRMaj hess) {
            h = hess.copy();
            if (!eig.decompose(hess.copy())) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                lam[i] = eig.getEigenvalue(i).getReal();
                q[i] = eig.getEigenVector(i).data.clone();
            }
            return true;
        }

        @Override
        public double step(double[] g, double mu, double[] d) {
            java.util.Arrays.fill(d, 0);
            double slope = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                double[] qi = q[i];
                for (int j = 0; j < n; j++) {
                    s += qi[j] * g[j];
                }
                b[i] = s;
                double c = -lam[i] * s / (lam[i] * lam[i] + mu);
                slope -= lam[i] * lam[i] * s * s / (lam[i] * lam[i] + mu);
                for (int j = 0; j < n; j++) {
                    d[j] += c * qi[j];
                }
            }
            return slope;
        }
    }
}
