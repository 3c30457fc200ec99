package lae.train;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lae.model.LaePoint;
import lae.model.RegularizedLaeLoss;

/**
 * What the experiments measure on a trained point: singular value decompositions sorted in
 * descending order, |cos| between directions, the Table-1 minima of Theorem 3.1, the Hessian inertia
 * and the orthogonal Procrustes residual.
 */
public final class Analysis {
    private Analysis() {
    }

    /** A = U diag(s) V^T, thin (min(rows, cols) columns), s descending. */
    public record Svd(DMatrixRMaj u, double[] s, DMatrixRMaj v) {
    }

    /** The thin SVD of a, singular values sorted in descending order with their vectors. */
    public static Svd svd(DMatrixRMaj a) {
        int r = Math.min(a.numRows, a.numCols);
        SingularValueDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.svd(a.numRows, a.numCols, true, true, true);
        if (!d.decompose(a.copy())) {
            throw new IllegalStateException("SVD did not converge");
        }
        DMatrixRMaj u = d.getU(null, false);
        DMatrixRMaj v = d.getV(null, false);
        double[] s = Arrays.copyOf(d.getSingularValues(), r);
        Integer[] order = new Integer[r];
        for (int i = 0; i < r; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(s[y], s[x]));
        DMatrixRMaj us = new DMatrixRMaj(a.numRows, r);
        DMatrixRMaj vs = new DMatrixRMaj(a.numCols, r);
        double[] ss = new double[r];
        for (int c = 0; c < r; c++) {
            ss[c] = s[order[c]];
            for (int i = 0; i < a.numRows; i++) {
                us.set(i, c, u.get(i, order[c]));
            }
            for (int i = 0; i < a.numCols; i++) {
                vs.set(i, c, v.get(i, order[c]));
            }
        }
        return new Svd(us, ss, vs);
    }

    /** |cos| of the angle between column ca of a and column cb of b. */
    public static double absCos(DMatrixRMaj a, int ca, DMatrixRMaj b, int cb) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.numRows; i++) {
            double x = a.get(i, ca);
            double y = b.get(i, cb);
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        return Math.abs(dot) / Math.sqrt(na * nb);
    }

    /** The first {@code cols} columns of a. */
    public static DMatrixRMaj leading(DMatrixRMaj a, int cols) {
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, cols);
        CommonOps_DDRM.extract(a, 0, a.numRows, 0, cols, out, 0, 0);
        return out;
    }

    /** U_l diag(d) U_l^T for the first l = d.length columns of u. */
    public static DMatrixRMaj sandwich(DMatrixRMaj u, double[] d) {
        int m = u.numRows;
        DMatrixRMaj out = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double acc = 0;
                for (int c = 0; c < d.length; c++) {
                    acc += u.get(i, c) * d[c] * u.get(j, c);
                }
                out.set(i, j, acc);
            }
        }
        return out;
    }

    /** ||A - B||_F / ||B||_F. */
    public static double relativeDistance(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj d = a.copy();
        CommonOps_DDRM.subtractEquals(d, b);
        return NormOps_DDRM.normF(d) / NormOps_DDRM.normF(b);
    }

    /**
     * Inertia of the dense Hessian of {@code loss} at p: the one inertia path of the toolkit,
     * {@link lae.numeric.HessianInertia} (EJML and Hipparchus on the exact blocks, decided only when both
     * agree with margin &gt;= {@link lae.numeric.Inertia#MIN_MARGIN}).
     */
    public static lae.numeric.HessianInertia hessianInertia(RegularizedLaeLoss loss, LaePoint p) {
        return lae.numeric.HessianInertia.of(loss.hessian(p));
    }

    /** "(n-, n0, n+) margin M" or the reason it is undecided. */
    public static String describe(lae.numeric.HessianInertia h) {
        String counts = "(" + h.negative() + ", " + h.zero() + ", " + h.positive() + ")";
        String reason = h.undecidedReason();
        return reason == null ? counts + " negative/zero/positive, margin " + lae.core.Numbers.sci(h.margin(), 1)
                : counts + " undecided: " + reason;
    }

    /** Cosines of the principal angles between the column spans of a and b (both with orthonormal columns), descending. */
    public static double[] principalCosines(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj atb = new DMatrixRMaj(a.numCols, b.numCols);
        CommonOps_DDRM.multTransA(a, b, atb);
        double[] s = svd(atb).s();
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.min(1, s[i]);
        }
        return s;
    }

    /**
     * Orthogonal Procrustes: the orthogonal O minimising ||A O - B||_F (A, B: n x d) is O = U V^T from
     * the SVD A^T B = U S V^T (Schoenemann 1966); returns ||A O - B||_F / ||B||_F and writes A O into aligned.
     */
    public static double procrustesResidual(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj aligned) {
        DMatrixRMaj atb = new DMatrixRMaj(a.numCols, b.numCols);
        CommonOps_DDRM.multTransA(a, b, atb);
        Svd s = svd(atb);
        DMatrixRMaj o = new DMatrixRMaj(a.numCols, b.numCols);
        CommonOps_DDRM.multTransB(s.u(), s.v(), o);
        aligned.reshape(a.numRows, b.numCols);
        CommonOps_DDRM.mult(a, o, aligned);
        return relativeDistance(aligned, b);
    }
}
