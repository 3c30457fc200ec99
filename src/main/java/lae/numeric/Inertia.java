package lae.numeric;

import lae.core.Tolerance;
/**
 * The inertia (n_-, n_0, n_+) of a symmetric matrix from its eigenvalues, with the tolerance rule
 * and the margin of the classification.
 *
 * <p><b>Tolerance rule.</b> With scale = max_i |lambda_i|, an eigenvalue counts as zero iff
 * |lambda_i| &lt;= {@link Tolerance#INERTIA_RELATIVE_ZERO} * scale. Reason: a backward-stable symmetric eigensolver
 * perturbs eigenvalues by about N eps scale (~1e-13 scale for N = 320), and a point that is
 * critical up to rounding perturbs the null eigenvalues of a Morse-Bott critical manifold by about
 * the same; 1e-8 leaves five orders of magnitude above that and, for the paper's data, several
 * orders below the smallest true non-zero curvature. <b>Margin</b> = (smallest |lambda| counted
 * non-zero) / max(largest |lambda| counted zero, N eps scale): how far apart the two groups are.
 * The classification is {@link #decided() decided} only when the margin is at least
 * {@link Tolerance#INERTIA_MIN_MARGIN}; otherwise the spectral gap is too small to tell zero from non-zero and the
 * caller must report INCONCLUSIVE.
 */
public record Inertia(int negative, int zero, int positive, double scale, double largestZero,
                      double smallestNonZero, double margin) {

    private static final double EPS = Math.ulp(1.0);

    /**
     * The inertia of the eigenvalues by the tolerance rule of the class comment, with its margin (no finite scale:
     * all counts 0, margin 0).
     */
    public static Inertia of(double[] eigenvalues) {
        int n = eigenvalues.length;
        double scale = 0;
        for (double v : eigenvalues) {
            if (!Double.isFinite(v)) {
                return new Inertia(0, 0, 0, Double.NaN, Double.NaN, Double.NaN, 0);
            }
            scale = Math.max(scale, Math.abs(v));
        }
        double tol = Tolerance.INERTIA_RELATIVE_ZERO.value() * scale;
        int neg = 0;
        int zero = 0;
        int pos = 0;
        double largestZero = 0;
        double smallestNonZero = Double.POSITIVE_INFINITY;
        for (double v : eigenvalues) {
            double a = Math.abs(v);
            if (a <= tol) {
                zero++;
                largestZero = Math.max(largestZero, a);
            } else {
                smallestNonZero = Math.min(smallestNonZero, a);
                if (v < 0) {
                    neg++;
                } else {
                    pos++;
                }
            }
        }
        double floor = Math.max(largestZero, Math.max(n, 1) * EPS * scale);
        double margin = scale == 0 ? Double.POSITIVE_INFINITY
                : (smallestNonZero == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : smallestNonZero / floor);
        return new Inertia(neg, zero, pos, scale, largestZero, smallestNonZero, margin);
    }

    /** Whether the margin clears {@link Tolerance#INERTIA_MIN_MARGIN}. */
    public boolean decided() {
        return margin >= Tolerance.INERTIA_MIN_MARGIN.value();
    }

    /** Whether the two classifications give the same (n_-, n_0, n_+). */
    public boolean sameCounts(Inertia o) {
        return negative == o.negative && zero == o.zero && positive == o.positive;
    }

    /** n_- + n_0 + n_+. */
    public int dimension() {
        return negative + zero + positive;
    }

    /** Combines the inertia of diagonal blocks of one matrix (eigenvalues are the union). */
    public static Inertia ofBlocks(java.util.List<double[]> blockEigenvalues) {
        int total = 0;
        for (double[] b : blockEigenvalues) {
            total += b.length;
        }
        double[] all = new double[total];
        int p = 0;
        for (double[] b : blockEigenvalues) {
            System.arraycopy(b, 0, all, p, b.length);
            p += b.length;
        }
        return of(all);
    }

    @Override
    public String toString() {
        return lae.core.Numbers.format("(%d negative, %d zero, %d positive; margin %.2g)", negative, zero, positive, margin);
    }
}
