package lae.numeric;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The Levenberg-Marquardt step for grad f = 0 with symmetric Jacobian H:
 * d = -(H^2 + mu I)^{-1} H g. Two independent implementations:
 * {@link #cholesky(int)} forms H^2 (n^3/2 FMAs, {@link GramKernel}) and solves with a Cholesky
 * factorisation, which is several times cheaper than {@link #eigen(int)}, which diagonalises
 * H = Q Lambda Q^T and applies Q diag(lambda / (lambda^2 + mu)) Q^T. The factorisation of the last
 * mu is kept, so a chord step at a nearby point costs O(n^2).
 */
public abstract class LevenbergMarquardtStep {

    /** Takes the Hessian at the current point; false if it cannot be used. */
    public abstract boolean prepare(DMatrixRMaj h);

    /**
     * Writes d = -(H^2 + mu I)^{-1} H g into {@code d} and returns the slope (H g) . d of the merit
     * ||g||^2/2 along d (negative), or NaN if the system could not be solved.
     */
    public abstract double step(double[] g, double mu, double[] d);

    /** out = H v for the prepared Hessian. */
    public abstract void multiplyHessian(double[] v, double[] out);

    public static LevenbergMarquardtStep cholesky(int n) {
        return new Cholesky(n);
    }

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
        private final DMatrixRMaj h;
        private final DMatrixRMaj h2;
        private final DMatrixRMaj a;
        private final DMatrixRMaj rhs;
        private final DMatrixRMaj sol;
        private final double[] hg;
        private final LinearSolverDense<DMatrixRMaj> solver;
        private double factoredMu = Double.NaN;
        private double floor;

        Cholesky(int n) {
            this.n = n;
            h = new DMatrixRMaj(n, n);
            h2 = new DMatrixRMaj(n, n);
            a = new DMatrixRMaj(n, n);
            rhs = new DMatrixRMaj(n, 1);
            sol = new DMatrixRMaj(n, 1);
            hg = new double[n];
            solver = LinearSolverFactory_DDRM.chol(n);
        }

        @Override
        public boolean prepare(DMatrixRMaj hess) {
            h.setTo(hess);
            GramKernel.gram(h.data, n, h2.data);
            double maxDiag = 0;
            for (int i = 0; i < n; i++) {
                maxDiag = Math.max(maxDiag, h2.data[i * n + i]);
            }
            // below this shift the Cholesky factor of H^2 + mu I loses all accuracy in double precision
            floor = 1e-14 * maxDiag + Double.MIN_NORMAL;
            factoredMu = Double.NaN;
            return Double.isFinite(maxDiag);
        }

        @Override
        public void multiplyHessian(double[] v, double[] out) {
            multiply(h, v, out);
        }

        @Override
        public double step(double[] g, double mu, double[] d) {
            double shift = Math.max(mu, floor);
            if (shift != factoredMu) {
                a.setTo(h2);
                for (int i = 0; i < n; i++) {
                    a.data[i * n + i] += shift;
                }
                if (!solver.setA(a)) {
                    factoredMu = Double.NaN;
                    return Double.NaN;
                }
                factoredMu = shift;
            }
            multiply(h, g, hg);
            for (int i = 0; i < n; i++) {
                rhs.data[i] = -hg[i];
            }
            solver.solve(rhs, sol);
            double slope = 0;
            for (int i = 0; i < n; i++) {
                d[i] = sol.data[i];
                slope += hg[i] * d[i];
            }
            return Double.isFinite(slope) ? slope : Double.NaN;
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
