package lae.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;

/** EJML against Hipparchus, blocks against dense, and the tolerance rule (the solver from Table-1 points: {@link CriticalPointSolverContract}). */
class InertiaTest {

    @Test
    void ejmlAndHipparchusAgreeOnRandomSymmetricMatricesWithKnownInertia() {
        Random r = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + r.nextInt(40);
            int neg = r.nextInt(n + 1);
            int zero = r.nextInt(n - neg + 1);
            // A = Q D Q^T with prescribed signs
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                double mag = 0.1 + r.nextDouble() * 10;
                d[i] = i < neg ? -mag : i < neg + zero ? 0 : mag;
            }
            DMatrixRMaj q = orthogonal(n, r);
            DMatrixRMaj a = new DMatrixRMaj(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int t = 0; t < n; t++) {
                        s += q.get(i, t) * d[t] * q.get(j, t);
                    }
                    a.set(i, j, s);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double v = 0.5 * (a.get(i, j) + a.get(j, i));
                    a.set(i, j, v);
                    a.set(j, i, v);
                }
            }
            HessianInertia h = HessianInertia.of(a);
            assertThat(h.solversAgree()).isTrue();
            assertThat(h.decided()).isTrue();
            assertThat(h.negative()).isEqualTo(neg);
            assertThat(h.zero()).isEqualTo(zero);
            assertThat(h.positive()).isEqualTo(n - neg - zero);
        }
    }

    @Test
    void tooSmallAGapIsUndecidedNotGuessed() {
        Inertia i = Inertia.of(new double[] {1.0, -1.0, 3e-8, 1e-8});
        assertThat(i.decided()).isFalse();
        Inertia j = Inertia.of(new double[] {1.0, -1.0, 1e-3, 1e-15});
        assertThat(j.decided()).isTrue();
        assertThat(j.zero()).isEqualTo(1);
    }

    @Test
    void blockPathEqualsDensePathAndBothLibrariesAgreeAtTableOnePoints() {
        double[] s = {3.0, 2.5, 2.0, 1.4, 1.0};
        DataMatrix x = DataMatrix.fromSingularValues(s, 5, 7, 9);
        DataMatrix b = x.inSingularBasis();
        for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA}) {
            RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, 1.5, x.covariance(), 3);
            RegularizedLaeLoss fb = RegularizedLaeLoss.of(kind, 1.5, b.covariance(), 3);
            for (IndexSet set : IndexSet.allUpTo(5, 3)) {
                if (!TableOne.exists(kind, s, 1.5, set)) {
                    continue;
                }
                var g = TableOne.representative(TableOne.Representative.IDENTITY, kind, 3, set.size(), new Random(1));
                HessianInertia dense = HessianInertia.of(f.hessian(TableOne.point(kind, x.u(), s, 1.5, set, g)));
                HessianInertia blocks = HessianInertia.of(fb.hessian(TableOne.point(kind, b.u(), s, 1.5, set, g)));
                assertThat(dense.decided()).as(kind + " " + set).isTrue();
                assertThat(blocks.decided()).isTrue();
                assertThat(blocks.blocks()).isGreaterThan(1);
                assertThat(dense.ejml().sameCounts(blocks.ejml())).as(kind + " " + set + " dense " + dense + " blocks " + blocks).isTrue();
                assertThat(dense.ejml().sameCounts(dense.hipparchus())).isTrue();
            }
        }
    }

    @Test
    void hipparchusStallIsRecoveredAndBothLibrariesStillDecide() {
        // Section 4.2's data, the L minimum I = {1..8} at a seeded random G: a Hessian with 64 zero
        // eigenvalues on which Hipparchus's plain symmetric QL stops with "convergence failed"
        double[] s = new double[20];
        for (int i = 0; i < 20; i++) {
            s[i] = (21.0 - (i + 1)) / 5;
        }
        DataMatrix x = DataMatrix.fromSingularValues(s, 20, 30, 42);
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossKind.L, 10, x.covariance(), 8);
        var g = TableOne.representative(TableOne.Representative.RANDOM, LossKind.L, 8, 8, new Random(0));
        DMatrixRMaj h = f.hessian(TableOne.point(LossKind.L, x.u(), s, 10, IndexSet.first(8), g));
        HessianInertia hi = HessianInertia.of(h);
        assertThat(hi.decided()).as(String.valueOf(hi.undecidedReason())).isTrue();
        assertThat(hi.negative()).isZero();
        assertThat(hi.zero()).isEqualTo(64);
        // the retry that decided it is recorded
        assertThat(hi.method()).startsWith(HessianInertia.DIRECT + "; on some blocks: ");
    }

    private static DMatrixRMaj orthogonal(int n, Random r) {
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        for (int i = 0; i < g.data.length; i++) {
            g.data[i] = r.nextGaussian();
        }
        var qr = org.ejml.dense.row.factory.DecompositionFactory_DDRM.qr(n, n);
        qr.decompose(g);
        return qr.getQ(null, false);
    }
}
