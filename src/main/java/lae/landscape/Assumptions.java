package lae.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * The hypotheses of Theorem 3.1 checked on the input: distinct positive singular values
 * s_1 &gt; ... &gt; s_m &gt; 0 (which needs m &lt;= n), k &lt; min(m, n), lambda &gt;= 0, and for L_sigma
 * lambda different from every s_j^2 (m0, "the largest index with s_{m0}^2 &gt; lambda", changes
 * there and the Table-1 point with j in I degenerates). Violations are findings, not errors: the
 * claims that rely on them are INCONCLUSIVE with the violation as reason.
 */
public final class Assumptions {
    /** Relative gap below which two singular values count as repeated. */
    public static final double REPEATED = 1e-9;

    private Assumptions() {
    }

    public static List<String> violations(double[] s, int m, int n, int k, double lambda) {
        List<String> out = new ArrayList<>();
        if (m > n) {
            out.add("m = " + m + " > n = " + n + ": s_" + (n + 1) + ".." + m + " = 0, the singular values are not all positive");
        }
        for (int i = 0; i < s.length; i++) {
            if (!(s[i] > 0)) {
                out.add("s_" + (i + 1) + " = " + s[i] + " is not positive");
                break;
            }
        }
        for (int i = 1; i < s.length; i++) {
            if (Math.abs(s[i - 1] - s[i]) <= REPEATED * Math.max(1, s[i - 1])) {
                out.add("repeated singular values s_" + i + " = s_" + (i + 1) + " = " + s[i]);
            }
        }
        if (k >= Math.min(m, n)) {
            out.add("k = " + k + " >= min(m, n) = " + Math.min(m, n));
        }
        return out;
    }

    /** Violations specific to L_sigma at this lambda: lambda equal to some s_j^2. */
    public static List<String> sumLossViolations(double[] s, double lambda) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < s.length; j++) {
            double c = s[j] * s[j];
            if (Math.abs(c - lambda) <= REPEATED * Math.max(1, lambda)) {
                out.add("lambda = " + lambda + " equals s_" + (j + 1) + "^2: the component with " + (j + 1) + " in I degenerates and m0 is ill-defined");
            }
        }
        return out;
    }
}
