package lae.landscape;

import lae.core.Tolerance;
import java.util.ArrayList;
import java.util.List;

import lae.core.Numbers;
import lae.model.DataMatrix;
import lae.model.LossKind;

/**
 * The hypotheses of Theorem 3.1 checked on the input, once: distinct positive singular values
 * s_1 &gt; ... &gt; s_m &gt; 0 (which needs m &lt;= n and full numerical rank), k &lt; min(m, n), and for
 * L_sigma lambda &gt; 0 and lambda different from every s_j^2 (m0, "the largest index with
 * s_{m0}^2 &gt; lambda", changes there and the Table-1 point with j in I degenerates: its compression
 * (1 - lambda/s_j^2)^1/2 is 0). Violations are findings, not errors: the claims that rely on them are
 * INCONCLUSIVE with the violation as reason.
 *
 * <p><b>Numerical rank.</b> A singular value counts as zero when s_j &lt;= max(m, n) eps s_1
 * ({@link DataMatrix#rankTolerance(double[], int, int)}, where the reason is given): a duplicated data
 * column gives s_6 = 1.3e-15 with s_1 = O(1), which is zero, so X is rank-deficient.
 *
 * <p><b>Repeated values.</b> Two singular values count as repeated when |s_i - s_{i+1}| &lt;=
 * {@link Tolerance#REPEATED_SINGULAR_VALUES} max(1, s_i): the inertia decisions of the checks use a relative zero threshold of
 * 1e-8 on Hessian eigenvalues, whose gaps here are differences of s_j^2; a relative gap of 1e-9 in s is
 * below what they can resolve.
 */
public final class Assumptions {

    /**
     * One violated hypothesis. {@code loss} is null when it concerns every loss, else the loss it
     * concerns; {@code lambda} is NaN when it concerns every lambda, else the lambda it concerns.
     */
    public record Violation(LossKind loss, double lambda, String reason) {
        /** True if the violation concerns this loss at this lambda. */
        public boolean applies(LossKind kind, double atLambda) {
            return (loss == null || loss == kind) && (Double.isNaN(lambda) || lambda == atLambda);
        }

        /** True if the violation concerns this loss at some lambda. */
        public boolean applies(LossKind kind) {
            return loss == null || loss == kind;
        }
    }

    private Assumptions() {
    }

    /**
     * Every violated hypothesis for this input, computed once: the ones of every loss first, then per
     * lambda those of L_sigma (when it is among {@code losses}).
     */
    public static List<Violation> of(double[] s, int m, int n, int k, List<Double> lambdas, List<LossKind> losses) {
        List<Violation> out = new ArrayList<>();
        for (String r : violations(s, m, n, k, Double.NaN)) {
            out.add(new Violation(null, Double.NaN, r));
        }
        if (losses.contains(LossKind.L_SIGMA)) {
            for (double lambda : lambdas) {
                for (String r : sumLossViolations(s, lambda)) {
                    out.add(new Violation(LossKind.L_SIGMA, lambda, r));
                }
            }
        }
        return out;
    }

    /** The reasons of the violations that concern {@code kind} (at any lambda). */
    public static List<String> reasons(List<Violation> violations, LossKind kind) {
        List<String> out = new ArrayList<>();
        for (Violation v : violations) {
            if (v.applies(kind)) {
                out.add(v.reason());
            }
        }
        return out;
    }

    /** The tolerance below which a singular value counts as zero: {@link DataMatrix#rankTolerance(double[], int, int)}. */
    public static double rankTolerance(double[] s, int m, int n) {
        return DataMatrix.rankTolerance(s, m, n);
    }

    /** The number of singular values above {@link #rankTolerance}. */
    public static int numericalRank(double[] s, int m, int n) {
        double tol = rankTolerance(s, m, n);
        int r = 0;
        for (double x : s) {
            if (x > tol) {
                r++;
            }
        }
        return r;
    }

    /** The hypotheses that concern every loss ({@code lambda} is not used; kept for the callers' signature). */
    public static List<String> violations(double[] s, int m, int n, int k, double lambda) {
        List<String> out = new ArrayList<>();
        if (m > n) {
            out.add("m = " + m + " > n = " + n + ": s_" + (n + 1) + ".." + m + " = 0, the singular values are not all positive");
        } else {
            double tol = rankTolerance(s, m, n);
            int rank = numericalRank(s, m, n);
            if (rank < Math.min(s.length, m)) {
                int j = rank;
                out.add("X has numerical rank " + rank + " < m = " + m + ": s_" + (j + 1) + " = " + Numbers.sci(s[j])
                        + " <= max(m, n) eps s_1 = " + Numbers.sci(tol) + " counts as zero, so the singular values are not all positive");
            }
        }
        double tol = rankTolerance(s, m, n);
        for (int i = 1; i < s.length; i++) {
            if (s[i] > tol && Math.abs(s[i - 1] - s[i]) <= Tolerance.REPEATED_SINGULAR_VALUES.value() * Math.max(1, s[i - 1])) {
                out.add("repeated singular values s_" + i + " = s_" + (i + 1) + " = " + Numbers.general(s[i]));
            }
        }
        if (k >= Math.min(m, n)) {
            out.add("k = " + k + " >= min(m, n) = " + Math.min(m, n));
        }
        return out;
    }

    /**
     * Violations specific to L_sigma at this lambda: lambda = 0 (no regularisation: L_sigma is L, and the
     * Transpose Theorem's proof needs lambda &gt; 0), or lambda equal to some s_j^2 (relative to
     * max(1, lambda), within {@link Tolerance#REPEATED_SINGULAR_VALUES}).
     */
    public static List<String> sumLossViolations(double[] s, double lambda) {
        List<String> out = new ArrayList<>();
        if (lambda == 0) {
            out.add("lambda = 0: L_sigma is then the unregularised L, and the Transpose Theorem (B + lambda I positive definite) "
                    + "and Table 1's V_I need lambda > 0 (Section 3.1, C23)");
        }
        for (int j = 0; j < s.length; j++) {
            double c = s[j] * s[j];
            if (lambda > 0 && Math.abs(c - lambda) <= Tolerance.REPEATED_SINGULAR_VALUES.value() * Math.max(1, lambda)) {
                out.add("lambda = " + Numbers.general(lambda) + " equals s_" + (j + 1) + "^2: the component with " + (j + 1)
                        + " in I degenerates (compression (1 - lambda/s_" + (j + 1) + "^2)^1/2 = 0) and m0 is ill-defined");
            }
        }
        return out;
    }
}
