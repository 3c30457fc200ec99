package lae.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lae.model.DataMatrix;
import lae.model.HessianSquare;
import lae.model.LaePoint;
import lae.model.LossMember;
import lae.model.LossMembers;
import lae.model.RegularizedLaeLoss;

/** The closed-form H^2 ({@link HessianSquare}) against the dense square of the dense Hessian ({@link SymmetricSquare}), on every kind of member. */
class HessianSquareTest {

    @Test
    void closedFormEqualsTheDenseSquareOnEveryLoss() {
        Random r = new Random(11);
        int[][] shapes = {{1, 1}, {3, 1}, {4, 2}, {5, 3}, {6, 6}, {7, 4}};
        for (int[] shape : shapes) {
            int m = shape[0];
            int k = shape[1];
            double[] s = new double[m];
            for (int i = 0; i < m; i++) {
                s[i] = 3.0 - 0.37 * i;
            }
            DataMatrix data = DataMatrix.fromSingularValues(s, m, m + 2, 5 + m);
            for (LossMember kind : LossMembers.all(1.7, k)) {
                RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, data.covariance(), k);
                int n = f.dimension();
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = r.nextGaussian();
                }
                LaePoint p = LaePoint.fromVector(v, m, k);
                DMatrixRMaj h = f.hessian(p);
                double[][] rows = new double[n][n];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(h.data, i * n, rows[i], 0, n);
                }
                double[][] dense = new double[n][n];
                SymmetricSquare.square(rows, n, dense);
                double[][] closed = new double[n][n];
                HessianSquare.of(f, p, closed);
                double scale = 0;
                for (double[] row : dense) {
                    for (double x : row) {
                        scale = Math.max(scale, Math.abs(x));
                    }
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertThat(Math.abs(closed[i][j] - dense[i][j]))
                                .as("%s m=%d k=%d entry (%d,%d): closed %s dense %s", kind, m, k, i, j, closed[i][j], dense[i][j])
                                .isLessThanOrEqualTo(1e-12 * scale);
                    }
                }
            }
        }
    }
}
