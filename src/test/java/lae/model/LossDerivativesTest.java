package lae.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The allocation-free kernel against the reference formulas of {@link RegularizedLaeLoss}, on every kind of member of the family. */
class LossDerivativesTest {

    @Test
    void gradientAndHessianVectorAgreeWithTheReference() {
        Random r = new Random(17);
        int[][] shapes = {{1, 1}, {3, 1}, {4, 2}, {6, 3}, {5, 5}};
        for (int[] shape : shapes) {
            int m = shape[0];
            int k = shape[1];
            double[] s = new double[m];
            for (int i = 0; i < m; i++) {
                s[i] = 2.5 - 0.3 * i;
            }
            DataMatrix data = DataMatrix.fromSingularValues(s, m, m + 1, 3 + m);
            for (LossMember kind : LossMembers.all(0.9, k)) {
                RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, data.covariance(), k);
                LossDerivatives df = new LossDerivatives(f);
                int n = f.dimension();
                double[] x = new double[n];
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = r.nextGaussian();
                    d[i] = r.nextGaussian();
                }
                LaePoint p = LaePoint.fromVector(x, m, k);
                double[] g = new double[n];
                double[] hd = new double[n];
                // Hessian-vector product first (Gw computed there), then after a gradient at another point, then at this one
                df.hessianVector(x, d, hd);
                assertClose(hd, f.hessianVector(p, LaePoint.fromVector(d, m, k)).toVector(), kind + " H d");
                double[] other = x.clone();
                other[0] += 1.0;
                df.gradient(other, g);
                assertClose(g, f.gradient(LaePoint.fromVector(other, m, k)).toVector(), kind + " grad elsewhere");
                df.hessianVector(x, d, hd);
                assertClose(hd, f.hessianVector(p, LaePoint.fromVector(d, m, k)).toVector(), kind + " H d after a gradient elsewhere");
                df.gradient(x, g);
                assertClose(g, f.gradient(p).toVector(), kind + " grad");
                df.hessianVector(x, d, hd);
                assertClose(hd, f.hessianVector(p, LaePoint.fromVector(d, m, k)).toVector(), kind + " H d reusing Gw");
            }
        }
    }

    private static void assertClose(double[] actual, double[] expected, String what) {
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertThat(Math.abs(actual[i] - expected[i])).as("%s [%d]: %s vs %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(1e-12 * scale);
        }
    }
}
