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
     * Counts of negative, zero and positive eigenvalues of a symmetric matrix. An eigenvalue e is
     * counted zero by the rule of {@link lae.numeric.Inertia} (|e| &lt;= 1e-8 max|e|), computed by EJML and
     * Hipparchus ({@link lae.numeric.HessianInertia}); margin as there, 0 when the two libraries disagree.
     *
     * @param mostNegative the smallest eigenvalue
     */
    public record Inertia(int negative, int zero, int positive, double tol, double margin, double mostNegative,
                          double largestAbs, double smallestNonZeroAbs) {
        /** Both libraries agree and the margin clears {@link lae.numeric.Inertia#MIN_MARGIN}. */
        public boolean decided() {
            return margin >= lae.numeric.Inertia.MIN_MARGIN;
        }

        public String describe() {
            return String.format("(%d, %d, %d) negative/zero/positive; zero tolerance %.2e, margin %s, min eigenvalue %.3e",
                    negative, zero, positive, tol, Double.isInfinite(margin) ? "inf" : String.format("%.2e", margin),
                    mostNegative);
        }
    }

    /** Inertia of the dense Hessian of {@code loss} at p (EJML and Hipparchus, lae.numeric). */
    public static Inertia hessianInertia(RegularizedLaeLoss loss, LaePoint p) {
        DMatrixRMaj h = loss.hessian(p);
        lae.numeric.HessianInertia hi = lae.numeric.HessianInertia.of(h);
        lae.numeric.Inertia e = hi.ejml();
        double[] ev = lae.numeric.SymmetricEigenvalues.EJML.of(h);
        double minEv = java.util.Arrays.stream(ev).min().orElse(Double.NaN);
        double margin = hi.solversAgree() ? hi.margin() : 0;
        return new Inertia(e.negative(), e.zero(), e.positive(), lae.numeric.Inertia.RELATIVE_ZERO * e.scale(), margin, minEv,
                e.scale(), e.smallestNonZero());
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
