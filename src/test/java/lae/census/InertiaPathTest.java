package lae.census;

import org.junit.jupiter.api.Nested;

import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossMember;
import lae.model.RegularizedLaeLoss;
import lae.numeric.HessianInertia;
import lae.numeric.Inertia;

/**
 * {@link InertiaPathContract} for the three ways the toolkit classifies a predicted component: the census's exact blocks
 * ({@link BlockHessian}, {@link Inertia#of}), the dense Hessian in the singular basis and the dense Hessian in the data's
 * original coordinates (both {@link HessianInertia#of}: EJML and Hipparchus, with their retries).
 */
class InertiaPathTest {

    static InertiaPathContract.Counts of(HessianInertia h) {
        return new InertiaPathContract.Counts(h.negative(), h.zero(), h.positive(), h.decided());
    }

    static HessianInertia dense(LossMember member, DataMatrix data, int k, IndexSet set) {
        TableOne table = TableOne.of(member, data.singularValues());
        LaePoint p = table.point(data.u(), set, table.representative(TableOne.Representative.IDENTITY, k, set.size(), null));
        return HessianInertia.of(RegularizedLaeLoss.of(member, data.covariance(), k).hessian(p));
    }

    @Nested
    class Blocks extends InertiaPathContract {
        @Override
        Counts inertia(LossMember member, DataMatrix data, int k, IndexSet set) {
            BlockHessian bh = new BlockHessian(TableOne.of(member, data.singularValues()), k);
            double[] ev = new double[bh.dimension()];
            int[] zb = BlockHessianContract.zeroBased(set);
            bh.eigenvalues(zb, zb.length, ev);
            Inertia in = Inertia.of(ev);
            return new Counts(in.negative(), in.zero(), in.positive(), in.decided());
        }
    }

    @Nested
    class DenseInTheSingularBasis extends InertiaPathContract {
        @Override
        Counts inertia(LossMember member, DataMatrix data, int k, IndexSet set) {
            return of(dense(member, data.inSingularBasis(), k, set));
        }
    }

    @Nested
    class DenseInOriginalCoordinates extends InertiaPathContract {
        @Override
        Counts inertia(LossMember member, DataMatrix data, int k, IndexSet set) {
            return of(dense(member, data, k, set));
        }
    }
}
