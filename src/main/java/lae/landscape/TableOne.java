package lae.landscape;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.LossMember;

/**
 * The predicted critical points of a member of the loss family: Table 1 (Theorem 3.1) and its generalisation to the
 * synthetic member, the one construction of them in the toolkit. For an index set I with |I| = l &lt;= k,
 * U_I = [u_{i_1} ... u_{i_l}] (m x l; printed as k x l, see claim C21), c_i = s_i^2 and A = diag(a_{i_1}, ..., a_{i_l}):
 * <pre>
 *   W2 = U_I A G^+,  W1 = G A U_I^T,   G in F_I   (no sum weight: L, L_pi; GL_k symmetry)
 *   W2 = U_I A O^T,  W1 = O A U_I^T,   O in V_I   (a sum weight: L_sigma, L_synthetic(w &gt; 0); O(k) symmetry)
 * </pre>
 * where F_I (V_I) are the k x l matrices with independent (orthonormal) columns and G^+ = (G^T G)^-1 G^T. The
 * compression a_i is computed as each member's row states it:
 * <pre>
 *   L: 1,   L_pi: (1 + lambda/c_i)^-1/2,   L_sigma: (1 - lambda/c_i)^1/2,
 *   L_synthetic(w): t_i = (t_i^2)^1/2,  t_i^2 = (c_i - lambda_sigma) / (c_i + lambda_pi)
 * </pre>
 * (the last the 1-D law of {@code proofs/critical_1d.m} per singular value, critical by
 * {@code proofs/synthetic_table1.m}; it is each of the three others at lambda_sigma, lambda_pi = 0 or w = 0, 1, up to
 * rounding). The product W2 W1 = U_I diag(p) U_I^T has the {@link #productDiagonal(int) diagonal} p_i = a_i^2 (for the
 * synthetic member t_i^2 itself). A coordinate i can be in I when c_i &gt; lambda_sigma for a member with a sum weight
 * (I within {1..m0}), always otherwise. Members given by unit weights ({@link LossMember#withUnitWeights}) have no
 * Table 1 here yet: the unit weights break the O(k) symmetry whose orbits these components are, so the construction
 * refuses them (the extension point of {@link LossMember}).
 */
public final class TableOne {

    /** Which representative of F_I / V_I to use. */
    public enum Representative {
        /** G = O = [I_l; 0]. */
        IDENTITY,
        /** G with N(0,1) entries; O = Q factor of such a G. */
        RANDOM
    }

    private final LossMember member;
    private final double[] s;
    private final double[] a;
    private final double[] p;

    private TableOne(LossMember member, double[] singularValues) {
        if (!member.uniform()) {
            throw new IllegalArgumentException("Table 1 of " + member.describe()
                    + " (one sum weight per unit) is not derived yet; the uniform members have one");
        }
        this.member = member;
        this.s = singularValues.clone();
        int m = s.length;
        this.a = new double[m];
        this.p = new double[m];
        LossKind kind = member.kind();
        double lambda = member.lambda();
        double ls = member.lambdaSigma();
        for (int i = 0; i < m; i++) {
            double c = s[i] * s[i];
            switch (kind) {
                case L: a[i] = 1; break;
                case L_PI: a[i] = 1 / Math.sqrt(1 + lambda / c); break;
                case L_SIGMA: a[i] = Math.sqrt(1 - lambda / c); break;
                default:
                    p[i] = c > ls ? (c - ls) / (c + member.lambdaPi()) : Double.NaN;
                    a[i] = Math.sqrt(p[i]);
                    continue;
            }
            p[i] = a[i] * a[i];
        }
    }

    /**
     * The predicted critical points of {@code member} for data with singular values s_1 &gt;= ... &gt;= s_m.
     *
     * @throws IllegalArgumentException for a member given by unit weights (no Table 1 derived)
     */
    public static TableOne of(LossMember member, double[] singularValues) {
        return new TableOne(member, singularValues);
    }

    /** The member whose critical points these are. */
    public LossMember member() {
        return member;
    }

    /** m, the number of singular values. */
    public int m() {
        return s.length;
    }

    /** c_i = s_i^2 (0-based i). */
    public double covariance(int i) {
        return s[i] * s[i];
    }

    /** The compression a_i of the class comment (0-based i; NaN where it is not real). */
    public double compression(int i) {
        return a[i];
    }

    /** p_i = a_i^2, the diagonal of W2 W1 in the singular basis on I (for the synthetic member t_i^2 as computed). */
    public double productDiagonal(int i) {
        return p[i];
    }

    /** Whether Table 1 defines a point for I: with a sum weight every i in I needs c_i &gt; lambda_sigma (I within {1..m0}). */
    public boolean exists(IndexSet idx) {
        double ls = member.lambdaSigma();
        if (member.kind() != LossKind.L_SIGMA && ls == 0) {
            return true;
        }
        for (int i : idx.toArray()) {
            if (!(covariance(i - 1) > ls)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The universe u of the components a census enumerates (every I within {1..u}, |I| &lt;= k): the largest i with
     * c_i &gt; lambda_sigma for a member with a sum weight (m0), else the largest i with s_i &gt; 0 (the rank).
     */
    public int universe() {
        double ls = member.lambdaSigma();
        boolean sum = member.kind() == LossKind.L_SIGMA || ls != 0;
        int u = 0;
        for (int i = 0; i < s.length; i++) {
            if (sum ? covariance(i) > ls : s[i] > 0) {
                u = i + 1;
            }
        }
        return u;
    }

    /** Whether the representatives are orthonormal (V_I: a sum weight, or L_sigma as printed) rather than any full-rank G. */
    public boolean orthonormalRepresentatives() {
        return member.kind() == LossKind.L_SIGMA || !member.glSymmetric();
    }

    /** A representative G (or O) of F_I (V_I), k x l: the identity, or random from {@code rnd}. */
    public DMatrixRMaj representative(Representative r, int k, int l, Random rnd) {
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
        if (orthonormalRepresentatives() && l > 0) {
            QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(k, l);
            qr.decompose(g);
            return qr.getQ(null, true);
        }
        return g;
    }

    /** The point of I for data directions U (m x m; the identity in the singular basis) and representative G or O (k x l). */
    public LaePoint point(DMatrixRMaj u, IndexSet idx, DMatrixRMaj rep) {
        int m = u.numRows;
        int k = rep.numRows;
        int l = idx.size();
        DMatrixRMaj ui = columns(u, idx);
        DMatrixRMaj uia = ui.copy();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < l; j++) {
                uia.set(i, j, ui.get(i, j) * a[idx.get(j + 1) - 1]);
            }
        }
        DMatrixRMaj left = orthonormalRepresentatives() ? transpose(rep) : pseudoInverse(rep);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        if (l > 0) {
            CommonOps_DDRM.mult(uia, left, w2);
            CommonOps_DDRM.multTransB(rep, uia, w1);
        }
        return new LaePoint(w1, w2);
    }

    /**
     * The point of I = set[0..l) (0-based, increasing) in the singular basis with the identity representative:
     * W1[r, i_r] = W2[i_r, r] = a_{i_r}, every other entry 0.
     */
    public LaePoint point(int[] set, int l, int k) {
        DMatrixRMaj w1 = new DMatrixRMaj(k, s.length);
        DMatrixRMaj w2 = new DMatrixRMaj(s.length, k);
        for (int r = 0; r < l; r++) {
            w1.set(r, set[r], a[set[r]]);
            w2.set(set[r], r, a[set[r]]);
        }
        return new LaePoint(w1, w2);
    }

    /** Whether Table 1 of L, L_pi or L_sigma at lambda defines a point for I ({@link #exists(IndexSet)}). */
    public static boolean exists(LossKind kind, double[] s, double lambda, IndexSet idx) {
        return of(LossMember.of(kind, lambda), s).exists(idx);
    }

    /** The compressions a_j, j = 1..l, of L, L_pi or L_sigma at lambda on I (NaN where not real). */
    public static double[] compression(LossKind kind, double[] s, double lambda, IndexSet idx) {
        TableOne t = of(LossMember.of(kind, lambda), s);
        double[] out = new double[idx.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = t.compression(idx.get(j + 1) - 1);
        }
        return out;
    }

    /** A representative of L, L_pi or L_sigma's F_I / V_I ({@link #representative(Representative, int, int, Random)}). */
    public static DMatrixRMaj representative(Representative r, LossKind kind, int k, int l, Random rnd) {
        return of(LossMember.of(kind, 0), new double[0]).representative(r, k, l, rnd);
    }

    /** The point of L, L_pi or L_sigma at lambda ({@link #point(DMatrixRMaj, IndexSet, DMatrixRMaj)}). */
    public static LaePoint point(LossKind kind, DMatrixRMaj u, double[] s, double lambda, IndexSet idx, DMatrixRMaj rep) {
        return of(LossMember.of(kind, lambda), s).point(u, idx, rep);
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

    /** G^+ = (G^T G)^-1 G^T for G with independent columns (EJML's pseudo-inverse; for O in V_I this is O^T). */
    public static DMatrixRMaj pseudoInverse(DMatrixRMaj g) {
        DMatrixRMaj p = new DMatrixRMaj(g.numCols, g.numRows);
        if (g.numCols == 0) {
            return p;
        }
        CommonOps_DDRM.pinv(g, p);
        return p;
    }

    private static DMatrixRMaj transpose(DMatrixRMaj a) {
        DMatrixRMaj t = new DMatrixRMaj(a.numCols, a.numRows);
        CommonOps_DDRM.transpose(a, t);
        return t;
    }
}
