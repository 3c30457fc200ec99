package lae.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.SymmetricEigenvalues;

/**
 * The block structure is proven, not assumed: for several configurations, every I and all three
 * losses, each block of {@link BlockHessian} equals the principal submatrix of the dense Hessian
 * (singular basis, identity representative), the blocks cover every coordinate exactly once, and
 * every dense entry outside the blocks is zero.
 */
class CensusBlockHessianTest {

    @ParameterizedTest(name = "m={0} n={1} k={2} lambda={3}")
    @CsvSource({"4, 6, 2, 1.5", "5, 7, 3, 2.0", "6, 6, 4, 0.7", "7, 9, 3, 5.0"})
    void blocksAreExactlyTheDenseHessian(int m, int n, int k, double lambda) {
        double[] s = new double[Math.min(m, n)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (s.length + 1 - i) / 2.0 + 0.13 * i * i / s.length;
        }
        Arrays.sort(s);
        for (int i = 0; i < s.length / 2; i++) {
            double t = s[i];
            s[i] = s[s.length - 1 - i];
            s[s.length - 1 - i] = t;
        }
        DataMatrix data = DataMatrix.fromSingularValues(s, m, n, 3).inSingularBasis();
        double[] sv = data.singularValues();
        int checked = 0;
        for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA}) {
            RegularizedLaeLoss loss = RegularizedLaeLoss.of(kind, lambda, data.covariance(), k);
            BlockHessian bh = new BlockHessian(kind, lambda, sv, k);
            int universe = kind == LossKind.L_SIGMA ? data.m0(lambda) : m;
            for (IndexSet set : IndexSet.allUpTo(universe, k)) {
                DMatrixRMaj rep = TableOne.representative(TableOne.Representative.IDENTITY, kind, k, set.size(), null);
                LaePoint p = TableOne.point(kind, data.u(), sv, lambda, set, rep);
                DMatrixRMaj h = loss.hessian(p);
                double scale = 0;
                for (double v : h.data) {
                    scale = Math.max(scale, Math.abs(v));
                }
                double tol = 1e-12 * Math.max(1, scale);
                int[] zeroBased = zeroBased(set);
                int[] covered = new int[h.numRows];
                DMatrixRMaj rest = h.copy();
                bh.forEachBlock(zeroBased, set.size(), (cc, e, size) -> {
                    for (int a = 0; a < size; a++) {
                        covered[cc[a]]++;
                        for (int b = 0; b < size; b++) {
                            assertThat(e[a * size + b]).as("%s I=%s block entry (%d,%d)", kind, set, cc[a], cc[b])
                                    .isCloseTo(h.get(cc[a], cc[b]), org.assertj.core.data.Offset.offset(tol));
                            rest.set(cc[a], cc[b], 0);
                        }
                    }
                });
                assertThat(covered).as("%s I=%s coverage", kind, set).containsOnly(1);
                for (double v : rest.data) {
                    assertThat(Math.abs(v)).as("%s I=%s entry outside the blocks", kind, set).isLessThanOrEqualTo(tol);
                }
                // closed-form gradient = dense gradient
                assertThat(bh.gradientNorm(zeroBased, set.size())).isCloseTo(loss.gradient(p).norm(),
                        org.assertj.core.data.Offset.offset(1e-12 * Math.max(1, scale)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void smallEigenSolversMatchEjml() {
        Random rnd = new Random(5);
        double[] out = new double[2];
        for (int trial = 0; trial < 500; trial++) {
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
            BlockHessian.jacobi4(a.clone(), ev);
            Arrays.sort(ref);
            Arrays.sort(ev);
            double sc = Math.max(Math.abs(ref[0]), Math.abs(ref[3]));
            for (int i = 0; i < 4; i++) {
                assertThat(ev[i]).isCloseTo(ref[i], org.assertj.core.data.Offset.offset(1e-13 * sc));
            }
            double x = rnd.nextGaussian();
            double y = rnd.nextGaussian() * 1e-3;
            double z = rnd.nextGaussian();
            BlockHessian.eigen2(x, y, z, out, 0);
            double[] r2 = SymmetricEigenvalues.EJML.of(new DMatrixRMaj(2, 2, true, x, y, y, z));
            Arrays.sort(r2);
            Arrays.sort(out);
            assertThat(out[0]).isCloseTo(r2[0], org.assertj.core.data.Offset.offset(1e-14 * Math.max(Math.abs(x), Math.abs(z)) + 1e-15));
            assertThat(out[1]).isCloseTo(r2[1], org.assertj.core.data.Offset.offset(1e-14 * Math.max(Math.abs(x), Math.abs(z)) + 1e-15));
        }
    }

    static int[] zeroBased(IndexSet set) {
        int[] a = set.toArray();
        for (int i = 0; i < a.length; i++) {
            a[i]--;
        }
        return a;
    }
}
