package lae.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import lae.model.LossKind;

/** Every component at Fashion-MNIST's sizes (m = 784, k = 9, m0 = 706) counted exactly: sum_{l <= 9} binom(u, l), one minimum. */
class FashionClosedFormTest {

    static BigInteger binomSum(int u, int k) {
        BigInteger sum = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int l = 0; l <= k; l++) {
            sum = sum.add(b);
            b = b.multiply(BigInteger.valueOf(u - l)).divide(BigInteger.valueOf(l + 1));
        }
        return sum;
    }

    @Test
    void everyComponentCountedExactly() {
        int m = 784;
        double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            // decreasing, with s_i^2 > 8 exactly for i < 706 (0-based), and the last two numerically zero
            s[i] = i < 706 ? 100.0 - i * 0.1 : (i < 782 ? 2.0 - (i - 706) * 0.01 : 0.0);
        }
        List<FashionCensus.ClosedForm> cf = FashionCensus.closedForm(s, m, 9, 8.0, List.of(LossKind.L, LossKind.L_PI, LossKind.L_SIGMA));
        assertThat(cf).hasSize(3);
        assertThat(cf.get(0).universe()).isEqualTo(782);
        assertThat(cf.get(0).universeName()).isEqualTo("rank");
        assertThat(cf.get(0).census().components()).isEqualTo(binomSum(782, 9));
        assertThat(cf.get(2).universe()).isEqualTo(706);
        assertThat(cf.get(2).census().components()).isEqualTo(binomSum(706, 9));
        for (FashionCensus.ClosedForm c : cf) {
            assertThat(c.census().minima()).as(c.kind().label()).isEqualTo(BigInteger.ONE);
            assertThat(c.histogram().values().stream().reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(c.census().components());
        }
        // m0 = 706 >= k: the printed index agrees with the corrected one on l = k, so it also finds the one minimum {1..9}
        assertThat(cf.get(2).printedMinima()).isEqualTo(BigInteger.ONE);
    }
}
