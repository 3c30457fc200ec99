package lae.numeric;

import java.util.Random;
import java.util.function.UnaryOperator;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Ritz values of a symmetric linear operator A on R^n, matrix-free: the Lanczos iteration (Lanczos 1950; Golub and
 * Van Loan, <i>Matrix Computations</i>, 4th ed., Algorithm 10.1.1) from a seeded Gaussian start q_1,
 * <pre>
 *   w = A q_j,  alpha_j = w . q_j,  w &lt;- w - sum_{r &lt;= j} (w . q_r) q_r  (twice),  beta_j = ||w||,  q_{j+1} = w / beta_j,
 * </pre>
 * with full reorthogonalisation repeated once ("twice is enough", Golub and Van Loan, Section 10.3.1), so the q_j stay
 * orthonormal to rounding and no spurious copies of converged Ritz values appear. It stops after the given number of
 * steps, or when beta_j &lt; 1e-12 (an invariant subspace). The Ritz values theta_i are the eigenvalues of the
 * tridiagonal T_j = tridiag(beta, alpha, beta) (EJML's symmetric eigen-decomposition), and each Ritz pair
 * (theta_i, y_i = Q_j s_i) has the residual ||A y_i - theta_i y_i|| = |beta_j s_i[j]|, so A has an eigenvalue within
 * that bound of theta_i (Parlett, <i>The Symmetric Eigenvalue Problem</i>, 1998, Theorem 4.5.1; Golub and Van Loan,
 * Section 10.1.4). Every Ritz value also lies in [lambda_min(A), lambda_max(A)]. Cost: one product with A per step
 * and O(n j) per reorthogonalisation.
 */
public final class Lanczos {

    /**
     * The steps taken, and the Ritz values with their residual bounds (in the order of the tridiagonal's
     * eigen-decomposition).
     */
    public record Result(int steps, double[] ritzValues, double[] residualBounds) {
    }

    /** Below this beta the Krylov space is invariant and the iteration stops. */
    static final double BREAKDOWN = 1e-12;

    private Lanczos() {
    }

    /**
     * The Ritz values of {@code a} (w = a(v), a new array) on R^n after at most {@code iterations} steps from the
     * Gaussian start of {@code new Random(seed)}.
     */
    public static Result run(UnaryOperator<double[]> a, int n, int iterations, long seed) {
        Random rnd = new Random(seed);
        double[][] v = new double[iterations + 1][];
        double[] alpha = new double[iterations];
        double[] beta = new double[iterations];
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = rnd.nextGaussian();
        }
        scale(q, 1 / norm(q));
        v[0] = q;
        int steps = 0;
        for (int j = 0; j < iterations; j++) {
            double[] w = a.apply(v[j]);
            alpha[j] = dot(w, v[j]);
            for (int pass = 0; pass < 2; pass++) {
                for (int r = 0; r <= j; r++) {
                    axpy(-dot(w, v[r]), v[r], w);
                }
            }
            steps = j + 1;
            beta[j] = norm(w);
            if (beta[j] < BREAKDOWN) {
                break;
            }
            scale(w, 1 / beta[j]);
            v[j + 1] = w;
        }
        DMatrixRMaj t = new DMatrixRMaj(steps, steps);
        for (int j = 0; j < steps; j++) {
            t.set(j, j, alpha[j]);
            if (j + 1 < steps) {
                t.set(j, j + 1, beta[j]);
                t.set(j + 1, j, beta[j]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(steps, true, true);
        eig.decompose(t);
        double[] theta = new double[steps];
        double[] res = new double[steps];
        for (int i = 0; i < steps; i++) {
            theta[i] = eig.getEigenvalue(i).getReal();
            res[i] = Math.abs(beta[steps - 1] * eig.getEigenVector(i).get(steps - 1, 0));
        }
        return new Result(steps, theta, res);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void scale(double[] a, double f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }

    private static void axpy(double f, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += f * x[i];
        }
    }
}
