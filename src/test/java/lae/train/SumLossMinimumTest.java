package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.HessianInertia;

/** The block inertia of the Table-1 minimum against the dense Hessian in the original coordinates, and PCA from C. */
class SumLossMinimumTest {

    static double[] randomRows(int m, int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[m * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                // uneven scales give distinct, well separated singular values
                x[i * m + j] = (j + 1) * r.nextGaussian() + 0.3;
            }
        }
        return x;
    }

    @Test
    void principalDirectionsMatchTheSvdOfTheCentredData() {
        int m = 6;
        int n = 40;
        double[] rows = randomRows(m, n, 3);
        PrincipalDirections p = PrincipalDirections.of(rows, m, n);
        DMatrixRMaj raw = new DMatrixRMaj(m, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                raw.set(j, i, rows[i * m + j]);
            }
        }
        DataMatrix d = DataMatrix.fromMatrix(raw, "test");
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                // exactly symmetric, as the eigen-decomposition of a symmetric matrix expects
                assertThat(p.covariance().get(i, j)).isEqualTo(p.covariance().get(j, i));
            }
        }
        for (int i = 0; i < m; i++) {
            double s = d.singularValues()[i];
            assertThat(p.s2()[i]).isCloseTo(s * s, org.assertj.core.api.Assertions.within(1e-9 * (1 + s * s)));
            assertThat(Analysis.absCos(p.u(), i, d.u(), i)).isGreaterThan(1 - 1e-9);
        }
    }

    @Test
    void blockInertiaEqualsTheDenseInertiaInOriginalCoordinates() {
        int m = 7;
        int n = 30;
        int k = 3;
        PrincipalDirections p = PrincipalDirections.of(randomRows(m, n, 5), m, n);
        double lambda = 0.5 * p.s2()[k - 1];
        SumLossMinimum.Result r = SumLossMinimum.check(p, lambda, k);
        assertThat(r.exists()).isTrue();
        assertThat(r.critical()).isTrue();
        assertThat(r.undecided()).isZero();
        assertThat(r.blocks()).isEqualTo(1 + m - k);
        // the dense Hessian at the same point (W2 = U_k diag(c), W1 = W2^T) in the original coordinates
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        for (int i = 0; i < m; i++) {
            for (int a = 0; a < k; a++) {
                w2.set(i, a, p.u().get(i, a) * r.compression()[a]);
            }
        }
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        CommonOps_DDRM.transpose(w2, w1);
        HessianInertia dense = HessianInertia.of(RegularizedLaeLoss.of(LossKind.L_SIGMA, lambda, p.covariance(), k)
                .hessian(new LaePoint(w1, w2)));
        assertThat(dense.decided()).isTrue();
        assertThat(new int[] {r.negative(), r.zero(), r.positive()})
                .containsExactly(dense.negative(), dense.zero(), dense.positive());
        // a minimum: no negative direction, the k(k-1)/2 zeros of O_k
        assertThat(r.negative()).isZero();
        assertThat(r.zero()).isEqualTo(k * (k - 1) / 2);
        assertThat(r.decidedMinimum()).isTrue();
    }

    @Test
    void noPointWhenLambdaExceedsTheKthSquaredSingularValue() {
        PrincipalDirections p = PrincipalDirections.of(randomRows(5, 20, 9), 5, 20);
        SumLossMinimum.Result r = SumLossMinimum.check(p, p.s2()[1] * 1.01, 2);
        assertThat(r.exists()).isFalse();
        assertThat(r.decidedMinimum()).isFalse();
    }
}
