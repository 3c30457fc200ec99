package lae.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import lae.model.LossKind;
import lae.symbolic.ExactInertia.Inertia;

/** Exact inertia against known matrices, the numeric engine and the block formulas. */
class ExactInertiaTest {

    static BigFraction[][] m(long[][] a) {
        BigFraction[][] r = new BigFraction[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                r[i][j] = new BigFraction(a[i][j]);
            }
        }
        return r;
    }

    @Test
    void knownMatrices() {
        assertThat(ExactInertia.of(m(new long[][] {{0, 1}, {1, 0}}))).isEqualTo(new Inertia(1, 0, 1));
        assertThat(ExactInertia.of(m(new long[][] {{0, 0}, {0, 0}}))).isEqualTo(new Inertia(0, 2, 0));
        assertThat(ExactInertia.of(m(new long[][] {{1, 1}, {1, 1}}))).isEqualTo(new Inertia(0, 1, 1));
        assertThat(ExactInertia.of(m(new long[][] {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}))).isEqualTo(new Inertia(0, 0, 3));
        assertThat(ExactInertia.of(m(new long[][] {{0, 0, 1}, {0, -3, 0}, {1, 0, 0}}))).isEqualTo(new Inertia(2, 0, 1));
    }

    /** Random symmetric integer matrices A = B D B^T with known inertia of D (B unimodular-ish random). */
    @Test
    void sylvesterOnCongruentMatrices() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 30; trial++) {
            int n = 2 + rnd.nextInt(6);
            long[] d = new long[n];
            int neg = 0;
            int zero = 0;
            for (int i = 0; i < n; i++) {
                d[i] = rnd.nextInt(5) - 2;
                if (d[i] < 0) {
                    neg++;
                } else if (d[i] == 0) {
                    zero++;
                }
            }
            long[][] b = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    b[i][j] = i == j ? 1 : (j < i ? rnd.nextInt(5) - 2 : 0); // unit lower triangular: invertible
                }
            }
            long[][] a = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int t = 0; t < n; t++) {
                        a[i][j] += b[i][t] * d[t] * b[j][t];
                    }
                }
            }
            assertThat(ExactInertia.of(m(a))).isEqualTo(new Inertia(neg, zero, n - neg - zero));
        }
    }

    static BigFraction q(long p, long r) {
        return new BigFraction(p, r);
    }

    /** Exact inertia = numeric (EJML) inertia = block formula at every Table-1 point of two configurations. */
    @Test
    void exactNumericAndBlockInertiaAgree() {
        BigFraction[] c = {q(169, 25), q(289, 64), q(25, 9), q(9, 16), q(1, 4)}; // s = 13/5, 17/8, 5/3, 3/4, 1/2
        BigFraction lambda = BigFraction.ONE;
        int checked = 0;
        for (int[] mk : new int[][] {{5, 2}, {4, 3}, {3, 2}}) {
            int m = mk[0];
            int k = mk[1];
            BigFraction[] cm = java.util.Arrays.copyOf(c, m);
            for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA}) {
                for (int[] set : subsets(kind == LossKind.L_SIGMA ? Math.min(m, 3) : m, k)) {
                    BigFraction[][][] p = ExactLae.table1Point(kind, cm, k, set, lambda, q(1, 2));
                    BigFraction[] l = ExactLae.lambdas(kind, lambda, q(1, 2));
                    BigFraction[][] cc = RationalMatrices.zeros(m, m);
                    for (int i = 0; i < m; i++) {
                        cc[i][i] = cm[i];
                    }
                    ExactLae f = new ExactLae(cc, k, l[0], l[1]);
                    for (BigFraction g : f.gradient(p[0], p[1])) {
                        assertThat(g).isEqualTo(BigFraction.ZERO);
                    }
                    Inertia exact = ExactInertia.of(f.hessian(p[0], p[1]));
                    double[] num = ProofFunctions.numericInertia(kind, cm, lambda, q(1, 2), k, set);
                    assertThat(new Inertia((int) num[0], (int) num[1], (int) num[2])).as("%s m=%d k=%d I=%s", kind, m, k,
                            java.util.Arrays.toString(set)).isEqualTo(exact);
                    assertThat(num[3]).as("numeric margin").isGreaterThan(1e3);
                    assertThat(BlockInertiaFormulas.inertia(kind, cm, lambda, q(1, 2), k, set)).isEqualTo(exact);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    static List<int[]> subsets(int m, int k) {
        List<int[]> out = new ArrayList<>();
        for (int mask = 0; mask < (1 << m); mask++) {
            if (Integer.bitCount(mask) > k) {
                continue;
            }
            int[] s = new int[Integer.bitCount(mask)];
            int t = 0;
            for (int i = 0; i < m; i++) {
                if ((mask & (1 << i)) != 0) {
                    s[t++] = i + 1;
                }
            }
            out.add(s);
        }
        return out;
    }

    @Test
    void blockFormulaClosedForms() {
        // L_sigma with m0 < m and l < k: index d_I + (k-l)(m0-l), below the printed d_I + (k-l)(m-l)
        BigFraction[] c = {q(169, 25), q(289, 64), q(9, 16), q(1, 4)};
        int[] set = {2};
        assertThat(BlockInertiaFormulas.index(LossKind.L_SIGMA, c, BigFraction.ONE, q(1, 2), 2, set)).isEqualTo(1 + 1 * (2 - 1));
        assertThat(BlockInertiaFormulas.printedIndex(4, 2, set)).isEqualTo(1 + 1 * 3);
        assertThat(BlockInertiaFormulas.nullity(LossKind.L, c, BigFraction.ONE, q(1, 2), 2, set)).isEqualTo(2 * 2 * 1 - 1);
        assertThat(BlockInertiaFormulas.printedNullity(LossKind.L, 2, 1)).isEqualTo(2);
        assertThat(BlockInertiaFormulas.nullity(LossKind.L_SIGMA, c, BigFraction.ONE, q(1, 2), 2, set)).isEqualTo(2 - 1);
    }
}
