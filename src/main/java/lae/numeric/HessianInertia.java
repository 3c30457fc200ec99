package lae.numeric;

import lae.core.Tolerance;
import lae.model.SymmetricPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The inertia of a symmetric matrix computed twice, by EJML and by Hipparchus, each on the exact
 * diagonal blocks of the matrix ({@link SymmetricBlocks}): the one inertia path of the toolkit. The
 * result is decided only when the two opinions give the same counts and both margins clear
 * {@link Inertia#MIN_MARGIN}.
 *
 * <p>Every retry lives here, and the method that produced the second opinion is recorded. Hipparchus's
 * symmetric QL iteration occasionally stalls (30 sweeps) on Hessians with many zero eigenvalues; it is
 * then retried on matrices with exactly the same eigenvalues (up to a known map) that take other
 * rounding paths, in this order:
 * <ol>
 *   <li>P A P^T, the reversed ordering (a permutation: same eigenvalues);</li>
 *   <li>c A with c = 1/7.3 (inertia and margin are scale-invariant);</li>
 *   <li>A + sigma I, sigma a power of two near max|a_ij| (eigenvalues shifted back exactly);</li>
 *   <li>Hipparchus's real Schur form (Francis QR) on A;</li>
 *   <li>as a last resort EJML on Q A Q^T for a seeded random orthogonal Q: a second opinion by the same
 *       library on a different matrix, recorded as such.</li>
 * </ol>
 * If nothing converges the second opinion is missing (NaN) and the inertia is undecided with its reason.
 */
public record HessianInertia(Inertia ejml, Inertia hipparchus, int blocks, int largestBlock, String method) {

    /** The method when both libraries converged on the blocks as given. */
    public static final String DIRECT = "EJML + Hipparchus";

    /** Both opinions computed on the blocks as given ({@link #DIRECT}). */
    public HessianInertia(Inertia ejml, Inertia hipparchus, int blocks, int largestBlock) {
        this(ejml, hipparchus, blocks, largestBlock, DIRECT);
    }

    /**
     * The inertia of a symmetric matrix, by EJML and by Hipparchus on its exact diagonal blocks ({@link
     * SymmetricBlocks}), with the retries of the class comment.
     */
    public static HessianInertia of(DMatrixRMaj symmetric) {
        List<int[]> comps = SymmetricBlocks.components(symmetric);
        List<double[]> e = new ArrayList<>(comps.size());
        List<double[]> h = new ArrayList<>(comps.size());
        TreeSet<String> methods = new TreeSet<>();
        int largest = 0;
        for (int[] c : comps) {
            DMatrixRMaj b = comps.size() == 1 ? symmetric : SymmetricBlocks.principalSubmatrix(symmetric, c);
            e.add(ejml(b));
            Opinion second = secondOpinion(b);
            h.add(second.eigenvalues);
            if (!second.method.equals(DIRECT)) {
                methods.add(second.method);
            }
            largest = Math.max(largest, c.length);
        }
        String method = methods.isEmpty() ? DIRECT : DIRECT + "; on some blocks: " + String.join(", ", methods);
        return new HessianInertia(Inertia.ofBlocks(e), Inertia.ofBlocks(h), comps.size(), largest, method);
    }

    private record Opinion(double[] eigenvalues, String method) {
    }

    private static double[] ejml(DMatrixRMaj b) {
        try {
            return SymmetricEigenvalues.EJML.of(b);
        } catch (ArithmeticException notConverged) {
            return nan(b.numRows);
        }
    }

    private static Opinion secondOpinion(DMatrixRMaj a) {
        int n = a.numRows;
        try {
            return new Opinion(SymmetricEigenvalues.HIPPARCHUS.of(a), DIRECT);
        } catch (ArithmeticException stalled) {
            // retried below
        }
        try {
            DMatrixRMaj rev = new DMatrixRMaj(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    rev.unsafe_set(i, j, a.unsafe_get(n - 1 - i, n - 1 - j));
                }
            }
            return new Opinion(SymmetricEigenvalues.HIPPARCHUS.of(rev), "Hipparchus on the reversed ordering");
        } catch (ArithmeticException stalled) {
            // next
        }
        try {
            double c = 1 / 7.3;
            DMatrixRMaj scaled = a.copy();
            CommonOps_DDRM.scale(c, scaled);
            double[] ev = SymmetricEigenvalues.HIPPARCHUS.of(scaled);
            for (int i = 0; i < n; i++) {
                ev[i] /= c;
            }
            return new Opinion(ev, "Hipparchus on a scaled copy");
        } catch (ArithmeticException stalled) {
            // next
        }
        try {
            double max = 0;
            for (double v : a.data) {
                max = Math.max(max, Math.abs(v));
            }
            double sigma = Math.scalb(1.0, Math.getExponent(max + Double.MIN_NORMAL));
            DMatrixRMaj shifted = a.copy();
            for (int i = 0; i < n; i++) {
                shifted.unsafe_set(i, i, shifted.unsafe_get(i, i) + sigma);
            }
            double[] ev = SymmetricEigenvalues.HIPPARCHUS.of(shifted);
            for (int i = 0; i < n; i++) {
                ev[i] -= sigma;
            }
            return new Opinion(ev, "Hipparchus on a shifted copy");
        } catch (ArithmeticException stalled) {
            // next
        }
        try {
            return new Opinion(SymmetricEigenvalues.HIPPARCHUS_SCHUR.of(a), "Hipparchus Schur (Francis QR)");
        } catch (ArithmeticException stalled) {
            // next
        }
        try {
            return new Opinion(SymmetricEigenvalues.EJML.of(rotated(a, n)), "EJML on Q A Q^T (Hipparchus did not converge)");
        } catch (ArithmeticException stalled) {
            return new Opinion(nan(n), "none (Hipparchus did not converge)");
        }
    }

    /** Q A Q^T, symmetrised, for a random orthogonal Q seeded by n (deterministic). */
    private static DMatrixRMaj rotated(DMatrixRMaj a, int n) {
        DMatrixRMaj q = lae.model.DataMatrix.orthogonal(n, new Random(n));
        DMatrixRMaj t = new DMatrixRMaj(n, n);
        DMatrixRMaj s = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, a, t);
        CommonOps_DDRM.multTransB(t, q, s);
        SymmetricPart.inPlace(s);
        return s;
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    /** Both opinions agree on the counts. */
    public boolean solversAgree() {
        return ejml.sameCounts(hipparchus);
    }

    /** Agreement and a sufficient margin in both: the counts can be trusted. */
    public boolean decided() {
        return solversAgree() && ejml.decided() && hipparchus.decided();
    }

    /** The smaller of the two margins. */
    public double margin() {
        return Math.min(ejml.margin(), hipparchus.margin());
    }

    /** Why the classification is not decided, or null. */
    public String undecidedReason() {
        if (Double.isNaN(ejml.scale())) {
            return "EJML's eigen-decomposition did not converge";
        }
        if (Double.isNaN(hipparchus.scale())) {
            return "no second opinion converged (" + method + "; EJML: " + ejml + ")";
        }
        if (!solversAgree()) {
            return "EJML " + ejml + " and the second opinion (" + method + ") " + hipparchus + " disagree";
        }
        if (!decided()) {
            return "spectral gap too small: margin " + lae.core.Numbers.general(margin(), 3) + " < " + lae.core.Numbers.sci(Tolerance.INERTIA_MIN_MARGIN.value(), 0);
        }
        return null;
    }

    /** The number of negative eigenvalues (EJML's count; the same as the second opinion's when {@link #decided()}). */
    public int negative() { return ejml.negative(); }
    /** The number of zero eigenvalues (EJML's count). */
    public int zero() { return ejml.zero(); }
    /** The number of positive eigenvalues (EJML's count). */
    public int positive() { return ejml.positive(); }
}
