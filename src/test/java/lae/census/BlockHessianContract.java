package lae.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossMember;
import lae.model.RegularizedLaeLoss;
import lae.numeric.SymmetricEigenvalues;

/**
 * The contract of {@link BlockHessian} for one member of the loss family (EJML's manner: this abstract class holds the
 * tests, one subclass per member): on several configurations, at the point of every predicted component
 * ({@link TableOne}, singular basis, identity representative), each block equals the principal submatrix of the dense
 * Hessian of {@link RegularizedLaeLoss}, the blocks cover every coordinate exactly once, every dense entry outside them
 * is zero, the point is critical with the closed-form gradient norm equal to the dense one, and the block eigenvalues
 * are the dense ones.
 */
abstract class BlockHessianContract {

    /** The member under test at total weight lambda. */
    abstract LossMember member(double lambda);

    /** Decreasing singular values with distinct squares, none equal to the weights used below. */
    static double[] spectrum(int r) {
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            s[i] = 0.4 + 0.55 * (r - i) + 0.013 * i * i;
        }
        return s;
    }

    @ParameterizedTest(name = "m={0} n={1} k={2} lambda={3}")
    @CsvSource({"4, 6, 2, 1.5", "5, 7, 3, 2.0", "6, 6, 4, 0.7", "7, 9, 3, 5.0"})
    void blocksAreExactlyTheDenseHessian(int m, int n, int k, double lambda) {
        DataMatrix data = DataMatrix.fromSingularValues(spectrum(Math.min(m, n)), m, n, 3).inSingularBasis();
        LossMember member = member(lambda);
        TableOne table = TableOne.of(member, data.singularValues());
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(member, data.covariance(), k);
        BlockHessian bh = new BlockHessian(table, k);
        int checked = 0;
        for (IndexSet set : IndexSet.allUpTo(table.universe(), k)) {
            int[] zb = zeroBased(set);
            LaePoint p = table.point(data.u(), set, table.representative(TableOne.Representative.IDENTITY, k, set.size(), null));
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
                        assertThat(e[a * size + b]).as("%s I=%s block entry (%d,%d)", member, set, cc[a], cc[b])
                                .isCloseTo(h.get(cc[a], cc[b]), offset(tol));
                        rest.set(cc[a], cc[b], 0);
                    }
                }
            });
            assertThat(covered).as("%s I=%s coverage", member, set).containsOnly(1);
            for (double v : rest.data) {
                assertThat(Math.abs(v)).as("%s I=%s entry outside the blocks", member, set).isLessThanOrEqualTo(tol);
            }
            assertThat(loss.gradient(p).norm()).as("%s I=%s dense gradient", member, set).isLessThanOrEqualTo(tol);
            assertThat(bh.gradientNorm(zb, zb.length)).isCloseTo(loss.gradient(p).norm(), offset(tol));
            // the direct construction of the same point
            LaePoint q = table.point(zb, zb.length, k);
            DMatrixRMaj d = q.w1.copy();
            CommonOps_DDRM.subtractEquals(d, p.w1);
            assertThat(CommonOps_DDRM.elementMaxAbs(d)).isLessThanOrEqualTo(1e-14);
            double[] ev = new double[bh.dimension()];
            bh.eigenvalues(zb, zb.length, ev);
            double[] ref = SymmetricEigenvalues.EJML.of(h);
            Arrays.sort(ev);
            Arrays.sort(ref);
            for (int i = 0; i < ev.length; i++) {
                assertThat(ev[i]).as("%s I=%s eigenvalue %d", member, set, i).isCloseTo(ref[i], offset(1e-10 * Math.max(1, scale)));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    static int[] zeroBased(IndexSet set) {
        int[] a = set.toArray();
        for (int i = 0; i < a.length; i++) {
            a[i]--;
        }
        return a;
    }
}
