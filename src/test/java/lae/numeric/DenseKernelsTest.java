package lae.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

/**
 * {@link SymmetricSquare} and {@link UpperCholesky} against EJML's general product and Cholesky
 * solver, on sizes that exercise every remainder of the tiles and panels (1, 2, 3, 5, 7, a tile
 * boundary, and the Section 4.2 size 320).
 */
class DenseKernelsTest {
    private static final int[] SIZES = {1, 2, 3, 4, 5, 7, 13, SymmetricSquare.TILE - 1, SymmetricSquare.TILE + 1, 2 * SymmetricSquare.TILE + 5, 320};

    private static double[][] randomSymmetric(int n, Random r) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = r.nextGaussian();
                a[i][j] = v;
                a[j][i] = v;
            }
        }
        return a;
    }

    private static DMatrixRMaj toEjml(double[][] a) {
        return new DMatrixRMaj(a);
    }

    @Test
    void symmetricSquareIsTheTextbookSum() {
        Random r = new Random(3);
        for (int n : SIZES) {
            double[][] a = randomSymmetric(n, r);
            double[][] s = new double[n][n];
            // dirty output: the kernel must overwrite, not accumulate into, what was there
            for (double[] row : s) {
                java.util.Arrays.fill(row, 7.0);
            }
            SymmetricSquare.square(a, n, s);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double ref = 0;
                    for (int t = 0; t < n; t++) {
                        ref += a[i][t] * a[t][j];
                    }
                    // same order of summation, no fused multiply-add: bit-for-bit
                    assertThat(s[i][j]).as("n=%d (%d,%d)", n, i, j).isEqualTo(ref);
                }
            }
        }
    }

    @Test
    void choleskySolvesLikeEjml() {
        Random r = new Random(5);
        for (int n : SIZES) {
            double[][] a = randomSymmetric(n, r);
            double[][] s = new double[n][n];
            SymmetricSquare.square(a, n, s);
            double shift = 0.3;
            UpperCholesky chol = new UpperCholesky(n);
            assertThat(chol.factor(s, shift)).isTrue();
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = r.nextGaussian();
            }
            double[] x = new double[n];
            chol.solve(b, x);
            DMatrixRMaj m = toEjml(s);
            for (int i = 0; i < n; i++) {
                m.add(i, i, shift);
            }
            LinearSolverDense<DMatrixRMaj> ref = LinearSolverFactory_DDRM.chol(n);
            assertThat(ref.setA(m.copy())).isTrue();
            DMatrixRMaj xr = new DMatrixRMaj(n, 1);
            ref.solve(new DMatrixRMaj(n, 1, true, b), xr);
            DMatrixRMaj res = new DMatrixRMaj(n, 1);
            CommonOps_DDRM.mult(m, new DMatrixRMaj(n, 1, true, x), res);
            double resid = 0;
            double diff = 0;
            double size = 0;
            for (int i = 0; i < n; i++) {
                resid = Math.max(resid, Math.abs(res.get(i) - b[i]));
                diff = Math.max(diff, Math.abs(x[i] - xr.get(i)));
                size = Math.max(size, Math.abs(xr.get(i)));
            }
            assertThat(resid).as("residual, n=%d", n).isLessThan(1e-8 * (1 + CommonOps_DDRM.elementMaxAbs(m)) * (1 + size));
            assertThat(diff).as("against EJML, n=%d", n).isLessThan(1e-8 * (1 + size));
            // solve in place
            double[] y = b.clone();
            chol.solve(y, y);
            assertThat(y).containsExactly(x);
        }
    }

    @Test
    void choleskyRefusesAMatrixThatIsNotPositiveDefinite() {
        Random r = new Random(9);
        for (int n : new int[] {1, 5, 13, 101}) {
            double[][] a = randomSymmetric(n, r);
            // a random symmetric matrix of size > 1 is indefinite with overwhelming probability; make sure
            a[n - 1][n - 1] = -1e3;
            assertThat(new UpperCholesky(n).factor(a, 0.0)).as("n=%d", n).isFalse();
            double[][] nan = randomSymmetric(n, r);
            nan[0][0] = Double.NaN;
            assertThat(new UpperCholesky(n).factor(nan, 1e9)).isFalse();
        }
        // and the same matrix shifted far enough is accepted
        double[][] a = randomSymmetric(13, r);
        assertThat(new UpperCholesky(13).factor(a, 100.0)).isTrue();
    }
}
