package lae.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

/** The tied loss's O(k m^2) gradient against the pull-back of L_sigma's (dL/dW1 + (dL/dW2)^T at (W, W^T)). */
class TiedGradientTest {
    @Test
    void theDirectGradientIsThePullBackOfLSigmas() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 5; trial++) {
            int m = 3 + trial;
            int k = 1 + trial % 3;
            DMatrixRMaj x = new DMatrixRMaj(m, m + 2);
            for (int i = 0; i < x.data.length; i++) {
                x.data[i] = rnd.nextGaussian();
            }
            DMatrixRMaj c = new DMatrixRMaj(m, m);
            CommonOps_DDRM.multTransB(x, x, c);
            double lambda = 0.3 + trial;
            TiedLaeLoss f = TiedLaeLoss.of(lambda, c, k);
            DMatrixRMaj w = new DMatrixRMaj(k, m);
            for (int i = 0; i < w.data.length; i++) {
                w.data[i] = rnd.nextGaussian();
            }
            LaePoint g = f.sigma().gradient(f.lift(w));
            DMatrixRMaj pullBack = g.w1.copy();
            for (int r = 0; r < k; r++) {
                for (int i = 0; i < m; i++) {
                    pullBack.add(r, i, g.w2.get(i, r));
                }
            }
            DMatrixRMaj direct = f.gradient(w);
            DMatrixRMaj diff = new DMatrixRMaj(k, m);
            CommonOps_DDRM.subtract(direct, pullBack, diff);
            assertThat(NormOps_DDRM.normF(diff)).isLessThan(1e-10 * (1 + NormOps_DDRM.normF(pullBack)));
            assertThat(NormOps_DDRM.normF(pullBack)).isGreaterThan(1e-3);
        }
    }
}
