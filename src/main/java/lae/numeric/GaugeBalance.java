package lae.numeric;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import lae.model.LaePoint;
import lae.model.SymmetricPart;

/**
 * Gauge fixing for the GL_k symmetry of L and L_pi (Section 1: L(W1, W2) = L(M W1, W2 M^-1)):
 * the invertible M with (M W1)(M W1)^T = (W2 M^-1)^T (W2 M^-1), i.e. with P = W1 W1^T + delta I and
 * Q = W2^T W2 + delta I, M = S^{1/2} where S = P^{-1/2} (P^{1/2} Q P^{1/2})^{1/2} P^{-1/2} solves
 * S P S = Q. The move keeps W2 W1, hence the value of every loss without the lambda_sigma term, and
 * maps critical points to critical points; Newton converges faster from balanced points because
 * the GL orbits through them are not stretched. The small delta keeps M invertible at rank-deficient
 * points.
 */
public final class GaugeBalance {
    private GaugeBalance() {
    }

    /**
     * The balanced point (M W1, W2 M^-1) of the class comment: W1 W1^T = W2^T W2 up to the small delta, W2 W1
     * unchanged.
     */
    public static LaePoint balance(LaePoint p) {
        DMatrixRMaj[] t = transform(p);
        return apply(t[0], t[1], p);
    }

    /** (M W1, W2 M^-1). */
    public static LaePoint apply(DMatrixRMaj mm, DMatrixRMaj mInv, LaePoint p) {
        DMatrixRMaj w1 = new DMatrixRMaj(p.k(), p.m());
        DMatrixRMaj w2 = new DMatrixRMaj(p.m(), p.k());
        CommonOps_DDRM.mult(mm, p.w1, w1);
        CommonOps_DDRM.mult(p.w2, mInv, w2);
        return new LaePoint(w1, w2);
    }

    /** The balancing element and its inverse, {M, M^-1}, with balance(p) = (M W1, W2 M^-1). */
    public static DMatrixRMaj[] transform(LaePoint p) {
        int k = p.k();
        DMatrixRMaj pm = new DMatrixRMaj(k, k);
        DMatrixRMaj qm = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransB(p.w1, p.w1, pm);
        CommonOps_DDRM.multTransA(p.w2, p.w2, qm);
        double delta = 1e-10 * (CommonOps_DDRM.trace(pm) + CommonOps_DDRM.trace(qm)) + 1e-300;
        for (int i = 0; i < k; i++) {
            pm.add(i, i, delta);
            qm.add(i, i, delta);
        }
        DMatrixRMaj ph = power(pm, 0.5);
        DMatrixRMaj phInv = power(pm, -0.5);
        DMatrixRMaj t = new DMatrixRMaj(k, k);
        DMatrixRMaj inner = new DMatrixRMaj(k, k);
        CommonOps_DDRM.mult(ph, qm, t);
        CommonOps_DDRM.mult(t, ph, inner);
        DMatrixRMaj root = power(inner, 0.5);
        DMatrixRMaj s = new DMatrixRMaj(k, k);
        CommonOps_DDRM.mult(phInv, root, t);
        CommonOps_DDRM.mult(t, phInv, s);
        return new DMatrixRMaj[] {power(s, 0.5), power(s, -0.5)};
    }

    /** A^e for symmetric positive definite A, by its eigen-decomposition. */
    static DMatrixRMaj power(DMatrixRMaj a, double e) {
        int k = a.numRows;
        DMatrixRMaj sym = SymmetricPart.inPlace(a.copy());
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, true, true);
        if (!eig.decompose(sym)) {
            throw new ArithmeticException("eigen-decomposition failed in gauge balancing");
        }
        DMatrixRMaj out = new DMatrixRMaj(k, k);
        for (int i = 0; i < k; i++) {
            double lam = Math.max(eig.getEigenvalue(i).getReal(), Double.MIN_NORMAL);
            double f = Math.pow(lam, e);
            DMatrixRMaj v = eig.getEigenVector(i);
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    out.add(r, c, f * v.get(r) * v.get(c));
                }
            }
        }
        return out;
    }
}
