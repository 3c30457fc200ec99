package lae.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lae.landscape.IndexSet;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.SymmetricEigenvalues;

/**
 * The synthetic Table-1 blocks are proven, not assumed: for several configurations and weights, at every
 * I within {i : c_i &gt; lambda_sigma}, each block equals the principal submatrix of the dense Hessian of
 * {@link RegularizedLaeLoss} (singular basis, identity representative), the blocks cover every coordinate
 * once, every other dense entry is zero, and the closed-form gradient norm equals the dense gradient's.
 */
class SyntheticBlockHessianTest {

    @ParameterizedTest(name = "m={0} n={1} k={2} lambda={3} w={4}")
    @CsvSource({"4, 6, 2, 1.5, 0.5", "5, 7, 3, 2.0, 0.05", "6, 6, 4, 0.7, 1.0", "5, 8, 3, 5.0, 0.3"})
    void blocksAreExactlyTheDenseHessian(int m, int n, int k, double lambda, double w) {
        double[] s = new double[Math.min(m, n)];
        for (int i = 0; i < s.length; i++) {
            s[i] = 0.4 + 0.55 * (s.length - i) + 0.01 * i * i;
        }
        DataMatrix data = DataMatrix.fromSingularValues(s, m, n, 3).inSingularBasis();
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(LossKind.SYNTHETIC, lambda, w, data.covariance(), k);
        SyntheticBlockHessian bh = new SyntheticBlockHessian(data.singularValues(), k, lambda, w);
        int universe = bh.activeUniverse();
        assertThat(universe).isGreaterThan(0);
        int checked = 0;
        for (IndexSet set : IndexSet.allUpTo(universe, k)) {
            int[] zb = zeroBased(set);
            LaePoint p = bh.point(zb, zb.length);
            DMatrixRMaj h = loss.hessian(p);
            double scale = 0;
            for (double v : h.data) {
                scale = Math.max(scale, Math.abs(v));
            }
            // entries are sums of a few products of O(scale) numbers: 1e-12 relative is ~1e4 ulps
            double tol = 1e-12 * Math.max(1, scale);
            int[] covered = new int[h.numRows];
            DMatrixRMaj rest = h.copy();
            bh.forEachBlock(zb, zb.length, (cc, e, size) -> {
                for (int a = 0; a < size; a++) {
                    covered[cc[a]]++;
                    for (int b = 0; b < size; b++) {
                        assertThat(e[a * size + b]).as("I=%s block entry (%d,%d)", set, cc[a], cc[b])
                                .isCloseTo(h.get(cc[a], cc[b]), offset(tol));
                        rest.set(cc[a], cc[b], 0);
                    }
                }
            });
            assertThat(covered).as("I=%s coverage", set).containsOnly(1);
            for (double v : rest.data) {
                assertThat(Math.abs(v)).as("I=%s entry outside the blocks", set).isLessThanOrEqualTo(tol);
            }
            assertThat(loss.gradient(p).norm()).as("I=%s dense gradient", set).isLessThanOrEqualTo(tol);
            assertThat(bh.gradientNorm(zb, zb.length)).isCloseTo(loss.gradient(p).norm(), offset(tol));
            // block eigenvalues = dense eigenvalues
            double[] ev = new double[2 * k * m];
            bh.eigenvalues(zb, zb.length, ev);
            double[] ref = SymmetricEigenvalues.EJML.of(h);
            Arrays.sort(ev);
            Arrays.sort(ref);
            for (int i = 0; i < ev.length; i++) {
                assertThat(ev[i]).isCloseTo(ref[i], offset(1e-10 * Math.max(1, scale)));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void jacobiMatchesEjml() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            double[] a = new double[16];
            for (int i = 0; i < 4; i++) {
                for (int j = i; j < 4; j++) {
                    double v = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(5) - 2);
                    a[i * 4 + j] = v;
                    a[j * 4 + i] = v;
                }
            }
            double[] ref = SymmetricEigenvalues.EJML.of(new DMatrixRMaj(4, 4, true, a.clone()));
            double[] ev = new double[4];
            SyntheticBlockHessian.jacobi4(a.clone(), ev);
            Arrays.sort(ref);
            Arrays.sort(ev);
            double sc = Math.max(Math.abs(ref[0]), Math.abs(ref[3]));
            for (int i = 0; i < 4; i++) {
                assertThat(ev[i]).isCloseTo(ref[i], offset(1e-13 * sc));
            }
        }
    }

    @Test
    void rejectsNonPositiveWeight() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SyntheticBlockHessian(new double[] {2, 1}, 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static int[] zeroBased(IndexSet set) {
        int[] a = set.toArray();
        for (int i = 0; i < a.length; i++) {
            a[i]--;
        }
        return a;
    }
}
