package lae.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.RegularizedLaeLoss;
import lae.numeric.CriticalPointSolver;
import lae.numeric.HessianInertia;

/**
 * What the explorer measures at the end point of one Newton run: asymmetry, imbalance, the Hessian inertia
 * ({@link HessianInertia#of}), the component I read off W2 W1 in the singular basis and its product residual, the
 * singular values of W2 against each compression candidate, and the gauge probe (is (G W1, W2 G^-1) still critical?).
 */
public final class PointMeasurement {
    private PointMeasurement() {
    }

    static SyntheticExplorer.Point measure(RegularizedLaeLoss f, DataMatrix data, CriticalPointSolver.Result r, int start, TableOne predicted,
                  double[][] cand, double scaleC, Random rnd) {
        LaePoint p = r.point();
        int m = p.m();
        int k = p.k();
        double scale = 1 + p.norm();
        double asym = p.transposeGap() / scale;
        DMatrixRMaj a = new DMatrixRMaj(k, k);
        DMatrixRMaj b = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransB(p.w1, p.w1, a);
        CommonOps_DDRM.multTransA(p.w2, p.w2, b);
        CommonOps_DDRM.subtractEquals(a, b);
        double imbalance = NormOps_DDRM.normF(a) / (scale * scale);
        double value = f.value(p);
        if (!r.converged()) {
            return new SyntheticExplorer.Point(start, false, r.iterations(), r.gradientNorm(), value, asym, imbalance, 0, 0, 0, false,
                    Double.NaN, new int[0], Double.NaN, singular(p.w2), new double[cand.length], Double.NaN, Double.NaN, p, "-", r.reason());
        }
        // the one inertia path (EJML + Hipparchus, every retry inside HessianInertia); undecided stays undecided
        HessianInertia in = HessianInertia.of(f.hessian(p));
        // component: W' = U^T W2 W1 U, I = {i : W'_ii > t_i^2 / 2}
        DMatrixRMaj u = data.u();
        DMatrixRMaj w = p.product();
        DMatrixRMaj tmp = new DMatrixRMaj(m, m);
        DMatrixRMaj ws = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransA(u, w, tmp);
        CommonOps_DDRM.mult(tmp, u, ws);
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double t2 = predicted.productDiagonal(i);
            if (t2 > 0 && ws.get(i, i) > t2 / 2) {
                idx.add(i);
                ws.add(i, i, -t2);
            }
        }
        double productResidual = NormOps_DDRM.normF(ws) / scale;
        int[] set = idx.stream().mapToInt(i -> i + 1).toArray();
        double[] sv = singular(p.w2);
        double[] res = new double[cand.length];
        for (int c = 0; c < cand.length; c++) {
            double[] pred = new double[k];
            boolean real = true;
            for (int j = 0; j < idx.size() && j < k; j++) {
                pred[j] = cand[c][idx.get(j)];
                real &= Double.isFinite(pred[j]);
            }
            if (!real || idx.size() > k) {
                res[c] = Double.POSITIVE_INFINITY;
                continue;
            }
            double[] sorted = pred.clone();
            Arrays.sort(sorted);
            double worst = 0;
            for (int j = 0; j < k; j++) {
                worst = Math.max(worst, Math.abs(sorted[k - 1 - j] - sv[j]));
            }
            res[c] = worst;
        }
        // gauge probe: (G W1, W2 G^-1) for a random invertible G
        DMatrixRMaj g = CommonOps_DDRM.identity(k);
        for (int i = 0; i < k * k; i++) {
            g.data[i] += SyntheticExplorer.GAUGE_STRENGTH * rnd.nextGaussian() / Math.sqrt(k);
        }
        DMatrixRMaj gInv = new DMatrixRMaj(k, k);
        double probeGrad = Double.NaN;
        double probeAsym = Double.NaN;
        if (CommonOps_DDRM.invert(g, gInv)) {
            DMatrixRMaj w1 = new DMatrixRMaj(k, m);
            DMatrixRMaj w2 = new DMatrixRMaj(m, k);
            CommonOps_DDRM.mult(g, p.w1, w1);
            CommonOps_DDRM.mult(p.w2, gInv, w2);
            LaePoint q = new LaePoint(w1, w2);
            probeGrad = f.gradient(q).norm() / scaleC;
            probeAsym = q.transposeGap() / (1 + q.norm());
        }
        return new SyntheticExplorer.Point(start, true, r.iterations(), r.gradientNorm(), value, asym, imbalance,
                in == null ? -1 : in.negative(), in == null ? -1 : in.zero(), in == null ? -1 : in.positive(),
                in != null && in.decided(), in == null ? Double.NaN : in.margin(), set, productResidual, sv, res, probeGrad, probeAsym, p,
                "HessianInertia.of", r.reason());
    }

    static double[] singular(DMatrixRMaj a) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(a.numRows, a.numCols, false, false, true);
        if (!svd.decompose(a.copy())) {
            return new double[Math.min(a.numRows, a.numCols)];
        }
        double[] sv = svd.getSingularValues().clone();
        Arrays.sort(sv);
        for (int i = 0; i < sv.length / 2; i++) {
            double t = sv[i];
            sv[i] = sv[sv.length - 1 - i];
            sv[sv.length - 1 - i] = t;
        }
        return sv;
    }

}
