package lae.explore;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lae.model.LaePoint;

/** Distances between a point and the critical points found: modulo O(k) (orthogonal Procrustes) and of the products. */
public final class OrbitDistance {
    private OrbitDistance() {
    }

    /** Critical points with pairwise different W2 W1 (relative 1e-6): one per component orbit seen. */
    static List<LaePoint> distinct(List<SyntheticExplorer.Point> pts) {
        List<LaePoint> out = new ArrayList<>();
        List<DMatrixRMaj> prods = new ArrayList<>();
        for (SyntheticExplorer.Point p : pts) {
            DMatrixRMaj w = p.point().product();
            boolean seen = false;
            for (DMatrixRMaj q : prods) {
                DMatrixRMaj d = w.copy();
                CommonOps_DDRM.subtractEquals(d, q);
                if (NormOps_DDRM.normF(d) <= 1e-6 * (1 + NormOps_DDRM.normF(q))) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                prods.add(w);
                out.add(p.point());
            }
        }
        return out;
    }

    /**
     * Distance from Adam's theta = (W1, W2^T) to the nearest critical point found, modulo O(k)
     * (the symmetry W1 -&gt; O W1, W2 -&gt; W2 O^T of L~): min_O ||O A - B||_F with A = [W1 | W2^T],
     * B = [W1* | W2*^T] is attained at O = U V^T, B A^T = U S V^T (orthogonal Procrustes); and the
     * gauge-free distance ||W2 W1 - W2* W1*||_F of the products.
     */
    static double[] nearest(double[] theta, int k, int m, List<LaePoint> targets) {
        int km = k * m;
        DMatrixRMaj a = new DMatrixRMaj(k, 2 * m);
        for (int r = 0; r < k; r++) {
            for (int j = 0; j < m; j++) {
                a.set(r, j, theta[r * m + j]);
                a.set(r, m + j, theta[km + r * m + j]);
            }
        }
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        for (int r = 0; r < k; r++) {
            for (int j = 0; j < m; j++) {
                w1.set(r, j, theta[r * m + j]);
                w2.set(j, r, theta[km + r * m + j]);
            }
        }
        DMatrixRMaj w = new DMatrixRMaj(m, m);
        CommonOps_DDRM.mult(w2, w1, w);
        double best = Double.POSITIVE_INFINITY;
        double bestProd = Double.POSITIVE_INFINITY;
        DMatrixRMaj b = new DMatrixRMaj(k, 2 * m);
        DMatrixRMaj bat = new DMatrixRMaj(k, k);
        for (LaePoint t : targets) {
            for (int r = 0; r < k; r++) {
                for (int j = 0; j < m; j++) {
                    b.set(r, j, t.w1.get(r, j));
                    b.set(r, m + j, t.w2.get(j, r));
                }
            }
            CommonOps_DDRM.multTransB(b, a, bat);
            // O = U V^T from B A^T = U S V^T; the distance computed directly (no cancellation in ||A||^2 + ||B||^2 - 2 tr S)
            SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(k, k, true, true, false);
            if (!svd.decompose(bat)) {
                continue;
            }
            DMatrixRMaj o = new DMatrixRMaj(k, k);
            CommonOps_DDRM.multTransB(svd.getU(null, false), svd.getV(null, false), o);
            DMatrixRMaj oa = new DMatrixRMaj(k, 2 * m);
            CommonOps_DDRM.mult(o, a, oa);
            CommonOps_DDRM.subtractEquals(oa, b);
            best = Math.min(best, NormOps_DDRM.normF(oa));
            DMatrixRMaj d = t.product();
            CommonOps_DDRM.subtractEquals(d, w);
            bestProd = Math.min(bestProd, NormOps_DDRM.normF(d));
        }
        return new double[] {best, bestProd};
    }

}
