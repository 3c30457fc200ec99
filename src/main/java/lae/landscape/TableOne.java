package lae.landscape;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

import lae.model.LaePoint;
import lae.model.LossKind;

/**
 * The critical points of Table 1 (Theorem 3.1). For an index set I with |I| = l &lt;= k,
 * U_I = [u_{i_1} ... u_{i_l}] (m x l; printed as k x l, see claim C21) and
 * Sigma_I = diag(s_{i_1}, ..., s_{i_l}):
 * <pre>
 *   L:       W2 = U_I G^+,                               W1 = G U_I^T,                          G in F_I
 *   L_pi:    W2 = U_I (I + lambda Sigma_I^-2)^-1/2 G^+,  W1 = G (I + lambda Sigma_I^-2)^-1/2 U_I^T
 *   L_sigma: W2 = U_I (I - lambda Sigma_I^-2)^1/2 O^T,   W1 = O (I - lambda Sigma_I^-2)^1/2 U_I^T,  O in V_I
 * </pre>
 * where F_I (V_I) are the k x l matrices with independent (orthonormal) columns and
 * G^+ = (G^T G)^-1 G^T.
 */
public final class TableOne {
    private TableOne() {
    }

    /** Which representative of F_I / V_I to use. */
    public enum Representative {
        /** G = O = [I_l; 0]. */
        IDENTITY,
        /** G with N(0,1) entries; O = Q factor of such a G. */
        RANDOM
    }

    /** Whether Table 1 defines a point: for L_sigma it needs s_i^2 &gt; lambda for every i in I (I within {1..m0}). */
    public static boolean exists(LossKind kind, double[] s, double lambda, IndexSet idx) {
        if (kind != LossKind.L_SIGMA) {
            return true;
        }
        for (int i : idx.toArray()) {
            if (!(s[i - 1] * s[i - 1] > lambda)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The diagonal a_j of the compression in Table 1: 1 for L, (1 + lambda/s^2)^-1/2 for L_pi,
     * (1 - lambda/s^2)^1/2 for L_sigma (NaN where it is not real).
     */
    public static double[] compression(LossKind kind, double[] s, double lambda, IndexSet idx) {
        double[] a = new double[idx.size()];
        for (int j = 0; j < a.length; j++) {
            double c = s[idx.get(j + 1) - 1];
            c = c * c;
            switch (kind) {
                case L: a[j] = 1; break;
                case L_PI: a[j] = 1 / Math.sqrt(1 + lambda / c); break;
                case L_SIGMA: a[j] = Math.sqrt(1 - lambda / c); break;
                default: throw new IllegalArgumentException("Table 1 has no row for " + kind);
            }
        }
        return a;
    }

    /** The diagonal p_j = a_j^2 of W2 W1 = U_I diag(p) U_I^T at every point of the component. */
    public static double[] productDiagonal(LossKind kind, double[] s, double lambda, IndexSet idx) {
        double[] a = compression(kind, s, lambda, idx);
        for (int j = 0; j < a.length; j++) {
            a[j] = a[j] * a[j];
        }
        return a;
    }

    public static DMatrixRMaj representative(Representative r, LossKind kind, int k, int l, Random rnd) {
        DMatrixRMaj g = new DMatrixRMaj(k, l);
        if (r == Representative.IDENTITY) {
            for (int j = 0; j < l; j++) {
                g.set(j, j, 1);
            }
            return g;
        }
        for (int i = 0; i < g.data.length; i++) {
            g.data[i] = rnd.nextGaussian();
        }
        if (kind == LossKind.L_SIGMA && l > 0) {
            QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(k, l);
            qr.decompose(g);
            return qr.getQ(null, true);
        }
        return g;
    }

    /** U_I: the columns i_1..i_l of U (m x l). */
    public static DMatrixRMaj columns(DMatrixRMaj u, IndexSet idx) {
        DMatrixRMaj ui = new DMatrixRMaj(u.numRows, idx.size());
        for (int j = 0; j < idx.size(); j++) {
            int c = idx.get(j + 1) - 1;
            for (int i = 0; i < u.numRows; i++) {
                ui.set(i, j, u.get(i, c));
            }
        }
        return ui;
    }

    /** G^+ = (G^T G)^-1 G^T for G with independent columns (for O in V_I this is O^T). */
    public static DMatrixRMaj pseudoInverse(DMatrixRMaj g) {
        DMatrixRMaj p = new DMatrixRMaj(g.numCols, g.numRows);
        if (g.numCols == 0) {
            return p;
        }
        CommonOps_DDRM.pinv(g, p);
        return p;
    }

    /** The Table-1 point of {@code kind} for I, data directions U (m x m), singular values s, representative G or O. */
    public static LaePoint point(LossKind kind, DMatrixRMaj u, double[] s, double lambda, IndexSet idx, DMatrixRMaj rep) {
        int m = u.numRows;
        int k = rep.numRows;
        int l = idx.size();
        double[] a = compression(kind, s, lambda, idx);
        DMatrixRMaj ui = columns(u, idx);
        DMatrixRMaj uia = ui.copy();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < l; j++) {
                uia.set(i, j, ui.get(i, j) * a[j]);
            }
        }
        DMatrixRMaj left = kind == LossKind.L_SIGMA ? transpose(rep) : pseudoInverse(rep);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        if (l > 0) {
            CommonOps_DDRM.mult(uia, left, w2);
            CommonOps_DDRM.multTransB(rep, uia, w1);
        }
        return new LaePoint(w1, w2);
    }

    private static DMatrixRMaj transpose(DMatrixRMaj a) {
        DMatrixRMaj t = new DMatrixRMaj(a.numCols, a.numRows);
        CommonOps_DDRM.transpose(a, t);
        return t;
    }
}
